/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-file.c: a workbook libxlsxwriter makes, written to the disk by
 * Metodist alone
 *
 * libxlsxwriter writes to a file in memory (a memfd, by its /proc name:
 * it takes only a path), never to the disk: on a full disk or a broken
 * share it would print its own "[ERROR]" lines naming a temporary file
 * and say only "Zip generic error ZIP_ERRNO". The disk is written by
 * mt_file_write_atomic (), which names the cause ("No space left on
 * device"). */
#define G_LOG_DOMAIN "mt-xlsx-file"
/* memfd_create () */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mt-file-writer.h"
#include "mt-xlsx-file.h"

/**
 * mt_xlsx_file_write:
 * @path: the workbook to write, replaced whole or not at all
 * @fill: makes the workbook, given a path in memory
 * @error: "Could not write “@path”: <the cause>"
 *
 * Returns: %TRUE when @path holds the workbook
 */
gboolean
mt_xlsx_file_write (const char  *path,
                    MtXlsxFill   fill,
                    gpointer     data,
                    GError     **error)
{
  g_autoptr(GError) fill_error = NULL;
  g_autoptr(GMappedFile) written = NULL;
  g_autofree char *memory_path = NULL;
  int memory = memfd_create ("metodist.xlsx", MFD_CLOEXEC);
  gsize length;

  if (memory < 0)
    {
      int cause = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (cause), _("Could not write “%s”: %s"), path,
                   g_strerror (cause));
      return FALSE;
    }
  memory_path = g_strdup_printf ("/proc/self/fd/%d", memory);
  if (!fill (memory_path, data, &fill_error))
    {
      close (memory);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path, fill_error->message);
      return FALSE;
    }
  written = g_mapped_file_new_from_fd (memory, FALSE, &fill_error);
  close (memory);
  if (written == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path, fill_error->message);
      return FALSE;
    }
  length = g_mapped_file_get_length (written);
  return mt_file_write_atomic (path, length > 0 ? g_mapped_file_get_contents (written) : "", length, 0666, error);
}
