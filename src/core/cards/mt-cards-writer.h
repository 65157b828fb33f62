/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-writer.h: every report card of a batch as a PDF of its own in
 * a new folder, and all of them in one PDF */
#pragma once

#include <gio/gio.h>

#include "mt-card-batch.h"

G_BEGIN_DECLS

/* Called after each card: from the writing thread by mt_cards_write (),
 * in the caller's main context by mt_cards_write_async (). */
typedef void (*MtCardsProgress) (guint    done,
                                 guint    total,
                                 gpointer user_data);

/**
 * MtCardsWritten:
 * @folder: the folder made for this run
 * @combined: the PDF of all the cards in it
 * @n_cards: the cards written, one PDF each
 * @has_workbook: they are in a workbook too
 * @demo_catalog_left_out: the demo catalog's institute and code were left
 *   out of real cards: to tell the user
 */
typedef struct
{
  char *folder;
  char *combined;
  guint n_cards;
  gboolean has_workbook;
  gboolean demo_catalog_left_out;
} MtCardsWritten;

void            mt_cards_written_free (MtCardsWritten  *written);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCardsWritten, mt_cards_written_free)

MtCardsWritten *mt_cards_write        (MtCardBatch     *batch,
                                       const char      *parent,
                                       gboolean         workbook,
                                       MtCardsProgress  progress,
                                       gpointer         progress_data,
                                       GCancellable    *cancellable,
                                       GError         **error);

void            mt_cards_write_async  (MtRating            *rating,
                                       MtCatalog           *catalog,
                                       MtHistory           *history,
                                       const char          *parent,
                                       gboolean             workbook,
                                       MtCardsProgress      progress,
                                       gpointer             progress_data,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
MtCardsWritten *mt_cards_write_finish (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
