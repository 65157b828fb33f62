/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-events-page.h: the events page */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_EVENTS_PAGE (mt_events_page_get_type ())

G_DECLARE_FINAL_TYPE (MtEventsPage, mt_events_page, MT, EVENTS_PAGE, AdwBin)

G_END_DECLS
