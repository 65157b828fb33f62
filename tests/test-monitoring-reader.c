/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-monitoring-reader.c: `metodist-monitoring` documents, good and bad */
#include "config.h"

#include <string.h>

#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"

#define HEAD "{\"format\": \"metodist-monitoring\", \"version\": 1, "

static MtDataset *
load (const char  *text,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return mt_monitoring_read (bytes, error);
}

static MtDataset *
load_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = load (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
assert_document_problem (const char *text,
                         int         code,
                         const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = load (text, &error);

  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” is not in “%s”", in_message, error->message);
}

static MtRecord *
municipality (MtDataset *dataset,
              guint      index)
{
  GPtrArray *rows = mt_dataset_get_municipalities (dataset);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static void
test_valid_document (void)
{
  g_autoptr(MtDataset) dataset = load_ok (
    HEAD "\"region\": \"Кировская область\", \"platform\": \"VK Мессенджер (Сферум)\","
    "\"period\": {\"from\": \"2023-11-29\", \"to\": \"2023-12-06\"},"
    "\"published\": \"2023-12-06T15:00:00+03:00\", \"source\": \"Выгрузка\","
    "\"future_field\": {\"ignored\": [1, 2]},"
    "\"municipalities\": ["
    " {\"id\": \"33701000\", \"name\": \"г.о. Киров\", \"organizations\": 112,"
    "  \"teachers\": {\"total\": 5210, \"active\": 1044}, \"students\": {\"total\": 71500, \"active\": 7785}},"
    " {\"name\": \"Юрьянский\", \"teachers\": {\"total\": null, \"active\": 58}, \"students\": {\"active\": 22}},"
    " {\"id\": \"33635000\", \"name\": \"Слободской\", \"teachers\": {\"total\": 300, \"active\": 49.0},"
    "  \"students\": {\"total\": 2000, \"active\": 35}, \"extra\": true}"
    "]}");
  MtRecord *kirov = municipality (dataset, 0);
  MtRecord *yuryansky = municipality (dataset, 1);
  MtRecord *slobodskoy = municipality (dataset, 2);

  g_assert_cmpstr (mt_dataset_get_region (dataset), ==, "Кировская область");
  g_assert_cmpstr (mt_dataset_get_platform (dataset), ==, "VK Мессенджер (Сферум)");
  g_assert_cmpstr (mt_dataset_get_period_from (dataset), ==, "2023-11-29");
  g_assert_cmpstr (mt_dataset_get_period_to (dataset), ==, "2023-12-06");
  g_assert_cmpstr (mt_dataset_get_published (dataset), ==, "2023-12-06T15:00:00+03:00");
  g_assert_cmpstr (mt_dataset_get_source (dataset), ==, "Выгрузка");
  g_assert_false (mt_dataset_get_is_demo (dataset));
  g_assert_cmpuint (mt_dataset_get_problems (dataset)->len, ==, 0);

  g_assert_cmpstr (kirov->id, ==, "33701000");
  g_assert_cmpint (kirov->organizations, ==, 112);
  g_assert_cmpint (kirov->teachers.active, ==, 1044);
  g_assert_cmpint (kirov->teachers.total, ==, 5210);
  g_assert_cmpint (kirov->students.active, ==, 7785);
  g_assert_cmpint (kirov->students.total, ==, 71500);

  /* A total may be null or missing: unknown. */
  g_assert_null (yuryansky->id);
  g_assert_cmpint (yuryansky->teachers.total, ==, MT_COUNT_UNKNOWN);
  g_assert_cmpint (yuryansky->students.total, ==, MT_COUNT_UNKNOWN);
  g_assert_cmpint (yuryansky->organizations, ==, MT_COUNT_UNKNOWN);
  g_assert_null (yuryansky->problem);

  /* 49.0 is a whole number. */
  g_assert_cmpint (slobodskoy->teachers.active, ==, 49);
}

/* More rows than the whole country has, however short: refused (a
 * million tiny rows took 1.2 GB of a 61 MB document). */
static void
test_too_many_rows (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"metodist-monitoring\", \"version\": 1, \"municipalities\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = NULL;

  for (guint i = 0; i < MT_MAX_ROWS + 1; i++)
    g_string_append (text, i == 0 ? "{\"name\":\"a\",\"teachers\":{\"active\":1},\"students\":{\"active\":1}}"
                                  : ",{\"name\":\"a\",\"teachers\":{\"active\":1},\"students\":{\"active\":1}}");
  g_string_append (text, "]}");
  bytes = g_bytes_new (text->str, text->len);
  dataset = mt_monitoring_read (bytes, &error);
  g_assert_null (dataset);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE);
}

static void
test_document_problems (void)
{
  assert_document_problem ("not json", MT_LOAD_ERROR_SYNTAX, NULL);
  assert_document_problem ("", MT_LOAD_ERROR_EMPTY, NULL);
  assert_document_problem ("[1, 2]", MT_LOAD_ERROR_FORMAT, "not a JSON object");
  assert_document_problem ("{\"version\": 1, \"municipalities\": []}", MT_LOAD_ERROR_FORMAT, "format");
  assert_document_problem ("{\"format\": \"metodist-catalog\", \"version\": 1}", MT_LOAD_ERROR_FORMAT, "format");
  assert_document_problem ("{\"format\": \"metodist-monitoring\", \"version\": 2, \"municipalities\": []}",
                           MT_LOAD_ERROR_VERSION, "version 2");
  assert_document_problem ("{\"format\": \"metodist-monitoring\", \"version\": \"1\"}",
                           MT_LOAD_ERROR_FORMAT, "version");
  assert_document_problem ("{\"format\": \"metodist-monitoring\", \"version\": 1.5}",
                           MT_LOAD_ERROR_FORMAT, "version");
  assert_document_problem (HEAD "\"region\": \"x\"}", MT_LOAD_ERROR_NO_ROWS, NULL);
  assert_document_problem (HEAD "\"municipalities\": [], \"organizations\": []}",
                           MT_LOAD_ERROR_NO_ROWS, NULL);
  assert_document_problem (HEAD "\"municipalities\": {}}", MT_LOAD_ERROR_FORMAT, "municipalities");
  assert_document_problem (HEAD "\"region\": 5, \"municipalities\": []}", MT_LOAD_ERROR_FORMAT, "region");
  assert_document_problem (HEAD "\"period\": {\"from\": \"2023-02-30\", \"to\": \"2023-03-06\"},"
                           "\"municipalities\": []}", MT_LOAD_ERROR_FORMAT, "period.from");
  assert_document_problem (HEAD "\"period\": {\"from\": \"2023-12-06\", \"to\": \"2023-11-29\"},"
                           "\"municipalities\": []}", MT_LOAD_ERROR_FORMAT, "period");
  assert_document_problem (HEAD "\"published\": \"yesterday\", \"municipalities\": []}",
                           MT_LOAD_ERROR_FORMAT, "published");
}

typedef struct
{
  const char *row;
  const char *reason;
} RowCase;

static void
test_row_problems (void)
{
  static const RowCase cases[] = {
    { "{\"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}", "name: missing" },
    { "{\"name\": \"\", \"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}", "name: missing" },
    { "{\"name\": 7, \"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}", "name: expected text" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": -1}, \"students\": {\"active\": 1}}", "teachers.active: negative" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1.5}, \"students\": {\"active\": 1}}", "teachers.active: expected a whole number" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": \"12\"}, \"students\": {\"active\": 1}}", "teachers.active: expected a whole number" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1000000001}, \"students\": {\"active\": 1}}", "teachers.active: out of range" },
    /* Decided from the digits as written, never from a rounded double
     * (from review): beyond the bound however written, a fraction
     * however small or however close to a whole number. */
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1e400}, \"students\": {\"active\": 1}}", "teachers.active: out of range" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": -1e400}, \"students\": {\"active\": 1}}", "teachers.active: negative" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111}, \"students\": {\"active\": 1}}", "teachers.active: out of range" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1.0000000000000000001}, \"students\": {\"active\": 1}}", "teachers.active: expected a whole number, not a fraction" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1000000000.0000000001}, \"students\": {\"active\": 1}}", "teachers.active: expected a whole number, not a fraction" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 10000000010e-1}, \"students\": {\"active\": 1}}", "teachers.active: out of range" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1}, \"students\": {\"total\": 5}}", "students.active: missing" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1}, \"students\": {\"active\": null}}", "students.active: missing" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 1, \"total\": true}, \"students\": {\"active\": 1}}", "teachers.total: expected a whole number" },
    { "{\"name\": \"A\", \"teachers\": {\"active\": 10, \"total\": 9}, \"students\": {\"active\": 1}}", "teachers: 10 active of 9" },
    { "{\"name\": \"A\", \"teachers\": [1, 2], \"students\": {\"active\": 1}}", "teachers: expected an object" },
    { "{\"name\": \"A\", \"organizations\": -3, \"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}", "organizations: negative" },
    { "{\"name\": \"A\", \"id\": 33701000, \"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}", "id: expected text" },
    { "{\"name\": \"A\"}", "teachers: missing, and no organisation rows" },
    { "42", "expected an object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        HEAD "\"municipalities\": ["
        "{\"id\": \"1\", \"name\": \"Good\", \"teachers\": {\"total\": 10, \"active\": 5}, \"students\": {\"total\": 10, \"active\": 5}},"
        "%s]}", cases[i].row);
      g_autoptr(MtDataset) dataset = load_ok (text);
      MtRecord *good = municipality (dataset, 0);
      MtRecord *bad = municipality (dataset, 1);
      GPtrArray *problems = mt_dataset_get_problems (dataset);
      MtLoadProblem *problem;

      /* The rest loads; the bad row is kept, with its reason. */
      g_assert_null (good->problem);
      g_assert_nonnull (bad->problem);
      if (strstr (bad->problem, cases[i].reason) == NULL)
        g_error ("case %u: “%s” is not in “%s”", i, cases[i].reason, bad->problem);

      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpstr (problem->where, ==, "municipalities[1]");
      g_assert_cmpstr (problem->message, ==, bad->problem);
    }
}

