/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog.h: the meeting's catalog: materials, events and notices */
#pragma once

#include <gio/gio.h>

#include "mt-deck-section.h"
#include "mt-event.h"
#include "mt-material.h"

G_BEGIN_DECLS

/**
 * MtNotice:
 * @title: the notice's heading
 * @text: (nullable): what it says
 * @url: (nullable): where to read more
 * @url_problem: (nullable): why @url may not be opened
 */
typedef struct
{
  char *title;
  char *text;
  char *url;
  char *url_problem;
} MtNotice;

MtNotice *mt_notice_new  (const char *title,
                          const char *text,
                          const char *url);
void      mt_notice_free (MtNotice   *notice);

#define MT_TYPE_CATALOG (mt_catalog_get_type ())
G_DECLARE_FINAL_TYPE (MtCatalog, mt_catalog, MT, CATALOG, GObject)

MtCatalog  *mt_catalog_new                (void);
MtCatalog  *mt_catalog_copy               (MtCatalog  *self);
const char *mt_catalog_get_title          (MtCatalog  *self);
void        mt_catalog_set_title          (MtCatalog  *self,
                                           const char *title);
const char *mt_catalog_get_organization   (MtCatalog  *self);
void        mt_catalog_set_organization   (MtCatalog  *self,
                                           const char *organization);
const char *mt_catalog_get_meeting_title  (MtCatalog  *self);
const char *mt_catalog_get_meeting_date   (MtCatalog  *self);
void        mt_catalog_set_meeting        (MtCatalog  *self,
                                           const char *title,
                                           const char *date);
gboolean    mt_catalog_get_is_demo        (MtCatalog  *self);
void        mt_catalog_set_is_demo        (MtCatalog  *self,
                                           gboolean    is_demo);
GListStore *mt_catalog_get_materials      (MtCatalog  *self);
GListStore *mt_catalog_get_events         (MtCatalog  *self);
GPtrArray  *mt_catalog_get_notices        (MtCatalog  *self);
GPtrArray  *mt_catalog_get_problems       (MtCatalog  *self);
GArray     *mt_catalog_get_deck           (MtCatalog  *self);
void        mt_catalog_set_deck           (MtCatalog  *self,
                                           GArray     *sections);
MtMaterial *mt_catalog_find_recommendations (MtCatalog *self);
MtMaterial *mt_catalog_find_material      (MtCatalog  *self,
                                           const char *id);
char       *mt_catalog_title_for_url      (MtCatalog  *self,
                                           const char *url);

G_END_DECLS
