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

/**
 * MtTableSheetChoice:
 * @name: the sheet's name
 * @preview: its first rows, a line each, cells between " · "
 * @holds_table: its header names its rows and has a count
 *   (mt_table_sheet_kind())
 *
 * A sheet the user is asked to choose from.
 */
typedef struct
{
  char *name;
  char *preview;
  gboolean holds_table;
} MtTableSheetChoice;

void             mt_table_sheet_choice_free (MtTableSheetChoice *choice);

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
                                     GPtrArray  **sheets_to_ask,
                                     GError     **error);

G_END_DECLS
