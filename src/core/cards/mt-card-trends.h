/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-trends.h: every municipality's shares over the kept periods,
 * collected once for a batch of report cards */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-history.h"

G_BEGIN_DECLS

typedef struct _MtCardTrends MtCardTrends;

MtCardTrends *mt_card_trends_collect (MtHistory     *history,
                                      MtDataset     *shown,
                                      GCancellable  *cancellable);
GArray       *mt_card_trends_lookup  (MtCardTrends  *trends,
                                      const char    *id,
                                      const char    *name);
void          mt_card_trends_free    (MtCardTrends  *trends);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCardTrends, mt_card_trends_free)

G_END_DECLS
