/* SPDX-License-Identifier: GPL-3.0-or-later
 * main.c: sets up the language, then runs the command line or the window */
#define G_LOG_DOMAIN "mt-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mt-application.h"
#include "mt-cli.h"
#include "mt-slice-allocator.h"
#include "mt-workbook.h"
#include "mt-worker.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MtApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");

  /* An uninstalled build (its tests, `meson devenv`) points this at the
   * catalogs in the build folder; an installed one uses its prefix. */
  localedir = g_getenv ("METODIST_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* The workbook readers' libraries, set up on this thread before any
   * other (libxml2 2.9 asks for it). */
  mt_workbook_init_libraries ();

  if (mt_cli_handles (argc, argv))
    return mt_cli_run (argc, argv);

  /* A window: its jobs yield to it, set before any thread starts. */
  mt_slice_allocator_use_malloc (argv);
  mt_worker_set_background (TRUE);
  app = mt_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
