/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-number-cell.h: one figure of the rating table, redrawn without a new
 * layout when it changes */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_NUMBER_CELL (mt_number_cell_get_type ())

G_DECLARE_FINAL_TYPE (MtNumberCell, mt_number_cell, MT, NUMBER_CELL, GtkWidget)

GtkWidget  *mt_number_cell_new      (void);
const char *mt_number_cell_get_text (MtNumberCell *self);
void        mt_number_cell_set_text (MtNumberCell *self,
                                     const char   *text);

G_END_DECLS
