/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-zip-package.c: the parts of a zipped workbook (.xlsx, .ods), read
 * within bounds, as bytes or as streamed XML */
#define G_LOG_DOMAIN "mt-zip-package"

#include "config.h"

#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <gsf/gsf-infile-impl.h>
#include <string.h>

#include "mt-load-error.h"
#include "mt-zip-package.h"

/*
 * libgsf opens the zip (as Gnumeric does) and libxml2's streaming reader
 * reads each part, so no part is ever held whole as a tree. A workbook
 * is hostile input: what its parts unpack to is counted as it is read,
 * and a part, or the whole, that unpacks to more than real workbooks do
 * (or to more than a hundred times the file's size, a zip bomb) stops
 * the reading. XML with a document type declaration is refused: Excel
 * and LibreOffice never write one, and it is what entity expansion and
 * external entities need. The network is never used (XML_PARSE_NONET)
 * and entities are never substituted.
 */

/* A sheet of Excel's 1,048,576 rows of a few cells is about 200 MiB of
 * XML; a part beyond that, or a workbook beyond twice that, is refused. */
#define MAX_PART_SIZE (256 * 1024 * 1024)
#define MAX_UNPACKED_SIZE (512 * 1024 * 1024)
/* Spreadsheet XML compresses about ten times, rarely more than thirty;
 * a zip bomb, thousands of times. Small workbooks get some slack. */
#define MAX_RATIO 100
#define RATIO_SLACK (8 * 1024 * 1024)

struct _MtZipPackage
{
  GBytes *bytes;
  GsfInfile *zip;
  /* What the parts unpack to: each part counted once, however often it
   * is read (an OpenDocument's sheets are all in content.xml). */
  GHashTable *unpacked_by_part;  /* path → the most read of it */
  gsize unpacked;                /* their sum */
  GError *error;      /* why a streamed part stopped */
};

/** mt_zip_package_set_not_xml: (for the readers) a part that is not well-formed XML */
void
mt_zip_package_set_not_xml (GError **error)
{
  g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                       _("The workbook is damaged or incomplete (a part of it is not valid XML): ask for the "
                         "file again, or open it in Excel and save it again."));
}

/* No real part has a longer prolog (the XML declaration, comments). */
#define MAX_PROLOG 65536

typedef struct
{
  MtZipPackage *package;
  char *path;
  GsfInput *part;
  gsize read;
  GString *prolog;   /* what came before the root element, until it is seen */
} PartStream;

typedef enum
{
  PROLOG_MORE,     /* not yet at the root element */
  PROLOG_DONE,
  PROLOG_UNSAFE,   /* a document type declaration */
  PROLOG_NOT_UTF8, /* UTF-16, which no spreadsheet program writes */
} PrologState;

/* Reads the prolog so far: libxml2's reader would parse a DTD (and fail
 * on a billion laughs, or expand what it can) before saying it saw one,
 * so a DTD is refused here, before the parser sees it. */
static PrologState
check_prolog (const GString *prolog)
{
  const char *p = prolog->str, *end = prolog->str + prolog->len;

  /* A UTF-16 part would hide its declarations from the byte checks. */
  if (prolog->len >= 2 && ((guchar) p[0] == 0xFE || (guchar) p[0] == 0xFF || p[0] == '\0' || p[1] == '\0'))
    return PROLOG_NOT_UTF8;
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end)
    {
      const char *terminator;
      const char *close;

      if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      if (*p != '<')
        return PROLOG_DONE;
      if (end - p < 9)
        return PROLOG_MORE;
      if (p[1] == '?')
        terminator = "?>";
      else if (memcmp (p, "<!--", 4) == 0)
        terminator = "-->";
      else if (memcmp (p, "<!DOCTYPE", 9) == 0)
        return PROLOG_UNSAFE;
      else
        return PROLOG_DONE;
      close = g_strstr_len (p, end - p, terminator);
      if (close == NULL)
        return PROLOG_MORE;
      p = close + strlen (terminator);
    }
  return PROLOG_MORE;
}

static void
set_not_xml (MtZipPackage *package)
{
  if (package->error == NULL)
    mt_zip_package_set_not_xml (&package->error);
}

