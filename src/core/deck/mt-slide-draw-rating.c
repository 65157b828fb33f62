/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide-draw-rating.c: the rating's slides: the table, the whole
 * region as bars, the rises and falls
 *
 * Read from the back of a hall: the table's text is 30 virtual pixels
 * (of 1080), a municipality's name wraps onto two lines and then ends
 * with "…"; MT_DECK_RATING_ROWS rows fill a slide. The change since the
 * previous period is an arrow and the places moved. Municipalities the
 * presenter chose stand out on a light band. */
#define G_LOG_DOMAIN "mt-slide-draw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-deck.h"
#include "mt-format.h"
#include "mt-slide-draw-private.h"

#define TABLE_TEXT 30.0

/* "▲ 3", "▼ 2", "=" when the place held; nothing for a newcomer. */
static char *
change_text (const MtSlideRow *row,
             const MtRgb       **color)
{
  *color = &slide_muted;
  if (!row->has_change)
    return NULL;
  if (row->change > 0)
    {
      *color = &slide_rise;
      return g_strdup_printf ("▲ %d", row->change);
    }
  if (row->change < 0)
    {
      *color = &slide_fall;
      return g_strdup_printf ("▼ %d", -row->change);
    }
  return g_strdup ("=");
}

static void
draw_band (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height)
{
  mt_draw_set_color (cr, &slide_focus);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/* Place, name, score, the two shares, the change. */
void
slide_draw_rating (const MtSlide *slide,
                   cairo_t       *cr,
                   double         width,
                   double         top,
                   double         bottom)
{
  double inner = width - 2 * SLIDE_MARGIN;
  double place = 100, score = 160, share = 200, change = 170;
  double head = SMALL_SIZE;
  double name = inner - place - score - 2 * share - change;
  double row_height = (bottom - top - 60 - (slide->body != NULL ? 50 : 0)) / MT_DECK_RATING_ROWS;
  double x = SLIDE_MARGIN;
  double y = top;

  /* The column heads. */
  mt_draw_text (cr, _("Place"), head, PANGO_WEIGHT_BOLD, x, y, place, 1, PANGO_ALIGN_LEFT, &slide_muted);
  mt_draw_text (cr, _("Municipality"), head, PANGO_WEIGHT_BOLD, x + place, y, name, 1, PANGO_ALIGN_LEFT,
              &slide_muted);
  mt_draw_text (cr, _("Score"), head, PANGO_WEIGHT_BOLD, x + place + name, y, score, 1, PANGO_ALIGN_RIGHT,
              &slide_muted);
  mt_draw_text (cr, _("Teachers"), head, PANGO_WEIGHT_BOLD, x + place + name + score, y, share, 1,
              PANGO_ALIGN_RIGHT, &slide_muted);
  mt_draw_text (cr, _("Students"), head, PANGO_WEIGHT_BOLD, x + place + name + score + share, y, share, 1,
              PANGO_ALIGN_RIGHT, &slide_muted);
  mt_draw_text (cr, _("Change"), head, PANGO_WEIGHT_BOLD, x + inner - change, y, change, 1, PANGO_ALIGN_RIGHT,
              &slide_muted);
  y += 50;
  mt_draw_set_color (cr, &slide_muted);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + inner, y);
  cairo_stroke (cr);
  y += 10;

  for (guint i = 0; i < slide->rows->len; i++)
    {
      const MtSlideRow *row = &g_array_index (slide->rows, MtSlideRow, i);
      g_autofree char *rank = g_strdup_printf ("%u", row->rank);
      g_autofree char *score_text = mt_format_percent (row->score);
      g_autofree char *teachers = mt_format_percent (row->teachers_share);
      g_autofree char *students = mt_format_percent (row->students_share);
      const MtRgb *change_color;
      g_autofree char *moved = change_text (row, &change_color);
      PangoWeight weight = row->focus ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;
      double text_y = y + 6;

      if (row->focus)
        draw_band (cr, x - 16, y, inner + 32, row_height - 4);
      mt_draw_text (cr, rank, TABLE_TEXT, PANGO_WEIGHT_BOLD, x, text_y, place, 1, PANGO_ALIGN_LEFT, &slide_accent);
      /* Two lines at most, within the row (MT_DECK_RATING_ROWS leaves
       * them room), cut in the middle of the second. */
      mt_draw_name (cr, row->name, TABLE_TEXT, weight, x + place, text_y, name - 20, 2, &slide_ink);
      mt_draw_text (cr, score_text, TABLE_TEXT, PANGO_WEIGHT_BOLD, x + place + name, text_y, score, 1,
                  PANGO_ALIGN_RIGHT, &slide_ink);
      mt_draw_text (cr, teachers, TABLE_TEXT, PANGO_WEIGHT_NORMAL, x + place + name + score, text_y, share, 1,
                  PANGO_ALIGN_RIGHT, &slide_ink);
      mt_draw_text (cr, students, TABLE_TEXT, PANGO_WEIGHT_NORMAL, x + place + name + score + share, text_y, share, 1,
                  PANGO_ALIGN_RIGHT, &slide_ink);
      mt_draw_text (cr, moved, TABLE_TEXT, PANGO_WEIGHT_BOLD, x + inner - change, text_y, change, 1, PANGO_ALIGN_RIGHT,
                  change_color);
      y += row_height;
    }
  if (slide->body != NULL)
    mt_draw_text (cr, slide->body, SMALL_SIZE, PANGO_WEIGHT_NORMAL, x, bottom - 44, inner, 1, PANGO_ALIGN_LEFT,
                &slide_muted);
  else if (slide->rows->len == 0)
    mt_draw_text (cr, _("No municipality could be rated: their counts are incomplete."), TEXT_SIZE,
                PANGO_WEIGHT_NORMAL, x, top + 80, inner, 2, PANGO_ALIGN_LEFT, &slide_muted);
}

