/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-download.c: materials downloaded to a file: the fetcher's
 * transport with an MtDownload as the body's sink
 *
 * The transport (mt-fetcher.c) gets the answer; here it is checked for
 * size, and each piece is handed to the MtDownload, which writes, checks
 * and names the file in a worker (mt-download.c). The next piece is read
 * only once the last is written, so memory stays at one piece. */
#define G_LOG_DOMAIN "mt-fetch-download"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-fetch-request.h"

static void
read_on_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data,
            gboolean    (*finish) (MtDownload *, GAsyncResult *, GError **))
{
  GTask *task = user_data;
  MtFetchRequest *request = g_task_get_task_data (task);
  GError *error = NULL;

  if (!finish (MT_DOWNLOAD (source), result, &error))
    {
      /* A cancellation is the caller's or the deadline's: named as such. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        error = mt_fetch_request_name_error (request, error);
      mt_fetch_request_fail (task, error);
      return;
    }
  /* A step done though the download was cancelled meanwhile: no progress
   * is told to a caller that has gone. */
  if (g_cancellable_set_error_if_cancelled (request->cancellable, &error))
    {
      mt_fetch_request_fail (task, mt_fetch_request_name_error (request, error));
      return;
    }
  if (request->progress != NULL)
    {
      const MtDownloadOptions *options = mt_download_get_options (request->download);

      request->progress ((goffset) request->received,
                         request->announced >= 0 ? request->announced : (goffset) options->size_hint,
                         request->progress_data);
    }
  mt_fetch_request_read_next (task);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  read_on_cb (source, result, user_data, mt_download_open_finish);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  read_on_cb (source, result, user_data, mt_download_write_finish);
}

/* The answer is a file: refused at once when it announces too much, else
 * its ".part" file is created. */
static void
download_start (GTask       *task,
                SoupMessage *message)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);

  request->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));
  /* Only an unencoded length is the length of what is read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    request->announced = soup_message_headers_get_content_length (headers);
  if (request->announced > 0 && (guint64) request->announced > request->max_bytes)
    {
      g_autofree char *size = g_format_size (request->announced);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE,
                                                _("%s offers a file of %s: too large for a material"),
                                                request->host, size));
      return;
    }
  mt_download_open_async (request->download, request->cancellable, opened_cb, task);
}

static void
completed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  MtFetchRequest *request = g_task_get_task_data (task);
  GError *error = NULL;
  GFile *saved = mt_download_complete_finish (MT_DOWNLOAD (source), result, &error);

  if (saved == NULL)
    {
      mt_fetch_request_fail (task, error);
      return;
    }
  mt_fetch_request_close_stream (request);
  g_task_return_pointer (task, saved, g_object_unref);
  g_object_unref (task);
}

static void
download_chunk (GTask  *task,
                GBytes *chunk)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  gsize size = g_bytes_get_size (chunk);

  if (size == 0)
    {
      mt_download_complete_async (request->download, request->host, request->content_type, request->announced,
                                  completed_cb, task);
      return;
    }
  if (request->received + size > request->max_bytes)
    {
      g_autofree char *limit = g_format_size (request->max_bytes);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE,
                                                _("%s sent more than %s: too large for a material"),
                                                request->host, limit));
      return;
    }
  request->received += size;
  mt_download_write_async (request->download, chunk, request->cancellable, written_cb, task);
}

static void
discarded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = g_object_steal_data (G_OBJECT (task), "error");

  g_task_return_error (task, error);
  g_object_unref (task);
}

/* A failure or a cancellation leaves nothing behind; the caller hears of
 * it once the ".part" file is gone. */
static void
download_fail (GTask  *task,
               GError *error)
{
  MtFetchRequest *request = g_task_get_task_data (task);

  g_object_set_data_full (G_OBJECT (task), "error", error, (GDestroyNotify) g_error_free);
  mt_download_discard_async (request->download, discarded_cb, task);
}

static const MtFetchSink download_sink = { download_start, download_chunk, download_fail };

/**
 * mt_fetcher_download_async:
 * @options: the material's address, the folder, its title and checksum,
 *   the deadline and the size allowed
 * @progress: (nullable) (scope notified): called after each piece is
 *   written with the bytes so far and the total (0 when unknown)
 * @progress_data: for @progress; must live until @callback
 *
 * Downloads into a ".part" file created exclusively in @folder, checks
 * it (the size announced, the sha256, that the content is the kind of
 * document claimed) and only then moves it to a free name: an existing
 * file is never replaced ("name (2).pdf"). A failure or a cancellation
 * leaves nothing behind.
 */
void
mt_fetcher_download_async (MtFetcher               *self,
                           const MtDownloadOptions *options,
                           GFileProgressCallback    progress,
                           gpointer                 progress_data,
                           GCancellable            *cancellable,
                           GAsyncReadyCallback      callback,
                           gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  MtFetchRequest *request;

  g_return_if_fail (MT_IS_FETCHER (self));
  g_return_if_fail (options != NULL && options->url != NULL);
  g_return_if_fail (G_IS_FILE (options->folder));
  g_return_if_fail (options->deadline_seconds > 0);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, mt_fetcher_download_async);
  if (g_file_peek_path (options->folder) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Materials can only be saved into a folder on this computer"));
      return;
    }
  request = mt_fetch_request_new (self, options->url, options->deadline_seconds, options->max_bytes, cancellable,
                                  &error);
  if (request == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  request->sink = &download_sink;
  request->download = mt_download_new (options);
  request->progress = progress;
  request->progress_data = progress_data;
  g_task_set_task_data (task, request, (GDestroyNotify) mt_fetch_request_free);
  mt_fetch_request_send (g_steal_pointer (&task));
}

/** mt_fetcher_download_finish: Returns: (transfer full): the file saved, or %NULL with an error */
GFile *
mt_fetcher_download_finish (MtFetcher     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
