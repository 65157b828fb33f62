/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-reader.h: a metodist-catalog document (FORMATS.md §3) */
#pragma once

#include "mt-catalog.h"

G_BEGIN_DECLS

MtCatalog *mt_catalog_load      (GBytes  *bytes,
                                 GError **error);
MtCatalog *mt_catalog_load_demo (void);

G_END_DECLS
