/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cell-text.h: a workbook cell's value as the text the table reader reads */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MT_DATE_SYSTEM_1900,  /* Excel's default (with Lotus 1-2-3's 29.02.1900) */
  MT_DATE_SYSTEM_1904,  /* old Excel for Mac */
} MtDateSystem;

char     *mt_cell_text_from_number   (double        value);
char     *mt_cell_text_from_serial   (double        serial,
                                      MtDateSystem  system);
char     *mt_cell_text_from_iso_date (const char   *iso);
gboolean  mt_cell_format_is_date     (const char   *format_code);

G_END_DECLS
