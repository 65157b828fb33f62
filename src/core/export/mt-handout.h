/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-handout.h: the printed handout: the meeting's title and date, and a
 * QR code with the title of each chosen material, two to a row on A4 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mt-catalog.h"
#include "mt-qr-code.h"

G_BEGIN_DECLS

/* A4 in points, and the side of each code with its quiet zone (about
 * 52 mm: six to a page, each code's modules above 35 mm). */
#define MT_HANDOUT_WIDTH 595.28
#define MT_HANDOUT_HEIGHT 841.89
#define MT_HANDOUT_CODE_SIZE 147.0

GPtrArray *mt_handout_materials (MtCatalog    *catalog);
double     mt_handout_code_side (const MtQrCode *code);
guint      mt_handout_n_pages   (guint         n_materials);
gboolean   mt_handout_draw_page (MtCatalog    *catalog,
                                 GPtrArray    *materials,
                                 guint         page,
                                 cairo_t      *cr,
                                 double        width,
                                 double        height,
                                 GError      **error);
gboolean   mt_handout_write     (MtCatalog    *catalog,
                                 GPtrArray    *materials,
                                 const char   *path,
                                 GError      **error);
void       mt_handout_write_async  (MtCatalog           *catalog,
                                    GPtrArray           *materials,
                                    const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean   mt_handout_write_finish (GAsyncResult        *result,
                                    GError             **error);

G_END_DECLS
