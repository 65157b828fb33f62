/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-reader.h: a metodist-catalog document (FORMATS.md §3) */
#pragma once

#include "mt-catalog.h"

G_BEGIN_DECLS

MtCatalog *mt_catalog_load        (GBytes              *bytes,
                                   GError             **error);
MtCatalog *mt_catalog_load_demo   (void);
void       mt_catalog_load_async  (GBytes              *bytes,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
void       mt_catalog_load_file_async (GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
MtCatalog *mt_catalog_load_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
