/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-name-cell.c: a municipality's name in the rating table, wrapped, its
 * row laid out again only when the name takes more or fewer lines */
#define G_LOG_DOMAIN "mt-name-cell"

#include "config.h"

#include "mt-name-cell.h"

/*
 * Why not a GtkLabel: a label asks for a new size whenever its text
 * changes, and in GTK 4.8 that lays out its row and the list around it
 * again. A new week, a re-rating or a sort gives about fifty rows on screen
 * new names at once; with labels that was most of the time the window
 * stood still (bench-window). The figures are GtkInscriptions, whose size
 * never depends on their text; a name wraps, so that it is read whole, and
 * its height does.
 *
 * So this cell remembers the widths GTK asked its height for since it
 * last asked for a new size, and its answers (GTK keeps them, and for the
 * widths between two equal answers, since a wrapped name is never taller
 * at a greater width): a new name as tall at each of them is only drawn
 * anew, any other asks for a new size. The name is drawn in the widget's CSS font (family, size,
 * weight, style: the page's "mine" and "excluded"), colour and opacity;
 * CSS text attributes (letter spacing, font features) are not applied, and
 * the page sets none on names. The CSS node is "label", as a label's.
 */

/* The widths remembered; more, and the next new name asks for a size. */
#define MAX_WIDTHS 4

struct _MtNameCell
{
  GtkWidget parent_instance;

  char *text;
  int width_chars;               /* the least width, in characters */
  PangoLayout *layout;           /* drawn, at the allocated width */
  PangoLayout *measured;         /* measured, at the widths GTK asks */
  int widths[MAX_WIDTHS];        /* the widths answered since the last resize... */
  int heights[MAX_WIDTHS];       /* ...and the heights answered */
  guint n_widths;                /* how many; MAX_WIDTHS + 1: too many */
};

G_DEFINE_FINAL_TYPE (MtNameCell, mt_name_cell, GTK_TYPE_WIDGET)

static PangoLayout *
new_layout (MtNameCell *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* A line of @context's font: its height, and the width of a character (a
 * letter's or a digit's, the wider, as GtkLabel counts them). Asking
 * Pango costs a fontset lookup, and 200 rows share two fonts (a row may be
 * bold): the last few answers are kept, by font and resolution. */
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
    if (known[i].font != NULL && known[i].resolution == resolution &&
        pango_font_description_equal (known[i].font, font))
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

/* The height of the name's lines at @width, at least one line. */
static int
height_at (MtNameCell *self,
           int         width)
{
  PangoRectangle logical;
  int line_height, char_width;

  line_size (gtk_widget_get_pango_context (GTK_WIDGET (self)), &line_height, &char_width);
  if (self->measured == NULL)
    self->measured = new_layout (self);
  pango_layout_set_width (self->measured, MAX (width, 1) * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->measured, NULL, &logical);
  return MAX (line_height, logical.height);
}

static void
remember_height (MtNameCell *self,
                 int         width,
                 int         height)
{
  for (guint i = 0; i < MIN (self->n_widths, MAX_WIDTHS); i++)
    if (self->widths[i] == width)
      {
        self->heights[i] = height;
        return;
      }
  if (self->n_widths < MAX_WIDTHS)
    {
      self->widths[self->n_widths] = width;
      self->heights[self->n_widths] = height;
    }
  self->n_widths = MIN (self->n_widths + 1, MAX_WIDTHS + 1);
}

static void
mt_name_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MtNameCell *self = MT_NAME_CELL (widget);
  int line_height, char_width, width;

  line_size (gtk_widget_get_pango_context (widget), &line_height, &char_width);
  /* Room for a word or two a line: GTK 4.8 measures a row's height at its
   * column's width raised to the cell's least, and a name that could
   * shrink to a letter a line made rows hundreds of pixels tall. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = self->width_chars * char_width;
      return;
    }
  width = for_size >= 0 ? for_size : self->width_chars * char_width;
  *minimum = *natural = height_at (self, width);
  remember_height (self, width, *minimum);
}

/* Its height follows the width it is given, as a wrapping label's. */
static GtkSizeRequestMode
mt_name_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mt_name_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MtNameCell *self = MT_NAME_CELL (widget);
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0')
    return;
  if (self->layout == NULL)
    self->layout = new_layout (self);
  if (pango_layout_get_width (self->layout) != gtk_widget_get_width (widget) * PANGO_SCALE)
    pango_layout_set_width (self->layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  /* Centred in the row's height, as a label is. */
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (widget) - logical.height) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
mt_name_cell_finalize (GObject *object)
{
  MtNameCell *self = MT_NAME_CELL (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->measured);
  g_free (self->text);
  G_OBJECT_CLASS (mt_name_cell_parent_class)->finalize (object);
}

static void
mt_name_cell_class_init (MtNameCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_name_cell_finalize;
  widget_class->get_request_mode = mt_name_cell_get_request_mode;
  widget_class->measure = mt_name_cell_measure;
  widget_class->snapshot = mt_name_cell_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mt_name_cell_init (MtNameCell *self)
{
}

/**
 * mt_name_cell_new:
 * @width_chars: the least width, in characters
 *
 * Returns: a name's cell, left-aligned, wrapped at the width it is given
 */
GtkWidget *
mt_name_cell_new (int width_chars)
{
  MtNameCell *self = g_object_new (MT_TYPE_NAME_CELL, NULL);

  self->width_chars = MAX (width_chars, 1);
  return GTK_WIDGET (self);
}

const char *
mt_name_cell_get_text (MtNameCell *self)
{
  g_return_val_if_fail (MT_IS_NAME_CELL (self), NULL);

  return self->text != NULL ? self->text : "";
}

/**
 * mt_name_cell_set_text:
 *
 * Shows @text: drawn anew, and its row laid out again if it is not as
 * tall as the old name at every width GTK holds a height for.
 */
void
mt_name_cell_set_text (MtNameCell *self,
                       const char *text)
{
  gboolean same_height;
  guint n;

  g_return_if_fail (MT_IS_NAME_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  n = self->n_widths <= MAX_WIDTHS ? self->n_widths : 0;
  same_height = n > 0;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
  if (self->measured != NULL)
    pango_layout_set_text (self->measured, self->text != NULL ? self->text : "", -1);
  for (guint i = 0; same_height && i < n; i++)
    same_height = height_at (self, self->widths[i]) == self->heights[i];
  if (self->text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  if (same_height)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    {
      /* GTK forgets its heights; the next ones are remembered afresh. */
      self->n_widths = 0;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}
