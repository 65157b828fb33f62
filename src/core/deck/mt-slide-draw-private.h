/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide-draw-private.h: what the slide's drawing files share: the
 * slide's measures, colours and text in virtual pixels (1080 high) */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "mt-draw-text.h"
#include "mt-slide.h"

G_BEGIN_DECLS

#define SLIDE_MARGIN 80.0
#define SLIDE_HEADER 230.0   /* the title (two lines) and the subtitle */
#define SLIDE_FOOTER 80.0    /* the counter and the demo label */
#define TEXT_SIZE 34.0       /* body text: above the 28 pixels a hall reads */
#define SMALL_SIZE 28.0

extern const MtRgb slide_ink;
extern const MtRgb slide_muted;
extern const MtRgb slide_accent;
extern const MtRgb slide_rise;
extern const MtRgb slide_fall;
extern const MtRgb slide_focus;

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
