/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-draft.h: the catalog editor's unsaved work, kept on disk */
#pragma once

#include "mt-catalog.h"

G_BEGIN_DECLS

#define MT_CATALOG_DRAFT_ERROR (mt_catalog_draft_error_quark ())

typedef enum
{
  MT_CATALOG_DRAFT_ERROR_SET_ASIDE,   /* it did not load and was renamed aside */
  MT_CATALOG_DRAFT_ERROR_UNREADABLE,  /* it did not load and could not be moved */
} MtCatalogDraftError;

GQuark mt_catalog_draft_error_quark (void);

/* How long after the last change the draft is written. */
#define MT_CATALOG_DRAFT_DELAY_MS 1000

#define MT_TYPE_CATALOG_DRAFT (mt_catalog_draft_get_type ())
G_DECLARE_FINAL_TYPE (MtCatalogDraft, mt_catalog_draft, MT, CATALOG_DRAFT, GObject)

MtCatalogDraft *mt_catalog_draft_new         (const char      *path);
MtCatalogDraft *mt_catalog_draft_new_default (void);
const char     *mt_catalog_draft_get_path    (MtCatalogDraft  *self);
MtCatalog      *mt_catalog_draft_restore     (MtCatalogDraft  *self,
                                              GDateTime      **written,
                                              GError         **error);
void            mt_catalog_draft_save_later  (MtCatalogDraft  *self,
                                              MtCatalog       *catalog);
gboolean        mt_catalog_draft_get_busy    (MtCatalogDraft  *self);
void            mt_catalog_draft_remove      (MtCatalogDraft  *self);

G_END_DECLS
