/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-refresh-interval.c: when a page gets its web source again by itself
 *
 * The Monitoring and Materials pages follow the same rule: the interval
 * the user chose in Preferences (off, hourly, daily), and never sooner
 * than the server asked with Retry-After. */
#define G_LOG_DOMAIN "mt-refresh-interval"

#include "config.h"

#include "mt-refresh-interval.h"

/* Returns: whether @source is fetched (anything with a scheme but file:) */
gboolean
mt_source_is_web_address (const char *source)
{
  g_autofree char *scheme = source != NULL ? g_uri_parse_scheme (source) : NULL;

  return scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0;
}

/**
 * mt_refresh_interval:
 * @fetcher: (nullable): for the server's Retry-After
 * @source: (nullable): the page's source from the settings
 *
 * Returns: the seconds until the next automatic refresh, or 0 for none
 */
guint
mt_refresh_interval (GSettings  *settings,
                     MtFetcher  *fetcher,
                     const char *source)
{
  g_autofree char *interval = NULL;
  guint seconds;

  if (settings == NULL || !mt_source_is_web_address (source))
    return 0;
  interval = g_settings_get_string (settings, "auto-refresh");
  if (g_str_equal (interval, "hourly"))
    seconds = 60 * 60;
  else if (g_str_equal (interval, "daily"))
    seconds = 24 * 60 * 60;
  else
    return 0;
  if (fetcher != NULL)
    seconds = MAX (seconds, mt_fetcher_get_retry_after (fetcher, source));
  return seconds;
}