static void
test_repeated_ids (void)
{
  g_autoptr(MtDataset) dataset = load_ok (
    HEAD "\"municipalities\": ["
    "{\"id\": \"1\", \"name\": \"Слободской\", \"teachers\": {\"active\": 5}, \"students\": {\"active\": 5}},"
    "{\"id\": \"2\", \"name\": \"Слободской\", \"teachers\": {\"active\": 5}, \"students\": {\"active\": 5}},"
    "{\"id\": \"1\", \"name\": \"г.о. Слободской\", \"teachers\": {\"active\": 5}, \"students\": {\"active\": 5}},"
    "{\"name\": \"Котельничский\", \"teachers\": {\"active\": 5}, \"students\": {\"active\": 5}},"
    "{\"name\": \"Котельничский\", \"teachers\": {\"active\": 6}, \"students\": {\"active\": 5}}"
    "]}");

  /* Same name, other ids: two municipalities, as in real data. */
  g_assert_null (municipality (dataset, 0)->problem);
  g_assert_null (municipality (dataset, 1)->problem);
  /* The later of two equal ids is left out, and so is an unnamed twin. */
  g_assert_nonnull (strstr (municipality (dataset, 2)->problem, "the id “1” is repeated (first at municipalities[0])"));
  g_assert_null (municipality (dataset, 3)->problem);
  g_assert_nonnull (strstr (municipality (dataset, 4)->problem, "repeated without an id"));
}

