/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck.h: the meeting's deck: slides made from the catalog and the
 * rating, the same for the screen and the PDF */
#pragma once

#include <gio/gio.h>

#include "mt-catalog.h"
#include "mt-deck-section.h"
#include "mt-rating.h"
#include "mt-slide.h"

G_BEGIN_DECLS

/* Rows of the rating on one slide: at 1080 pixels, each row's text is
 * 30 pixels high, above the 28 a hall needs, with room for a name of two
 * lines (mt-slide-draw-rating.c). */
#define MT_DECK_RATING_ROWS 8
/* The top of the table a meeting reads: four slides (a region's 45 all
 * fit); beyond it only the municipalities to stand out are listed, with
 * their places (a country's 2,300 would be 190 slides). */
#define MT_DECK_RATING_TOP 48
/* Bars of the chart, and materials listed, on one slide. */
#define MT_DECK_CHART_BARS 60
#define MT_DECK_MATERIALS_LINES 12
/* Rises, and falls, on the movers' slide. */
#define MT_DECK_MOVERS 5
/* Codes side by side on an event's links slide. */
#define MT_DECK_LINKS_PER_SLIDE 2

/**
 * MtDeckInput:
 * @catalog: (nullable): the meeting's catalog
 * @rating: (nullable): the period rated, with its previous period
 * @sections: (nullable) (element-type MtDeckSection): which parts, in what
 *   order; %NULL for the catalog's order, or every part
 * @focus: (nullable): ids or names of municipalities to stand out
 * @today: the day the timelines count from
 */
typedef struct
{
  MtCatalog *catalog;
  MtRating *rating;
  GArray *sections;
  const char *const *focus;
  GDate today;
} MtDeckInput;

#define MT_TYPE_DECK (mt_deck_get_type ())

G_DECLARE_FINAL_TYPE (MtDeck, mt_deck, MT, DECK, GObject)

MtDeck     *mt_deck_new            (const MtDeckInput *input);
void        mt_deck_today          (MtCatalog         *catalog,
                                    GDate             *today);
GStrv       mt_deck_focus_unknown  (MtRating          *rating,
                                    const char *const *focus);
guint       mt_deck_get_n_slides   (MtDeck            *self);
MtSlide    *mt_deck_get_slide      (MtDeck            *self,
                                    guint              index);
gboolean    mt_deck_get_is_demo    (MtDeck            *self);
const char *mt_deck_get_title      (MtDeck            *self);
guint       mt_deck_find_slide     (MtDeck            *self,
                                    const char        *key,
                                    guint              near);

G_END_DECLS
