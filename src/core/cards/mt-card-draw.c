/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-draw.c: a report card on an A4 page, in points
 *
 * From the top: who sends it and for whom (the municipality, the region
 * and the period), its place and its move, its shares beside the
 * region's median and best, its trend over the kept periods, its
 * organisations with no activity, and at the foot what to do next: the
 * methodological recommendations' code. Text stays text in a PDF. */
#define G_LOG_DOMAIN "mt-card-draw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-card-draw.h"
#include "mt-draw-text.h"
#include "mt-format.h"
#include "mt-monitoring-job.h"
#include "mt-qr-render.h"

#define MARGIN 48.0
#define BODY 10.5          /* printed body text, in points */
#define SMALL 9.0
#define HEADING 12.5
#define CODE_SIDE 118.0    /* 42 mm: a phone reads it off a printed page */
#define CHART_HEIGHT 150.0

static const MtRgb ink = { 0.12, 0.12, 0.14 };
static const MtRgb muted = { 0.38, 0.38, 0.42 };
static const MtRgb accent = { 0.11, 0.38, 0.75 };
static const MtRgb rise = { 0.10, 0.50, 0.22 };
static const MtRgb fall = { 0.75, 0.11, 0.16 };
static const MtRgb students_color = { 0.85, 0.40, 0.05 };
static const MtRgb rule = { 0.80, 0.80, 0.84 };
static const MtRgb demo_red = { 0.80, 0.20, 0.10 };

static double
heading (cairo_t    *cr,
         const char *text,
         double      y)
{
  return y + 6 + mt_draw_text (cr, text, HEADING, PANGO_WEIGHT_BOLD, MARGIN, y, MT_CARD_WIDTH - 2 * MARGIN, 1,
                               PANGO_ALIGN_LEFT, &ink);
}

/* "▲ 3 places up since the previous period", or why there is no move. */
static char *
move_text (const MtCard *card,
           const MtRgb **color)
{
  *color = &muted;
  if (!card->region->has_previous)
    return g_strdup (_("No previous period to compare with."));
  if (!card->has_change)
    return g_strdup (_("It had no place in the previous period."));
  if (card->change == 0)
    return g_strdup (_("= the same place as in the previous period"));
  *color = card->change > 0 ? &rise : &fall;
  if (card->change > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "▲ %d place up since the previous period",
                                         "▲ %d places up since the previous period", card->change),
                            card->change);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "▼ %d place down since the previous period",
                                       "▼ %d places down since the previous period", -card->change),
                          -card->change);
}

static double
draw_standing (const MtCard *card,
               cairo_t      *cr,
               double        y)
{
  double width = MT_CARD_WIDTH - 2 * MARGIN;
  const MtRgb *color;
  g_autofree char *move = NULL;

  if (card->rank == 0)
    {
      y += mt_draw_text (cr, _("Not in the rating"), 22, PANGO_WEIGHT_BOLD, MARGIN, y, width, 1, PANGO_ALIGN_LEFT,
                         &muted);
      return y + 4 + mt_draw_text (cr, card->unranked_reason, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y + 4, width, 3,
                                   PANGO_ALIGN_LEFT, &ink);
    }
  {
    g_autofree char *rank = mt_format_count (card->rank);
    g_autofree char *of = mt_format_count (card->region->n_ranked);
    /* TRANSLATORS: a municipality's place on its report card, "Место 5 из 45" */
    g_autofree char *place = g_strdup_printf (_("Place %s of %s"), rank, of);

    y += mt_draw_text (cr, place, 22, PANGO_WEIGHT_BOLD, MARGIN, y, width, 1, PANGO_ALIGN_LEFT, &accent);
  }
  move = move_text (card, &color);
  y += 4 + mt_draw_text (cr, move, BODY + 1, PANGO_WEIGHT_BOLD, MARGIN, y + 4, width, 1, PANGO_ALIGN_LEFT, color);
  if (card->previous_rank > 0)
    {
      g_autofree char *previous = mt_format_count (card->previous_rank);
      /* TRANSLATORS: on a report card, under its move */
      g_autofree char *line = g_strdup_printf (_("Place in the previous period: %s"), previous);

      y += 2 + mt_draw_text (cr, line, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y + 2, width, 1, PANGO_ALIGN_LEFT, &muted);
    }
  return y;
}

static char *
percent_or_dash (double share)
{
  return isfinite (share) ? mt_format_percent (share) : g_strdup ("—");
}

