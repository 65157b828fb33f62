/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-window.h: the main window with its four pages */
#pragma once

#include <adwaita.h>

#include "mt-deck-dialog.h"
#include "mt-fetcher.h"

G_BEGIN_DECLS

#define MT_TYPE_WINDOW (mt_window_get_type ())

G_DECLARE_FINAL_TYPE (MtWindow, mt_window, MT, WINDOW, AdwApplicationWindow)

MtWindow  *mt_window_new          (GtkApplication *application,
                                   GSettings      *settings,
                                   MtFetcher      *fetcher);
GSettings *mt_window_get_settings (MtWindow       *self);
void       mt_window_save_deck    (MtWindow       *self,
                                   MtDeckDialog   *dialog,
                                   const char     *path);
void       mt_window_add_toast    (MtWindow       *self,
                                   AdwToast       *toast);
void       mt_window_make_cards   (MtWindow       *self,
                                   const char     *folder);

G_END_DECLS
