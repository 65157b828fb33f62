/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-download-name.c: safe file names for downloaded materials, and what
 * their first bytes say they are
 *
 * A material is saved under a name built from its catalog title, never
 * the server's (PITFALLS.md: "../../.bashrc" comes back as ".bashrc").
 * The title may be hostile or simply Windows-unfriendly: path separators,
 * leading dots, control and bidi characters ("report\u202Efdp.exe"),
 * reserved names and lengths are dealt with here. The extension follows
 * the content: a "PDF" that is a login page is refused, not saved. */
#define G_LOG_DOMAIN "mt-download-name"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-download-name.h"
#include "mt-fetch-error.h"

/* A name and its ".part" twin must fit in 255 bytes with " (999)" and the
 * longest extension. */
#define MAX_BASE_BYTES (255 - strlen (" (999)") - strlen (".xlsx") - strlen (".part"))

typedef enum
{
  KIND_UNKNOWN,
  KIND_PDF,
  KIND_ZIP,   /* Office Open XML, OpenDocument, zip */
  KIND_OLE,   /* Office 97–2003 */
  KIND_PNG,
  KIND_JPEG,
  KIND_RTF,
  KIND_TEXT,  /* no magic bytes to check */
} Kind;

static const struct
{
  const char *extension;
  const char *mime_type;
  Kind kind;
} known_types[] = {
  { "pdf", "application/pdf", KIND_PDF },
  { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", KIND_ZIP },
  { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", KIND_ZIP },
  { "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", KIND_ZIP },
  { "odt", "application/vnd.oasis.opendocument.text", KIND_ZIP },
  { "ods", "application/vnd.oasis.opendocument.spreadsheet", KIND_ZIP },
  { "odp", "application/vnd.oasis.opendocument.presentation", KIND_ZIP },
  { "zip", "application/zip", KIND_ZIP },
  { "doc", "application/msword", KIND_OLE },
  { "xls", "application/vnd.ms-excel", KIND_OLE },
  { "ppt", "application/vnd.ms-powerpoint", KIND_OLE },
  { "png", "image/png", KIND_PNG },
  { "jpg", "image/jpeg", KIND_JPEG },
  { "jpeg", "image/jpeg", KIND_JPEG },
  { "rtf", "application/rtf", KIND_RTF },
  { "txt", "text/plain", KIND_TEXT },
  { "csv", "text/csv", KIND_TEXT },
};

/* What the content is called when nothing claimed otherwise. */
static const char *
default_extension (Kind kind)
{
  switch (kind)
    {
    case KIND_PDF:
      return "pdf";
    case KIND_ZIP:
      return "zip";
    case KIND_PNG:
      return "png";
    case KIND_JPEG:
      return "jpg";
    case KIND_RTF:
      return "rtf";
    case KIND_OLE:     /* a .doc, .xls or .ppt: which one, only a claim says */
    case KIND_TEXT:
    case KIND_UNKNOWN:
    default:
      return NULL;
    }
}

static Kind
kind_of_extension (const char *extension)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_types); i++)
    if (g_str_equal (known_types[i].extension, extension))
      return known_types[i].kind;
  return KIND_UNKNOWN;
}

