/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xls-workbook.c: Excel 97-2003 workbooks (.xls), read with FreeXL in
 * a process of its own */
#define G_LOG_DOMAIN "mt-xls-workbook"

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "mt-cell-text.h"
#include "mt-load-error.h"
#include "mt-xls-workbook.h"
#include "mt-zip-package.h"

/*
 * FreeXL 1.0.6 reads past its buffers on crafted files, so it runs in
 * metodist-xls-reader (src/xls-reader/), bounded in memory and time, on
 * a private temporary copy of the bytes; this reads the cells it writes.
 * If it crashes, the file is one Metodist cannot read.
 *
 * FreeXL does not say which sheets are hidden, so the workbook's sheet
 * records (BOUNDSHEET, a few bytes each) are read here through libgsf:
 * a walk over record headers, not a BIFF parser.
 */

/* The reader's exit statuses (metodist-xls-reader.c). */
enum
{
  READER_READ = 0,
  READER_PASSWORD = 3,
  READER_TOO_LARGE = 4,
};

/* What the reader may write: held whole while its sheets are read (an
 * .xls has at most 65,536 rows of 256 columns; a national table is a
 * few MiB). */
#define MAX_OUTPUT (128 * 1024 * 1024)

struct _MtXlsWorkbook
{
  MtWorkbook parent_instance;

  GBytes *cells;  /* what the reader wrote */
};

G_DEFINE_FINAL_TYPE (MtXlsWorkbook, mt_xls_workbook, MT_TYPE_WORKBOOK)

#define BIFF_EOF 0x000A
#define BIFF_BOUNDSHEET 0x0085
#define BOUNDSHEET_WORKSHEET 0x00

static void
set_unreadable (GError **error)
{
  g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                       _("The Excel 97-2003 workbook cannot be read: it is damaged, or holds what "
                         "Metodist cannot read (such as a chart sheet). Open it in Excel or "
                         "LibreOffice and save it as .xlsx."));
}

/* (transfer full): whether each worksheet (not chart or macro sheet) is
 * hidden, in order, from the workbook stream's BOUNDSHEET records; empty
 * when they cannot be read. */
static GArray *
hidden_worksheets (GBytes *bytes)
{
  GArray *hidden = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GsfInput) input = gsf_input_memory_new (data, length, FALSE);
  g_autoptr(GsfInfile) ole = gsf_infile_msole_new (input, NULL);
  g_autoptr(GsfInput) stream = NULL;

  if (ole == NULL)
    return hidden;
  stream = mt_gsf_child_named (ole, "Workbook");
  if (stream == NULL)
    stream = mt_gsf_child_named (ole, "Book");
  while (stream != NULL && gsf_input_remaining (stream) >= 4)
    {
      const guint8 *header = gsf_input_read (stream, 4, NULL);
      guint type, size;
      const guint8 *record;

      if (header == NULL)
        break;
      type = GSF_LE_GET_GUINT16 (header);
      size = GSF_LE_GET_GUINT16 (header + 2);
      if (type == BIFF_EOF || size > gsf_input_remaining (stream))
        break;
      record = size > 0 ? gsf_input_read (stream, size, NULL) : NULL;
      if (size > 0 && record == NULL)
        break;
      if (type == BIFF_BOUNDSHEET && size >= 6 && record[5] == BOUNDSHEET_WORKSHEET)
        {
          gboolean is_hidden = (record[4] & 0x03) != 0;

          g_array_append_val (hidden, is_hidden);
        }
    }
  return hidden;
}

/* The reader's text, its escapes undone. */
static char *
unescape (const char *text,
          gsize       length)
{
  GString *plain = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] != '\\' || i + 1 == length)
        {
          g_string_append_c (plain, text[i]);
          continue;
        }
      i++;
      g_string_append_c (plain, text[i] == 't' ? '\t' : text[i] == 'n' ? '\n' : text[i] == 'r' ? '\r' : text[i]);
    }
  return g_string_free (plain, FALSE);
}

/* Calls @each for every record line of the reader's output, its fields
 * split; stops when it returns FALSE. */
