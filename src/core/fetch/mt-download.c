/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-download.c: a material's file as it downloads: the ".part" file, its
 * checksum, the checks and its name, every file operation in a worker
 *
 * The transport (the fetcher) hands the body over piece by piece; here it
 * goes to a ".part" file created exclusively beside the target, is
 * checked (the size announced, the sha256 the catalog gives, the magic
 * bytes of the kind of document claimed) and only then takes a free name.
 * A failure or a cancellation removes the ".part" file. Creating, writing,
 * closing, checking, renaming and deleting all run in a GTask thread: a
 * slow disk or a network folder never holds up the window. The transport
 * waits for each step before the next, so steps never overlap; the lock
 * makes that a rule of the object rather than a habit of its caller. */
#define _GNU_SOURCE  /* renameat2 (), to move a download into place without replacing */
#define G_LOG_DOMAIN "mt-download"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mt-download.h"
#include "mt-download-name.h"
#include "mt-fetch-error.h"
#include "mt-worker.h"

/* "name (999).pdf" is the last name tried beside files already there. */
#define MAX_NUMBERED_NAMES 999

struct _MtDownload
{
  GObject parent_instance;

  MtDownloadOptions options;   /* owned copies */
  char *base_name;             /* from the title, made safe */
  GMutex lock;
  GFile *part;
  GOutputStream *out;
  GChecksum *checksum;
  guint8 head[16];             /* the first bytes, for the magic check */
  gsize head_size;
  guint64 received;
};

G_DEFINE_FINAL_TYPE (MtDownload, mt_download, G_TYPE_OBJECT)

