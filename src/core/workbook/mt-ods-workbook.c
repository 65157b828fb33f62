/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-ods-workbook.c: OpenDocument spreadsheets (.ods) */
#define G_LOG_DOMAIN "mt-ods-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-cell-text.h"
#include "mt-load-error.h"
#include "mt-ods-workbook.h"

/*
 * OpenDocument as LibreOffice, Gnumeric and МойОфис save it: every sheet
 * is a <table:table> of content.xml. Rows and cells may stand for many
 * (number-rows-repeated, number-columns-repeated: LibreOffice ends a
 * sheet with a million empty rows written once); a merged cell says how
 * far it spans and the cells it covers are <table:covered-table-cell>. A
 * number, a date or a boolean is read from its value (office:value, not
 * the "1 044" shown); text from its paragraphs, comments left out. A
 * sheet is hidden by its style (table:display="false").
 */

struct _MtOdsWorkbook
{
  MtWorkbook parent_instance;

  MtZipPackage *package;
};

G_DEFINE_FINAL_TYPE (MtOdsWorkbook, mt_ods_workbook, MT_TYPE_WORKBOOK)

#define CONTENT "content.xml"

static guint
repeat_of (xmlTextReaderPtr  reader,
           const char       *attribute)
{
  g_autofree char *text = mt_zip_package_attribute (reader, attribute);
  guint64 n = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 1;

  return (guint) CLAMP (n, 1, G_MAXUINT / 2);
}

/* The text a typed cell's value reads as; %NULL for text cells, whose
 * paragraphs are read. */
static char *
value_text (xmlTextReaderPtr reader)
{
  g_autofree char *type = mt_zip_package_attribute (reader, "value-type");

  if (type == NULL || g_str_equal (type, "string"))
    return NULL;
  if (g_str_equal (type, "float") || g_str_equal (type, "percentage") || g_str_equal (type, "currency"))
    {
      g_autofree char *value = mt_zip_package_attribute (reader, "value");
      char *end = NULL;
      double number = value != NULL ? g_ascii_strtod (value, &end) : 0;

      if (value == NULL || end == value || *end != '\0')
        return NULL;
      return mt_cell_text_from_number (number);
    }
  if (g_str_equal (type, "date"))
    {
      g_autofree char *value = mt_zip_package_attribute (reader, "date-value");

      return value != NULL ? mt_cell_text_from_iso_date (value) : NULL;
    }
  if (g_str_equal (type, "boolean"))
    {
      g_autofree char *value = mt_zip_package_attribute (reader, "boolean-value");

      return g_strdup (g_strcmp0 (value, "true") == 0 ? "TRUE" : "FALSE");
    }
  return NULL;  /* a time, shown as text */
}

static void
set_beyond (MtSheet  *sheet,
            GError  **error)
{
  mt_sheet_set_beyond (mt_sheet_get_name (sheet), NULL, error);
}

/* A cell of the row being read, and how many columns it stands for. */
typedef struct
{
  guint column;
  guint repeat;
  char *text;
} RowCell;

static void
row_cell_clear (RowCell *cell)
{
  g_free (cell->text);
}

/* A row read whole, set @repeat times from @row (from 0). */
static gboolean
put_row (MtSheet  *sheet,
         GArray   *cells,
         guint     row,
         guint     repeat,
         GError  **error)
{
  if (cells->len == 0)
    return TRUE;
  if ((guint64) row + repeat > MT_SHEET_MAX_ROWS)
    {
      set_beyond (sheet, error);
      return FALSE;
    }
  for (guint r = 0; r < repeat; r++)
    for (guint i = 0; i < cells->len; i++)
      {
        RowCell *cell = &g_array_index (cells, RowCell, i);

        for (guint c = 0; c < cell->repeat; c++)
          if (!mt_sheet_set_cell (sheet, row + r, cell->column + c, cell->text))
            {
              mt_sheet_set_too_large (sheet, error);
              return FALSE;
            }
      }
  return TRUE;
}

/* A cell's text grows no longer than the longest cell, in bytes (the
 * sheet cuts it at as many characters). */
static void
append_capped (GString    *text,
               const char *more,
               gssize      length)
{
  gsize room = (gsize) MT_SHEET_MAX_CELL_CHARS * 4 - MIN (text->len, (gsize) MT_SHEET_MAX_CELL_CHARS * 4);
  gsize n = length < 0 ? strlen (more) : (gsize) length;

  g_string_append_len (text, more, MIN (n, room));
}

