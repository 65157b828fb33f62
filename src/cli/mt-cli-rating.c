/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-rating.c: the rating the commands rate (`rank`, `deck`, `cards`),
 * with the options they share, loaded one way: the source given, or the one set in the window, or the demo
 * with its previous week; the row problems and the rows without a place
 * told on standard error */
#define G_LOG_DOMAIN "mt-cli-rating"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-cli.h"
#include "mt-cli-rating.h"
#include "mt-cli-source.h"
#include "mt-demo.h"
#include "mt-load-error.h"
#include "mt-source.h"

/* @sheet: a workbook's sheet (--sheet), or NULL to find it */
static GObject *
read_monitoring (GBytes   *bytes,
                 gpointer  sheet,
                 GError  **error)
{
  return G_OBJECT (mt_monitoring_load (bytes, sheet, NULL, NULL, NULL, NULL, error));
}

static MtDataset *
load_source (const char  *source,
             const char  *sheet,
             GError     **error)
{
  return MT_DATASET (mt_cli_source_load (source, read_monitoring, (gpointer) sheet, error));
}

static void
warn_about_rows (MtDataset  *dataset,
                 const char *label)
{
  GPtrArray *problems = mt_dataset_get_problems (dataset);
  GPtrArray *municipalities = mt_dataset_get_municipalities (dataset);
  g_autoptr(GHashTable) kept_out = g_hash_table_new (g_str_hash, g_str_equal);

  /* A problem of a municipality that stays listed names it: "line 5" alone
   * sends the user counting lines. */
  for (guint i = 0; i < municipalities->len; i++)
    {
      MtRecord *record = g_ptr_array_index (municipalities, i);

      if (record->problem != NULL && record->where != NULL && record->name != NULL)
        g_hash_table_insert (kept_out, record->where, record->name);
    }
  for (guint i = 0; i < problems->len; i++)
    {
      MtLoadProblem *problem = g_ptr_array_index (problems, i);
      const char *name = g_hash_table_lookup (kept_out, problem->where);

      if (name != NULL)
        /* TRANSLATORS: a municipality kept out of the rating, on standard
         * error: the document, where in it, what is wrong, and its name. */
        g_printerr (_("metodist: warning: %s: %s: %s (%s: kept out of the rating)"), label, problem->where,
                    problem->message, name);
      else
        /* TRANSLATORS: a row problem of a loaded document, on standard error:
         * the document, where in it, and what is wrong. */
        g_printerr (_("metodist: warning: %s: %s: %s"), label, problem->where, problem->message);
      g_printerr ("\n");
    }
}

/* Rows kept out were told of by warn_about_rows; rows that could not be
 * scored are told here, by name, so that every row without a place says
 * why. */
static void
warn_about_unscored (GListModel *rows,
                     const char *label)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      g_autofree char *reason = NULL;

      if (mt_rating_row_get_excluded (row) != NULL || (reason = mt_rating_row_unranked_reason (row)) == NULL)
        continue;
      g_printerr (_("metodist: warning: %s: %s: %s"), label, mt_rating_row_get_name (row), reason);
      g_printerr ("\n");
    }
}

/**
 * mt_cli_rating_load:
 * @source: (nullable): the monitoring source; %NULL for the one set in
 *   the window, or else the demo data (with its previous week)
 * @previous_source: (nullable): the earlier period to compare with
 * @sheet: (nullable): a workbook's sheet (--sheet)
 * @status: (out): the exit status when it fails
 *
 * Returns: (transfer full) (nullable): the rating, or %NULL once the
 *   failure is told on standard error
 */
MtRating *
mt_cli_rating_load (const char      *source,
                    const char      *previous_source,
                    const char      *sheet,
                    const MtWeights *weights,
                    int             *status)
{
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtDataset) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *configured_source = NULL;
  MtRating *rating;

  if (source == NULL)
    source = configured_source = mt_cli_configured ("monitoring-source");

  if (source == NULL)
    {
      dataset = mt_demo_load (NULL, &error);
      g_assert_no_error (error);
      if (previous_source == NULL)
        previous = mt_demo_load_previous (dataset);
    }
  else if ((dataset = load_source (source, sheet, &error)) == NULL)
    {
      if (g_error_matches (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET))
        {
          g_autofree char *hint = g_strdup_printf ("%s %s", error->message,
                                                   _("Give the sheet with --sheet NAME or --sheet N."));

          *status = mt_cli_fail (source, hint);
          return NULL;
        }
      *status = mt_cli_fail (source, error->message);
      return NULL;
    }
  warn_about_rows (dataset, source != NULL ? source : _("demo data"));

  if (previous_source != NULL)
    {
      previous = load_source (previous_source, NULL, &error);
      if (previous == NULL)
        {
          *status = mt_cli_fail (previous_source, error->message);
          return NULL;
        }
      warn_about_rows (previous, previous_source);
    }

  rating = mt_rating_new (dataset, previous, weights);
  warn_about_unscored (mt_rating_get_rows (rating), source != NULL ? source : _("demo data"));
  return rating;
}

/**
 * mt_cli_rating_options_add:
 * @options: where the options go
 * @context: the command's options, to which --previous, --sheet and
 *   --weights are added after those added so far
 */
void
mt_cli_rating_options_add (MtCliRatingOptions *options,
                           GOptionContext     *context)
{
  const GOptionEntry entries[] = {
    { "previous", 0, 0, G_OPTION_ARG_FILENAME, &options->previous_source,
      N_("Compare with this earlier period"), N_("SOURCE") },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &options->sheet,
      N_("Read this sheet of a workbook: its name, or its number from 1"), N_("NAME|N") },
    { "weights", 0, 0, G_OPTION_ARG_STRING, &options->weights_text,
      N_("Weights of the teachers’ and the students’ shares (default 1:1)"), N_("T:S") },
    { NULL }
  };

  /* GLib copies the entries. */
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

/**
 * mt_cli_rating_options_check:
 *
 * Reads --weights into @options->weights.
 *
 * Returns: %FALSE, with @error for the usage message, when it is wrong
 */
gboolean
mt_cli_rating_options_check (MtCliRatingOptions *options,
                             GError            **error)
{
  return options->weights_text == NULL || mt_weights_parse (options->weights_text, &options->weights, error);
}

void
mt_cli_rating_options_clear (MtCliRatingOptions *options)
{
  g_clear_pointer (&options->previous_source, g_free);
  g_clear_pointer (&options->sheet, g_free);
  g_clear_pointer (&options->weights_text, g_free);
}
