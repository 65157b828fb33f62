/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-ods-workbook.h: OpenDocument spreadsheets (.ods) */
#pragma once

#include "mt-workbook.h"
#include "mt-zip-package.h"

G_BEGIN_DECLS

#define MT_TYPE_ODS_WORKBOOK (mt_ods_workbook_get_type ())
G_DECLARE_FINAL_TYPE (MtOdsWorkbook, mt_ods_workbook, MT, ODS_WORKBOOK, MtWorkbook)

MtWorkbook *mt_ods_workbook_open (MtZipPackage  *package,
                                  GError       **error);

G_END_DECLS
