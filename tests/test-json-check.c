/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-json-check.c: hostile JSON never reaches json-glib */
#include "config.h"

#include <string.h>

#include "mt-json-check.h"
#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"

static void
assert_refused (const char *text,
                gssize      length,
                int         code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = mt_json_parse (bytes, &error);

  g_assert_null (root);
  g_assert_error (error, MT_LOAD_ERROR, code);
}

static JsonNode *
parse_ok (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  JsonNode *root = mt_json_parse (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);
  return root;
}

static void
test_empty (void)
{
  /* json-glib "succeeds" on these with no root at all. */
  assert_refused ("", 0, MT_LOAD_ERROR_EMPTY);
  assert_refused (" \n\t\r ", -1, MT_LOAD_ERROR_EMPTY);
  assert_refused ("\xEF\xBB\xBF", -1, MT_LOAD_ERROR_EMPTY);
  assert_refused ("\xEF\xBB\xBF  \n", -1, MT_LOAD_ERROR_EMPTY);
}

static void
test_deep_nesting (void)
{
  /* 200,000 nested arrays overflow json-glib's stack; here they are
   * refused after the limit without recursion. */
  gsize depth = 200000;
  g_autofree char *deep = g_malloc (depth * 2);
  g_autoptr(GError) error = NULL;

  memset (deep, '[', depth);
  memset (deep + depth, ']', depth);
  assert_refused (deep, depth * 2, MT_LOAD_ERROR_TOO_DEEP);

  {
    g_autoptr(GString) objects = g_string_new (NULL);

    for (gsize i = 0; i < depth; i++)
      g_string_append (objects, "{\"a\":");
    assert_refused (objects->str, objects->len, MT_LOAD_ERROR_TOO_DEEP);
  }

  /* Our formats need about 5 levels; 32 still load. */
  {
    g_autoptr(GString) ok = g_string_new (NULL);
    g_autoptr(JsonNode) root = NULL;

    for (int i = 0; i < MT_JSON_MAX_DEPTH; i++)
      g_string_append_c (ok, '[');
    for (int i = 0; i < MT_JSON_MAX_DEPTH; i++)
      g_string_append_c (ok, ']');
    root = parse_ok (ok->str);
    g_string_prepend_c (ok, '[');
    g_string_append_c (ok, ']');
    assert_refused (ok->str, -1, MT_LOAD_ERROR_TOO_DEEP);
  }
}

