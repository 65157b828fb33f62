/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-offline-notice.c: how a page says where fetched data came from, and
 * that it is an offline copy of a certain age
 *
 * The Monitoring and Materials pages show the same banner for the same
 * situation: the server out of reach, the copy kept shown. */
#define G_LOG_DOMAIN "mt-offline-notice"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-format.h"
#include "mt-offline-notice.h"

/* "3 hours ago": the date alone hides whether the copy is from this
 * morning or from last week. */
static char *
describe_age (GDateTime *saved_at)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GTimeSpan age = MAX (g_date_time_difference (now, saved_at), 0);
  int hours = (int) (age / G_TIME_SPAN_HOUR);
  int days = (int) (age / G_TIME_SPAN_DAY);

  if (hours < 1)
    return g_strdup (_("less than an hour ago"));
  if (days < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", hours), hours);
  {
    g_autofree char *count = mt_format_count (days);

    /* TRANSLATORS: %s is a number as the locale groups it, "1 096" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day ago", "%s days ago", days), count);
  }
}

/**
 * mt_offline_notice_text:
 * @fetched: (nullable): what a fetch gave
 *
 * Returns: (transfer full) (nullable): the banner's text when @fetched is
 *   the copy kept because the server could not be reached, else %NULL
 */
char *
mt_offline_notice_text (const MtFetched *fetched)
{
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *age = NULL;

  if (fetched == NULL || fetched->offline_reason == NULL)
    return NULL;
  day = mt_format_date (fetched->copy_saved_at);
  time = g_date_time_format (fetched->copy_saved_at, "%H:%M");
  age = describe_age (fetched->copy_saved_at);
  /* TRANSLATORS: the server could not be reached (why), so the copy kept
   * on a day at a time, some hours or days ago, is shown. */
  return g_strdup_printf (_("%s. Showing the copy kept on %s at %s, %s."), fetched->offline_reason, day, time, age);
}

/**
 * mt_offline_source_label:
 *
 * Returns: (transfer full): where @fetched came from, for the page's
 *   header: the server's name, or the copy of it kept on a day
 */
char *
mt_offline_source_label (const MtFetched *fetched)
{
  g_autoptr(GUri) uri = g_uri_parse (fetched->url, G_URI_FLAGS_NONE, NULL);
  const char *host = uri != NULL ? g_uri_get_host (uri) : fetched->url;

  if (fetched->offline_reason != NULL)
    {
      g_autofree char *day = mt_format_date (fetched->copy_saved_at);

      /* TRANSLATORS: where the data shown came from: the server's name and
       * the day its copy was kept. */
      return g_strdup_printf (_("the copy of %s kept on %s"), host, day);
    }
  return g_strdup (host);
}
