/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-rank.c: `metodist rank`, the rating without a window */
#define G_LOG_DOMAIN "mt-cli-rank"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include "mt-cli.h"
#include "mt-cli-rank.h"
#include "mt-cli-rating.h"
#include "mt-cli-source.h"
#include "mt-cli-terminal.h"
#include "mt-format.h"
#include "mt-monitoring-writer.h"
#include "mt-rating-export.h"
#include "mt-rating-columns.h"

typedef enum
{
  OUTPUT_TABLE,
  OUTPUT_CSV,
  OUTPUT_JSON,
} OutputFormat;

/* @what: (nullable): the file or source, unless @message names it */
static void
print_padded (GString    *line,
              const char *text,
              guint       width,
              gboolean    right)
{
  guint length = g_utf8_strlen (text, -1);

  if (right)
    for (guint i = length; i < width; i++)
      g_string_append_c (line, ' ');
  g_string_append (line, text);
  if (!right)
    for (guint i = length; i < width; i++)
      g_string_append_c (line, ' ');
}

static void
print_table (MtRating *rating)
{
  GListModel *rows = mt_rating_get_rows (rating);
  MtDataset *previous = mt_rating_get_previous (rating);
  guint n_rows = g_list_model_get_n_items (rows);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *widths = NULL;
  g_autofree char *period = mt_format_period (mt_dataset_get_period_from (mt_rating_get_dataset (rating)),
                                              mt_dataset_get_period_to (mt_rating_get_dataset (rating)));
  gboolean any_excluded = FALSE;
  MtDataset *dataset = mt_rating_get_dataset (rating);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      any_excluded |= mt_rating_row_get_excluded (row) != NULL;
    }
  for (MtColumn column = 0; column < MT_N_COLUMNS; column++)
    {
      /* A terminal is narrow: the region's columns, the changes and the
       * reasons; the totals and codes are in the files. */
      if (column >= MT_COLUMN_TEACHERS_TOTAL && column <= MT_COLUMN_ID)
        continue;
      if (column >= MT_COLUMN_RANK_CHANGE && column <= MT_COLUMN_STUDENTS_SHARE_CHANGE &&
          previous == NULL)
        continue;
      if (column == MT_COLUMN_EXCLUDED && !any_excluded)
        continue;
      g_ptr_array_add (columns, GUINT_TO_POINTER (column));
    }

  /* Cells first, so that every column can be as wide as its widest. */
  widths = g_new0 (guint, columns->len);
  for (guint r = 0; r <= n_rows; r++)
    {
      g_autoptr(MtRatingRow) row = r > 0 ? g_list_model_get_item (rows, r - 1) : NULL;

      for (guint c = 0; c < columns->len; c++)
        {
          MtColumn column = GPOINTER_TO_UINT (g_ptr_array_index (columns, c));
          char *text = row != NULL ? mt_rating_row_format_cell (row, column) : g_strdup (mt_column_title (column));

          widths[c] = MAX (widths[c], g_utf8_strlen (text, -1));
          g_ptr_array_add (cells, text);
        }
    }

  if (mt_dataset_get_is_demo (dataset))
    g_print ("%s\n", _("DEMO DATA: the numbers are made up."));
  g_print ("%s · %s · %s\n",
           mt_dataset_get_region (dataset) != NULL ? mt_dataset_get_region (dataset) : _("Region not named"),
           period,
           mt_dataset_get_platform (dataset) != NULL ? mt_dataset_get_platform (dataset) : "—");
  if (mt_dataset_get_source (dataset) != NULL)
    {
      g_print (_("Source: %s"), mt_dataset_get_source (dataset));
      g_print ("\n");
    }
  if (previous != NULL)
    {
      g_autofree char *before = mt_format_period (mt_dataset_get_period_from (previous),
                                                  mt_dataset_get_period_to (previous));

      g_print (_("Compared with: %s"), before);
      g_print ("\n");
    }
  g_print ("\n");

  for (guint r = 0; r <= n_rows; r++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < columns->len; c++)
        {
          MtColumn column = GPOINTER_TO_UINT (g_ptr_array_index (columns, c));
          gboolean left = column == MT_COLUMN_NAME || column == MT_COLUMN_EXCLUDED;

          if (c > 0)
            g_string_append (line, "  ");
          print_padded (line, g_ptr_array_index (cells, r * columns->len + c), widths[c],
                        r > 0 && !left);
        }
      /* No trailing blanks after a left-aligned last column. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_print ("%s\n", line->str);
    }
}

static GBytes *
render (MtRating     *rating,
        OutputFormat  format)
{
  MtDataset *dataset = mt_rating_get_dataset (rating);
  gboolean has_previous = mt_rating_get_previous (rating) != NULL;

  switch (format)
    {
    case OUTPUT_JSON:
      return mt_monitoring_write_json (dataset, mt_rating_get_rows (rating), mt_rating_get_weights (rating),
                                       has_previous);
    case OUTPUT_CSV:
      return mt_monitoring_write_csv (dataset, mt_rating_get_rows (rating), has_previous);
    case OUTPUT_TABLE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_format (const char   *text,
              OutputFormat *format)
{
  if (g_str_equal (text, "table"))
    *format = OUTPUT_TABLE;
  else if (g_str_equal (text, "csv"))
    *format = OUTPUT_CSV;
  else if (g_str_equal (text, "json"))
    *format = OUTPUT_JSON;
  else
    return FALSE;
  return TRUE;
}

/**
 * mt_cli_rank:
 * @argc: the count of @argv
 * @argv: "rank" and its arguments
 *
 * `metodist rank [SOURCE] [--previous SOURCE] [--weights T:S]
 * [--output FILE] [--format table|csv|json]` (FORMATS.md §5).
 *
 * Returns: the exit status
 */
