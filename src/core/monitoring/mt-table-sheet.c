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
      g_autofree char *below = mt_table_trim (mt_sheet_row_cell (child, c));
      g_autofree char *above = NULL;

      if (merge != NULL)
        above = mt_table_trim (mt_sheet_get_cell (sheet, merge->first_row, merge->first_column));
      else
        above = mt_table_trim (mt_sheet_row_cell (parent, c));
      if (*above != '\0')
        spanning = mt_sheet_row_cell (parent, c);
      else if (!knows_merges && *below != '\0')
        {
          g_free (above);
          above = mt_table_trim (spanning);
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
  SheetHeader best = { 0, FALSE, { 0, FALSE, FALSE, FALSE } };

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
          MtTableHeaderScore below = mt_table_score_header (next, mapping);

          mt_sheet_row_free (header);
          /* A pair only when it recognises more than the row below it
           * alone: a title over an ordinary header stays a title. */
          if (mt_table_better_header (pair.score, best.score) && pair.score.score > below.score)
            best = pair;
        }
    }
  return best;
}

/**
 * mt_table_sheet_kind:
 * @mapping: (nullable): the user's choices, as mt_table_read_sheet() takes them
 *
 * Returns: what the sheet's header says it holds: a table worth reading
 *   without asking which has a column of names and a count
 */
MtTableSheetKind
mt_table_sheet_kind (MtSheet    *sheet,
                     GHashTable *mapping)
{
  SheetHeader header = find_sheet_header (sheet, mapping);

  if (!header.score.has_name || !header.score.has_count)
    return MT_TABLE_SHEET_OTHER;
  return header.score.per_organization ? MT_TABLE_SHEET_ORGANIZATIONS : MT_TABLE_SHEET_MUNICIPALITIES;
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

void
mt_table_sheet_choice_free (MtTableSheetChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->name);
  g_free (choice->preview);
  g_free (choice);
}

/* Rows and characters of a sheet shown to choose it by. */
#define PREVIEW_ROWS 3
#define PREVIEW_CHARS 120

/* The first rows of @sheet, a line each, cut at PREVIEW_CHARS. */
static char *
preview_of (MtSheet *sheet)
{
  GPtrArray *rows = mt_sheet_get_rows (sheet);
  g_autoptr(GString) preview = g_string_new (NULL);

  for (guint r = 0; r < rows->len && r < PREVIEW_ROWS; r++)
    {
      const MtSheetRow *row = g_ptr_array_index (rows, r);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *cut = NULL;

      for (guint c = 0; c < row->cells->len; c++)
        {
          g_autofree char *cell = mt_table_trim (mt_sheet_row_cell (row, c));

          g_strdelimit (cell, "\r\n\t", ' ');
          if (*cell == '\0')
            continue;
          if (line->len > 0)
            g_string_append (line, " · ");
          g_string_append (line, cell);
        }
      if (line->len == 0)
        continue;
      if (g_utf8_strlen (line->str, -1) > PREVIEW_CHARS)
        {
          g_autofree char *start = g_utf8_substring (line->str, 0, PREVIEW_CHARS - 1);

          cut = g_strconcat (start, "…", NULL);
        }
      else
        cut = g_strdup (line->str);
      if (preview->len > 0)
        g_string_append_c (preview, '\n');
      g_string_append (preview, cut);
    }
  return g_string_free (g_steal_pointer (&preview), FALSE);
}

/* (transfer full): the sheets shown, with their first rows, to choose
 * from; %NULL with @error set when one cannot be read. */
static GPtrArray *
sheet_choices (MtWorkbook *workbook,
               GArray     *shown,
               GHashTable *mapping,
               GError    **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_table_sheet_choice_free);

  for (guint i = 0; i < shown->len; i++)
    {
      guint index = g_array_index (shown, guint, i);
      g_autoptr(MtSheet) top = mt_workbook_read_sheet (workbook, index, MT_TABLE_MAX_TITLE_LINES + 1, error);
      MtTableSheetChoice *choice;

      if (top == NULL)
        return NULL;
      choice = g_new0 (MtTableSheetChoice, 1);
      choice->name = g_strdup (mt_workbook_get_sheet_name (workbook, index));
      choice->preview = preview_of (top);
      choice->holds_table = mt_table_sheet_kind (top, mapping) != MT_TABLE_SHEET_OTHER;
      g_ptr_array_add (choices, choice);
    }
  return g_steal_pointer (&choices);
}

/* “A”, “B”: the sheets named in a message. */
static char *
sheet_list (MtWorkbook *workbook,
            GArray     *indexes)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < indexes->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), mt_workbook_get_sheet_name (
                                                   workbook, g_array_index (indexes, guint, i)));

      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, quoted);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* The sheet @choice names: its name (as written, or in another case), or
 * its number among the sheets shown, from 1; G_MAXUINT for none. */
static guint
sheet_chosen (MtWorkbook *workbook,
              const char *choice,
              GArray     *shown)
{
  g_autofree char *folded = g_utf8_casefold (choice, -1);
  guint64 number = 0;
  char *end = NULL;

  for (guint i = 0; i < mt_workbook_get_n_sheets (workbook); i++)
    if (g_str_equal (mt_workbook_get_sheet_name (workbook, i), choice))
      return i;
  for (guint i = 0; i < mt_workbook_get_n_sheets (workbook); i++)
    {
      g_autofree char *name = g_utf8_casefold (mt_workbook_get_sheet_name (workbook, i), -1);

      if (g_str_equal (name, folded))
        return i;
    }
  number = g_ascii_strtoull (choice, &end, 10);
  if (*choice != '\0' && end != NULL && *end == '\0' && number >= 1 && number <= shown->len)
    return g_array_index (shown, guint, number - 1);
  return G_MAXUINT;
}

