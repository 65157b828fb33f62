/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-batch.c: the report cards of one rating, made one at a time
 *
 * What the cards share (the region's medians and best, the institute, the
 * recommendations' code) is worked out once; each card is made when it is
 * drawn and freed after, so that a country's 2,330 cards take no more
 * memory than one. */
#define G_LOG_DOMAIN "mt-card-batch"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "mt-card-batch.h"
#include "mt-material.h"
#include "mt-monitoring-job.h"

struct _MtCardBatch
{
  MtRating *rating;          /* not re-rated under the worker */
  MtCardRegion *region;
  MtCardTrends *trends;      /* (nullable) */
  GHashTable *organizations; /* municipality's MtRecord → GPtrArray of its organisations' MtRecord */
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (GArray *values)
{
  guint n = values->len;

  if (n == 0)
    return NAN;
  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);
  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

/* The medians and the best of the ranked municipalities' shares. */
static void
compare_region (MtCardRegion *region,
                GListModel   *rows)
{
  g_autoptr(GArray) teachers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) students = g_array_new (FALSE, FALSE, sizeof (double));

  region->best_teachers = NAN;
  region->best_students = NAN;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      double teachers_share = mt_rating_row_get_teachers_share (row);
      double students_share = mt_rating_row_get_students_share (row);

      if (mt_rating_row_get_rank (row) == 0)
        continue;
      region->n_ranked++;
      if (isfinite (teachers_share))
        {
          g_array_append_val (teachers, teachers_share);
          /* The first of equals: the better placed. */
          if (!(teachers_share <= region->best_teachers))
            {
              region->best_teachers = teachers_share;
              g_free (region->best_teachers_name);
              region->best_teachers_name = g_strdup (mt_rating_row_get_name (row));
            }
        }
      if (isfinite (students_share))
        {
          g_array_append_val (students, students_share);
          if (!(students_share <= region->best_students))
            {
              region->best_students = students_share;
              g_free (region->best_students_name);
              region->best_students_name = g_strdup (mt_rating_row_get_name (row));
            }
        }
    }
  region->median_teachers = median_of (teachers);
  region->median_students = median_of (students);
}

/* Each organisation under its municipality, found as the dataset sums
 * them (mt_dataset_aggregate ()): by code, else by name. */
static GHashTable *
group_organizations (MtDataset *dataset)
{
  GPtrArray *municipalities = mt_dataset_get_municipalities (dataset);
  GPtrArray *organizations = mt_dataset_get_organizations (dataset);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < municipalities->len; i++)
    {
      MtRecord *municipality = g_ptr_array_index (municipalities, i);

      if (municipality->id != NULL && !g_hash_table_contains (by_id, municipality->id))
        g_hash_table_insert (by_id, municipality->id, municipality);
      if (municipality->name != NULL && !g_hash_table_contains (by_name, municipality->name))
        g_hash_table_insert (by_name, municipality->name, municipality);
    }
  for (guint i = 0; i < organizations->len; i++)
    {
      MtRecord *organization = g_ptr_array_index (organizations, i);
      MtRecord *municipality;
      GPtrArray *group;

      if (organization->municipality == NULL)
        continue;
      municipality = g_hash_table_lookup (by_id, organization->municipality);
      if (municipality == NULL)
        municipality = g_hash_table_lookup (by_name, organization->municipality);
      if (municipality == NULL)
        continue;
      group = g_hash_table_lookup (groups, municipality);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, municipality, group);
        }
      g_ptr_array_add (group, organization);
    }
  return groups;
}

/**
 * mt_card_batch_new:
 * @rating: the period rated, which nothing re-rates while the batch lives
 *   (mt_cards_write_async () gives it a copy of the window's)
 * @catalog: (nullable): the meeting's catalog: the institute and the
 *   recommendations' code
 * @trends: (nullable) (transfer full): the kept periods' lines
 *
 * Returns: (transfer full): the batch, a card per row of @rating in its order
 */
