/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-xlsx.c: the report cards as one workbook, a sheet each
 *
 * What each card says, as figures a spreadsheet can sort and sum: the
 * place, the shares beside the region's, the trend's points, and every
 * organisation without activity (the card lists those that fit its
 * page). A country's 2,330 small sheets take about 26 MiB while they are
 * written (see fill () for why not the constant-memory mode); the
 * workbook is put together in memory and written by Metodist
 * (mt_xlsx_file_write ()). */
#define G_LOG_DOMAIN "mt-cards-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "mt-cards-xlsx.h"
#include "mt-monitoring-job.h"
#include "mt-xlsx-file.h"
#include "mt-xlsx-writer.h"

/* Excel's bound on a sheet's name, in characters. */
#define MAX_SHEET_NAME 31

typedef struct
{
  MtCardBatch *batch;
  GCancellable *cancellable;
  char *work_dir;            /* where the sheets' working files go */
  lxw_workbook *workbook;
  lxw_format *title;
  lxw_format *header;
  lxw_format *percent;
  lxw_format *points;        /* a share's change: "+1.3%" */
  lxw_format *date;
  lxw_error failed;          /* libxlsxwriter's first refusal */
} Book;

static void
keep (Book     *book,
      lxw_error result)
{
  if (book->failed == LXW_NO_ERROR)
    book->failed = result;
}

static void
text (Book         *book,
      lxw_worksheet *sheet,
      lxw_row_t     row,
      lxw_col_t     column,
      const char   *value,
      lxw_format   *format)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return;
  clean = mt_xlsx_clean_text (value);
  keep (book, worksheet_write_string (sheet, row, column, clean, format));
}

static void
number (Book         *book,
        lxw_worksheet *sheet,
        lxw_row_t     row,
        lxw_col_t     column,
        double        value,
        lxw_format   *format)
{
  /* Unknown is a blank cell, as in the rating's export. */
  if (isfinite (value))
    keep (book, worksheet_write_number (sheet, row, column, value, format));
}

/* A day as a date Excel sorts and shows in the reader's way, not text. */
static void
date (Book         *book,
      lxw_worksheet *sheet,
      lxw_row_t     row,
      lxw_col_t     column,
      const char   *iso_date)
{
  lxw_datetime day = { 0 };

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &day.year, &day.month, &day.day) != 3)
    return;
  keep (book, worksheet_write_datetime (sheet, row, column, &day, book->date));
}

/* A sheet name of its own: Excel compares them in any case. */
static char *
sheet_name (GHashTable *used,
            const char *name)
{
  g_autofree char *base = mt_xlsx_sheet_name (name);

  for (guint number = 1;; number++)
    {
      g_autofree char *suffix = number > 1 ? g_strdup_printf (" (%u)", number) : g_strdup ("");
      glong room = MAX_SHEET_NAME - g_utf8_strlen (suffix, -1);
      g_autofree char *cut = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1), room));
      g_autofree char *joined = g_strconcat (g_strstrip (cut), suffix, NULL);
      /* Its ends again, once cut: no apostrophe there. */
      g_autofree char *candidate = mt_xlsx_sheet_name (joined);

      if (g_hash_table_add (used, g_utf8_casefold (candidate, -1)))
        return g_steal_pointer (&candidate);
    }
}

static void
write_card (Book         *book,
            lxw_worksheet *sheet,
            const MtCard *card)
{
  const MtCardRegion *region = card->region;
  lxw_row_t row = 0;

  text (book, sheet, row++, 0, card->name, book->title);
  if (region->is_demo)
    text (book, sheet, row++, 0, _("DEMO DATA"), NULL);
  text (book, sheet, row, 0, _("Region"), book->header);
  text (book, sheet, row++, 1, region->region, NULL);
  text (book, sheet, row, 0, _("Period from"), book->header);
  date (book, sheet, row++, 1, region->period_from);
  text (book, sheet, row, 0, _("Period to"), book->header);
  date (book, sheet, row++, 1, region->period_to);
  row++;

  text (book, sheet, row, 0, _("Place"), book->header);
  if (card->rank > 0)
    number (book, sheet, row, 1, card->rank, NULL);
  else
    text (book, sheet, row, 1, card->unranked_reason, NULL);
  row++;
  text (book, sheet, row, 0, _("Municipalities ranked"), book->header);
  number (book, sheet, row++, 1, region->n_ranked, NULL);
  text (book, sheet, row, 0, _("Change of place since the previous period (+ up, − down)"), book->header);
  if (card->has_change)
    number (book, sheet, row, 1, card->change, NULL);
  row += 2;

  text (book, sheet, row, 0, _("Active of all"), book->header);
  text (book, sheet, row, 1, _("Municipality"), book->header);
  text (book, sheet, row, 2, _("Change since the previous period"), book->header);
  text (book, sheet, row, 3, _("Region’s median"), book->header);
  text (book, sheet, row, 4, _("Best in the region"), book->header);
  text (book, sheet, row++, 5, _("Best municipality"), book->header);
  text (book, sheet, row, 0, _("Teachers"), book->header);
  number (book, sheet, row, 1, card->teachers_share, book->percent);
  number (book, sheet, row, 2, card->teachers_change, book->points);
  number (book, sheet, row, 3, region->median_teachers, book->percent);
  number (book, sheet, row, 4, region->best_teachers, book->percent);
  text (book, sheet, row++, 5, region->best_teachers_name, NULL);
  text (book, sheet, row, 0, _("Students"), book->header);
  number (book, sheet, row, 1, card->students_share, book->percent);
  number (book, sheet, row, 2, card->students_change, book->points);
  number (book, sheet, row, 3, region->median_students, book->percent);
  number (book, sheet, row, 4, region->best_students, book->percent);
  text (book, sheet, row++, 5, region->best_students_name, NULL);
  row++;

  if (card->trend->len > 0)
    {
      text (book, sheet, row, 0, _("Period from"), book->header);
      text (book, sheet, row, 1, _("Teachers"), book->header);
      text (book, sheet, row++, 2, _("Students"), book->header);
      for (guint i = 0; i < card->trend->len; i++)
        {
          const MtTrendPoint *point = &g_array_index (card->trend, MtTrendPoint, i);

          date (book, sheet, row, 0, point->period_from);
          number (book, sheet, row, 1, point->teachers_share, book->percent);
          number (book, sheet, row++, 2, point->students_share, book->percent);
        }
      row++;
    }

  if (!region->has_organization_rows)
    {
      text (book, sheet, row, 0, _("The monitoring data has no rows of single organisations, so those "
                                   "without activity cannot be named."), NULL);
      return;
    }
  text (book, sheet, row, 0, _("Organisations with no activity"), book->header);
  text (book, sheet, row, 1, _("No active teachers"), book->header);
  text (book, sheet, row++, 2, _("No active students"), book->header);
  for (guint i = 0; i < card->inactive->len; i++)
    {
      const MtCardOrganization *organization = g_ptr_array_index (card->inactive, i);

      text (book, sheet, row, 0, organization->name, NULL);
      /* TRANSLATORS: in the cards' workbook: the organisation has none */
      text (book, sheet, row, 1, organization->no_teachers ? _("none") : NULL, NULL);
      text (book, sheet, row++, 2, organization->no_students ? _("none") : NULL, NULL);
    }
}

