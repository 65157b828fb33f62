/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-writer.h: a catalog saved as a metodist-catalog document */
#pragma once

#include "mt-catalog.h"

G_BEGIN_DECLS

char     *mt_catalog_to_json (MtCatalog  *catalog);
gboolean  mt_catalog_save    (MtCatalog  *catalog,
                              GFile      *file,
                              GError    **error);

G_END_DECLS
