/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-sheet.c: a workbook's sheet read as a table (FORMATS.md §4) */
#define G_LOG_DOMAIN "mt-table-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-load-error.h"
#include "mt-table-reader-private.h"
#include "mt-table-sheet.h"

/*
 * A sheet's rows are already cells, so only the header is found here; the
 * rows after it are read as a text's are (mt_table_read_rows()). Sheets
 * differ from texts in one way: a header of two rows, a parent cell
 * («Педагоги») over its children («всего», «активные (сообщения)»), made
 * one header per column («Педагоги всего»).
 */

typedef struct
{
  guint index;        /* in the sheet's rows, of the header's first row */
  gboolean two_rows;  /* a parent row over the header */
  MtTableHeaderScore score;
} SheetHeader;

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text));
}

/* The header of @parent over @child, a cell each: a merged parent cell
 * (or, when the reader knows no merges, one written at the first of its
 * children and left empty over the others) is put before each child. */
static MtSheetRow *
combined_header (MtSheet          *sheet,
                 const MtSheetRow *parent,
                 const MtSheetRow *child)
{
  MtSheetRow *header = mt_sheet_row_new (child->number);
  guint n = MAX (parent->cells->len, child->cells->len);
  gboolean knows_merges = mt_sheet_has_merges (sheet);
  const char *spanning = "";

  for (guint c = 0; c < n; c++)
    {
      const MtSheetRange *merge = mt_sheet_merge_at (sheet, parent->number - 1, c);
      g_autofree char *below = trimmed (mt_sheet_row_cell (child, c));
      g_autofree char *above = NULL;

      if (merge != NULL)
        above = trimmed (mt_sheet_get_cell (sheet, merge->first_row, merge->first_column));
      else
        above = trimmed (mt_sheet_row_cell (parent, c));
      if (*above != '\0')
        spanning = mt_sheet_row_cell (parent, c);
      else if (!knows_merges && *below != '\0')
        {
          g_free (above);
          above = trimmed (spanning);
        }
      else
        spanning = "";

      if (*above == '\0' || g_str_equal (above, below))
        g_ptr_array_add (header->cells, g_steal_pointer (&below));
      else if (*below == '\0')
        g_ptr_array_add (header->cells, g_steal_pointer (&above));
      else
        g_ptr_array_add (header->cells, g_strconcat (above, " ", below, NULL));
    }
  return header;
}

/* The header among the first rows: the row, or pair of rows, that
 * recognises most columns, among those with a column of names. A pair
 * must recognise more than either of its rows. */
static SheetHeader
find_sheet_header (MtSheet    *sheet,
                   GHashTable *mapping)
{
  GPtrArray *rows = mt_sheet_get_rows (sheet);
  SheetHeader best = { 0, FALSE, { 0, FALSE, FALSE } };

  for (guint i = 0; i < rows->len && i < MT_TABLE_MAX_TITLE_LINES; i++)
    {
      const MtSheetRow *row = g_ptr_array_index (rows, i);
      const MtSheetRow *next = i + 1 < rows->len ? g_ptr_array_index (rows, i + 1) : NULL;
      SheetHeader single = { i, FALSE, mt_table_score_header (row, mapping) };

      if (mt_table_better_header (single.score, best.score))
        best = single;
      if (next != NULL && next->number == row->number + 1)
        {
          MtSheetRow *header = combined_header (sheet, row, next);
          SheetHeader pair = { i, TRUE, mt_table_score_header (header, mapping) };

          mt_sheet_row_free (header);
          if (mt_table_better_header (pair.score, best.score))
            best = pair;
        }
    }
  return best;
}

/**
 * mt_table_sheet_qualifies:
 * @mapping: (nullable): the user's choices, as mt_table_read_sheet() takes them
 *
 * Returns: whether the sheet's header names its rows and has a count:
 *   a sheet worth reading without asking which
 */
gboolean
mt_table_sheet_qualifies (MtSheet    *sheet,
                          GHashTable *mapping)
{
  SheetHeader header = find_sheet_header (sheet, mapping);

  return header.score.has_name && header.score.has_count;
}

/**
 * mt_table_read_sheet:
 * @mapping: (nullable) (element-type utf8 MtTableField): the user's
 *   choices, as mt_table_read_asking() takes them
 * @to_ask: (out) (optional) (transfer full) (element-type MtTableColumn):
 *   as mt_table_read_asking()'s
 *
 * Loads a sheet as mt_table_read_asking() loads a text: the same header
 * matching, column choices, organisations summed, totals row and row
 * problems, each row named by the sheet's own row number.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_table_read_sheet (MtSheet     *sheet,
                     GHashTable  *mapping,
                     GPtrArray  **to_ask,
                     GError     **error)
{
  GPtrArray *rows = mt_sheet_get_rows (sheet);
  g_autoptr(GString) titles = g_string_new (NULL);
  MtTableRowSource source = { 0 };
  SheetHeader header;
  MtSheetRow *header_row;
  MtDataset *dataset;

  if (to_ask != NULL)
    *to_ask = NULL;
  if (rows->len == 0)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The sheet “%s” is empty."),
                   mt_sheet_get_name (sheet));
      return NULL;
    }

  header = find_sheet_header (sheet, mapping);
  for (guint i = 0; i < header.index; i++)
    {
      const MtSheetRow *row = g_ptr_array_index (rows, i);

      for (guint c = 0; c < row->cells->len; c++)
        if (*mt_sheet_row_cell (row, c) != '\0')
          g_string_append_printf (titles, "%s ", mt_sheet_row_cell (row, c));
      g_string_append_c (titles, '\n');
    }
  if (header.two_rows)
    header_row = combined_header (sheet, g_ptr_array_index (rows, header.index),
                                  g_ptr_array_index (rows, header.index + 1));
  else
    {
      const MtSheetRow *row = g_ptr_array_index (rows, header.index);

      header_row = mt_sheet_row_new (row->number);
      for (guint c = 0; c < row->cells->len; c++)
        g_ptr_array_add (header_row->cells, g_strdup (mt_sheet_row_cell (row, c)));
    }
  source.rows = rows;
  source.next = header.index + (header.two_rows ? 2 : 1);
  dataset = mt_table_read_rows (&source, header_row, titles->str, mapping, to_ask, error);
  mt_sheet_row_free (header_row);
  return dataset;
}
