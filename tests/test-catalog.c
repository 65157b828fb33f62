/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-catalog.c: the metodist-catalog loader and writer, the demo
 * catalog, and the stages of events on given days */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"
#include "mt-handout.h"
#include "mt-json-check.h"
#include "mt-load-error.h"

#define HEADER "{\"format\": \"metodist-catalog\", \"version\": 1, "

static MtCatalog *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return mt_catalog_load (bytes, error);
}

static MtCatalog *
load_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  MtCatalog *catalog = load_text (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static MtMaterial *
material_at (MtCatalog *catalog,
             guint      i)
{
  g_autoptr(MtMaterial) material = g_list_model_get_item (G_LIST_MODEL (mt_catalog_get_materials (catalog)), i);

  return material;  /* the catalog keeps it */
}

static MtEvent *
event_at (MtCatalog *catalog,
          guint      i)
{
  g_autoptr(MtEvent) event = g_list_model_get_item (G_LIST_MODEL (mt_catalog_get_events (catalog)), i);

  return event;
}

/* Whether one of the catalog's problems begins with @path and holds @words. */
static gboolean
has_problem (MtCatalog  *catalog,
             const char *path,
             const char *words)
{
  GPtrArray *problems = mt_catalog_get_problems (catalog);

  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (problem, path) && strstr (problem, words) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_demo (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  MtEvent *contest, *marathon;
  GArray *stages;
  GPtrArray *nominations;
  const MtNotice *notice;
  static const char * const expected_nominations[] = {
    "Чат «Учительская»", "«Классный чат»", "«Родительский чат»",
    "«Тематический чат»", "«Методический чат»", "«Чат события»",
  };

  g_assert_true (mt_catalog_get_is_demo (catalog));
  g_assert_cmpuint (mt_catalog_get_problems (catalog)->len, ==, 0);
  g_assert_cmpstr (mt_catalog_get_meeting_title (catalog), ==,
                   "Использование VK Мессенджера в образовательной организации");
  g_assert_cmpstr (mt_catalog_get_meeting_date (catalog), ==, "2023-12-07");

  /* The five materials of the meeting, and the recommendations for the hall. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_materials (catalog))), ==, 6);
  g_assert_cmpint (mt_material_get_kind (material_at (catalog, 0)), ==, MT_MATERIAL_PRESENTATION);
  g_assert_cmpint (mt_material_get_kind (material_at (catalog, 1)), ==, MT_MATERIAL_MONITORING);
  g_assert_cmpint (mt_material_get_kind (material_at (catalog, 4)), ==, MT_MATERIAL_TEMPLATE);
  for (guint i = 0; i < 6; i++)
    {
      MtMaterial *material = material_at (catalog, i);

      g_assert_null (mt_material_get_url_problem (material));
      g_assert_true (g_str_has_prefix (mt_material_get_url (material), "https://example.org/"));
      g_assert_cmpint (mt_material_get_qr (material), ==,
                       mt_material_get_kind (material) == MT_MATERIAL_RECOMMENDATIONS);
    }
  g_assert_nonnull (mt_catalog_find_material (catalog, "recommendations"));

  contest = event_at (catalog, 0);
  g_assert_cmpstr (mt_event_get_title (contest), ==,
                   "Областной конкурс лучших педагогических практик использования ИКОП «Сферум»");
  stages = mt_event_get_stages (contest);
  g_assert_cmpuint (stages->len, ==, 3);
  g_assert_cmpstr (g_array_index (stages, MtStage, 0).from, ==, "2023-12-01");
  g_assert_cmpstr (g_array_index (stages, MtStage, 0).to, ==, "2024-01-21");
  g_assert_cmpstr (g_array_index (stages, MtStage, 1).from, ==, "2024-01-22");
  g_assert_cmpstr (g_array_index (stages, MtStage, 1).to, ==, "2024-01-28");
  g_assert_null (g_array_index (stages, MtStage, 2).from);
  g_assert_cmpstr (g_array_index (stages, MtStage, 2).to, ==, "2024-01-31");
  nominations = mt_event_get_nominations (contest);
  g_assert_cmpuint (nominations->len, ==, G_N_ELEMENTS (expected_nominations));
  for (guint i = 0; i < nominations->len; i++)
    g_assert_cmpstr (g_ptr_array_index (nominations, i), ==, expected_nominations[i]);
  g_assert_cmpuint (mt_event_get_links (contest)->len, ==, 2);

  marathon = event_at (catalog, 1);
  g_assert_nonnull (strstr (mt_event_get_title (marathon), "Огоньки Сферума"));
  g_assert_cmpstr (g_array_index (mt_event_get_stages (marathon), MtStage, 0).from, ==, "2023-12-05");
  g_assert_cmpstr (g_array_index (mt_event_get_stages (marathon), MtStage, 0).to, ==, "2023-12-15");

  g_assert_cmpuint (mt_catalog_get_notices (catalog)->len, ==, 1);
  notice = g_ptr_array_index (mt_catalog_get_notices (catalog), 0);
  g_assert_nonnull (strstr (notice->text, "149-ФЗ"));
  g_assert_nonnull (strstr (notice->text, "13.11.2"));
  g_assert_nonnull (strstr (notice->text, "от 30 до 50 тысяч"));
  g_assert_nonnull (strstr (notice->text, "от 100 до 700 тысяч"));
}

/* Links that are not http(s) keep their item, marked, never to be used. */
static void
test_unusable_links (void)
{
  static const char * const urls[] = {
    "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/a.pdf",
    "mailto:metodist@example.org", "smb://server/share/a.pdf", "docs/a.pdf", "", "http://",
  };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autofree char *escaped = g_strescape (urls[i], NULL);
      g_autofree char *text = g_strdup_printf (HEADER "\"materials\": [{\"id\": \"a\", \"title\": \"Инструкция\", "
                                               "\"url\": \"%s\"}]}", escaped);
      g_autoptr(MtCatalog) catalog = load_ok (text);
      MtMaterial *material;

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_materials (catalog))), ==, 1);
      material = material_at (catalog, 0);
      g_assert_nonnull (mt_material_get_url_problem (material));
      g_assert_true (has_problem (catalog, "materials[0].url", "never opened"));
    }
  {
    g_autoptr(MtCatalog) catalog = load_ok (HEADER "\"events\": [{\"id\": \"e\", \"title\": \"Конкурс\", "
                                            "\"links\": [{\"title\": \"Чат\", \"url\": \"tg://resolve\"}]}], "
                                            "\"notices\": [{\"title\": \"Закон\", \"url\": \"file:///law\"}]}");
    const MtLink *link = g_ptr_array_index (mt_event_get_links (event_at (catalog, 0)), 0);
    const MtNotice *notice = g_ptr_array_index (mt_catalog_get_notices (catalog), 0);

    g_assert_nonnull (link->url_problem);
    g_assert_nonnull (notice->url_problem);
    g_assert_true (has_problem (catalog, "events[0].links[0].url", "never opened"));
    g_assert_true (has_problem (catalog, "notices[0].url", "never opened"));
  }
}

