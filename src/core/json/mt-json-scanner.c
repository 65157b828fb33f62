/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-scanner.c: a strict, pull-style JSON tokenizer */
#define G_LOG_DOMAIN "mt-json-scanner"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mt-json-scanner.h"
#include "mt-load-error.h"

/*
 * Why Metodist has a JSON tokenizer of its own, beside json-glib:
 *
 * json-glib 1.6 (Debian 12) has no nesting limit (deep input overflows the
 * stack), and it is lenient and lossy: comments, single quotes and octal
 * numbers pass, integers past int64 wrap round, a lone surrogate escape
 * makes invalid UTF-8, "\u0000" cuts a string short and the last of two
 * equal keys silently wins. It has no strict mode. It is also slow: its
 * parser alone takes longer on a national monitoring document (40,000
 * organisations) than Python's json takes to read and rate it.
 *
 * This tokenizer checks RFC 8259 grammar without recursion and refuses
 * those inputs. mt_json_check() runs it before json-glib parses a document;
 * the monitoring reader pulls its tokens directly and builds no tree.
 */

typedef enum
{
  AFTER_OPEN,    /* just opened: the end, or the first member */
  AFTER_KEY,     /* in an object: the value */
  AFTER_VALUE,   /* a comma and the next member, or the end */
} FrameState;

typedef struct
{
  gboolean is_object;
  FrameState state;
  guint first_key;       /* index of this object's first key in keys */
} Frame;

typedef struct
{
  guint32 hash;
  const char *text;
  gsize length;
} Key;

struct _MtJsonScanner
{
  const char *start;
  const char *end;
  const char *p;
  GArray *frames;      /* of Frame */
  GArray *keys;        /* of Key */
  GStringChunk *escaped_keys;  /* the unescaped text of keys written with escapes */
  GString *string;     /* the last string or key, unescaped */
  gint64 int_value;
  double double_value;
  const char *number;  /* the last number's text, as written */
  gsize number_length;
  gboolean done;       /* the top-level value has been read */
  gboolean failed;
  gboolean big_numbers;  /* whole numbers of more than 18 digits read as doubles */
};

MtJsonScanner *
mt_json_scanner_new (const char *data,
                     gsize       length)
{
  MtJsonScanner *self = g_new0 (MtJsonScanner, 1);

  self->start = self->p = data;
  self->end = data + length;
  self->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  self->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  self->escaped_keys = g_string_chunk_new (1024);
  self->string = g_string_sized_new (64);
  return self;
}

void
mt_json_scanner_free (MtJsonScanner *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->frames);
  g_array_unref (self->keys);
  g_string_chunk_free (self->escaped_keys);
  g_string_free (self->string, TRUE);
  g_free (self);
}

const char *
mt_json_scanner_get_string (MtJsonScanner *self)
{
  return self->string->str;
}

gint64
mt_json_scanner_get_int (MtJsonScanner *self)
{
  return self->int_value;
}

double
mt_json_scanner_get_double (MtJsonScanner *self)
{
  return self->double_value;
}

/**
 * mt_json_scanner_dup_number_text:
 *
 * Returns: (transfer full): the last number's text as the document wrote
 *   it ("1.0000000000000000001"), for a reader that must decide from the
 *   digits rather than from a double (mt_count_from_text())
 */
char *
mt_json_scanner_dup_number_text (MtJsonScanner *self)
{
  return g_strndup (self->number, self->number_length);
}

static MtJsonToken
fail (MtJsonScanner  *self,
      const char     *reason,
      int             code,
      GError        **error)
{
  guint line = 1, column = 1;

  for (const char *q = self->start; q < self->p && q < self->end; q++)
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

  self->failed = TRUE;
  if (code == MT_LOAD_ERROR_TOO_DEEP)
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_DEEP,
                 _("The document is nested more than %d levels deep (line %u, column %u): "
                   "it is not one of Metodist’s documents."),
                 MT_JSON_MAX_DEPTH, line, column);
  else
    g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX,
                 _("The document is not valid JSON: %s at line %u, column %u."),
                 _(reason), line, column);
  return MT_JSON_TOKEN_ERROR;
}

