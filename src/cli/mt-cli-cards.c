/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-cards.c: `metodist cards`, a report card per municipality as a
 * PDF of its own, and all of them in one, in a new folder */
#define G_LOG_DOMAIN "mt-cli-cards"
#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <unistd.h>

#include "mt-cards-writer.h"
#include "mt-cli-cards.h"
#include "mt-cli-catalog.h"
#include "mt-cli-rating.h"
#include "mt-cli.h"

/* "Report cards: 12 of 45" on standard error: in place on a terminal, a
 * line each tenth of the way elsewhere (a log of 2,330 lines says less). */
typedef struct
{
  gboolean terminal;
  guint tenths;      /* told so far, off a terminal */
} Progress;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;
  guint tenths = total > 0 ? done * 10 / total : 10;

  /* The steps come a hundredth of the way at most (mt_cards_write_async ()). */
  if (!progress->terminal && tenths <= progress->tenths && done != total)
    return;
  progress->tenths = tenths;
  /* TRANSLATORS: the command line's progress: cards written of all */
  g_printerr (_("Report cards: %u of %u"), done, total);
  g_printerr (progress->terminal && done != total ? "\r" : "\n");
}

typedef struct
{
  GMainLoop *loop;
  GCancellable *cancellable;
  MtCardsWritten *written;
  GError *error;
} Run;

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;

  run->written = mt_cards_write_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static gboolean
interrupted_cb (gpointer user_data)
{
  Run *run = user_data;

  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

/* Writes the cards in a worker while this thread waits for Ctrl-C or a
 * TERM, which cancel the run: what it wrote is removed, as in the window
 * (from review: an interrupted run left its folder and a hidden half
 * PDF that no later run would clean up, each run having its own). */
static MtCardsWritten *
write_until_interrupted (MtRating   *rating,
                         MtCatalog  *catalog,
                         MtHistory  *history,
                         const char *output,
                         gboolean    workbook,
                         GError    **error)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Run run = { loop, cancellable, NULL, NULL };
  Progress progress = { isatty (STDERR_FILENO), 0 };
  guint interrupt = g_unix_signal_add (SIGINT, interrupted_cb, &run);
  guint terminate = g_unix_signal_add (SIGTERM, interrupted_cb, &run);

  mt_cards_write_async (rating, catalog, history, output, workbook, progress_cb, &progress, cancellable, written_cb,
                        &run);
  g_main_loop_run (loop);
  g_source_remove (interrupt);
  g_source_remove (terminate);
  if (run.written == NULL)
    g_propagate_error (error, run.error);
  return run.written;
}

/**
 * mt_cli_cards:
 *
 * `metodist cards [SOURCE] [--catalog SOURCE] --output FOLDER`
 * (FORMATS.md §5), with the options `rank` has for the rating, and
 * --xlsx for the workbook too. The cards go in a new folder made in
 * FOLDER, whose path is printed.
 *
 * Returns: the exit status
 */
int
mt_cli_cards (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *catalog_source = NULL;
  g_autofree char *output = NULL;
  g_autoptr(MtCatalog) catalog = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(MtHistory) history = NULL;
  g_autoptr(MtCardsWritten) written = NULL;
  g_auto(MtCliRatingOptions) rating_options = MT_CLI_RATING_OPTIONS_INIT;
  gboolean workbook = FALSE;
  int status = MT_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_source,
      N_("The meeting’s catalog: the institute and the recommendations’ code"), N_("SOURCE") },
    { NULL }
  };
  const GOptionEntry entries_after[] = {
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Make the cards’ folder in FOLDER"), N_("FOLDER") },
    { "xlsx", 0, 0, G_OPTION_ARG_NONE, &workbook,
      N_("The cards as an Excel workbook too, a sheet per municipality"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("[SOURCE] — a report card per municipality"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Writes a one-page A4 report card for each municipality of the rating — its place and change, "
      "its shares beside the region’s, its trend, its organisations with no activity and the code of the "
      "methodological recommendations — as a PDF each, and all of them in one PDF. They go in a new folder "
      "made in FOLDER (nothing is overwritten); its path is printed.\n\n"
      "SOURCE is a file, an http:// or https:// address, or “-” for standard input. Without SOURCE or "
      "--catalog, the sources set in the window are used, and without them, the built-in demo data."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  mt_cli_rating_options_add (&rating_options, context);
  g_option_context_add_main_entries (context, entries_after, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist cards", error->message);
  if (g_strv_length (args) > 2)
    return mt_cli_usage_error ("metodist cards", _("Give one monitoring source."));
  if (output == NULL)
    return mt_cli_usage_error ("metodist cards", _("Give the folder to write in with --output FOLDER."));
  if (!mt_cli_rating_options_check (&rating_options, &error))
    return mt_cli_usage_error ("metodist cards", error->message);
  if (g_strcmp0 (catalog_source, "-") == 0 && g_strcmp0 (args[1], "-") == 0)
    return mt_cli_usage_error ("metodist cards", _("Only one source can be standard input."));

  catalog = mt_cli_catalog_load (catalog_source, &status);
  if (catalog == NULL)
    return status;
  rating = mt_cli_rating_load (args[1], rating_options.previous_source, rating_options.sheet,
                               &rating_options.weights, &status);
  if (rating == NULL)
    return status;

  /* The trends the window's details show: the periods it has kept. */
  history = mt_history_new (NULL);
  written = write_until_interrupted (rating, catalog, history, output, workbook, &error);
  if (written == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return mt_cli_fail (NULL, _("Interrupted: the cards written so far were removed."));
  if (written == NULL)
    return mt_cli_fail (NULL, error->message);
  if (mt_dataset_get_is_demo (mt_rating_get_dataset (rating)))
    g_printerr ("%s\n", _("metodist: warning: no monitoring source was given or set: the cards show the built-in "
                          "demo data, labelled so"));
  if (written->demo_catalog_left_out)
    g_printerr ("%s\n", _("metodist: warning: the catalog is the built-in demo’s: the cards carry no institute and no "
                          "code of the recommendations (give the meeting’s catalog with --catalog)"));
  g_print ("%s\n", written->folder);
  return MT_CLI_EXIT_OK;
}