/* Item problems: the item (or the field) goes, with the place named. */
static void
test_item_problems (void)
{
  g_autoptr(MtCatalog) catalog = load_ok (
    HEADER "\"materials\": ["
    "{\"id\": \"a\", \"title\": \"Первый\", \"url\": \"https://example.org/a.pdf\"},"
    "{\"id\": \"a\", \"title\": \"Повтор\"},"
    "42,"
    "{\"title\": \"Без id\"},"
    "{\"id\": \"b\", \"title\": 7},"
    "{\"id\": \"c\", \"title\": \"Поля\", \"size\": \"big\", \"qr\": \"yes\", \"updated\": \"06.12.2023\","
    " \"kind\": 5, \"description\": [], \"sha256\": \"xyz\"},"
    "{\"id\": \"d\", \"title\": \"Видео\", \"kind\": \"video\", \"size\": -5}"
    "], \"events\": [{\"id\": \"e\", \"title\": \"Конкурс\", \"stages\": ["
    "{\"title\": \"Назад\", \"from\": \"2024-01-10\", \"to\": \"2024-01-01\"},"
    "{\"title\": \"Без дат\"},"
    "{\"title\": \"Хорошо\", \"from\": \"2024-01-01\"}], \"nominations\": [\"Одна\", 2]},"
    "{\"id\": \"e\", \"title\": \"Повтор события\"}]}");
  MtMaterial *fields;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_materials (catalog))), ==, 3);
  g_assert_true (has_problem (catalog, "materials[1]", "used by an earlier item"));
  g_assert_true (has_problem (catalog, "materials[2]", "expected an object"));
  g_assert_true (has_problem (catalog, "materials[3]", "“id”"));
  g_assert_true (has_problem (catalog, "materials[4]", "“title”"));

  fields = material_at (catalog, 1);
  g_assert_cmpstr (mt_material_get_id (fields), ==, "c");
  g_assert_cmpint (mt_material_get_size (fields), ==, -1);
  g_assert_false (mt_material_get_qr (fields));
  g_assert_null (mt_material_get_updated (fields));
  g_assert_null (mt_material_get_description (fields));
  g_assert_null (mt_material_get_sha256 (fields));
  g_assert_cmpint (mt_material_get_kind (fields), ==, MT_MATERIAL_OTHER);
  g_assert_true (has_problem (catalog, "materials[5].size", "whole number"));
  g_assert_true (has_problem (catalog, "materials[5].qr", "true or false"));
  g_assert_true (has_problem (catalog, "materials[5].updated", "2023-12-06"));
  g_assert_true (has_problem (catalog, "materials[5].description", "text"));
  g_assert_true (has_problem (catalog, "materials[5].sha256", "hexadecimal"));
  g_assert_true (has_problem (catalog, "materials[5]", "“kind”"));

  /* An unknown kind is "other", quietly (FORMATS.md §3). */
  g_assert_cmpint (mt_material_get_kind (material_at (catalog, 2)), ==, MT_MATERIAL_OTHER);
  g_assert_false (has_problem (catalog, "materials[6]", "kind"));
  g_assert_true (has_problem (catalog, "materials[6].size", "whole number"));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_events (catalog))), ==, 1);
  g_assert_cmpuint (mt_event_get_stages (event_at (catalog, 0))->len, ==, 1);
  g_assert_true (has_problem (catalog, "events[0].stages[0]", "ends before it starts"));
  g_assert_true (has_problem (catalog, "events[0].stages[1]", "neither"));
  g_assert_cmpuint (mt_event_get_nominations (event_at (catalog, 0))->len, ==, 1);
  g_assert_true (has_problem (catalog, "events[0].nominations[1]", "text"));
  g_assert_true (has_problem (catalog, "events[1]", "used by an earlier item"));
}