MtCardBatch *
mt_card_batch_new (MtRating     *rating,
                   MtCatalog    *catalog,
                   MtCardTrends *trends)
{
  MtCardBatch *batch = g_new0 (MtCardBatch, 1);
  MtDataset *dataset = mt_rating_get_dataset (rating);
  MtMaterial *recommendations = catalog != NULL ? mt_catalog_find_recommendations (catalog) : NULL;
  MtCardRegion *region = g_new0 (MtCardRegion, 1);

  /* The demo catalog's institute and example.org code are not sent with
   * real data (from review and a user's try: real cards went out
   * labelled demo, their code opening example.org). */
  if (catalog != NULL && mt_catalog_get_is_demo (catalog) && !mt_dataset_get_is_demo (dataset))
    {
      region->demo_catalog_left_out = TRUE;
      catalog = NULL;
      recommendations = NULL;
    }
  batch->rating = g_object_ref (rating);
  batch->trends = trends;
  batch->organizations = group_organizations (dataset);
  batch->region = region;

  region->region = g_strdup (mt_dataset_get_region (dataset));
  region->period_from = g_strdup (mt_dataset_get_period_from (dataset));
  region->period_to = g_strdup (mt_dataset_get_period_to (dataset));
  region->has_previous = mt_rating_get_previous (rating) != NULL;
  region->has_organization_rows = mt_dataset_get_organizations (dataset)->len > 0;
  region->is_demo = mt_dataset_get_is_demo (dataset);
  if (catalog != NULL)
    region->institution = g_strdup (mt_catalog_get_organization (catalog));
  if (recommendations != NULL)
    {
      region->code_url = g_strdup (mt_material_get_url (recommendations));
      region->code_title = g_strdup (mt_material_get_title (recommendations));
    }
  compare_region (region, mt_rating_get_rows (batch->rating));
  return batch;
}

const MtCardRegion *
mt_card_batch_get_region (MtCardBatch *batch)
{
  g_return_val_if_fail (batch != NULL, NULL);
  return batch->region;
}

guint
mt_card_batch_get_n (MtCardBatch *batch)
{
  g_return_val_if_fail (batch != NULL, 0);
  return g_list_model_get_n_items (mt_rating_get_rows (batch->rating));
}

static gboolean
has_no_active (const MtCounts *counts)
{
  return counts->active == 0;
}

/**
 * mt_card_batch_make:
 * @index: the row's position in the rating
 *
 * Returns: (transfer full): the card of the rating's row @index
 */
MtCard *
mt_card_batch_make (MtCardBatch *batch,
                    guint        index)
{
  g_autoptr(MtRatingRow) row = NULL;
  GPtrArray *organizations;
  GArray *trend;
  MtCard *card;

  g_return_val_if_fail (batch != NULL, NULL);
  row = g_list_model_get_item (mt_rating_get_rows (batch->rating), index);
  g_return_val_if_fail (row != NULL, NULL);

  card = mt_card_new (batch->region, mt_rating_row_get_name (row));
  card->id = g_strdup (mt_rating_row_get_id (row));
  card->rank = mt_rating_row_get_rank (row);
  card->unranked_reason = mt_rating_row_unranked_reason (row);
  card->has_change = mt_rating_row_get_rank_change (row, &card->change);
  card->previous_rank = mt_rating_row_get_previous_rank (row);
  card->teachers_change = mt_rating_row_get_teachers_share_change (row);
  card->students_change = mt_rating_row_get_students_share_change (row);
  card->score = mt_rating_row_get_score (row);
  card->teachers_share = mt_rating_row_get_teachers_share (row);
  card->students_share = mt_rating_row_get_students_share (row);

  trend = batch->trends != NULL ? mt_card_trends_lookup (batch->trends, card->id, card->name) : NULL;
  if (trend != NULL)
    g_array_append_vals (card->trend, trend->data, trend->len);

  organizations = g_hash_table_lookup (batch->organizations, mt_rating_row_get_record (row));
  for (guint i = 0; organizations != NULL && i < organizations->len; i++)
    {
      MtRecord *organization = g_ptr_array_index (organizations, i);
      gboolean no_teachers = has_no_active (&organization->teachers);
      gboolean no_students = has_no_active (&organization->students);

      card->n_organizations++;
      if (no_teachers || no_students)
        {
          MtCardOrganization *inactive = g_new0 (MtCardOrganization, 1);

          inactive->name = g_strdup (organization->name);
          inactive->no_teachers = no_teachers;
          inactive->no_students = no_students;
          g_ptr_array_add (card->inactive, inactive);
        }
    }
  return card;
}

void
mt_card_batch_free (MtCardBatch *batch)
{
  if (batch == NULL)
    return;
  g_object_unref (batch->rating);
  mt_card_region_free (batch->region);
  mt_card_trends_free (batch->trends);
  g_hash_table_unref (batch->organizations);
  g_free (batch);
}
