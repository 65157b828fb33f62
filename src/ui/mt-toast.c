/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-toast.c: a toast that shows its text as it is
 *
 * libadwaita 1.2 reads every toast's title as Pango markup (the
 * "use-markup" switch came in 1.4), so a material called "Plan & report",
 * an address with "?a=1&b=2" or a server's message would show nothing but
 * a warning. Every toast of Metodist goes through here. */
#define G_LOG_DOMAIN "mt-toast"

#include "config.h"

#include "mt-toast.h"

/**
 * mt_toast_new:
 * @text: what the toast says, not markup
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
mt_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}
