/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-presenter-window.h: QR codes full screen, for a hall of phones */
#pragma once

#include <adwaita.h>

#include "mt-qr-render.h"

G_BEGIN_DECLS

#define MT_TYPE_PRESENTER_WINDOW (mt_presenter_window_get_type ())

G_DECLARE_FINAL_TYPE (MtPresenterWindow, mt_presenter_window, MT, PRESENTER_WINDOW, GtkWindow)

MtPresenterWindow *mt_presenter_window_new         (const MtQrStyle   *style,
                                                    MtQrLevel          level);
void               mt_presenter_window_add         (MtPresenterWindow *self,
                                                    const char        *title,
                                                    const char        *text);
guint              mt_presenter_window_get_current (MtPresenterWindow *self);
guint              mt_presenter_window_get_n_items (MtPresenterWindow *self);
guint              mt_presenter_window_get_code_size (MtPresenterWindow *self);
gboolean           mt_presenter_window_get_hint_shown (MtPresenterWindow *self);

G_END_DECLS
