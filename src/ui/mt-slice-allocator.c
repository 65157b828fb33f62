/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slice-allocator.c: the window's process on GLib's malloc slices */
#define G_LOG_DOMAIN "mt-slice-allocator"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include "mt-slice-allocator.h"

/**
 * mt_slice_allocator_use_malloc:
 * @argv: the process's arguments, to start it again with
 *
 * GLib before 2.76 hands out its small blocks (objects, list nodes, JSON
 * nodes, Pango's glyph strings) from a slice allocator whose locks all
 * threads share. The window's jobs run niced (mt-worker.c); one
 * descheduled while it held such a lock kept the window waiting for its
 * next turn on a core: 10 to 90 ms without a frame while the history was
 * written (perf sched, bench-window). GLib 2.76 gave that allocator up for
 * malloc; on older GLib G_SLICE=always-malloc does the same, but GLib reads
 * it before main() runs. So the window's process starts again with it
 * set (about 30 ms, also for a second instance that only hands its file
 * to the first). The variable set is also what keeps it from starting a
 * third time. Where it cannot (no /proc, a program started through the
 * dynamic loader), it runs as it is. Programs the window starts inherit
 * the variable: GLib 2.76 and later ignore it, older ones run as before
 * on malloc.
 */
void
mt_slice_allocator_use_malloc (char *argv[])
{
  g_autofree char *self = NULL;
  g_autofree char *name = NULL;

  if (glib_check_version (2, 76, 0) == NULL || g_getenv ("G_SLICE") != NULL)
    return;
  /* By its own name, which the system's process lists show. */
  self = g_file_read_link ("/proc/self/exe", NULL);
  name = self != NULL ? g_path_get_basename (self) : NULL;
  if (name == NULL || g_str_has_prefix (name, "ld-") || !g_setenv ("G_SLICE", "always-malloc", TRUE))
    return;
  execv (self, argv);
  g_debug ("Not started again with G_SLICE=always-malloc: %s", g_strerror (errno));
}
