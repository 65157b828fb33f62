/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating.c: a period rated: the dataset, the period before it, the
 * weights and the rows in rating order, as one object
 *
 * What the window shows, what the exports write and what the command line
 * prints. Its rows are a GListStore of MtRatingRow, one object to a
 * municipality for as long as it is rated: a re-rating (new weights) and a
 * new period (mt_rating_update_from()) give the same objects new contents
 * and a new order, and the store changes only where the order did. (The
 * window's table shows them through places of its own, which keep their
 * places: mt-monitoring-page-rows.c.) */
#define G_LOG_DOMAIN "mt-rating"

#include "config.h"

#include "mt-rating.h"
#include "mt-worker.h"

struct _MtRating
{
  GObject parent_instance;

  MtDataset *dataset;
  MtDataset *previous;     /* nullable */
  MtWeights weights;
  GListStore *rows;
};

G_DEFINE_FINAL_TYPE (MtRating, mt_rating, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows by key (the rows' own strings); NULL when two share one (a
 * repeated code), for then no match is safe. */
static GHashTable *
index_rows (GPtrArray *rows)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    if (!g_hash_table_insert (by_key, (gpointer) mt_rating_row_get_key (g_ptr_array_index (rows, i)),
                              g_ptr_array_index (rows, i)))
      return NULL;
  return g_steal_pointer (&by_key);
}

/* A list model's items, referenced, in order. */
static GPtrArray *
items_of (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

/* The rows take @fresh's contents and order: a municipality keeps its own
 * row object; the objects of municipalities gone are reused in turn, and
 * new ones added when @fresh is longer. Only the stretch whose order
 * changed is spliced, in one go: the same municipalities in the same
 * order (a feed got again) change values, not the list, and a window
 * neither filters nor sorts nor rebuilds its rows again. Keys are the
 * rows' own, not copies: this runs on the main thread. */
static void
take_rows (MtRating   *self,
           GListModel *fresh)
{
  g_autoptr(GPtrArray) shown_now = items_of (G_LIST_MODEL (self->rows));
  g_autoptr(GPtrArray) fresh_rows = items_of (fresh);
  guint n_shown = shown_now->len, n = fresh_rows->len;
  g_autoptr(GHashTable) by_key = index_rows (shown_now);
  g_autoptr(GPtrArray) order = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GPtrArray) spare = g_ptr_array_new_full (n_shown, g_object_unref);
  guint next_spare = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *key = mt_rating_row_get_key (g_ptr_array_index (fresh_rows, i));
      MtRatingRow *same = by_key != NULL ? g_hash_table_lookup (by_key, key) : NULL;

      g_ptr_array_add (order, same != NULL ? g_object_ref (same) : NULL);
      if (same != NULL)
        g_hash_table_remove (by_key, key);
    }
  for (guint i = 0; i < n_shown; i++)
    {
      MtRatingRow *row = g_ptr_array_index (shown_now, i);

      if (by_key == NULL || g_hash_table_contains (by_key, mt_rating_row_get_key (row)))
        g_ptr_array_add (spare, g_object_ref (row));
    }
  /* The rows' keys change from here. */
  g_clear_pointer (&by_key, g_hash_table_unref);
  for (guint i = 0; i < n; i++)
    {
      MtRatingRow *row = g_ptr_array_index (fresh_rows, i);

      if (g_ptr_array_index (order, i) == NULL)
        order->pdata[i] = next_spare < spare->len ? g_object_ref (g_ptr_array_index (spare, next_spare++))
                                                  : mt_rating_row_dup (row);
      if (order->pdata[i] != row)
        mt_rating_row_take_from (g_ptr_array_index (order, i), row);
    }
  {
    guint first = 0, tail = 0, added;

    while (first < MIN (n, n_shown) && g_ptr_array_index (order, first) == g_ptr_array_index (shown_now, first))
      first++;
    while (tail < MIN (n, n_shown) - first &&
           g_ptr_array_index (order, n - 1 - tail) == g_ptr_array_index (shown_now, n_shown - 1 - tail))
      tail++;
    added = n - first - tail;
    if (first + tail < MAX (n, n_shown))
      g_list_store_splice (self->rows, first, n_shown - first - tail, added > 0 ? order->pdata + first : NULL,
                           added);
  }
}

/**
 * mt_rating_new:
 * @dataset: the period
 * @previous: (nullable): the period before it, to compare with
 * @weights: the weights of the two shares
 *
 * Rates @dataset: tens of milliseconds for a national document, so the
 * window does it in a worker (mt_monitoring_parse()).
 */
