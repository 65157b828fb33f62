/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-job.c: loading and rating off the main thread, for the window */
#define G_LOG_DOMAIN "mt-monitoring-job"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mt-demo.h"
#include "mt-monitoring-job.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"
#include "mt-source.h"
#include "mt-table-reader.h"
#include "mt-worker.h"

/*
 * A national document takes tens of milliseconds to load and rate; a slow
 * disk or a big history more. The window never waits for either: both run
 * in a GTask thread, and what they make is handed back whole.
 */

void
mt_rated_free (MtRated *rated)
{
  if (rated == NULL)
    return;
  g_clear_object (&rated->rating);
  g_clear_pointer (&rated->history_problems, g_ptr_array_unref);
  g_clear_pointer (&rated->to_ask, g_ptr_array_unref);
  g_clear_pointer (&rated->sheets, g_ptr_array_unref);
  g_free (rated->ask_reason);
  g_free (rated);
}

typedef struct
{
  MtHistory *history;
  MtDataset *previous;
  MtDataset *dataset;
  MtWeights weights;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->history);
  g_clear_object (&job->previous);
  g_clear_object (&job->dataset);
  g_free (job);
}

/* Every job here: its data freed with the task, its work in a thread. */
static void
run_job (Job                 *job,
         gpointer             source_tag,
         GTaskThreadFunc      work,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  mt_worker_run (task, work);
}

struct _MtMonitoringChoices
{
  GHashTable *mapping;
  char *region;
  char *period_from;
  char *period_to;
  char *sheet;
  MtHistory *history;
  MtWeights weights;
};

/**
 * mt_monitoring_choices_new:
 * @mapping: (nullable): what a table's unrecognised columns hold, by
 *   normalised header (see mt_table_read())
 * @facts: (nullable): the region and the period the user gave a table
 * @history: (nullable): where periods are kept and the previous one found
 * @weights: the rating's weights
 *
 * What loading a document takes besides it, copied for a worker thread.
 */
MtMonitoringChoices *
mt_monitoring_choices_new (GHashTable         *mapping,
                           const MtTableFacts *facts,
                           MtHistory          *history,
                           const MtWeights    *weights)
{
  MtMonitoringChoices *choices = g_new0 (MtMonitoringChoices, 1);

  choices->mapping = mapping != NULL ? g_hash_table_ref (mapping) : NULL;
  if (facts != NULL)
    {
      choices->region = g_strdup (facts->region);
      choices->period_from = g_strdup (facts->period_from);
      choices->period_to = g_strdup (facts->period_to);
      choices->sheet = g_strdup (facts->sheet);
    }
  choices->history = history != NULL ? g_object_ref (history) : NULL;
  choices->weights = *weights;
  return choices;
}

void
mt_monitoring_choices_free (MtMonitoringChoices *choices)
{
  if (choices == NULL)
    return;
  g_clear_pointer (&choices->mapping, g_hash_table_unref);
  g_free (choices->region);
  g_free (choices->period_from);
  g_free (choices->period_to);
  g_free (choices->sheet);
  g_clear_object (&choices->history);
  g_free (choices);
}

/**
 * mt_monitoring_parse:
 * @bytes: (nullable): a document or a table; %NULL for the demo
 * @demo_week: (nullable): the demo week to rate, %NULL for the latest
 * @choices: a #MtMonitoringChoices
 *
 * Loads, finds the previous period and rates: an #MtFeed's parser, run
 * in a worker thread.
 *
 * Returns: (transfer full): what was loaded and rated, or %NULL with
 *   @error set (a #MT_LOAD_ERROR naming the document's problem)
 */