/* Document problems: the load fails with one message. */
static void
test_document_problems (void)
{
  static const struct
  {
    const char *text;
    int code;
  } cases[] = {
    { "", MT_LOAD_ERROR_EMPTY },
    /* A second list written with escapes would replace the first unseen. */
    { HEADER "\"materials\": [], \"m\\u0061terials\": []}", MT_LOAD_ERROR_SYNTAX },
    { "[]", MT_LOAD_ERROR_FORMAT },
    { "{\"format\": \"metodist-monitoring\", \"version\": 1}", MT_LOAD_ERROR_FORMAT },
    { "{\"format\": \"metodist-catalog\"}", MT_LOAD_ERROR_FORMAT },
    { "{\"format\": \"metodist-catalog\", \"version\": \"1\"}", MT_LOAD_ERROR_FORMAT },
    { "{\"format\": \"metodist-catalog\", \"version\": 2}", MT_LOAD_ERROR_VERSION },
    { HEADER "\"materials\": {}}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"events\": \"none\"}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"notices\": 1}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"title\": 5}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"meeting\": \"today\"}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"meeting\": {\"title\": \"Совещание\", \"date\": \"07.12.2023\"}}", MT_LOAD_ERROR_FORMAT },
    { HEADER "\"title\": \"a\", \"title\": \"b\"}", MT_LOAD_ERROR_SYNTAX },
    { HEADER "\"materials\": [}", MT_LOAD_ERROR_SYNTAX },
    { "{\"format\": \"metodist-catalog\", \"version\": 1, \"title\": \"\xff\"}", MT_LOAD_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MtCatalog) catalog = load_text (cases[i].text, &error);

      g_assert_null (catalog);
      g_assert_error (error, MT_LOAD_ERROR, cases[i].code);
    }

  /* Nested deeper than any catalog needs. */
  {
    g_autoptr(GString) deep = g_string_new (HEADER "\"materials\": [");
    g_autoptr(GError) error = NULL;
    g_autoptr(MtCatalog) catalog = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 100; i++)
      g_string_append_c (deep, ']');
    g_string_append (deep, "]}");
    catalog = load_text (deep->str, &error);
    g_assert_null (catalog);
    g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_DEEP);
  }
}

static MtStageState
state_on (MtEvent    *event,
          guint       stage,
          const char *day,
          int        *days_left)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, atoi (day + 8), atoi (day + 5), atoi (day));
  return mt_event_stage_state (event, stage, &date, days_left);
}