static void
set_unsafe (MtZipPackage *package)
{
  if (package->error == NULL)
    g_set_error_literal (&package->error, MT_LOAD_ERROR, MT_LOAD_ERROR_UNSAFE,
                         _("The workbook holds an XML document type declaration, which spreadsheet "
                           "programs never write: it is refused as unsafe."));
}

static void
set_too_large (MtZipPackage *package)
{
  if (package->error != NULL)
    return;
  g_set_error (&package->error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
               _("The workbook unpacks to more than real workbooks do (over %d MiB, or over "
                 "%d times its size): it is refused as unsafe."),
               MAX_UNPACKED_SIZE >> 20, MAX_RATIO);
}

/* Counts what @path has unpacked to so far (@part_read bytes): FALSE
 * (with the package's error set) when a bound is passed. */
static gboolean
count_unpacked (MtZipPackage *package,
                const char   *path,
                gsize         part_read)
{
  gsize archive = g_bytes_get_size (package->bytes);
  gsize before = GPOINTER_TO_SIZE (g_hash_table_lookup (package->unpacked_by_part, path));

  if (part_read > before)
    {
      package->unpacked += part_read - before;
      g_hash_table_insert (package->unpacked_by_part, g_strdup (path), GSIZE_TO_POINTER (part_read));
    }
  if (part_read > MAX_PART_SIZE || package->unpacked > MAX_UNPACKED_SIZE ||
      (package->unpacked > RATIO_SLACK && package->unpacked / MAX_RATIO > archive))
    {
      set_too_large (package);
      return FALSE;
    }
  return TRUE;
}

/**
 * mt_zip_package_open:
 * @bytes: the file as read
 *
 * Returns: (transfer full): the package, or %NULL with @error set when
 *   @bytes is not a zip archive libgsf can read (damaged or cut short)
 */
MtZipPackage *
mt_zip_package_open (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(MtZipPackage) package = g_new0 (MtZipPackage, 1);
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GError) zip_error = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  package->bytes = g_bytes_ref (bytes);
  package->unpacked_by_part = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  input = gsf_input_memory_new (data, length, FALSE);
  package->zip = gsf_infile_zip_new (input, &zip_error);
  if (package->zip == NULL)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                           _("The workbook is damaged or incomplete (its archive cannot be read): ask for the file again, or open it in Excel and save it again."));
      return NULL;
    }
  return g_steal_pointer (&package);
}

void
mt_zip_package_free (MtZipPackage *package)
{
  if (package == NULL)
    return;
  g_clear_object (&package->zip);
  g_clear_pointer (&package->bytes, g_bytes_unref);
  g_clear_pointer (&package->unpacked_by_part, g_hash_table_unref);
  g_clear_error (&package->error);
  g_free (package);
}

/* Whether @input is a folder of the archive: libgsf makes files and
 * folders of a zip the same type, and only a folder has children. */
static gboolean
is_folder (GsfInput *input)
{
  return GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0;
}

/* mt_gsf_child_named: (transfer full) (nullable): the child @name of a
 * zip folder or an OLE2 file. Through the
 * class's own function: gsf_infile_child_by_name() says why a damaged
 * member cannot be read as a g_warning() without a log domain, which a
 * damaged file must not print, nor make fatal under G_DEBUG. */
GsfInput *
mt_gsf_child_named (GsfInfile  *folder,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  GsfInput *child = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (folder))->child_by_name (folder, name, &error);

  if (error != NULL)
    g_clear_object (&child);
  return child;
}

/* (transfer full) (nullable): the part at @path ("xl/workbook.xml") */
static GsfInput *
part_at (MtZipPackage *package,
         const char   *path)
{
  g_auto(GStrv) names = g_strsplit (path[0] == '/' ? path + 1 : path, "/", -1);
  GsfInput *input = g_object_ref (GSF_INPUT (package->zip));

  for (guint i = 0; names[i] != NULL; i++)
    {
      GsfInput *child;

      if (!is_folder (input))
        {
          g_object_unref (input);
          return NULL;
        }
      child = mt_gsf_child_named (GSF_INFILE (input), names[i]);
      g_object_unref (input);
      if (child == NULL)
        return NULL;
      input = child;
    }
  return input;
}

