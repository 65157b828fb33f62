/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-sheet.c: one sheet of a workbook, as rows of cells in text */
#define G_LOG_DOMAIN "mt-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-load-error.h"
#include "mt-sheet.h"

/*
 * What every workbook reader (mt-xlsx-workbook.c, mt-ods-workbook.c,
 * mt-xls-workbook.c) makes and the table reader reads: only the rows that
 * hold something, each as text cells from column A, and the merged
 * ranges (a parent header spanning its children). Cells arrive row by
 * row in order in every real file; one out of order is still put in its
 * place. Their texts are kept once each in a string chunk: a national
 * table's thousands of "12" and its municipalities' names repeated on
 * every organisation's row cost one copy, and no allocation a cell.
 */

/* Merges only matter for the header rows, among the first: those below,
 * and more than these, are not kept (each header cell looks them up). */
#define MERGE_ROWS 64
#define MAX_MERGES 1000
/* What a sheet may take, whatever its cells: a cell far to the right
 * makes its row that wide (a pointer a column), a long text repeated is
 * copied each time. A national table per organisation takes a few MiB. */
#define MAX_SLOTS (16 * 1024 * 1024)
#define MAX_TEXT_BYTES (256 * 1024 * 1024)
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
  gsize n_slots;      /* the rows' widths, summed */
  gsize text_bytes;   /* kept in texts */
};

MtSheetRow *
mt_sheet_row_new (guint number)
{
  MtSheetRow *row = g_new0 (MtSheetRow, 1);

  row->number = number;
  row->cells = g_ptr_array_new_with_free_func (g_free);
  return row;
}

/**
 * mt_sheet_row_new_in_storage:
 * @storage: (transfer full): the cells' texts, each ended by a NUL
 * @starts: (element-type gsize): where each cell starts in @storage
 *
 * A row of one allocation for all its cells, not one per cell: a text's
 * record (mt-table-reader.c).
 *
 * Returns: (transfer full): the row
 */
MtSheetRow *
mt_sheet_row_new_in_storage (guint    number,
                             GString *storage,
                             GArray  *starts)
{
  MtSheetRow *row = g_new0 (MtSheetRow, 1);

  row->number = number;
  row->storage = g_string_free (storage, FALSE);
  row->cells = g_ptr_array_sized_new (starts->len);
  for (guint c = 0; c < starts->len; c++)
    g_ptr_array_add (row->cells, row->storage + g_array_index (starts, gsize, c));
  return row;
}

void
mt_sheet_row_free (MtSheetRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row->storage);
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
 * @text: (nullable): the cell's text, copied (cut at Excel's 32,767
 *   characters); %NULL or "" leaves it empty
 *
 * Sets a cell within Excel's bounds (the readers check them first).
 *
 * Returns: %FALSE when the sheet would take more than any rating table
 *   (cells, row widths or text): the reader refuses it
 *   (mt_sheet_set_too_large())
 */
gboolean
mt_sheet_set_cell (MtSheet    *sheet,
                   guint       row,
                   guint       column,
                   const char *text)
{
  g_autofree char *cut = NULL;
  MtSheetRow *at;
  gsize length;

  g_return_val_if_fail (row < MT_SHEET_MAX_ROWS && column < MT_SHEET_MAX_COLUMNS, FALSE);

  if (text == NULL || *text == '\0')
    return TRUE;
  length = strlen (text);
  if (length > MT_SHEET_MAX_CELL_CHARS && g_utf8_strlen (text, -1) > MT_SHEET_MAX_CELL_CHARS)
    {
      text = cut = g_utf8_substring (text, 0, MT_SHEET_MAX_CELL_CHARS);
      length = strlen (cut);
    }
  if (++sheet->n_cells > MT_SHEET_MAX_CELLS || sheet->text_bytes + length > MAX_TEXT_BYTES)
    return FALSE;
  at = row_numbered (sheet, row + 1);
  if (column >= at->cells->len)
    {
      sheet->n_slots += column + 1 - at->cells->len;
      if (sheet->n_slots > MAX_SLOTS)
        return FALSE;
      g_ptr_array_set_size (at->cells, column + 1);
    }
  /* Short texts repeat (counts, codes, municipalities' names); long ones
   * (organisations' names) seldom do, and hashing them costs more. */
  if (length <= SHARED_TEXT_LENGTH)
    g_ptr_array_index (at->cells, column) = (gpointer) g_string_chunk_insert_const (sheet->texts, text);
  else
    {
      g_ptr_array_index (at->cells, column) = (gpointer) g_string_chunk_insert_len (sheet->texts, text, length);
      sheet->text_bytes += length;
    }
  return TRUE;
}

/**
 * mt_sheet_set_beyond:
 * @name: the sheet's name
 * @reference: (nullable): the cell as the file names it ("XFE1")
 *
 * The error of a cell beyond the largest sheet a workbook can have.
 */
void
mt_sheet_set_beyond (const char  *name,
                     const char  *reference,
                     GError     **error)
{
  if (reference != NULL && *reference != '\0')
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                 _("The sheet “%s” has a cell beyond the 1,048,576 rows and 16,384 columns a workbook "
                   "can have (“%s”): the file is damaged."),
                 name, reference);
  else
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                 _("The sheet “%s” has a cell beyond the 1,048,576 rows and 16,384 columns a workbook "
                   "can have: the file is damaged."),
                 name);
}

/**
 * mt_sheet_set_too_large:
 *
 * The error of a sheet mt_sheet_set_cell() refused.
 */
void
mt_sheet_set_too_large (MtSheet  *sheet,
                        GError  **error)
{
  g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
               _("The sheet “%s” is larger than any rating table (more than %d cells, or %d MiB of text): "
                 "it is refused."),
               sheet->name, MT_SHEET_MAX_CELLS, MAX_TEXT_BYTES >> 20);
}

void
mt_sheet_add_merge (MtSheet            *sheet,
                    const MtSheetRange *range)
{
  g_return_if_fail (range->first_row <= range->last_row && range->first_column <= range->last_column);

  if (range->first_row < MERGE_ROWS && sheet->merges->len < MAX_MERGES)
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
