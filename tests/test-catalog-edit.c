/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-catalog-edit.c: what the catalog editor accepts and how its
 * unsaved work survives a crash */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-catalog-check.h"
#include "mt-catalog-draft.h"
#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"
#include "test-folders.h"

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

static const char *
stage_title (MtEvent *event,
             guint    i)
{
  return g_array_index (mt_event_get_stages (event), MtStage, i).title;
}

static void
test_stages (void)
{
  g_autoptr(MtEvent) event = mt_event_new ("contest", "Contest");

  mt_event_add_stage (event, "one", "2023-12-01", "2023-12-10");
  mt_event_add_stage (event, "two", "2023-12-11", NULL);
  mt_event_add_stage (event, "three", NULL, "2023-12-31");

  mt_event_move_stage (event, 0, 2);
  g_assert_cmpstr (stage_title (event, 0), ==, "two");
  g_assert_cmpstr (stage_title (event, 1), ==, "three");
  g_assert_cmpstr (stage_title (event, 2), ==, "one");
  mt_event_move_stage (event, 2, 0);
  g_assert_cmpstr (stage_title (event, 0), ==, "one");
  g_assert_cmpstr (stage_title (event, 2), ==, "three");

  mt_event_set_stage (event, 1, "two, later", "2023-12-12", "2023-12-20");
  g_assert_cmpstr (stage_title (event, 1), ==, "two, later");
  g_assert_cmpstr (g_array_index (mt_event_get_stages (event), MtStage, 1).to, ==, "2023-12-20");

  mt_event_remove_stage (event, 0);
  g_assert_cmpuint (mt_event_get_stages (event)->len, ==, 2);
  g_assert_cmpstr (stage_title (event, 0), ==, "two, later");
}

static void
test_ids (void)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (demo));
  MtMaterial *first = material_at (demo, 0);
  g_autofree char *own = mt_catalog_id_problem (materials, first, mt_material_get_id (first));
  g_autofree char *taken = mt_catalog_id_problem (materials, first, mt_material_get_id (material_at (demo, 1)));
  g_autofree char *empty = mt_catalog_id_problem (materials, first, "");
  g_autofree char *spaced = mt_catalog_id_problem (materials, first, "slides ");
  g_autofree char *fresh = mt_catalog_new_id (materials, "material");
  g_autoptr(MtMaterial) added = mt_material_new (fresh, "Added");
  g_autofree char *second = NULL;

  g_assert_null (own);
  g_assert_nonnull (taken);
  g_assert_nonnull (strstr (taken, mt_material_get_id (material_at (demo, 1))));
  g_assert_nonnull (empty);
  g_assert_nonnull (spaced);
  g_assert_cmpstr (fresh, ==, "material");
  g_list_store_append (G_LIST_STORE (materials), added);
  second = mt_catalog_new_id (materials, "material");
  g_assert_cmpstr (second, ==, "material-2");
}

static void
test_stage_problems (void)
{
  g_autofree char *good = mt_catalog_stage_problem ("Jury", "2024-01-22", "2024-01-28");
  g_autofree char *one_day = mt_catalog_stage_problem ("Results", NULL, "2024-01-31");
  g_autofree char *untitled = mt_catalog_stage_problem ("  ", "2024-01-22", NULL);
  g_autofree char *no_days = mt_catalog_stage_problem ("Jury", NULL, NULL);
  g_autofree char *backwards = mt_catalog_stage_problem ("Jury", "2024-01-28", "2024-01-22");
  g_autofree char *not_a_day = mt_catalog_stage_problem ("Jury", "2024-02-30", NULL);

  g_assert_null (good);
  g_assert_null (one_day);
  g_assert_nonnull (untitled);
  g_assert_nonnull (no_days);
  g_assert_nonnull (backwards);
  g_assert_nonnull (not_a_day);
}

/* What the loader would leave out or never open keeps a catalog from
 * being saved, named by its item. */