static void
each_record (GBytes   *output,
             gboolean (*each) (char **fields, guint n_fields, gpointer data),
             gpointer  data)
{
  gsize size;
  const char *text = g_bytes_get_data (output, &size);
  const char *end;

  /* Nothing written: GLib gives no pointer at all. */
  if (size == 0)
    return;
  end = text + size;
  for (const char *line = text; line < end;)
    {
      const char *line_end = memchr (line, '\n', end - line);
      g_autofree char *copy = g_strndup (line, (line_end != NULL ? line_end : end) - line);
      g_auto(GStrv) fields = g_strsplit (copy, "\t", 6);

      if (!each (fields, g_strv_length (fields), data))
        return;
      line = line_end != NULL ? line_end + 1 : end;
    }
}

typedef struct
{
  MtSheet *sheet;
  guint index;
  guint max_rows;
  gboolean fits;  /* the sheet took every cell */
} SheetRead;

static gboolean
take_cell (char   **fields,
           guint    n_fields,
           gpointer data)
{
  SheetRead *read = data;
  guint64 sheet, row, column;
  g_autofree char *text = NULL;

  if (n_fields != 6 || !g_str_equal (fields[0], "C"))
    return TRUE;
  sheet = g_ascii_strtoull (fields[1], NULL, 10);
  row = g_ascii_strtoull (fields[2], NULL, 10);
  column = g_ascii_strtoull (fields[3], NULL, 10);
  if (sheet != read->index || row >= MT_SHEET_MAX_ROWS || column >= MT_SHEET_MAX_COLUMNS)
    return TRUE;
  /* Cells come row by row: a row past those wanted ends the reading. */
  if (read->max_rows > 0 && mt_sheet_get_rows (read->sheet)->len >= read->max_rows &&
      ((MtSheetRow *) g_ptr_array_index (mt_sheet_get_rows (read->sheet), read->max_rows - 1))->number <= row)
    return FALSE;
  text = unescape (fields[5], strlen (fields[5]));
  if (g_str_equal (fields[4], "n"))
    {
      char *end = NULL;
      double number = g_ascii_strtod (text, &end);
      g_autofree char *shown = end != text && *end == '\0' ? mt_cell_text_from_number (number) : NULL;

      read->fits = mt_sheet_set_cell (read->sheet, (guint) row, (guint) column, shown);
    }
  else if (g_str_equal (fields[4], "d"))
    {
      g_autofree char *shown = mt_cell_text_from_iso_date (text);

      read->fits = mt_sheet_set_cell (read->sheet, (guint) row, (guint) column, shown);
    }
  else if (g_utf8_validate (text, -1, NULL))
    read->fits = mt_sheet_set_cell (read->sheet, (guint) row, (guint) column, text);
  return read->fits;
}

static MtSheet *
read_sheet (MtWorkbook *workbook,
            guint       index,
            guint       max_rows,
            GError    **error)
{
  MtXlsWorkbook *self = MT_XLS_WORKBOOK (workbook);
  g_autoptr(MtSheet) sheet = mt_sheet_new (mt_workbook_get_sheet_name (workbook, index));
  SheetRead read = { sheet, index, max_rows, TRUE };

  mt_sheet_set_hidden (sheet, mt_workbook_is_sheet_hidden (workbook, index));
  each_record (self->cells, take_cell, &read);
  if (!read.fits)
    {
      mt_sheet_set_too_large (sheet, error);
      return NULL;
    }
  return g_steal_pointer (&sheet);
}

static void
mt_xls_workbook_finalize (GObject *object)
{
  MtXlsWorkbook *self = MT_XLS_WORKBOOK (object);

  g_clear_pointer (&self->cells, g_bytes_unref);
  G_OBJECT_CLASS (mt_xls_workbook_parent_class)->finalize (object);
}

static void
mt_xls_workbook_class_init (MtXlsWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_xls_workbook_finalize;
  MT_WORKBOOK_CLASS (klass)->read_sheet = read_sheet;
}

static void
mt_xls_workbook_init (MtXlsWorkbook *self)
{
}

/* Where metodist-xls-reader is: METODIST_XLS_READER for an uninstalled
 * build (the tests, meson devenv), else where it is installed. */
static const char *
reader_path (void)
{
  const char *path = g_getenv ("METODIST_XLS_READER");

  return path != NULL && *path != '\0' ? path : LIBEXECDIR G_DIR_SEPARATOR_S "metodist-xls-reader";
}

