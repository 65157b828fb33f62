/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-view.h: one slide of the deck, filling the widget */
#pragma once

#include <gtk/gtk.h>

#include "mt-deck.h"

G_BEGIN_DECLS

#define MT_TYPE_DECK_VIEW (mt_deck_view_get_type ())

G_DECLARE_FINAL_TYPE (MtDeckView, mt_deck_view, MT, DECK_VIEW, GtkWidget)

GtkWidget *mt_deck_view_new       (void);
void       mt_deck_view_show      (MtDeckView *self,
                                   MtDeck     *deck,
                                   guint       index);
void       mt_deck_view_set_black (MtDeckView *self,
                                   gboolean    black);
guint      mt_deck_view_get_renders (MtDeckView *self);

G_END_DECLS
