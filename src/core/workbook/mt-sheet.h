/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-sheet.h: one sheet of a workbook, as rows of cells in text */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest sheet Excel makes: anything beyond is not a real sheet. */
#define MT_SHEET_MAX_ROWS    1048576
#define MT_SHEET_MAX_COLUMNS 16384
/* Cells kept of one sheet: a national table per organisation is under a
 * million; beyond this a sheet is refused before it fills the memory. */
#define MT_SHEET_MAX_CELLS   4000000
/* Excel's longest cell; longer texts are cut. */
#define MT_SHEET_MAX_CELL_CHARS 32767

/**
 * MtSheetRow:
 * @number: the row's number as the spreadsheet shows it, from 1
 * @cells: (element-type utf8): its cells from column A, each text or
 *   %NULL for an empty cell: its own (mt_sheet_row_new()), in its
 *   @storage (a text's record) or its sheet's
 * @storage: (nullable): the one buffer a text's record keeps its cells in
 *
 * A row with at least one cell; rows without any are not kept.
 */
typedef struct
{
  guint number;
  GPtrArray *cells;
  char *storage;
} MtSheetRow;

/**
 * MtSheetRange:
 *
 * Merged cells: rows and columns from 0, both ends included.
 */
typedef struct
{
  guint first_row;
  guint last_row;
  guint first_column;
  guint last_column;
} MtSheetRange;

typedef struct _MtSheet MtSheet;

MtSheet            *mt_sheet_new         (const char   *name);
void                mt_sheet_free        (MtSheet      *sheet);
const char         *mt_sheet_get_name    (MtSheet      *sheet);
gboolean            mt_sheet_is_hidden   (MtSheet      *sheet);
void                mt_sheet_set_hidden  (MtSheet      *sheet,
                                          gboolean      hidden);
gboolean            mt_sheet_set_cell    (MtSheet      *sheet,
                                          guint         row,
                                          guint         column,
                                          const char   *text);
void                mt_sheet_set_beyond  (const char   *name,
                                          const char   *reference,
                                          GError      **error);
void                mt_sheet_set_too_large (MtSheet    *sheet,
                                          GError      **error);
void                mt_sheet_add_merge   (MtSheet      *sheet,
                                          const MtSheetRange *range);
const MtSheetRange *mt_sheet_merge_at    (MtSheet      *sheet,
                                          guint         row,
                                          guint         column);
gboolean            mt_sheet_has_merges  (MtSheet      *sheet);
const char         *mt_sheet_get_cell    (MtSheet      *sheet,
                                          guint         row,
                                          guint         column);
GPtrArray          *mt_sheet_get_rows    (MtSheet      *sheet);
guint               mt_sheet_get_n_cells (MtSheet      *sheet);
const char         *mt_sheet_row_cell    (const MtSheetRow *row,
                                          guint         column);
MtSheetRow         *mt_sheet_row_new     (guint         number);
MtSheetRow         *mt_sheet_row_new_in_storage (guint         number,
                                                 GString      *storage,
                                                 GArray       *starts);
void                mt_sheet_row_free    (MtSheetRow   *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtSheet, mt_sheet_free)

G_END_DECLS
