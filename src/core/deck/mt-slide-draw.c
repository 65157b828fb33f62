/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide-draw.c: a slide drawn on any cairo context: the deck window
 * and the PDF draw the same
 *
 * A slide is laid out at 1080 virtual pixels high and as wide as its
 * shape (1920 for 16:9, 1440 for 4:3), then scaled to the surface: text
 * keeps its size against the hall's screen whatever the projector.
 * Text is set with Pango (as text in a PDF, fonts embedded), never cut
 * at the side: long titles and names wrap and, past their lines, end
 * with "…". Codes are drawn with mt_qr_draw() at no less than
 * MT_SLIDE_MIN_CODE_SHARE of the height. The rating's slides are in
 * mt-slide-draw-rating.c. */
#define G_LOG_DOMAIN "mt-slide-draw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mt-format.h"
#include "mt-qr-render.h"
#include "mt-slide-draw-private.h"
#include "mt-slide-draw.h"

const MtRgb slide_ink = { 0.12, 0.12, 0.14 };
const MtRgb slide_muted = { 0.38, 0.38, 0.42 };
const MtRgb slide_accent = { 0.11, 0.38, 0.75 };
const MtRgb slide_rise = { 0.10, 0.50, 0.22 };
const MtRgb slide_fall = { 0.75, 0.11, 0.16 };
const MtRgb slide_focus = { 1.00, 0.94, 0.70 };
static const MtRgb paper = { 1, 1, 1 };
static const MtRgb demo_red = { 0.80, 0.20, 0.10 };

/* The title (up to two lines) and the subtitle, with the page of a
 * continued slide. Returns: where the slide's content may start. */
double
slide_header (const MtSlide *slide,
              cairo_t       *cr,
              double         width)
{
  double inner = width - 2 * SLIDE_MARGIN;
  double y = 60;
  g_autofree char *subtitle = NULL;
  double size = 56;

  /* Smaller, down to 40 pixels, rather than cut (from a user's try: at
   * 5:4 titles lost their last words). */
  while (size > 40 && mt_draw_text_height (cr, slide->title, size, PANGO_WEIGHT_BOLD, inner, 0) >
                        mt_draw_text_height (cr, slide->title, size, PANGO_WEIGHT_BOLD, inner, 2))
    size = MAX (40, size * 0.9);
  y += mt_draw_text (cr, slide->title, size, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, y, inner, 2, PANGO_ALIGN_LEFT,
                     &slide_ink);
  if (slide->pages > 1 && slide->subtitle != NULL)
    /* TRANSLATORS: a slide continued: its part of all, as "Кировская область · 2 из 4" */
    subtitle = g_strdup_printf (_("%s · %u of %u"), slide->subtitle, slide->page, slide->pages);
  else if (slide->pages > 1)
    /* TRANSLATORS: a slide continued: its part of all, "2 из 4" */
    subtitle = g_strdup_printf (_("%u of %u"), slide->page, slide->pages);
  else
    subtitle = g_strdup (slide->subtitle);
  y += 8 + mt_draw_text (cr, subtitle, 32, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, y + 8, inner, 1, PANGO_ALIGN_LEFT,
                       &slide_muted);
  return MAX (y + 30, SLIDE_HEADER);
}

/* The side of @code with its quiet zone, in whole virtual pixels a
 * module: as large as @room allows, and never so small that the code
 * itself (without its quiet zone) is under MT_SLIDE_MIN_CODE_SHARE of the
 * slide's height (from review: a short link's code came to 37 %). */
static double
fit_code_side (const MtSlideCode *code,
               double             room)
{
  MtQrStyle style = MT_QR_STYLE_INIT;
  guint width = mt_qr_code_get_width (code->code);
  guint across = width + 2 * style.margin;
  double module = MAX (floor (room / across), ceil (MT_SLIDE_HEIGHT * MT_SLIDE_MIN_CODE_SHARE / width));

  return module * across;
}

