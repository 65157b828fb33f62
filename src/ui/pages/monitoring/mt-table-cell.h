/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-cell.h: the text of one cell of the rating table, drawn anew
 * without its row being laid out again when it changes */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_TABLE_CELL (mt_table_cell_get_type ())

G_DECLARE_FINAL_TYPE (MtTableCell, mt_table_cell, MT, TABLE_CELL, GtkWidget)

GtkWidget  *mt_table_cell_new_figure (void);
GtkWidget  *mt_table_cell_new_name   (int           width_chars);
gboolean    mt_table_cell_get_wraps  (MtTableCell  *self);
const char *mt_table_cell_get_text   (MtTableCell  *self);
void        mt_table_cell_set_text   (MtTableCell  *self,
                                      const char   *text);

G_END_DECLS
