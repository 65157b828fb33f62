/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-demo.c: the built-in demo weeks of the Kirov region */
#include "config.h"

#include <string.h>

#include "mt-demo.h"
#include "mt-rating.h"

static void
test_weeks (void)
{
  g_auto(GStrv) periods = mt_demo_list_periods ();
  guint n = g_strv_length (periods);

  /* At least eight consecutive weeks, ending with 29.11–06.12.2023. */
  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpstr (periods[n - 1], ==, "2023-11-29");
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *text = g_strconcat (periods[i - 1], "T00:00:00Z", NULL);
      g_autofree char *next_text = g_strconcat (periods[i], "T00:00:00Z", NULL);
      g_autoptr(GDateTime) a = g_date_time_new_from_iso8601 (text, NULL);
      g_autoptr(GDateTime) b = g_date_time_new_from_iso8601 (next_text, NULL);

      g_assert_cmpint (g_date_time_difference (b, a), ==, 7 * G_TIME_SPAN_DAY);
    }
}

static MtRecord *
find (MtDataset  *dataset,
      const char *name)
{
  GPtrArray *rows = mt_dataset_get_municipalities (dataset);

  for (guint i = 0; i < rows->len; i++)
    {
      MtRecord *record = g_ptr_array_index (rows, i);

      if (g_str_equal (record->name, name))
        return record;
    }
  g_error ("no municipality “%s” in the demo", name);
}

static void
test_meeting_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_demo_load (NULL, &error);
  static const struct
  {
    const char *name;
    gint64 teachers;
    gint64 students;
  } shown[] = {
    { "г.о. Киров", 1044, 7785 },
    { "г.о. Вятские Поляны", 196, 1228 },
    { "г.о. Кирово-Чепецк", 84, 904 },
    { "Юрьянский", 58, 22 },
    { "Слободской", 49, 35 },
    { "Афанасьевский", 44, 41 },
  };

  g_assert_no_error (error);
  g_assert_cmpstr (mt_dataset_get_period_from (dataset), ==, "2023-11-29");
  g_assert_cmpstr (mt_dataset_get_period_to (dataset), ==, "2023-12-06");

  /* The six counts shown at the region's meeting, exactly. */
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      MtRecord *record = find (dataset, shown[i].name);

      g_assert_cmpint (record->teachers.active, ==, shown[i].teachers);
      g_assert_cmpint (record->students.active, ==, shown[i].students);
    }
}

static void
test_every_week_is_clean_demo (void)
{
  g_auto(GStrv) periods = mt_demo_list_periods ();

  for (guint i = 0; periods[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MtDataset) dataset = mt_demo_load (periods[i], &error);
      GPtrArray *rows;
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_no_error (error);
      rows = mt_dataset_get_municipalities (dataset);

      /* Labelled as demo, in the data itself too. */
      g_assert_true (mt_dataset_get_is_demo (dataset));
      g_assert_nonnull (strstr (mt_dataset_get_source (dataset), "Демонстрационные данные"));
      g_assert_cmpstr (mt_dataset_get_region (dataset), ==, "Кировская область");

      /* 45 municipalities, with their stable ids, and no row problem. */
      g_assert_cmpuint (rows->len, ==, 45);
      g_assert_cmpuint (mt_dataset_get_problems (dataset)->len, ==, 0);
      for (guint j = 0; j < rows->len; j++)
        {
          MtRecord *record = g_ptr_array_index (rows, j);

          g_assert_nonnull (record->id);
          g_assert_false (g_hash_table_contains (ids, record->id));
          g_hash_table_add (ids, record->id);
        }
      g_assert_true (g_hash_table_contains (ids, "33701000"));
      g_assert_cmpuint (mt_dataset_get_organizations (dataset)->len, >, 400);
    }
}

static void
test_unknown_week (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_demo_load ("2020-01-01", &error);

  g_assert_null (dataset);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/demo/weeks", test_weeks);
  g_test_add_func ("/metodist/demo/meeting-counts", test_meeting_counts);
  g_test_add_func ("/metodist/demo/every-week-is-clean-demo", test_every_week_is_clean_demo);
  g_test_add_func ("/metodist/demo/unknown-week", test_unknown_week);

  return g_test_run ();
}
