/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-rank.c: how the municipalities are ranked (FORMATS.md §2): the
 * weights, the scores, the places and the change since the previous period */
#define G_LOG_DOMAIN "mt-rating"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "mt-rating.h"

G_DEFINE_QUARK (mt-rating-error-quark, mt_rating_error)

/* A weight above this is surely a typing slip. */
#define MAX_WEIGHT 1000.0

/**
 * mt_weights_validate:
 *
 * Weights are finite, from 0 to 1000, and not both 0.
 *
 * Returns: %TRUE when @weights can rate
 */
gboolean
mt_weights_validate (const MtWeights  *weights,
                     GError          **error)
{
  g_return_val_if_fail (weights != NULL, FALSE);

  if (!isfinite (weights->teachers) || !isfinite (weights->students) ||
      weights->teachers < 0 || weights->students < 0 ||
      weights->teachers > MAX_WEIGHT || weights->students > MAX_WEIGHT)
    {
      g_set_error_literal (error, MT_RATING_ERROR, MT_RATING_ERROR_WEIGHTS,
                           _("Each weight must be a number from 0 to 1000."));
      return FALSE;
    }
  if (weights->teachers == 0 && weights->students == 0)
    {
      g_set_error_literal (error, MT_RATING_ERROR, MT_RATING_ERROR_WEIGHTS,
                           _("At least one weight must be above 0."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_weight (const char *text,
              double     *weight)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  /* People write "1,5" as readily as "1.5". */
  g_strdelimit (copy, ",", '.');
  if (*copy == '\0')
    return FALSE;
  *weight = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0';
}

/**
 * mt_weights_parse:
 * @text: "T:S", such as "1:1" or "2:1,5"
 * @weights: (out): the weights read
 *
 * Returns: %TRUE when @text holds valid weights
 */
gboolean
mt_weights_parse (const char  *text,
                  MtWeights   *weights,
                  GError     **error)
{
  g_auto(GStrv) parts = NULL;
  MtWeights read;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (weights != NULL, FALSE);

  parts = g_strsplit (text, ":", -1);
  if (g_strv_length (parts) != 2 ||
      !parse_weight (parts[0], &read.teachers) || !parse_weight (parts[1], &read.students))
    {
      g_set_error (error, MT_RATING_ERROR, MT_RATING_ERROR_WEIGHTS,
                   _("“%s” are not weights: write them as TEACHERS:STUDENTS, such as 1:1."),
                   text);
      return FALSE;
    }
  if (!mt_weights_validate (&read, error))
    return FALSE;

  *weights = read;
  return TRUE;
}

static double
share (const MtCounts *counts)
{
  if (counts->active == MT_COUNT_UNKNOWN || counts->total == MT_COUNT_UNKNOWN ||
      counts->total == 0)
    return NAN;
  return (double) counts->active / (double) counts->total;
}

typedef struct
{
  MtRecord *record;
  MtRatingRow *row;
  MtRatingValues values;
} Entry;

/* Ranked rows by score, highest first; equal scores by name for now (the
 * ranks are assigned next, and ties re-sorted by name). */
static int
compare_by_score (gconstpointer a,
                  gconstpointer b)
{
  const Entry *x = *(const Entry **) a;
  const Entry *y = *(const Entry **) b;

  if (x->values.score != y->values.score)
    return x->values.score > y->values.score ? -1 : 1;
  return strcmp (mt_rating_row_get_name_key (x->row), mt_rating_row_get_name_key (y->row));
}

static int
compare_by_rank (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry **) a;
  const Entry *y = *(const Entry **) b;

  if (x->values.rank != y->values.rank)
    return x->values.rank < y->values.rank ? -1 : 1;
  return strcmp (mt_rating_row_get_name_key (x->row), mt_rating_row_get_name_key (y->row));
}

/* Rows without a score: the order of the region's own table when no totals
 * are known — active teachers, then active students, both descending, then
 * name. Unknown counts come last. */
static int
compare_unranked (gconstpointer a,
                  gconstpointer b)
{
  const Entry *x = *(const Entry **) a;
  const Entry *y = *(const Entry **) b;

  if (x->record->teachers.active != y->record->teachers.active)
    return x->record->teachers.active > y->record->teachers.active ? -1 : 1;
  if (x->record->students.active != y->record->students.active)
    return x->record->students.active > y->record->students.active ? -1 : 1;
  return strcmp (mt_rating_row_get_name_key (x->row), mt_rating_row_get_name_key (y->row));
}

static void
compute_scores (Entry           *entry,
                const MtWeights *weights)
{
  MtRatingValues *values = &entry->values;
  double sum = 0, weight = 0;

  values->score = values->teachers_share = values->students_share = NAN;
  values->teachers_share_change = values->students_share_change = NAN;
  if (entry->record->problem != NULL)
    return;

  values->teachers_share = share (&entry->record->teachers);
  values->students_share = share (&entry->record->students);

  /* A component with weight 0 is left out, even when unknown. */
  if (weights->teachers > 0)
    {
      sum += weights->teachers * values->teachers_share;
      weight += weights->teachers;
    }
  if (weights->students > 0)
    {
      sum += weights->students * values->students_share;
      weight += weights->students;
    }
  values->score = sum / weight;
}

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->row);
  g_free (entry);
}

