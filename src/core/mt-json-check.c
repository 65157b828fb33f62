/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-check.c: strict JSON checking before json-glib sees a document */
#define G_LOG_DOMAIN "mt-json-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-json-check.h"
#include "mt-load-error.h"
#include "mt-limits.h"

/*
 * json-glib 1.6 (Debian 12) has no nesting limit (deep input overflows the
 * stack), and it is lenient and lossy: comments, single quotes and octal
 * numbers pass, integers past int64 wrap round, a lone surrogate escape
 * makes invalid UTF-8, "\u0000" cuts a string short and the last of two
 * equal keys silently wins. Nothing here has a strict mode, so this one
 * pass checks RFC 8259 grammar, without recursion, and refuses those
 * inputs before the parser runs. It is small on purpose: it builds nothing.
 */

typedef struct
{
  const char *start;
  const char *end;
  const char *p;
  const char *reason;  /* set on failure, untranslated until reported */
} Scanner;

typedef struct
{
  gboolean is_object;
  guint first_key;  /* index of this object's first key in the key list */
} Frame;

typedef struct
{
  guint32 hash;
  const char *text;
  gsize length;
} Key;

static inline void
skip_white_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u"; returns -1 when they are not. */
static int
read_unicode_escape (Scanner *s)
{
  int value = 0;

  if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = hex_value (s->p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  s->p += 6;
  return value;
}

static gboolean
scan_string (Scanner *s)
{
  g_assert (*s->p == '"');
  s->p++;

  while (s->p < s->end)
    {
      guchar c = (guchar) *s->p;

      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        {
          s->reason = N_("a control character inside a string");
          return FALSE;
        }
      if (c != '\\')
        {
          s->p++;
          continue;
        }

      if (s->p + 1 >= s->end)
        break;
      switch (s->p[1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          s->p += 2;
          break;

        case 'u':
          {
            int value = read_unicode_escape (s);

            if (value < 0)
              {
                s->reason = N_("a broken \\u escape");
                return FALSE;
              }
            if (value == 0)
              {
                s->reason = N_("a NUL character (\\u0000) inside a string");
                return FALSE;
              }
            if (value >= 0xDC00 && value <= 0xDFFF)
              {
                s->reason = N_("a lone surrogate escape");
                return FALSE;
              }
            if (value >= 0xD800 && value <= 0xDBFF)
              {
                int low = read_unicode_escape (s);

                if (low < 0xDC00 || low > 0xDFFF)
                  {
                    s->reason = N_("a lone surrogate escape");
                    return FALSE;
                  }
              }
          }
          break;

        default:
          s->reason = N_("an unknown escape in a string");
          return FALSE;
        }
    }

  s->reason = N_("a string that never ends");
  return FALSE;
}

static gboolean
scan_digits (Scanner *s,
             guint   *count)
{
  const char *first = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  *count = s->p - first;
  return *count > 0;
}

static gboolean
scan_number (Scanner *s)
{
  guint integer_digits = 0, digits;
  gboolean whole = TRUE;

  if (*s->p == '-')
    s->p++;

  if (s->p < s->end && *s->p == '0')
    {
      s->p++;
      integer_digits = 1;
      if (s->p < s->end && g_ascii_isdigit (*s->p))
        {
          s->reason = N_("a number with a leading zero");
          return FALSE;
        }
    }
  else if (!scan_digits (s, &integer_digits))
    {
      s->reason = N_("a broken number");
      return FALSE;
    }

  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      whole = FALSE;
      if (!scan_digits (s, &digits))
        {
          s->reason = N_("a broken number");
          return FALSE;
        }
    }

  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      s->p++;
      whole = FALSE;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s, &digits))
        {
          s->reason = N_("a broken number");
          return FALSE;
        }
    }

  /* json-glib would wrap such an integer round to a small or negative one. */
  if (whole && integer_digits > 18)
    {
      s->reason = N_("a whole number too large to read exactly");
      return FALSE;
    }

  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char *const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize length = strlen (literals[i]);

      if ((gsize) (s->end - s->p) >= length && memcmp (s->p, literals[i], length) == 0)
        {
          s->p += length;
          return TRUE;
        }
    }

  s->reason = N_("an unexpected character");
  return FALSE;
}

static guint32
hash_bytes (const char *text,
            gsize       length)
{
  guint32 hash = 5381;

  for (gsize i = 0; i < length; i++)
    hash = hash * 33 + (guchar) text[i];
  return hash;
}

/* Records the key just scanned (between @text and the cursor) in the
 * innermost object, refusing a repeated one. Keys are compared as written,
 * escapes and all. */