/* A change of a share in percentage points, "+1,3 п. п.", or a dash. */
static char *
points_or_dash (double change)
{
  g_autofree char *points = NULL;

  if (!isfinite (change))
    return g_strdup ("—");
  points = mt_format_points (change);
  /* TRANSLATORS: a change of a share in percentage points, "+1,3 п. п." */
  return g_strdup_printf (_("%s pp"), points);
}

/* The columns of the shares' table, from the margin. */
static const double share_columns[] = { 0, 90, 180, 268, 350 };

/* The shares' table's header: the column names themselves. */
static double
draw_share_header (cairo_t *cr,
                   double   y)
{
  const char *names[] = { _("Active of all"), _("Municipality"), _("Change since the previous period"),
                          _("Region’s median"), _("Best in the region") };
  double height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      double x = MARGIN + share_columns[i];
      double room = i + 1 < G_N_ELEMENTS (names) ? share_columns[i + 1] - share_columns[i] - 8
                                                 : MT_CARD_WIDTH - MARGIN - x;

      height = MAX (height, mt_draw_text (cr, names[i], SMALL, PANGO_WEIGHT_BOLD, x, y, room, 3, PANGO_ALIGN_LEFT,
                                          &muted));
    }
  return y + height + 4;
}

/* One line of the shares' table: what, the municipality's, its change,
 * the region's median, the best and whose. */
static double
draw_share_row (cairo_t    *cr,
                const char *what,
                double      own,
                double      change,
                double      median,
                double      best,
                const char *best_name,
                double      y)
{
  double last = MT_CARD_WIDTH - 2 * MARGIN - share_columns[4];
  g_autofree char *own_text = percent_or_dash (own);
  g_autofree char *change_text = points_or_dash (change);
  g_autofree char *median_text = percent_or_dash (median);
  g_autofree char *best_text = percent_or_dash (best);
  g_autofree char *best_line = best_name != NULL ? g_strdup_printf ("%s · %s", best_text, best_name)
                                                 : g_steal_pointer (&best_text);
  const MtRgb *change_color = !isfinite (change) || change == 0 ? &muted : change > 0 ? &rise : &fall;
  double height;

  height = mt_draw_text (cr, what, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y, share_columns[1] - 8, 1, PANGO_ALIGN_LEFT,
                         &ink);
  mt_draw_text (cr, own_text, BODY + 2, PANGO_WEIGHT_BOLD, MARGIN + share_columns[1], y - 1, 82, 1, PANGO_ALIGN_LEFT,
                &ink);
  mt_draw_text (cr, change_text, BODY, PANGO_WEIGHT_NORMAL, MARGIN + share_columns[2], y, 82, 1, PANGO_ALIGN_LEFT,
                change_color);
  mt_draw_text (cr, median_text, BODY, PANGO_WEIGHT_NORMAL, MARGIN + share_columns[3], y, 72, 1, PANGO_ALIGN_LEFT,
                &ink);
  height = MAX (height, mt_draw_name (cr, best_line, BODY, PANGO_WEIGHT_NORMAL, MARGIN + share_columns[4], y, last, 2,
                                      &ink));
  return y + height + 6;
}

static double
draw_shares (const MtCard *card,
             cairo_t      *cr,
             double        y)
{
  const MtCardRegion *region = card->region;

  y = heading (cr, _("Active shares"), y);
  y = draw_share_header (cr, y);
  mt_draw_set_color (cr, &rule);
  cairo_rectangle (cr, MARGIN, y - 2, MT_CARD_WIDTH - 2 * MARGIN, 0.6);
  cairo_fill (cr);
  y += 4;
  y = draw_share_row (cr, _("Teachers"), card->teachers_share, card->teachers_change, region->median_teachers,
                      region->best_teachers, region->best_teachers_name, y);
  return draw_share_row (cr, _("Students"), card->students_share, card->students_change, region->median_students,
                         region->best_students, region->best_students_name, y);
}

static double
point_value (const MtTrendPoint *point,
             gboolean            students)
{
  return students ? point->students_share : point->teachers_share;
}

/* One line of the trend: solid with round marks for teachers, dashed
 * with square ones for students, so that grey print and colour-blind
 * readers tell them apart. */
