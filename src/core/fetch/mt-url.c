/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-url.c: which addresses Metodist ever asks a server for: checked by
 * the catalog, Preferences and the fetcher alike, without the fetcher */
#define G_LOG_DOMAIN "mt-url"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "mt-fetch-error.h"
#include "mt-url.h"

static gboolean
has_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* C0 and C1 controls, and the bidirectional ones, marks included. */
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
          c == 0x200E || c == 0x200F || c == 0x061C)
        return TRUE;
    }
  return FALSE;
}

/**
 * mt_url_parse:
 * @text: what the user or a catalog gave
 *
 * Only http: and https: URLs with a host are ever requested: this is
 * checked here, before libsoup sees the text.
 *
 * Returns: (transfer full): the URL, or %NULL with an %MT_FETCH_ERROR_URL
 */
GUri *
mt_url_parse (const char  *text,
              GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (text != NULL, NULL);

  /* A control character has no place in an address, and shown it would
   * make the address read other than it is. */
  if (!g_utf8_validate (text, -1, NULL) || has_control (text))
    {
      g_set_error_literal (error, MT_FETCH_ERROR, MT_FETCH_ERROR_URL,
                           _("The web address holds a control character: it is not used."));
      return NULL;
    }
  uri = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_URL,
                   _("“%s” is not a web address: it must begin with http:// or https://"), text);
      return NULL;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_URL, _("The web address “%s” names no server"), text);
      return NULL;
    }
  return g_steal_pointer (&uri);
}
