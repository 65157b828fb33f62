/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-sheet.h: a workbook's sheet read as a table (FORMATS.md §4) */
#pragma once

#include "mt-dataset.h"
#include "mt-sheet.h"

G_BEGIN_DECLS

gboolean   mt_table_sheet_qualifies (MtSheet     *sheet,
                                     GHashTable  *mapping);
MtDataset *mt_table_read_sheet      (MtSheet     *sheet,
                                     GHashTable  *mapping,
                                     GPtrArray  **to_ask,
                                     GError     **error);

G_END_DECLS