/* Before, inside and after each of the contest's stages. */
static void
test_stages_by_day (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  MtEvent *contest = event_at (catalog, 0);
  int left = -1;

  g_assert_cmpint (state_on (contest, 0, "2023-11-30", &left), ==, MT_STAGE_FUTURE);
  g_assert_cmpint (left, ==, 0);
  g_assert_cmpint (state_on (contest, 0, "2023-12-01", &left), ==, MT_STAGE_CURRENT);
  g_assert_cmpint (left, ==, 52);
  g_assert_cmpint (state_on (contest, 0, "2024-01-10", &left), ==, MT_STAGE_CURRENT);
  g_assert_cmpint (left, ==, 12);
  g_assert_cmpint (state_on (contest, 0, "2024-01-21", &left), ==, MT_STAGE_CURRENT);
  g_assert_cmpint (left, ==, 1);
  g_assert_cmpint (state_on (contest, 1, "2024-01-21", NULL), ==, MT_STAGE_FUTURE);

  g_assert_cmpint (state_on (contest, 0, "2024-01-22", NULL), ==, MT_STAGE_PAST);
  g_assert_cmpint (state_on (contest, 1, "2024-01-22", &left), ==, MT_STAGE_CURRENT);
  g_assert_cmpint (left, ==, 7);
  g_assert_cmpint (state_on (contest, 2, "2024-01-28", NULL), ==, MT_STAGE_FUTURE);

  /* "Results by 31.01" starts when the jury's week ends. */
  g_assert_cmpint (state_on (contest, 1, "2024-01-29", NULL), ==, MT_STAGE_PAST);
  g_assert_cmpint (state_on (contest, 2, "2024-01-29", &left), ==, MT_STAGE_CURRENT);
  g_assert_cmpint (left, ==, 3);
  g_assert_cmpint (state_on (contest, 2, "2024-02-01", NULL), ==, MT_STAGE_PAST);

  /* A stage with no end runs until the next one starts, or for ever. */
  {
    g_autoptr(MtEvent) open = mt_event_new ("open", "Без конца");

    mt_event_add_stage (open, "Приём", "2024-03-01", NULL);
    g_assert_cmpint (state_on (open, 0, "2030-01-01", &left), ==, MT_STAGE_CURRENT);
    g_assert_cmpint (left, ==, 0);
  }
}

/* A link shown to the hall is named by its item's title. */
static void
test_title_for_url (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));
  g_autoptr(MtMaterial) first = g_list_model_get_item (materials, 0);
  MtEvent *contest = event_at (catalog, 0);
  const MtLink *link = g_ptr_array_index (mt_event_get_links (contest), 0);
  g_autofree char *material_title = mt_catalog_title_for_url (catalog, mt_material_get_url (first));
  g_autofree char *link_title = mt_catalog_title_for_url (catalog, link->url);
  g_autofree char *expected_link = g_strdup_printf ("%s — %s", mt_event_get_title (contest), link->title);
  g_autofree char *unknown = mt_catalog_title_for_url (catalog, "https://example.org/not-in-the-catalog");

  g_assert_cmpstr (material_title, ==, mt_material_get_title (first));
  g_assert_cmpstr (link_title, ==, expected_link);
  g_assert_null (unknown);
  g_assert_null (mt_catalog_title_for_url (catalog, ""));
}

/* What is saved loads again as it was, and saves to the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autofree char *json = mt_catalog_to_json (demo);
  g_autoptr(MtCatalog) again = load_ok (json);
  g_autofree char *json_again = mt_catalog_to_json (again);
  g_autofree char *dir = g_dir_make_tmp ("metodist-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalog.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "catalog.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpstr (json, ==, json_again);
  g_assert_cmpuint (mt_catalog_get_problems (again)->len, ==, 0);
  g_assert_cmpstr (mt_material_get_sha256 (material_at (again, 0)), ==, NULL);
  g_assert_cmpint (mt_material_get_size (material_at (again, 0)), ==, 2480000);
  g_assert_true (mt_material_get_qr (material_at (again, 5)));

  g_assert_true (mt_catalog_save (demo, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, json);

  g_assert_false (mt_catalog_save (demo, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "catalog.json"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The handout's codes are at least 35 mm across on paper, six to a page,
 * and its pages hold every usable material once. */