/* Runs the reader on @path: its output, or %NULL with @error set. */
static GBytes *
run_reader (const char  *path,
            GError     **error)
{
  g_autoptr(GError) spawn_error = NULL;
  g_autoptr(GSubprocess) reader = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                                    &spawn_error, reader_path (), path, NULL);
  g_autoptr(GByteArray) output = g_byte_array_new ();
  GInputStream *stream;
  int status;

  if (reader == NULL)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                   _("Excel 97-2003 workbooks cannot be read: Metodist’s reader for them could not be "
                     "started (%s)."), spawn_error->message);
      return NULL;
    }
  stream = g_subprocess_get_stdout_pipe (reader);
  for (;;)
    {
      g_autoptr(GBytes) chunk = g_input_stream_read_bytes (stream, 256 * 1024, NULL, NULL);

      if (chunk == NULL || g_bytes_get_size (chunk) == 0)
        break;
      if (output->len + g_bytes_get_size (chunk) > MAX_OUTPUT)
        {
          g_subprocess_force_exit (reader);
          g_byte_array_set_size (output, 0);
          break;
        }
      g_byte_array_append (output, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
    }
  g_subprocess_wait (reader, NULL, NULL);
  status = g_subprocess_get_if_exited (reader) ? g_subprocess_get_exit_status (reader) : -1;
  switch (status)
    {
    case READER_READ:
      if (output->len > 0 || g_subprocess_get_if_exited (reader))
        return g_byte_array_free_to_bytes (g_steal_pointer (&output));
      break;
    case READER_PASSWORD:
      mt_workbook_set_password (error);
      return NULL;
    case READER_TOO_LARGE:
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                   _("The workbook’s sheets have room for more than %d cells, more than a rating "
                     "table of every school in the country."),
                   MT_SHEET_MAX_CELLS);
      return NULL;
    default:
      break;
    }
  set_unreadable (error);
  return NULL;
}

static gboolean
take_sheet (char   **fields,
            guint    n_fields,
            gpointer data)
{
  GPtrArray *names = data;

  if (n_fields == 3 && g_str_equal (fields[0], "S"))
    {
      g_autofree char *name = unescape (fields[2], strlen (fields[2]));

      g_ptr_array_add (names, g_utf8_validate (name, -1, NULL) ? g_steal_pointer (&name) : g_strdup (""));
      return TRUE;
    }
  /* The sheets come first. */
  return !g_str_equal (fields[0], "C");
}

/**
 * mt_xls_workbook_open:
 * @bytes: an OLE2 file with a Workbook (or Book) stream
 *
 * Returns: (transfer full): the workbook with its sheets listed, or %NULL
 *   with a #MT_LOAD_ERROR
 */
MtWorkbook *
mt_xls_workbook_open (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(MtXlsWorkbook) self = g_object_new (MT_TYPE_XLS_WORKBOOK, NULL);
  g_autoptr(GArray) hidden = hidden_worksheets (bytes);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) write_error = NULL;
  g_autofree char *path = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  int fd = g_file_open_tmp ("metodist-XXXXXX.xls", &path, &write_error);

  if (fd >= 0)
    {
      /* Written through the descriptor g_file_open_tmp() made (0600). */
      g_autoptr(GOutputStream) copy = g_unix_output_stream_new (fd, TRUE);

      if (!g_output_stream_write_all (copy, data, length, NULL, NULL, &write_error) ||
          !g_output_stream_close (copy, NULL, &write_error))
        g_unlink (path);
    }
  if (write_error != NULL)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                   _("Could not write a temporary copy of the workbook: %s"), write_error->message);
      return NULL;
    }
  self->cells = run_reader (path, error);
  g_unlink (path);
  if (self->cells == NULL)
    return NULL;
  each_record (self->cells, take_sheet, names);
  if (names->len == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The workbook has no sheets."));
      return NULL;
    }
  for (guint i = 0; i < names->len; i++)
    mt_workbook_add_sheet (MT_WORKBOOK (self), g_ptr_array_index (names, i),
                           hidden->len == names->len && g_array_index (hidden, gboolean, i));
  return MT_WORKBOOK (g_steal_pointer (&self));
}
