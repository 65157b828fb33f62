/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-source.c: reading a document from a file or a stream, within the cap,
 * and monitoring data from it */
#define G_LOG_DOMAIN "mt-source"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"
#include "mt-source.h"
#include "mt-table-reader.h"
#include "mt-table-sheet.h"
#include "mt-workbook.h"

#define CHUNK_SIZE (256 * 1024)

/**
 * mt_source_read_stream:
 * @stream: where the document comes from (a file, standard input)
 *
 * Reads @stream to its end, but never more than the size cap: a larger
 * document fails as soon as it passes the cap, so memory stays bounded.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
mt_source_read_stream (GInputStream  *stream,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  for (;;)
    {
      g_autoptr(GError) read_error = NULL;
      guint8 chunk[CHUNK_SIZE];
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, &read_error);

      if (n < 0)
        {
          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                       _("Could not read the document: %s"), read_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > MT_MAX_DOCUMENT_SIZE)
        {
          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                       _("The document is larger than %d MiB."), MT_MAX_DOCUMENT_SIZE >> 20);
          return NULL;
        }
      g_byte_array_append (data, chunk, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The message says what it is not, not its name: the window and the
 * command line name the source before it. */
static void
set_not_a_file (GError **error)
{
  g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                       _("This is not a file but a folder, a pipe, a socket or a device: open a document "
                         "saved as a file."));
}

/**
 * mt_source_read_file:
 * @file: a local file
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
mt_source_read_file (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    {
      /* Looked at, then opened without waiting and checked again to be a
       * file: a named pipe nobody writes would block open () for ever,
       * one never closed read () for ever, a device could be read
       * without end (and opening one may do something), and a socket
       * cannot be opened at all ("No such device or address"). */
      struct stat info;
      int fd;

      if (g_stat (path, &info) == 0 && !S_ISREG (info.st_mode))
        {
          set_not_a_file (error);
          return NULL;
        }
      fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
      if (fd < 0)
        {
          int cause = errno;

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ, _("Could not open “%s”: %s"), name,
                       g_strerror (cause));
          return NULL;
        }
      if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
        {
          g_close (fd, NULL);
          set_not_a_file (error);
          return NULL;
        }
      /* A file is read as files are, waiting for the disk. */
      fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
      stream = g_unix_input_stream_new (fd, TRUE);
    }
  else
    {
      stream = G_INPUT_STREAM (g_file_read (file, cancellable, &open_error));
      if (stream == NULL)
        {
          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                       _("Could not open “%s”: %s"), name, open_error->message);
          return NULL;
        }
    }
  return mt_source_read_stream (stream, cancellable, error);
}

/**
 * mt_monitoring_load:
 * @bytes: a document as read
 * @sheet: (nullable): a workbook's sheet to read, by name or number (see
 *   mt_table_read_workbook()); %NULL to find it
 * @mapping: (nullable): what a table's unrecognised columns hold, by
 *   normalised header (see mt_table_read())
 * @to_ask: (out) (optional) (nullable) (element-type MtTableColumn): a
 *   table's columns to ask the user about
 * @from_table: (out) (optional): whether @bytes was a table or a workbook
 * @sheets_to_ask: (out) (optional) (nullable) (element-type MtTableSheetChoice):
 *   a workbook's sheets to choose from (see mt_table_read_workbook())
 *
 * Loads monitoring data from a `metodist-monitoring` document, a workbook
 * (.xlsx, .ods, .xls) or a table (CSV, TSV), told apart here only, by how
 * the document begins, never by its name.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_monitoring_load (GBytes      *bytes,
                    const char  *sheet,
                    GHashTable  *mapping,
                    GPtrArray  **to_ask,
                    gboolean    *from_table,
                    GPtrArray  **sheets_to_ask,
                    GError     **error)
{
  gboolean table;

  g_return_val_if_fail (bytes != NULL, NULL);

  table = !mt_table_looks_like_json (bytes);
  if (from_table != NULL)
    *from_table = table;
  if (to_ask != NULL)
    *to_ask = NULL;
  if (sheets_to_ask != NULL)
    *sheets_to_ask = NULL;
  if (!table)
    return mt_monitoring_read (bytes, error);
  if (mt_workbook_looks_like (bytes))
    {
      g_autoptr(MtWorkbook) workbook = mt_workbook_open (bytes, error);

      if (workbook == NULL)
        return NULL;
      return mt_table_read_workbook (workbook, sheet, mapping, to_ask, sheets_to_ask, error);
    }
  if (to_ask != NULL)
    return mt_table_read_asking (bytes, mapping, to_ask, error);
  return mt_table_read (bytes, mapping, NULL, error);
}
