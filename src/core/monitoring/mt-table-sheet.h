/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-sheet.h: a workbook's sheet read as a table (FORMATS.md §4) */
#pragma once

#include "mt-dataset.h"
#include "mt-sheet.h"
#include "mt-workbook.h"

G_BEGIN_DECLS

/* What a sheet's header says it holds. */
typedef enum
{
  MT_TABLE_SHEET_OTHER,           /* no names, or no counts */
  MT_TABLE_SHEET_MUNICIPALITIES,  /* a rating table */
  MT_TABLE_SHEET_ORGANIZATIONS,   /* a table per organisation */
} MtTableSheetKind;

MtTableSheetKind mt_table_sheet_kind (MtSheet     *sheet,
                                      GHashTable  *mapping);
MtDataset *mt_table_read_sheet      (MtSheet     *sheet,
                                     GHashTable  *mapping,
                                     GPtrArray  **to_ask,
                                     GError     **error);

MtDataset *mt_table_read_workbook   (MtWorkbook  *workbook,
                                     const char  *sheet,
                                     GHashTable  *mapping,
                                     GPtrArray  **to_ask,
                                     GError     **error);

G_END_DECLS
