/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-feed.c: the Monitoring page getting the institute's feed
 * from a real SoupServer on 127.0.0.1, set up through Preferences */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <string.h>

#include "mt-monitoring-page.h"
#include "mt-preferences-window.h"
#include "mt-rating-row.h"
#include "window-harness.h"
#include "test-server.h"

typedef enum
{
  SERVE_FEED,
  SERVE_PREVIOUS,  /* the week before, another document */
  SERVE_BUSY,      /* 503 with Retry-After */
  SERVE_BROKEN,    /* 200 with a document that does not load */
} Serving;

static SoupServer *server;
static char *feed_url;
static char *catalog_url;   /* on the same loopback server: no test reaches out */
static Serving serving;
static guint requests;

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  static const char broken[] = "{\"format\": \"metodist-monitoring\", \"version\": 1, \"municipalities\": [";
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  requests++;
  switch (serving)
    {
    case SERVE_FEED:
    case SERVE_PREVIOUS:
      {
        const char *name = serving == SERVE_FEED ? "monitoring-small.json" : "monitoring-small-previous.json";
        g_autofree char *path_on_disk = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
        char *contents = NULL;
        gsize length = 0;

        g_assert_true (g_file_get_contents (path_on_disk, &contents, &length, NULL));
        soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
        soup_server_message_set_response (message, "application/json", SOUP_MEMORY_TAKE, contents, length);
        break;
      }
    case SERVE_BUSY:
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_message_headers_replace (headers, "Retry-After", "7200");
      break;
    case SERVE_BROKEN:
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, broken,
                                        strlen (broken));
      break;
    }
}

static gboolean
page_idle (gpointer data)
{
  return !mt_monitoring_page_get_busy (data);
}

static gboolean
page_has_rows (gpointer data)
{
  GListModel *rows = mt_monitoring_page_get_rows (data);

  return page_idle (data) && rows != NULL && g_list_model_get_n_items (rows) > 0;
}

static gboolean
banner_shown (gpointer data)
{
  return mt_monitoring_page_get_offline_notice (data) != NULL;
}

static guint
n_rows (MtMonitoringPage *page)
{
  return g_list_model_get_n_items (mt_monitoring_page_get_rows (page));
}

/* Refreshes and waits for the request to be answered and dealt with. */
static void
refresh (MtMonitoringPage *page)
{
  guint before = requests;

  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.refresh", NULL);
  while (requests == before)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (page, "the refresh");
}

/* Addresses are checked before they are kept; the interval and the hosts
 * are the user's. */
