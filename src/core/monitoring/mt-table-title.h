/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-title.h: the region and the period a table's title lines name */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  mt_table_title_period (const char  *titles,
                                 char       **from,
                                 char       **to);
char     *mt_table_title_region (const char  *titles);

G_END_DECLS
