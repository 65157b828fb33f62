/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-sheet.c: one sheet of a workbook, as rows of cells in text */
#define G_LOG_DOMAIN "mt-sheet"

#include "config.h"

#include <string.h>

#include "mt-sheet.h"

/*
 * What every workbook reader (mt-xlsx-reader.c, mt-ods-reader.c,
 * mt-xls-reader.c) makes and the table reader reads: only the rows that
 * hold something, each as text cells from column A, and the merged
 * ranges (a parent header spanning its children). Cells arrive row by
 * row in order in every real file; one out of order is still put in its
 * place. Their texts are kept once each in a string chunk: a national
 * table's thousands of "12" and its municipalities' names repeated on
 * every organisation's row cost one copy, and no allocation a cell.
 */

/* Merges only matter for the header rows; a sheet claiming more is not
 * worth a slower search for each header cell. */
#define MAX_MERGES 10000
/* Texts up to this long are kept once however often they come. */
#define SHARED_TEXT_LENGTH 64

struct _MtSheet
{
  char *name;
  gboolean hidden;
  GPtrArray *rows;    /* of MtSheetRow, by number */
  GArray *merges;     /* of MtSheetRange */
  GStringChunk *texts;  /* every cell's text, once */
  guint n_cells;      /* set, counting a cell set twice twice */
};

MtSheetRow *
mt_sheet_row_new (guint number)
{
  MtSheetRow *row = g_new0 (MtSheetRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new_with_free_func (g_free);
  return row;
}

void
mt_sheet_row_free (MtSheetRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

/** mt_sheet_row_cell: the text of a cell, "" when empty or beyond the row */
const char *
mt_sheet_row_cell (const MtSheetRow *row,
                   guint             column)
{
  const char *text = column < row->cells->len ? g_ptr_array_index (row->cells, column) : NULL;

  return text != NULL ? text : "";
}

MtSheet *
mt_sheet_new (const char *name)
{
  MtSheet *sheet = g_new0 (MtSheet, 1);

  sheet->name = g_strdup (name != NULL ? name : "");
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_sheet_row_free);
  sheet->merges = g_array_new (FALSE, FALSE, sizeof (MtSheetRange));
  sheet->texts = g_string_chunk_new (64 * 1024);
  return sheet;
}

void
mt_sheet_free (MtSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_array_unref (sheet->merges);
  g_string_chunk_free (sheet->texts);
  g_free (sheet);
}

const char *
mt_sheet_get_name (MtSheet *sheet)
{
  return sheet->name;
}

gboolean
mt_sheet_is_hidden (MtSheet *sheet)
{
  return sheet->hidden;
}

void
mt_sheet_set_hidden (MtSheet  *sheet,
                     gboolean  hidden)
{
  sheet->hidden = hidden;
}

/* A row whose cells are the sheet's texts, not its own. */
static MtSheetRow *
sheet_row_new (guint number)
{
  MtSheetRow *row = g_new0 (MtSheetRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new ();
  return row;
}

/* The row numbered @number, made if the sheet has none yet. */
static MtSheetRow *
row_numbered (MtSheet *sheet,
              guint    number)
{
  MtSheetRow *last = sheet->rows->len > 0 ? g_ptr_array_index (sheet->rows, sheet->rows->len - 1) : NULL;
  guint low = 0, high = sheet->rows->len;
  MtSheetRow *row;

  if (last != NULL && last->number == number)
    return last;
  if (last == NULL || last->number < number)
    {
      row = sheet_row_new (number);
      g_ptr_array_add (sheet->rows, row);
      return row;
    }
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      MtSheetRow *at = g_ptr_array_index (sheet->rows, middle);

      if (at->number == number)
        return at;
      if (at->number < number)
        low = middle + 1;
      else
        high = middle;
    }
  row = sheet_row_new (number);
  g_ptr_array_insert (sheet->rows, low, row);
  return row;
}

/**
 * mt_sheet_set_cell:
 * @row: from 0
 * @column: from 0
 * @text: (nullable): the cell's text, copied; %NULL or "" leaves it empty
 *
 * Sets a cell within Excel's bounds (the readers check them first).
 */
void
mt_sheet_set_cell (MtSheet    *sheet,
                   guint       row,
                   guint       column,
                   const char *text)
{
  MtSheetRow *at;
  gsize length;

  g_return_if_fail (row < MT_SHEET_MAX_ROWS && column < MT_SHEET_MAX_COLUMNS);

  if (text == NULL || *text == '\0')
    return;
  at = row_numbered (sheet, row + 1);
  if (column >= at->cells->len)
    g_ptr_array_set_size (at->cells, column + 1);
  /* Short texts repeat (counts, codes, municipalities' names); long ones
   * (organisations' names) seldom do, and hashing them costs more. */
  length = strlen (text);
  g_ptr_array_index (at->cells, column) = length <= SHARED_TEXT_LENGTH
                                          ? (gpointer) g_string_chunk_insert_const (sheet->texts, text)
                                          : (gpointer) g_string_chunk_insert_len (sheet->texts, text, length);
  sheet->n_cells++;
}

void
mt_sheet_add_merge (MtSheet            *sheet,
                    const MtSheetRange *range)
{
  g_return_if_fail (range->first_row <= range->last_row && range->first_column <= range->last_column);

  if (sheet->merges->len < MAX_MERGES)
    g_array_append_val (sheet->merges, *range);
}

/** mt_sheet_merge_at: (nullable): the merged range that covers a cell, if any */
const MtSheetRange *
mt_sheet_merge_at (MtSheet *sheet,
                   guint    row,
                   guint    column)
{
  for (guint i = 0; i < sheet->merges->len; i++)
    {
      const MtSheetRange *range = &g_array_index (sheet->merges, MtSheetRange, i);

      if (row >= range->first_row && row <= range->last_row &&
          column >= range->first_column && column <= range->last_column)
        return range;
    }
  return NULL;
}

/** mt_sheet_has_merges: whether the reader told of merged cells */
gboolean
mt_sheet_has_merges (MtSheet *sheet)
{
  return sheet->merges->len > 0;
}

/** mt_sheet_get_cell: the text of a cell (rows and columns from 0), "" when empty */
const char *
mt_sheet_get_cell (MtSheet *sheet,
                   guint    row,
                   guint    column)
{
  guint low = 0, high = sheet->rows->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      MtSheetRow *at = g_ptr_array_index (sheet->rows, middle);

      if (at->number == row + 1)
        return mt_sheet_row_cell (at, column);
      if (at->number < row + 1)
        low = middle + 1;
      else
        high = middle;
    }
  return "";
}

/** mt_sheet_get_n_cells: how many cells were set (readers hold it to MT_SHEET_MAX_CELLS) */
guint
mt_sheet_get_n_cells (MtSheet *sheet)
{
  return sheet->n_cells;
}

/** mt_sheet_get_rows: (element-type MtSheetRow): the rows with cells, in order */
GPtrArray *
mt_sheet_get_rows (MtSheet *sheet)
{
  return sheet->rows;
}
