/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-writer.c: the rating as an Excel workbook (libxlsxwriter) */
#define G_LOG_DOMAIN "mt-xlsx-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "mt-format.h"
#include "mt-rating-columns.h"
#include "mt-rating-row.h"
#include "mt-xlsx-writer.h"

/*
 * libxlsxwriter 1.1.4 (Debian 12) writes numbers through the locale (0,125
 * under ru_RU, a broken file), writes invalid UTF-8, NaN and Inf into a
 * corrupt file without a word, and reads out of bounds on an empty sheet
 * name. So: the whole workbook is written under a C LC_NUMERIC for this
 * thread, every text is made valid XML text, every number is checked to
 * be finite, sheet names are made valid first, and the first error of any
 * call is kept and turned into the message. The file is written at @path
 * as given; mt-rating-export.c makes it a temporary file renamed over the
 * target only when complete.
 */

G_DEFINE_QUARK (mt-xlsx-error-quark, mt_xlsx_error)

/* Rows shown in the chart: a slide stays readable. */
#define CHART_ROWS 50

typedef struct
{
  lxw_workbook *workbook;
  lxw_error status;        /* the first error, or LXW_NO_ERROR */
  lxw_format *title;
  lxw_format *header;
  lxw_format *count;
  lxw_format *share;
  lxw_format *rank;
  lxw_format *rank_change;
  lxw_format *points;
  lxw_format *total_text;
  lxw_format *total_count;
  lxw_format *total_share;
} Book;

static void
keep (Book      *book,
      lxw_error  status)
{
  if (book->status == LXW_NO_ERROR)
    book->status = status;
}

/* Whether XML 1.0 (and Excel) takes @c in text: not the C0 controls
 * but tab and newline, not the C1 controls, not U+FFFE and U+FFFF (valid
 * UTF-8 has no surrogates to refuse). */
static gboolean
is_xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c != 0xFFFE && c != 0xFFFF);
}

/* Valid XML text: valid UTF-8, every character XML takes; others become
 * a space. Every text of the workbook goes through it: cells, sheet names,
 * the chart's title, the document's properties. */
/* Excel's bound on a cell's text, in UTF-16 units (libxlsxwriter counts
 * characters and refuses the whole workbook past it; Excel counts units). */
#define MAX_CELL_CHARACTERS 32767

/* Returns: (transfer full): @text as any XML part of a workbook may hold
 * it: valid, without the characters XML forbids, within a cell's bound */
char *
mt_xlsx_clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *clean = g_string_sized_new (strlen (valid));
  glong characters = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A text too long for a cell ends with "…" within the bound,
       * counted as Excel counts: in UTF-16 units (an emoji is two). */
      characters += c > 0xFFFF ? 2 : 1;
      if (characters >= MAX_CELL_CHARACTERS && *g_utf8_next_char (p) != '\0')
        {
          g_string_append (clean, "…");
          break;
        }
      g_string_append_unichar (clean, is_xml_char (c) ? c : ' ');
    }
  return g_string_free (clean, FALSE);
}

static gboolean
is_clean (const char *text)
{
  glong characters = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      characters += c > 0xFFFF ? 2 : 1;
      if (!is_xml_char (c) || characters > MAX_CELL_CHARACTERS)
        return FALSE;
    }
  return TRUE;
}

static void
write_text (Book          *book,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      column,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *clean = NULL;

  /* Nearly every text is clean already: only the others are copied. */
  if (text == NULL || !is_clean (text))
    text = clean = mt_xlsx_clean_text (text);
  keep (book, worksheet_write_string (sheet, row, column, text, format));
}

/* A number, or a blank cell when it is unknown (NAN, or a count of -1). */
static void
write_number (Book          *book,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      column,
              double         value,
              lxw_format    *format)
{
  if (isfinite (value))
    keep (book, worksheet_write_number (sheet, row, column, value, format));
  else
    keep (book, worksheet_write_blank (sheet, row, column, format));
}

static void
write_count (Book          *book,
             lxw_worksheet *sheet,
             lxw_row_t      row,
             lxw_col_t      column,
             gint64         count,
             lxw_format    *format)
{
  write_number (book, sheet, row, column, count == MT_COUNT_UNKNOWN ? NAN : (double) count, format);
}

