/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-preferences-window.h: the application's preferences */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_PREFERENCES_WINDOW (mt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (MtPreferencesWindow, mt_preferences_window, MT, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

MtPreferencesWindow *mt_preferences_window_new (GSettings *settings);

G_END_DECLS