static void
draw_trend_line (const GArray *trend,
                 gboolean      students,
                 cairo_t      *cr,
                 double        x,
                 double        y,
                 double        width,
                 double        height,
                 double        top)
{
  static const double dash[] = { 5, 3 };
  gboolean drawing = FALSE;

  mt_draw_set_color (cr, students ? &students_color : &accent);
  cairo_new_path (cr);
  for (guint i = 0; i < trend->len; i++)
    {
      double value = point_value (&g_array_index (trend, MtTrendPoint, i), students);
      double px = x + width * i / (trend->len - 1);
      double py = y + height * (1 - value / top);

      if (!isfinite (value))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, px, py);
      else
        cairo_move_to (cr, px, py);
      drawing = TRUE;
    }
  cairo_set_line_width (cr, 1.6);
  cairo_set_dash (cr, dash, students ? G_N_ELEMENTS (dash) : 0, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < trend->len; i++)
    {
      double value = point_value (&g_array_index (trend, MtTrendPoint, i), students);
      double px = x + width * i / (trend->len - 1);
      double py = y + height * (1 - value / top);

      if (!isfinite (value))
        continue;
      if (students)
        cairo_rectangle (cr, px - 2.6, py - 2.6, 5.2, 5.2);
      else
        cairo_arc (cr, px, py, 2.9, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* A legend entry: the line's own stroke and mark, then its name. */
static double
draw_legend_entry (cairo_t    *cr,
                   const char *name,
                   gboolean    students,
                   double      x,
                   double      y)
{
  g_autoptr(GArray) sample = g_array_new (FALSE, TRUE, sizeof (MtTrendPoint));
  MtTrendPoint point = { { 0 }, 0.5, 0.5 };

  g_array_append_val (sample, point);
  g_array_append_val (sample, point);
  draw_trend_line (sample, students, cr, x, y + 6, 26, 0.0001, 1);
  mt_draw_text (cr, name, SMALL, PANGO_WEIGHT_NORMAL, x + 32, y, 150, 1, PANGO_ALIGN_LEFT, &ink);
  return x + 32 + 110;
}

static double
draw_trend (const MtCard *card,
            cairo_t      *cr,
            double        y)
{
  double width = MT_CARD_WIDTH - 2 * MARGIN;
  double chart_x = MARGIN + 44, chart_width = width - 44 - 8;
  double top = 0;
  guint usable = 0;

  y = heading (cr, _("Trend over the kept periods"), y);
  for (guint i = 0; i < card->trend->len; i++)
    {
      const MtTrendPoint *point = &g_array_index (card->trend, MtTrendPoint, i);

      if (isfinite (point->teachers_share) || isfinite (point->students_share))
        usable++;
      if (isfinite (point->teachers_share))
        top = MAX (top, point->teachers_share);
      if (isfinite (point->students_share))
        top = MAX (top, point->students_share);
    }
  if (card->trend->len < 2 || usable < 2)
    return y + 6 + mt_draw_text (cr, _("No trend yet: it needs two periods or more."), BODY, PANGO_WEIGHT_NORMAL,
                                 MARGIN, y + 2, width, 2, PANGO_ALIGN_LEFT, &muted);

  /* The scale's top: the next ten percent above the highest point or the
   * region's best, the same on every card of a batch as far as it can be
   * (from a user's try: 8,9 % near the top looked high). */
  if (isfinite (card->region->best_teachers))
    top = MAX (top, card->region->best_teachers);
  if (isfinite (card->region->best_students))
    top = MAX (top, card->region->best_students);
  top = MIN (1.0, ceil (top * 10 + 1e-9) / 10);
  if (top <= 0)
    top = 0.1;
  {
    g_autofree char *top_text = mt_format_percent (top);
    g_autofree char *zero_text = mt_format_percent (0);
    g_autofree char *first = mt_format_iso_date (g_array_index (card->trend, MtTrendPoint, 0).period_from);
    g_autofree char *last = mt_format_iso_date (
      g_array_index (card->trend, MtTrendPoint, card->trend->len - 1).period_from);
    double chart_y = y + 6, chart_height = CHART_HEIGHT - 40;
    double x;

    mt_draw_text (cr, top_text, SMALL, PANGO_WEIGHT_NORMAL, MARGIN, chart_y - 5, 40, 1, PANGO_ALIGN_LEFT, &muted);
    mt_draw_text (cr, zero_text, SMALL, PANGO_WEIGHT_NORMAL, MARGIN, chart_y + chart_height - 6, 40, 1,
                  PANGO_ALIGN_LEFT, &muted);
    mt_draw_set_color (cr, &rule);
    cairo_rectangle (cr, chart_x, chart_y, chart_width, 0.5);
    cairo_rectangle (cr, chart_x, chart_y + chart_height, chart_width, 0.6);
    cairo_fill (cr);
    draw_trend_line (card->trend, FALSE, cr, chart_x, chart_y, chart_width, chart_height, top);
    draw_trend_line (card->trend, TRUE, cr, chart_x, chart_y, chart_width, chart_height, top);
    mt_draw_text (cr, first, SMALL, PANGO_WEIGHT_NORMAL, chart_x, chart_y + chart_height + 3, 120, 1,
                  PANGO_ALIGN_LEFT, &muted);
    mt_draw_text (cr, last, SMALL, PANGO_WEIGHT_NORMAL, chart_x + chart_width - 120, chart_y + chart_height + 3, 120,
                  1, PANGO_ALIGN_RIGHT, &muted);
    x = draw_legend_entry (cr, _("Teachers"), FALSE, chart_x, chart_y + chart_height + 18);
    draw_legend_entry (cr, _("Students"), TRUE, x, chart_y + chart_height + 18);
    return y + CHART_HEIGHT;
  }
}

static const char *
inactive_what (const MtCardOrganization *organization)
{
  if (organization->no_teachers && organization->no_students)
    return _("no active teachers or students");
  return organization->no_teachers ? _("no active teachers") : _("no active students");
}

/* Returns: the lowest point it drew to */
static double
draw_organizations (const MtCard *card,
                    cairo_t      *cr,
                    double        y,
                    double        bottom)
{
  double width = MT_CARD_WIDTH - 2 * MARGIN;
  g_autofree char *summary = NULL;

  y = heading (cr, _("Organisations with no activity"), y);
  if (!card->region->has_organization_rows)
    {
      return y + 2 + mt_draw_text (cr, _("The monitoring data has no rows of single organisations, so those "
                                         "without activity cannot be named."),
                                   BODY, PANGO_WEIGHT_NORMAL, MARGIN, y + 2, width, 3, PANGO_ALIGN_LEFT, &muted);
    }
  if (card->n_organizations == 0)
    {
      return y + 2 + mt_draw_text (cr, _("The monitoring data has no rows of this municipality’s organisations."),
                                   BODY, PANGO_WEIGHT_NORMAL, MARGIN, y + 2, width, 2, PANGO_ALIGN_LEFT, &muted);
    }
  if (card->inactive->len == 0)
    {
      g_autofree char *all = mt_format_count (card->n_organizations);

      /* TRANSLATORS: no plural: the count stands apart, "(14)" */
      summary = g_strdup_printf (_("Every organisation (%s) has active teachers and students."), all);
      return y + 2 + mt_draw_text (cr, summary, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y + 2, width, 2,
                                   PANGO_ALIGN_LEFT, &rise);
    }
  {
    g_autofree char *count = mt_format_count (card->inactive->len);
    g_autofree char *all = mt_format_count (card->n_organizations);

    /* TRANSLATORS: no plural: "Organisations without active teachers or students: 3 of 12" */
    summary = g_strdup_printf (_("Organisations without active teachers or students: %s of %s"), count, all);
  }
  y += 4 + mt_draw_text (cr, summary, BODY, PANGO_WEIGHT_BOLD, MARGIN, y + 2, width, 2, PANGO_ALIGN_LEFT, &fall);
  for (guint i = 0; i < card->inactive->len; i++)
    {
      const MtCardOrganization *organization = g_ptr_array_index (card->inactive, i);
      g_autofree char *line = g_strdup_printf ("• %s — %s", organization->name, inactive_what (organization));
      double needed = mt_draw_text_height (cr, line, BODY, PANGO_WEIGHT_NORMAL, width, 2);
      guint left = card->inactive->len - i;

      /* The last line says how many have no room, unless this one is the last. */
      if (y + needed + (left > 1 ? 2 * BODY : 0) > bottom)
        {
          g_autofree char *more_count = mt_format_count (left);
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %s more",
                                                                "and %s more", left),
                                                   more_count);

          return y + mt_draw_text (cr, more, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y, width, 1, PANGO_ALIGN_LEFT,
                                   &muted);
        }
      y += 2 + mt_draw_name (cr, line, BODY, PANGO_WEIGHT_NORMAL, MARGIN, y, width, 2, &ink);
    }
  return y;
}