/**
 * mt_xlsx_sheet_name:
 * @name: a wanted sheet name
 *
 * Returns: (transfer full): @name as Excel takes it: none of []:*?/\, at
 *   most 31 characters, not empty, no apostrophe at either end
 */
char *
mt_xlsx_sheet_name (const char *name)
{
  g_autofree char *clean = mt_xlsx_clean_text (name);
  g_autoptr(GString) cut = g_string_new (NULL);
  GString *result;
  guint length = 0;

  for (const char *p = clean; *p != '\0' && length < 31; p = g_utf8_next_char (p), length++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (cut, strchr ("[]:*?/\\", c) != NULL && c < 0x80 ? '_' : c);
    }
  result = g_string_new (g_strstrip (cut->str));
  if (result->len == 0)
    g_string_append (result, "Sheet");
  /* Excel refuses a name that starts or ends with an apostrophe (from
   * review: «Район 'Северный'» failed the whole workbook). */
  if (result->str[0] == '\'')
    result->str[0] = '_';
  if (result->str[result->len - 1] == '\'')
    result->str[result->len - 1] = '_';
  return g_string_free (result, FALSE);
}

static void
make_formats (Book *book)
{
  lxw_workbook *workbook = book->workbook;

  book->title = workbook_add_format (workbook);
  format_set_bold (book->title);
  format_set_font_size (book->title, 14);

  book->header = workbook_add_format (workbook);
  format_set_bold (book->header);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_CENTER);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (book->header, 0xDCE6F1);
  format_set_border (book->header, LXW_BORDER_THIN);

  book->count = workbook_add_format (workbook);
  format_set_num_format (book->count, "#,##0");
  book->share = workbook_add_format (workbook);
  format_set_num_format (book->share, "0.0%");
  book->rank = workbook_add_format (workbook);
  format_set_num_format (book->rank, "0");
  format_set_align (book->rank, LXW_ALIGN_CENTER);
  book->rank_change = workbook_add_format (workbook);
  format_set_num_format (book->rank_change, "+0;-0;0");
  format_set_align (book->rank_change, LXW_ALIGN_CENTER);
  book->points = workbook_add_format (workbook);
  format_set_num_format (book->points, "+0.0;-0.0;0.0");

  book->total_text = workbook_add_format (workbook);
  format_set_bold (book->total_text);
  format_set_top (book->total_text, LXW_BORDER_THIN);
  book->total_count = workbook_add_format (workbook);
  format_set_bold (book->total_count);
  format_set_top (book->total_count, LXW_BORDER_THIN);
  format_set_num_format (book->total_count, "#,##0");
  book->total_share = workbook_add_format (workbook);
  format_set_bold (book->total_share);
  format_set_top (book->total_share, LXW_BORDER_THIN);
  format_set_num_format (book->total_share, "0.0%");
}

static char *
title_of (MtDataset *dataset)
{
  g_autofree char *period = mt_format_period (mt_dataset_get_period_from (dataset),
                                              mt_dataset_get_period_to (dataset));
  const char *region = mt_dataset_get_region (dataset);
  const char *platform = mt_dataset_get_platform (dataset);
  g_autoptr(GString) title = g_string_new (region != NULL ? region : _("Region not named"));

  g_string_append_printf (title, " · %s", period);
  if (platform != NULL)
    g_string_append_printf (title, " · %s", platform);
  if (mt_dataset_get_is_demo (dataset))
    g_string_append_printf (title, " · %s", _("DEMO DATA: the numbers are made up."));
  /* The region and the platform are the document's: made XML text for
   * the chart's title and the properties as for the cells; and never
   * starting with "=", which libxlsxwriter takes for a formula of cells
   * in a chart's title (Excel then repairs the file). */
  if (title->str[0] == '=')
    g_string_prepend_c (title, ' ');
  return mt_xlsx_clean_text (title->str);
}

