/* SPDX-License-Identifier: GPL-3.0-or-later
 * window-main.c: metodist-window, the window program that `metodist`
 * without a command starts (installed in libexecdir) */
#define G_LOG_DOMAIN "mt-window-main"

#include "config.h"

#include "mt-application.h"
#include "mt-locale.h"
#include "mt-slice-allocator.h"
#include "mt-workbook.h"
#include "mt-worker.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MtApplication) app = NULL;

  mt_locale_init ();
  /* The workbook readers' libraries, set up on this thread before any
   * other (libxml2 2.9 asks for it). */
  mt_workbook_init_libraries ();

  /* Its jobs yield to the window, set before any thread starts. */
  mt_slice_allocator_use_malloc (argv);
  mt_worker_set_background (TRUE);
  app = mt_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
