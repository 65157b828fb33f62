/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-rating.c: the rating rules of FORMATS.md §2 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mt-monitoring-reader.h"
#include "mt-rating.h"

#define HEAD "{\"format\": \"metodist-monitoring\", \"version\": 1, \"municipalities\": ["
#define ROW(id, name, ta, tt, sa, st) \
  "{\"id\": \"" id "\", \"name\": \"" name "\", \"teachers\": {\"active\": " #ta ", \"total\": " #tt "}," \
  " \"students\": {\"active\": " #sa ", \"total\": " #st "}}"

static MtDataset *
load (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = mt_monitoring_read (bytes, &error);

  g_assert_no_error (error);
  return dataset;
}

static MtRatingRow *
row_at (GListStore *rows,
        guint       position)
{
  g_autoptr(MtRatingRow) row = g_list_model_get_item (G_LIST_MODEL (rows), position);

  g_assert_nonnull (row);
  g_assert_cmpuint (mt_rating_row_get_position (row), ==, position + 1);
  return row;  /* the store keeps it alive */
}

/* The names in listing order, joined with ", ". */
static char *
order_of (GListStore *rows)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      MtRatingRow *row = row_at (rows, i);

      g_string_append_printf (text, "%s%s:%u", i > 0 ? ", " : "", mt_rating_row_get_name (row),
                              mt_rating_row_get_rank (row));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_competition_ranking (void)
{
  /* Scores: A .5, B .4 (tie with C), C .4 by a hair, D .3, E .4 exactly. */
  g_autoptr(MtDataset) dataset = load (
    HEAD ROW ("1", "D", 3, 10, 3, 10) "," ROW ("2", "B", 4, 10, 4, 10) ","
    "{\"id\": \"3\", \"name\": \"C\", \"teachers\": {\"active\": 400000001, \"total\": 1000000000},"
    " \"students\": {\"active\": 4, \"total\": 10}}," ROW ("4", "A", 5, 10, 5, 10) ","
    ROW ("5", "E", 2, 5, 40, 100) "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = mt_rating_rate (dataset, NULL, &weights);
  g_autofree char *order = order_of (rows);

  /* "1, 2, 2, 2, 5": ties by a tolerance of 1e-9, listed by name. */
  g_assert_cmpstr (order, ==, "A:1, B:2, C:2, E:2, D:5");
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_score (row_at (rows, 0)), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_teachers_share (row_at (rows, 4)), 0.3, 1e-12);
}

