/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-history.c: periods kept on disk, whole or not at all */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mt-demo.h"
#include "mt-history.h"
#include "mt-monitoring-reader.h"
#include "test-folders.h"

typedef struct
{
  char *directory;
  MtHistory *history;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->directory = g_dir_make_tmp ("metodist-history-XXXXXX", NULL);
  g_assert_nonnull (fixture->directory);
  fixture->history = mt_history_new (fixture->directory);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->history);
  test_remove_folder (fixture->directory);
  g_free (fixture->directory);
}

static MtDataset *
week (const char *region,
      const char *from,
      const char *to,
      int         active)
{
  g_autofree char *text = g_strdup_printf (
    "{\"format\": \"metodist-monitoring\", \"version\": 1, \"region\": \"%s\","
    " \"period\": {\"from\": \"%s\", \"to\": \"%s\"},"
    " \"municipalities\": [{\"id\": \"33701000\", \"name\": \"г.о. Киров\","
    "  \"teachers\": {\"active\": %d, \"total\": 5210}, \"students\": {\"active\": 7785, \"total\": 71500}},"
    " {\"name\": \"Плохой\", \"teachers\": {\"active\": -1}, \"students\": {\"active\": 1}}]}",
    region, from, to, active);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = mt_monitoring_read (bytes, &error);

  g_assert_no_error (error);
  return dataset;
}

static char *
file_of (Fixture    *fixture,
         const char *region,
         const char *period)
{
  return g_build_filename (fixture->directory, region, period, NULL);
}

static void
test_store_and_load (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MtDataset) stored = week ("Кировская область", "2023-11-29", "2023-12-06", 1044);
  g_autoptr(MtDataset) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_of (fixture, "Кировская область", "2023-11-29_2023-12-06.json");
  g_autofree char *folder = g_path_get_dirname (path);
  MtRecord *kirov, *bad;
  GStatBuf info;

  g_assert_true (mt_history_store (fixture->history, stored, &error));
  g_assert_no_error (error);

  /* Readable by the user only. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);

  loaded = mt_history_load (fixture->history, "Кировская область", "2023-11-29", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mt_dataset_get_period_to (loaded), ==, "2023-12-06");
  kirov = g_ptr_array_index (mt_dataset_get_municipalities (loaded), 0);
  bad = g_ptr_array_index (mt_dataset_get_municipalities (loaded), 1);
  g_assert_cmpint (kirov->teachers.active, ==, 1044);
  g_assert_cmpint (kirov->students.total, ==, 71500);
  /* A row kept out stays out, for the same reason. */
  g_assert_cmpstr (bad->problem, ==, "teachers.active: negative");
}

static void
test_store_replaces_whole (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MtDataset) first = week ("Кировская область", "2023-11-29", "2023-12-06", 1000);
  g_autoptr(MtDataset) second = week ("Кировская область", "2023-11-29", "2023-12-06", 1044);
  g_autoptr(MtDataset) loaded = NULL;
  g_autofree char *folder = g_build_filename (fixture->directory, "Кировская область", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_history_store (fixture->history, first, NULL));
  g_assert_true (mt_history_store (fixture->history, second, NULL));
  loaded = mt_history_load (fixture->history, "Кировская область", "2023-11-29", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((MtRecord *) g_ptr_array_index (mt_dataset_get_municipalities (loaded), 0))->teachers.active, ==, 1044);

  /* One file, no temporary debris. */
  dir = g_dir_open (folder, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "2023-11-29_2023-12-06.json");
  g_assert_null (g_dir_read_name (dir));
}

