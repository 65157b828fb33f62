/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-material-form.h: the catalog editor's form for one material */
#pragma once

#include <adwaita.h>

#include "mt-material.h"

G_BEGIN_DECLS

#define MT_TYPE_MATERIAL_FORM (mt_material_form_get_type ())
G_DECLARE_FINAL_TYPE (MtMaterialForm, mt_material_form, MT, MATERIAL_FORM, AdwBin)

void        mt_material_form_set_material (MtMaterialForm *self,
                                           MtMaterial     *material,
                                           GListModel     *siblings);
const char *mt_material_form_get_problem  (MtMaterialForm *self);
void        mt_material_form_focus_title (MtMaterialForm *self);

G_END_DECLS