static void
test_unknown_totals_fallback_order (void)
{
  /* The region's own table without totals: ordered by active teachers,
   * then active students, then name; rank "—". */
  g_autoptr(MtDataset) dataset = load (
    HEAD
    "{\"name\": \"Слободской\", \"teachers\": {\"active\": 49}, \"students\": {\"active\": 35}},"
    "{\"name\": \"г.о. Киров\", \"teachers\": {\"active\": 1044}, \"students\": {\"active\": 7785}},"
    "{\"name\": \"Афанасьевский\", \"teachers\": {\"active\": 44}, \"students\": {\"active\": 41}},"
    "{\"name\": \"Юрьянский\", \"teachers\": {\"active\": 58}, \"students\": {\"active\": 22}},"
    "{\"name\": \"Б\", \"teachers\": {\"active\": 44}, \"students\": {\"active\": 41}},"
    "{\"name\": \"В\", \"teachers\": {\"active\": 44}, \"students\": {\"active\": 50}},"
    ROW ("x", "Ранжированный", 1, 100, 1, 100) ","
    "{\"name\": \"Ошибка\", \"teachers\": {\"active\": 5000, \"total\": 10}, \"students\": {\"active\": 1}}"
    "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = mt_rating_rate (dataset, NULL, &weights);
  g_autofree char *order = order_of (rows);
  MtRatingRow *excluded = row_at (rows, 1);

  /* Ranked rows first; the excluded row's invalid counts are still its own. */
  g_assert_cmpstr (order, ==,
                   "Ранжированный:1, Ошибка:0, г.о. Киров:0, Юрьянский:0, Слободской:0, "
                   "В:0, Афанасьевский:0, Б:0");
  g_assert_nonnull (mt_rating_row_get_excluded (excluded));
  g_assert_true (isnan (mt_rating_row_get_score (excluded)));
  g_assert_true (isnan (mt_rating_row_get_teachers_share (row_at (rows, 2))));
}

static void
test_weights (void)
{
  /* P: teachers .9, students unknown; Q: teachers .5, students .9. */
  g_autoptr(MtDataset) dataset = load (
    HEAD "{\"name\": \"P\", \"teachers\": {\"active\": 9, \"total\": 10}, \"students\": {\"active\": 5}},"
    ROW ("q", "Q", 5, 10, 9, 10) "," ROW ("z", "Z", 0, 0, 1, 10) "]}");
  MtWeights teachers_only = { 1, 0 };
  MtWeights students_heavy = { 1, 3 };
  MtWeights equal = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) by_teachers = mt_rating_rate (dataset, NULL, &teachers_only);
  g_autoptr(GListStore) by_both = mt_rating_rate (dataset, NULL, &students_heavy);
  g_autoptr(GListStore) by_equal = mt_rating_rate (dataset, NULL, &equal);
  g_autofree char *order_teachers = order_of (by_teachers);
  g_autofree char *order_both = order_of (by_both);
  g_autofree char *order_equal = order_of (by_equal);

  /* With the students' weight 0, their unknown share does not matter;
   * a total of 0 makes the share unknown. */
  g_assert_cmpstr (order_teachers, ==, "P:1, Q:2, Z:0");
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_score (row_at (by_both, 0)), (0.5 + 3 * 0.9) / 4, 1e-12);
  g_assert_cmpstr (order_both, ==, "Q:1, P:0, Z:0");
  g_assert_cmpstr (order_equal, ==, "Q:1, P:0, Z:0");
}

static void
test_weights_parse (void)
{
  MtWeights weights;
  g_autoptr(GError) error = NULL;

  g_assert_true (mt_weights_parse ("2:1", &weights, NULL));
  g_assert_cmpfloat (weights.teachers, ==, 2);
  g_assert_cmpfloat (weights.students, ==, 1);
  g_assert_true (mt_weights_parse (" 1,5 : 0 ", &weights, NULL));
  g_assert_cmpfloat (weights.teachers, ==, 1.5);
  g_assert_cmpfloat (weights.students, ==, 0);

  g_assert_false (mt_weights_parse ("0:0", &weights, &error));
  g_assert_error (error, MT_RATING_ERROR, MT_RATING_ERROR_WEIGHTS);
  g_clear_error (&error);
  for (guint i = 0; i < 6; i++)
    {
      const char *bad[] = { "1", "1:2:3", "-1:1", "a:b", "1:inf", "1:1001" };

      g_assert_false (mt_weights_parse (bad[i], &weights, &error));
      g_assert_error (error, MT_RATING_ERROR, MT_RATING_ERROR_WEIGHTS);
      g_clear_error (&error);
    }
}

