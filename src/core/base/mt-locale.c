/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-locale.c: the user's locale and Metodist's translations, set up once
 * by each program (the command line and the window) before anything else */
#define G_LOG_DOMAIN "mt-locale"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mt-locale.h"

/**
 * mt_locale_init:
 *
 * Takes the locale from the environment and binds the `metodist` message
 * catalogue: the one in METODIST_LOCALEDIR when set (an uninstalled build,
 * its tests, `meson devenv`), else the installed one.
 */
void
mt_locale_init (void)
{
  const char *localedir;

  setlocale (LC_ALL, "");

  localedir = g_getenv ("METODIST_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
