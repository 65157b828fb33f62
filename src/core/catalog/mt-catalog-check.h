/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-check.h: what the catalog editor accepts, by the loader's rules */
#pragma once

#include "mt-catalog.h"

G_BEGIN_DECLS

char *mt_catalog_id_problem    (GListModel *items,
                                gpointer    item,
                                const char *id);
char *mt_catalog_new_id        (GListModel *items,
                                const char *base);
char *mt_catalog_title_problem (const char *title);
char *mt_catalog_stage_problem (const char *title,
                                const char *from,
                                const char *to);
char *mt_catalog_item_problem  (GListModel *items,
                                gpointer    item);
char *mt_catalog_save_problem  (MtCatalog  *catalog);
GHashTable *mt_catalog_unready_items (MtCatalog  *catalog);
void  mt_list_store_move       (GListStore *store,
                                guint       from,
                                guint       to);

G_END_DECLS
