/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-download.c: materials downloaded to a file, checked before they
 * appear under their name
 *
 * The transport is the fetcher's (mt-fetcher.c); here the body goes to a
 * ".part" file created exclusively beside the target, is checked (the
 * size announced, the sha256 the catalog gives, the magic bytes of the
 * kind of document claimed) and only then takes a free name. A failure or
 * a cancellation removes the ".part" file. */
#define _GNU_SOURCE  /* renameat2 (), to move a download into place without replacing */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mt-download-name.h"
#include "mt-fetch-request.h"

/* "name (999).pdf" is the last name tried beside files already there. */
#define MAX_NUMBERED_NAMES 999

/* A download that failed or was cancelled leaves nothing behind. */
void
mt_fetch_download_discard (MtFetchRequest *request)
{
  if (request->out != NULL)
    g_output_stream_close (request->out, NULL, NULL);
  g_clear_object (&request->out);
  if (request->part != NULL)
    g_file_delete (request->part, NULL, NULL);
  g_clear_object (&request->part);
}

/* The ".part" file, created exclusively beside where the material will
 * go: another download of the same title gets the next number. */
gboolean
mt_fetch_download_start (GTask       *task,
                SoupMessage *message)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  g_autoptr(GError) error = NULL;

  request->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));
  /* Only an unencoded length is the length of what is read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    request->announced = soup_message_headers_get_content_length (headers);
  if (request->announced > 0 && (guint64) request->announced > request->max_bytes)
    {
      g_autofree char *size = g_format_size (request->announced);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE,
                               _("%s offers a file of %s: too large for a material"), request->host, size));
      return FALSE;
    }
  for (guint number = 1; number <= MAX_NUMBERED_NAMES; number++)
    {
      g_autofree char *name = mt_download_numbered_name (request->base_name, number, "part");
      g_autoptr(GFile) part = g_file_get_child (request->folder, name);

      g_clear_error (&error);
      request->out = G_OUTPUT_STREAM (g_file_create (part, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (request->out != NULL)
        {
          request->part = g_steal_pointer (&part);
          request->checksum = g_checksum_new (G_CHECKSUM_SHA256);
          return TRUE;
        }
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  {
    g_autofree char *folder = g_file_get_parse_name (request->folder);

    mt_fetch_request_fail (task, g_error_new (G_IO_ERROR, error != NULL ? error->code : G_IO_ERROR_EXISTS,
                             _("Could not save into “%s”: %s"), folder,
                             error != NULL ? error->message : _("too many files of that name")));
  }
  return FALSE;
}

/* The checked file takes the first free name: "Презентация.pdf", then
 * "Презентация (2).pdf". An existing file is never replaced: Linux
 * renames without replacing; where the file system cannot, GIO checks. */
