/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-json-check.h: strict JSON checking before json-glib sees a document */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#include "mt-json-scanner.h"

/* Values a document read into a tree (a catalog) may hold: a catalog of
 * a thousand materials has about 20,000. */
#define MT_JSON_MAX_TREE_VALUES 200000

gboolean  mt_json_prepare (GBytes      *bytes,
                           const char **data,
                           gsize       *length,
                           GError     **error);
gboolean  mt_json_check (const char  *data,
                         gsize        length,
                         GError     **error);
JsonNode *mt_json_parse (GBytes      *bytes,
                         GError     **error);

G_END_DECLS
