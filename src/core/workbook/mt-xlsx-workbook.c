/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-workbook.c: Office Open XML workbooks (.xlsx, .xlsm) */
#define G_LOG_DOMAIN "mt-xlsx-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mt-cell-text.h"
#include "mt-load-error.h"
#include "mt-xlsx-workbook.h"

/*
 * ECMA-376 read as Excel, LibreOffice, openpyxl, XlsxWriter and Metodist
 * write it, in its transitional and strict namespaces alike (elements
 * and attributes are matched by their local names). The package's
 * relationships lead to the workbook, its sheets, its shared strings and
 * its styles (which say which numbers are dates). A cell is text: a
 * shared string (rich-text runs joined, phonetic guides left out), an
 * inline string, a formula's cached value, a number, a boolean, an error
 * ("#N/A"), a date. Cells and rows without an "r" attribute follow the
 * one before.
 */

struct _MtXlsxWorkbook
{
  MtWorkbook parent_instance;

  MtZipPackage *package;
  GPtrArray *sheet_paths;     /* of char *, by sheet */
  char *shared_strings_path;  /* (nullable) */
  char *styles_path;          /* (nullable) */
  MtDateSystem date_system;
  gboolean loaded;            /* the shared strings and the styles */
  GPtrArray *shared_strings;  /* of char *, in shared_texts */
  GStringChunk *shared_texts;
  GArray *date_styles;        /* of gboolean, by cell format ("s") */
};

G_DEFINE_FINAL_TYPE (MtXlsxWorkbook, mt_xlsx_workbook, MT_TYPE_WORKBOOK)

/* Excel writes a character XML cannot hold (a carriage return) as
 * "_x000D_", and a literal "_x" as "_x005F_x". */
static void
append_unescaped (GString    *text,
                  const char *value)
{
  if (strstr (value, "_x") == NULL)
    {
      g_string_append (text, value);
      return;
    }
  while (*value != '\0')
    {
      char *end = NULL;
      guint64 code;

      if (value[0] == '_' && value[1] == 'x' && g_ascii_isxdigit (value[2]) && strlen (value) >= 7 &&
          value[6] == '_')
        {
          char digits[5] = { value[2], value[3], value[4], value[5], '\0' };

          code = g_ascii_strtoull (digits, &end, 16);
          if (end == digits + 4 && g_unichar_validate ((gunichar) code) && code != 0)
            {
              g_string_append_unichar (text, (gunichar) code);
              value += 7;
              continue;
            }
        }
      g_string_append_c (text, *value++);
    }
}

/* The relationships of the part at @part_path: Id → target path, and
 * type (the last word of its URI: "worksheet", "sharedStrings") → the
 * first target of that type. */