/* What to do next: the recommendations, as a code and in words. */
static void
draw_foot (const MtCard *card,
           cairo_t      *cr)
{
  const MtCardRegion *region = card->region;
  double top = MT_CARD_FOOT_TOP + 12;
  double text_width = MT_CARD_WIDTH - 2 * MARGIN - CODE_SIDE - 20;
  g_autoptr(MtQrCode) code = region->code_url != NULL ? mt_qr_code_new (region->code_url, MT_QR_LEVEL_M, NULL)
                                                      : NULL;
  double y = top;

  mt_draw_set_color (cr, &rule);
  cairo_rectangle (cr, MARGIN, top - 10, MT_CARD_WIDTH - 2 * MARGIN, 0.6);
  cairo_fill (cr);
  y += 4 + mt_draw_text (cr, _("What to do next"), HEADING, PANGO_WEIGHT_BOLD, MARGIN, y, text_width, 1,
                         PANGO_ALIGN_LEFT, &ink);
  if (code == NULL)
    {
      mt_draw_text (cr, _("Ask the institute for the methodological recommendations."), BODY, PANGO_WEIGHT_NORMAL,
                    MARGIN, y, MT_CARD_WIDTH - 2 * MARGIN, 3, PANGO_ALIGN_LEFT, &muted);
    }
  else
    {
      MtQrStyle style = MT_QR_STYLE_INIT;

      y += 4 + mt_draw_text (cr, _("Scan the code for the methodological recommendations:"), BODY,
                             PANGO_WEIGHT_NORMAL, MARGIN, y, text_width, 2, PANGO_ALIGN_LEFT, &ink);
      y += 4 + mt_draw_text (cr, region->code_title, BODY, PANGO_WEIGHT_BOLD, MARGIN, y, text_width, 3,
                             PANGO_ALIGN_LEFT, &ink);
      mt_draw_text (cr, region->code_url, SMALL, PANGO_WEIGHT_NORMAL, MARGIN, y, text_width, 2, PANGO_ALIGN_LEFT,
                    &accent);
      cairo_save (cr);
      cairo_translate (cr, MT_CARD_WIDTH - MARGIN - CODE_SIDE, top - 6);
      mt_qr_draw (code, &style, cr, CODE_SIDE);
      cairo_restore (cr);
    }
  if (region->institution != NULL)
    mt_draw_text (cr, region->institution, SMALL, PANGO_WEIGHT_NORMAL, MARGIN, MT_CARD_HEIGHT - MARGIN - 12,
                  text_width, 1, PANGO_ALIGN_LEFT, &muted);
}