static void
test_save_problems (void)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autofree char *none = mt_catalog_save_problem (demo);
  g_autofree char *bad_url = NULL;
  g_autofree char *bad_stage = NULL;
  g_autofree char *bad_link = NULL;
  MtMaterial *material = material_at (demo, 1);
  MtEvent *event = event_at (demo, 0);
  MtLink *link;

  g_assert_null (none);

  mt_material_set_url (material, "javascript:alert(1)");
  bad_url = mt_catalog_save_problem (demo);
  g_assert_nonnull (bad_url);
  g_assert_nonnull (strstr (bad_url, mt_material_get_title (material)));
  mt_material_set_url (material, "https://example.org/fixed.pdf");

  mt_event_set_stage (event, 0, "Backwards", "2024-01-21", "2023-12-01");
  bad_stage = mt_catalog_save_problem (demo);
  g_assert_nonnull (bad_stage);
  g_assert_nonnull (strstr (bad_stage, mt_event_get_title (event)));
  mt_event_set_stage (event, 0, "Forwards", "2023-12-01", "2024-01-21");

  /* Two items with one id: both unready, and named. */
  {
    g_autofree char *repeated = NULL;
    g_autoptr(GHashTable) unready = NULL;

    mt_material_set_id (material_at (demo, 2), mt_material_get_id (material_at (demo, 3)));
    repeated = mt_catalog_save_problem (demo);
    unready = mt_catalog_unready_items (demo);
    g_assert_nonnull (repeated);
    g_assert_nonnull (strstr (repeated, mt_material_get_id (material_at (demo, 3))));
    g_assert_cmpuint (g_hash_table_size (unready), ==, 2);
    g_assert_true (g_hash_table_contains (unready, material_at (demo, 2)));
    g_assert_true (g_hash_table_contains (unready, material_at (demo, 3)));
    mt_material_set_id (material_at (demo, 2), "own-id-again");
    g_clear_pointer (&unready, g_hash_table_unref);
    unready = mt_catalog_unready_items (demo);
    g_assert_cmpuint (g_hash_table_size (unready), ==, 0);
  }

  /* A notice may have no link, but not one that cannot be opened. */
  {
    GPtrArray *notices = mt_catalog_get_notices (demo);
    g_autofree char *no_link = NULL;
    g_autofree char *bad_notice = NULL;

    g_ptr_array_add (notices, mt_notice_new ("Без ссылки", "Текст", NULL));
    no_link = mt_catalog_save_problem (demo);
    g_assert_null (no_link);
    g_ptr_array_add (notices, mt_notice_new ("Закон", NULL, "file:///law"));
    bad_notice = mt_catalog_save_problem (demo);
    g_assert_nonnull (bad_notice);
    g_assert_nonnull (strstr (bad_notice, "Закон"));
    g_ptr_array_remove_index (notices, notices->len - 1);
  }

  link = g_ptr_array_index (mt_event_get_links (event), 0);
  g_ptr_array_index (mt_event_get_links (event), 0) = mt_link_new (link->title, "file:///etc/passwd");
  mt_link_free (link);
  bad_link = mt_catalog_save_problem (demo);
  g_assert_nonnull (bad_link);
}

static void
test_move_in_list (void)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  GListStore *materials = mt_catalog_get_materials (demo);
  g_autofree char *first = g_strdup (mt_material_get_id (material_at (demo, 0)));
  g_autofree char *second = g_strdup (mt_material_get_id (material_at (demo, 1)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (materials));

  mt_list_store_move (materials, 0, n - 1);
  g_assert_cmpstr (mt_material_get_id (material_at (demo, 0)), ==, second);
  g_assert_cmpstr (mt_material_get_id (material_at (demo, n - 1)), ==, first);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (materials)), ==, n);
}

typedef struct
{
  char *folder;
  char *path;
  MtCatalogDraft *draft;
  guint written;
  guint failed;
} DraftFixture;

static void
draft_setup (DraftFixture  *fixture,
             gconstpointer  data)
{
  fixture->folder = g_dir_make_tmp ("metodist-draft-XXXXXX", NULL);
  /* The folder of the draft is made when it is first written. */
  fixture->path = g_build_filename (fixture->folder, "metodist", "catalog-draft.json", NULL);
  fixture->draft = mt_catalog_draft_new (fixture->path);
}

static void
draft_teardown (DraftFixture  *fixture,
                gconstpointer  data)
{
  gpointer draft = fixture->draft;

  /* A worker thread lets go of its task (and so of the draft) just after
   * the task has reported: give it that moment. */
  g_object_add_weak_pointer (draft, &draft);
  g_object_unref (draft);
  for (guint waited = 0; draft != NULL && waited < 5000; waited++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (draft);
  test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
}

static void
written_cb (MtCatalogDraft *draft,
            DraftFixture   *fixture)
{
  fixture->written++;
}

static void
wait_until_written (DraftFixture *fixture)
{
  while (mt_catalog_draft_get_busy (fixture->draft))
    g_main_context_iteration (NULL, TRUE);
}

/* Changes come out of the draft as they went in, demo label and all, and
 * a burst of changes is written once. */
static void
test_draft_restore (DraftFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autoptr(MtCatalog) restored = NULL;
  g_autoptr(MtCatalog) nothing = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_restored = NULL;

  nothing = mt_catalog_draft_restore (fixture->draft, &written, &error);
  g_assert_no_error (error);
  g_assert_null (nothing);

  g_signal_connect (fixture->draft, "written", G_CALLBACK (written_cb), fixture);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Edited %u", i);

      mt_material_set_title (material_at (demo, 0), title);
      mt_catalog_draft_save_later (fixture->draft, demo);
    }
  wait_until_written (fixture);
  g_assert_cmpuint (fixture->written, ==, 1);

  restored = mt_catalog_draft_restore (fixture->draft, &written, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_nonnull (written);
  g_assert_true (mt_catalog_get_is_demo (restored));
  json = mt_catalog_to_json (demo);
  json_restored = mt_catalog_to_json (restored);
  g_assert_cmpstr (json, ==, json_restored);
  g_assert_cmpstr (mt_material_get_title (material_at (restored, 0)), ==, "Edited 4");

  mt_catalog_draft_remove (fixture->draft);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_IS_REGULAR));
}