static gboolean
add_key (Scanner    *s,
         GArray     *keys,
         const Frame *frame,
         const char *text)
{
  Key key = { 0, text + 1, s->p - text - 2 };

  if (keys->len - frame->first_key >= MT_JSON_MAX_MEMBERS)
    {
      s->reason = N_("an object with too many members");
      return FALSE;
    }

  key.hash = hash_bytes (key.text, key.length);
  for (guint i = frame->first_key; i < keys->len; i++)
    {
      const Key *other = &g_array_index (keys, Key, i);

      if (other->hash == key.hash && other->length == key.length &&
          memcmp (other->text, key.text, key.length) == 0)
        {
          s->p = text;
          s->reason = N_("a key repeated in one object");
          return FALSE;
        }
    }

  g_array_append_val (keys, key);
  return TRUE;
}

static void
report (const Scanner *s,
        GError       **error)
{
  guint line = 1, column = 1;

  for (const char *q = s->start; q < s->p && q < s->end; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        {
          column++;
        }
    }

  if (g_str_equal (s->reason, "TOO_DEEP"))
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_DEEP,
                 _("The document is nested more than %d levels deep (line %u, column %u): "
                   "it is not one of Metodist’s documents."),
                 MT_JSON_MAX_DEPTH, line, column);
  else
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX,
                 _("The document is not valid JSON: %s at line %u, column %u."),
                 _(s->reason), line, column);
}

/**
 * mt_json_check:
 * @data: UTF-8 text, already validated as UTF-8
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
  Scanner s = { data, data + length, data, NULL };
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Key));
  const char *key_text;
  Frame *top;

  skip_white_space (&s);

value:
  if (s.p >= s.end)
    {
      s.reason = N_("the document ends too early");
      goto fail;
    }
  switch (*s.p)
    {
    case '{':
    case '[':
      {
        Frame frame = { *s.p == '{', keys->len };

        if (frames->len >= MT_JSON_MAX_DEPTH)
          {
            s.reason = "TOO_DEEP";
            goto fail;
          }
        g_array_append_val (frames, frame);
        s.p++;
        skip_white_space (&s);
        if (s.p < s.end && *s.p == (frame.is_object ? '}' : ']'))
          {
            s.p++;
            g_array_set_size (frames, frames->len - 1);
            goto after_value;
          }
        if (frame.is_object)
          goto key;
        goto value;
      }

    case '"':
      if (!scan_string (&s))
        goto fail;
      goto after_value;

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!scan_number (&s))
        goto fail;
      goto after_value;

    default:
      if (!scan_literal (&s))
        goto fail;
      goto after_value;
    }

key:
  if (s.p >= s.end || *s.p != '"')
    {
      s.reason = N_("a key that is not a string");
      goto fail;
    }
  key_text = s.p;
  if (!scan_string (&s))
    goto fail;
  if (!add_key (&s, keys, &g_array_index (frames, Frame, frames->len - 1), key_text))
    goto fail;
  skip_white_space (&s);
  if (s.p >= s.end || *s.p != ':')
    {
      s.reason = N_("a missing colon after a key");
      goto fail;
    }
  s.p++;
  skip_white_space (&s);
  goto value;

after_value:
  skip_white_space (&s);
  if (frames->len == 0)
    {
      if (s.p != s.end)
        {
          s.reason = N_("more data after the document");
          goto fail;
        }
      return TRUE;
    }

  top = &g_array_index (frames, Frame, frames->len - 1);
  if (s.p < s.end && *s.p == ',')
    {
      s.p++;
      skip_white_space (&s);
      if (top->is_object)
        goto key;
      goto value;
    }
  if (s.p < s.end && *s.p == (top->is_object ? '}' : ']'))
    {
      s.p++;
      g_array_set_size (keys, top->first_key);
      g_array_set_size (frames, frames->len - 1);
      goto after_value;
    }
  s.reason = top->is_object ? N_("a missing comma or closing brace")
                            : N_("a missing comma or closing bracket");

fail:
  report (&s, error);
  return FALSE;
}

/**
 * mt_json_parse:
 * @bytes: a document as it arrived
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Parses a document with every guard this stack needs: the size cap, a
 * UTF-8 byte order mark allowed and dropped, nothing but white space
 * refused, invalid UTF-8 refused, then mt_json_check() and json-glib.
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
  const char *invalid;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > MT_MAX_DOCUMENT_SIZE)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE,
                   _("The document is larger than %d MiB."), MT_MAX_DOCUMENT_SIZE >> 20);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_ENCODING,
                   _("The document is not valid UTF-8 text (at byte %zu)."),
                   (size_t) (invalid - data));
      return NULL;
    }

  {
    Scanner blank = { data, data + length, data, NULL };

    skip_white_space (&blank);
    if (blank.p == blank.end)
      {
        g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_EMPTY,
                             _("The document is empty."));
        return NULL;
      }
  }

  if (!mt_json_check (data, length, error))
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
