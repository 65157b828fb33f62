/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page.h: the meeting materials page */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_MATERIALS_PAGE (mt_materials_page_get_type ())

G_DECLARE_FINAL_TYPE (MtMaterialsPage, mt_materials_page, MT, MATERIALS_PAGE, AdwBin)

G_END_DECLS
