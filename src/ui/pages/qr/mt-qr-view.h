/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-view.h: a QR code drawn as large as its room allows, crisp */
#pragma once

#include <gtk/gtk.h>

#include "mt-qr-render.h"

G_BEGIN_DECLS

#define MT_TYPE_QR_VIEW (mt_qr_view_get_type ())

G_DECLARE_FINAL_TYPE (MtQrView, mt_qr_view, MT, QR_VIEW, GtkWidget)

GtkWidget *mt_qr_view_new         (void);
void       mt_qr_view_set_code    (MtQrView        *self,
                                   MtQrCode        *code,
                                   const MtQrStyle *style);
guint      mt_qr_view_get_size    (MtQrView        *self);

G_END_DECLS
