/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-catalog.h: `metodist catalog`, the meeting's materials and events
 * without a window, and the printable handout */
#pragma once

#include <glib.h>

#include "mt-catalog.h"

G_BEGIN_DECLS

int mt_cli_catalog (int    argc,
                    char **argv);

MtCatalog *mt_cli_catalog_load (const char *source,
                                int        *status);

G_END_DECLS