/* Two municipalities with one id: the first keeps its organisations and
 * stays in the rating; the later is the repeat. */
static void
test_repeated_id_keeps_organizations (void)
{
  g_autoptr(MtDataset) dataset = load_ok (
    HEAD "\"municipalities\": ["
    "{\"id\": \"33701000\", \"name\": \"г.о. Киров\"},"
    "{\"id\": \"33701000\", \"name\": \"Киров (ещё раз)\"}],"
    "\"organizations\": ["
    "{\"id\": \"o1\", \"name\": \"Школа 1\", \"municipality\": \"33701000\","
    " \"teachers\": {\"active\": 5, \"total\": 10}, \"students\": {\"active\": 50, \"total\": 100}},"
    "{\"id\": \"o2\", \"name\": \"Школа 2\", \"municipality\": \"33701000\","
    " \"teachers\": {\"active\": 3, \"total\": 10}, \"students\": {\"active\": 10, \"total\": 100}}]}");
  MtRecord *first = municipality (dataset, 0);

  g_assert_null (first->problem);
  g_assert_cmpint (first->teachers.active, ==, 8);
  g_assert_cmpint (first->teachers.total, ==, 20);
  g_assert_cmpint (first->organizations, ==, 2);
  g_assert_nonnull (strstr (municipality (dataset, 1)->problem, "is repeated"));
}