static void
test_previous_period (void)
{
  g_autoptr(MtDataset) before = load (
    HEAD ROW ("1", "A", 2, 10, 2, 10) "," ROW ("2", "B", 5, 10, 5, 10) ","
    "{\"name\": \"Без кода\", \"teachers\": {\"active\": 1, \"total\": 10}, \"students\": {\"active\": 1, \"total\": 10}},"
    ROW ("4", "Было", 1, 10, 1, 10) "]}");
  g_autoptr(MtDataset) now = load (
    HEAD ROW ("1", "A (переименован)", 6, 10, 6, 10) "," ROW ("2", "B", 5, 10, 4, 10) ","
    "{\"name\": \"Без кода\", \"teachers\": {\"active\": 3, \"total\": 10}, \"students\": {\"active\": 1, \"total\": 10}},"
    ROW ("5", "Новый", 1, 10, 1, 10) "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = mt_rating_rate (now, before, &weights);
  MtRatingRow *a = row_at (rows, 0);
  MtRatingRow *b = row_at (rows, 1);
  MtRatingRow *no_code = row_at (rows, 2);
  MtRatingRow *added = row_at (rows, 3);
  int change = 0;

  /* Joined by id although renamed: from 2nd to 1st. */
  g_assert_cmpstr (mt_rating_row_get_name (a), ==, "A (переименован)");
  g_assert_cmpuint (mt_rating_row_get_previous_rank (a), ==, 2);
  g_assert_true (mt_rating_row_get_rank_change (a, &change));
  g_assert_cmpint (change, ==, 1);
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_teachers_share_change (a), 0.4, 1e-12);

  g_assert_true (mt_rating_row_get_rank_change (b, &change));
  g_assert_cmpint (change, ==, -1);
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_students_share_change (b), -0.1, 1e-12);

  /* Joined by exact name when there is no id. */
  g_assert_cmpuint (mt_rating_row_get_previous_rank (no_code), ==, 3);
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_teachers_share_change (no_code), 0.2, 1e-12);

  /* New this week: nothing to compare. */
  g_assert_cmpuint (mt_rating_row_get_previous_rank (added), ==, 0);
  g_assert_false (mt_rating_row_get_rank_change (added, NULL));
  g_assert_true (isnan (mt_rating_row_get_teachers_share_change (added)));
}

/* A repeated id in the previous period: the row it repeats stands for it,
 * not the repeat kept out (found by fuzz-monitoring: the change was lost
 * when the repeat, later in the list, took the row's place). */
