/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-workbook.c: a spreadsheet file (.xlsx, .ods, .xls): its sheets */
#define G_LOG_DOMAIN "mt-workbook"

#include "config.h"

#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>

#include "mt-load-error.h"
#include "mt-ods-workbook.h"
#include "mt-workbook.h"
#include "mt-xls-workbook.h"
#include "mt-xlsx-workbook.h"
#include "mt-zip-package.h"

/*
 * The format is told by the file's content, never its name: a zip
 * archive holding a workbook part is Office Open XML (.xlsx, .xlsm) or
 * OpenDocument (.ods); an OLE2 compound file is Excel 97-2003 (.xls), or
 * an encrypted Office file, which is what Excel makes of any workbook
 * with a password to open. Look-alikes (.xlsb, a text document in a zip)
 * are named in their message.
 */

typedef struct
{
  GPtrArray *names;
  GArray *hidden;  /* of gboolean */
} MtWorkbookPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MtWorkbook, mt_workbook, G_TYPE_OBJECT)

static const guint8 zip_magic[] = { 'P', 'K', 0x03, 0x04 };
static const guint8 ole2_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

static void
mt_workbook_finalize (GObject *object)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (MT_WORKBOOK (object));

  g_ptr_array_unref (priv->names);
  g_array_unref (priv->hidden);
  G_OBJECT_CLASS (mt_workbook_parent_class)->finalize (object);
}

static void
mt_workbook_class_init (MtWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_workbook_finalize;
}

static void
mt_workbook_init (MtWorkbook *self)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (self);

  priv->names = g_ptr_array_new_with_free_func (g_free);
  priv->hidden = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

static gboolean
starts_with (GBytes       *bytes,
             const guint8 *magic,
             gsize         length)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return size >= length && memcmp (data, magic, length) == 0;
}

/** mt_workbook_looks_like: whether @bytes is a workbook by its first bytes (a zip or an OLE2 file) */
gboolean
mt_workbook_looks_like (GBytes *bytes)
{
  return starts_with (bytes, zip_magic, sizeof zip_magic) || starts_with (bytes, ole2_magic, sizeof ole2_magic);
}

/* libgsf says what it finds wrong in a damaged file as GLib criticals
 * and warnings (a FAT pointing past the end of a cut .xls): about the
 * file, not the program, and the reader says it in one message. They
 * are dropped (logging again from a log handler would recurse). */
static void
quiet_libgsf (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        data)
{
}

static GPrintFunc printerr_before;

/* libgsf 1.14 prints two lines of its own on standard error for a zip
 * member with a damaged header ("Header is 0x…", "Expected 0x…"); the
 * reader says it in one message, so only those two lines are dropped. */
static gboolean
is_libgsf_header_line (const char *text)
{
  const char *rest = g_str_has_prefix (text, "Header is 0x") ? text + strlen ("Header is 0x")
                     : g_str_has_prefix (text, "Expected 0x") ? text + strlen ("Expected 0x")
                     : NULL;

  return rest != NULL && g_str_equal (rest + strspn (rest, "0123456789abcdef"), "\n");
}

static void
printerr_without_libgsf (const char *text)
{
  if (is_libgsf_header_line (text))
    return;
  if (printerr_before != NULL)
    printerr_before (text);
  else
    fputs (text, stderr);
}

static gpointer
init_libraries (gpointer data)
{
  static const char *const libgsf_domains[] = { "libgsf", "libgsf:msole", "libgsf:zip" };

  /* libxml2 2.9 must be set up once before threads parse. */
  xmlInitParser ();
  for (guint i = 0; i < G_N_ELEMENTS (libgsf_domains); i++)
    g_log_set_handler (libgsf_domains[i], G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE |
                                            G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                       quiet_libgsf, NULL);
  printerr_before = g_set_printerr_handler (printerr_without_libgsf);
  return NULL;
}

/** mt_workbook_set_password: (for the readers) a workbook with a password to open */
void
mt_workbook_set_password (GError **error)
{
  g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_PASSWORD,
                       _("The workbook is protected by a password: remove the password in Excel "
                         "and save it again."));
}

/** mt_workbook_set_not_spreadsheet: (for the readers) a look-alike's error */
void
mt_workbook_set_not_spreadsheet (GError **error)
{
  g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_UNSUPPORTED,
                       _("The file is an archive or an office document, but not a spreadsheet: "
                         "open a workbook (.xlsx, .ods, .xls) or a table (.csv)."));
}

