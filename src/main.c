/* SPDX-License-Identifier: GPL-3.0-or-later
 * main.c: the `metodist` program: the command line, or the window program
 * when no command is given (mt-cli-window.c). It links no GTK. */
#define G_LOG_DOMAIN "mt-main"

#include "config.h"

#include "mt-cli.h"
#include "mt-cli-window.h"
#include "mt-locale.h"
#include "mt-workbook.h"

int
main (int   argc,
      char *argv[])
{
  mt_locale_init ();

  if (!mt_cli_handles (argc, argv))
    return mt_cli_open_window (argv);

  /* The workbook readers' libraries, set up on this thread before any
   * other (libxml2 2.9 asks for it). */
  mt_workbook_init_libraries ();
  return mt_cli_run (argc, argv);
}