static gboolean
column_wanted (MtColumn column,
               gboolean has_previous,
               gboolean any_excluded)
{
  if (column >= MT_COLUMN_RANK_CHANGE && column <= MT_COLUMN_STUDENTS_SHARE_CHANGE)
    return has_previous;
  if (column == MT_COLUMN_EXCLUDED)
    return any_excluded;
  return TRUE;
}

/* The characters of the longest word of @text. */
static guint
longest_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    longest = MAX (longest, (guint) g_utf8_strlen (words[i], -1));
  return longest;
}

/* Wide enough that no word of the header is broken when it wraps
 * ("Рейти-нг"): bold Cyrillic takes up to 1.5 of Excel's width units a
 * letter, and a little room either side. */
static double
column_width (MtColumn column)
{
  double wanted;

  switch (column)
    {
    case MT_COLUMN_POSITION: wanted = 5; break;
    case MT_COLUMN_NAME: wanted = 32; break;
    case MT_COLUMN_RANK: wanted = 10; break;
    case MT_COLUMN_ORGANIZATIONS: wanted = 7; break;
    case MT_COLUMN_SCORE: wanted = 9; break;
    case MT_COLUMN_EXCLUDED: wanted = 44; break;
    default: wanted = 15; break;
    }
  return MAX (wanted, longest_word (mt_column_title (column)) * 1.5 + 2);
}

/* The lines @text takes when wrapped at its words in @room width units,
 * a bold letter taken as 1.3 units (a little more than it is, so that the
 * estimate errs on the side of room). */
static guint
wrapped_lines (const char *text,
               double      room)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  double line = 0;
  guint lines = 1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      double word = g_utf8_strlen (words[i], -1) * 1.3;

      if (line > 0 && line + 1.3 + word > room)
        {
          lines++;
          line = word;
        }
      else
        line += (line > 0 ? 1.3 : 0) + word;
    }
  return lines;
}

/* The header row's height in points: as many lines as the longest header
 * wraps to in its column. */
static double
header_height (const MtColumn *columns,
               guint           n_columns)
{
  guint lines = 1;

  for (guint c = 0; c < n_columns; c++)
    lines = MAX (lines, wrapped_lines (mt_column_title (columns[c]), column_width (columns[c]) - 1));
  return 6 + lines * 15.0;
}