/* Runs @work on @self in a worker; @data is freed with the task. */
static void
run (MtDownload          *self,
     gpointer             source_tag,
     GTaskThreadFunc      work,
     gpointer             data,
     GDestroyNotify       free_data,
     GCancellable        *cancellable,
     GAsyncReadyCallback  callback,
     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, free_data);
  /* A step already done is not undone by a cancellation that comes
   * after: the discard that follows cleans up. */
  g_task_set_check_cancellable (task, FALSE);
  mt_worker_run (task, work);
}

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MtDownload *self = source_object;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  /* Another download of the same title gets the next number. */
  for (guint number = 1; number <= MAX_NUMBERED_NAMES; number++)
    {
      g_autofree char *name = mt_download_numbered_name (self->base_name, number, "part");
      g_autoptr(GFile) part = g_file_get_child (self->options.folder, name);

      g_clear_error (&error);
      self->out = G_OUTPUT_STREAM (g_file_create (part, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (self->out != NULL)
        {
          self->part = g_steal_pointer (&part);
          g_task_return_boolean (task, TRUE);
          return;
        }
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  {
    g_autofree char *folder = g_file_get_parse_name (self->options.folder);

    g_task_return_new_error (task, G_IO_ERROR, error != NULL ? error->code : G_IO_ERROR_EXISTS,
                             _("Could not save into “%s”: %s"), folder,
                             error != NULL ? error->message : _("too many files of that name"));
  }
}

/** mt_download_open_async: creates the ".part" file beside where the material will go */
void
mt_download_open_async (MtDownload          *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (MT_IS_DOWNLOAD (self));
  run (self, mt_download_open_async, open_in_thread, NULL, NULL, cancellable, callback, user_data);
}

gboolean
mt_download_open_finish (MtDownload    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  MtDownload *self = source_object;
  GBytes *chunk = task_data;
  gsize size;
  const guint8 *data = g_bytes_get_data (chunk, &size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  if (self->out == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED, _("Could not save the file: %s"),
                               g_strerror (EBADF));
      return;
    }
  if (self->head_size < sizeof self->head)
    {
      gsize taken = MIN (size, sizeof self->head - self->head_size);

      memcpy (self->head + self->head_size, data, taken);
      self->head_size += taken;
    }
  g_checksum_update (self->checksum, data, size);
  if (!g_output_stream_write_all (self->out, data, size, NULL, cancellable, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, G_IO_ERROR, error->code, _("Could not save the file: %s"), error->message);
      return;
    }
  self->received += size;
  g_task_return_boolean (task, TRUE);
}

/** mt_download_write_async: appends @chunk to the ".part" file and to the checksum */
void
mt_download_write_async (MtDownload          *self,
                         GBytes              *chunk,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (MT_IS_DOWNLOAD (self));
  run (self, mt_download_write_async, write_in_thread, g_bytes_ref (chunk), (GDestroyNotify) g_bytes_unref,
       cancellable, callback, user_data);
}

gboolean
mt_download_write_finish (MtDownload    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The checked file takes the first free name: "Презентация.pdf", then
 * "Презентация (2).pdf". An existing file is never replaced: Linux
 * renames without replacing; where the file system cannot, GIO checks. */
static GFile *
move_into_place (MtDownload  *self,
                 const char  *extension,
                 GError     **error)
{
  for (guint number = 1; number <= MAX_NUMBERED_NAMES; number++)
    {
      g_autofree char *name = mt_download_numbered_name (self->base_name, number, extension);
      g_autoptr(GFile) target = g_file_get_child (self->options.folder, name);
      g_autoptr(GError) local_error = NULL;

      if (renameat2 (AT_FDCWD, g_file_peek_path (self->part), AT_FDCWD, g_file_peek_path (target),
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
      if (g_file_move (self->part, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
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

typedef struct
{
  char *host;
  char *content_type;
  gint64 announced;
} Completion;

static void
completion_free (Completion *completion)
{
  g_free (completion->host);
  g_free (completion->content_type);
  g_free (completion);
}

/* Everything arrived: the size announced, the sha256 the catalog gave and
 * the kind of document are checked before the file gets its name. */
static void
complete_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  MtDownload *self = source_object;
  Completion *completion = task_data;
  const char *claimed = mt_download_claimed_extension (self->options.url, completion->content_type);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  const char *extension;
  GFile *saved;

  if (self->out == NULL || !g_output_stream_close (self->out, NULL, &error))
    {
      g_task_return_new_error (task, G_IO_ERROR, error != NULL ? error->code : G_IO_ERROR_CLOSED,
                               _("Could not save the file: %s"),
                               error != NULL ? error->message : g_strerror (EBADF));
      return;
    }
  g_clear_object (&self->out);
  if (completion->announced >= 0 && self->received != (guint64) completion->announced)
    {
      g_autofree char *got = g_format_size (self->received);
      g_autofree char *expected = g_format_size (completion->announced);

      g_task_return_new_error (task, MT_FETCH_ERROR, MT_FETCH_ERROR_INCOMPLETE,
                               _("The file from %s arrived cut short: %s of %s"), completion->host, got, expected);
      return;
    }
  if (self->options.sha256 != NULL &&
      g_ascii_strcasecmp (g_checksum_get_string (self->checksum), self->options.sha256) != 0)
    {
      g_task_return_new_error (task, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT,
                               _("The file from %s is not the one the catalog describes (its checksum differs)"),
                               completion->host);
      return;
    }
  extension = mt_download_choose_extension (self->head, self->head_size, claimed, &error);
  if (extension == NULL)
    {
      g_task_return_new_error (task, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT, _("Could not save the file from %s: %s"),
                               completion->host, error->message);
      return;
    }
  saved = move_into_place (self, extension, &error);
  if (saved == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, error->code, _("Could not save the file: %s"), error->message);
      return;
    }
  g_clear_object (&self->part);
  g_task_return_pointer (task, saved, g_object_unref);
}

/**
 * mt_download_complete_async:
 * @host: the server, for messages
 * @content_type: (nullable): the type the server gave
 * @announced: the length the server announced, or -1
 *
 * Closes the ".part" file, checks it, and moves it to a free name: an
 * existing file is never replaced ("name (2).pdf").
 */
void
mt_download_complete_async (MtDownload          *self,
                            const char          *host,
                            const char          *content_type,
                            gint64               announced,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  Completion *completion;

  g_return_if_fail (MT_IS_DOWNLOAD (self));

  completion = g_new0 (Completion, 1);
  completion->host = g_strdup (host);
  completion->content_type = g_strdup (content_type);
  completion->announced = announced;
  run (self, mt_download_complete_async, complete_in_thread, completion, (GDestroyNotify) completion_free, NULL,
       callback, user_data);
}

/** mt_download_complete_finish: Returns: (transfer full): the file saved, or %NULL with an error */
GFile *
mt_download_complete_finish (MtDownload    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
discard (MtDownload *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  if (self->out != NULL)
    g_output_stream_close (self->out, NULL, NULL);
  g_clear_object (&self->out);
  if (self->part != NULL)
    g_file_delete (self->part, NULL, NULL);
  g_clear_object (&self->part);
}

static void
discard_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  discard (source_object);
  g_task_return_boolean (task, TRUE);
}

/** mt_download_discard_async: a download that failed or was cancelled leaves nothing behind */
void
mt_download_discard_async (MtDownload          *self,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (MT_IS_DOWNLOAD (self));
  run (self, mt_download_discard_async, discard_in_thread, NULL, NULL, NULL, callback, user_data);
}

/** mt_download_get_options: Returns: what the download was made with */
const MtDownloadOptions *
mt_download_get_options (MtDownload *self)
{
  g_return_val_if_fail (MT_IS_DOWNLOAD (self), NULL);
  return &self->options;
}

static void
mt_download_finalize (GObject *object)
{
  MtDownload *self = MT_DOWNLOAD (object);

  /* Only a download dropped without its discard gets here with a file:
   * nothing is left behind all the same. */
  discard (self);
  g_free ((char *) self->options.url);
  g_clear_object (&self->options.folder);
  g_free ((char *) self->options.title);
  g_free ((char *) self->options.sha256);
  g_free (self->base_name);
  g_checksum_free (self->checksum);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (mt_download_parent_class)->finalize (object);
}

static void
mt_download_class_init (MtDownloadClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_download_finalize;
}

static void
mt_download_init (MtDownload *self)
{
  g_mutex_init (&self->lock);
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

/** mt_download_new: @options: copied */
MtDownload *
mt_download_new (const MtDownloadOptions *options)
{
  MtDownload *self;

  g_return_val_if_fail (options != NULL && options->url != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (options->folder), NULL);

  self = g_object_new (MT_TYPE_DOWNLOAD, NULL);
  self->options = *options;
  self->options.url = g_strdup (options->url);
  self->options.folder = g_object_ref (options->folder);
  self->options.title = g_strdup (options->title);
  self->options.sha256 = options->sha256 != NULL && *options->sha256 != '\0' ? g_strdup (options->sha256) : NULL;
  self->base_name = mt_download_safe_name (options->title);
  return self;
}
