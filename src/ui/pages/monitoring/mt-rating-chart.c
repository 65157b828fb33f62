/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-chart.c: the rating as horizontal bars, for a projector */
#define G_LOG_DOMAIN "mt-rating-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-format.h"
#include "mt-rating-chart.h"
#include "mt-rating-row.h"

/*
 * One bar a municipality, in rating order: its score, or its teachers'
 * share when no score is known (totals missing). Large type and strong
 * colours, so that it reads from the back of a hall; the colours follow
 * the style (light or dark), the user's municipality in the accent colour.
 */

#define BAR_HEIGHT 22
#define GAP 6
#define NAME_WIDTH 210
#define VALUE_WIDTH 70
#define MAX_BARS 60
/* Narrower than this, each name stands on its own line above its bar, so
 * that it is read whole rather than cut. */
#define STACKED_BELOW 440
#define NAME_LINE 20

struct _MtRatingChart
{
  GtkWidget parent_instance;

  GListModel *rows;
  char *mine;   /* case-folded name or code, or NULL */
};

G_DEFINE_FINAL_TYPE (MtRatingChart, mt_rating_chart, GTK_TYPE_WIDGET)

static guint
bar_count (MtRatingChart *self)
{
  return self->rows != NULL ? MIN (g_list_model_get_n_items (self->rows), MAX_BARS) : 0;
}

static gboolean
stacked (int width)
{
  return width > 0 && width < STACKED_BELOW;
}

/* The height one municipality takes, with the gap under it. */
static int
entry_height (int width)
{
  return (stacked (width) ? NAME_LINE : 0) + BAR_HEIGHT + GAP;
}

static gboolean
is_mine (MtRatingChart *self,
         MtRatingRow   *row)
{
  g_autofree char *name = NULL;

  if (self->mine == NULL)
    return FALSE;
  if (g_strcmp0 (mt_rating_row_get_id (row), self->mine) == 0)
    return TRUE;
  name = g_utf8_casefold (mt_rating_row_get_name (row), -1);
  return g_str_equal (name, self->mine);
}

static void
mt_rating_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  MtRatingChart *self = MT_RATING_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = NAME_WIDTH + VALUE_WIDTH + 300;
    }
  else
    {
      *minimum = *natural = GAP + bar_count (self) * entry_height (for_size);
    }
}

static GtkSizeRequestMode
mt_rating_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
draw_bars (MtRatingChart *self,
           GtkSnapshot   *snapshot,
           int            width,
           const GdkRGBA *text,
           const GdkRGBA *bar,
           const GdkRGBA *mine)
{
  GtkWidget *widget = GTK_WIDGET (self);
  /* Names take at most 45 % of a chart beside them (the bars are the
   * point), or a line of their own above a narrow one's bars. */
  gboolean on_own_line = stacked (width);
  double name_width = on_own_line ? 0 : MIN (NAME_WIDTH, floor (width * 0.45));
  double bar_room = MAX (10, width - name_width - VALUE_WIDTH);
  gboolean scored = FALSE;
  double largest = 0;
  guint n = bar_count (self);

  if (n == 0)
    return;

  {
    g_autoptr(MtRatingRow) first = g_list_model_get_item (self->rows, 0);

    scored = mt_rating_row_get_rank (first) > 0;
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (self->rows, i);
      double value = scored ? mt_rating_row_get_score (row) : mt_rating_row_get_teachers_share (row);

      if (isfinite (value))
        largest = MAX (largest, value);
    }
  if (largest <= 0)
    largest = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (self->rows, i);
      double value = scored ? mt_rating_row_get_score (row) : mt_rating_row_get_teachers_share (row);
      double y = GAP + i * entry_height (width);
      gboolean own = is_mine (self, row);
      g_autofree char *percent = mt_format_percent (value);
      PangoLayout *layout;

      layout = gtk_widget_create_pango_layout (widget, mt_rating_row_get_name (row));
      pango_layout_set_width (layout, (int) ((on_own_line ? width : name_width - 12) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y + 2));
      gtk_snapshot_append_layout (snapshot, layout, own ? mine : text);
      gtk_snapshot_restore (snapshot);
      g_object_unref (layout);
      if (on_own_line)
        y += NAME_LINE;

      if (!isfinite (value))
        {
          /* No bar: no score (or share) to draw; the table says why. */
          layout = gtk_widget_create_pango_layout (widget, "—");
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (name_width, y + 2));
          gtk_snapshot_append_layout (snapshot, layout, text);
          gtk_snapshot_restore (snapshot);
          g_object_unref (layout);
        }
      else
        {
          double length = round (bar_room * value / largest);

          gtk_snapshot_append_color (snapshot, own ? mine : bar,
                                     &GRAPHENE_RECT_INIT (name_width, y, MAX (1, length), BAR_HEIGHT));
          layout = gtk_widget_create_pango_layout (widget, percent);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (name_width + length + 6, y + 2));
          gtk_snapshot_append_layout (snapshot, layout, text);
          gtk_snapshot_restore (snapshot);
          g_object_unref (layout);
        }
    }
}

static void
mt_rating_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  GdkRGBA text, bar, mine;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  lookup_color (widget, "accent_bg_color", &mine, "#3584e4");
  bar = text;
  bar.alpha = 0.35;
  draw_bars (MT_RATING_CHART (widget), snapshot, gtk_widget_get_width (widget), &text, &bar, &mine);
}

/**
 * mt_rating_chart_snapshot_for_slide:
 * @width: the picture's width
 *
 * Draws the chart for a slide: black text and grey bars on the white a
 * slide has, whatever the window's style; the user's municipality in blue.
 *
 * Returns: the height drawn
 */
int
mt_rating_chart_snapshot_for_slide (MtRatingChart *self,
                                    GtkSnapshot   *snapshot,
                                    int            width)
{
  const GdkRGBA text = { 0, 0, 0, 1 };
  const GdkRGBA bar = { 0.55, 0.55, 0.55, 1 };
  const GdkRGBA mine = { 0.21, 0.52, 0.89, 1 };

  g_return_val_if_fail (MT_IS_RATING_CHART (self), 0);

  draw_bars (self, snapshot, width, &text, &bar, &mine);
  return GAP + bar_count (self) * entry_height (width);
}

static void
mt_rating_chart_finalize (GObject *object)
{
  MtRatingChart *self = MT_RATING_CHART (object);

  g_clear_object (&self->rows);
  g_free (self->mine);

  G_OBJECT_CLASS (mt_rating_chart_parent_class)->finalize (object);
}

static void
mt_rating_chart_class_init (MtRatingChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mt_rating_chart_finalize;
  widget_class->measure = mt_rating_chart_measure;
  widget_class->get_request_mode = mt_rating_chart_get_request_mode;
  widget_class->snapshot = mt_rating_chart_snapshot;
  gtk_widget_class_set_css_name (widget_class, "ratingchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mt_rating_chart_init (MtRatingChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of the rating"), -1);
}

/**
 * mt_rating_chart_set_rows:
 * @rows: (nullable): the rating, in rating order
 * @mine: (nullable): the user's municipality, case-folded
 */
void
mt_rating_chart_set_rows (MtRatingChart *self,
                          GListModel    *rows,
                          const char    *mine)
{
  g_return_if_fail (MT_IS_RATING_CHART (self));

  g_set_object (&self->rows, rows);
  g_free (self->mine);
  self->mine = g_strdup (mine);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
