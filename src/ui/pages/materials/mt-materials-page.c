/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page.c: the meeting materials page */
#define G_LOG_DOMAIN "mt-materials-page"

#include "config.h"

#include "mt-materials-page.h"

struct _MtMaterialsPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MtMaterialsPage, mt_materials_page, ADW_TYPE_BIN)

static void
mt_materials_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_MATERIALS_PAGE);

  G_OBJECT_CLASS (mt_materials_page_parent_class)->dispose (object);
}

static void
mt_materials_page_class_init (MtMaterialsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_materials_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/materials/mt-materials-page.ui");
}

static void
mt_materials_page_init (MtMaterialsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
