/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-pdf.c: the deck as a PDF, a 16:9 page per slide, to send to the
 * municipalities after the meeting
 *
 * The same slides as the screen (mt_slide_draw ()), on cairo's PDF
 * surface: text stays text with its fonts embedded, codes are vectors.
 * Written whole or not at all (mt_file_write_atomic ()). */
#define G_LOG_DOMAIN "mt-deck-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "mt-deck-pdf.h"
#include "mt-file-writer.h"
#include "mt-slide-draw.h"
#include "mt-worker.h"

typedef struct
{
  GMainContext *context;   /* the caller's, where progress is told */
  MtDeckPdfProgress progress;
  gpointer progress_data;
} Progress;

/* A copy, not a pointer to the write's: the write may be over when the
 * main context gets to it. */
typedef struct
{
  MtDeckPdfProgress progress;
  gpointer progress_data;
  guint done;
  guint total;
} ProgressStep;

static cairo_status_t
append_data (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
tell_progress (gpointer data)
{
  ProgressStep *step = data;

  step->progress (step->done, step->total, step->progress_data);
  return G_SOURCE_REMOVE;
}

static GBytes *
render (MtDeck        *deck,
        Progress      *progress,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_data, data, MT_DECK_PDF_WIDTH,
                                                                  MT_DECK_PDF_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint total = mt_deck_get_n_slides (deck);
  cairo_status_t status;
  g_autofree char *title = mt_deck_get_is_demo (deck)
                           ? g_strdup_printf ("%s (%s)", mt_deck_get_title (deck), _("demo data"))
                           : g_strdup (mt_deck_get_title (deck));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Metodist " PACKAGE_VERSION);
  for (guint i = 0; i < total; i++)
    {
      MtSlideFrame frame = { i + 1, total, mt_deck_get_slide (deck, i)->is_demo };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return NULL;
        }
      mt_slide_draw (mt_deck_get_slide (deck, i), &frame, cr, MT_DECK_PDF_WIDTH, MT_DECK_PDF_HEIGHT);
      cairo_show_page (cr);
      if (progress != NULL && progress->progress != NULL)
        {
          ProgressStep *step = g_new0 (ProgressStep, 1);

          step->progress = progress->progress;
          step->progress_data = progress->progress_data;
          step->done = i + 1;
          step->total = total;
          g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, tell_progress, step, g_free);
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The presentation could not be made: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * mt_deck_render_pdf:
 *
 * Returns: (transfer full): the PDF's bytes, a page per slide, or %NULL
 *   with @error set
 */
GBytes *
mt_deck_render_pdf (MtDeck        *deck,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (MT_IS_DECK (deck), NULL);
  return render (deck, NULL, cancellable, error);
}

static gboolean
write_pdf (MtDeck        *deck,
           const char    *path,
           Progress      *progress,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GBytes) pdf = render (deck, progress, cancellable, error);
  gsize length;
  const void *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  return mt_file_write_atomic (path, data, length, 0666, error);
}

/**
 * mt_deck_write_pdf:
 * @path: the PDF to write, replaced only by a complete one
 *
 * Returns: %TRUE when written
 */
gboolean
mt_deck_write_pdf (MtDeck      *deck,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (MT_IS_DECK (deck), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  return write_pdf (deck, path, NULL, NULL, error);
}

typedef struct
{
  MtDeck *deck;
  char *path;
  Progress progress;
} Write;

static void
write_free (Write *write)
{
  g_object_unref (write->deck);
  g_free (write->path);
  g_main_context_unref (write->progress.context);
  g_free (write);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Write *write = task_data;
  GError *error = NULL;

  /* The deck is only read; Pango gives each thread a font map of its own. */
  if (write_pdf (write->deck, write->path, &write->progress, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * mt_deck_write_pdf_async:
 * @deck: a deck, which nothing changes (decks are made whole, never
 *   changed)
 * @progress: (nullable): told of each page, in the calling thread's main
 *   context
 *
 * mt_deck_write_pdf () in a worker thread.
 */
void
mt_deck_write_pdf_async (MtDeck              *deck,
                         const char          *path,
                         MtDeckPdfProgress    progress,
                         gpointer             progress_data,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Write *write = g_new0 (Write, 1);

  g_return_if_fail (MT_IS_DECK (deck));
  g_return_if_fail (path != NULL);

  write->deck = g_object_ref (deck);
  write->path = g_strdup (path);
  write->progress.context = g_main_context_ref_thread_default ();
  write->progress.progress = progress;
  write->progress.progress_data = progress_data;
  g_task_set_source_tag (task, mt_deck_write_pdf_async);
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  mt_worker_run (task, write_in_thread);
}

gboolean
mt_deck_write_pdf_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
