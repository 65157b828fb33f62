/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-window.h: `metodist` without a command opens the window program */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int mt_cli_open_window (char **argv);

G_END_DECLS