static GFile *
move_into_place (MtFetchRequest     *request,
                 const char  *extension,
                 GError     **error)
{
  for (guint number = 1; number <= MAX_NUMBERED_NAMES; number++)
    {
      g_autofree char *name = mt_download_numbered_name (request->base_name, number, extension);
      g_autoptr(GFile) target = g_file_get_child (request->folder, name);
      g_autoptr(GError) local_error = NULL;

      if (renameat2 (AT_FDCWD, g_file_peek_path (request->part), AT_FDCWD, g_file_peek_path (target),
                     RENAME_NOREPLACE) == 0)
        return g_steal_pointer (&target);
      if (errno == EEXIST)
        continue;
      if (errno != EINVAL && errno != ENOSYS)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
          return NULL;
        }
      if (g_file_move (request->part, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
        return g_steal_pointer (&target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("too many files of that name"));
  return NULL;
}

/* Everything arrived: the size announced, the sha256 the catalog gave and
 * the kind of document are checked before the file gets its name. */
static void
finish_download (GTask *task)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  const char *claimed = mt_download_claimed_extension (request->url, request->content_type);
  const char *extension;
  GFile *saved;

  if (!g_output_stream_close (request->out, NULL, &error))
    {
      mt_fetch_request_fail (task, g_error_new (G_IO_ERROR, error->code, _("Could not save the file: %s"), error->message));
      return;
    }
  g_clear_object (&request->out);
  if (request->announced >= 0 && request->received != (guint64) request->announced)
    {
      g_autofree char *got = g_format_size (request->received);
      g_autofree char *expected = g_format_size (request->announced);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_INCOMPLETE,
                               _("The file from %s arrived cut short: %s of %s"), request->host, got, expected));
      return;
    }
  if (request->expected_sha256 != NULL &&
      g_ascii_strcasecmp (g_checksum_get_string (request->checksum), request->expected_sha256) != 0)
    {
      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT,
                               _("The file from %s is not the one the catalog describes (its checksum differs)"),
                               request->host));
      return;
    }
  extension = mt_download_choose_extension (request->head, request->head_size, claimed, &error);
  if (extension == NULL)
    {
      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT, _("Could not save the file from %s: %s"),
                               request->host, error->message));
      return;
    }
  saved = move_into_place (request, extension, &error);
  if (saved == NULL)
    {
      mt_fetch_request_fail (task, g_error_new (G_IO_ERROR, error->code, _("Could not save the file: %s"), error->message));
      return;
    }
  g_clear_object (&request->part);
  mt_fetch_request_close_stream (request);
  g_task_return_pointer (task, saved, g_object_unref);
  g_object_unref (task);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  MtFetchRequest *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&request->writing, g_bytes_unref);
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mt_fetch_request_fail (task, mt_fetch_request_name_error (request, g_steal_pointer (&error)));
      else
        mt_fetch_request_fail (task, g_error_new (G_IO_ERROR, error->code, _("Could not save the file: %s"), error->message));
      return;
    }
  if (request->progress != NULL)
    request->progress (request->received,
                       request->announced >= 0 ? (guint64) request->announced : request->size_hint,
                       request->progress_data);
  mt_fetch_request_read_next (task);
}

void
mt_fetch_download_chunk (GTask  *task,
                GBytes *chunk)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  gsize size;
  const guint8 *data = g_bytes_get_data (chunk, &size);

  if (size == 0)
    {
      finish_download (task);
      return;
    }
  if (request->received + size > request->max_bytes)
    {
      g_autofree char *limit = g_format_size (request->max_bytes);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE,
                               _("%s sent more than %s: too large for a material"), request->host, limit));
      return;
    }
  if (request->head_size < sizeof request->head)
    {
      gsize taken = MIN (size, sizeof request->head - request->head_size);

      memcpy (request->head + request->head_size, data, taken);
      request->head_size += taken;
    }
  g_checksum_update (request->checksum, data, size);
  request->received += size;
  request->writing = g_bytes_ref (chunk);
  g_output_stream_write_all_async (request->out, data, size, G_PRIORITY_DEFAULT, request->cancellable,
                                   written_cb, task);
}

/**
 * mt_fetcher_download_async:
 * @url: an http: or https: URL of a material
 * @folder: where the file goes (the user's downloads, or one they chose)
 * @title: the material's title from the catalog: the file's name is made
 *   from it, never from the server's
 * @sha256: (nullable): the checksum the catalog gives, in hex
 * @size_hint: the size the catalog gives, for progress when the server
 *   announces none; 0 for unknown
 * @deadline_seconds: how long the whole download may take
 * @max_bytes: how large the file may be
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
mt_fetcher_download_async (MtFetcher           *self,
                           const char          *url,
                           GFile               *folder,
                           const char          *title,
                           const char          *sha256,
                           guint64              size_hint,
                           guint                deadline_seconds,
                           guint64              max_bytes,
                           MtDownloadProgress   progress,
                           gpointer             progress_data,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  MtFetchRequest *request;

  g_return_if_fail (MT_IS_FETCHER (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (deadline_seconds > 0);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, mt_fetcher_download_async);
  if (g_file_peek_path (folder) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Materials can only be saved into a folder on this computer"));
      return;
    }
  request = mt_fetch_request_new (self, url, deadline_seconds, max_bytes, cancellable, &error);
  if (request == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  request->folder = g_object_ref (folder);
  request->base_name = mt_download_safe_name (title);
  request->expected_sha256 = sha256 != NULL && *sha256 != '\0' ? g_strdup (sha256) : NULL;
  request->size_hint = size_hint;
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