gboolean
mt_zip_package_has (MtZipPackage *package,
                    const char   *path)
{
  g_autoptr(GsfInput) part = part_at (package, path);

  return part != NULL && !is_folder (part);
}

/**
 * mt_zip_package_read:
 *
 * Reads a small part whole (a list of relationships, the mimetype).
 *
 * Returns: (transfer full): its bytes, or %NULL with @error set
 */
GBytes *
mt_zip_package_read (MtZipPackage *package,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(GsfInput) part = part_at (package, path);
  g_autoptr(GByteArray) data = g_byte_array_new ();

  if (part == NULL || is_folder (part))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                   _("The workbook is damaged or incomplete: its part “%s” is missing."), path);
      return NULL;
    }
  while (gsf_input_remaining (part) > 0)
    {
      gsize n = MIN ((gsize) gsf_input_remaining (part), 65536);
      gsize start = data->len;

      /* Into cleared memory, as in part_stream_read (). */
      g_byte_array_set_size (data, start + n);
      memset (data->data + start, 0, n);
      if (gsf_input_read (part, n, data->data + start) == NULL)
        {
          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                       _("The workbook is damaged or incomplete: its part “%s” cannot be read."), path);
          return NULL;
        }
      if (!count_unpacked (package, path, data->len))
        {
          g_propagate_error (error, g_steal_pointer (&package->error));
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static int
part_stream_read (void *context,
                  char *buffer,
                  int   length)
{
  PartStream *stream = context;
  gsize n = MIN ((gsize) gsf_input_remaining (stream->part), (gsize) length);

  if (n == 0)
    return 0;
  /* libgsf 1.14.50 can say it read a damaged deflated part and leave
   * some of the buffer unwritten (valgrind, fuzz-workbook): cleared
   * first, what it did not write reads as NUL, which the XML parser
   * refuses, instead of whatever the memory held. */
  memset (buffer, 0, n);
  if (gsf_input_read (stream->part, n, (guint8 *) buffer) == NULL)
    {
      if (stream->package->error == NULL)
        g_set_error_literal (&stream->package->error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                             _("The workbook is damaged or incomplete: a part of it cannot be unpacked."));
      return -1;
    }
  stream->read += n;
  if (!count_unpacked (stream->package, stream->path, stream->read))
    return -1;
  if (stream->prolog != NULL)
    {
      g_string_append_len (stream->prolog, buffer, n);
      switch (check_prolog (stream->prolog))
        {
        case PROLOG_UNSAFE:
          set_unsafe (stream->package);
          return -1;
        case PROLOG_NOT_UTF8:
          set_not_xml (stream->package);
          return -1;
        case PROLOG_MORE:
          if (stream->prolog->len <= MAX_PROLOG)
            break;
          set_not_xml (stream->package);
          return -1;
        case PROLOG_DONE:
        default:
          g_string_free (g_steal_pointer (&stream->prolog), TRUE);
          break;
        }
    }
  return (int) n;
}

static int
part_stream_close (void *context)
{
  PartStream *stream = context;

  g_object_unref (stream->part);
  g_free (stream->path);
  if (stream->prolog != NULL)
    g_string_free (stream->prolog, TRUE);
  g_free (stream);
  return 0;
}

/* libxml2 would print its messages on standard error: the error that
 * mt_zip_package_next() returns says it instead, in the user's words. */
static void
ignore_xml_error (void                   *context,
                  const char             *message,
                  xmlParserSeverities     severity,
                  xmlTextReaderLocatorPtr locator)
{
}

/**
 * mt_zip_package_open_xml:
 *
 * Streams an XML part: read it with mt_zip_package_next().
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
xmlTextReaderPtr
mt_zip_package_open_xml (MtZipPackage *package,
                         const char   *path,
                         GError      **error)
{
  GsfInput *part = part_at (package, path);
  PartStream *stream;
  xmlTextReaderPtr reader;

  if (part == NULL || is_folder (part))
    {
      g_clear_object (&part);
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                   _("The workbook is damaged or incomplete: its part “%s” is missing."), path);
      return NULL;
    }
  stream = g_new0 (PartStream, 1);
  stream->package = package;
  stream->part = part;
  stream->path = g_strdup (path);
  stream->prolog = g_string_new (NULL);
  reader = xmlReaderForIO (part_stream_read, part_stream_close, stream, path, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
  if (reader == NULL)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                   _("The workbook is damaged or incomplete: its part “%s” cannot be read."), path);
      return NULL;
    }
  xmlTextReaderSetErrorHandler (reader, ignore_xml_error, NULL);
  return reader;
}

/**
 * mt_zip_package_next:
 *
 * xmlTextReaderRead() that says why a part stopped: a bound passed, a
 * document type declaration, XML that is not well formed.
 *
 * Returns: 1 at the next node, 0 at the end, -1 with @error set
 */
int
mt_zip_package_next (MtZipPackage     *package,
                     xmlTextReaderPtr  reader,
                     GError          **error)
{
  int status = xmlTextReaderRead (reader);

  /* Checked before the parser sees it (check_prolog()); this is the
   * parser's own word, should one get through. */
  if (status == 1 && xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      set_unsafe (package);
      status = -1;
    }
  if (status == -1 || (status == 0 && package->error != NULL))
    {
      if (package->error != NULL)
        g_propagate_error (error, g_steal_pointer (&package->error));
      else
        mt_zip_package_set_not_xml (error);
      return -1;
    }
  return status;
}

/**
 * mt_zip_package_resolve:
 * @base: the folder of the part that names @target ("xl"), or "" for the top
 * @target: a relationship's target: relative to @base, or absolute ("/xl/…")
 *
 * Returns: (transfer full): the part's path from the top, "." and ".."
 *   resolved ("xl/worksheets/sheet1.xml")
 */
char *
mt_zip_package_resolve (const char *base,
                        const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1)
                                             : (*base != '\0' ? g_strconcat (base, "/", target, NULL)
                                                              : g_strdup (target));
  g_auto(GStrv) names = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "..") && kept->len > 0)
        g_ptr_array_remove_index (kept, kept->len - 1);
      else if (*names[i] != '\0' && !g_str_equal (names[i], ".") && !g_str_equal (names[i], ".."))
        g_ptr_array_add (kept, names[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

/**
 * mt_zip_package_attribute:
 * @local_name: the attribute's name without its namespace ("id" for r:id)
 *
 * Returns: (transfer full) (nullable): the value of the current element's
 *   attribute, in any namespace
 */
char *
mt_zip_package_attribute (xmlTextReaderPtr  reader,
                          const char       *local_name)
{
  char *value = NULL;

  for (int more = xmlTextReaderMoveToFirstAttribute (reader); more == 1 && value == NULL;
       more = xmlTextReaderMoveToNextAttribute (reader))
    if (g_str_equal ((const char *) xmlTextReaderConstLocalName (reader), local_name))
      value = g_strdup ((const char *) xmlTextReaderConstValue (reader));
  xmlTextReaderMoveToElement (reader);
  return value;
}

/** mt_xml_is_element: whether the reader is at the start of an element of that local name, in any namespace */
gboolean
mt_xml_is_element (xmlTextReaderPtr  reader,
                   const char       *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_str_equal ((const char *) xmlTextReaderConstLocalName (reader), local_name);
}

/** mt_xml_is_end: whether the reader is at the end of an element of that local name */
gboolean
mt_xml_is_end (xmlTextReaderPtr  reader,
               const char       *local_name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_str_equal ((const char *) xmlTextReaderConstLocalName (reader), local_name);
}

/** mt_xml_is_text: whether the reader is at text (white space included) */
gboolean
mt_xml_is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/**
 * mt_zip_package_skip:
 *
 * Passes over the element the reader is at, to its end, so that the
 * next mt_zip_package_next() reads what follows it.
 *
 * Returns: 1, or -1 with @error set
 */
int
mt_zip_package_skip (MtZipPackage     *package,
                     xmlTextReaderPtr  reader,
                     GError          **error)
{
  int depth = xmlTextReaderDepth (reader);
  int status;

  if (xmlTextReaderIsEmptyElement (reader))
    return 1;
  while ((status = mt_zip_package_next (package, reader, error)) == 1)
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
      return 1;
  if (status == 0)
    mt_zip_package_set_not_xml (error);
  return -1;
}
