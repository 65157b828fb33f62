/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-trends.c: every municipality's shares over the kept periods
 *
 * The details pane's chart reads the kept periods for one municipality
 * (mt_monitoring_trend_async ()); a batch of cards needs them for all, so
 * each period is read once here and its rows shared out: the same points,
 * found the same way (by code, else by name). */
#define G_LOG_DOMAIN "mt-card-trends"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mt-card-trends.h"
#include "mt-demo.h"
#include "mt-monitoring-job.h"
#include "mt-monitoring-reader.h"
#include "mt-source.h"

struct _MtCardTrends
{
  GHashTable *by_key;  /* "id:…" or "name:…" → GArray of MtTrendPoint */
};

static char *
key_of (const char *id,
        const char *name)
{
  return id != NULL ? g_strconcat ("id:", id, NULL) : g_strconcat ("name:", name != NULL ? name : "", NULL);
}

static double
share_of (const MtCounts *counts)
{
  if (counts->active == MT_COUNT_UNKNOWN || counts->total == MT_COUNT_UNKNOWN || counts->total == 0)
    return NAN;
  return (double) counts->active / counts->total;
}

/* Each municipality of @period, once: a point on its line. */
static void
add_period (MtCardTrends *trends,
            MtDataset    *period)
{
  GPtrArray *rows = mt_dataset_get_municipalities (period);
  const char *from = mt_dataset_get_period_from (period);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A table without its period is no point on a line of periods. */
  if (from == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      MtRecord *record = g_ptr_array_index (rows, i);
      char *key = key_of (record->id, record->name);
      MtTrendPoint point = { { 0 }, NAN, NAN };
      GArray *points;

      /* The first row of a repeated code or name, as the rating takes. */
      if (!g_hash_table_add (seen, key))
        continue;
      points = g_hash_table_lookup (trends->by_key, key);
      if (points == NULL)
        {
          points = g_array_new (FALSE, TRUE, sizeof (MtTrendPoint));
          g_hash_table_insert (trends->by_key, g_strdup (key), points);
        }
      g_strlcpy (point.period_from, from, sizeof point.period_from);
      if (record->problem == NULL)
        {
          point.teachers_share = share_of (&record->teachers);
          point.students_share = share_of (&record->students);
        }
      g_array_append_val (points, point);
    }
}

static gboolean
has_period (MtCardTrends *trends,
            const char   *from)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, trends->by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *points = value;

      for (guint i = 0; i < points->len; i++)
        if (strcmp (g_array_index (points, MtTrendPoint, i).period_from, from) == 0)
          return TRUE;
    }
  return FALSE;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const MtTrendPoint *) a)->period_from, ((const MtTrendPoint *) b)->period_from);
}

/**
 * mt_card_trends_collect:
 * @history: (nullable): the kept periods; %NULL for none
 * @shown: the period the cards are of (its region, whether it is the demo)
 *
 * Reads the kept periods of @shown's region (the demo's weeks for the
 * demo) and @shown itself. Called in a worker: it reads files.
 *
 * Returns: (transfer full): the lines, oldest point first
 */
MtCardTrends *
mt_card_trends_collect (MtHistory    *history,
                        MtDataset    *shown,
                        GCancellable *cancellable)
{
  MtCardTrends *trends = g_new0 (MtCardTrends, 1);
  GHashTableIter iter;
  gpointer value;

  trends->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  g_return_val_if_fail (MT_IS_DATASET (shown), trends);
  if (mt_dataset_get_is_demo (shown))
    {
      g_auto(GStrv) weeks = mt_demo_list_periods ();

      for (guint i = 0; weeks[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
        {
          g_autoptr(MtDataset) week = mt_demo_load (weeks[i], NULL);

          if (week != NULL)
            add_period (trends, week);
        }
    }
  else if (history != NULL)
    {
      g_auto(GStrv) paths = mt_history_list_periods (history, mt_dataset_get_region (shown));

      for (guint i = 0; paths[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
          g_autoptr(GBytes) bytes = mt_source_read_file (file, cancellable, NULL);
          g_autoptr(MtDataset) period = bytes != NULL ? mt_monitoring_read (bytes, NULL) : NULL;

          if (period != NULL)
            add_period (trends, period);
        }
    }
  /* The period shown, unless it is kept already. */
  if (!mt_dataset_get_is_demo (shown) && mt_dataset_get_period_from (shown) != NULL &&
      !has_period (trends, mt_dataset_get_period_from (shown)))
    add_period (trends, shown);

  g_hash_table_iter_init (&iter, trends->by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_sort (value, compare_points);
  return trends;
}

/**
 * mt_card_trends_lookup:
 * @id: (nullable): the municipality's code, or
 * @name: its name when it has no code
 *
 * Returns: (transfer none) (nullable) (element-type MtTrendPoint): its
 *   points, oldest first; %NULL when no period has it
 */
GArray *
mt_card_trends_lookup (MtCardTrends *trends,
                       const char   *id,
                       const char   *name)
{
  g_autofree char *key = key_of (id, name);

  g_return_val_if_fail (trends != NULL, NULL);
  return g_hash_table_lookup (trends->by_key, key);
}

void
mt_card_trends_free (MtCardTrends *trends)
{
  if (trends == NULL)
    return;
  g_hash_table_unref (trends->by_key);
  g_free (trends);
}
