/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-dialog.h: the report cards being written, with their count,
 * a way to stop, and where they went */
#pragma once

#include <adwaita.h>

#include "mt-catalog.h"
#include "mt-history.h"
#include "mt-rating.h"

G_BEGIN_DECLS

#define MT_TYPE_CARDS_DIALOG (mt_cards_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MtCardsDialog, mt_cards_dialog, MT, CARDS_DIALOG, AdwWindow)

MtCardsDialog *mt_cards_dialog_start        (GtkWindow     *parent,
                                             MtRating      *rating,
                                             MtCatalog     *catalog,
                                             MtHistory     *history,
                                             const char    *folder,
                                             gboolean       workbook);
gboolean       mt_cards_dialog_get_busy     (MtCardsDialog *self);
const char    *mt_cards_dialog_get_folder   (MtCardsDialog *self);

G_END_DECLS
