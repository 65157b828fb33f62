/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-workbook.h: Office Open XML workbooks (.xlsx, .xlsm) */
#pragma once

#include "mt-workbook.h"
#include "mt-zip-package.h"

G_BEGIN_DECLS

#define MT_TYPE_XLSX_WORKBOOK (mt_xlsx_workbook_get_type ())
G_DECLARE_FINAL_TYPE (MtXlsxWorkbook, mt_xlsx_workbook, MT, XLSX_WORKBOOK, MtWorkbook)

MtWorkbook *mt_xlsx_workbook_open (MtZipPackage  *package,
                                   GError       **error);

G_END_DECLS