/* Reads the rows of the table the reader is in, to its end. */
static gboolean
read_table (MtOdsWorkbook    *self,
            xmlTextReaderPtr  reader,
            MtSheet          *sheet,
            guint             max_rows,
            GError          **error)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (RowCell));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *typed = NULL;
  guint row = 0, row_repeat = 1, column = 0, column_repeat = 1, paragraphs = 0;
  gboolean in_cell = FALSE, covered = FALSE;
  int status;

  g_array_set_clear_func (cells, (GDestroyNotify) row_cell_clear);
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      if (mt_xml_is_end (reader, "table"))
        return TRUE;
      if (mt_xml_is_element (reader, "table-row"))
        {
          row_repeat = repeat_of (reader, "number-rows-repeated");
          column = 0;
          g_array_set_size (cells, 0);
          if (xmlTextReaderIsEmptyElement (reader))
            row = (guint) MIN ((guint64) row + row_repeat, G_MAXUINT / 2);
        }
      else if (mt_xml_is_end (reader, "table-row"))
        {
          if (!put_row (sheet, cells, row, row_repeat, error))
            return FALSE;
          row = (guint) MIN ((guint64) row + row_repeat, G_MAXUINT / 2);
          if (max_rows > 0 && mt_sheet_get_rows (sheet)->len >= max_rows)
            return TRUE;
        }
      else if (mt_xml_is_element (reader, "table-cell") || mt_xml_is_element (reader, "covered-table-cell"))
        {
          guint spanned_columns = repeat_of (reader, "number-columns-spanned");
          guint spanned_rows = repeat_of (reader, "number-rows-spanned");

          column_repeat = repeat_of (reader, "number-columns-repeated");
          if ((spanned_columns > 1 || spanned_rows > 1) && (guint64) row + spanned_rows <= MT_SHEET_MAX_ROWS &&
              (guint64) column + spanned_columns <= MT_SHEET_MAX_COLUMNS)
            {
              MtSheetRange range = { row, row + spanned_rows - 1, column, column + spanned_columns - 1 };

              mt_sheet_add_merge (sheet, &range);
            }
          /* What a merged cell covers was its own before the merge:
           * Excel and LibreOffice keep it, and show the merged cell's. */
          covered = mt_xml_is_element (reader, "covered-table-cell");
          g_clear_pointer (&typed, g_free);
          typed = value_text (reader);
          g_string_truncate (text, 0);
          paragraphs = 0;
          in_cell = !xmlTextReaderIsEmptyElement (reader);
          if (!in_cell)
            column = (guint) MIN ((guint64) column + column_repeat, G_MAXUINT / 2);
        }
      else if (in_cell && (mt_xml_is_end (reader, "table-cell") || mt_xml_is_end (reader, "covered-table-cell")))
        {
          const char *value = typed != NULL ? typed : text->str;

          in_cell = FALSE;
          if (*value != '\0' && !covered)
            {
              if ((guint64) column + column_repeat > MT_SHEET_MAX_COLUMNS)
                {
                  set_beyond (sheet, error);
                  return FALSE;
                }
              {
                RowCell cell = { column, column_repeat, g_strdup (value) };

                g_array_append_val (cells, cell);
              }
            }
          column = (guint) MIN ((guint64) column + column_repeat, G_MAXUINT / 2);
        }
      else if (in_cell && mt_xml_is_element (reader, "annotation"))
        {
          /* A comment: its paragraphs are not the cell's. */
          if (mt_zip_package_skip (self->package, reader, error) != 1)
            return FALSE;
        }
      else if (in_cell && mt_xml_is_element (reader, "p"))
        {
          if (paragraphs++ > 0)
            append_capped (text, "\n", 1);
        }
      else if (in_cell && mt_xml_is_element (reader, "s"))
        {
          guint n = MIN (repeat_of (reader, "c"), 1000);

          for (guint i = 0; i < n; i++)
            append_capped (text, " ", 1);
        }
      else if (in_cell && mt_xml_is_element (reader, "tab"))
        append_capped (text, "\t", 1);
      else if (in_cell && mt_xml_is_element (reader, "line-break"))
        append_capped (text, "\n", 1);
      else if (in_cell && mt_xml_is_text (reader))
        append_capped (text, (const char *) xmlTextReaderConstValue (reader), -1);
    }
  return status == 0;
}