/**
 * mt_card_draw:
 * @cr: an A4 page in points, its origin at the top left
 *
 * Draws @card.
 *
 * Returns: the lowest point of its body, above MT_CARD_FOOT_TOP when all
 *   fits
 */
double
mt_card_draw (const MtCard *card,
              cairo_t      *cr)
{
  const MtCardRegion *region;
  double width = MT_CARD_WIDTH - 2 * MARGIN;
  double y = MARGIN;
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (card != NULL && cr != NULL, 0);
  region = card->region;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, MT_CARD_WIDTH, MT_CARD_HEIGHT);
  cairo_fill (cr);

  /* For whom, from whom; demo data said at the top of every card. */
  if (region->is_demo)
    mt_draw_text (cr, _("DEMO DATA"), SMALL, PANGO_WEIGHT_BOLD, MARGIN, y - 22, width, 1, PANGO_ALIGN_RIGHT,
                  &demo_red);
  mt_draw_text (cr, _("Report card of a municipality"), SMALL, PANGO_WEIGHT_NORMAL, MARGIN, y - 22, width / 2, 1,
                PANGO_ALIGN_LEFT, &muted);
  y += 2 + mt_draw_name (cr, card->name, 20, PANGO_WEIGHT_BOLD, MARGIN, y, width, 3, &ink);
  period = region->period_from != NULL ? mt_format_period (region->period_from, region->period_to) : NULL;
  if (region->region != NULL && period != NULL)
    subtitle = g_strdup_printf ("%s · %s", region->region, period);
  else
    subtitle = g_strdup (region->region != NULL ? region->region : period);
  y += 16 + mt_draw_text (cr, subtitle, BODY + 1, PANGO_WEIGHT_NORMAL, MARGIN, y, width, 2, PANGO_ALIGN_LEFT, &muted);

  y = draw_standing (card, cr, y) + 18;
  y = draw_shares (card, cr, y) + 14;
  y = draw_trend (card, cr, y) + 10;
  y = draw_organizations (card, cr, y, MT_CARD_FOOT_TOP - 10);
  draw_foot (card, cr);
  cairo_restore (cr);
  return y;
}