static void
write_rating_cell (Book          *book,
                   lxw_worksheet *sheet,
                   lxw_row_t      r,
                   lxw_col_t      c,
                   MtRatingRow   *row,
                   MtColumn       column)
{
  const MtRatingValues *values = mt_rating_row_get_values (row);

  switch (column)
    {
    case MT_COLUMN_POSITION:
      write_number (book, sheet, r, c, values->position, book->rank);
      break;
    case MT_COLUMN_NAME:
      write_text (book, sheet, r, c, mt_rating_row_get_name (row), NULL);
      break;
    case MT_COLUMN_RANK:
      write_number (book, sheet, r, c, values->rank > 0 ? values->rank : NAN, book->rank);
      break;
    case MT_COLUMN_TEACHERS_SHARE:
      write_number (book, sheet, r, c, values->teachers_share, book->share);
      break;
    case MT_COLUMN_TEACHERS_ACTIVE:
      write_count (book, sheet, r, c, mt_rating_row_get_teachers (row)->active, book->count);
      break;
    case MT_COLUMN_STUDENTS_SHARE:
      write_number (book, sheet, r, c, values->students_share, book->share);
      break;
    case MT_COLUMN_STUDENTS_ACTIVE:
      write_count (book, sheet, r, c, mt_rating_row_get_students (row)->active, book->count);
      break;
    case MT_COLUMN_ORGANIZATIONS:
      write_count (book, sheet, r, c, mt_rating_row_get_organizations (row), book->count);
      break;
    case MT_COLUMN_SCORE:
      write_number (book, sheet, r, c, values->score, book->share);
      break;
    case MT_COLUMN_TEACHERS_TOTAL:
      write_count (book, sheet, r, c, mt_rating_row_get_teachers (row)->total, book->count);
      break;
    case MT_COLUMN_STUDENTS_TOTAL:
      write_count (book, sheet, r, c, mt_rating_row_get_students (row)->total, book->count);
      break;
    case MT_COLUMN_ID:
      if (mt_rating_row_get_id (row) != NULL)
        write_text (book, sheet, r, c, mt_rating_row_get_id (row), NULL);
      break;
    case MT_COLUMN_RANK_CHANGE:
      write_number (book, sheet, r, c, values->has_rank_change ? values->rank_change : NAN,
                    book->rank_change);
      break;
    case MT_COLUMN_TEACHERS_SHARE_CHANGE:
      write_number (book, sheet, r, c, values->teachers_share_change * 100, book->points);
      break;
    case MT_COLUMN_STUDENTS_SHARE_CHANGE:
      write_number (book, sheet, r, c, values->students_share_change * 100, book->points);
      break;
    case MT_COLUMN_EXCLUDED:
      if (mt_rating_row_get_excluded (row) != NULL)
        write_text (book, sheet, r, c, mt_rating_row_get_excluded (row), NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

typedef struct
{
  MtCounts teachers;
  MtCounts students;
  gint64 organizations;
} Totals;

/* The region's totals over the rows in the rating; a share only over the
 * rows whose total is known, so that it is not understated. */
static void
add_to_totals (Totals      *totals,
               MtRatingRow *row)
{
  const MtCounts *teachers = mt_rating_row_get_teachers (row);
  const MtCounts *students = mt_rating_row_get_students (row);

  if (mt_rating_row_get_excluded (row) != NULL)
    return;
  if (teachers->active != MT_COUNT_UNKNOWN)
    totals->teachers.active += teachers->active;
  if (students->active != MT_COUNT_UNKNOWN)
    totals->students.active += students->active;
  if (teachers->total != MT_COUNT_UNKNOWN)
    totals->teachers.total += teachers->total;
  if (students->total != MT_COUNT_UNKNOWN)
    totals->students.total += students->total;
  if (mt_rating_row_get_organizations (row) != MT_COUNT_UNKNOWN)
    totals->organizations += mt_rating_row_get_organizations (row);
}

static double
known_share (GListModel *rows,
             gboolean    students)
{
  gint64 active = 0, total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      const MtCounts *counts = students ? mt_rating_row_get_students (row)
                                        : mt_rating_row_get_teachers (row);

      if (mt_rating_row_get_excluded (row) == NULL &&
          counts->active != MT_COUNT_UNKNOWN && counts->total != MT_COUNT_UNKNOWN)
        {
          active += counts->active;
          total += counts->total;
        }
    }
  return total > 0 ? (double) active / total : NAN;
}

static lxw_worksheet *
add_sheet (Book       *book,
           const char *name)
{
  g_autofree char *sheet_name = mt_xlsx_sheet_name (name);
  lxw_worksheet *sheet = workbook_add_worksheet (book->workbook, sheet_name);

  if (sheet == NULL)
    keep (book, LXW_ERROR_SHEETNAME_ALREADY_USED);
  return sheet;
}

static void
write_rating_sheet (Book       *book,
                    MtDataset  *dataset,
                    GListModel *rows,
                    gboolean    has_previous,
                    const char *weights)
{
  lxw_worksheet *sheet = add_sheet (book, _("Rating"));
  guint n_rows = g_list_model_get_n_items (rows);
  g_autofree char *title = title_of (dataset);
  gboolean any_excluded = FALSE;
  Totals totals = { { 0, 0 }, { 0, 0 }, 0 };
  MtColumn columns[MT_N_COLUMNS];
  lxw_col_t n_columns = 0;
  /* The title, then the weights the rating was made with, then the header. */
  const lxw_row_t header_row = 2, first_row = 3;
  lxw_row_t total_row = first_row + n_rows;

  if (sheet == NULL)
    return;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      any_excluded |= mt_rating_row_get_excluded (row) != NULL;
    }
  for (MtColumn column = 0; column < MT_N_COLUMNS; column++)
    if (column_wanted (column, has_previous, any_excluded))
      columns[n_columns++] = column;

  for (lxw_col_t c = 0; c < n_columns; c++)
    keep (book, worksheet_set_column (sheet, c, c, column_width (columns[c]), NULL));
  /* In constant_memory mode, what refers to rows must come before they
   * are written... */
  worksheet_freeze_panes (sheet, first_row, 2);
  /* Printed for the meeting: A4 landscape, one page wide, the header on
   * every page. */
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  keep (book, worksheet_repeat_rows (sheet, header_row, header_row));
  worksheet_set_margins (sheet, 0.4, 0.4, 0.5, 0.5);
  if (n_rows > 0)
    {
      keep (book, worksheet_autofilter (sheet, header_row, 0, total_row - 1, n_columns - 1));
      for (lxw_col_t c = 0; c < n_columns; c++)
        {
          lxw_conditional_format scale = { 0 };

          if (columns[c] != MT_COLUMN_TEACHERS_SHARE && columns[c] != MT_COLUMN_STUDENTS_SHARE)
            continue;
          /* Red for the least active, green for the most. */
          scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
          scale.min_color = 0xF8696B;
          scale.mid_color = 0xFFEB84;
          scale.max_color = 0x63BE7B;
          keep (book, worksheet_conditional_format_range (sheet, first_row, c, total_row - 1, c, &scale));
        }
    }

  /* ...and rows go out in order, each left to right, a row's height set
   * when it is reached. */
  write_text (book, sheet, 0, 0, title, book->title);
  write_text (book, sheet, 1, 0, weights, NULL);
  keep (book, worksheet_set_row (sheet, header_row, header_height (columns, n_columns), NULL));
  for (lxw_col_t c = 0; c < n_columns; c++)
    write_text (book, sheet, header_row, c, mt_column_title (columns[c]), book->header);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      for (lxw_col_t c = 0; c < n_columns; c++)
        write_rating_cell (book, sheet, first_row + i, c, row, columns[c]);
      add_to_totals (&totals, row);
    }

  for (lxw_col_t c = 0; c < n_columns; c++)
    {
      switch (columns[c])
        {
        case MT_COLUMN_NAME:
          write_text (book, sheet, total_row, c, _("Region total"), book->total_text);
          break;
        case MT_COLUMN_TEACHERS_ACTIVE:
          write_count (book, sheet, total_row, c, totals.teachers.active, book->total_count);
          break;
        case MT_COLUMN_STUDENTS_ACTIVE:
          write_count (book, sheet, total_row, c, totals.students.active, book->total_count);
          break;
        case MT_COLUMN_ORGANIZATIONS:
          write_count (book, sheet, total_row, c, totals.organizations, book->total_count);
          break;
        case MT_COLUMN_TEACHERS_TOTAL:
          write_count (book, sheet, total_row, c, totals.teachers.total, book->total_count);
          break;
        case MT_COLUMN_STUDENTS_TOTAL:
          write_count (book, sheet, total_row, c, totals.students.total, book->total_count);
          break;
        case MT_COLUMN_TEACHERS_SHARE:
          write_number (book, sheet, total_row, c, known_share (rows, FALSE), book->total_share);
          break;
        case MT_COLUMN_STUDENTS_SHARE:
          write_number (book, sheet, total_row, c, known_share (rows, TRUE), book->total_share);
          break;
        default:
          keep (book, worksheet_write_blank (sheet, total_row, c, book->total_text));
        }
    }

}