static MtWorkbook *
open_zip (GBytes  *bytes,
          GError **error)
{
  g_autoptr(MtZipPackage) package = mt_zip_package_open (bytes, error);

  if (package == NULL)
    return NULL;
  if (mt_zip_package_has (package, "xl/workbook.bin"))
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_UNSUPPORTED,
                           _("The .xlsb format is not supported: save the workbook as .xlsx."));
      return NULL;
    }
  if (mt_zip_package_has (package, "_rels/.rels"))
    return mt_xlsx_workbook_open (g_steal_pointer (&package), error);
  if (mt_zip_package_has (package, "content.xml"))
    {
      g_autoptr(GBytes) mimetype = mt_zip_package_has (package, "mimetype")
                                   ? mt_zip_package_read (package, "mimetype", NULL) : NULL;
      gsize length = 0;
      const char *type = mimetype != NULL ? g_bytes_get_data (mimetype, &length) : NULL;
      static const char spreadsheet[] = "application/vnd.oasis.opendocument.spreadsheet";

      /* Another OpenDocument (a text, a presentation) says so first. */
      if (type == NULL || (length >= sizeof spreadsheet - 1 && memcmp (type, spreadsheet, sizeof spreadsheet - 1) == 0))
        return mt_ods_workbook_open (g_steal_pointer (&package), error);
    }
  mt_workbook_set_not_spreadsheet (error);
  return NULL;
}

static MtWorkbook *
open_ole2 (GBytes  *bytes,
           GError **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GsfInput) input = gsf_input_memory_new (data, length, FALSE);
  g_autoptr(GsfInfile) ole = gsf_infile_msole_new (input, NULL);
  g_autoptr(GsfInput) encrypted = NULL;
  g_autoptr(GsfInput) workbook = NULL;

  if (ole == NULL)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_DAMAGED,
                           _("The workbook is damaged or incomplete: it cannot be read as an Excel 97-2003 file."));
      return NULL;
    }
  encrypted = mt_gsf_child_named (ole, "EncryptedPackage");
  if (encrypted != NULL)
    {
      mt_workbook_set_password (error);
      return NULL;
    }
  workbook = mt_gsf_child_named (ole, "Workbook");
  if (workbook == NULL)
    workbook = mt_gsf_child_named (ole, "Book");
  if (workbook == NULL)
    {
      mt_workbook_set_not_spreadsheet (error);
      return NULL;
    }
  return mt_xls_workbook_open (bytes, error);
}

/**
 * mt_workbook_init_libraries:
 *
 * Sets up libxml2 and quiets libgsf's words about damaged files; once,
 * from main() before any thread (mt_workbook_open() makes sure of it for
 * the tests).
 */
void
mt_workbook_init_libraries (void)
{
  static GOnce libraries_once = G_ONCE_INIT;

  g_once (&libraries_once, init_libraries, NULL);
}

/**
 * mt_workbook_open:
 * @bytes: a file as read: its content says its format
 *
 * Opens a workbook and lists its sheets; nothing of them is read yet.
 *
 * Returns: (transfer full): the workbook, or %NULL with a #MT_LOAD_ERROR
 */
MtWorkbook *
mt_workbook_open (GBytes  *bytes,
                  GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  mt_workbook_init_libraries ();
  if (starts_with (bytes, zip_magic, sizeof zip_magic))
    return open_zip (bytes, error);
  if (starts_with (bytes, ole2_magic, sizeof ole2_magic))
    return open_ole2 (bytes, error);
  mt_workbook_set_not_spreadsheet (error);
  return NULL;
}

guint
mt_workbook_get_n_sheets (MtWorkbook *self)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (self);

  return priv->names->len;
}

const char *
mt_workbook_get_sheet_name (MtWorkbook *self,
                            guint       index)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (self);

  g_return_val_if_fail (index < priv->names->len, NULL);
  return g_ptr_array_index (priv->names, index);
}

gboolean
mt_workbook_is_sheet_hidden (MtWorkbook *self,
                             guint       index)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (self);

  g_return_val_if_fail (index < priv->hidden->len, FALSE);
  return g_array_index (priv->hidden, gboolean, index);
}

/** mt_workbook_add_sheet: (for the readers) a sheet, in the workbook's order */
void
mt_workbook_add_sheet (MtWorkbook *self,
                       const char *name,
                       gboolean    hidden)
{
  MtWorkbookPrivate *priv = mt_workbook_get_instance_private (self);

  g_ptr_array_add (priv->names, g_strdup (name));
  g_array_append_val (priv->hidden, hidden);
}

/**
 * mt_workbook_read_sheet:
 * @max_rows: read only the first rows with cells (to find a header), or
 *   0 for all
 *
 * Returns: (transfer full): the sheet, or %NULL with a #MT_LOAD_ERROR
 */
MtSheet *
mt_workbook_read_sheet (MtWorkbook *self,
                        guint       index,
                        guint       max_rows,
                        GError    **error)
{
  g_return_val_if_fail (MT_IS_WORKBOOK (self), NULL);
  g_return_val_if_fail (index < mt_workbook_get_n_sheets (self), NULL);

  return MT_WORKBOOK_GET_CLASS (self)->read_sheet (self, index, max_rows, error);
}
