/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card.c: one municipality's report card */
#define G_LOG_DOMAIN "mt-card"
#include "config.h"

#include <math.h>

#include "mt-card.h"
#include "mt-monitoring-job.h"

void
mt_card_region_free (MtCardRegion *region)
{
  if (region == NULL)
    return;
  g_free (region->region);
  g_free (region->period_from);
  g_free (region->period_to);
  g_free (region->best_teachers_name);
  g_free (region->best_students_name);
  g_free (region->institution);
  g_free (region->code_url);
  g_free (region->code_title);
  g_free (region);
}

static void
organization_free (gpointer data)
{
  MtCardOrganization *organization = data;

  g_free (organization->name);
  g_free (organization);
}

/* Returns: (transfer full): a card of @name with no place, no shares,
 * no trend and no organisations yet */
MtCard *
mt_card_new (const MtCardRegion *region,
             const char         *name)
{
  MtCard *card = g_new0 (MtCard, 1);

  g_return_val_if_fail (region != NULL, NULL);
  card->region = region;
  card->name = g_strdup (name);
  card->score = NAN;
  card->teachers_share = NAN;
  card->students_share = NAN;
  card->teachers_change = NAN;
  card->students_change = NAN;
  card->trend = g_array_new (FALSE, TRUE, sizeof (MtTrendPoint));
  card->inactive = g_ptr_array_new_with_free_func (organization_free);
  return card;
}

void
mt_card_free (MtCard *card)
{
  if (card == NULL)
    return;
  g_free (card->name);
  g_free (card->id);
  g_free (card->unranked_reason);
  g_array_unref (card->trend);
  g_ptr_array_unref (card->inactive);
  g_free (card);
}