static MtSheet *
read_sheet (MtWorkbook *workbook,
            guint       index,
            guint       max_rows,
            GError    **error)
{
  MtOdsWorkbook *self = MT_ODS_WORKBOOK (workbook);
  g_autoptr(MtSheet) sheet = mt_sheet_new (mt_workbook_get_sheet_name (workbook, index));
  g_autoptr(xmlTextReader) reader = mt_zip_package_open_xml (self->package, CONTENT, error);
  guint table = 0;
  int status;

  if (reader == NULL)
    return NULL;
  mt_sheet_set_hidden (sheet, mt_workbook_is_sheet_hidden (workbook, index));
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      if (!mt_xml_is_element (reader, "table"))
        continue;
      if (table++ < index)
        {
          /* Another sheet: passed over whole. */
          if (mt_zip_package_skip (self->package, reader, error) != 1)
            return NULL;
          continue;
        }
      if (xmlTextReaderIsEmptyElement (reader))
        return g_steal_pointer (&sheet);
      if (!read_table (self, reader, sheet, max_rows, error))
        return NULL;
      return g_steal_pointer (&sheet);
    }
  if (status == 0)
    mt_zip_package_set_not_xml (error);
  return NULL;
}

/* The sheets, in order, with the automatic styles that hide them. */
static gboolean
list_sheets (MtOdsWorkbook *self,
             GError       **error)
{
  g_autoptr(xmlTextReader) reader = mt_zip_package_open_xml (self->package, CONTENT, error);
  g_autoptr(GHashTable) hidden_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *style = NULL;
  gboolean spreadsheet = FALSE;
  int status;

  if (reader == NULL)
    return FALSE;
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      if (mt_xml_is_element (reader, "spreadsheet"))
        spreadsheet = TRUE;
      else if (mt_xml_is_element (reader, "style"))
        {
          g_autofree char *family = mt_zip_package_attribute (reader, "family");

          g_clear_pointer (&style, g_free);
          if (g_strcmp0 (family, "table") == 0)
            style = mt_zip_package_attribute (reader, "name");
        }
      else if (style != NULL && mt_xml_is_element (reader, "table-properties"))
        {
          g_autofree char *display = mt_zip_package_attribute (reader, "display");

          if (g_strcmp0 (display, "false") == 0)
            g_hash_table_add (hidden_styles, g_strdup (style));
        }
      else if (spreadsheet && mt_xml_is_element (reader, "table"))
        {
          g_autofree char *name = mt_zip_package_attribute (reader, "name");
          g_autofree char *table_style = mt_zip_package_attribute (reader, "style-name");

          mt_workbook_add_sheet (MT_WORKBOOK (self), name != NULL && g_utf8_validate (name, -1, NULL) ? name : "",
                                 table_style != NULL && g_hash_table_contains (hidden_styles, table_style));
          if (mt_zip_package_skip (self->package, reader, error) != 1)
            return FALSE;
        }
    }
  if (status != 0)
    return FALSE;
  if (!spreadsheet)
    {
      mt_workbook_set_not_spreadsheet (error);
      return FALSE;
    }
  if (mt_workbook_get_n_sheets (MT_WORKBOOK (self)) == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The workbook has no sheets."));
      return FALSE;
    }
  return TRUE;
}

static void
mt_ods_workbook_finalize (GObject *object)
{
  MtOdsWorkbook *self = MT_ODS_WORKBOOK (object);

  g_clear_pointer (&self->package, mt_zip_package_free);
  G_OBJECT_CLASS (mt_ods_workbook_parent_class)->finalize (object);
}

static void
mt_ods_workbook_class_init (MtOdsWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_ods_workbook_finalize;
  MT_WORKBOOK_CLASS (klass)->read_sheet = read_sheet;
}

static void
mt_ods_workbook_init (MtOdsWorkbook *self)
{
}

/**
 * mt_ods_workbook_open:
 * @package: (transfer full): a zip archive with content.xml
 *
 * Returns: (transfer full): the workbook with its sheets listed, or %NULL
 *   with a #MT_LOAD_ERROR (an OpenDocument text included)
 */
MtWorkbook *
mt_ods_workbook_open (MtZipPackage  *package,
                      GError       **error)
{
  g_autoptr(MtOdsWorkbook) self = g_object_new (MT_TYPE_ODS_WORKBOOK, NULL);

  self->package = package;
  /* Saved with a password, its parts are encrypted, as the manifest says. */
  if (mt_zip_package_has (package, "META-INF/manifest.xml"))
    {
      g_autoptr(GBytes) manifest = mt_zip_package_read (package, "META-INF/manifest.xml", NULL);
      gsize length = 0;
      const char *data = manifest != NULL ? g_bytes_get_data (manifest, &length) : NULL;

      if (data != NULL && g_strstr_len (data, length, "encryption-data") != NULL)
        {
          mt_workbook_set_password (error);
          return NULL;
        }
    }
  if (!list_sheets (self, error))
    return NULL;
  return MT_WORKBOOK (g_steal_pointer (&self));
}
