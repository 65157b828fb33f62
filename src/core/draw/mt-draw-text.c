/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-draw-text.c: text on a cairo context, as the deck and the report
 * cards lay it out: a given width, a bound in lines, the same lines on
 * the screen and in a PDF */
#define G_LOG_DOMAIN "mt-draw-text"
#include "config.h"

#include <string.h>

#include "mt-draw-text.h"

#define FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, Sans"

void
mt_draw_set_color (cairo_t     *cr,
                   const MtRgb *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

/* The layout of @text at @size, @width wide, cut after @max_lines lines
 * (0: no limit) where @cut says: the same on the screen and in the PDF. */
static PangoLayout *
text_layout (cairo_t           *cr,
              const char        *text,
              double             size,
              PangoWeight        weight,
              double             width,
              int                max_lines,
              PangoAlignment     alignment,
              PangoEllipsizeMode cut)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = NULL;
  cairo_font_options_t *options;

  /* The same lines on the screen and in the PDF: metrics not hinted. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (max_lines > 0 && strchr (text, '\n') == NULL)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, cut);
    }
  else if (max_lines > 0)
    {
      int line_height;

      /* Paragraphs: a height, not a count of lines, which Pango counts per
       * paragraph (a text of many short lines ran off the slide). */
      pango_layout_set_text (layout, "Ág", -1);
      pango_layout_get_size (layout, NULL, &line_height);
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_height (layout, max_lines * line_height + line_height / 2);
      pango_layout_set_ellipsize (layout, cut);
    }
  return layout;
}

/* Shows @layout at @x, @y in @color. Returns: its height */
static double
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             const MtRgb *color)
{
  int height;

  mt_draw_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/**
 * mt_draw_text_height:
 *
 * Returns: the height mt_draw_text() would take with the same arguments,
 * drawing nothing
 */
double
mt_draw_text_height (cairo_t    *cr,
                     const char *text,
                     double      size,
                     PangoWeight weight,
                     double      width,
                     int         max_lines)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (text == NULL || *text == '\0' || width <= 0)
    return 0;
  layout = text_layout (cr, text, size, weight, width, max_lines, PANGO_ALIGN_LEFT, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* @text laid out and shown at @x, @y. Returns: the height it took */
static double
draw (cairo_t           *cr,
      const char        *text,
      double             size,
      PangoWeight        weight,
      double             x,
      double             y,
      double             width,
      int                max_lines,
      PangoAlignment     alignment,
      PangoEllipsizeMode cut,
      const MtRgb       *color)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || *text == '\0' || width <= 0)
    return 0;
  layout = text_layout (cr, text, size, weight, width, max_lines, alignment, cut);
  return show_layout (cr, layout, x, y, color);
}

/**
 * mt_draw_text:
 * @size: the font's height in @cr's units
 * @max_lines: lines before "…"; 0 for no limit
 *
 * Returns: the height the text took
 */
double
mt_draw_text (cairo_t       *cr,
              const char    *text,
              double         size,
              PangoWeight    weight,
              double         x,
              double         y,
              double         width,
              int            max_lines,
              PangoAlignment alignment,
              const MtRgb   *color)
{
  return draw (cr, text, size, weight, x, y, width, max_lines, alignment, PANGO_ELLIPSIZE_END, color);
}

/**
 * mt_draw_name:
 *
 * A municipality's name, as mt_draw_text () draws text, but cut in the
 * middle of its last line: names that differ only at their end
 * ("… район Северный", "… район Южный") still differ once cut (from a
 * user's try).
 *
 * Returns: the height the name took
 */
double
mt_draw_name (cairo_t     *cr,
              const char  *name,
              double       size,
              PangoWeight  weight,
              double       x,
              double       y,
              double       width,
              int          max_lines,
              const MtRgb *color)
{
  return draw (cr, name, size, weight, x, y, width, max_lines, PANGO_ALIGN_LEFT, PANGO_ELLIPSIZE_MIDDLE, color);
}

/**
 * mt_draw_text_width:
 *
 * Returns: the width @text takes on one line at @size
 */
double
mt_draw_text_width (cairo_t    *cr,
                    const char *text,
                    double      size,
                    PangoWeight weight)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (text == NULL || *text == '\0')
    return 0;
  layout = text_layout (cr, text, size, weight, -1, 0, PANGO_ALIGN_LEFT, PANGO_ELLIPSIZE_NONE);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}
