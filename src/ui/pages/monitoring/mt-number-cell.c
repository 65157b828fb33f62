/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-number-cell.c: one figure of the rating table, redrawn without a new
 * layout when it changes */
#define G_LOG_DOMAIN "mt-number-cell"

#include "config.h"

#include "mt-number-cell.h"

/*
 * Why not a GtkLabel: a label asks for a new size whenever its text
 * changes, and in GTK 4.8 that lays out its row and the list around it
 * again. A re-rating or a sort changes about 500 figures on screen at once,
 * and those layouts were most of the 25-35 ms the window stood still.
 * A figure's size does not depend on its text here: one line of the
 * widget's font, as wide as its column (a column has a fixed width), the
 * figure right-aligned and ellipsized if the column is made too narrow.
 * So a new figure is only drawn anew. The CSS node is "label", so the
 * theme and the page's classes (numeric, mine, excluded) style it as one.
 */

struct _MtNumberCell
{
  GtkWidget parent_instance;

  char *text;
  PangoLayout *layout;   /* made on first need, for the widget's font */
};

G_DEFINE_FINAL_TYPE (MtNumberCell, mt_number_cell, GTK_TYPE_WIDGET)

static PangoLayout *
get_layout (MtNumberCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_alignment (self->layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }
  return self->layout;
}

/* The height of a line of @context's font. Asking Pango costs a fontset
 * lookup, and 2,400 cells share two fonts (a row may be bold): the last
 * few answers are kept, by font and resolution. */
static int
line_height (PangoContext *context)
{
  typedef struct
  {
    PangoFontDescription *font;
    double resolution;
    int height;
  } Known;
  static Known known[4];
  static guint next;
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);
  PangoFontMetrics *metrics;
  Known *fresh;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (known[i].font != NULL && known[i].resolution == resolution && pango_font_description_equal (known[i].font, font))
      return known[i].height;
  metrics = pango_context_get_metrics (context, font, NULL);
  fresh = &known[next++ % G_N_ELEMENTS (known)];
  g_clear_pointer (&fresh->font, pango_font_description_free);
  fresh->font = pango_font_description_copy (font);
  fresh->resolution = resolution;
  fresh->height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
  pango_font_metrics_unref (metrics);
  return fresh->height;
}

static void
mt_number_cell_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The column decides the width; the figure is drawn within it. */
      *minimum = *natural = 0;
      return;
    }
  else
    {
      *minimum = *natural = line_height (gtk_widget_get_pango_context (widget));
    }
}

static void
mt_number_cell_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  MtNumberCell *self = MT_NUMBER_CELL (widget);
  PangoLayout *layout = get_layout (self);

  if (pango_layout_get_width (layout) != width * PANGO_SCALE)
    pango_layout_set_width (layout, width * PANGO_SCALE);
}

static void
mt_number_cell_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MtNumberCell *self = MT_NUMBER_CELL (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0')
    return;
  layout = get_layout (self);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  /* GTK 4.8's way to a widget's CSS colour (gtk_widget_get_color is 4.10). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_save (snapshot);
  /* Centred in the row's height, as a label is. */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (widget) - logical.height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
mt_number_cell_finalize (GObject *object)
{
  MtNumberCell *self = MT_NUMBER_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  G_OBJECT_CLASS (mt_number_cell_parent_class)->finalize (object);
}

static void
mt_number_cell_class_init (MtNumberCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_number_cell_finalize;
  widget_class->measure = mt_number_cell_measure;
  widget_class->size_allocate = mt_number_cell_size_allocate;
  widget_class->snapshot = mt_number_cell_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mt_number_cell_init (MtNumberCell *self)
{
}

GtkWidget *
mt_number_cell_new (void)
{
  return g_object_new (MT_TYPE_NUMBER_CELL, NULL);
}

const char *
mt_number_cell_get_text (MtNumberCell *self)
{
  g_return_val_if_fail (MT_IS_NUMBER_CELL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * mt_number_cell_set_text:
 *
 * Shows @text: drawn anew, the row not laid out again.
 */
void
mt_number_cell_set_text (MtNumberCell *self,
                         const char   *text)
{
  g_return_if_fail (MT_IS_NUMBER_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
