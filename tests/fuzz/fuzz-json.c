/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-json.c: a fuzz target: Metodist's strict JSON checker (the guard
 * before json-glib reads any document) against json-glib as an oracle.
 * What the checker lets through, json-glib must read, to the same values;
 * the checker may refuse more (repeated keys, "\u0000", deep nesting, long
 * numbers: mt-json-check.c). */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stddef.h>
#include <stdint.h>

#include "mt-json-check.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The document as a flat list of what it holds, in order: "{", "k:" and
 * a key, "s:" and a string, "i:", "d:", "t", "f", "n", "}"; made once from
 * json-glib's tree and once from the checker's tokens, and compared. A
 * repeated key that slipped through, or a string unescaped differently,
 * makes the two differ. */
static void
flatten_node (JsonNode  *node,
              GPtrArray *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      g_ptr_array_add (out, g_strdup ("{"));
      for (GList *l = names; l != NULL; l = l->next)
        {
          g_ptr_array_add (out, g_strconcat ("k:", l->data, NULL));
          flatten_node (json_object_get_member (object, l->data), out);
        }
      g_ptr_array_add (out, g_strdup ("}"));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_ptr_array_add (out, g_strdup ("["));
      for (guint i = 0; i < json_array_get_length (array); i++)
        flatten_node (json_array_get_element (array, i), out);
      g_ptr_array_add (out, g_strdup ("]"));
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    g_ptr_array_add (out, g_strdup ("n"));
  else
    switch (json_node_get_value_type (node))
      {
      case G_TYPE_STRING:
        g_ptr_array_add (out, g_strconcat ("s:", json_node_get_string (node), NULL));
        break;
      case G_TYPE_INT64:
        g_ptr_array_add (out, g_strdup_printf ("i:%" G_GINT64_FORMAT, json_node_get_int (node)));
        break;
      case G_TYPE_DOUBLE:
        g_ptr_array_add (out, g_strdup_printf ("d:%.17g", json_node_get_double (node)));
        break;
      case G_TYPE_BOOLEAN:
        g_ptr_array_add (out, g_strdup (json_node_get_boolean (node) ? "t" : "f"));
        break;
      default:
        g_assert_not_reached ();
      }
}

static GPtrArray *
flatten_tokens (const char *text,
                gsize       length)
{
  g_autoptr(MtJsonScanner) scanner = mt_json_scanner_new (text, length);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  MtJsonToken token;

  while ((token = mt_json_scanner_next (scanner, NULL)) != MT_JSON_TOKEN_END)
    switch (token)
      {
      case MT_JSON_TOKEN_BEGIN_OBJECT:
        g_ptr_array_add (out, g_strdup ("{"));
        break;
      case MT_JSON_TOKEN_END_OBJECT:
        g_ptr_array_add (out, g_strdup ("}"));
        break;
      case MT_JSON_TOKEN_BEGIN_ARRAY:
        g_ptr_array_add (out, g_strdup ("["));
        break;
      case MT_JSON_TOKEN_END_ARRAY:
        g_ptr_array_add (out, g_strdup ("]"));
        break;
      case MT_JSON_TOKEN_KEY:
        g_ptr_array_add (out, g_strconcat ("k:", mt_json_scanner_get_string (scanner), NULL));
        break;
      case MT_JSON_TOKEN_STRING:
        g_ptr_array_add (out, g_strconcat ("s:", mt_json_scanner_get_string (scanner), NULL));
        break;
      case MT_JSON_TOKEN_INT:
        g_ptr_array_add (out, g_strdup_printf ("i:%" G_GINT64_FORMAT, mt_json_scanner_get_int (scanner)));
        break;
      case MT_JSON_TOKEN_DOUBLE:
        g_ptr_array_add (out, g_strdup_printf ("d:%.17g", mt_json_scanner_get_double (scanner)));
        break;
      case MT_JSON_TOKEN_TRUE:
        g_ptr_array_add (out, g_strdup ("t"));
        break;
      case MT_JSON_TOKEN_FALSE:
        g_ptr_array_add (out, g_strdup ("f"));
        break;
      case MT_JSON_TOKEN_NULL:
        g_ptr_array_add (out, g_strdup ("n"));
        break;
      case MT_JSON_TOKEN_ERROR:
      case MT_JSON_TOKEN_END:
      default:
        g_assert_not_reached ();
      }
  return out;
}

/* The one difference made on purpose: a number too small for a double
 * that is not zero ("1e-400") is the smallest double to the checker, so
 * that no reader takes it for a whole 0; json-glib reads 0. */
static gboolean
same_item (const char *from_tree,
           const char *from_tokens)
{
  g_autofree char *smallest = g_strdup_printf ("d:%.17g", G_MINDOUBLE);
  g_autofree char *smallest_negative = g_strdup_printf ("d:%.17g", -G_MINDOUBLE);

  if (g_str_equal (from_tree, from_tokens))
    return TRUE;
  return (g_str_equal (from_tree, "d:0") && g_str_equal (from_tokens, smallest)) ||
         (g_str_equal (from_tree, "d:-0") && g_str_equal (from_tokens, smallest_negative));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GError) parse_error = NULL;
  const char *text;
  gsize length;

  if (!mt_json_prepare (bytes, &text, &length, &error) || !mt_json_check (text, length, &error))
    {
      /* Refused, with a reason, and by mt_json_parse () too. */
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      g_assert_null (mt_json_parse (bytes, NULL));
      return 0;
    }
  g_assert_no_error (error);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, (gssize) length, &parse_error))
    g_error ("The checker let through what json-glib cannot read: %s", parse_error->message);
  {
    g_autoptr(GPtrArray) from_tree = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) from_tokens = flatten_tokens (text, length);

    flatten_node (json_parser_get_root (parser), from_tree);
    g_assert_cmpuint (from_tree->len, ==, from_tokens->len);
    for (guint i = 0; i < from_tree->len; i++)
      if (!same_item (g_ptr_array_index (from_tree, i), g_ptr_array_index (from_tokens, i)))
        g_assert_cmpstr (g_ptr_array_index (from_tree, i), ==, g_ptr_array_index (from_tokens, i));
  }

  parsed = mt_json_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (parsed, json_parser_get_root (parser)));
  return 0;
}