static gboolean
read_relationships (MtZipPackage *package,
                    const char   *part_path,
                    GHashTable   *by_id,
                    GHashTable   *by_type,
                    GError      **error)
{
  g_autofree char *folder = g_path_get_dirname (part_path);
  g_autofree char *base = g_path_get_basename (part_path);
  g_autofree char *rels_path = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  int status;

  /* The package's own relationships are those of the part "". */
  if (g_str_equal (folder, "."))
    {
      g_free (folder);
      folder = g_strdup ("");
    }
  if (*part_path == '\0')
    rels_path = g_strdup ("_rels/.rels");
  else
    rels_path = *folder != '\0' ? g_strdup_printf ("%s/_rels/%s.rels", folder, base)
                                : g_strdup_printf ("_rels/%s.rels", base);
  if (!mt_zip_package_has (package, rels_path))
    return TRUE;
  reader = mt_zip_package_open_xml (package, rels_path, error);
  if (reader == NULL)
    return FALSE;
  while ((status = mt_zip_package_next (package, reader, error)) == 1)
    {
      if (mt_xml_is_element (reader, "Relationship"))
        {
          g_autofree char *id = mt_zip_package_attribute (reader, "Id");
          g_autofree char *type = mt_zip_package_attribute (reader, "Type");
          g_autofree char *target = mt_zip_package_attribute (reader, "Target");
          g_autofree char *mode = mt_zip_package_attribute (reader, "TargetMode");
          const char *type_word;

          if (id == NULL || type == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
            continue;
          type_word = strrchr (type, '/') != NULL ? strrchr (type, '/') + 1 : type;
          g_hash_table_replace (by_id, g_strdup (id), mt_zip_package_resolve (folder, target));
          if (!g_hash_table_contains (by_type, type_word))
            g_hash_table_insert (by_type, g_strdup (type_word), mt_zip_package_resolve (folder, target));
        }
    }
  return status == 0;
}

/* The workbook part: its date system and its sheets, by the order they
 * are shown in. */
static gboolean
read_workbook (MtXlsxWorkbook *self,
               const char     *workbook_path,
               GError        **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_type = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(xmlTextReader) reader = NULL;
  gboolean root_seen = FALSE;
  int status;

  if (!read_relationships (self->package, workbook_path, by_id, by_type, error))
    return FALSE;
  self->shared_strings_path = g_strdup (g_hash_table_lookup (by_type, "sharedStrings"));
  self->styles_path = g_strdup (g_hash_table_lookup (by_type, "styles"));

  reader = mt_zip_package_open_xml (self->package, workbook_path, error);
  if (reader == NULL)
    return FALSE;
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      if (!root_seen)
        {
          root_seen = TRUE;
          if (!mt_xml_is_element (reader, "workbook"))
            {
              mt_workbook_set_not_spreadsheet (error);
              return FALSE;
            }
        }
      else if (mt_xml_is_element (reader, "workbookPr"))
        {
          g_autofree char *date1904 = mt_zip_package_attribute (reader, "date1904");

          if (g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0)
            self->date_system = MT_DATE_SYSTEM_1904;
        }
      else if (mt_xml_is_element (reader, "sheet"))
        {
          g_autofree char *name = mt_zip_package_attribute (reader, "name");
          g_autofree char *state = mt_zip_package_attribute (reader, "state");
          g_autofree char *id = mt_zip_package_attribute (reader, "id");
          const char *path = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;

          /* A chart sheet, or a sheet without its part, holds no table. */
          if (path == NULL || !mt_zip_package_has (self->package, path) || name == NULL ||
              !g_utf8_validate (name, -1, NULL))
            continue;
          mt_workbook_add_sheet (MT_WORKBOOK (self), name, state != NULL && !g_str_equal (state, "visible"));
          g_ptr_array_add (self->sheet_paths, g_strdup (path));
        }
    }
  if (status != 0)
    return FALSE;
  if (self->sheet_paths->len == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The workbook has no sheets."));
      return FALSE;
    }
  return TRUE;
}

/* The shared strings: each <si>'s text, its rich-text runs joined and its
 * phonetic guides (<rPh>) left out. */