static void
test_previous_period_with_repeat (void)
{
  g_autoptr(MtDataset) before = load (
    HEAD ROW ("1", "A", 5, 10, 5, 10) "," ROW ("2", "B", 2, 10, 2, 10) "," ROW ("2", "B again", 9, 10, 9, 10) "]}");
  g_autoptr(MtDataset) now = load (HEAD ROW ("1", "A", 1, 10, 1, 10) "," ROW ("2", "B", 6, 10, 6, 10) "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = mt_rating_rate (now, before, &weights);
  MtRatingRow *b = row_at (rows, 0);
  int change = 0;

  g_assert_cmpstr (mt_rating_row_get_name (b), ==, "B");
  g_assert_cmpuint (mt_rating_row_get_previous_rank (b), ==, 2);
  g_assert_true (mt_rating_row_get_rank_change (b, &change));
  g_assert_cmpint (change, ==, 1);
  g_assert_cmpfloat_with_epsilon (mt_rating_row_get_teachers_share_change (b), 0.4, 1e-12);

  /* One name, once with an id and once without: the row without one
   * finds the previous row without one (found by fuzz-monitoring). */
  {
    static const char two_kinds[] = HEAD ROW ("1", "Повтор", 9, 10, 9, 10) ","
      "{\"name\": \"Повтор\", \"teachers\": {\"active\": 5, \"total\": 10}, "
      "\"students\": {\"active\": 5, \"total\": 10}}]}";
    g_autoptr(MtDataset) week = load (two_kinds);
    g_autoptr(GListStore) again = mt_rating_rate (week, week, &weights);

    for (guint i = 0; i < 2; i++)
      g_assert_cmpuint (mt_rating_row_get_previous_rank (row_at (again, i)), ==,
                        mt_rating_row_get_rank (row_at (again, i)));
  }

  /* A row whose id the previous period lacks finds the row of its name
   * without an id, whichever ranked first (from review: it was lost when
   * a row of another id and the same name ranked above). */
  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(MtDataset) earlier = load (order == 0
        ? HEAD ROW ("2", "A", 9, 10, 9, 10) "," "{\"name\": \"A\", \"teachers\": {\"active\": 1, \"total\": 10}, "
          "\"students\": {\"active\": 1, \"total\": 10}}]}"
        : HEAD ROW ("2", "A", 1, 10, 1, 10) "," "{\"name\": \"A\", \"teachers\": {\"active\": 9, \"total\": 10}, "
          "\"students\": {\"active\": 9, \"total\": 10}}]}");
      g_autoptr(MtDataset) later = load (HEAD ROW ("1", "A", 5, 10, 5, 10) "]}");
      g_autoptr(GListStore) compared = mt_rating_rate (later, earlier, &weights);

      g_assert_cmpuint (mt_rating_row_get_previous_rank (row_at (compared, 0)), ==, order == 0 ? 2 : 1);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_row_notifies (void)
{
  g_autoptr(MtDataset) dataset = load (HEAD ROW ("1", "A", 2, 10, 2, 10) "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = mt_rating_rate (dataset, NULL, &weights);
  MtRatingRow *row = row_at (rows, 0);
  MtRatingValues values = *mt_rating_row_get_values (row);
  guint notified = 0;

  g_signal_connect (row, "notify", G_CALLBACK (count_notify_cb), &notified);

  /* The same values again (NAN changes included) notify nothing... */
  mt_rating_row_set_values (row, &values);
  g_assert_cmpuint (notified, ==, 0);

  /* ...a new rank and score notify each. */
  values.rank = 3;
  values.score = 0.7;
  mt_rating_row_set_values (row, &values);
  g_assert_cmpuint (notified, ==, 2);
}

static void
count_signal_cb (MtRatingRow *row,
                 guint       *count)
{
  (*count)++;
}

/* A row shown takes a new week's row of the same municipality: everything
 * of it, announced once. */
static void
test_row_takes_new_period (void)
{
  g_autoptr(MtDataset) week = load (HEAD ROW ("1", "A", 2, 10, 2, 10) "," ROW ("2", "B", 1, 10, 1, 10) "]}");
  g_autoptr(MtDataset) next = load (HEAD ROW ("1", "A", 1, 10, 1, 10) "," ROW ("2", "B (renamed)", 9, 10, 9, 20) "]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) shown = mt_rating_rate (week, NULL, &weights);
  g_autoptr(GListStore) fresh = mt_rating_rate (next, week, &weights);
  MtRatingRow *b = row_at (shown, 1);
  MtRatingRow *new_b = row_at (fresh, 0);
  guint changed = 0;

  g_assert_cmpstr (mt_rating_row_get_id (new_b), ==, "2");
  g_signal_connect (b, "values-changed", G_CALLBACK (count_signal_cb), &changed);
  mt_rating_row_take_from (b, new_b);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (mt_rating_row_get_name (b), ==, "B (renamed)");
  g_assert_cmpint (mt_rating_row_get_students (b)->total, ==, 20);
  g_assert_cmpuint (mt_rating_row_get_rank (b), ==, 1);
  g_assert_cmpuint (mt_rating_row_get_previous_rank (b), ==, 2);
  g_assert_true (mt_rating_row_get_record (b) == mt_rating_row_get_record (new_b));
  g_assert_cmpstr (mt_rating_row_get_key (b), ==, "id:2");

  /* The same row again: nothing said, nothing for a window to redraw. */
  mt_rating_row_take_from (b, new_b);
  g_assert_cmpuint (changed, ==, 1);
  /* Another municipality's row (a table's place taking the next row):
   * said once, with its key. */
  mt_rating_row_take_from (b, row_at (fresh, 1));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (mt_rating_row_get_key (b), ==, "id:1");
  g_assert_cmpstr (mt_rating_row_get_name (b), ==, "A");
  /* Asked (the window's highlight changed): said, whatever changed. */
  mt_rating_row_changed (b);
  g_assert_cmpuint (changed, ==, 3);
}

static MtRatingRow *
item_at (GListModel *rows,
         guint       position)
{
  g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, position);

  return row;  /* the model keeps it */
}

static void
rated_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  int *outcome = user_data;
  g_autoptr(GError) error = NULL;

  *outcome = mt_rating_rate_finish (MT_RATING (source), result, &error) ? 1 : -1;
}

static int
rate_again (MtRating        *rating,
            const MtWeights *weights)
{
  int outcome = 0;

  mt_rating_rate_async (rating, weights, NULL, rated_cb, &outcome);
  while (outcome == 0)
    g_main_context_iteration (NULL, TRUE);
  return outcome;
}

/* A period rated is one object: new weights and a new week change its
 * rows in place, each municipality keeping its row object; a copy is
 * left alone; a re-rating of a period replaced meanwhile changes nothing. */
static void
test_rating_object (void)
{
  g_autoptr(MtDataset) week = load (HEAD ROW ("1", "A", 3, 10, 1, 10) "," ROW ("2", "B", 1, 10, 2, 10) "]}");
  g_autoptr(MtDataset) next = load (HEAD ROW ("2", "B", 9, 10, 9, 10) "," ROW ("3", "C", 1, 10, 1, 10) ","
                                    ROW ("1", "A", 5, 10, 5, 10) "]}");
  MtWeights equal = MT_WEIGHTS_INIT;
  MtWeights students = { 0, 1 };
  g_autoptr(MtRating) rating = mt_rating_new (week, NULL, &equal);
  g_autoptr(MtRating) copy = NULL;
  g_autoptr(MtRating) fresh = NULL;
  GListModel *rows = mt_rating_get_rows (rating);
  MtRatingRow *a = item_at (rows, 0);
  MtRatingRow *b = item_at (rows, 1);
  int outcome;

  g_assert_cmpstr (mt_rating_row_get_name (a), ==, "A");
  g_assert_true (mt_rating_get_dataset (rating) == week);
  g_assert_null (mt_rating_get_previous (rating));

  /* Students only: B first, the same two objects. */
  copy = mt_rating_copy (rating);
  g_assert_cmpint (rate_again (rating, &students), ==, 1);
  g_assert_true (item_at (rows, 0) == b);
  g_assert_true (item_at (rows, 1) == a);
  g_assert_cmpfloat (mt_rating_get_weights (rating)->teachers, ==, 0);
  g_assert_cmpstr (mt_rating_row_get_name (item_at (mt_rating_get_rows (copy), 0)), ==, "A");

  /* The next week: A and B keep their objects, C is new. */
  fresh = mt_rating_new (next, week, &equal);
  mt_rating_update_from (rating, fresh);
  g_assert_true (mt_rating_get_dataset (rating) == next);
  g_assert_true (mt_rating_get_previous (rating) == week);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  g_assert_true (item_at (rows, 0) == b);
  g_assert_true (item_at (rows, 1) == a);
  g_assert_cmpstr (mt_rating_row_get_name (item_at (rows, 2)), ==, "C");
  g_assert_cmpuint (mt_rating_row_get_previous_rank (a), ==, 1);

  /* Re-rated from the week before, but the week was replaced meanwhile. */
  {
    g_autoptr(MtRating) old = mt_rating_new (week, NULL, &equal);

    outcome = 0;
    mt_rating_rate_async (old, &students, NULL, rated_cb, &outcome);
    mt_rating_update_from (old, fresh);
    while (outcome == 0)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpint (outcome, ==, -1);
    g_assert_cmpuint (g_list_model_get_n_items (mt_rating_get_rows (old)), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/rating/competition-ranking", test_competition_ranking);
  g_test_add_func ("/metodist/rating/unknown-totals-fallback-order", test_unknown_totals_fallback_order);
  g_test_add_func ("/metodist/rating/weights", test_weights);
  g_test_add_func ("/metodist/rating/weights-parse", test_weights_parse);
  g_test_add_func ("/metodist/rating/previous-period", test_previous_period);
  g_test_add_func ("/metodist/rating/previous-period-with-repeat", test_previous_period_with_repeat);
  g_test_add_func ("/metodist/rating/row-notifies", test_row_notifies);
  g_test_add_func ("/metodist/rating/row-takes-new-period", test_row_takes_new_period);
  g_test_add_func ("/metodist/rating/rating-object", test_rating_object);

  return g_test_run ();
}
