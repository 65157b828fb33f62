/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-page.c: the QR codes page */
#define G_LOG_DOMAIN "mt-qr-page"

#include "config.h"

#include "mt-qr-page.h"

struct _MtQrPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MtQrPage, mt_qr_page, ADW_TYPE_BIN)

static void
mt_qr_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_QR_PAGE);

  G_OBJECT_CLASS (mt_qr_page_parent_class)->dispose (object);
}

static void
mt_qr_page_class_init (MtQrPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_qr_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/qr/mt-qr-page.ui");
}

static void
mt_qr_page_init (MtQrPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