/* Rates @dataset into entries in rating order, with positions and ranks. */
static GPtrArray *
rate_entries (MtDataset       *dataset,
              const MtWeights *weights)
{
  GPtrArray *records = mt_dataset_get_municipalities (dataset);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GPtrArray) unranked = g_ptr_array_new ();
  GPtrArray *entries = g_ptr_array_new_full (records->len, (GDestroyNotify) entry_free);
  const Entry *leader = NULL;

  for (guint i = 0; i < records->len; i++)
    {
      Entry *entry = g_new0 (Entry, 1);

      entry->record = g_ptr_array_index (records, i);
      entry->row = mt_rating_row_new (entry->record);
      compute_scores (entry, weights);
      g_ptr_array_add (isnan (entry->values.score) ? unranked : ranked, entry);
    }

  /* Competition ranking ("1, 2, 2, 4"): a row ties with the first row of
   * its group when their scores are closer than the tolerance. */
  g_ptr_array_sort (ranked, compare_by_score);
  for (guint i = 0; i < ranked->len; i++)
    {
      Entry *entry = g_ptr_array_index (ranked, i);

      if (leader == NULL || leader->values.score - entry->values.score >= MT_RATING_TIE_TOLERANCE)
        {
          entry->values.rank = i + 1;
          leader = entry;
        }
      else
        {
          entry->values.rank = leader->values.rank;
        }
    }
  g_ptr_array_sort (ranked, compare_by_rank);
  g_ptr_array_sort (unranked, compare_unranked);

  g_ptr_array_extend (entries, ranked, NULL, NULL);
  g_ptr_array_extend (entries, unranked, NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    ((Entry *) g_ptr_array_index (entries, i))->values.position = i + 1;

  return entries;
}

/* Finds the previous period's entry for @record: by id when both have one,
 * otherwise by exact name. A row with an id not found by it finds only a
 * previous row without one (two ids differ: two municipalities); a row
 * without an id finds a row without one first (found by fuzz-monitoring
 * and review: with one name once with an id and once without, the wrong
 * one took the row's place, depending on the order of the rating). */
static const Entry *
find_previous (GHashTable     *by_id,
               GHashTable     *by_name,
               GHashTable     *by_name_without_id,
               const MtRecord *record)
{
  const Entry *found = NULL;

  if (record->id != NULL)
    found = g_hash_table_lookup (by_id, record->id);
  if (found == NULL && record->name != NULL)
    found = g_hash_table_lookup (by_name_without_id, record->name);
  if (found == NULL && record->name != NULL && record->id == NULL)
    found = g_hash_table_lookup (by_name, record->name);
  return found;
}

/* Of two previous rows of one id or name, the one that is the row (the
 * repeat is kept out with a problem: mt_dataset_reject_repeats ()) stands
 * for it; found by fuzz-monitoring: a repeat in the previous period took
 * the row's place, and its change was lost. */
static void
keep_previous (GHashTable  *table,
               const char  *key,
               Entry       *entry)
{
  const Entry *kept = g_hash_table_lookup (table, key);

  if (kept == NULL || (kept->record->problem != NULL && entry->record->problem == NULL))
    g_hash_table_insert (table, (char *) key, entry);
}

static void
compare_with_previous (GPtrArray       *entries,
                       MtDataset       *previous,
                       const MtWeights *weights)
{
  g_autoptr(GPtrArray) earlier = rate_entries (previous, weights);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name_without_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < earlier->len; i++)
    {
      Entry *entry = g_ptr_array_index (earlier, i);

      if (entry->record->id != NULL)
        keep_previous (by_id, entry->record->id, entry);
      if (entry->record->name != NULL)
        keep_previous (by_name, entry->record->name, entry);
      if (entry->record->name != NULL && entry->record->id == NULL)
        keep_previous (by_name_without_id, entry->record->name, entry);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      const Entry *before = find_previous (by_id, by_name, by_name_without_id, entry->record);

      if (before == NULL)
        continue;

      entry->values.previous_rank = before->values.rank;
      if (entry->values.rank > 0 && before->values.rank > 0)
        {
          entry->values.rank_change = (int) before->values.rank - (int) entry->values.rank;
          entry->values.has_rank_change = TRUE;
        }
      entry->values.teachers_share_change = entry->values.teachers_share - before->values.teachers_share;
      entry->values.students_share_change = entry->values.students_share - before->values.students_share;
    }
}

/**
 * mt_rating_rate:
 * @dataset: the period to rate
 * @previous: (nullable): the period before it, to compare with
 * @weights: the weights of the teachers' and the students' shares
 *
 * Rates the municipalities of @dataset by the rules of FORMATS.md §2.
 *
 * Returns: (transfer full): a list of #MtRatingRow in rating order
 */
GListStore *
mt_rating_rate (MtDataset       *dataset,
                MtDataset       *previous,
                const MtWeights *weights)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GListStore *store;

  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (previous == NULL || MT_IS_DATASET (previous), NULL);
  g_return_val_if_fail (weights != NULL && mt_weights_validate (weights, NULL), NULL);

  entries = rate_entries (dataset, weights);
  if (previous != NULL)
    compare_with_previous (entries, previous, weights);

  rows = g_ptr_array_new_full (entries->len, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      mt_rating_row_set_values (entry->row, &entry->values);
      g_ptr_array_add (rows, entry->row);
    }

  /* One splice: a view sees a single items-changed for the whole list. */
  store = g_list_store_new (MT_TYPE_RATING_ROW);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return store;
}