static void
set_up_in_preferences (MtWindow *window)
{
  GSettings *settings = mt_application_get_settings (app);
  GtkWindow *dialog = open_dialog (window, "app.preferences", MT_TYPE_PREFERENCES_WINDOW);
  AdwPreferencesWindow *preferences = ADW_PREFERENCES_WINDOW (dialog);
  GtkWidget *source_row, *hosts_row, *catalog_row;
  AdwComboRow *refresh_row;
  g_autofree char *authority = g_test_build_filename (G_TEST_DIST, "data", "tls", "ca.pem", NULL);
  g_autofree char *not_authority = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small.json", NULL);
  g_auto(GStrv) hosts = NULL;

  adw_preferences_window_set_visible_page_name (preferences, "sources");
  wait_for_frame (GTK_WIDGET (dialog));
  source_row = find_child_named (GTK_WIDGET (dialog), "monitoring-source");
  hosts_row = find_child_named (GTK_WIDGET (dialog), "redirect-hosts");
  refresh_row = ADW_COMBO_ROW (find_child_named (GTK_WIDGET (dialog), "auto-refresh"));
  save_screenshot (GTK_WIDGET (dialog), "preferences-sources");
  assert_controls_named (GTK_WIDGET (dialog));

  /* Not a web address nor a file: refused, marked, nothing kept. */
  gtk_editable_set_text (GTK_EDITABLE (source_row), "ftp://kirovipk.ru/monitoring.json");
  g_signal_emit_by_name (source_row, "apply");
  g_assert_true (gtk_widget_has_css_class (source_row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings, "monitoring-source"), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (source_row), feed_url);
  g_signal_emit_by_name (source_row, "apply");
  g_assert_false (gtk_widget_has_css_class (source_row, "error"));

  /* The catalog's address, checked the same way. */
  catalog_row = find_child_named (GTK_WIDGET (dialog), "catalog-source");
  gtk_editable_set_text (GTK_EDITABLE (catalog_row), "javascript:alert(1)");
  g_signal_emit_by_name (catalog_row, "apply");
  g_assert_true (gtk_widget_has_css_class (catalog_row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings, "catalog-source"), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (catalog_row), catalog_url);
  g_signal_emit_by_name (catalog_row, "apply");
  g_assert_cmpstr (g_settings_get_string (settings, "catalog-source"), ==, catalog_url);

  gtk_editable_set_text (GTK_EDITABLE (hosts_row), "https://files.kirovipk.ru/");
  g_signal_emit_by_name (hosts_row, "apply");
  g_assert_true (gtk_widget_has_css_class (hosts_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (hosts_row), "files.kirovipk.ru,  cdn.kirovipk.ru");
  g_signal_emit_by_name (hosts_row, "apply");
  hosts = g_settings_get_strv (settings, "redirect-hosts");
  g_assert_cmpuint (g_strv_length (hosts), ==, 2);
  g_assert_cmpstr (hosts[1], ==, "cdn.kirovipk.ru");

  /* An authority file is read before it is trusted. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.set-authority", "s", not_authority);
  g_assert_cmpstr (g_settings_get_string (settings, "extra-authority-file"), ==, "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.set-authority", "s", authority);
  g_assert_cmpstr (g_settings_get_string (settings, "extra-authority-file"), ==, authority);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.clear-authority", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "extra-authority-file"), ==, "");

  adw_combo_row_set_selected (refresh_row, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "auto-refresh"), ==, "hourly");
  close_dialog (dialog);
}

static void
test_feed (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMonitoringPage *page;
  GtkWidget *source_button;
  const char *notice;
  g_autofree char *subtitle = NULL;

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));
  source_button = find_child_named (GTK_WIDGET (page), "source-button");

  /* No source yet: the empty page offers to set one up. */
  g_assert_false (gtk_widget_get_visible (source_button));
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (page), "set-up-source-button")));
  g_assert_false (gtk_widget_is_sensitive (find_child_named (GTK_WIDGET (page), "refresh-button")));

  set_up_in_preferences (window);
  g_assert_true (gtk_widget_get_visible (source_button));
  settle_for (300); /* the buttons' change of style */
  save_screenshot (GTK_WIDGET (window), "monitoring-feed-empty");
  g_assert_cmpuint (mt_monitoring_page_get_refresh_seconds (page), ==, 60 * 60);

  /* The feed: its rows, the server named as the source. */
  refresh (page);
  wait_for (page_has_rows, page, "the feed's rows");
  g_assert_cmpuint (n_rows (page), ==, 5);
  g_assert_null (mt_monitoring_page_get_offline_notice (page));

  /* A busy server: named in a message, the rows stay, and the timer waits
   * as long as it asked. */
  serving = SERVE_BUSY;
  refresh (page);
  wait_for (toast_shown, window, "the message about the busy server");
  g_assert_cmpuint (n_rows (page), ==, 5);
  g_assert_cmpuint (mt_monitoring_page_get_refresh_seconds (page), >, 7100);

  /* A document that does not load: the rows stay, and it is not kept. */
  serving = SERVE_BROKEN;
  refresh (page);
  g_assert_cmpuint (n_rows (page), ==, 5);

  /* The server out of reach: the copy kept, with its age in a banner. */
  serving = SERVE_FEED;
  soup_server_disconnect (server);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.refresh", NULL);
  wait_until_idle (page, "the refresh");
  wait_for (banner_shown, page, "the offline banner");
  notice = mt_monitoring_page_get_offline_notice (page);
  g_assert_nonnull (strstr (notice, "127.0.0.1"));
  g_assert_nonnull (strstr (notice, russian ? "отказал в соединении" : "refused the connection"));
  /* The host once: the system's own message would name it again. */
  g_assert_true (strstr (notice, "127.0.0.1") == g_strrstr (notice, "127.0.0.1"));
  g_assert_nonnull (strstr (notice, russian ? "меньше часа назад" : "less than an hour ago"));
  g_assert_cmpuint (n_rows (page), ==, 5);
  wait_for_transitions (GTK_WIDGET (window));  /* the banner's slide */
  save_screenshot (GTK_WIDGET (window), "monitoring-offline");
  assert_controls_named (GTK_WIDGET (window));

  /* Loading the demo shows other data: the banner goes. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
  wait_until_idle (page, "the demo");
  g_assert_null (mt_monitoring_page_get_offline_notice (page));

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "monitoring-source");
  g_settings_reset (settings, "auto-refresh");
  g_settings_reset (settings, "redirect-hosts");
  g_settings_reset (settings, "catalog-source");
}

/* The region's kept periods from earlier runs go: the trend counts only
 * what this test keeps. */