/* A draft that does not load is renamed aside with what it held, and the
 * editor told why. */
static void
test_draft_corrupt (DraftFixture  *fixture,
                    gconstpointer  data)
{
  static const char garbage[] = "{\"format\": \"metodist-catalog\", \"version\": 1, \"materials\": [";
  g_autoptr(MtCatalog) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *names = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_auto(GStrv) listed = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, garbage, -1, NULL));

  restored = mt_catalog_draft_restore (fixture->draft, NULL, &error);
  g_assert_null (restored);
  g_assert_error (error, MT_CATALOG_DRAFT_ERROR, MT_CATALOG_DRAFT_ERROR_SET_ASIDE);
  g_assert_nonnull (strstr (error->message, "catalog-draft.json.corrupt-"));

  names = test_list_folder (folder);
  listed = g_strsplit (names, "|", -1);
  g_assert_cmpuint (g_strv_length (listed), ==, 1);
  g_assert_true (g_str_has_prefix (listed[0], "catalog-draft.json.corrupt-"));
  aside = g_build_filename (folder, listed[0], NULL);
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);
}

static void
set_true_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Changes thrown away while their draft is being written leave no draft;
 * changes after that are written again. */
static void
test_draft_remove_while_writing (DraftFixture  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autoptr(MtCatalog) restored = NULL;
  g_autoptr(GError) error = NULL;
  gboolean begun = FALSE;

  mt_catalog_draft_save_later (fixture->draft, demo);
  /* Until the draft's own timer has started the write (timers of the
   * same delay fire in the order they were set). */
  g_timeout_add_once (MT_CATALOG_DRAFT_DELAY_MS, set_true_cb, &begun);
  while (!begun)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (fixture->draft, "written", G_CALLBACK (written_cb), fixture);
  mt_catalog_draft_remove (fixture->draft);
  wait_until_written (fixture);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  mt_catalog_set_is_demo (demo, FALSE);
  mt_catalog_draft_save_later (fixture->draft, demo);
  wait_until_written (fixture);
  restored = mt_catalog_draft_restore (fixture->draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_false (mt_catalog_get_is_demo (restored));
  mt_catalog_draft_remove (fixture->draft);
}

/* Changes made just before the editor goes (within the delay) are kept. */
static void
test_draft_kept_on_the_way_out (DraftFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autoptr(MtCatalogDraft) again = mt_catalog_draft_new (fixture->path);
  g_autoptr(MtCatalog) restored = NULL;
  g_autoptr(GError) error = NULL;

  mt_material_set_title (material_at (demo, 0), "Typed a moment ago");
  mt_catalog_draft_save_later (fixture->draft, demo);
  g_clear_object (&fixture->draft);
  restored = mt_catalog_draft_restore (again, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (mt_material_get_title (material_at (restored, 0)), ==, "Typed a moment ago");
  /* The fixture's teardown checks a draft of its own. */
  fixture->draft = g_object_ref (again);
}

/* A folder where the draft cannot go is told, not hidden. */
static void
test_draft_write_fails (DraftFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(MtCatalog) demo = mt_catalog_load_demo ();
  g_autofree char *blocker = g_build_filename (fixture->folder, "metodist", NULL);

  /* A file where the draft's folder should be. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_signal_connect_swapped (fixture->draft, "failed", G_CALLBACK (g_atomic_int_inc), &fixture->failed);
  mt_catalog_draft_save_later (fixture->draft, demo);
  wait_until_written (fixture);
  g_assert_cmpuint (fixture->failed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/catalog-edit/stages", test_stages);
  g_test_add_func ("/metodist/catalog-edit/ids", test_ids);
  g_test_add_func ("/metodist/catalog-edit/stage-problems", test_stage_problems);
  g_test_add_func ("/metodist/catalog-edit/save-problems", test_save_problems);
  g_test_add_func ("/metodist/catalog-edit/move-in-list", test_move_in_list);
  g_test_add ("/metodist/catalog-edit/draft/restore", DraftFixture, NULL, draft_setup, test_draft_restore,
              draft_teardown);
  g_test_add ("/metodist/catalog-edit/draft/corrupt", DraftFixture, NULL, draft_setup, test_draft_corrupt,
              draft_teardown);
  g_test_add ("/metodist/catalog-edit/draft/remove-while-writing", DraftFixture, NULL, draft_setup,
              test_draft_remove_while_writing, draft_teardown);
  g_test_add ("/metodist/catalog-edit/draft/kept-on-the-way-out", DraftFixture, NULL, draft_setup,
              test_draft_kept_on_the_way_out, draft_teardown);
  g_test_add ("/metodist/catalog-edit/draft/write-fails", DraftFixture, NULL, draft_setup, test_draft_write_fails,
              draft_teardown);

  return g_test_run ();
}
