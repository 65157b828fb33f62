/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-editor.h: the window where institute staff author the
 * meeting's catalog */
#pragma once

#include <adwaita.h>

#include "mt-catalog.h"

G_BEGIN_DECLS

#define MT_TYPE_CATALOG_EDITOR (mt_catalog_editor_get_type ())
G_DECLARE_FINAL_TYPE (MtCatalogEditor, mt_catalog_editor, MT, CATALOG_EDITOR, AdwWindow)

MtCatalogEditor *mt_catalog_editor_present   (GtkWindow       *parent,
                                              MtCatalog       *catalog);
MtCatalog       *mt_catalog_editor_get_catalog (MtCatalogEditor *self);
gboolean         mt_catalog_editor_get_dirty   (MtCatalogEditor *self);
void             mt_catalog_editor_close_then_quit (MtCatalogEditor *self);

G_END_DECLS