static Kind
sniff (const guint8 *head,
       gsize         size)
{
  static const struct
  {
    const char *magic;
    gsize length;
    Kind kind;
  } magics[] = {
    { "%PDF-", 5, KIND_PDF },
    { "PK\x03\x04", 4, KIND_ZIP },
    { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, KIND_OLE },
    { "\x89PNG\r\n\x1A\n", 8, KIND_PNG },
    { "\xFF\xD8\xFF", 3, KIND_JPEG },
    { "{\\rtf", 5, KIND_RTF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (size >= magics[i].length && memcmp (head, magics[i].magic, magics[i].length) == 0)
      return magics[i].kind;
  return KIND_UNKNOWN;
}

static gboolean
is_reserved_on_windows (const char *name)
{
  /* Device names, whatever follows the first dot ("CON.txt" too), in any
   * case; "COM" and "LPT" with a digit, superscripts included. */
  static const char * const reserved[] = { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" };
  static const char * const numbers[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³" };
  g_autofree char *stem = g_strndup (name, strcspn (name, "."));
  g_autofree char *upper = g_ascii_strup (g_strchomp (stem), -1);

  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    if (g_str_equal (upper, reserved[i]))
      return TRUE;
  if (g_str_has_prefix (upper, "COM") || g_str_has_prefix (upper, "LPT"))
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      if (g_str_equal (upper + 3, numbers[i]))
        return TRUE;
  return FALSE;
}

/* Spaces and dots that Windows drops or that hide a file, off both ends;
 * a leading "-" would read as an option to command-line tools. */
static void
trim_ends (GString *name)
{
  gsize start = 0;

  while (start < name->len && strchr (". -", name->str[start]) != NULL)
    start++;
  g_string_erase (name, 0, start);
  while (name->len > 0 && strchr (". ", name->str[name->len - 1]) != NULL)
    g_string_truncate (name, name->len - 1);
}

/**
 * mt_download_safe_name:
 * @title: a material's title from the catalog, possibly hostile
 *
 * Returns: (transfer full): a file name without extension, safe on Linux
 *   and Windows, at most MAX_BASE_BYTES long; "Material" for a title that
 *   leaves nothing
 */
char *
mt_download_safe_name (const char *title)
{
  g_autofree char *valid = g_utf8_make_valid (title != NULL ? title : "", -1);
  g_autofree char *composed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);
      const char *replacement = NULL;

      /* Bidi overrides, zero-width and other invisible characters go:
       * they make a name read other than it is. */
      if (type == G_UNICODE_FORMAT)
        continue;
      if (type == G_UNICODE_CONTROL || g_unichar_isspace (c) || type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR || type == G_UNICODE_SPACE_SEPARATOR)
        {
          space = TRUE;
          continue;
        }
      switch (c)
        {
        case '/': case '\\': case '|':
          replacement = "-";
          break;
        case ':':
          /* "Итоги: неделя" reads as "Итоги - неделя": a space before
           * the dash, one only, however the title spaced it. */
          replacement = "-";
          space = TRUE;
          break;
        case '"':
          replacement = "'";
          break;
        case '*': case '?': case '<': case '>':
          /* Dropped, as if never there: "a * b" is "a b". */
          continue;
        default:
          break;
        }
      if (space && name->len > 0)
        g_string_append_c (name, ' ');
      space = FALSE;
      if (replacement != NULL)
        g_string_append (name, replacement);
      else
        g_string_append_unichar (name, c);
    }

  /* Composed again: a dropped character may have joined a letter and a
   * combining mark ("l>̣" is "ḷ"), which a second pass would compose
   * (found by fuzz-download-name: the safe name was not stable). */
  {
    g_autofree char *joined = g_utf8_normalize (name->str, -1, G_NORMALIZE_NFC);

    g_string_assign (name, joined);
  }
  trim_ends (name);
  if (name->len == 0)
    g_string_assign (name, _("Material"));
  /* "CON.txt" is the device still: "CON_.txt" is not. */
  if (is_reserved_on_windows (name->str))
    g_string_insert_c (name, (gssize) strcspn (name->str, "."), '_');
  /* Cut last, so that the mark above never takes the name past its room. */
  if (name->len > MAX_BASE_BYTES)
    {
      const char *end = g_utf8_find_prev_char (name->str, name->str + MAX_BASE_BYTES + 1);

      g_string_truncate (name, end - name->str);
      trim_ends (name);
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * mt_download_numbered_name:
 * @number: 1 for the name itself, 2 and on for "name (2).pdf"
 * @extension: (nullable): without the dot
 *
 * Returns: (transfer full): the file name to try
 */
char *
mt_download_numbered_name (const char *base,
                           guint       number,
                           const char *extension)
{
  g_autoptr(GString) name = g_string_new (base);

  if (number > 1)
    g_string_append_printf (name, " (%u)", number);
  if (extension != NULL)
    g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * mt_download_claimed_extension:
 * @url: where the material was got from
 * @content_type: (nullable): what the server said it is
 *
 * Returns: (nullable): the kind of document the address or the server
 *   claims, as a known extension; checked against the content later
 */
const char *
mt_download_claimed_extension (const char *url,
                               const char *content_type)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : NULL;
  const char *dot = path != NULL ? strrchr (path, '.') : NULL;

  if (dot != NULL && strchr (dot, '/') == NULL)
    {
      g_autofree char *extension = g_ascii_strdown (dot + 1, -1);

      for (guint i = 0; i < G_N_ELEMENTS (known_types); i++)
        if (g_str_equal (known_types[i].extension, extension))
          return g_str_equal (extension, "jpeg") ? "jpg" : known_types[i].extension;
    }
  if (content_type != NULL)
    {
      g_autofree char *mime_type = g_ascii_strdown (content_type, strcspn (content_type, "; "));

      for (guint i = 0; i < G_N_ELEMENTS (known_types); i++)
        if (g_str_equal (known_types[i].mime_type, mime_type))
          return known_types[i].extension;
    }
  return NULL;
}

/**
 * mt_download_choose_extension:
 * @head: the first bytes of the content
 * @claimed: (nullable): from mt_download_claimed_extension()
 *
 * The content decides: a claimed kind it matches keeps its extension
 * ("docx" for a zip), a known kind that contradicts the claim gets its
 * own, and content that is no document Metodist knows is refused — a
 * "PDF" that is a login page or an unknown program is never saved.
 *
 * Returns: (nullable): the extension, or %NULL with %MT_FETCH_ERROR_CONTENT
 */
const char *
mt_download_choose_extension (const guint8 *head,
                              gsize         head_size,
                              const char   *claimed,
                              GError      **error)
{
  Kind content = sniff (head, head_size);
  Kind claim = claimed != NULL ? kind_of_extension (claimed) : KIND_UNKNOWN;

  if (head_size == 0)
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT, _("the server sent an empty file"));
      return NULL;
    }
  if (claim != KIND_UNKNOWN && claim == content)
    return claimed;
  if (claim == KIND_TEXT && content == KIND_UNKNOWN)
    return claimed;
  if (default_extension (content) != NULL)
    return default_extension (content);
  if (claimed != NULL)
    g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT,
                 _("the server sent something other than the .%s file it named"), claimed);
  else
    g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT,
                 _("the server sent a file that is not a document Metodist knows"));
  return NULL;
}
