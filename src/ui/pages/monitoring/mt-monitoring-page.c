/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page.c: the monitoring page */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include "mt-monitoring-page.h"

struct _MtMonitoringPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MtMonitoringPage, mt_monitoring_page, ADW_TYPE_BIN)

static void
mt_monitoring_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_MONITORING_PAGE);

  G_OBJECT_CLASS (mt_monitoring_page_parent_class)->dispose (object);
}

static void
mt_monitoring_page_class_init (MtMonitoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_monitoring_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/monitoring/mt-monitoring-page.ui");
}

static void
mt_monitoring_page_init (MtMonitoringPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
