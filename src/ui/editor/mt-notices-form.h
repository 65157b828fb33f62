/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-notices-form.h: the catalog editor's form for the meeting's notices */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_NOTICES_FORM (mt_notices_form_get_type ())
G_DECLARE_FINAL_TYPE (MtNoticesForm, mt_notices_form, MT, NOTICES_FORM, AdwBin)

void        mt_notices_form_set_notices (MtNoticesForm *self,
                                         GPtrArray     *notices);
const char *mt_notices_form_get_problem (MtNoticesForm *self);

G_END_DECLS