static gboolean
read_shared_strings (MtXlsxWorkbook *self,
                     GError        **error)
{
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean in_si = FALSE, in_t = FALSE;
  const xmlChar *si, *t, *phonetic;
  int status;

  if (self->shared_strings_path == NULL || !mt_zip_package_has (self->package, self->shared_strings_path))
    return TRUE;
  reader = mt_zip_package_open_xml (self->package, self->shared_strings_path, error);
  if (reader == NULL)
    return FALSE;
  /* Compared by pointer, as the sheet's names are (see Names). */
  si = xmlTextReaderConstString (reader, BAD_CAST "si");
  t = xmlTextReaderConstString (reader, BAD_CAST "t");
  phonetic = xmlTextReaderConstString (reader, BAD_CAST "rPh");
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const xmlChar *name = type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT
                            ? xmlTextReaderConstLocalName (reader) : NULL;

      if (type == XML_READER_TYPE_ELEMENT && name == si && !xmlTextReaderIsEmptyElement (reader))
        {
          in_si = TRUE;
          g_string_truncate (text, 0);
        }
      else if (type == XML_READER_TYPE_ELEMENT && name == si)
        g_ptr_array_add (self->shared_strings, "");
      else if (type == XML_READER_TYPE_END_ELEMENT && name == si && in_si)
        {
          in_si = FALSE;
          g_ptr_array_add (self->shared_strings, g_string_chunk_insert_len (self->shared_texts, text->str, text->len));
        }
      else if (type == XML_READER_TYPE_ELEMENT && name == phonetic)
        {
          /* A phonetic guide: not the text. */
          if (mt_zip_package_skip (self->package, reader, error) != 1)
            return FALSE;
        }
      else if (type == XML_READER_TYPE_ELEMENT && name == t)
        in_t = !xmlTextReaderIsEmptyElement (reader);
      else if (type == XML_READER_TYPE_END_ELEMENT && name == t)
        in_t = FALSE;
      else if (in_t && in_si && mt_xml_is_text (reader))
        append_unescaped (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return status == 0;
}

static gboolean
builtin_format_is_date (guint64 id)
{
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* Which cell formats show dates: the built-in date formats, and the
 * workbook's own whose code shows a day, a month or a year. */
static gboolean
read_styles (MtXlsxWorkbook *self,
             GError        **error)
{
  g_autoptr(GHashTable) custom_dates = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(xmlTextReader) reader = NULL;
  gboolean in_cell_formats = FALSE;
  int status;

  if (self->styles_path == NULL || !mt_zip_package_has (self->package, self->styles_path))
    return TRUE;
  reader = mt_zip_package_open_xml (self->package, self->styles_path, error);
  if (reader == NULL)
    return FALSE;
  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      if (mt_xml_is_element (reader, "numFmt"))
        {
          g_autofree char *id = mt_zip_package_attribute (reader, "numFmtId");
          g_autofree char *code = mt_zip_package_attribute (reader, "formatCode");

          if (id != NULL && code != NULL && mt_cell_format_is_date (code))
            g_hash_table_add (custom_dates, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
        }
      else if (mt_xml_is_element (reader, "cellXfs"))
        in_cell_formats = !xmlTextReaderIsEmptyElement (reader);
      else if (mt_xml_is_end (reader, "cellXfs"))
        in_cell_formats = FALSE;
      else if (in_cell_formats && mt_xml_is_element (reader, "xf"))
        {
          g_autofree char *id_text = mt_zip_package_attribute (reader, "numFmtId");
          guint64 id = id_text != NULL ? g_ascii_strtoull (id_text, NULL, 10) : 0;
          gboolean date = builtin_format_is_date (id) ||
                          g_hash_table_contains (custom_dates, GUINT_TO_POINTER ((guint) id));

          g_array_append_val (self->date_styles, date);
        }
    }
  return status == 0;
}

/* "AB12" → column 27 and row 11 (from 0); FALSE for anything else, or
 * beyond the largest sheet. */
static gboolean
parse_reference (const char *reference,
                 guint      *row,
                 guint      *column)
{
  guint64 c = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isalpha (*p) && p - reference < 4; p++)
    c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  if (c == 0 || c > MT_SHEET_MAX_COLUMNS || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p) && r <= MT_SHEET_MAX_ROWS; p++)
    r = r * 10 + (*p - '0');
  if (*p != '\0' || r == 0 || r > MT_SHEET_MAX_ROWS)
    return FALSE;
  *row = (guint) (r - 1);
  *column = (guint) (c - 1);
  return TRUE;
}

static void
set_beyond (MtXlsxWorkbook *self,
            guint           index,
            const char     *reference,
            GError        **error)
{
  mt_sheet_set_beyond (mt_workbook_get_sheet_name (MT_WORKBOOK (self), index), reference, error);
}

typedef struct
{
  guint row;          /* from 0 */
  guint column;
  char type[16];      /* the "t" attribute: "s", "inlineStr", "b", … ("n" without) */
  guint style;        /* the "s" attribute */
  gboolean referenced;  /* it had an "r" */
  char reference[16];   /* its "r", for a message */
  GString *value;     /* <v>, or an inline string's text */
} Cell;

/* The names a sheet's elements and attributes are compared by: interned
 * in the reader's dictionary, so that a pointer says which (a sheet has a
 * few elements and attributes for each of its hundreds of thousands of
 * cells). */