MtRating *
mt_rating_new (MtDataset       *dataset,
               MtDataset       *previous,
               const MtWeights *weights)
{
  MtRating *self;

  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (previous == NULL || MT_IS_DATASET (previous), NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  self = g_object_new (MT_TYPE_RATING, NULL);
  self->dataset = g_object_ref (dataset);
  self->previous = previous != NULL ? g_object_ref (previous) : NULL;
  self->weights = *weights;
  self->rows = mt_rating_rate (dataset, previous, weights);
  return self;
}

/**
 * mt_rating_copy:
 *
 * Returns: (transfer full): a copy whose rows are copies: what a worker
 *   writes while the window rates again
 */
MtRating *
mt_rating_copy (MtRating *self)
{
  MtRating *copy;

  g_return_val_if_fail (MT_IS_RATING (self), NULL);

  copy = g_object_new (MT_TYPE_RATING, NULL);
  copy->dataset = g_object_ref (self->dataset);
  copy->previous = self->previous != NULL ? g_object_ref (self->previous) : NULL;
  copy->weights = self->weights;
  copy->rows = g_list_store_new (MT_TYPE_RATING_ROW);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autoptr(MtRatingRow) row_copy = mt_rating_row_dup (row);

      g_list_store_append (copy->rows, row_copy);
    }
  return copy;
}

/**
 * mt_rating_update_from:
 * @fresh: another period rated (the next week, the same week again)
 *
 * @self takes @fresh's period, weights and rows, its row objects kept
 * where a municipality is in both.
 */
void
mt_rating_update_from (MtRating *self,
                       MtRating *fresh)
{
  g_return_if_fail (MT_IS_RATING (self));
  g_return_if_fail (MT_IS_RATING (fresh));

  if (self == fresh)
    return;
  g_set_object (&self->previous, fresh->previous);
  self->weights = fresh->weights;
  take_rows (self, G_LIST_MODEL (fresh->rows));
  if (g_set_object (&self->dataset, fresh->dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

typedef struct
{
  MtDataset *dataset;
  MtDataset *previous;
  MtWeights weights;
} RateJob;

static void
rate_job_free (RateJob *job)
{
  g_clear_object (&job->dataset);
  g_clear_object (&job->previous);
  g_free (job);
}

static void
rate_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RateJob *job = task_data;

  g_task_return_pointer (task, mt_rating_rate (job->dataset, job->previous, &job->weights), g_object_unref);
}

/**
 * mt_rating_rate_async:
 * @weights: the new weights
 *
 * Rates the period again in a worker thread; mt_rating_rate_finish()
 * gives the rows their new values and order in place.
 */
void
mt_rating_rate_async (MtRating            *self,
                      const MtWeights     *weights,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RateJob *job;

  g_return_if_fail (MT_IS_RATING (self));
  g_return_if_fail (weights != NULL);

  job = g_new0 (RateJob, 1);
  job->dataset = g_object_ref (self->dataset);
  job->previous = self->previous != NULL ? g_object_ref (self->previous) : NULL;
  job->weights = *weights;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_rating_rate_async);
  g_task_set_task_data (task, job, (GDestroyNotify) rate_job_free);
  mt_worker_run (task, rate_in_thread);
}

/**
 * mt_rating_rate_finish:
 *
 * Returns: %TRUE when the rows have their new values; %FALSE with
 *   @error set when cancelled (then nothing changed)
 */
gboolean
mt_rating_rate_finish (MtRating      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autoptr(GListStore) rows = NULL;
  RateJob *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  rows = g_task_propagate_pointer (G_TASK (result), error);
  if (rows == NULL)
    return FALSE;
  /* Rated from this period: one replaced meanwhile is not re-rated by it
   * (and the job may hold its last reference: freed in a worker). */
  job = g_task_get_task_data (G_TASK (result));
  if (job->dataset != self->dataset)
    {
      mt_worker_free (g_steal_pointer (&job->dataset), g_object_unref);
      mt_worker_free (g_steal_pointer (&job->previous), g_object_unref);
      mt_worker_free (g_steal_pointer (&rows), g_object_unref);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "another period came meanwhile");
      return FALSE;
    }
  self->weights = job->weights;
  take_rows (self, G_LIST_MODEL (rows));
  /* 2,330 rows of a national rating are a few milliseconds to free. */
  mt_worker_free (g_steal_pointer (&rows), g_object_unref);
  return TRUE;
}

/** mt_rating_get_dataset: Returns: (transfer none): the period rated */
MtDataset *
mt_rating_get_dataset (MtRating *self)
{
  g_return_val_if_fail (MT_IS_RATING (self), NULL);
  return self->dataset;
}

/** mt_rating_get_previous: Returns: (transfer none) (nullable): the period before, compared with */
MtDataset *
mt_rating_get_previous (MtRating *self)
{
  g_return_val_if_fail (MT_IS_RATING (self), NULL);
  return self->previous;
}

/** mt_rating_get_weights: Returns: the weights the rows were rated with */
const MtWeights *
mt_rating_get_weights (MtRating *self)
{
  g_return_val_if_fail (MT_IS_RATING (self), NULL);
  return &self->weights;
}

/** mt_rating_get_rows: Returns: (transfer none): the rows (#MtRatingRow), in rating order */
GListModel *
mt_rating_get_rows (MtRating *self)
{
  g_return_val_if_fail (MT_IS_RATING (self), NULL);
  return G_LIST_MODEL (self->rows);
}

static void
mt_rating_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtRating *self = MT_RATING (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_rating_finalize (GObject *object)
{
  MtRating *self = MT_RATING (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->previous);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (mt_rating_parent_class)->finalize (object);
}

static void
mt_rating_class_init (MtRatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mt_rating_get_property;
  object_class->finalize = mt_rating_finalize;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MT_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_rating_init (MtRating *self)
{
}
