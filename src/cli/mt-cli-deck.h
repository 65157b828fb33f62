/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-deck.h: `metodist deck`, the meeting's presentation as a PDF */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int mt_cli_deck (int    argc,
                 char **argv);

G_END_DECLS