static const char *
municipality_name (GHashTable *names,
                   const char *reference)
{
  const char *name = reference != NULL ? g_hash_table_lookup (names, reference) : NULL;

  return name != NULL ? name : reference;
}

static void
write_organizations_sheet (Book      *book,
                           MtDataset *dataset)
{
  GPtrArray *organizations = mt_dataset_get_organizations (dataset);
  GPtrArray *municipalities = mt_dataset_get_municipalities (dataset);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  const char *headers[] = {
    "#", _("Organisation"), _("Municipality"),
    _("Active teachers (messages)"), _("All teachers"), _("Active teachers (messages) %"),
    _("Active students"), _("All students"), _("Active students %"), _("Kept out of the rating"),
  };
  const double widths[] = { 6, 48, 26, 15, 12, 15, 15, 12, 15, 40 };
  lxw_worksheet *sheet;

  if (organizations->len == 0)
    return;
  sheet = add_sheet (book, _("Organisations"));
  if (sheet == NULL)
    return;

  for (guint i = 0; i < municipalities->len; i++)
    {
      MtRecord *municipality = g_ptr_array_index (municipalities, i);

      if (municipality->id != NULL)
        g_hash_table_insert (names, municipality->id, municipality->name);
    }

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    keep (book, worksheet_set_column (sheet, c, c, widths[c], NULL));
  worksheet_freeze_panes (sheet, 1, 2);
  keep (book, worksheet_autofilter (sheet, 0, 0, organizations->len, G_N_ELEMENTS (headers) - 1));
  keep (book, worksheet_set_row (sheet, 0, 30, NULL));
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    write_text (book, sheet, 0, c, headers[c], book->header);

  for (guint i = 0; i < organizations->len && book->status == LXW_NO_ERROR; i++)
    {
      MtRecord *organization = g_ptr_array_index (organizations, i);
      lxw_row_t r = i + 1;
      gboolean ok = organization->problem == NULL;

      /* Plain cells where the default does: libxlsxwriter looks a format up
       * again for every cell that has one, 40,000 rows here. */
      write_number (book, sheet, r, 0, i + 1, NULL);
      write_text (book, sheet, r, 1, organization->name, NULL);
      write_text (book, sheet, r, 2, municipality_name (names, organization->municipality), NULL);
      write_count (book, sheet, r, 3, organization->teachers.active, book->count);
      write_count (book, sheet, r, 4, organization->teachers.total, book->count);
      write_number (book, sheet, r, 5,
                    ok && organization->teachers.total > 0 && organization->teachers.active >= 0
                    ? (double) organization->teachers.active / organization->teachers.total : NAN,
                    book->share);
      write_count (book, sheet, r, 6, organization->students.active, book->count);
      write_count (book, sheet, r, 7, organization->students.total, book->count);
      write_number (book, sheet, r, 8,
                    ok && organization->students.total > 0 && organization->students.active >= 0
                    ? (double) organization->students.active / organization->students.total : NAN,
                    book->share);
      if (!ok)
        write_text (book, sheet, r, 9, organization->problem, NULL);
    }
}

