/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-pdf.h: the deck as a PDF, a 16:9 page per slide */
#pragma once

#include <gio/gio.h>

#include "mt-deck.h"

G_BEGIN_DECLS

/* A 16:9 page in points: 1920 × 1080 virtual pixels at half a point. */
#define MT_DECK_PDF_WIDTH 960.0
#define MT_DECK_PDF_HEIGHT 540.0

/* Called in the caller's main context as pages are drawn. */
typedef void (*MtDeckPdfProgress) (guint    done,
                                   guint    total,
                                   gpointer user_data);

GBytes  *mt_deck_render_pdf       (MtDeck              *deck,
                                   GCancellable        *cancellable,
                                   GError             **error);
gboolean mt_deck_write_pdf        (MtDeck              *deck,
                                   const char          *path,
                                   GError             **error);
void     mt_deck_write_pdf_async  (MtDeck              *deck,
                                   const char          *path,
                                   MtDeckPdfProgress    progress,
                                   gpointer             progress_data,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean mt_deck_write_pdf_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
