/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-check.c: strict JSON checking before json-glib sees a document */
#define G_LOG_DOMAIN "mt-json-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-format.h"
#include "mt-json-check.h"
#include "mt-json-scanner.h"
#include "mt-load-error.h"
#include "mt-limits.h"

/* The checker's pass, counting the values: more than @max_values is a
 * document too large to be a tree. */
static gboolean
check_values (const char  *data,
              gsize        length,
              gsize        max_values,
              GError     **error)
{
  g_autoptr(MtJsonScanner) scanner = mt_json_scanner_new (data, length);
  MtJsonToken token;
  gsize values = 0;

  while ((token = mt_json_scanner_next (scanner, error)) != MT_JSON_TOKEN_END)
    {
      if (token == MT_JSON_TOKEN_ERROR)
        return FALSE;
      if (token != MT_JSON_TOKEN_KEY && token != MT_JSON_TOKEN_END_OBJECT && token != MT_JSON_TOKEN_END_ARRAY &&
          ++values > max_values)
        {
          g_autofree char *bound = mt_format_count ((gint64) max_values);

          g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                       _("The document holds more than %s values, more than any catalog has."), bound);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * mt_json_check:
 * @data: UTF-8 text, already validated as UTF-8 (see mt-json-scanner.c)
 * @length: its length in bytes
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Checks that @data is exactly one strict JSON value (RFC 8259) that
 * json-glib will read without loss: nested at most %MT_JSON_MAX_DEPTH deep,
 * with no repeated keys, no "\u0000", no lone surrogates, and no whole
 * number of more than 18 digits.
 *
 * Returns: %TRUE when json-glib may parse @data
 */
gboolean
mt_json_check (const char  *data,
               gsize        length,
               GError     **error)
{
  return check_values (data, length, G_MAXSIZE, error);
}

/**
 * mt_json_prepare:
 * @bytes: a document as it arrived
 * @data: (out): where its JSON text starts
 * @length: (out): the text's length
 * @error: return location for a #MT_LOAD_ERROR
 *
 * The guards before any JSON is read: the size cap, a UTF-8 byte order mark
 * allowed and dropped, invalid UTF-8 (and so any NUL byte) refused, nothing
 * but white space refused.
 *
 * Returns: %TRUE when @data may be tokenized
 */
gboolean
mt_json_prepare (GBytes      *bytes,
                 const char **data,
                 gsize       *length,
                 GError     **error)
{
  const char *text;
  const char *invalid;
  gsize size, blank = 0;

  g_return_val_if_fail (bytes != NULL, FALSE);

  text = g_bytes_get_data (bytes, &size);
  if (size > MT_MAX_DOCUMENT_SIZE)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                   _("The document is larger than %d MiB."), MT_MAX_DOCUMENT_SIZE >> 20);
      return FALSE;
    }
  if (size == 0)
    text = "";

  if (size >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      size -= 3;
    }

  if (!g_utf8_validate_len (text, size, &invalid))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_ENCODING,
                   _("The document is not valid UTF-8 text (at byte %zu)."),
                   (size_t) (invalid - text));
      return FALSE;
    }

  while (blank < size && strchr (" \t\r\n", text[blank]) != NULL)
    blank++;  /* no NUL in text: the UTF-8 check refused it */
  if (blank == size)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY, _("The document is empty."));
      return FALSE;
    }

  *data = text;
  *length = size;
  return TRUE;
}

/**
 * mt_json_parse:
 * @bytes: a document as it arrived
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Parses a document with json-glib behind every guard this stack needs:
 * mt_json_prepare(), then mt_json_check().
 *
 * Returns: (transfer full): the root node, never %NULL on success
 */
JsonNode *
mt_json_parse (GBytes  *bytes,
               GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* json-glib's tree costs about 80 bytes a value: 20 million zeros in a
   * 40 MB catalog took 1.6 GB (from review). The scanner's readers (the
   * monitoring documents) hold no tree and have bounds of their own. */
  if (!mt_json_prepare (bytes, &data, &length, error) ||
      !check_values (data, length, MT_JSON_MAX_TREE_VALUES, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX,
                   _("The document is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  return json_parser_steal_root (parser);
}
