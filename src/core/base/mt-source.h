/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-source.h: reading a document from a file or a stream, within the cap,
 * and monitoring data from it */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"

G_BEGIN_DECLS

GBytes    *mt_source_read_stream     (GInputStream  *stream,
                                      GCancellable  *cancellable,
                                      GError       **error);
GBytes    *mt_source_read_file       (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
MtDataset *mt_monitoring_load        (GBytes        *bytes,
                                      const char    *sheet,
                                      GHashTable    *mapping,
                                      GPtrArray    **to_ask,
                                      gboolean      *from_table,
                                      GPtrArray    **sheets_to_ask,
                                      GError       **error);

G_END_DECLS
