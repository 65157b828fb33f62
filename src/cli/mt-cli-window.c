/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-window.c: `metodist` without a command opens the window program
 *
 * The command line is a program of its own that links no GTK, so that
 * `metodist qr` on a server loads only the core's libraries. The window is
 * another program, metodist-window in libexecdir; `metodist` alone (the
 * desktop file, a terminal) hands over to it with every argument, so both
 * are reached by the one name people know. */
#define G_LOG_DOMAIN "mt-cli-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "mt-cli.h"
#include "mt-cli-window.h"

/* METODIST_WINDOW for an uninstalled build (its tests, `meson devenv`),
 * else where it is installed. */
static const char *
window_program (void)
{
  const char *path = g_getenv ("METODIST_WINDOW");

  return path != NULL && *path != '\0' ? path : LIBEXECDIR G_DIR_SEPARATOR_S "metodist-window";
}

/**
 * mt_cli_open_window:
 * @argv: the arguments from main(), passed on as they are (argv[0] too, so
 *   that the window's program name, and with it its X11 window class and
 *   usage lines, stay "metodist", which the desktop file runs)
 *
 * Replaces this process with the window program. Returns only when it
 * cannot be started (a server with the command line alone installed),
 * after saying so.
 *
 * Returns: %MT_CLI_EXIT_FAILED
 */
int
mt_cli_open_window (char **argv)
{
  const char *program = window_program ();
  g_autofree char *message = NULL;
  int saved_errno;

  /* On GLib before 2.76 the window runs on malloc slices and would start
   * itself again to set this (mt-slice-allocator.c); set here, that costs
   * nothing. */
  if (glib_check_version (2, 76, 0) != NULL)
    g_setenv ("G_SLICE", "always-malloc", FALSE);

  execv (program, argv);
  saved_errno = errno;

  if (saved_errno == ENOENT)
    message = g_strdup_printf (_("The window is not installed (%s): this is the command line "
                                 "alone. Install the “metodist” package for the window, or "
                                 "see “metodist --help” for the commands."),
                               program);
  else
    message = g_strdup_printf (_("Could not start the window (%s): %s"), program,
                               g_strerror (saved_errno));
  return mt_cli_fail (NULL, message);
}