/* A bar chart of the rating for slides: the scores of the ranked rows, or
 * the active teachers when nothing could be ranked. Its data stands beside
 * it on its sheet. */
static void
write_chart_sheet (Book       *book,
                   MtDataset  *dataset,
                   GListModel *rows)
{
  guint n_rows = MIN (g_list_model_get_n_items (rows), CHART_ROWS);
  g_autofree char *name = mt_xlsx_sheet_name (_("Chart"));
  g_autofree char *title = title_of (dataset);
  gboolean scored = FALSE;
  lxw_worksheet *sheet;
  lxw_chart *chart;
  lxw_chart_series *series;
  lxw_chart_fill fill = { .color = 0x3584E4 };
  guint written = 0;

  if (n_rows == 0)
    return;
  sheet = add_sheet (book, name);
  if (sheet == NULL)
    return;

  {
    g_autoptr(MtRatingRow) first = g_list_model_get_item (rows, 0);

    scored = mt_rating_row_get_rank (first) > 0;
  }

  keep (book, worksheet_set_column (sheet, 0, 0, 32, NULL));
  keep (book, worksheet_set_column (sheet, 1, 1, 14, NULL));
  write_text (book, sheet, 0, 0, _("Municipality"), book->header);
  write_text (book, sheet, 0, 1, scored ? _("Score") : _("Active teachers (messages)"), book->header);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      if (scored && mt_rating_row_get_rank (row) == 0)
        break;
      write_text (book, sheet, i + 1, 0, mt_rating_row_get_name (row), NULL);
      if (scored)
        write_number (book, sheet, i + 1, 1, mt_rating_row_get_score (row), book->share);
      else
        write_count (book, sheet, i + 1, 1, mt_rating_row_get_teachers (row)->active, book->count);
      written++;
    }

  chart = workbook_add_chart (book->workbook, LXW_CHART_BAR);
  if (chart == NULL)
    {
      keep (book, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, name, 1, 0, written, 0);
  chart_series_set_values (series, name, 1, 1, written, 1);
  chart_series_set_fill (series, &fill);
  chart_title_set_name (chart, title);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  /* The leader on top, as the table reads. */
  chart_axis_set_reverse (chart->y_axis);
  if (scored)
    chart_axis_set_num_format (chart->x_axis, "0%");
  {
    lxw_chart_options placement = { .x_scale = 2.0, .y_scale = MAX (1.5, written / 10.0) };

    keep (book, worksheet_insert_chart_opt (sheet, 0, 3, chart, &placement));
  }
}

