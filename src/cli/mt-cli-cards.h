/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-cards.h: `metodist cards`, a report card per municipality */
#pragma once

int mt_cli_cards (int    argc,
                  char **argv);
