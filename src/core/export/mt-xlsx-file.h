/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-file.h: a workbook libxlsxwriter makes, written to the disk by
 * Metodist alone */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Makes the workbook at @memory_path (a file in memory). */
typedef gboolean (*MtXlsxFill) (const char  *memory_path,
                                gpointer     data,
                                GError     **error);

gboolean mt_xlsx_file_write (const char  *path,
                             MtXlsxFill   fill,
                             gpointer     data,
                             GError     **error);

G_END_DECLS
