/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-draw-text.h: text on a cairo context, as the deck and the report
 * cards lay it out */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} MtRgb;

void   mt_draw_set_color   (cairo_t       *cr,
                            const MtRgb   *color);
double mt_draw_text        (cairo_t       *cr,
                            const char    *text,
                            double         size,
                            PangoWeight    weight,
                            double         x,
                            double         y,
                            double         width,
                            int            max_lines,
                            PangoAlignment alignment,
                            const MtRgb   *color);
double mt_draw_text_height (cairo_t       *cr,
                            const char    *text,
                            double         size,
                            PangoWeight    weight,
                            double         width,
                            int            max_lines);
double mt_draw_text_width  (cairo_t       *cr,
                            const char    *text,
                            double         size,
                            PangoWeight    weight);
double mt_draw_name        (cairo_t       *cr,
                            const char    *name,
                            double         size,
                            PangoWeight    weight,
                            double         x,
                            double         y,
                            double         width,
                            int            max_lines,
                            const MtRgb   *color);

G_END_DECLS
