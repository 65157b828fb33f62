/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-reader.h: `metodist-monitoring` JSON documents into datasets */
#pragma once

#include "mt-dataset.h"

G_BEGIN_DECLS

#define MT_MONITORING_FORMAT "metodist-monitoring"
#define MT_MONITORING_VERSION 1

MtDataset *mt_monitoring_read (GBytes  *bytes,
                               GError **error);

G_END_DECLS