gpointer
mt_monitoring_parse (GBytes        *bytes,
                     const char    *demo_week,
                     gpointer       choices_data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  MtMonitoringChoices *choices = choices_data;
  g_autoptr(MtRated) rated = g_new0 (MtRated, 1);
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtDataset) previous = NULL;
  GError *load_error = NULL;

  if (bytes == NULL)
    {
      if ((dataset = mt_demo_load (demo_week, error)) == NULL)
        return NULL;
    }
  else
    {
      dataset = mt_monitoring_load (bytes, choices->sheet, choices->mapping, &rated->to_ask, &rated->from_table,
                                    &rated->sheets, &load_error);
      /* A workbook with several sheets, or none, that hold a table: the
       * window asks which. */
      if (dataset == NULL && g_error_matches (load_error, MT_LOAD_ERROR, MT_LOAD_ERROR_SHEET) &&
          rated->sheets != NULL && rated->sheets->len > 0)
        {
          rated->ask_reason = g_strdup (load_error->message);
          g_clear_error (&load_error);
          return g_steal_pointer (&rated);
        }
      /* No column of names, or no rows with the user's choices: the window
       * asks (again) what the columns hold. */
      if (dataset == NULL && load_error != NULL && load_error->domain == MT_LOAD_ERROR &&
          rated->to_ask != NULL && rated->to_ask->len > 0)
        {
          if (!g_error_matches (load_error, MT_LOAD_ERROR, MT_LOAD_ERROR_HEADERS))
            rated->ask_reason = g_strdup (load_error->message);
          g_clear_error (&load_error);
          return g_steal_pointer (&rated);
        }
      if (dataset == NULL)
        {
          g_propagate_error (error, load_error);
          return NULL;
        }
      /* What the user said of a table, before its history is looked up. */
      if (rated->from_table && choices->region != NULL && *choices->region != '\0')
        mt_dataset_set_region (dataset, choices->region);
      if (rated->from_table && choices->period_from != NULL && choices->period_to != NULL)
        mt_dataset_set_period (dataset, choices->period_from, choices->period_to);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* The demo's previous week is the demo's; a file's is in the history. */
  if (mt_dataset_get_is_demo (dataset))
    previous = mt_demo_load_previous (dataset);
  else if (choices->history != NULL)
    previous = mt_history_find_previous (choices->history, dataset, &rated->history_problems);

  rated->rating = mt_rating_new (dataset, previous, &choices->weights);
  return g_steal_pointer (&rated);
}

static void
keep_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;

  /* A history that cannot be written is no reason to refuse the data. */
  mt_history_store (job->history, job->dataset, NULL);
  /* Dropped here: the window may have let the period go meanwhile, and
   * freeing it is work for a worker, not for the main thread that frees
   * the task. */
  g_clear_object (&job->dataset);
  g_task_return_boolean (task, TRUE);
}

/**
 * mt_monitoring_keep_async:
 * @history: where periods are kept
 * @dataset: a period the window now shows
 *
 * Keeps @dataset in the history in a worker thread, after it is shown: a
 * national document takes a while to write. Nobody waits for it.
 */
void
mt_monitoring_keep_async (MtHistory *history,
                          MtDataset *dataset)
{
  Job *job = g_new0 (Job, 1);

  job->history = g_object_ref (history);
  job->dataset = g_object_ref (dataset);
  run_job (job, mt_monitoring_keep_async, keep_in_thread, NULL, NULL, NULL);
}

typedef struct
{
  MtHistory *history;
  MtDataset *shown;   /* the period shown, which may not be kept yet */
  gboolean demo;
  char *region;
  char *id;
  char *name;
} TrendJob;

static void
trend_job_free (TrendJob *job)
{
  g_clear_object (&job->history);
  g_clear_object (&job->shown);
  g_free (job->region);
  g_free (job->id);
  g_free (job->name);
  g_free (job);
}

static double
share_of (const MtCounts *counts)
{
  if (counts->active == MT_COUNT_UNKNOWN || counts->total == MT_COUNT_UNKNOWN || counts->total == 0)
    return NAN;
  return (double) counts->active / counts->total;
}

