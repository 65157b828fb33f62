/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xls-workbook.c: Excel 97-2003 workbooks (.xls), read with FreeXL */
#define G_LOG_DOMAIN "mt-xls-workbook"

#include "config.h"

#include <freexl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mt-cell-text.h"
#include "mt-load-error.h"
#include "mt-xls-workbook.h"
#include "mt-zip-package.h"

/*
 * FreeXL reads BIFF (Excel 97-2003, and 5.0/95) from a file path only, so
 * the bytes are written to a private temporary file, removed as soon as
 * FreeXL has it open. FreeXL turns dates into "YYYY-MM-DD" itself. It
 * opens a file in two ways: for its metadata (names, sizes, password),
 * read first, so that a file claiming sheets larger than any rating is
 * refused before FreeXL makes room for their cells; then whole.
 *
 * FreeXL does not say which sheets are hidden, so the workbook's sheet
 * records (BOUNDSHEET, a few bytes each) are read here through libgsf:
 * a walk over record headers, not a BIFF parser.
 */

struct _MtXlsWorkbook
{
  MtWorkbook parent_instance;

  const void *handle;  /* FreeXL's, open whole */
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

static MtSheet *
read_sheet (MtWorkbook *workbook,
            guint       index,
            guint       max_rows,
            GError    **error)
{
  MtXlsWorkbook *self = MT_XLS_WORKBOOK (workbook);
  g_autoptr(MtSheet) sheet = mt_sheet_new (mt_workbook_get_sheet_name (workbook, index));
  unsigned int rows = 0;
  unsigned short columns = 0;

  mt_sheet_set_hidden (sheet, mt_workbook_is_sheet_hidden (workbook, index));
  if (freexl_select_active_worksheet (self->handle, (unsigned short) index) != FREEXL_OK ||
      freexl_worksheet_dimensions (self->handle, &rows, &columns) != FREEXL_OK)
    {
      set_unreadable (error);
      return NULL;
    }
  for (unsigned int r = 0; r < rows && r < MT_SHEET_MAX_ROWS; r++)
    {
      if (max_rows > 0 && mt_sheet_get_rows (sheet)->len >= max_rows)
        break;
      for (unsigned short c = 0; c < columns && c < MT_SHEET_MAX_COLUMNS; c++)
        {
          FreeXL_CellValue value;
          g_autofree char *text = NULL;

          if (freexl_get_cell_value (self->handle, r, c, &value) != FREEXL_OK)
            continue;
          switch (value.type)
            {
            case FREEXL_CELL_INT:
              text = g_strdup_printf ("%d", value.value.int_value);
              break;
            case FREEXL_CELL_DOUBLE:
              text = mt_cell_text_from_number (value.value.double_value);
              break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME:
              if (value.value.text_value != NULL && g_utf8_validate (value.value.text_value, -1, NULL))
                text = g_strdup (value.value.text_value);
              break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
              if (value.value.text_value != NULL)
                text = mt_cell_text_from_iso_date (value.value.text_value);
              break;
            default:
              break;
            }
          mt_sheet_set_cell (sheet, r, c, text);
        }
    }
  return g_steal_pointer (&sheet);
}

static void
mt_xls_workbook_finalize (GObject *object)
{
  MtXlsWorkbook *self = MT_XLS_WORKBOOK (object);

  if (self->handle != NULL)
    freexl_close (self->handle);
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

/* Reads what FreeXL says of the file before opening it whole: FALSE
 * with @error set for a password, or sheets larger than any rating. */
static gboolean
check_metadata (const char  *path,
                guint       *n_sheets,
                GError     **error)
{
  const void *info = NULL;
  unsigned int value = 0;
  guint64 cells = 0;
  int status = freexl_open_info (path, &info);

  *n_sheets = 0;
  if (status != FREEXL_OK || info == NULL)
    {
      if (info != NULL)
        freexl_close (info);
      set_unreadable (error);
      return FALSE;
    }
  if (freexl_get_info (info, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK && value == FREEXL_BIFF_OBFUSCATED)
    {
      freexl_close (info);
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_PASSWORD,
                           _("The workbook is protected by a password: remove the password in Excel "
                             "and save it again."));
      return FALSE;
    }
  if (freexl_get_info (info, FREEXL_BIFF_SHEET_COUNT, &value) == FREEXL_OK)
    *n_sheets = value;
  for (guint i = 0; i < *n_sheets; i++)
    {
      unsigned int rows = 0;
      unsigned short columns = 0;

      if (freexl_select_active_worksheet (info, (unsigned short) i) == FREEXL_OK &&
          freexl_worksheet_dimensions (info, &rows, &columns) == FREEXL_OK)
        cells += (guint64) rows * columns;
    }
  freexl_close (info);
  if (cells > MT_SHEET_MAX_CELLS)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                   _("The workbook’s sheets have room for more than %d cells, more than a rating "
                     "table of every school in the country."),
                   MT_SHEET_MAX_CELLS);
      return FALSE;
    }
  return TRUE;
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
  g_autoptr(GError) write_error = NULL;
  g_autofree char *path = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  guint n_sheets;
  int fd = g_file_open_tmp ("metodist-XXXXXX.xls", &path, &write_error);
  int status;

  if (fd < 0 || !g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0600, &write_error))
    {
      if (fd >= 0)
        {
          g_close (fd, NULL);
          g_unlink (path);
        }
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ,
                   _("Could not write a temporary copy of the workbook: %s"), write_error->message);
      return NULL;
    }
  g_close (fd, NULL);
  if (!check_metadata (path, &n_sheets, error))
    {
      g_unlink (path);
      return NULL;
    }
  status = freexl_open (path, &self->handle);
  g_unlink (path);
  if (status != FREEXL_OK || self->handle == NULL)
    {
      set_unreadable (error);
      return NULL;
    }
  for (guint i = 0; i < n_sheets; i++)
    {
      const char *name = NULL;

      if (freexl_get_worksheet_name (self->handle, (unsigned short) i, &name) != FREEXL_OK || name == NULL ||
          !g_utf8_validate (name, -1, NULL))
        name = "";
      mt_workbook_add_sheet (MT_WORKBOOK (self), name,
                             hidden->len == n_sheets && g_array_index (hidden, gboolean, i));
    }
  if (n_sheets == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The workbook has no sheets."));
      return NULL;
    }
  return MT_WORKBOOK (g_steal_pointer (&self));
}
