/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-writer.h: a rated period as JSON to publish and as CSV */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-rating.h"

G_BEGIN_DECLS

GBytes *mt_monitoring_write_json (MtDataset       *dataset,
                                  GListModel      *rows,
                                  const MtWeights *weights,
                                  gboolean         has_previous);
GBytes *mt_monitoring_write_csv  (MtDataset       *dataset,
                                  GListModel      *rows,
                                  gboolean         has_previous);

G_END_DECLS
