/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-demo.h: the built-in demo monitoring of the Kirov region */
#pragma once

#include "mt-dataset.h"

G_BEGIN_DECLS

GStrv      mt_demo_list_periods (void);
MtDataset *mt_demo_load         (const char  *period_from,
                                 GError     **error);
MtDataset *mt_demo_load_previous (MtDataset  *week);

G_END_DECLS