static void
test_handout_layout (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(GPtrArray) materials = mt_handout_materials (catalog);
  g_autoptr(GString) long_url = g_string_new ("https://example.org/");

  g_assert_cmpuint (materials->len, ==, 6);
  for (guint i = 0; i < materials->len; i++)
    {
      g_autoptr(MtQrCode) code = mt_qr_code_new (mt_material_get_url (g_ptr_array_index (materials, i)),
                                                 MT_QR_LEVEL_M, NULL);

      g_assert_cmpfloat (mt_handout_code_side (code) * 25.4 / 72, >=, 35);
    }
  /* Even an address of 300 characters. */
  while (long_url->len < 300)
    g_string_append (long_url, "materials/");
  {
    g_autoptr(MtQrCode) code = mt_qr_code_new (long_url->str, MT_QR_LEVEL_M, NULL);

    g_assert_cmpfloat (mt_handout_code_side (code) * 25.4 / 72, >=, 35);
  }
  g_assert_cmpuint (mt_handout_n_pages (0), ==, 1);
  g_assert_cmpuint (mt_handout_n_pages (6), ==, 1);
  g_assert_cmpuint (mt_handout_n_pages (7), ==, 2);
  g_assert_cmpuint (mt_handout_n_pages (12), ==, 2);
  g_assert_cmpuint (mt_handout_n_pages (13), ==, 3);
}

typedef struct
{
  gboolean done;
  gboolean written;
  GError *error;
} HandoutResult;

static void
handout_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  HandoutResult *handout = user_data;

  handout->written = mt_handout_write_finish (result, &handout->error);
  handout->done = TRUE;
}

static HandoutResult
write_handout (MtCatalog  *catalog,
               GPtrArray  *materials,
               const char *path)
{
  HandoutResult handout = { FALSE, FALSE, NULL };

  mt_handout_write_async (catalog, materials, path, NULL, handout_written_cb, &handout);
  while (!handout.done)
    g_main_context_iteration (NULL, TRUE);
  return handout;
}

/* The handout written in a worker: whole, or an error naming the file. */
static void
test_handout_async (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(GPtrArray) materials = mt_handout_materials (catalog);
  g_autofree char *dir = g_dir_make_tmp ("metodist-handout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "handout.pdf", NULL);
  g_autofree char *contents = NULL;
  HandoutResult good = write_handout (catalog, materials, path);
  HandoutResult bad = write_handout (catalog, materials, nowhere);

  g_assert_no_error (good.error);
  g_assert_true (good.written);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_false (bad.written);
  g_assert_nonnull (bad.error);
  g_assert_nonnull (strstr (bad.error->message, "handout.pdf"));
  g_clear_error (&bad.error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A copy is the whole catalog, written the same, and changes apart. */
static void
test_copy (void)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autoptr(MtCatalog) copy = mt_catalog_copy (demo);
  g_autofree char *original_json = mt_catalog_to_json (demo);
  g_autofree char *copy_json = mt_catalog_to_json (copy);
  g_autoptr(MtMaterial) first = g_list_model_get_item (G_LIST_MODEL (mt_catalog_get_materials (copy)), 0);
  g_autoptr(MtEvent) event = g_list_model_get_item (G_LIST_MODEL (mt_catalog_get_events (copy)), 0);
  g_autofree char *after_json = NULL;

  g_assert_cmpstr (copy_json, ==, original_json);
  g_assert_true (mt_catalog_get_is_demo (copy) == mt_catalog_get_is_demo (demo));
  g_assert_cmpuint (mt_catalog_get_notices (copy)->len, ==, mt_catalog_get_notices (demo)->len);
  mt_material_set_title (first, "Другое название");
  mt_event_add_stage (event, "Ещё этап", "2024-01-10", NULL);
  g_list_store_remove (mt_catalog_get_materials (copy), 1);
  after_json = mt_catalog_to_json (demo);
  g_assert_cmpstr (after_json, ==, original_json);
}

/* A catalog too big to be one is refused before json-glib builds its
 * tree (from review: 20 million zeros in an unknown list took 1.6 GB). */
static void
test_too_many_values (void)
{
  g_autoptr(GString) text = g_string_new (HEADER "\"junk\": [0");
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCatalog) catalog = NULL;

  for (guint i = 0; i < MT_JSON_MAX_TREE_VALUES; i++)
    g_string_append (text, ",0");
  g_string_append (text, "]}");
  catalog = load_text (text->str, &error);
  g_assert_null (catalog);
  g_assert_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_TOO_LARGE);
}

/* The optional "deck" section: the order of the deck's parts, kept
 * through a save; whatever is wrong in it is one problem per entry, never
 * the catalog's failure; entries past MT_DECK_MAX_ENTRIES one problem in
 * all. A catalog without it has none. */