static void
test_organizations_aggregate (void)
{
  g_autoptr(MtDataset) dataset = load_ok (
    HEAD "\"municipalities\": ["
    " {\"id\": \"33701000\", \"name\": \"г.о. Киров\"},"
    " {\"id\": \"33635000\", \"name\": \"Слободской\", \"organizations\": 20,"
    "  \"teachers\": {\"total\": 300, \"active\": 49}, \"students\": {\"total\": 2000, \"active\": 35}}"
    "],"
    "\"organizations\": ["
    " {\"id\": \"o1\", \"name\": \"МБОУ СОШ № 1\", \"municipality\": \"33701000\","
    "  \"teachers\": {\"total\": 80, \"active\": 31}, \"students\": {\"total\": 900, \"active\": 412}},"
    " {\"id\": \"o2\", \"name\": \"МБОУ СОШ № 2\", \"municipality\": \"33701000\","
    "  \"teachers\": {\"total\": 20, \"active\": 9}, \"students\": {\"total\": 100, \"active\": 8}},"
    " {\"id\": \"o3\", \"name\": \"МБОУ СОШ № 3\", \"municipality\": \"33701000\","
    "  \"teachers\": {\"total\": 20, \"active\": -9}, \"students\": {\"total\": 100, \"active\": 8}},"
    " {\"id\": \"o4\", \"name\": \"МКОУ ООШ\", \"municipality\": \"33635000\","
    "  \"teachers\": {\"total\": 10, \"active\": 1}, \"students\": {\"total\": 10, \"active\": 1}},"
    " {\"id\": \"o5\", \"name\": \"МКОУ ООШ д. Ключи\", \"municipality\": \"Нолинский\","
    "  \"teachers\": {\"active\": 3}, \"students\": {\"total\": 40, \"active\": 4}},"
    " {\"id\": \"o6\", \"name\": \"Без района\","
    "  \"teachers\": {\"active\": 3}, \"students\": {\"active\": 4}}"
    "]}");
  MtRecord *kirov = municipality (dataset, 0);
  MtRecord *slobodskoy = municipality (dataset, 1);
  MtRecord *nolinsky = municipality (dataset, 2);

  /* Kirov has no counts of its own: its valid schools are summed. */
  g_assert_null (kirov->problem);
  g_assert_cmpint (kirov->organizations, ==, 2);
  g_assert_cmpint (kirov->teachers.active, ==, 40);
  g_assert_cmpint (kirov->teachers.total, ==, 100);
  g_assert_cmpint (kirov->students.active, ==, 420);
  g_assert_cmpint (kirov->students.total, ==, 1000);

  /* Slobodskoy's own counts win over its school's. */
  g_assert_cmpint (slobodskoy->organizations, ==, 20);
  g_assert_cmpint (slobodskoy->teachers.active, ==, 49);

  /* A municipality named only by its schools is added; an unknown total
   * makes the sum unknown. */
  g_assert_cmpstr (nolinsky->name, ==, "Нолинский");
  g_assert_cmpint (nolinsky->teachers.active, ==, 3);
  g_assert_cmpint (nolinsky->teachers.total, ==, MT_COUNT_UNKNOWN);
  g_assert_cmpint (nolinsky->students.total, ==, 40);

  g_assert_cmpuint (mt_dataset_get_municipalities (dataset)->len, ==, 3);
  /* The school with -9 and the one without a municipality are reported. */
  g_assert_cmpuint (mt_dataset_get_problems (dataset)->len, ==, 2);
}