/* Bars of the score, the leader the longest, in up to three columns. */
void
slide_draw_chart (const MtSlide *slide,
                  cairo_t       *cr,
                  double         width,
                  double         top,
                  double         bottom)
{
  guint n = slide->rows->len;
  /* A region's 45 in two columns, names readable; a country's in three. */
  guint columns = n <= 16 ? 1 : n <= 50 ? 2 : 3;
  guint per_column = (n + columns - 1) / MAX (columns, 1);
  double gap = 60;
  double column_width = (width - 2 * SLIDE_MARGIN - (columns - 1) * gap) / columns;
  double room = bottom - top - (slide->body != NULL ? 50 : 0);
  double row_height = per_column > 0 ? MIN (room / per_column, 60) : 0;
  double text = MIN (row_height * 0.62, TEXT_SIZE);
  double best = 0;

  for (guint i = 0; i < n; i++)
    best = MAX (best, g_array_index (slide->rows, MtSlideRow, i).score);
  for (guint i = 0; i < n; i++)
    {
      const MtSlideRow *row = &g_array_index (slide->rows, MtSlideRow, i);
      guint column = i / per_column;
      double x = SLIDE_MARGIN + column * (column_width + gap);
      double y = top + (i % per_column) * row_height;
      double label = column_width * (columns == 3 ? 0.42 : 0.5);
      double bar_room = column_width - label - 120;
      double bar = best > 0 && isfinite (row->score) ? bar_room * row->score / best : 0;
      g_autofree char *value = mt_format_percent (row->score);
      g_autofree char *named = g_strdup_printf ("%u. %s", row->rank, row->name);

      if (row->focus)
        draw_band (cr, x - 8, y, column_width + 16, row_height);
      mt_draw_name (cr, named, text, row->focus ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, x,
                  y + (row_height - text * 1.3) / 2, label - 12, 1, &slide_ink);
      mt_draw_set_color (cr, row->focus ? &slide_rise : &slide_accent);
      cairo_rectangle (cr, x + label, y + row_height * 0.2, MAX (bar, 2), row_height * 0.6);
      cairo_fill (cr);
      mt_draw_text (cr, value, text * 0.9, PANGO_WEIGHT_NORMAL, x + label + bar + 10, y + (row_height - text * 1.2) / 2,
                  110, 1, PANGO_ALIGN_LEFT, &slide_muted);
    }
  if (slide->body != NULL)
    mt_draw_text (cr, slide->body, SMALL_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, bottom - 44,
                width - 2 * SLIDE_MARGIN, 1, PANGO_ALIGN_LEFT, &slide_muted);
}

/* The rises on the left, the falls on the right. */
void
slide_draw_movers (const MtSlide *slide,
                   cairo_t       *cr,
                   double         width,
                   double         top,
                   double         bottom)
{
  double column = (width - 2 * SLIDE_MARGIN - 80) / 2;
  double y_rise = top + 60, y_fall = top + 60;

  if (slide->rows->len == 0)
    {
      mt_draw_text (cr, slide->body, TEXT_SIZE, PANGO_WEIGHT_NORMAL, SLIDE_MARGIN, top + 40, width - 2 * SLIDE_MARGIN,
                  3, PANGO_ALIGN_LEFT, &slide_muted);
      return;
    }
  mt_draw_text (cr, _("Rose"), TEXT_SIZE, PANGO_WEIGHT_BOLD, SLIDE_MARGIN, top, column, 1, PANGO_ALIGN_LEFT,
              &slide_rise);
  mt_draw_text (cr, _("Fell"), TEXT_SIZE, PANGO_WEIGHT_BOLD, SLIDE_MARGIN + column + 80, top, column, 1,
              PANGO_ALIGN_LEFT, &slide_fall);
  for (guint i = 0; i < slide->rows->len; i++)
    {
      const MtSlideRow *row = &g_array_index (slide->rows, MtSlideRow, i);
      gboolean rose = row->change > 0;
      double x = rose ? SLIDE_MARGIN : SLIDE_MARGIN + column + 80;
      double *y = rose ? &y_rise : &y_fall;
      const MtRgb *color;
      g_autofree char *moved = change_text (row, &color);
      /* TRANSLATORS: a municipality's place now, on the deck's movers slide */
      g_autofree char *place = g_strdup_printf (_("place %u"), row->rank);
      double height;

      if (*y + 2 * TABLE_TEXT > bottom)
        continue;
      if (row->focus)
        draw_band (cr, x - 12, *y - 4, column + 24, 2 * TABLE_TEXT * 1.3 + 16);
      mt_draw_text (cr, moved, TABLE_TEXT, PANGO_WEIGHT_BOLD, x, *y, 120, 1, PANGO_ALIGN_LEFT, color);
      height = mt_draw_name (cr, row->name, TABLE_TEXT, row->focus ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, x + 130, *y,
                           column - 130, 2, &slide_ink);
      height += mt_draw_text (cr, place, SMALL_SIZE, PANGO_WEIGHT_NORMAL, x + 130, *y + height, column - 130, 1,
                            PANGO_ALIGN_LEFT, &slide_muted);
      *y += MAX (height, TABLE_TEXT * 1.3) + 24;
    }
}
