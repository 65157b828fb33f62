/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card-draw.h: a report card on an A4 page */
#pragma once

#include <cairo.h>

#include "mt-card.h"

G_BEGIN_DECLS

/* A4 in points. */
#define MT_CARD_WIDTH 595.276
#define MT_CARD_HEIGHT 841.89
/* Where the foot starts: the recommendations' code and the institute. */
#define MT_CARD_FOOT_TOP (MT_CARD_HEIGHT - 48.0 - 150.0)

double mt_card_draw (const MtCard *card,
                     cairo_t      *cr);

G_END_DECLS
