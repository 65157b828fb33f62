/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-trend-chart.c: one municipality's shares over the kept periods */
#define G_LOG_DOMAIN "mt-trend-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-format.h"
#include "mt-monitoring-job.h"
#include "mt-trend-chart.h"

/* Two lines, teachers' share in the accent colour and students' in
 * orange, over the periods kept, oldest on the left; the first and last
 * dates under them and the top of the scale beside them. The lines differ
 * by more than colour (for colour-blind readers and grey print): the
 * teachers' is solid with round marks, the students' dashed with square
 * ones. */

#define PAD 6
/* Room for the dates and the scale under the lines: two lines when narrow. */
#define LABEL_HEIGHT 36

struct _MtTrendChart
{
  GtkWidget parent_instance;

  GArray *points;  /* of MtTrendPoint */
};

G_DEFINE_FINAL_TYPE (MtTrendChart, mt_trend_chart, GTK_TYPE_WIDGET)

static void
draw_line (cairo_t       *cr,
           GArray        *points,
           gboolean       students,
           double         width,
           double         height,
           double         top,
           const GdkRGBA *color)
{
  static const double dash[] = { 6, 4 };
  gboolean drawing = FALSE;

  gdk_cairo_set_source_rgba (cr, color);
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < points->len; i++)
        {
          MtTrendPoint *point = &g_array_index (points, MtTrendPoint, i);
          double value = students ? point->students_share : point->teachers_share;
          double x = points->len > 1 ? PAD + (width - 2 * PAD) * i / (points->len - 1) : width / 2;
          double y = PAD + (height - 2 * PAD) * (1 - value / top);

          if (isnan (value))
            {
              drawing = FALSE;
              continue;
            }
          if (pass == 1)
            {
              /* The marks: round for teachers, square for students. */
              if (students)
                cairo_rectangle (cr, x - 4, y - 4, 8, 8);
              else
                cairo_arc (cr, x, y, 4.5, 0, 2 * G_PI);
              cairo_fill (cr);
              continue;
            }
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          drawing = TRUE;
        }
      if (pass == 0)
        {
          cairo_set_line_width (cr, 2.5);
          cairo_set_dash (cr, dash, students ? G_N_ELEMENTS (dash) : 0, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          drawing = FALSE;
        }
    }
}

static void
mt_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MtTrendChart *self = MT_TREND_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget) - LABEL_HEIGHT;
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA text, accent, orange = { 0.9, 0.38, 0, 1 }, grid;
  double top = 0;
  cairo_t *cr;

  if (self->points == NULL || self->points->len == 0 || height <= 2 * PAD)
    return;

  gtk_style_context_get_color (context, &text);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#1c71d8");
  grid = text;
  grid.alpha = 0.15;

  for (guint i = 0; i < self->points->len; i++)
    {
      MtTrendPoint *point = &g_array_index (self->points, MtTrendPoint, i);

      if (isfinite (point->teachers_share))
        top = MAX (top, point->teachers_share);
      if (isfinite (point->students_share))
        top = MAX (top, point->students_share);
    }
  top = top > 0 ? MIN (1, ceil (top * 10) / 10) : 1;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &grid);
  cairo_rectangle (cr, PAD, PAD, width - 2 * PAD, height - 2 * PAD);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  draw_line (cr, self->points, FALSE, width, height, top, &accent);
  draw_line (cr, self->points, TRUE, width, height, top, &orange);
  cairo_destroy (cr);

  {
    MtTrendPoint *first = &g_array_index (self->points, MtTrendPoint, 0);
    MtTrendPoint *last = &g_array_index (self->points, MtTrendPoint, self->points->len - 1);
    g_autofree char *from = mt_format_iso_date (first->period_from);
    g_autofree char *to = mt_format_iso_date (last->period_from);
    g_autofree char *scale = mt_format_percent (top);
    g_autofree char *dates = g_strdup_printf ("%s … %s · %s %s", from, to, _("scale up to"), scale);
    PangoLayout *layout = gtk_widget_create_pango_layout (widget, dates);

    /* Within the chart, however narrow: the dates wrap under each other. */
    pango_layout_set_width (layout, MAX (1, width - 2 * PAD) * PANGO_SCALE);
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PAD, height));
    gtk_snapshot_append_layout (snapshot, layout, &text);
    gtk_snapshot_restore (snapshot);
    g_object_unref (layout);
  }
}

/* A screen reader hears the first and the last shares, not a picture. */
static void
update_accessible_label (MtTrendChart *self)
{
  g_autofree char *label = NULL;

  if (self->points != NULL && self->points->len >= 2)
    {
      MtTrendPoint *first = &g_array_index (self->points, MtTrendPoint, 0);
      MtTrendPoint *last = &g_array_index (self->points, MtTrendPoint, self->points->len - 1);
      g_autofree char *teachers_then = mt_format_percent (first->teachers_share);
      g_autofree char *teachers_now = mt_format_percent (last->teachers_share);
      g_autofree char *students_then = mt_format_percent (first->students_share);
      g_autofree char *students_now = mt_format_percent (last->students_share);

      /* TRANSLATORS: the trend chart read aloud: the shares at the first
       * and the last kept period */
      label = g_strdup_printf (_("Shares over the kept periods: teachers from %s to %s, students from %s to %s"),
                               teachers_then, teachers_now, students_then, students_now);
    }
  else
    label = g_strdup (_("Shares over the kept periods"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
mt_trend_chart_finalize (GObject *object)
{
  MtTrendChart *self = MT_TREND_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (mt_trend_chart_parent_class)->finalize (object);
}

static void
mt_trend_chart_class_init (MtTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_trend_chart_finalize;
  widget_class->snapshot = mt_trend_chart_snapshot;
  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_trend_chart_init (MtTrendChart *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 160, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Shares over the kept periods"), -1);
}

/**
 * mt_trend_chart_set_points:
 * @points: (nullable) (element-type MtTrendPoint): oldest first
 */
void
mt_trend_chart_set_points (MtTrendChart *self,
                           GArray       *points)
{
  g_return_if_fail (MT_IS_TREND_CHART (self));

  g_clear_pointer (&self->points, g_array_unref);
  self->points = points != NULL ? g_array_ref (points) : NULL;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mt_trend_chart_get_n_points (MtTrendChart *self)
{
  g_return_val_if_fail (MT_IS_TREND_CHART (self), 0);
  return self->points != NULL ? self->points->len : 0;
}