/* A code with its quiet zone, @side across, and its caption under it. */
static void
draw_code (cairo_t           *cr,
           const MtSlideCode *code,
           double             x,
           double             y,
           double             side)
{
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autoptr(GString) link = g_string_new ("uri='");

  /* In a PDF the code is a link too (from a user's try: the municipalities
   * read it on a screen, where nothing scans). Quotes and backslashes
   * escaped as cairo's tag attributes want them. */
  for (const char *p = mt_qr_code_get_text (code->code); *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (link, '\\');
      g_string_append_c (link, *p);
    }
  g_string_append_c (link, '\'');
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link->str);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  mt_qr_draw (code->code, &style, cr, side);
  cairo_restore (cr);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  mt_draw_text (cr, code->caption, SMALL_SIZE, PANGO_WEIGHT_NORMAL, x - 40, y + side + 10, side + 80, 2,
              PANGO_ALIGN_CENTER, &slide_ink);
}

static void
draw_title_slide (const MtSlide *slide,
                  cairo_t       *cr,
                  double         width)
{
  double inner = width - 2 * SLIDE_MARGIN;
  double y = 250;

  y += mt_draw_text (cr, slide->title, 80, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, y, inner, 4, PANGO_ALIGN_CENTER,
                   &slide_ink);
  y += 40 + mt_draw_text (cr, slide->subtitle, 48, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, y + 40, inner, 1,
                        PANGO_ALIGN_CENTER, &slide_accent);
  y += 60 + mt_draw_text (cr, slide->body, 40, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, y + 60, inner, 3,
                        PANGO_ALIGN_CENTER, &slide_muted);
  for (guint i = 0; i < slide->items->len; i++)
    y += 20 + mt_draw_text (cr, g_ptr_array_index (slide->items, i), TEXT_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN,
                          y + 20, inner, 2, PANGO_ALIGN_CENTER, &slide_muted);
}

/* Text on the left; the code, when there is one, on the right, half the
 * slide's height. */
static void
draw_notice (const MtSlide *slide,
             cairo_t       *cr,
             double         width)
{
  double top = slide_header (slide, cr, width);
  gboolean has_code = slide->codes->len > 0;
  double side = has_code ? fit_code_side (g_ptr_array_index (slide->codes, 0), MT_SLIDE_HEIGHT * 0.5) : 0;
  double text_width = width - 2 * SLIDE_MARGIN - (has_code ? side + 60 : 0);
  int lines = (int) ((MT_SLIDE_HEIGHT - SLIDE_FOOTER - top) / (TEXT_SIZE * 1.25));

  mt_draw_text (cr, slide->body, TEXT_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, top, text_width, lines,
              PANGO_ALIGN_LEFT, &slide_ink);
  if (has_code)
    draw_code (cr, g_ptr_array_index (slide->codes, 0), width - SLIDE_MARGIN - side, top, side);
}

static void
draw_materials (const MtSlide *slide,
                cairo_t       *cr,
                double         width)
{
  double y = slide_header (slide, cr, width);
  double inner = width - 2 * SLIDE_MARGIN;
  double bottom = MT_SLIDE_HEIGHT - SLIDE_FOOTER;
  double two_lines = y;
  int lines = 1;

  /* Titles on two lines when all of them fit so (from a user's try: a
   * title was cut with a third of the slide empty), else on one. */
  for (guint g = 0; g < slide->groups->len; g++)
    {
      const MtSlideGroup *group = g_ptr_array_index (slide->groups, g);

      two_lines += 6 + mt_draw_text_height (cr, group->label, TEXT_SIZE, PANGO_WEIGHT_BOLD, inner, 1) + 16;
      for (guint t = 0; t < group->titles->len; t++)
        two_lines += 4 + mt_draw_text_height (cr, g_ptr_array_index (group->titles, t), SMALL_SIZE + 2,
                                              PANGO_WEIGHT_NORMAL, inner - 40, 2);
    }
  if (two_lines <= bottom)
    lines = 2;

  for (guint g = 0; g < slide->groups->len; g++)
    {
      const MtSlideGroup *group = g_ptr_array_index (slide->groups, g);

      if (y + 2 * TEXT_SIZE > bottom)
        break;
      y += 6 + mt_draw_text (cr, group->label, TEXT_SIZE, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, y, inner, 1,
                           PANGO_ALIGN_LEFT, &slide_accent);
      /* One line a title, as the deck counts them (mt-deck.c), or two
       * when they fit: a long one ends with "…", none is left off. */
      for (guint t = 0; t < group->titles->len; t++)
        y += 4 + mt_draw_text (cr, g_ptr_array_index (group->titles, t), SMALL_SIZE + 2, PANGO_WEIGHT_NORMAL,
                               SLIDE_MARGIN + 40, y, inner - 40, lines, PANGO_ALIGN_LEFT, &slide_ink);
      y += 16;
    }
}

