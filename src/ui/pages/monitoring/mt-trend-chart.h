/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-trend-chart.h: one municipality's shares over the kept periods */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_TREND_CHART (mt_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (MtTrendChart, mt_trend_chart, MT, TREND_CHART, GtkWidget)

void  mt_trend_chart_set_points  (MtTrendChart *self,
                                  GArray       *points);
guint mt_trend_chart_get_n_points (MtTrendChart *self);

G_END_DECLS
