/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page.h: the meeting materials page */
#pragma once

#include <adwaita.h>

#include "mt-catalog.h"
#include "mt-fetcher.h"

G_BEGIN_DECLS

#define MT_TYPE_MATERIALS_PAGE (mt_materials_page_get_type ())

G_DECLARE_FINAL_TYPE (MtMaterialsPage, mt_materials_page, MT, MATERIALS_PAGE, AdwBin)

void        mt_materials_page_set_up             (MtMaterialsPage *self,
                                                  GSettings       *settings,
                                                  MtFetcher       *fetcher);
MtCatalog  *mt_materials_page_get_catalog        (MtMaterialsPage *self);
gboolean    mt_materials_page_get_busy           (MtMaterialsPage *self);
const char *mt_materials_page_get_offline_notice (MtMaterialsPage *self);
guint       mt_materials_page_get_refresh_seconds (MtMaterialsPage *self);
guint       mt_materials_page_count_shown        (MtMaterialsPage *self,
                                                  guint           *new_rows);

G_END_DECLS