typedef struct
{
  const xmlChar *row, *c, *v, *t, *is, *merge_cell, *r, *s, *ref;
} Names;

static void
intern_names (xmlTextReaderPtr reader,
              Names           *names)
{
  names->row = xmlTextReaderConstString (reader, BAD_CAST "row");
  names->c = xmlTextReaderConstString (reader, BAD_CAST "c");
  names->v = xmlTextReaderConstString (reader, BAD_CAST "v");
  names->t = xmlTextReaderConstString (reader, BAD_CAST "t");
  names->is = xmlTextReaderConstString (reader, BAD_CAST "is");
  names->merge_cell = xmlTextReaderConstString (reader, BAD_CAST "mergeCell");
  names->r = xmlTextReaderConstString (reader, BAD_CAST "r");
  names->s = xmlTextReaderConstString (reader, BAD_CAST "s");
  names->ref = xmlTextReaderConstString (reader, BAD_CAST "ref");
}

/* The current element's attributes a cell has, in one pass. */
static void
read_cell_attributes (xmlTextReaderPtr  reader,
                      const Names      *names,
                      Cell             *cell)
{
  cell->referenced = FALSE;
  g_strlcpy (cell->type, "n", sizeof cell->type);
  cell->style = 0;
  for (int more = xmlTextReaderMoveToFirstAttribute (reader); more == 1;
       more = xmlTextReaderMoveToNextAttribute (reader))
    {
      const xmlChar *name = xmlTextReaderConstLocalName (reader);
      const char *value = (const char *) xmlTextReaderConstValue (reader);

      if (name == names->r)
        {
          cell->referenced = TRUE;
          g_strlcpy (cell->reference, value, sizeof cell->reference);
        }
      else if (name == names->t)
        g_strlcpy (cell->type, value, sizeof cell->type);
      else if (name == names->s)
        cell->style = (guint) MIN (g_ascii_strtoull (value, NULL, 10), G_MAXUINT);
    }
  xmlTextReaderMoveToElement (reader);
}

/* Whether @text is a whole number as Excel writes one ("1044", "-3"): its
 * text already, no need to read and write it again. */
static gboolean
is_plain_integer (const char *text)
{
  const char *p = text[0] == '-' ? text + 1 : text;
  gsize length = strlen (p);

  if (length == 0 || length > 15 || (p[0] == '0' && length > 1))
    return FALSE;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* The text of a cell read whole: the workbook's (a shared string), the
 * cell's own value, or one made into *@made (freed by the caller); %NULL
 * with @error set for a shared string the workbook does not have. */
static const char *
cell_text (MtXlsxWorkbook *self,
           const Cell     *cell,
           char          **made,
           GError        **error)
{
  const char *type = cell->type;
  const char *value = cell->value->str;
  char *end = NULL;
  double number;
  gboolean date = cell->style < self->date_styles->len && g_array_index (self->date_styles, gboolean, cell->style);

  if (g_str_equal (type, "s"))
    {
      guint64 index = g_ascii_strtoull (value, &end, 10);

      if (end == value || *end != '\0' || index >= self->shared_strings->len)
        {
          g_autofree char *shown = g_utf8_make_valid (value, MIN (strlen (value), 20));

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                       _("The workbook refers to a shared text it does not have (number %s): "
                         "the file is damaged."), shown);
          return NULL;
        }
      return g_ptr_array_index (self->shared_strings, index);
    }
  if (g_str_equal (type, "inlineStr") || g_str_equal (type, "str") || g_str_equal (type, "e"))
    return value;
  if (g_str_equal (type, "b"))
    return g_str_equal (value, "1") ? "TRUE" : "FALSE";
  if (g_str_equal (type, "d"))
    return *made = mt_cell_text_from_iso_date (value);
  if (!date && is_plain_integer (value))
    return value;

  number = g_ascii_strtod (value, &end);
  if (*value == '\0' || end == value || *end != '\0')
    return value;
  if (date)
    return *made = mt_cell_text_from_serial (number, self->date_system);
  return *made = mt_cell_text_from_number (number);
}

