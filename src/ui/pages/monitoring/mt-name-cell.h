/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-name-cell.h: a municipality's name in the rating table, wrapped, its
 * row laid out again only when the name takes more or fewer lines */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MT_TYPE_NAME_CELL (mt_name_cell_get_type ())

G_DECLARE_FINAL_TYPE (MtNameCell, mt_name_cell, MT, NAME_CELL, GtkWidget)

GtkWidget  *mt_name_cell_new      (int         width_chars);
const char *mt_name_cell_get_text (MtNameCell *self);
void        mt_name_cell_set_text (MtNameCell *self,
                                   const char *text);

G_END_DECLS
