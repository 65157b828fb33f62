/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-batch.h: the report cards of one rating, made one at a time */
#pragma once

#include <glib.h>

#include "mt-card-trends.h"
#include "mt-card.h"
#include "mt-catalog.h"
#include "mt-rating.h"

G_BEGIN_DECLS

typedef struct _MtCardBatch MtCardBatch;

MtCardBatch        *mt_card_batch_new        (MtRating     *rating,
                                              MtCatalog    *catalog,
                                              MtCardTrends *trends);
const MtCardRegion *mt_card_batch_get_region (MtCardBatch  *batch);
guint               mt_card_batch_get_n      (MtCardBatch  *batch);
MtCard             *mt_card_batch_make       (MtCardBatch  *batch,
                                              guint         index);
void                mt_card_batch_free       (MtCardBatch  *batch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCardBatch, mt_card_batch_free)

G_END_DECLS