/* With @error set to which sheet is asked: the sheets to choose from,
 * when the caller asks for them (a sheet that cannot be read says so
 * instead). Returns %NULL, for the caller to return. */
static MtDataset *
ask_sheet (MtWorkbook  *workbook,
           GArray      *shown,
           GHashTable  *mapping,
           GPtrArray  **sheets_to_ask,
           GError     **error)
{
  g_autoptr(GError) read_error = NULL;

  if (sheets_to_ask == NULL)
    return NULL;
  *sheets_to_ask = sheet_choices (workbook, shown, mapping, &read_error);
  if (*sheets_to_ask == NULL)
    {
      g_clear_error (error);
      g_propagate_error (error, g_steal_pointer (&read_error));
    }
  return NULL;
}

/**
 * mt_table_read_workbook:
 * @sheet: (nullable): the sheet to read, by name or by its number among
 *   the sheets shown (from 1); %NULL to find it
 * @mapping: (nullable): as mt_table_read_sheet() takes it
 * @to_ask: (out) (optional) (transfer full): as mt_table_read_sheet()'s
 * @sheets_to_ask: (out) (optional) (transfer full) (element-type MtTableSheetChoice):
 *   the sheets shown, to choose from, when the error is %MT_LOAD_ERROR_SHEET
 *
 * Reads the sheet asked for; without one, the only sheet shown, or of
 * the sheets shown whose header names its rows and has a count (see
 * mt_table_sheet_kind()) the only table of municipalities, or without
 * one the only table of organisations. Hidden sheets are never chosen.
 * Several such sheets, or none of several sheets, fail with
 * %MT_LOAD_ERROR_SHEET naming the sheets.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_table_read_workbook (MtWorkbook  *workbook,
                        const char  *sheet,
                        GHashTable  *mapping,
                        GPtrArray  **to_ask,
                        GPtrArray  **sheets_to_ask,
                        GError     **error)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) municipalities = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) organizations = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(MtSheet) read = NULL;
  guint chosen = G_MAXUINT;

  if (to_ask != NULL)
    *to_ask = NULL;
  if (sheets_to_ask != NULL)
    *sheets_to_ask = NULL;
  for (guint i = 0; i < mt_workbook_get_n_sheets (workbook); i++)
    if (!mt_workbook_is_sheet_hidden (workbook, i))
      g_array_append_val (shown, i);

  if (sheet != NULL)
    {
      chosen = sheet_chosen (workbook, sheet, shown);
      if (chosen == G_MAXUINT)
        {
          g_autofree char *list = sheet_list (workbook, shown);

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET,
                       _("The workbook has no sheet “%s”. Its sheets: %s."), sheet, list);
          return ask_sheet (workbook, shown, mapping, sheets_to_ask, error);
        }
    }
  else if (shown->len == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY,
                           _("The workbook has no sheets that are not hidden."));
      return NULL;
    }
  else if (shown->len == 1)
    chosen = g_array_index (shown, guint, 0);
  else
    {
      for (guint i = 0; i < shown->len; i++)
        {
          guint index = g_array_index (shown, guint, i);
          g_autoptr(MtSheet) top = mt_workbook_read_sheet (workbook, index, MT_TABLE_MAX_TITLE_LINES + 1, error);

          if (top == NULL)
            return NULL;
          switch (mt_table_sheet_kind (top, mapping))
            {
            case MT_TABLE_SHEET_MUNICIPALITIES:
              g_array_append_val (municipalities, index);
              break;
            case MT_TABLE_SHEET_ORGANIZATIONS:
              g_array_append_val (organizations, index);
              break;
            case MT_TABLE_SHEET_OTHER:
            default:
              break;
            }
        }
      /* One table of municipalities is what the rating is of, even beside
       * tables of their organisations (a summary sheet, or Metodist's own
       * workbook); else one table of organisations. */
      if (municipalities->len == 1)
        chosen = g_array_index (municipalities, guint, 0);
      else if (municipalities->len == 0 && organizations->len == 1)
        chosen = g_array_index (organizations, guint, 0);
      else if (municipalities->len > 1 || organizations->len > 1)
        {
          g_autofree char *list = sheet_list (workbook, municipalities->len > 1 ? municipalities : organizations);

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET,
                       _("Several sheets of the workbook hold a rating table: %s. Choose one."), list);
          return ask_sheet (workbook, shown, mapping, sheets_to_ask, error);
        }
      else
        {
          g_autofree char *list = sheet_list (workbook, shown);

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET,
                       _("None of the workbook’s sheets (%s) has a header Metodist recognises. "
                         "Choose the sheet with the table."), list);
          return ask_sheet (workbook, shown, mapping, sheets_to_ask, error);
        }
    }

  read = mt_workbook_read_sheet (workbook, chosen, 0, error);
  if (read == NULL)
    return NULL;
  return mt_table_read_sheet (read, mapping, to_ask, error);
}
