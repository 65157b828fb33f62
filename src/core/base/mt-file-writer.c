/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-file-writer.c: a file replaced only by a complete new one, with
 * nothing left behind that a later write does not clean up
 *
 * Every file Metodist writes (exports, codes, the handout, the deck, the
 * catalog, the history, its caches) goes through here. The data goes to
 * a temporary file beside the target, named after it and the process
 * writing it (".rating.xlsx.1234.AbC123"), is flushed to the disk with
 * the same descriptor (a share reports a failed write at close or fsync),
 * and renamed over the target only when whole: a full disk or any
 * failure leaves the old file as it was, and says the first cause.
 *
 * A write killed midway (kill -9, a power cut) leaves its temporary file:
 * g_file_set_contents () would leave it for ever. The next write of the
 * same target removes it once its process is gone and it is old enough
 * that no live writer in another PID namespace (a Flatpak sandbox beside
 * the host) can still be filling it. */
#define G_LOG_DOMAIN "mt-file-writer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "mt-file-writer.h"

/* Room left in a 255-byte name for ".", ".<pid>" and ".XXXXXX". */
#define MAX_PREFIX_NAME_BYTES 200
/* A temporary file this old, of a process that is gone, is debris. */
#define STALE_AFTER_SECONDS (10 * 60)

/* ".<name>.", the target's name cut at a character to leave room for the
 * process and the random part: a long target's temporary name must fit
 * too ("File name too long" would fail the save). */
static char *
temporary_prefix (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  if (strlen (base) > MAX_PREFIX_NAME_BYTES)
    {
      const char *end = g_utf8_find_prev_char (base, base + MAX_PREFIX_NAME_BYTES + 1);

      base[end != NULL ? end - base : MAX_PREFIX_NAME_BYTES] = '\0';
    }
  return g_strdup_printf (".%s.", base);
}

/* What g_mkstemp_full () puts for its "XXXXXX": letters and digits. */
static gboolean
is_random_part (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* Removes what earlier writes of @path left when their process died. */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *prefix = temporary_prefix (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  time_t now = time (NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      const char *rest = g_str_has_prefix (name, prefix) ? name + strlen (prefix) : NULL;
      g_autofree char *stale = NULL;
      char *end = NULL;
      GStatBuf info;
      guint64 pid;

      if (rest == NULL)
        continue;
      pid = g_ascii_strtoull (rest, &end, 10);
      /* ".<target>.<pid>.<six characters>", its process gone. */
      if (end == rest || *end != '.' || strlen (end + 1) != 6 || !is_random_part (end + 1) || pid == 0 ||
          pid > G_MAXINT || (kill ((pid_t) pid, 0) == 0 || errno != ESRCH))
        continue;
      stale = g_build_filename (dir, name, NULL);
      if (g_lstat (stale, &info) == 0 && S_ISREG (info.st_mode) && now - info.st_mtime >= STALE_AFTER_SECONDS)
        g_unlink (stale);
    }
}

static gboolean
fail (const char  *path,
      int          cause,
      GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (cause), _("Could not write “%s”: %s"), path,
               g_strerror (cause));
  return FALSE;
}

struct _MtFileStream
{
  char *path;        /* as the caller named it, for messages */
  char *target;      /* what is replaced: a link's target */
  char *temporary;
  int fd;
  int cause;         /* the first failure's errno; 0 while all is well */
};

/**
 * mt_file_stream_open:
 * @path: the file to write, replaced whole or not at all
 * @mode: its permissions (0666, or 0600 for a private cache), before umask
 * @error: a %G_IO_ERROR saying "Could not write “@path”: <the cause>"
 *
 * Starts writing @path piece by piece, for what is too large to hold in
 * memory (a country's report cards in one PDF): nothing is seen at @path
 * until mt_file_stream_commit ().
 *
 * Returns: (transfer full) (nullable): the stream, or %NULL
 */
