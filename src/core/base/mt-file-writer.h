/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-file-writer.h: a file replaced only by a complete new one, with
 * nothing left behind that a later write does not clean up */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean mt_file_write_atomic (const char  *path,
                               const void  *data,
                               gsize        length,
                               int          mode,
                               GError     **error);

G_END_DECLS
