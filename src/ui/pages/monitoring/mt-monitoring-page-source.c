/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-source.c: this week's monitoring from the source set
 * in Preferences: the institute's feed (through the application's one
 * fetcher and its copies kept) or a file
 *
 * The feed is got when the window opens, on Refresh (F5) and, when the
 * user asked for it, every hour or day; a server that asked to be left
 * alone (Retry-After) is not asked again by the timer before then. A
 * server out of reach gives the copy kept, with a banner saying how old
 * it is; a copy is replaced only once the new document loaded. */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-application.h"
#include "mt-monitoring-page-private.h"
#include "mt-offline-notice.h"
#include "mt-refresh-interval.h"
#include "mt-toast.h"

static char *
configured_source (MtMonitoringPage *self)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, "monitoring-source") : g_strdup ("");
}

static void
show_offline (MtMonitoringPage *self,
              MtFetched        *fetched)
{
  g_autofree char *text = mt_offline_notice_text (fetched);

  if (text != NULL)
    gtk_label_set_label (self->offline_label, text);
  gtk_revealer_set_reveal_child (self->offline_revealer, text != NULL);
}

static void schedule_refresh (MtMonitoringPage *self);

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtFetched) fetched = mt_fetcher_get_finish (MT_FETCHER (source), result, &error);
  g_autofree char *label = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  schedule_refresh (self);
  if (fetched == NULL)
    {
      /* TRANSLATORS: the cause follows, e.g. "kirovipk.ru answered “503 …”". */
      g_autofree char *message = g_strdup_printf (_("The monitoring was not refreshed. %s"), error->message);

      mt_monitoring_page_set_busy (self, FALSE);
      mt_monitoring_page_toast (self, mt_toast_new (message));
      return;
    }

  label = mt_offline_source_label (fetched);
  mt_monitoring_page_start_load (self, NULL, fetched->body, NULL, label);
  /* Kept as the copy only once it loaded (mt_monitoring_page_source_loaded). */
  self->fetched = g_steal_pointer (&fetched);
}

static void
refresh (MtMonitoringPage *self)
{
  g_autofree char *source = configured_source (self);
  MtFetcher *fetcher = mt_application_fetcher_for (GTK_WIDGET (self));

  if (*source == '\0')
    return;
  if (!mt_source_is_web_address (source))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (source);
      g_autofree char *name = g_file_get_basename (file);

      mt_monitoring_page_start_load (self, file, NULL, NULL, name);
      schedule_refresh (self);
      return;
    }
  if (fetcher == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  mt_monitoring_page_set_busy (self, TRUE);
  mt_fetcher_get_async (fetcher, source, MT_FETCH_FEED_DEADLINE_SECONDS, MT_FETCH_FEED_MAX_BYTES,
                        self->cancellable, fetched_cb, g_object_ref (self));
}

void
mt_monitoring_page_refresh_activated (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  refresh (MT_MONITORING_PAGE (widget));
}

/* A document loaded (or not): when it came from the feed, only now does
 * it become the copy kept; the banner tells whether what is shown is an
 * offline copy. A document that failed changes neither. */
void
mt_monitoring_page_source_loaded (MtMonitoringPage *self,
                                  gboolean          loaded)
{
  g_autoptr(MtFetched) fetched = g_steal_pointer (&self->fetched);
  g_autoptr(GError) error = NULL;
  MtFetcher *fetcher = mt_application_fetcher_for (GTK_WIDGET (self));

  if (!loaded)
    return;
  show_offline (self, fetched);
  if (fetched == NULL || fetcher == NULL)
    return;
  if (!mt_fetcher_keep (fetcher, fetched, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep a copy for offline use: %s"),
                                                  error->message);

      mt_monitoring_page_toast (self, mt_toast_new (message));
    }
}

static gboolean
refresh_due_cb (gpointer user_data)
{
  MtMonitoringPage *self = user_data;

  self->refresh_timer = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The next automatic refresh: the user's interval, but never before the
 * server's Retry-After. */
static void
schedule_refresh (MtMonitoringPage *self)
{
  g_autofree char *source = configured_source (self);
  MtFetcher *fetcher = mt_application_fetcher_for (GTK_WIDGET (self));

  g_clear_handle_id (&self->refresh_timer, g_source_remove);
  self->refresh_seconds = mt_refresh_interval (self->settings, fetcher, source);
  if (self->refresh_seconds > 0)
    self->refresh_timer = g_timeout_add_seconds (self->refresh_seconds, refresh_due_cb, self);
}

static void
source_changed_cb (MtMonitoringPage *self)
{
  g_autofree char *source = configured_source (self);
  gboolean configured = *source != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.refresh", configured);
  gtk_widget_set_visible (GTK_WIDGET (self->source_button), configured);
  gtk_widget_set_visible (GTK_WIDGET (self->set_up_source_button), !configured);
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_button), configured);
  /* One suggested way in: the feed when there is one, else the file a
   * methodologist was sent (the demo is a look around, not the work). */
  if (configured)
    gtk_widget_remove_css_class (GTK_WIDGET (self->open_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->open_button), "suggested-action");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_button), configured ? source : NULL);
  schedule_refresh (self);
}

static gboolean
first_refresh_cb (gpointer user_data)
{
  MtMonitoringPage *self = user_data;

  self->first_refresh = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Called once the page has its settings: follows the source and the
 * interval, and gets the source when the window opens. */
void
mt_monitoring_page_source_init (MtMonitoringPage *self)
{
  g_autofree char *source = configured_source (self);

  g_signal_connect_object (self->settings, "changed::monitoring-source", G_CALLBACK (source_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::auto-refresh", G_CALLBACK (source_changed_cb), self,
                           G_CONNECT_SWAPPED);
  source_changed_cb (self);
  /* Once the page is in a window, where the application's fetcher is; at
   * the default priority, as an idle may never run while frames are drawn. */
  if (*source != '\0')
    self->first_refresh = g_timeout_add (0, first_refresh_cb, self);
}

void
mt_monitoring_page_source_dispose (MtMonitoringPage *self)
{
  g_clear_handle_id (&self->refresh_timer, g_source_remove);
  g_clear_handle_id (&self->first_refresh, g_source_remove);
  g_clear_pointer (&self->fetched, mt_fetched_free);
}
