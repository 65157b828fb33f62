/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-events-page.c: the events page */
#define G_LOG_DOMAIN "mt-events-page"

#include "config.h"

#include "mt-events-page.h"

struct _MtEventsPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MtEventsPage, mt_events_page, ADW_TYPE_BIN)

static void
mt_events_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_EVENTS_PAGE);

  G_OBJECT_CLASS (mt_events_page_parent_class)->dispose (object);
}

static void
mt_events_page_class_init (MtEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_events_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/events/mt-events-page.ui");
}

static void
mt_events_page_init (MtEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
