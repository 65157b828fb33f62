/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-set-str.h: a string field set to a new value, told whether it changed
 *
 * GLib 2.76 has g_set_str(); Debian 12 has 2.74. Drop this for it then. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @value (copied) into *@field, unless it is already there; whether it
 * changed. */
static inline gboolean
mt_set_str (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

G_END_DECLS
