/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-chart.h: the rating as horizontal bars, for a projector */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_RATING_CHART (mt_rating_chart_get_type ())

G_DECLARE_FINAL_TYPE (MtRatingChart, mt_rating_chart, MT, RATING_CHART, GtkWidget)

int  mt_rating_chart_snapshot_for_slide (MtRatingChart *self,
                                         GtkSnapshot   *snapshot,
                                         int            width);
void mt_rating_chart_set_rows (MtRatingChart *self,
                               GListModel    *rows,
                               const char    *mine);

G_END_DECLS