/* One code, as large as the slide allows under the title. */
static void
draw_big_code (const MtSlide *slide,
               cairo_t       *cr,
               double         width)
{
  double top = slide_header (slide, cr, width);
  double room = MIN (MT_SLIDE_HEIGHT - SLIDE_FOOTER - top - 20 - 2 * 1.3 * SMALL_SIZE, width - 2 * SLIDE_MARGIN);
  double side;

  if (slide->codes->len == 0)
    return;
  side = fit_code_side (g_ptr_array_index (slide->codes, 0), room);
  draw_code (cr, g_ptr_array_index (slide->codes, 0), (width - side) / 2, top, side);
}

/* The codes side by side, each at least MT_SLIDE_MIN_CODE_SHARE high. */
static void
draw_links (const MtSlide *slide,
            cairo_t       *cr,
            double         width)
{
  double top = slide_header (slide, cr, width);
  guint n = slide->codes->len;
  double gap = 80;
  double side;

  if (n == 0)
    return;
  side = MIN ((width - 2 * SLIDE_MARGIN - (n - 1) * gap) / n,
              MT_SLIDE_HEIGHT - SLIDE_FOOTER - top - 20 - 2 * 1.3 * SMALL_SIZE);
  /* One size for all: the codes side by side alike. */
  for (guint i = 0; i < n; i++)
    side = MAX (side, fit_code_side (g_ptr_array_index (slide->codes, i), side));
  for (guint i = 0; i < n; i++)
    {
      const MtSlideCode *code = g_ptr_array_index (slide->codes, i);
      double own = fit_code_side (code, side);
      double x = (width - (n * side + (n - 1) * gap)) / 2 + i * (side + gap) + (side - own) / 2;

      draw_code (cr, code, x, top, own);
    }
}

/* "and 3 more", where a list had no more room. */
static void
draw_more (cairo_t *cr,
           guint    more,
           double   x,
           double   y,
           double   width)
{
  g_autofree char *count = mt_format_count (more);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %s more", "and %s more", more), count);

  mt_draw_text (cr, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, x, y, width, 1, PANGO_ALIGN_LEFT, &slide_muted);
}

static const char *
stage_note (const MtSlideStage *stage,
            char              **owned)
{
  switch (stage->state)
    {
    case MT_STAGE_CURRENT:
      /* 1 on its last day; 0 for a stage without a last day. */
      if (stage->days_left <= 0)
        return _("now");
      *owned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "now: %d day left", "now: %d days left",
                                             stage->days_left),
                                stage->days_left);
      return *owned;
    case MT_STAGE_PAST:
      return _("over");
    case MT_STAGE_FUTURE:
    default:
      return NULL;
    }
}

/* What a stage says under its title: its dates, and for today's the days
 * left. */
static char *
stage_when (const MtSlideStage *stage)
{
  g_autofree char *owned = NULL;
  const char *note = stage_note (stage, &owned);

  return note != NULL ? g_strdup_printf ("%s · %s", stage->dates, note) : g_strdup (stage->dates);
}

/* The height of @stage's title and dates, @width wide. */
static double
stage_height (const MtSlideStage *stage,
              cairo_t            *cr,
              double              width)
{
  g_autofree char *when = stage_when (stage);
  PangoWeight weight = stage->state == MT_STAGE_CURRENT ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;

  return mt_draw_text_height (cr, stage->title, TEXT_SIZE, weight, width, 2) + 28 +
         mt_draw_text_height (cr, when, SMALL_SIZE, weight, width, 2);
}