static gboolean
fill (const char  *memory_path,
      gpointer     data,
      GError     **error)
{
  Book *book = data;
  guint n = mt_card_batch_get_n (book->batch);
  /* Not libxlsxwriter's constant-memory mode: it keeps a 128 KiB row
   * buffer and an open working file for every sheet until the end, 316
   * MiB and 2,330 open files for a country's cards, where the cells of
   * these small sheets take 26 MiB (bench-cards). Its working files, as
   * the workbook is put together, go on the disk beside it. */
  lxw_workbook_options options = {
    .constant_memory = LXW_FALSE,
    .tmpdir = book->work_dir,
    .use_zip64 = LXW_FALSE,
  };
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  locale_t c_numbers = newlocale (LC_NUMERIC_MASK, "C", duplocale (uselocale ((locale_t) 0)));
  locale_t previous;
  lxw_error closed;

  /* Only this thread's numbers are written the C way. */
  previous = uselocale (c_numbers);
  book->workbook = workbook_new_opt (memory_path, &options);
  if (book->workbook == NULL)
    {
      uselocale (previous);
      freelocale (c_numbers);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("the workbook could not be started"));
      return FALSE;
    }
  book->title = workbook_add_format (book->workbook);
  format_set_bold (book->title);
  format_set_font_size (book->title, 14);
  book->header = workbook_add_format (book->workbook);
  format_set_bold (book->header);
  /* Headers wrap within their column rather than run out of it. */
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_TOP);
  book->percent = workbook_add_format (book->workbook);
  format_set_num_format (book->percent, "0.0%");
  book->points = workbook_add_format (book->workbook);
  format_set_num_format (book->points, "+0.0%;-0.0%;0.0%");
  book->date = workbook_add_format (book->workbook);
  format_set_num_format (book->date, "dd.mm.yyyy");

  for (guint i = 0; i < n && book->failed == LXW_NO_ERROR; i++)
    {
      g_autoptr(MtCard) card = NULL;
      g_autofree char *name = NULL;
      lxw_worksheet *sheet;

      if (g_cancellable_is_cancelled (book->cancellable))
        break;
      card = mt_card_batch_make (book->batch, i);
      name = sheet_name (used, card->name);
      sheet = workbook_add_worksheet (book->workbook, name);
      if (sheet == NULL)
        {
          keep (book, LXW_ERROR_SHEETNAME_ALREADY_USED);
          break;
        }
      worksheet_set_column (sheet, 0, 0, 50, NULL);
      worksheet_set_column (sheet, 1, 5, 20, NULL);
      write_card (book, sheet, card);
    }
  closed = workbook_close (book->workbook);
  keep (book, closed);
  uselocale (previous);
  freelocale (c_numbers);
  if (g_cancellable_set_error_if_cancelled (book->cancellable, error))
    return FALSE;
  if (book->failed != LXW_NO_ERROR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, lxw_strerror (book->failed));
      return FALSE;
    }
  return TRUE;
}

/**
 * mt_cards_write_xlsx:
 * @path: the workbook, written whole or not at all
 *
 * Returns: %TRUE when written
 */
gboolean
mt_cards_write_xlsx (MtCardBatch   *batch,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *work_dir = NULL;
  Book book = { batch, cancellable };

  g_return_val_if_fail (batch != NULL && path != NULL, FALSE);
  work_dir = g_path_get_dirname (path);
  book.work_dir = work_dir;
  return mt_xlsx_file_write (path, fill, &book, error);
}