int
mt_cli_rank (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autoptr(MtRating) rating = NULL;
  int status = MT_CLI_EXIT_OK;
  g_auto(MtCliRatingOptions) rating_options = MT_CLI_RATING_OPTIONS_INIT;
  g_autofree char *output = NULL;
  g_autofree char *format_text = NULL;
  OutputFormat format = OUTPUT_TABLE;
  MtExportFormat export_format = MT_EXPORT_XLSX;
  const GOptionEntry entries[] = {
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the rating to FILE.xlsx, FILE.csv or FILE.json"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("What to print: table (default), csv or json"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("[SOURCE] — rate the municipalities"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Rates the municipalities by the activity of their teachers and students "
      "and prints the rating.\n\n"
      "SOURCE is a monitoring file (metodist-monitoring JSON), a table (.csv) or a workbook "
      "(.xlsx, .ods, .xls), an http:// or https:// address, "
      "or “-” for standard input. "
      "Without it, the source set in the window is used, and without one, the built-in demo data."));
  mt_cli_rating_options_add (&rating_options, context);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist rank", error->message);

  if (g_strv_length (args) > 2)
    return mt_cli_usage_error ("metodist rank", _("Give at most one SOURCE."));
  if (format_text != NULL && !parse_format (format_text, &format))
    return mt_cli_usage_error ("metodist rank", _("The format must be table, csv or json."));
  if (!mt_cli_rating_options_check (&rating_options, &error))
    return mt_cli_usage_error ("metodist rank", error->message);

  if (output != NULL && !mt_export_format_for_path (output, &export_format))
    return mt_cli_usage_error ("metodist rank", _("The output file must end in .xlsx, .csv or .json."));
  if (output != NULL && format_text != NULL)
    return mt_cli_usage_error ("metodist rank",
                               _("Give either --output or --format: the file’s format is its extension."));

  rating = mt_cli_rating_load (args[1], rating_options.previous_source, rating_options.sheet,
                               &rating_options.weights, &status);
  if (rating == NULL)
    return status;

  if (output != NULL)
    {
      g_autoptr(GFile) target = g_file_new_for_commandline_arg (output);
      g_autofree char *institute = mt_cli_configured ("institute");

      /* A failure leaves the old file as it was and no partial one. */
      if (!mt_export_rating (rating, institute, export_format, target, &error))
        /* "Could not write “FILE”: …" names the file already. */
        return mt_cli_fail (g_error_matches (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_WRITE) ? NULL : output,
                            error->message);
      return MT_CLI_EXIT_OK;
    }

  if (format == OUTPUT_TABLE)
    {
      print_table (rating);
    }
  else
    {
      g_autoptr(GBytes) bytes = render (rating, format);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      /* Data for a program, written as it is; on a terminal, shown. */
      if (isatty (fileno (stdout)))
        {
          g_autofree char *text = g_strndup (data, length);
          g_autofree char *shown = mt_cli_terminal_text (text);

          fputs (shown, stdout);
        }
      else
        fwrite (data, 1, length, stdout);
      if (format == OUTPUT_JSON)
        fputc ('\n', stdout);
      if (fflush (stdout) != 0)
        return mt_cli_fail ("stdout", _("Could not write to standard output."));
    }

  return MT_CLI_EXIT_OK;
}