static void
test_failed_store_keeps_files (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(MtDataset) kept = week ("Кировская область", "2023-11-22", "2023-11-29", 900);
  g_autoptr(MtDataset) blocked = week ("Кировская область", "2023-11-29", "2023-12-06", 1044);
  g_autoptr(MtDataset) elsewhere = week ("Тест", "2023-11-29", "2023-12-06", 1);
  g_autofree char *kept_path = file_of (fixture, "Кировская область", "2023-11-22_2023-11-29.json");
  g_autofree char *blocked_path = file_of (fixture, "Кировская область", "2023-11-29_2023-12-06.json");
  g_autofree char *region_file = g_build_filename (fixture->directory, "Тест", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *folder = NULL;
  guint files = 0;

  g_assert_true (mt_history_store (fixture->history, kept, NULL));
  g_assert_true (g_file_get_contents (kept_path, &before, NULL, NULL));

  /* The rename cannot replace a folder: the write fails whole. Root can
   * write anywhere, so this is how a failure is made here. */
  g_assert_cmpint (g_mkdir (blocked_path, 0700), ==, 0);
  g_assert_false (mt_history_store (fixture->history, blocked, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A file where the region's folder should be. */
  g_assert_true (g_file_set_contents (region_file, "", 0, NULL));
  g_assert_false (mt_history_store (fixture->history, elsewhere, &error));
  g_assert_nonnull (error);

  g_assert_true (g_file_get_contents (kept_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  folder = g_path_get_dirname (kept_path);
  dir = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    files++;
  g_assert_cmpuint (files, ==, 2);  /* the kept file and the blocking folder, no debris */
  g_assert_cmpint (g_rmdir (blocked_path), ==, 0);
}

static void
test_demo_and_undated_not_kept (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(MtDataset) demo = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) undated = week ("X", "2023-11-29", "2023-12-06", 1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_history_store (fixture->history, demo, NULL));
  mt_dataset_set_period (undated, NULL, NULL);
  g_assert_false (mt_history_store (fixture->history, undated, &error));
  g_assert_error (error, MT_HISTORY_ERROR, MT_HISTORY_ERROR_NO_PERIOD);

  entries = mt_history_list (fixture->history, NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_previous_found (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MtDataset) first = week ("Кировская область", "2023-11-15", "2023-11-22", 800);
  g_autoptr(MtDataset) second = week ("Кировская область", "2023-11-22", "2023-11-29", 900);
  g_autoptr(MtDataset) third = week ("Кировская область", "2023-11-29", "2023-12-06", 1044);
  g_autoptr(MtDataset) other = week ("Пермский край", "2023-11-28", "2023-12-05", 5);
  g_autoptr(MtDataset) previous = NULL;
  g_autoptr(MtDataset) none = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) kirov = NULL;
  MtHistoryEntry *entry;

  /* Stored out of order, as people load them. */
  g_assert_true (mt_history_store (fixture->history, third, NULL));
  g_assert_true (mt_history_store (fixture->history, first, NULL));
  g_assert_true (mt_history_store (fixture->history, other, NULL));
  g_assert_true (mt_history_store (fixture->history, second, NULL));

  previous = mt_history_find_previous (fixture->history, third, NULL);
  g_assert_nonnull (previous);
  g_assert_cmpstr (mt_dataset_get_period_from (previous), ==, "2023-11-22");
  g_assert_cmpstr (mt_dataset_get_region (previous), ==, "Кировская область");

  none = mt_history_find_previous (fixture->history, first, NULL);
  g_assert_null (none);

  all = mt_history_list (fixture->history, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 4);
  kirov = mt_history_list (fixture->history, "Кировская область", NULL);
  g_assert_cmpuint (kirov->len, ==, 3);
  entry = g_ptr_array_index (kirov, 0);
  g_assert_cmpstr (entry->period_from, ==, "2023-11-15");
  g_assert_cmpstr (entry->period_to, ==, "2023-11-22");
}

static void
test_corrupt_file_set_aside (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MtDataset) good = week ("Кировская область", "2023-11-22", "2023-11-29", 900);
  g_autofree char *folder = g_build_filename (fixture->directory, "Кировская область", NULL);
  g_autofree char *corrupt = g_build_filename (folder, "2023-11-29_2023-12-06.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) loaded = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  gboolean found_aside = FALSE;

  g_assert_true (mt_history_store (fixture->history, good, NULL));
  g_assert_true (g_file_set_contents (corrupt, "{\"format\": \"metodist-monitoring\", \"vers", -1, NULL));

  /* Listing reads every file: the broken one is reported and set aside. */
  entries = mt_history_list (fixture->history, NULL, &problems);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "set aside"));
  g_assert_false (g_file_test (corrupt, G_FILE_TEST_EXISTS));

  /* Never deleted: renamed with the time, as it was. */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "2023-11-29_2023-12-06.json.corrupt-"))
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);

          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "{\"format\": \"metodist-monitoring\", \"vers");
          found_aside = TRUE;
        }
    }
  g_assert_true (found_aside);

  /* And never trusted again. */
  loaded = mt_history_load (fixture->history, "Кировская область", "2023-11-29", &error);
  g_assert_null (loaded);
  g_assert_error (error, MT_HISTORY_ERROR, MT_HISTORY_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, test) \
  g_test_add ("/metodist/history/" path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

  ADD ("store-and-load", test_store_and_load);
  ADD ("store-replaces-whole", test_store_replaces_whole);
  ADD ("failed-store-keeps-files", test_failed_store_keeps_files);
  ADD ("demo-and-undated-not-kept", test_demo_and_undated_not_kept);
  ADD ("previous-found", test_previous_found);
  ADD ("corrupt-file-set-aside", test_corrupt_file_set_aside);

  return g_test_run ();
}
