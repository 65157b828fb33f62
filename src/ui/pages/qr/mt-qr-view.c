/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-view.c: a QR code drawn as large as its room allows, crisp */
#define G_LOG_DOMAIN "mt-qr-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-qr-view.h"

struct _MtQrView
{
  GtkWidget parent_instance;

  MtQrCode *code;
  MtQrStyle style;
  char *caption;   /* owned copy of style.caption */
  guint size;      /* the size last drawn, quiet zone included */
};

G_DEFINE_FINAL_TYPE (MtQrView, mt_qr_view, GTK_TYPE_WIDGET)

static void
mt_qr_view_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  MtQrView *self = MT_QR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double total;
  cairo_t *cr;
  guint size;

  if (self->code == NULL)
    return;

  /* The same drawing as the files: whole-pixel modules, caption under. */
  size = mt_qr_fit (&self->style, width, height);
  self->size = size;
  if (size == 0)
    return;
  total = size + mt_qr_caption_height (&self->style, size);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (floor ((width - size) / 2.0),
                                                       floor ((height - total) / 2.0),
                                                       size, total));
  cairo_translate (cr, floor ((width - size) / 2.0), floor ((height - total) / 2.0));
  mt_qr_draw (self->code, &self->style, cr, size);
  cairo_destroy (cr);
}

/* A screen reader says what the code holds, never the widget's type. */
static void
update_accessible_label (MtQrView *self)
{
  g_autofree char *label = NULL;

  if (self->code != NULL)
    /* TRANSLATORS: the accessible name of a QR code; %s is its text */
    label = g_strdup_printf (_("QR code: %s"), mt_qr_code_get_text (self->code));
  else
    label = g_strdup (_("No QR code"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
mt_qr_view_finalize (GObject *object)
{
  MtQrView *self = MT_QR_VIEW (object);

  g_clear_pointer (&self->code, mt_qr_code_free);
  g_free (self->caption);

  G_OBJECT_CLASS (mt_qr_view_parent_class)->finalize (object);
}

static void
mt_qr_view_class_init (MtQrViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_qr_view_finalize;
  widget_class->snapshot = mt_qr_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "qrview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_qr_view_init (MtQrView *self)
{
  MtQrStyle style = MT_QR_STYLE_INIT;

  self->style = style;
  update_accessible_label (self);
}

GtkWidget *
mt_qr_view_new (void)
{
  return g_object_new (MT_TYPE_QR_VIEW, NULL);
}

/**
 * mt_qr_view_set_code:
 * @code: (transfer full) (nullable): the code, or %NULL to show nothing
 * @style: how to draw it
 */
void
mt_qr_view_set_code (MtQrView        *self,
                     MtQrCode        *code,
                     const MtQrStyle *style)
{
  g_return_if_fail (MT_IS_QR_VIEW (self));

  g_clear_pointer (&self->code, mt_qr_code_free);
  self->code = code;
  g_free (self->caption);
  self->caption = g_strdup (style->caption);
  self->style = *style;
  self->style.caption = self->caption;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/** mt_qr_view_get_size: Returns: the code's size when last drawn, in pixels */
guint
mt_qr_view_get_size (MtQrView *self)
{
  g_return_val_if_fail (MT_IS_QR_VIEW (self), 0);
  return self->size;
}