/* Adds the municipality's shares in @dataset, found by id, else by name. */
static void
add_point (GArray         *points,
           MtDataset      *dataset,
           const TrendJob *job)
{
  GPtrArray *rows = mt_dataset_get_municipalities (dataset);

  for (guint i = 0; i < rows->len; i++)
    {
      MtRecord *record = g_ptr_array_index (rows, i);
      MtTrendPoint point = { { 0 }, NAN, NAN };

      if (!(job->id != NULL ? g_strcmp0 (record->id, job->id) == 0
                            : g_strcmp0 (record->name, job->name) == 0))
        continue;
      g_strlcpy (point.period_from, mt_dataset_get_period_from (dataset), sizeof point.period_from);
      if (record->problem == NULL)
        {
          point.teachers_share = share_of (&record->teachers);
          point.students_share = share_of (&record->students);
        }
      g_array_append_val (points, point);
      return;
    }
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const MtTrendPoint *) a)->period_from, ((const MtTrendPoint *) b)->period_from);
}

static void
add_shown (GArray         *points,
           const TrendJob *job)
{
  const char *from = mt_dataset_get_period_from (job->shown);

  /* A table without its period is no point on a line of periods. */
  if (from == NULL)
    return;
  for (guint i = 0; i < points->len; i++)
    if (g_strcmp0 (g_array_index (points, MtTrendPoint, i).period_from, from) == 0)
      return;
  add_point (points, job->shown, job);
  g_array_sort (points, compare_points);
}

static void
trend_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TrendJob *job = task_data;
  GArray *points = g_array_new (FALSE, TRUE, sizeof (MtTrendPoint));

  if (job->demo)
    {
      g_auto(GStrv) weeks = mt_demo_list_periods ();

      for (guint i = 0; weeks[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
        {
          g_autoptr(MtDataset) week = mt_demo_load (weeks[i], NULL);

          if (week != NULL)
            add_point (points, week, job);
        }
    }
  else
    {
      g_auto(GStrv) paths = mt_history_list_periods (job->history, job->region);

      /* Newest first in the list; the trend runs oldest first. */
      for (guint i = g_strv_length (paths); i > 0 && !g_cancellable_is_cancelled (cancellable); i--)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[i - 1]);
          g_autoptr(GBytes) bytes = mt_source_read_file (file, cancellable, NULL);
          g_autoptr(MtDataset) period = bytes != NULL ? mt_monitoring_read (bytes, NULL) : NULL;

          if (period != NULL)
            add_point (points, period, job);
        }
      /* The period shown is kept once the table is drawn: a trend asked
       * for sooner has it all the same. */
      add_shown (points, job);
    }

  /* As in keep_in_thread(): the period shown may be the last reference. */
  g_clear_object (&job->shown);
  if (g_task_return_error_if_cancelled (task))
    g_array_unref (points);
  else
    g_task_return_pointer (task, points, (GDestroyNotify) g_array_unref);
}

/**
 * mt_monitoring_trend_async:
 * @dataset: the period shown (its region, and whether it is the demo)
 * @id: (nullable): the municipality's code, or
 * @name: its name when it has no code
 *
 * Collects the municipality's shares over the kept periods (the demo's
 * weeks for the demo), in a worker thread.
 */
void
mt_monitoring_trend_async (MtHistory           *history,
                           MtDataset           *dataset,
                           const char          *id,
                           const char          *name,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  TrendJob *job = g_new0 (TrendJob, 1);

  job->history = g_object_ref (history);
  job->shown = g_object_ref (dataset);
  job->demo = mt_dataset_get_is_demo (dataset);
  job->region = g_strdup (mt_dataset_get_region (dataset));
  job->id = g_strdup (id);
  job->name = g_strdup (name);
  g_task_set_source_tag (task, mt_monitoring_trend_async);
  g_task_set_task_data (task, job, (GDestroyNotify) trend_job_free);
  mt_worker_run (task, trend_in_thread);
}

/** mt_monitoring_trend_finish: Returns: (transfer full) (element-type MtTrendPoint): oldest first */
GArray *
mt_monitoring_trend_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