static void
forget_kept_periods (const char *region)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "metodist", "history", region, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
}

static gboolean
trend_has_two_weeks (gpointer page)
{
  return mt_monitoring_page_get_trend_points (page) == 2;
}

static MtRatingRow *
selected_row (MtMonitoringPage *page)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)));
}

/* A row selected is only a selection: a refresh with one still keeps the
 * copy of what came, sets the next automatic refresh, and shows the
 * banner when the server is gone. (Selecting once ran the page's dispose
 * code, which dropped all three.) */
static void
test_feed_with_row_selected (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *base = NULL;
  MtWindow *window;
  MtMonitoringPage *page;
  GtkColumnView *view;
  MtRatingRow *row;

  /* A server of its own: the copy kept is this address's alone. */
  g_clear_object (&server);
  server = test_server_new (handle_cb, NULL, &base);
  g_free (feed_url);
  feed_url = g_strconcat (base, "/selected/monitoring.json", NULL);
  serving = SERVE_PREVIOUS;
  forget_kept_periods ("Кировская область");
  g_settings_set_string (settings, "last-page", "monitoring");
  g_settings_set_string (settings, "monitoring-source", feed_url);
  g_settings_set_string (settings, "auto-refresh", "hourly");

  /* The feed is got as the window opens: last week's three rows. */
  window = open_window ();
  page = MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));
  wait_for (page_has_rows, page, "the feed's rows");
  g_assert_cmpuint (n_rows (page), ==, 3);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  g_assert_nonnull (selected_row (page));

  /* This week's document, with the row still selected: shown, and the
   * timer set again. */
  serving = SERVE_FEED;
  refresh (page);
  g_assert_cmpuint (n_rows (page), ==, 5);
  g_assert_nonnull (selected_row (page));
  g_assert_cmpuint (mt_monitoring_page_get_refresh_seconds (page), ==, 60 * 60);
  g_assert_null (mt_monitoring_page_get_offline_notice (page));
  /* Its trend has both weeks at once, though this one is kept only once
   * the table is drawn. */
  wait_for (trend_has_two_weeks, page, "the trend of both weeks");

  /* The server gone: the copy is this week's (it was kept), and the banner
   * says it is a copy. */
  soup_server_disconnect (server);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.refresh", NULL);
  wait_until_idle (page, "the refresh");
  wait_for (banner_shown, page, "the offline banner with a row selected");
  g_assert_cmpuint (n_rows (page), ==, 5);
  g_assert_cmpuint (mt_monitoring_page_get_refresh_seconds (page), ==, 60 * 60);
  row = selected_row (page);
  g_assert_nonnull (row);
  g_assert_cmpstr (mt_rating_row_get_id (row), ==, "33701000");
  g_assert_cmpint (mt_rating_row_get_teachers (row)->active, ==, 1044);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "monitoring-source");
  g_settings_reset (settings, "auto-refresh");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = NULL;
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  server = test_server_new (handle_cb, NULL, &base);
  feed_url = g_strconcat (base, "/monitoring.json", NULL);
  catalog_url = g_strconcat (base, "/meeting/catalog.json", NULL);

  g_test_add_func ("/metodist/window/feed", test_feed);
  g_test_add_func ("/metodist/window/feed-with-row-selected", test_feed_with_row_selected);
  status = g_test_run ();

  g_object_unref (app);
  g_object_unref (server);
  g_free (feed_url);
  g_free (catalog_url);
  return status;
}
