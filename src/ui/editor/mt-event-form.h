/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-event-form.h: the catalog editor's form for one event, its stages,
 * nominations and links */
#pragma once

#include <adwaita.h>

#include "mt-event.h"

G_BEGIN_DECLS

#define MT_TYPE_EVENT_FORM (mt_event_form_get_type ())
G_DECLARE_FINAL_TYPE (MtEventForm, mt_event_form, MT, EVENT_FORM, AdwBin)

void        mt_event_form_set_event   (MtEventForm *self,
                                       MtEvent     *event,
                                       GListModel  *siblings);
const char *mt_event_form_get_problem (MtEventForm *self);
void        mt_event_form_focus_title (MtEventForm *self);

G_END_DECLS
