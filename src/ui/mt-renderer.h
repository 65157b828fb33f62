/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-renderer.h: GTK's cairo renderer where OpenGL draws on the processor */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  mt_renderer_gl_is_software     (const char *gl_renderer);
char     *mt_renderer_avoid_software_gl  (void);

G_END_DECLS
