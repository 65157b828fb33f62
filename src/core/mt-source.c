/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-source.c: reading a document from a file or a stream, within the cap */
#define G_LOG_DOMAIN "mt-source"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"
#include "mt-source.h"
#include "mt-table-reader.h"

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
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, cancellable, &open_error);
  if (stream == NULL)
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                   _("Could not open “%s”: %s"), name, open_error->message);
      return NULL;
    }
  return mt_source_read_stream (G_INPUT_STREAM (stream), cancellable, error);
}

/**
 * mt_source_load_monitoring:
 * @bytes: a document as read
 *
 * Loads monitoring data from a `metodist-monitoring` document or from a
 * table (CSV, TSV), told apart by how the document begins.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_source_load_monitoring (GBytes  *bytes,
                           GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  if (mt_table_looks_like_json (bytes))
    return mt_monitoring_read (bytes, error);
  return mt_table_read (bytes, NULL, NULL, error);
}
