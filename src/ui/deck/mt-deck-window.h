/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-window.h: the meeting's deck, full screen, for the hall */
#pragma once

#include <adwaita.h>

#include "mt-deck.h"

G_BEGIN_DECLS

#define MT_TYPE_DECK_WINDOW (mt_deck_window_get_type ())

G_DECLARE_FINAL_TYPE (MtDeckWindow, mt_deck_window, MT, DECK_WINDOW, GtkWindow)

MtDeckWindow *mt_deck_window_new             (MtDeck       *deck);
void          mt_deck_window_set_deck        (MtDeckWindow *self,
                                              MtDeck       *deck);
void          mt_deck_window_present_on      (MtDeckWindow *self,
                                              GdkMonitor   *monitor);
MtDeck       *mt_deck_window_get_deck        (MtDeckWindow *self);
guint         mt_deck_window_get_current     (MtDeckWindow *self);
gboolean      mt_deck_window_get_black       (MtDeckWindow *self);
guint         mt_deck_window_get_renders     (MtDeckWindow *self);

G_END_DECLS