/* The stage the slide is about: today's, else the next, else the last. */
static guint
anchor_stage (const MtSlide *slide)
{
  for (guint i = 0; i < slide->stages->len; i++)
    if (g_array_index (slide->stages, MtSlideStage, i).state != MT_STAGE_PAST)
      return i;
  return slide->stages->len > 0 ? slide->stages->len - 1 : 0;
}

/* The stages down the left, today's marked, with the days left: spread
 * over the slide's height (from a user's try: three stages left its lower
 * half empty). Those that do not fit are counted: past ones above, so
 * that today's stage is always on the slide (from review: a marathon's
 * twelfth day was counted away), later ones below. */
static void
draw_stages (const MtSlide *slide,
             cairo_t       *cr,
             double         top,
             double         bottom,
             double         column)
{
  double text_width = column - 50;
  double more_height = 1.4 * SMALL_SIZE;
  guint n = slide->stages->len;
  guint anchor = anchor_stage (slide);
  g_autofree double *heights = g_new0 (double, MAX (n, 1));
  double used = 0, gap = 0, y = top;
  guint first = 0, fitting = 0;

  for (guint i = 0; i < n; i++)
    heights[i] = stage_height (&g_array_index (slide->stages, MtSlideStage, i), cr, text_width);

  /* The first shown: past stages dropped until the anchor fits, with room
   * to count those dropped and those after it. */
  for (;;)
    {
      double needed = (first > 0 ? more_height : 0) + (anchor + 1 < n ? more_height : 0);

      for (guint i = first; i <= anchor && i < n; i++)
        needed += heights[i];
      if (top + needed <= bottom || first >= anchor)
        break;
      first++;
    }
  if (first > 0)
    {
      g_autofree char *count = mt_format_count (first);
      /* TRANSLATORS: over an event's timeline: its past stages with no room on the slide */
      g_autofree char *earlier = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s earlier stage",
                                                               "%s earlier stages", first),
                                                  count);

      mt_draw_text (cr, earlier, SMALL_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN + 50, y, text_width, 1,
                    PANGO_ALIGN_LEFT, &slide_muted);
      y += more_height;
      top = y;
    }
  /* From there, as many as fit (the anchor always). */
  for (guint i = first; i < n; i++)
    {
      gboolean last = i + 1 == n;

      if (i > anchor && top + used + heights[i] + (last ? 0 : more_height) > bottom)
        break;
      used += heights[i];
      fitting++;
    }
  if (fitting > 1)
    gap = CLAMP ((bottom - top - used - (first + fitting < n ? more_height : 0)) / fitting, 0, 80);

  for (guint i = first; i < first + fitting; i++)
    {
      const MtSlideStage *stage = &g_array_index (slide->stages, MtSlideStage, i);
      gboolean current = stage->state == MT_STAGE_CURRENT;
      PangoWeight weight = current ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;
      g_autofree char *when = stage_when (stage);
      double start = y;

      /* The timeline: a dot on a line, filled for today's stage (a new
       * path: the text left a current point the arc would join). */
      mt_draw_set_color (cr, current ? &slide_accent : &slide_muted);
      cairo_new_path (cr);
      cairo_arc (cr, SLIDE_MARGIN + 14, y + 20, current ? 14 : 9, 0, 2 * G_PI);
      if (current || stage->state == MT_STAGE_PAST)
        cairo_fill (cr);
      else
        {
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
        }
      y += mt_draw_text (cr, stage->title, TEXT_SIZE, weight, SLIDE_MARGIN + 50, y, text_width, 2, PANGO_ALIGN_LEFT,
                         stage->state == MT_STAGE_PAST ? &slide_muted : &slide_ink);
      /* Two lines: the days left are never cut off at 4:3 or 5:4. */
      y += 28 + mt_draw_text (cr, when, SMALL_SIZE, weight, SLIDE_MARGIN + 50, y + 4, text_width, 2,
                              PANGO_ALIGN_LEFT, current ? &slide_accent : &slide_muted);
      if (i + 1 < first + fitting)
        {
          y += gap;
          mt_draw_set_color (cr, &slide_muted);
          cairo_set_line_width (cr, 3);
          cairo_move_to (cr, SLIDE_MARGIN + 14, start + 40);
          cairo_line_to (cr, SLIDE_MARGIN + 14, y + 6);
          cairo_stroke (cr);
        }
    }
  if (first + fitting < n)
    draw_more (cr, n - first - fitting, SLIDE_MARGIN + 50, y + 12, text_width);
}