static void
test_deck_section (void)
{
  g_autoptr(MtCatalog) plain = load_ok (HEADER "\"materials\": []}");
  g_autoptr(MtCatalog) ordered = load_ok (HEADER "\"deck\": {\"slides\": [\"rating\", \"title\", \"closing\"]}}");
  g_autoptr(MtCatalog) hostile = NULL;
  g_autoptr(MtCatalog) again = NULL;
  g_autoptr(GString) text = g_string_new (HEADER "\"deck\": {\"slides\": [\"title\", \"holograms\", 7, "
                                          "\"title\", null, \"rating\"");
  g_autofree char *json = NULL;
  GArray *deck;

  g_assert_null (mt_catalog_get_deck (plain));
  g_assert_cmpuint (mt_catalog_get_problems (plain)->len, ==, 0);

  deck = mt_catalog_get_deck (ordered);
  g_assert_nonnull (deck);
  g_assert_cmpuint (deck->len, ==, 3);
  g_assert_cmpint (g_array_index (deck, MtDeckSection, 0), ==, MT_DECK_SECTION_RATING);
  g_assert_cmpint (g_array_index (deck, MtDeckSection, 2), ==, MT_DECK_SECTION_CLOSING);
  /* Kept through a save and a copy. */
  json = mt_catalog_to_json (ordered);
  again = load_ok (json);
  g_assert_cmpuint (mt_catalog_get_deck (again)->len, ==, 3);
  g_assert_cmpint (g_array_index (mt_catalog_get_deck (again), MtDeckSection, 1), ==, MT_DECK_SECTION_TITLE);
  {
    g_autoptr(MtCatalog) copy = mt_catalog_copy (ordered);

    g_assert_cmpuint (mt_catalog_get_deck (copy)->len, ==, 3);
  }

  /* 10,000 entries of every wrong kind. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, ", \"chart\"");
  g_string_append (text, "]}}");
  hostile = load_ok (text->str);
  deck = mt_catalog_get_deck (hostile);
  g_assert_cmpuint (deck->len, ==, 3);
  g_assert_cmpint (g_array_index (deck, MtDeckSection, 0), ==, MT_DECK_SECTION_TITLE);
  g_assert_cmpint (g_array_index (deck, MtDeckSection, 1), ==, MT_DECK_SECTION_RATING);
  g_assert_cmpint (g_array_index (deck, MtDeckSection, 2), ==, MT_DECK_SECTION_CHART);
  g_assert_true (has_problem (hostile, "deck.slides[1]", "not a part of the deck"));
  g_assert_true (has_problem (hostile, "deck.slides[2]", "expected the name"));
  g_assert_true (has_problem (hostile, "deck.slides[3]", "named before"));
  g_assert_true (has_problem (hostile, "deck.slides[4]", "expected the name"));
  g_assert_true (has_problem (hostile, "deck.slides", "more than 64 entries"));
  g_assert_cmpuint (mt_catalog_get_problems (hostile)->len, <=, MT_DECK_MAX_ENTRIES + 1);

  /* The wrong type: ignored with one problem. */
  {
    g_autoptr(MtCatalog) wrong = load_ok (HEADER "\"deck\": [\"title\"]}");
    g_autoptr(MtCatalog) wrong_slides = load_ok (HEADER "\"deck\": {\"slides\": \"title\"}}");

    g_assert_null (mt_catalog_get_deck (wrong));
    g_assert_true (has_problem (wrong, "deck", "expected an object"));
    g_assert_null (mt_catalog_get_deck (wrong_slides));
    g_assert_true (has_problem (wrong_slides, "deck.slides", "expected a list"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metodist/catalog/demo", test_demo);
  g_test_add_func ("/metodist/catalog/unusable-links", test_unusable_links);
  g_test_add_func ("/metodist/catalog/item-problems", test_item_problems);
  g_test_add_func ("/metodist/catalog/document-problems", test_document_problems);
  g_test_add_func ("/metodist/catalog/stages-by-day", test_stages_by_day);
  g_test_add_func ("/metodist/catalog/round-trip", test_round_trip);
  g_test_add_func ("/metodist/catalog/copy", test_copy);
  g_test_add_func ("/metodist/catalog/title-for-url", test_title_for_url);
  g_test_add_func ("/metodist/catalog/handout-layout", test_handout_layout);
  g_test_add_func ("/metodist/catalog/handout-async", test_handout_async);
  g_test_add_func ("/metodist/catalog/too-many-values", test_too_many_values);
  g_test_add_func ("/metodist/catalog/deck-section", test_deck_section);
  return g_test_run ();
}