static void
test_organizations_only (void)
{
  g_autoptr(MtDataset) dataset = load_ok (
    HEAD "\"organizations\": ["
    " {\"name\": \"Школа 1\", \"municipality\": \"Юрьянский\","
    "  \"teachers\": {\"total\": 30, \"active\": 20}, \"students\": {\"total\": 300, \"active\": 12}},"
    " {\"name\": \"Школа 2\", \"municipality\": \"Юрьянский\","
    "  \"teachers\": {\"total\": 40, \"active\": 38}, \"students\": {\"total\": 200, \"active\": 10}}"
    "]}");
  MtRecord *yuryansky = municipality (dataset, 0);

  g_assert_cmpuint (mt_dataset_get_municipalities (dataset)->len, ==, 1);
  g_assert_cmpint (yuryansky->teachers.active, ==, 58);
  g_assert_cmpint (yuryansky->students.active, ==, 22);
  g_assert_cmpint (yuryansky->organizations, ==, 2);
}

static void
test_pitfalls_through_reader (void)
{
  /* The reader tokenizes documents itself: every json-glib pitfall must be
   * refused here as well. 200,000 nested arrays in a row: no crash. */
  g_autoptr(GString) deep = g_string_new (HEAD "\"municipalities\": [");
  g_autofree char *escapes = NULL;

  for (int i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  assert_document_problem (deep->str, MT_LOAD_ERROR_TOO_DEEP, NULL);

  /* 2^64 + 1044 would wrap round to 1044: it is a count out of range, a
   * row problem however many digits it has (FORMATS.md §1); 1e-400 would
   * read as 0: a fraction. The other rows load. */
  {
    g_autoptr(MtDataset) dataset = load_ok (
      HEAD "\"municipalities\": ["
      "{\"name\": \"A\", \"teachers\": {\"active\": 18446744073709552660}, \"students\": {\"active\": 1}},"
      "{\"name\": \"B\", \"teachers\": {\"active\": -123456789012345678901234567890}, \"students\": {\"active\": 1}},"
      "{\"name\": \"C\", \"teachers\": {\"active\": 1e-400}, \"students\": {\"active\": 1}},"
      "{\"name\": \"D\", \"teachers\": {\"active\": 0e5, \"total\": 1.0e1}, \"students\": {\"active\": 1}}]}");

    g_assert_nonnull (strstr (municipality (dataset, 0)->problem, "out of range"));
    g_assert_nonnull (strstr (municipality (dataset, 1)->problem, "negative"));
    g_assert_nonnull (strstr (municipality (dataset, 2)->problem, "fraction"));
    g_assert_null (municipality (dataset, 3)->problem);
    g_assert_cmpint (municipality (dataset, 3)->teachers.total, ==, 10);
  }
  /* The last of two keys would silently win. */
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": \"A\", \"teachers\": {\"active\": 5, \"active\": 50000},"
                           " \"students\": {\"active\": 1}}]}", MT_LOAD_ERROR_SYNTAX, "repeated");
  /* Written with an escape, the same key all the same. */
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": \"A\", \"n\\u0061me\": \"B\"}]}",
                           MT_LOAD_ERROR_SYNTAX, "repeated");
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": \"A\\u0000B\"}]}", MT_LOAD_ERROR_SYNTAX, "NUL");
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": \"\\ud800\"}]}", MT_LOAD_ERROR_SYNTAX, "surrogate");
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": 'A'}]}", MT_LOAD_ERROR_SYNTAX, NULL);
  assert_document_problem (HEAD "/* c */ \"municipalities\": []}", MT_LOAD_ERROR_SYNTAX, NULL);
  assert_document_problem (HEAD "\"municipalities\": [{\"name\": \"A\", \"organizations\": 010}]}", MT_LOAD_ERROR_SYNTAX, "leading zero");
  assert_document_problem (HEAD "\"municipalities\": []} trailing", MT_LOAD_ERROR_SYNTAX, "more data");
  assert_document_problem (HEAD "\"municipalities\": [", MT_LOAD_ERROR_SYNTAX, NULL);
  assert_document_problem ("\xEF\xBB\xBF", MT_LOAD_ERROR_EMPTY, NULL);
  assert_document_problem ("{\"a\": \"\xC0\xAF\"}", MT_LOAD_ERROR_ENCODING, NULL);

  /* Escapes are decoded: "\u0433.\u043e. Киров", a surrogate pair, a quote. */
  escapes = g_strdup (HEAD "\"municipalities\": [{\"name\": \"\\u0433.\\u043e. \\\"Киров\\\" \\ud83d\\ude00\\n\","
                      " \"teachers\": {\"active\": 1}, \"students\": {\"active\": 1}}]}");
  {
    g_autoptr(MtDataset) dataset = load_ok (escapes);

    g_assert_cmpstr (municipality (dataset, 0)->name, ==, "г.о. \"Киров\" 😀\n");
  }
}

