/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-set-aside.c: a file that does not load, renamed out of the way
 *
 * Metodist's own files (history, the editor's draft) that no longer load
 * are never trusted and never deleted: they keep their place beside the
 * good ones under a name with the time, for whoever wants to look. */
#define G_LOG_DOMAIN "mt-set-aside"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "mt-set-aside.h"

/**
 * mt_set_aside:
 * @path: a file that does not load
 *
 * Renames @path to "@path.corrupt-20231206-150000".
 *
 * Returns: (transfer full) (nullable): the new name, or %NULL with @error
 */
char *
mt_set_aside (const char  *path,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strconcat (path, ".corrupt-", stamp, NULL);

  g_return_val_if_fail (path != NULL, NULL);

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }
  return g_steal_pointer (&aside);
}
