/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-terminal.h: what the command line writes, never a terminal's
 * control sequence */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mt_cli_terminal_text    (const char *text);
void  mt_cli_terminal_install (void);

G_END_DECLS
