/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page.h: the municipalities' rating page */
#pragma once

#include <adwaita.h>

#include "mt-dataset.h"
#include "mt-fetcher.h"
#include "mt-history.h"
#include "mt-rating.h"

G_BEGIN_DECLS

#define MT_TYPE_MONITORING_PAGE (mt_monitoring_page_get_type ())

G_DECLARE_FINAL_TYPE (MtMonitoringPage, mt_monitoring_page, MT, MONITORING_PAGE, AdwBin)

void        mt_monitoring_page_set_up       (MtMonitoringPage *self,
                                             GSettings        *settings,
                                             MtFetcher        *fetcher);
GListModel *mt_monitoring_page_get_rows     (MtMonitoringPage *self);
MtDataset  *mt_monitoring_page_get_dataset  (MtMonitoringPage *self);
MtRating   *mt_monitoring_page_get_rating   (MtMonitoringPage *self);
MtHistory  *mt_monitoring_page_get_history  (MtMonitoringPage *self);
gboolean    mt_monitoring_page_get_busy     (MtMonitoringPage *self);
guint       mt_monitoring_page_get_my_position (MtMonitoringPage *self);
guint       mt_monitoring_page_get_trend_points (MtMonitoringPage *self);
guint       mt_monitoring_page_get_refresh_seconds (MtMonitoringPage *self);
const char *mt_monitoring_page_get_offline_notice (MtMonitoringPage *self);

G_END_DECLS
