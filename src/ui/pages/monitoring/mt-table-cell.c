/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-cell.c: the text of one cell of the rating table, drawn anew
 * without its row being laid out again when it changes */
#define G_LOG_DOMAIN "mt-table-cell"

#include "config.h"

#include "mt-table-cell.h"

/*
 * Why not a GtkLabel: a label asks for a new size whenever its text
 * changes, and in GTK 4.8 that lays out its row and the list around it
 * again. A new week, a re-rating or a sort changes about 500 cells on
 * screen at once, and those layouts were most of the time the window
 * stood still (bench-window).
 *
 * A figure's size does not depend on its text: one line of the widget's
 * font, as wide as its column (a column has a fixed width), the figure
 * right-aligned and ellipsized if the column is made too narrow.
 *
 * A name wraps, so that it is read whole: its height is that of its lines
 * at the column's width. A new name that takes as many lines as the old
 * one at the width the cell has is only drawn anew; GTK then still keeps
 * the old name's heights for the other widths it measured, so the first
 * new width after such a change asks for a new size.
 *
 * The CSS node is "label", so the theme and the page's classes (numeric,
 * mine, excluded) style a cell as one.
 */

struct _MtTableCell
{
  GtkWidget parent_instance;

  char *text;
  PangoLayout *layout;   /* made on first need, for the widget's font */
  int width_chars;       /* a name's least width, in characters; 0 for a figure */
  gboolean size_kept;    /* the text changed without a new size... */
  int size_kept_width;   /* ...at this width */
};

G_DEFINE_FINAL_TYPE (MtTableCell, mt_table_cell, GTK_TYPE_WIDGET)

static PangoLayout *
get_layout (MtTableCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      if (self->width_chars > 0)
        pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      else
        {
          pango_layout_set_alignment (self->layout, PANGO_ALIGN_RIGHT);
          pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (self->layout, TRUE);
        }
    }
  return self->layout;
}

/* A line of @context's font: its height, and the width of a character (a
 * letter's or a digit's, the wider, as GtkLabel counts them). Asking
 * Pango costs a fontset lookup, and 2,400 cells share two fonts (a row may
 * be bold): the last few answers are kept, by font and resolution. */
static void
line_size (PangoContext *context,
           int          *height,
           int          *char_width)
{
  typedef struct
  {
    PangoFontDescription *font;
    double resolution;
    int height;
    int char_width;
  } Known;
  static Known known[4];
  static guint next;
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);
  PangoFontMetrics *metrics;
  Known *fresh;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (known[i].font != NULL && known[i].resolution == resolution && pango_font_description_equal (known[i].font, font))
      {
        *height = known[i].height;
        *char_width = known[i].char_width;
        return;
      }
  metrics = pango_context_get_metrics (context, font, NULL);
  fresh = &known[next++ % G_N_ELEMENTS (known)];
  g_clear_pointer (&fresh->font, pango_font_description_free);
  fresh->font = pango_font_description_copy (font);
  fresh->resolution = resolution;
  fresh->height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
  fresh->char_width = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                              pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);
  *height = fresh->height;
  *char_width = fresh->char_width;
}

/* The height of a name's lines at @width. */
static int
name_height (MtTableCell *self,
             int          width)
{
  PangoLayout *layout = get_layout (self);
  PangoRectangle logical;

  if (pango_layout_get_width (layout) != width * PANGO_SCALE)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

static void
mt_table_cell_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MtTableCell *self = MT_TABLE_CELL (widget);
  int line_height, char_width;

  line_size (gtk_widget_get_pango_context (widget), &line_height, &char_width);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    /* A figure is drawn within its column; a name is given room for a
     * word or two a line (GTK 4.8 measures a row's height at its cells'
     * least width: a name that could shrink to a letter a line made rows
     * hundreds of pixels tall). */
    *minimum = *natural = self->width_chars * char_width;
  else if (self->width_chars > 0)
    *minimum = *natural = MAX (line_height, name_height (self, for_size >= 0 ? for_size
                                                                           : self->width_chars * char_width));
  else
    *minimum = *natural = line_height;
}

static gboolean
resize_cb (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

static void
mt_table_cell_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MtTableCell *self = MT_TABLE_CELL (widget);
  PangoLayout *layout = get_layout (self);

  if (pango_layout_get_width (layout) != width * PANGO_SCALE)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  /* GTK may still hold an old name's height for this width: measured
   * anew at the next frame (a new size asked for while GTK allocates
   * leaves rows it draws unallocated). */
  if (self->size_kept && width != self->size_kept_width)
    {
      self->size_kept = FALSE;
      gtk_widget_add_tick_callback (widget, resize_cb, NULL, NULL);
    }
}

static void
mt_table_cell_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MtTableCell *self = MT_TABLE_CELL (widget);
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
mt_table_cell_finalize (GObject *object)
{
  MtTableCell *self = MT_TABLE_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  G_OBJECT_CLASS (mt_table_cell_parent_class)->finalize (object);
}

static void
mt_table_cell_class_init (MtTableCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_table_cell_finalize;
  widget_class->measure = mt_table_cell_measure;
  widget_class->size_allocate = mt_table_cell_size_allocate;
  widget_class->snapshot = mt_table_cell_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mt_table_cell_init (MtTableCell *self)
{
}

/** mt_table_cell_new_figure: a figure: one line, right-aligned */
GtkWidget *
mt_table_cell_new_figure (void)
{
  return g_object_new (MT_TYPE_TABLE_CELL, NULL);
}

/**
 * mt_table_cell_new_name:
 * @width_chars: the least width, in characters
 *
 * A name: left-aligned, wrapped at the column's width.
 */
GtkWidget *
mt_table_cell_new_name (int width_chars)
{
  MtTableCell *self = g_object_new (MT_TYPE_TABLE_CELL, NULL);

  g_return_val_if_fail (width_chars > 0, GTK_WIDGET (self));
  self->width_chars = width_chars;
  return GTK_WIDGET (self);
}

/** mt_table_cell_get_wraps: whether the cell is a name's, which wraps */
gboolean
mt_table_cell_get_wraps (MtTableCell *self)
{
  g_return_val_if_fail (MT_IS_TABLE_CELL (self), FALSE);

  return self->width_chars > 0;
}

const char *
mt_table_cell_get_text (MtTableCell *self)
{
  g_return_val_if_fail (MT_IS_TABLE_CELL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * mt_table_cell_set_text:
 *
 * Shows @text: drawn anew; the row is laid out again only for a name
 * whose lines at the cell's width are not as many as before.
 */
void
mt_table_cell_set_text (MtTableCell *self,
                        const char  *text)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int old_height = -1;

  g_return_if_fail (MT_IS_TABLE_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  if (self->width_chars > 0 && self->layout != NULL && width > 0)
    old_height = name_height (self, width);
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  if (self->width_chars == 0)
    gtk_widget_queue_draw (widget);
  else if (old_height >= 0 && name_height (self, width) == old_height)
    {
      self->size_kept = TRUE;
      self->size_kept_width = width;
      gtk_widget_queue_draw (widget);
    }
  else
    gtk_widget_queue_resize (widget);
}
