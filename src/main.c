/* SPDX-License-Identifier: GPL-3.0-or-later
 * main.c: sets up the language, then runs the command line or the window */
#define G_LOG_DOMAIN "mt-main"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <locale.h>
#include <unistd.h>

#include "mt-application.h"
#include "mt-cli.h"
#include "mt-renderer.h"

/*
 * GLib before 2.76 hands out its small blocks (objects, list nodes, JSON
 * nodes, Pango's glyph strings) from a slice allocator with locks that
 * all threads share. The window's jobs run niced (mt-worker.c); one
 * descheduled while it held such a lock kept the window waiting for its
 * next turn on a core: 10 to 90 ms without a frame while the history
 * was written (perf sched, bench-window). GLib 2.76 gave that allocator up
 * for malloc; on older GLib G_SLICE=always-malloc does the same, but GLib
 * reads it before main() runs: so the window's process starts again with
 * it set. If it cannot (no /proc), it runs as it is.
 */
static void
restart_with_malloc_slices (char *argv[])
{
  g_autofree char *self = NULL;

  if (glib_check_version (2, 76, 0) == NULL || g_getenv ("G_SLICE") != NULL)
    return;
  /* By its own name, which the system's process lists show. */
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL || !g_setenv ("G_SLICE", "always-malloc", TRUE))
    return;
  execv (self, argv);
  g_debug ("Not started again with G_SLICE=always-malloc: %s", g_strerror (errno));
}

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

  if (mt_cli_handles (argc, argv))
    return mt_cli_run (argc, argv);

  restart_with_malloc_slices (argv);
  /* While no other thread reads the environment: GTK's renderer. */
  if (gtk_init_check ())
    g_free (mt_renderer_avoid_software_gl ());
  app = mt_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
