/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-page.h: the QR codes page */
#pragma once

#include <adwaita.h>

#include "mt-catalog.h"

G_BEGIN_DECLS

#define MT_TYPE_QR_PAGE (mt_qr_page_get_type ())

G_DECLARE_FINAL_TYPE (MtQrPage, mt_qr_page, MT, QR_PAGE, AdwBin)

void mt_qr_page_set_settings (MtQrPage  *self,
                              GSettings *settings);
void mt_qr_page_set_catalog  (MtQrPage  *self,
                              MtCatalog *catalog);

G_END_DECLS