static inline void
skip_white_space (MtJsonScanner *self)
{
  while (self->p < self->end &&
         (*self->p == ' ' || *self->p == '\t' || *self->p == '\n' || *self->p == '\r'))
    self->p++;
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

/* Reads "\uXXXX" at the cursor; returns -1 when it is not one. */
static int
read_unicode_escape (MtJsonScanner *self)
{
  int value = 0;

  if (self->end - self->p < 6 || self->p[0] != '\\' || self->p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = hex_value (self->p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  self->p += 6;
  return value;
}

/* Reads a string at the cursor (on its opening quote) into self->string;
 * the document was validated as UTF-8 before. */
static const char *
scan_string (MtJsonScanner *self)
{
  g_string_truncate (self->string, 0);
  self->p++;

  while (self->p < self->end)
    {
      const char *run = self->p;
      guchar c;

      /* Plain characters are copied a run at a time. */
      while (self->p < self->end && *self->p != '"' && *self->p != '\\' &&
             (guchar) *self->p >= 0x20)
        self->p++;
      g_string_append_len (self->string, run, self->p - run);
      if (self->p >= self->end)
        break;

      c = (guchar) *self->p;
      if (c == '"')
        {
          self->p++;
          return NULL;
        }
      if (c < 0x20)
        return N_("a control character inside a string");

      /* A backslash. */
      if (self->p + 1 >= self->end)
        break;
      switch (self->p[1])
        {
        case '"': g_string_append_c (self->string, '"'); self->p += 2; break;
        case '\\': g_string_append_c (self->string, '\\'); self->p += 2; break;
        case '/': g_string_append_c (self->string, '/'); self->p += 2; break;
        case 'b': g_string_append_c (self->string, '\b'); self->p += 2; break;
        case 'f': g_string_append_c (self->string, '\f'); self->p += 2; break;
        case 'n': g_string_append_c (self->string, '\n'); self->p += 2; break;
        case 'r': g_string_append_c (self->string, '\r'); self->p += 2; break;
        case 't': g_string_append_c (self->string, '\t'); self->p += 2; break;
        case 'u':
          {
            int value = read_unicode_escape (self);

            if (value < 0)
              return N_("a broken \\u escape");
            if (value == 0)
              return N_("a NUL character (\\u0000) inside a string");
            if (value >= 0xDC00 && value <= 0xDFFF)
              return N_("a lone surrogate escape");
            if (value >= 0xD800 && value <= 0xDBFF)
              {
                int low = read_unicode_escape (self);

                if (low < 0xDC00 || low > 0xDFFF)
                  return N_("a lone surrogate escape");
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
              }
            g_string_append_unichar (self->string, value);
          }
          break;
        default:
          return N_("an unknown escape in a string");
        }
    }

  return N_("a string that never ends");
}

static gboolean
scan_digits (MtJsonScanner *self,
             guint         *count)
{
  const char *first = self->p;

  while (self->p < self->end && g_ascii_isdigit (*self->p))
    self->p++;
  *count = self->p - first;
  return *count > 0;
}

static const char *
scan_number (MtJsonScanner *self,
             MtJsonToken   *token)
{
  const char *first = self->p;
  guint integer_digits = 0, digits;
  gboolean whole = TRUE;

  if (*self->p == '-')
    self->p++;

  if (self->p < self->end && *self->p == '0')
    {
      self->p++;
      integer_digits = 1;
      if (self->p < self->end && g_ascii_isdigit (*self->p))
        return N_("a number with a leading zero");
    }
  else if (!scan_digits (self, &integer_digits))
    {
      return N_("a broken number");
    }

  if (self->p < self->end && *self->p == '.')
    {
      self->p++;
      whole = FALSE;
      if (!scan_digits (self, &digits))
        return N_("a broken number");
    }

  if (self->p < self->end && (*self->p == 'e' || *self->p == 'E'))
    {
      self->p++;
      whole = FALSE;
      if (self->p < self->end && (*self->p == '+' || *self->p == '-'))
        self->p++;
      if (!scan_digits (self, &digits))
        return N_("a broken number");
    }

  self->number = first;
  self->number_length = self->p - first;
  if (whole)
    {
      /* At most 18 digits: exact in int64; json-glib would wrap more. */
      gint64 value = 0;

      if (integer_digits > 18 && !self->big_numbers)
        return N_("a whole number too large to read exactly");
      if (integer_digits > 18)
        {
          /* Read for its size only: beyond any count, a row problem for
           * the reader that asked for it (mt_json_scanner_read_big_numbers()). */
          g_autofree char *text = g_strndup (first, self->p - first);

          self->double_value = g_ascii_strtod (text, NULL);
          *token = MT_JSON_TOKEN_DOUBLE;
          return NULL;
        }
      for (const char *q = *first == '-' ? first + 1 : first; q < self->p; q++)
        value = value * 10 + (*q - '0');
      self->int_value = *first == '-' ? -value : value;
      *token = MT_JSON_TOKEN_INT;
    }
  else
    {
      g_autofree char *text = g_strndup (first, self->p - first);
      const char *mantissa_end = text + strcspn (text, "eE");

      self->double_value = g_ascii_strtod (text, NULL);  /* 1e400 gives inf */
      /* A number that is not zero but too small for a double (1e-400)
       * reads as 0: kept as the smallest fraction, so that no reader
       * takes it for a whole 0. */
      if (self->double_value == 0 && strpbrk (text, "123456789") != NULL &&
          strpbrk (text, "123456789") < mantissa_end)
        self->double_value = *first == '-' ? -G_MINDOUBLE : G_MINDOUBLE;
      *token = MT_JSON_TOKEN_DOUBLE;
    }
  return NULL;
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

/* Records the key just read (self->string holds it unescaped) in the
 * innermost object, refusing a repeated one. Keys are compared as they
 * read, not as written: "name" and "n\u0061me" are one key, or a second
 * "m\u0061terials" could replace a catalog's list unseen. A key without
 * escapes is compared in place; one with escapes, by a copy. */
static const char *
add_key (MtJsonScanner *self,
         const char    *text)
{
  Frame *frame = &g_array_index (self->frames, Frame, self->frames->len - 1);
  Key key = { 0, text + 1, self->p - text - 2 };

  if (memchr (key.text, '\\', key.length) != NULL)
    {
      key.text = g_string_chunk_insert_len (self->escaped_keys, self->string->str, self->string->len);
      key.length = self->string->len;
    }

  if (self->keys->len - frame->first_key >= MT_JSON_MAX_MEMBERS)
    return N_("an object with too many members");

  key.hash = hash_bytes (key.text, key.length);
  for (guint i = frame->first_key; i < self->keys->len; i++)
    {
      const Key *other = &g_array_index (self->keys, Key, i);

      if (other->hash == key.hash && other->length == key.length &&
          memcmp (other->text, key.text, key.length) == 0)
        {
          self->p = text;
          return N_("a key repeated in one object");
        }
    }

  g_array_append_val (self->keys, key);
  return NULL;
}

/* Reads a value's first token at the cursor. */
static MtJsonToken
scan_value (MtJsonScanner  *self,
            GError        **error)
{
  MtJsonToken token = MT_JSON_TOKEN_ERROR;
  const char *reason = NULL;

  if (self->p >= self->end)
    return fail (self, N_("the document ends too early"), MT_LOAD_ERROR_SYNTAX, error);

  switch (*self->p)
    {
    case '{':
    case '[':
      {
        Frame frame = { *self->p == '{', AFTER_OPEN, self->keys->len };

        if (self->frames->len >= MT_JSON_MAX_DEPTH)
          return fail (self, NULL, MT_LOAD_ERROR_TOO_DEEP, error);
        g_array_append_val (self->frames, frame);
        self->p++;
        return frame.is_object ? MT_JSON_TOKEN_BEGIN_OBJECT : MT_JSON_TOKEN_BEGIN_ARRAY;
      }

    case '"':
      reason = scan_string (self);
      token = MT_JSON_TOKEN_STRING;
      break;

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      reason = scan_number (self, &token);
      break;

    case 't':
      if (self->end - self->p >= 4 && memcmp (self->p, "true", 4) == 0)
        {
          self->p += 4;
          token = MT_JSON_TOKEN_TRUE;
        }
      else
        reason = N_("an unexpected character");
      break;

    case 'f':
      if (self->end - self->p >= 5 && memcmp (self->p, "false", 5) == 0)
        {
          self->p += 5;
          token = MT_JSON_TOKEN_FALSE;
        }
      else
        reason = N_("an unexpected character");
      break;

    case 'n':
      if (self->end - self->p >= 4 && memcmp (self->p, "null", 4) == 0)
        {
          self->p += 4;
          token = MT_JSON_TOKEN_NULL;
        }
      else
        reason = N_("an unexpected character");
      break;

    default:
      reason = N_("an unexpected character");
    }

  if (reason != NULL)
    return fail (self, reason, MT_LOAD_ERROR_SYNTAX, error);
  return token;
}

static MtJsonToken
close_container (MtJsonScanner *self)
{
  gboolean is_object = g_array_index (self->frames, Frame, self->frames->len - 1).is_object;

  self->p++;
  g_array_set_size (self->keys, g_array_index (self->frames, Frame, self->frames->len - 1).first_key);
  g_array_set_size (self->frames, self->frames->len - 1);
  return is_object ? MT_JSON_TOKEN_END_OBJECT : MT_JSON_TOKEN_END_ARRAY;
}

static MtJsonToken
read_key (MtJsonScanner  *self,
          Frame          *top,
          GError        **error)
{
  const char *key_start = self->p;
  const char *reason;

  if (self->p >= self->end || *self->p != '"')
    return fail (self, N_("a key that is not a string"), MT_LOAD_ERROR_SYNTAX, error);
  if ((reason = scan_string (self)) != NULL || (reason = add_key (self, key_start)) != NULL)
    return fail (self, reason, MT_LOAD_ERROR_SYNTAX, error);
  skip_white_space (self);
  if (self->p >= self->end || *self->p != ':')
    return fail (self, N_("a missing colon after a key"), MT_LOAD_ERROR_SYNTAX, error);
  self->p++;
  top->state = AFTER_KEY;
  return MT_JSON_TOKEN_KEY;
}

/**
 * mt_json_scanner_read_big_numbers:
 *
 * Whole numbers of more than 18 digits are read as doubles, for their
 * size, instead of failing the document: for a reader that holds every
 * number to a range and makes one beyond it a row problem. json-glib
 * would wrap them, so mt_json_check() never asks for this.
 */
void
mt_json_scanner_read_big_numbers (MtJsonScanner *self)
{
  self->big_numbers = TRUE;
}

/**
 * mt_json_scanner_next:
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Reads the next token. After %MT_JSON_TOKEN_ERROR every call fails again;
 * after %MT_JSON_TOKEN_END every call ends again.
 *
 * Returns: the token
 */
MtJsonToken
mt_json_scanner_next (MtJsonScanner  *self,
                      GError        **error)
{
  Frame *top;
  char closer;

  if (self->failed)
    return fail (self, N_("the document ends too early"), MT_LOAD_ERROR_SYNTAX, error);

  skip_white_space (self);

  if (self->frames->len == 0)
    {
      if (!self->done)
        {
          self->done = TRUE;
          return scan_value (self, error);
        }
      if (self->p != self->end)
        return fail (self, N_("more data after the document"), MT_LOAD_ERROR_SYNTAX, error);
      return MT_JSON_TOKEN_END;
    }

  top = &g_array_index (self->frames, Frame, self->frames->len - 1);
  closer = top->is_object ? '}' : ']';

  switch (top->state)
    {
    case AFTER_OPEN:
      if (self->p < self->end && *self->p == closer)
        return close_container (self);
      if (top->is_object)
        return read_key (self, top, error);
      top->state = AFTER_VALUE;
      return scan_value (self, error);

    case AFTER_KEY:
      top->state = AFTER_VALUE;
      return scan_value (self, error);

    case AFTER_VALUE:
    default:
      if (self->p < self->end && *self->p == closer)
        return close_container (self);
      if (self->p >= self->end || *self->p != ',')
        return fail (self, top->is_object ? N_("a missing comma or closing brace")
                                          : N_("a missing comma or closing bracket"),
                     MT_LOAD_ERROR_SYNTAX, error);
      self->p++;
      skip_white_space (self);
      if (top->is_object)
        return read_key (self, top, error);
      return scan_value (self, error);
    }
}

/**
 * mt_json_scanner_skip_value:
 * @token: the token that began the value
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Skips the rest of a value that began with @token: the whole object or
 * array, still checked; nothing for a scalar.
 *
 * Returns: %FALSE when the document is broken inside the value
 */
gboolean
mt_json_scanner_skip_value (MtJsonScanner  *self,
                            MtJsonToken     token,
                            GError        **error)
{
  guint depth;

  if (token == MT_JSON_TOKEN_ERROR)
    return FALSE;
  if (token != MT_JSON_TOKEN_BEGIN_OBJECT && token != MT_JSON_TOKEN_BEGIN_ARRAY)
    return TRUE;

  depth = self->frames->len;
  while (self->frames->len >= depth)
    if (mt_json_scanner_next (self, error) == MT_JSON_TOKEN_ERROR)
      return FALSE;
  return TRUE;
}
