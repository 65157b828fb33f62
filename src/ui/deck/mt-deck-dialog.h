/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-dialog.h: which slides, in what order, which municipalities to
 * stand out and on which screen: chosen before the deck starts */
#pragma once

#include <adwaita.h>

#include "mt-deck-section.h"
#include "mt-rating.h"

G_BEGIN_DECLS

#define MT_TYPE_DECK_DIALOG (mt_deck_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MtDeckDialog, mt_deck_dialog, MT, DECK_DIALOG, AdwWindow)

MtDeckDialog *mt_deck_dialog_new          (GtkWindow    *parent,
                                           GSettings    *settings,
                                           GArray       *catalog_order);
GArray       *mt_deck_dialog_get_sections (MtDeckDialog *self);
GStrv         mt_deck_dialog_get_focus    (MtDeckDialog *self);
GdkMonitor   *mt_deck_dialog_get_monitor  (MtDeckDialog *self);
void          mt_deck_dialog_set_progress (MtDeckDialog *self,
                                           double        fraction);
void          mt_deck_dialog_set_notice   (MtDeckDialog *self,
                                           const char   *notice,
                                           gboolean      warning);
void          mt_deck_dialog_refresh_screens (MtDeckDialog *self,
                                              GtkWindow    *main_window);
GCancellable *mt_deck_dialog_get_cancellable (MtDeckDialog *self);
void          mt_deck_dialog_set_rating   (MtDeckDialog *self,
                                           MtRating     *rating);

G_END_DECLS
