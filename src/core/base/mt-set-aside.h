/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-set-aside.h: a file that does not load, renamed out of the way */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mt_set_aside (const char  *path,
                    GError     **error);

G_END_DECLS
