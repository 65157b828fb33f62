/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-scanner.h: a strict, pull-style JSON tokenizer */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deep enough for every Metodist format (they need about 5). */
#define MT_JSON_MAX_DEPTH 32
/* Our objects have a dozen members; more is not one of our documents. */
#define MT_JSON_MAX_MEMBERS 64

typedef enum
{
  MT_JSON_TOKEN_ERROR,
  MT_JSON_TOKEN_END,           /* the document is over, and nothing follows */
  MT_JSON_TOKEN_BEGIN_OBJECT,
  MT_JSON_TOKEN_END_OBJECT,
  MT_JSON_TOKEN_BEGIN_ARRAY,
  MT_JSON_TOKEN_END_ARRAY,
  MT_JSON_TOKEN_KEY,           /* mt_json_scanner_get_string() */
  MT_JSON_TOKEN_STRING,        /* mt_json_scanner_get_string() */
  MT_JSON_TOKEN_INT,           /* mt_json_scanner_get_int() */
  MT_JSON_TOKEN_DOUBLE,        /* mt_json_scanner_get_double(), maybe ±inf */
  MT_JSON_TOKEN_TRUE,
  MT_JSON_TOKEN_FALSE,
  MT_JSON_TOKEN_NULL,
} MtJsonToken;

typedef struct _MtJsonScanner MtJsonScanner;

MtJsonScanner *mt_json_scanner_new        (const char     *data,
                                           gsize           length);
void           mt_json_scanner_free       (MtJsonScanner  *self);
MtJsonToken    mt_json_scanner_next       (MtJsonScanner  *self,
                                           GError        **error);
gboolean       mt_json_scanner_skip_value (MtJsonScanner  *self,
                                           MtJsonToken     token,
                                           GError        **error);
const char    *mt_json_scanner_get_string (MtJsonScanner  *self);
gint64         mt_json_scanner_get_int    (MtJsonScanner  *self);
double         mt_json_scanner_get_double (MtJsonScanner  *self);
char          *mt_json_scanner_dup_number_text (MtJsonScanner *self);
void           mt_json_scanner_read_big_numbers (MtJsonScanner *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtJsonScanner, mt_json_scanner_free)

G_END_DECLS