static void
test_lossy_inputs (void)
{
  /* Each of these json-glib would read wrong without a word. */
  assert_refused ("[9223372036854775808]", -1, MT_LOAD_ERROR_SYNTAX);       /* wraps negative */
  assert_refused ("[18446744073709552660]", -1, MT_LOAD_ERROR_SYNTAX);      /* wraps to 1044 */
  assert_refused ("[010]", -1, MT_LOAD_ERROR_SYNTAX);                       /* octal */
  assert_refused ("{\"a\": 1 /* note */}", -1, MT_LOAD_ERROR_SYNTAX);       /* comment */
  assert_refused ("// note\n{}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("{'a': 1}", -1, MT_LOAD_ERROR_SYNTAX);                    /* single quotes */
  assert_refused ("[\"\\ud800\"]", -1, MT_LOAD_ERROR_SYNTAX);               /* lone surrogate */
  assert_refused ("[\"\\udc00x\"]", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("[\"a\\u0000b\"]", -1, MT_LOAD_ERROR_SYNTAX);             /* cut short */
  assert_refused ("{\"active\": 5, \"active\": 50000}", -1, MT_LOAD_ERROR_SYNTAX); /* last wins */
  /* The same key written with escapes is the same key. */
  assert_refused ("{\"active\": 5, \"\\u0061ctive\": 50000}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("{\"n\\u0061me\": \"a\", \"name\": \"b\"}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("{\"\\/url\": 1, \"/url\": 2}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("{\"\\u0075rl\": 1, \"\\u0075\\u0072l\": 2}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("[1,]", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("[NaN]", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("{} {}", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("[\"tab\there\"]", -1, MT_LOAD_ERROR_SYNTAX);
  assert_refused ("[\"\xff\"]", -1, MT_LOAD_ERROR_ENCODING);
  assert_refused ("[\"a\0b\"]", 6, MT_LOAD_ERROR_ENCODING);
}

static void
test_valid (void)
{
  g_autoptr(JsonNode) pair = parse_ok ("[\"\\ud83d\\ude00\", -0, 1.5e3, 999999999999999999]");
  g_autoptr(JsonNode) bom = parse_ok ("\xEF\xBB\xBF{\"a\": [true, false, null]}");
  g_autoptr(JsonNode) nested = parse_ok ("{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}");
  JsonArray *array = json_node_get_array (pair);

  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, "😀");
  g_assert_cmpint (json_array_get_int_element (array, 3), ==, G_GINT64_CONSTANT (999999999999999999));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (bom));
}

static void
test_too_large (void)
{
  gsize size = MT_MAX_DOCUMENT_SIZE + 1;
  g_autofree char *big = g_malloc (size);

  memset (big, ' ', size);
  big[0] = '[';
  big[size - 1] = ']';
  assert_refused (big, size, MT_LOAD_ERROR_TOO_LARGE);
}

static void
test_message_names_the_place (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\n  \"a\": 1,\n  \"b\": tru\n}", 24);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = mt_json_parse (bytes, &error);

  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 3"));
}

/* Inputs of JSONTestSuite that are valid JSON but that Metodist refuses on
 * purpose, because json-glib would read them wrong. */
static const char *const refused_by_design[] = {
  "y_object_duplicated_key.json",
  "y_object_duplicated_key_and_value.json",
  "y_string_null_escape.json",
  "y_string_escaped_null.json",
  "y_object_escaped_null_in_key.json",
  NULL
};

static void
test_json_test_suite (void)
{
  const char *dir_path = g_getenv ("MT_JSON_TEST_SUITE");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint accepted = 0, refused = 0;

  if (dir_path == NULL || !g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("JSONTestSuite is not there (../shared/data/JSONTestSuite/test_parsing)");
      return;
    }

  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new (contents, length);

      /* No crash and no CRITICAL (they are fatal here) for any of them,
       * through the checked json-glib parse and through the monitoring
       * reader, which tokenizes them itself. */
      root = mt_json_parse (bytes, &error);
      g_assert_true ((root == NULL) == (error != NULL));
      root != NULL ? accepted++ : refused++;
      {
        g_autoptr(GError) reader_error = NULL;
        g_autoptr(MtDataset) dataset = mt_monitoring_read (bytes, &reader_error);

        /* None is a monitoring document; the syntax verdicts agree. */
        g_assert_null (dataset);
        g_assert_nonnull (reader_error);
        if (root == NULL && error->code == MT_LOAD_ERROR_SYNTAX && reader_error->code != MT_LOAD_ERROR_SYNTAX &&
            reader_error->code != MT_LOAD_ERROR_FORMAT)
          g_error ("%s: %s / %s", name, error->message, reader_error->message);
      }

      if (name[0] == 'n' && root != NULL)
        g_error ("%s is not JSON, yet it was accepted", name);
      if (name[0] == 'y' && root == NULL && !g_strv_contains (refused_by_design, name))
        g_error ("%s is JSON, yet it was refused: %s", name, error->message);
    }

  g_test_message ("JSONTestSuite: %u accepted, %u refused", accepted, refused);
  g_assert_cmpuint (accepted + refused, >, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/json-check/empty", test_empty);
  g_test_add_func ("/metodist/json-check/deep-nesting", test_deep_nesting);
  g_test_add_func ("/metodist/json-check/lossy-inputs", test_lossy_inputs);
  g_test_add_func ("/metodist/json-check/valid", test_valid);
  g_test_add_func ("/metodist/json-check/too-large", test_too_large);
  g_test_add_func ("/metodist/json-check/message-names-the-place", test_message_names_the_place);
  g_test_add_func ("/metodist/json-check/json-test-suite", test_json_test_suite);

  return g_test_run ();
}