static void
set_out_of_order (MtXlsxWorkbook *self,
                  guint           index,
                  GError        **error)
{
  g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
               _("The sheet “%s” has its rows out of order: the file is damaged."),
               mt_workbook_get_sheet_name (MT_WORKBOOK (self), index));
}

/* A <row>: where its cells go when they have no "r". FALSE with @error
 * set for a row beyond the sheet. */
static gboolean
start_row (MtXlsxWorkbook   *self,
           xmlTextReaderPtr  reader,
           const Names      *names,
           guint             index,
           guint            *row,
           GError          **error)
{
  /* Without "r": the row after the one before (from 1). */
  guint64 r = *row == G_MAXUINT ? 1 : (guint64) *row + 2;

  for (int more = xmlTextReaderMoveToFirstAttribute (reader); more == 1;
       more = xmlTextReaderMoveToNextAttribute (reader))
    if (xmlTextReaderConstLocalName (reader) == names->r)
      {
        const char *number = (const char *) xmlTextReaderConstValue (reader);

        r = g_ascii_strtoull (number, NULL, 10);
        if (r == 0 || r > MT_SHEET_MAX_ROWS)
          {
            xmlTextReaderMoveToElement (reader);
            set_beyond (self, index, number, error);
            return FALSE;
          }
      }
  xmlTextReaderMoveToElement (reader);
  if (r > MT_SHEET_MAX_ROWS)
    {
      set_beyond (self, index, "", error);
      return FALSE;
    }
  *row = (guint) r - 1;
  return TRUE;
}