MtFileStream *
mt_file_stream_open (const char  *path,
                     int          mode,
                     GError     **error)
{
  g_autofree char *link = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *name = NULL;
  MtFileStream *stream;
  GStatBuf before;
  gboolean existed;

  g_return_val_if_fail (path != NULL, NULL);

  stream = g_new0 (MtFileStream, 1);
  stream->path = g_strdup (path);
  /* Through a symbolic link, the file it names is replaced, not the link
   * (from review: the link became a file and its target stayed old). */
  link = g_file_read_link (path, NULL);
  resolved = link != NULL ? realpath (path, NULL) : NULL;
  stream->target = g_strdup (resolved != NULL ? resolved : path);
  dir = g_path_get_dirname (stream->target);
  prefix = temporary_prefix (stream->target);
  name = g_strdup_printf ("%s%d.XXXXXX", prefix, (int) getpid ());
  stream->temporary = g_build_filename (dir, name, NULL);
  existed = g_stat (stream->target, &before) == 0 && S_ISREG (before.st_mode);

  remove_stale_temporaries (stream->target);
  stream->fd = g_mkstemp_full (stream->temporary, O_RDWR | O_CLOEXEC, mode);
  if (stream->fd < 0)
    {
      fail (path, errno, error);
      g_clear_pointer (&stream->temporary, g_free);
      mt_file_stream_abort (stream);
      return NULL;
    }
  /* A file replaced keeps its permissions (a private 0600 stays so). */
  if (existed && fchmod (stream->fd, before.st_mode & 07777) != 0)
    stream->cause = errno;
  return stream;
}

/**
 * mt_file_stream_write:
 *
 * Returns: %FALSE once a write has failed (the cause is told by
 *   mt_file_stream_commit ())
 */
gboolean
mt_file_stream_write (MtFileStream *stream,
                      const void   *data,
                      gsize         length)
{
  const char *bytes = data;

  g_return_val_if_fail (stream != NULL, FALSE);
  while (stream->cause == 0 && length > 0)
    {
      gssize n = write (stream->fd, bytes, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          stream->cause = n < 0 ? errno : EIO;
          break;
        }
      bytes += n;
      length -= n;
    }
  return stream->cause == 0;
}

/* Frees @stream; its temporary file is removed unless it was renamed. */
static void
stream_free (MtFileStream *stream)
{
  if (stream->fd >= 0)
    close (stream->fd);
  if (stream->temporary != NULL)
    g_unlink (stream->temporary);
  g_free (stream->path);
  g_free (stream->target);
  g_free (stream->temporary);
  g_free (stream);
}

/**
 * mt_file_stream_commit:
 * @stream: (transfer full): the stream, freed
 *
 * Puts what was written at the stream's path, on the disk, replacing what
 * was there; or, when anything failed, leaves the path as it was.
 *
 * Returns: %TRUE when the path holds what was written
 */
gboolean
mt_file_stream_commit (MtFileStream  *stream,
                       GError       **error)
{
  g_autofree char *dir = NULL;
  int cause;
  int fd;

  g_return_val_if_fail (stream != NULL, FALSE);

  /* On the disk, through the same descriptor, closed once whatever
   * happens: the first cause is the one told. */
  cause = stream->cause;
  if (cause == 0 && fsync (stream->fd) != 0)
    cause = errno;
  if (close (stream->fd) != 0 && cause == 0 && errno != EINTR)
    cause = errno;
  stream->fd = -1;
  if (cause == 0 && g_rename (stream->temporary, stream->target) != 0)
    cause = errno;
  if (cause != 0)
    {
      fail (stream->path, cause, error);
      stream_free (stream);
      return FALSE;
    }
  g_clear_pointer (&stream->temporary, g_free);
  /* The rename itself on the disk: the folder's entry. */
  dir = g_path_get_dirname (stream->target);
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  stream_free (stream);
  return TRUE;
}

/**
 * mt_file_stream_abort:
 * @stream: (transfer full): the stream, freed
 *
 * Leaves the stream's path as it was, and nothing behind.
 */
void
mt_file_stream_abort (MtFileStream *stream)
{
  g_return_if_fail (stream != NULL);
  stream_free (stream);
}

/**
 * mt_file_write_atomic:
 * @path: the file to write, replaced whole or not at all
 * @mode: its permissions (0666, or 0600 for a private cache), before umask
 * @error: a %G_IO_ERROR saying "Could not write “@path”: <the cause>"
 *
 * Returns: %TRUE when @path holds @data, on the disk
 */
gboolean
mt_file_write_atomic (const char  *path,
                      const void  *data,
                      gsize        length,
                      int          mode,
                      GError     **error)
{
  MtFileStream *stream;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  stream = mt_file_stream_open (path, mode, error);
  if (stream == NULL)
    return FALSE;
  mt_file_stream_write (stream, data, length);
  return mt_file_stream_commit (stream, error);
}
