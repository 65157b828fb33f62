/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide-draw.h: a slide drawn on any cairo context: the deck window
 * and the PDF draw the same */
#pragma once

#include <cairo.h>

#include "mt-slide.h"

G_BEGIN_DECLS

/* Slides are laid out at this height, whatever the screen or page: a
 * 16:9 slide is 1920 wide, a 4:3 one 1440; then scaled to fit. */
#define MT_SLIDE_HEIGHT 1080.0
/* Every code on a slide is at least this share of its height. */
#define MT_SLIDE_MIN_CODE_SHARE 0.40

/**
 * MtSlideFrame:
 * @number: the slide's number, from 1
 * @total: the deck's slides
 * @is_demo: label the slide as demo data
 */
typedef struct
{
  guint number;
  guint total;
  gboolean is_demo;
} MtSlideFrame;

void mt_slide_draw (const MtSlide      *slide,
                    const MtSlideFrame *frame,
                    cairo_t            *cr,
                    double              width,
                    double              height);

G_END_DECLS
