/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli.h: the `metodist` command line, which never opens a window */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line contract (FORMATS.md §5). */
typedef enum
{
  MT_CLI_EXIT_OK = 0,
  MT_CLI_EXIT_FAILED = 1,
  MT_CLI_EXIT_USAGE = 2,
} MtCliExit;

gboolean mt_cli_handles (int    argc,
                         char **argv);
int      mt_cli_run     (int    argc,
                         char **argv);
int      mt_cli_usage_error (const char *command,
                             const char *message);
int      mt_cli_fail        (const char *what,
                             const char *message);

G_END_DECLS
