/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xls-workbook.h: Excel 97-2003 workbooks (.xls), read with FreeXL */
#pragma once

#include "mt-workbook.h"

G_BEGIN_DECLS

#define MT_TYPE_XLS_WORKBOOK (mt_xls_workbook_get_type ())
G_DECLARE_FINAL_TYPE (MtXlsWorkbook, mt_xls_workbook, MT, XLS_WORKBOOK, MtWorkbook)

MtWorkbook *mt_xls_workbook_open (GBytes   *bytes,
                                  GError  **error);

G_END_DECLS
