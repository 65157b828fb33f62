/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-xlsx.h: the report cards as one workbook, a sheet each */
#pragma once

#include <gio/gio.h>

#include "mt-card-batch.h"

G_BEGIN_DECLS

gboolean mt_cards_write_xlsx (MtCardBatch   *batch,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