/* The nominations on the right: at body size when they all fit so, else
 * smaller, and what still has no room counted. */
static void
draw_nominations (const MtSlide *slide,
                  cairo_t       *cr,
                  double         x,
                  double         top,
                  double         bottom,
                  double         width)
{
  double size = TEXT_SIZE;
  double y = top;
  double needed = 0;

  y += 12 + mt_draw_text (cr, _("Nominations"), TEXT_SIZE, PANGO_WEIGHT_BOLD, x, y, width, 1, PANGO_ALIGN_LEFT,
                        &slide_accent);
  for (guint i = 0; i < slide->items->len; i++)
    {
      g_autofree char *item = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (slide->items, i));

      needed += 12 + mt_draw_text_height (cr, item, TEXT_SIZE, PANGO_WEIGHT_NORMAL, width, 2);
    }
  if (y + needed > bottom)
    size = SMALL_SIZE;

  for (guint i = 0; i < slide->items->len; i++)
    {
      g_autofree char *item = g_strdup_printf ("• %s", (const char *) g_ptr_array_index (slide->items, i));

      /* Counted only when they do not all fit (from review: a last one
       * that fitted was counted away). */
      if (size == SMALL_SIZE && y + 2.6 * size + 8 > bottom)
        {
          draw_more (cr, slide->items->len - i, x, y, width);
          break;
        }
      y += (size == TEXT_SIZE ? 12 : 8) +
           mt_draw_text (cr, item, size, PANGO_WEIGHT_NORMAL, x, y, width, 2, PANGO_ALIGN_LEFT, &slide_ink);
    }
}

/* Today's stage, when it has a last day; else %NULL. */
static const MtSlideStage *
counted_stage (const MtSlide *slide)
{
  for (guint i = 0; i < slide->stages->len; i++)
    {
      const MtSlideStage *stage = &g_array_index (slide->stages, MtSlideStage, i);

      if (stage->state == MT_STAGE_CURRENT && stage->days_left > 0)
        return stage;
    }
  return NULL;
}

/* The days left of today's stage, large enough to read from the back of
 * the hall: where an event has no nominations, its right side. */
static void
draw_countdown (const MtSlideStage *stage,
                cairo_t            *cr,
                double              x,
                double              top,
                double              width)
{
  g_autofree char *days = mt_format_count ((guint) stage->days_left);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "day left of «%s»", "days left of «%s»",
                                                         stage->days_left),
                                            stage->title);
  double y = top;
  double size = 200;

  /* A number is never cut: smaller until it fits ("1 486" at 4:3). */
  while (size > TEXT_SIZE && mt_draw_text_width (cr, days, size, PANGO_WEIGHT_BOLD) > width)
    size *= 0.9;
  y += mt_draw_text (cr, days, size, PANGO_WEIGHT_BOLD, x, y, width, 1, PANGO_ALIGN_LEFT, &slide_accent);
  mt_draw_text (cr, label, TEXT_SIZE, PANGO_WEIGHT_NORMAL, x, y, width, 3, PANGO_ALIGN_LEFT, &slide_ink);
}

/* An event: its description, its stages on the left; on the right its
 * nominations, or else the days left of today's stage. */
static void
draw_event (const MtSlide *slide,
            cairo_t       *cr,
            double         width)
{
  double top = slide_header (slide, cr, width);
  double bottom = MT_SLIDE_HEIGHT - SLIDE_FOOTER;
  gboolean has_items = slide->items->len > 0;
  const MtSlideStage *counted = has_items ? NULL : counted_stage (slide);
  gboolean two_columns = has_items || counted != NULL;
  double column = two_columns ? (width - 2 * SLIDE_MARGIN - 80) * 0.58 : width - 2 * SLIDE_MARGIN;
  double right = SLIDE_MARGIN + column + 80;

  if (slide->body != NULL)
    top += 32 + mt_draw_text (cr, slide->body, SMALL_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, top,
                            width - 2 * SLIDE_MARGIN, 2, PANGO_ALIGN_LEFT, &slide_muted);
  draw_stages (slide, cr, top, bottom, column);
  if (has_items)
    draw_nominations (slide, cr, right, top, bottom, width - SLIDE_MARGIN - right);
  else if (counted != NULL)
    draw_countdown (counted, cr, right, top, width - SLIDE_MARGIN - right);
}