static void
test_members_in_any_order (void)
{
  /* Rows before the format and version, the excluded mark after the
   * counts: a row's reason is still its first field's. */
  g_autoptr(MtDataset) dataset = load_ok (
    "{\"municipalities\": [{\"teachers\": {\"active\": -1}, \"students\": {\"active\": 1},"
    " \"excluded\": \"проверяется\", \"name\": \"A\"}],"
    " \"version\": 1, \"format\": \"metodist-monitoring\"}");

  g_assert_cmpstr (municipality (dataset, 0)->problem, ==, "проверяется");
  g_assert_cmpuint (mt_dataset_get_problems (dataset)->len, ==, 1);

  /* A newer version is named even when its rows do not fit version 1. */
  assert_document_problem ("{\"municipalities\": [7, 8], \"period\": \"2024\", \"version\": 2,"
                           " \"format\": \"metodist-monitoring\"}", MT_LOAD_ERROR_VERSION, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/monitoring-reader/valid", test_valid_document);
  g_test_add_func ("/metodist/monitoring-reader/document-problems", test_document_problems);
  g_test_add_func ("/metodist/monitoring-reader/too-many-rows", test_too_many_rows);
  g_test_add_func ("/metodist/monitoring-reader/row-problems", test_row_problems);
  g_test_add_func ("/metodist/monitoring-reader/repeated-ids", test_repeated_ids);
  g_test_add_func ("/metodist/monitoring-reader/repeated-id-keeps-organizations", test_repeated_id_keeps_organizations);
  g_test_add_func ("/metodist/monitoring-reader/organizations-aggregate", test_organizations_aggregate);
  g_test_add_func ("/metodist/monitoring-reader/organizations-only", test_organizations_only);
  g_test_add_func ("/metodist/monitoring-reader/pitfalls-through-reader", test_pitfalls_through_reader);
  g_test_add_func ("/metodist/monitoring-reader/members-in-any-order", test_members_in_any_order);

  return g_test_run ();
}
