/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-events-page.h: the events announced at the meeting, and its notices */
#pragma once

#include <adwaita.h>

#include "mt-catalog.h"

G_BEGIN_DECLS

#define MT_TYPE_EVENTS_PAGE (mt_events_page_get_type ())

G_DECLARE_FINAL_TYPE (MtEventsPage, mt_events_page, MT, EVENTS_PAGE, AdwBin)

void mt_events_page_set_catalog (MtEventsPage *self,
                                 MtCatalog    *catalog);
void mt_events_page_set_today   (MtEventsPage *self,
                                 const GDate  *today);

G_END_DECLS
