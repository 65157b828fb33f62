/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-rank.h: `metodist rank`, the rating without a window */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int mt_cli_rank (int    argc,
                 char **argv);

G_END_DECLS