static MtSheet *
read_sheet (MtWorkbook *workbook,
            guint       index,
            guint       max_rows,
            GError    **error)
{
  MtXlsxWorkbook *self = MT_XLSX_WORKBOOK (workbook);
  g_autoptr(MtSheet) sheet = mt_sheet_new (mt_workbook_get_sheet_name (workbook, index));
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(GString) value = g_string_new (NULL);
  Cell cell = { 0 };
  Names names;
  gboolean in_cell = FALSE, in_value = FALSE;
  /* Before the first row: a row without "r" is row 1. */
  guint row = G_MAXUINT, next_column = 0;
  int status;

  if (!self->loaded)
    {
      if (!read_shared_strings (self, error) || !read_styles (self, error))
        return NULL;
      self->loaded = TRUE;
    }
  mt_sheet_set_hidden (sheet, mt_workbook_is_sheet_hidden (workbook, index));
  reader = mt_zip_package_open_xml (self->package, g_ptr_array_index (self->sheet_paths, index), error);
  if (reader == NULL)
    return NULL;
  intern_names (reader, &names);
  cell.value = value;

  while ((status = mt_zip_package_next (self->package, reader, error)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const xmlChar *name = type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT
                            ? xmlTextReaderConstLocalName (reader) : NULL;

      if (type == XML_READER_TYPE_ELEMENT && name == names.row)
        {
          guint before = row;

          if (max_rows > 0 && mt_sheet_get_rows (sheet)->len >= max_rows)
            break;
          if (!start_row (self, reader, &names, index, &row, error))
            return NULL;
          /* Rows come in order (ECMA-376 requires it); out of order, a
           * sheet of a million rows would be sorted one row at a time. */
          if (before != G_MAXUINT && row <= before)
            {
              set_out_of_order (self, index, error);
              return NULL;
            }
          next_column = 0;
        }
      else if (type == XML_READER_TYPE_ELEMENT && name == names.c)
        {
          read_cell_attributes (reader, &names, &cell);
          if (cell.referenced && !parse_reference (cell.reference, &cell.row, &cell.column))
            {
              set_beyond (self, index, cell.reference, error);
              return NULL;
            }
          if (cell.referenced && row != G_MAXUINT && cell.row != row)
            {
              set_out_of_order (self, index, error);
              return NULL;
            }
          if (!cell.referenced)
            {
              if (next_column >= MT_SHEET_MAX_COLUMNS || row == G_MAXUINT)
                {
                  set_beyond (self, index, "", error);
                  return NULL;
                }
              cell.row = row;
              cell.column = next_column;
            }
          next_column = cell.column + 1;
          g_string_truncate (value, 0);
          in_cell = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (in_cell && type == XML_READER_TYPE_ELEMENT && (name == names.v || name == names.t))
        in_value = !xmlTextReaderIsEmptyElement (reader);
      else if (type == XML_READER_TYPE_END_ELEMENT && (name == names.v || name == names.t))
        in_value = FALSE;
      else if (in_value && mt_xml_is_text (reader))
        append_unescaped (value, (const char *) xmlTextReaderConstValue (reader));
      else if (in_cell && type == XML_READER_TYPE_END_ELEMENT && name == names.c)
        {
          g_autofree char *made = NULL;
          const char *text = cell_text (self, &cell, &made, error);

          in_cell = FALSE;
          if (text == NULL)
            return NULL;
          if (!mt_sheet_set_cell (sheet, cell.row, cell.column, text))
            {
              mt_sheet_set_too_large (sheet, error);
              return NULL;
            }
        }
      else if (type == XML_READER_TYPE_ELEMENT && name == names.merge_cell)
        {
          g_autofree char *reference = mt_zip_package_attribute (reader, "ref");
          g_auto(GStrv) corners = g_strsplit (reference != NULL ? reference : "", ":", 2);
          MtSheetRange range;

          if (g_strv_length (corners) == 2 && parse_reference (corners[0], &range.first_row, &range.first_column) &&
              parse_reference (corners[1], &range.last_row, &range.last_column) &&
              range.first_row <= range.last_row && range.first_column <= range.last_column)
            mt_sheet_add_merge (sheet, &range);
        }
    }
  if (status == -1)
    return NULL;
  return g_steal_pointer (&sheet);
}

static void
mt_xlsx_workbook_finalize (GObject *object)
{
  MtXlsxWorkbook *self = MT_XLSX_WORKBOOK (object);

  g_clear_pointer (&self->package, mt_zip_package_free);
  g_ptr_array_unref (self->sheet_paths);
  g_ptr_array_unref (self->shared_strings);
  g_string_chunk_free (self->shared_texts);
  g_array_unref (self->date_styles);
  g_free (self->shared_strings_path);
  g_free (self->styles_path);
  G_OBJECT_CLASS (mt_xlsx_workbook_parent_class)->finalize (object);
}

static void
mt_xlsx_workbook_class_init (MtXlsxWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_xlsx_workbook_finalize;
  MT_WORKBOOK_CLASS (klass)->read_sheet = read_sheet;
}

static void
mt_xlsx_workbook_init (MtXlsxWorkbook *self)
{
  self->sheet_paths = g_ptr_array_new_with_free_func (g_free);
  self->shared_strings = g_ptr_array_new ();
  self->shared_texts = g_string_chunk_new (64 * 1024);
  self->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

/**
 * mt_xlsx_workbook_open:
 * @package: (transfer full): a zip archive with package relationships
 *
 * Returns: (transfer full): the workbook with its sheets listed, or %NULL
 *   with a #MT_LOAD_ERROR (a look-alike such as a .docx included)
 */
MtWorkbook *
mt_xlsx_workbook_open (MtZipPackage  *package,
                       GError       **error)
{
  g_autoptr(MtXlsxWorkbook) self = g_object_new (MT_TYPE_XLSX_WORKBOOK, NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_type = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *workbook_path;

  self->package = package;
  if (!read_relationships (package, "", by_id, by_type, error))
    return NULL;
  workbook_path = g_hash_table_lookup (by_type, "officeDocument");
  if (workbook_path != NULL && g_str_has_suffix (workbook_path, ".bin"))
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_UNSUPPORTED,
                           _("The .xlsb format is not supported: save the workbook as .xlsx."));
      return NULL;
    }
  if (workbook_path == NULL || !mt_zip_package_has (package, workbook_path))
    {
      mt_workbook_set_not_spreadsheet (error);
      return NULL;
    }
  if (!read_workbook (self, workbook_path, error))
    return NULL;
  return MT_WORKBOOK (g_steal_pointer (&self));
}