/**
 * mt_xlsx_write_rating:
 * @rating: the period rated; its weights are stated under the title and
 *   in the document's properties
 * @author: (nullable): the institute, for the document's properties
 * @path: the file to write (whole, over anything there)
 *
 * Writes the rating workbook (FORMATS.md §5): a sheet of the rating with
 * the region's columns, the changes, the reasons and the region's totals; a
 * sheet of the organisations when there are some; a sheet with a bar chart
 * for slides.
 *
 * Returns: %TRUE on success
 */
gboolean
mt_xlsx_write_rating (MtRating    *rating,
                      const char  *author,
                      const char  *path,
                      GError     **error)
{
  MtDataset *dataset = mt_rating_get_dataset (rating);
  GListModel *rows = mt_rating_get_rows (rating);
  gboolean has_previous = mt_rating_get_previous (rating) != NULL;
  const MtWeights *weights = mt_rating_get_weights (rating);
  /* Its working files (one per part, removed as made) in memory too when
   * the system has a shared-memory folder, as the workbook itself is
   * (mt-rating-export.c): the disk is only ever written by Metodist. */
  lxw_workbook_options options = {
    .constant_memory = LXW_TRUE,
    .tmpdir = access ("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : NULL,
    .use_zip64 = LXW_FALSE,
  };
  locale_t c_numbers = newlocale (LC_NUMERIC_MASK, "C", duplocale (uselocale ((locale_t) 0)));
  locale_t previous;
  g_autofree char *title = NULL;
  g_autofree char *document_title = NULL;
  g_autofree char *clean_author = author != NULL && *author != '\0' ? mt_xlsx_clean_text (author) : NULL;
  g_autofree char *comments = mt_xlsx_clean_text (mt_dataset_get_source (dataset));
  g_autofree char *weights_text = NULL;
  lxw_doc_properties properties = { 0 };
  Book book = { 0 };
  lxw_error closed;

  g_return_val_if_fail (MT_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (rows), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* In the reader's language and number format: it is a sentence. */
  /* TRANSLATORS: under the workbook's title; the weights of the teachers'
   * and the students' shares in the score */
  weights_text = g_strdup_printf (_("Rated with the weights: teachers %g, students %g"),
                                  weights->teachers, weights->students);

  /* Only this thread's numbers are written the C way. */
  g_assert (c_numbers != (locale_t) 0);
  previous = uselocale (c_numbers);

  book.workbook = workbook_new_opt (path, &options);
  if (book.workbook == NULL)
    {
      uselocale (previous);
      freelocale (c_numbers);
      /* Not the path: the export's is a file in memory (mt-rating-export.c). */
      g_set_error_literal (error, MT_XLSX_ERROR, MT_XLSX_ERROR_FAILED, _("the workbook could not be started"));
      return FALSE;
    }

  title = title_of (dataset);
  document_title = g_strdup_printf (_("Municipalities’ rating: %s"), title);
  properties.title = document_title;
  properties.author = clean_author;
  properties.comments = comments;
  properties.subject = weights_text;
  properties.created = time (NULL);
  keep (&book, workbook_set_properties (book.workbook, &properties));

  make_formats (&book);
  write_rating_sheet (&book, dataset, rows, has_previous, weights_text);
  write_organizations_sheet (&book, dataset);
  write_chart_sheet (&book, dataset, rows);

  closed = workbook_close (book.workbook);
  keep (&book, closed);

  uselocale (previous);
  freelocale (c_numbers);

  if (book.status != LXW_NO_ERROR)
    {
      g_set_error (error, MT_XLSX_ERROR, MT_XLSX_ERROR_FAILED,
                   _("the workbook could not be made: %s"), lxw_strerror (book.status));
      return FALSE;
    }
  return TRUE;
}
