/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-writer.c: every report card of a batch as a PDF of its own in
 * a new folder, and all of them in one PDF
 *
 * Nothing that exists is overwritten: each run makes a folder of its own
 * ("Карточки 2023-12-06", else "… (2)"), and two municipalities whose
 * safe names are alike get "… (2).pdf". The combined PDF is streamed to
 * the disk a page at a time (a country's 2,330 cards would not fit in
 * memory as one document) and appears whole or not at all. A run that
 * fails or is cancelled removes what it wrote and its folder: no card is
 * left half written, and no batch half made. */
#define G_LOG_DOMAIN "mt-cards-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mt-card-draw.h"
#include "mt-cards-writer.h"
#include "mt-cards-xlsx.h"
#include "mt-download-name.h"
#include "mt-file-writer.h"
#include "mt-worker.h"

void
mt_cards_written_free (MtCardsWritten *written)
{
  if (written == NULL)
    return;
  g_free (written->folder);
  g_free (written->combined);
  g_free (written);
}

/* A new folder in @parent named @base, or "@base (2)" and on: made here,
 * so that no other run's files are ever in it. */
static char *
make_run_folder (const char  *parent,
                 const char  *base,
                 GError     **error)
{
  if (g_mkdir_with_parents (parent, 0777) != 0)
    {
      int cause = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (cause), _("Could not create the folder “%s”: %s"),
                   parent, g_strerror (cause));
      return NULL;
    }
  for (guint number = 1; number < 1000; number++)
    {
      g_autofree char *name = number == 1 ? g_strdup (base) : g_strdup_printf ("%s (%u)", base, number);
      g_autofree char *path = g_build_filename (parent, name, NULL);

      if (g_mkdir (path, 0777) == 0)
        return g_steal_pointer (&path);
      if (errno != EEXIST)
        {
          int cause = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (cause), _("Could not create the folder “%s”: %s"),
                       path, g_strerror (cause));
          return NULL;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Could not create the folder “%s”: %s"), base,
               g_strerror (EEXIST));
  return NULL;
}

/* "@base.pdf", or "@base (2).pdf" when a card before had the name (in any
 * case: Windows' and USB sticks' file systems do not tell them apart). */
static char *
unique_name (GHashTable *used,
             const char *base)
{
  for (guint number = 1;; number++)
    {
      g_autofree char *name = mt_download_numbered_name (base, number, "pdf");
      char *folded = g_utf8_casefold (name, -1);

      if (g_hash_table_add (used, folded))
        return g_steal_pointer (&name);
    }
}

