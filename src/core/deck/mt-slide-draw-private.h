/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide-draw-private.h: what the slide's drawing files share: the
 * slide's measures, colours and text in virtual pixels (1080 high) */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "mt-slide.h"

G_BEGIN_DECLS

#define SLIDE_MARGIN 80.0
#define SLIDE_HEADER 230.0   /* the title (two lines) and the subtitle */
#define SLIDE_FOOTER 80.0    /* the counter and the demo label */
#define TEXT_SIZE 34.0       /* body text: above the 28 pixels a hall reads */
#define SMALL_SIZE 28.0

typedef struct
{
  double red, green, blue;
} Rgb;

extern const Rgb slide_ink;
extern const Rgb slide_muted;
extern const Rgb slide_accent;
extern const Rgb slide_rise;
extern const Rgb slide_fall;
extern const Rgb slide_focus;

void   slide_set_color (cairo_t       *cr,
                        const Rgb     *color);
double slide_text      (cairo_t       *cr,
                        const char    *text,
                        double         size,
                        PangoWeight    weight,
                        double         x,
                        double         y,
                        double         width,
                        int            max_lines,
                        PangoAlignment alignment,
                        const Rgb     *color);
double slide_name      (cairo_t       *cr,
                        const char    *name,
                        double         size,
                        PangoWeight    weight,
                        double         x,
                        double         y,
                        double         width,
                        int            max_lines,
                        const Rgb     *color);
double slide_text_height (cairo_t    *cr,
                          const char *text,
                          double      size,
                          PangoWeight weight,
                          double      width,
                          int         max_lines);
double slide_header    (const MtSlide *slide,
                        cairo_t       *cr,
                        double         width);

void   slide_draw_rating (const MtSlide *slide,
                          cairo_t       *cr,
                          double         width,
                          double         top,
                          double         bottom);
void   slide_draw_chart  (const MtSlide *slide,
                          cairo_t       *cr,
                          double         width,
                          double         top,
                          double         bottom);
void   slide_draw_movers (const MtSlide *slide,
                          cairo_t       *cr,
                          double         width,
                          double         top,
                          double         bottom);

G_END_DECLS