static void
draw_closing (const MtSlide *slide,
              cairo_t       *cr,
              double         width)
{
  if (slide->codes->len > 0)
    {
      draw_big_code (slide, cr, width);
      return;
    }
  mt_draw_text (cr, slide->title, 80, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, 380, width - 2 * SLIDE_MARGIN, 2,
              PANGO_ALIGN_CENTER, &slide_ink);
  mt_draw_text (cr, slide->body, 40, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, 520, width - 2 * SLIDE_MARGIN, 3,
              PANGO_ALIGN_CENTER, &slide_muted);
}

/* The slide's number, and "demo data" on every slide of a demo. */
static void
draw_footer (const MtSlideFrame *frame,
             cairo_t            *cr,
             double              width)
{
  double y = MT_SLIDE_HEIGHT - SLIDE_FOOTER + 20;
  g_autofree char *counter = g_strdup_printf ("%u / %u", frame->number, frame->total);

  mt_draw_text (cr, counter, SMALL_SIZE, PANGO_WEIGHT_NORMAL, width - SLIDE_MARGIN - 300, y, 300, 1, PANGO_ALIGN_RIGHT,
              &slide_muted);
  if (frame->is_demo)
    mt_draw_text (cr, _("DEMO DATA"), SMALL_SIZE, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, y, width - 2 * SLIDE_MARGIN - 320, 1,
                PANGO_ALIGN_LEFT, &demo_red);
}

/**
 * mt_slide_draw:
 * @frame: the slide's number and label
 * @width: the surface's width in @cr's units
 * @height: its height; the slide is scaled to fill it
 */
void
mt_slide_draw (const MtSlide      *slide,
               const MtSlideFrame *frame,
               cairo_t            *cr,
               double              width,
               double              height)
{
  double scale = height / MT_SLIDE_HEIGHT;
  double virtual_width = width / scale;
  double top;

  g_return_if_fail (slide != NULL && frame != NULL && cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  mt_draw_set_color (cr, &paper);
  cairo_paint (cr);
  switch (slide->kind)
    {
    case MT_SLIDE_TITLE:
      draw_title_slide (slide, cr, virtual_width);
      break;
    case MT_SLIDE_NOTICE:
      draw_notice (slide, cr, virtual_width);
      break;
    case MT_SLIDE_MATERIALS:
      draw_materials (slide, cr, virtual_width);
      break;
    case MT_SLIDE_CODE:
      draw_big_code (slide, cr, virtual_width);
      break;
    case MT_SLIDE_RATING:
      top = slide_header (slide, cr, virtual_width);
      slide_draw_rating (slide, cr, virtual_width, top, MT_SLIDE_HEIGHT - SLIDE_FOOTER);
      break;
    case MT_SLIDE_CHART:
      top = slide_header (slide, cr, virtual_width);
      slide_draw_chart (slide, cr, virtual_width, top, MT_SLIDE_HEIGHT - SLIDE_FOOTER);
      break;
    case MT_SLIDE_MOVERS:
      top = slide_header (slide, cr, virtual_width);
      slide_draw_movers (slide, cr, virtual_width, top, MT_SLIDE_HEIGHT - SLIDE_FOOTER);
      break;
    case MT_SLIDE_EVENT:
      draw_event (slide, cr, virtual_width);
      break;
    case MT_SLIDE_LINKS:
      draw_links (slide, cr, virtual_width);
      break;
    case MT_SLIDE_CLOSING:
      draw_closing (slide, cr, virtual_width);
      break;
    default:
      g_warn_if_reached ();
    }
  draw_footer (frame, cr, virtual_width);
  cairo_restore (cr);
}