static cairo_status_t
append_data (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
stream_data (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  return mt_file_stream_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static char *
document_title (const MtCard *card)
{
  /* TRANSLATORS: a report card's PDF title: the municipality */
  g_autofree char *title = g_strdup_printf (_("Report card: %s"), card->name);

  return card->region->is_demo ? g_strdup_printf ("%s (%s)", title, _("demo data")) : g_steal_pointer (&title);
}

/* One card alone as a PDF's bytes. */
static GBytes *
render_card (const MtCard  *card,
             GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_data, data, MT_CARD_WIDTH, MT_CARD_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *title = document_title (card);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Metodist " PACKAGE_VERSION);
  mt_card_draw (card, cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report card could not be made: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Removes what a failed or cancelled run wrote, and its folder. */
static void
remove_run (const char *folder,
            GPtrArray  *written)
{
  for (guint i = 0; i < written->len; i++)
    g_unlink (g_ptr_array_index (written, i));
  g_rmdir (folder);
}

/**
 * mt_cards_write:
 * @parent: the folder chosen; the run's own folder is made in it
 * @workbook: the cards as a workbook too, a sheet each
 * @progress: (nullable): told after each card, from this thread
 *
 * Writes a PDF per card and one of all (and the workbook). It takes long:
 * call it from a worker thread (mt_cards_write_async () does).
 *
 * Returns: (transfer full) (nullable): what was written, or %NULL with
 *   @error set and nothing left behind
 */
MtCardsWritten *
mt_cards_write (MtCardBatch     *batch,
                const char      *parent,
                gboolean         workbook,
                MtCardsProgress  progress,
                gpointer         progress_data,
                GCancellable    *cancellable,
                GError         **error)
{
  const MtCardRegion *region = mt_card_batch_get_region (batch);
  guint total = mt_card_batch_get_n (batch);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *base = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *combined_name = NULL;
  g_autofree char *combined = NULL;
  MtFileStream *stream;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  MtCardsWritten *result;
  gboolean result_xlsx = FALSE;

  g_return_val_if_fail (batch != NULL && parent != NULL, NULL);

  /* TRANSLATORS: the folder a run's report cards go in, with the period's last day */
  base = region->period_to != NULL ? g_strdup_printf (_("Report cards %s"), region->period_to)
                                   : g_strdup (_("Report cards"));
  folder = make_run_folder (parent, base, error);
  if (folder == NULL)
    return NULL;

  /* The combined PDF's name first: no municipality takes it. */
  /* TRANSLATORS: the PDF of every report card, as a file name */
  combined_name = unique_name (used, _("All municipalities"));
  combined = g_build_filename (folder, combined_name, NULL);
  stream = mt_file_stream_open (combined, 0666, error);
  if (stream == NULL)
    {
      remove_run (folder, written);
      return NULL;
    }
  surface = cairo_pdf_surface_create_for_stream (stream_data, stream, MT_CARD_WIDTH, MT_CARD_HEIGHT);
  cr = cairo_create (surface);
  {
    g_autofree char *title = region->is_demo ? g_strdup_printf ("%s (%s)", _("Report cards"), _("demo data"))
                                             : g_strdup (_("Report cards"));

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Metodist " PACKAGE_VERSION);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(MtCard) card = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *safe = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      gsize length;
      const void *data;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;
      card = mt_card_batch_make (batch, i);
      pdf = render_card (card, error);
      if (pdf == NULL)
        goto failed;
      safe = mt_download_safe_name (card->name);
      name = unique_name (used, safe);
      path = g_build_filename (folder, name, NULL);
      data = g_bytes_get_data (pdf, &length);
      if (!mt_file_write_atomic (path, data, length, 0666, error))
        goto failed;
      g_ptr_array_add (written, g_steal_pointer (&path));

      mt_card_draw (card, cr);
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        break;
      if (progress != NULL)
        progress (i + 1, total, progress_data);
    }

  if (workbook && cairo_status (cr) == CAIRO_STATUS_SUCCESS)
    {
      /* TRANSLATORS: the workbook of every report card, as a file name */
      g_autofree char *xlsx_name = g_strdup_printf ("%s.xlsx", _("Report cards"));
      g_autofree char *xlsx = g_build_filename (folder, xlsx_name, NULL);

      if (!mt_cards_write_xlsx (batch, xlsx, cancellable, error))
        {
          /* Cancelled midway: said as such, not as a failure. */
          if (g_cancellable_is_cancelled (cancellable))
            {
              g_clear_error (error);
              g_cancellable_set_error_if_cancelled (cancellable, error);
            }
          goto failed;
        }
      g_ptr_array_add (written, g_steal_pointer (&xlsx));
      result_xlsx = TRUE;
    }

  /* Cancelled up to the last moment: nothing is kept (from review: a
   * late cancel said "removed" of a folder left whole). */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  cairo_destroy (cr);
  cr = NULL;
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  surface = NULL;
  if (status == CAIRO_STATUS_WRITE_ERROR)
    {
      /* The stream's own failure ("No space left on device") says more
       * than cairo's "error while writing to output stream"; a stream
       * that failed never puts its file in place. */
      mt_file_stream_commit (stream, error);
      remove_run (folder, written);
      return NULL;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      mt_file_stream_abort (stream);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report cards could not be made: %s"),
                   cairo_status_to_string (status));
      remove_run (folder, written);
      return NULL;
    }
  if (!mt_file_stream_commit (stream, error))
    {
      remove_run (folder, written);
      return NULL;
    }

  result = g_new0 (MtCardsWritten, 1);
  result->folder = g_steal_pointer (&folder);
  result->combined = g_steal_pointer (&combined);
  result->n_cards = written->len - (result_xlsx ? 1 : 0);
  result->has_workbook = result_xlsx;
  result->demo_catalog_left_out = region->demo_catalog_left_out;
  return result;

failed:
  if (cr != NULL)
    cairo_destroy (cr);
  if (surface != NULL)
    {
      cairo_surface_finish (surface);
      cairo_surface_destroy (surface);
    }
  mt_file_stream_abort (stream);
  remove_run (folder, written);
  return NULL;
}

typedef struct
{
  MtRating *rating;          /* copies, made in the caller's thread */
  MtCatalog *catalog;
  MtHistory *history;
  char *parent;
  gboolean workbook;
  GMainContext *context;     /* the caller's, where progress is told */
  MtCardsProgress progress;
  gpointer progress_data;
  gint told;                 /* the last count told, so that steps are not told twice */
} Job;

/* A copy, not a pointer to the job's: the job may be over when the main
 * context gets to it. */
typedef struct
{
  MtCardsProgress progress;
  gpointer progress_data;
  guint done;
  guint total;
} Step;

static void
job_free (Job *job)
{
  g_object_unref (job->rating);
  g_clear_object (&job->catalog);
  g_clear_object (&job->history);
  g_free (job->parent);
  g_main_context_unref (job->context);
  g_free (job);
}

static gboolean
tell_step (gpointer data)
{
  Step *step = data;

  step->progress (step->done, step->total, step->progress_data);
  return G_SOURCE_REMOVE;
}

/* From the worker: told in the caller's context, a hundredth of the way
 * at most each time, so that 2,330 cards do not flood the window. */
static void
job_progress (guint    done,
              guint    total,
              gpointer data)
{
  Job *job = data;
  Step *step;

  if (job->progress == NULL || (done != total && done - (guint) job->told < MAX (total / 100, 1)))
    return;
  job->told = done;
  step = g_new0 (Step, 1);
  step->progress = job->progress;
  step->progress_data = job->progress_data;
  step->done = done;
  step->total = total;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, tell_step, step, g_free);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  MtCardTrends *trends = mt_card_trends_collect (job->history, mt_rating_get_dataset (job->rating), cancellable);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (job->rating, job->catalog, trends);
  GError *error = NULL;
  MtCardsWritten *written = mt_cards_write (batch, job->parent, job->workbook, job_progress, job, cancellable,
                                            &error);

  if (written != NULL)
    g_task_return_pointer (task, written, (GDestroyNotify) mt_cards_written_free);
  else
    g_task_return_error (task, error);
}

/**
 * mt_cards_write_async:
 * @rating: the period rated; copied here, so that it may be re-rated
 * @catalog: (nullable): the meeting's catalog; copied
 * @history: (nullable): the kept periods, for the trends
 * @parent: the folder chosen; the run's own folder is made in it
 * @workbook: the cards as a workbook too
 * @progress: (nullable): told of the cards written, in the calling
 *   thread's main context
 *
 * Makes the batch and mt_cards_write () in a worker thread.
 */
void
mt_cards_write_async (MtRating            *rating,
                      MtCatalog           *catalog,
                      MtHistory           *history,
                      const char          *parent,
                      gboolean             workbook,
                      MtCardsProgress      progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (MT_IS_RATING (rating));
  g_return_if_fail (parent != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  /* What the run says is what happened: written whole, or nothing left. */
  g_task_set_check_cancellable (task, FALSE);
  job = g_new0 (Job, 1);
  job->rating = mt_rating_copy (rating);
  job->catalog = catalog != NULL ? mt_catalog_copy (catalog) : NULL;
  job->history = history != NULL ? g_object_ref (history) : NULL;
  job->parent = g_strdup (parent);
  job->workbook = workbook;
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_source_tag (task, mt_cards_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  mt_worker_run (task, write_in_thread);
}

/* Returns: (transfer full) (nullable): what was written, or %NULL with @error set */
MtCardsWritten *
mt_cards_write_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
