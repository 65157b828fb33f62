/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-check.h: strict JSON checking before json-glib sees a document */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deep enough for every Metodist format (they need about 5). */
#define MT_JSON_MAX_DEPTH 32
/* Our objects have a dozen members; more is not one of our documents. */
#define MT_JSON_MAX_MEMBERS 64

gboolean  mt_json_check (const char  *data,
                         gsize        length,
                         GError     **error);
JsonNode *mt_json_parse (GBytes      *bytes,
                         GError     **error);

G_END_DECLS
