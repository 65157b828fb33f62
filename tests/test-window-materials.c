/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-materials.c: the Materials page with the demo catalog and
 * with a catalog from a real SoupServer on 127.0.0.1: grouping, search,
 * "new since last time", details, copy link, QR code, downloads (progress,
 * collision names, cancel), the offline copy, a broken catalog, the
 * handout */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <string.h>

#include "mt-catalog-reader.h"
#include "mt-catalog-editor.h"
#include "mt-catalog-writer.h"
#include "mt-events-page.h"
#include "mt-materials-page.h"
#include "mt-preferences-window.h"
#include "mt-presenter-window.h"
#include "mt-qr-page.h"
#include "test-folders.h"
#include "window-harness.h"
#include "test-server.h"

#define FILE_SIZE (256 * 1024)

static SoupServer *server;
static char *base;
static GBytes *pdf;
static gboolean broken_catalog;
static GPtrArray *stalled;   /* downloads the server never finishes */

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  if (g_str_equal (path, "/catalog.json"))
    {
      g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
      g_autofree char *json = NULL;
      gsize length;
      GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));

      /* The demo, its materials served here. */
      for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
        {
          g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);
          g_autofree char *url = g_strdup_printf ("%s/files/%s.pdf", base, mt_material_get_id (material));

          mt_material_set_url (material, url);
        }
      mt_catalog_set_is_demo (catalog, FALSE);
      json = broken_catalog ? g_strdup ("{\"format\": \"metodist-catalog\", \"version\": 1, \"materials\": [")
                            : mt_catalog_to_json (catalog);
      length = strlen (json);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_TAKE, g_steal_pointer (&json),
                                        length);
    }
  else if (g_str_equal (path, "/files/presentation.pdf"))
    {
      soup_message_headers_set_content_type (headers, "application/pdf", NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (message), pdf);
    }
  else if (g_str_equal (path, "/files/monitoring.pdf"))
    {
      /* A first piece, then nothing, until the test ends. */
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, "application/pdf", NULL);
      soup_message_body_append (soup_server_message_get_response_body (message), SOUP_MEMORY_COPY,
                                g_bytes_get_data (pdf, NULL), 32 * 1024);
      g_ptr_array_add (stalled, g_object_ref (message));
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

static gboolean
downloading (gpointer data)
{
  return gtk_widget_get_visible (find_child_named (data, "download-box"));
}

static gboolean
banner_shown (gpointer data)
{
  return mt_materials_page_get_offline_notice (data) != NULL;
}

typedef struct
{
  char *text;
  gboolean done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* The demo: grouped, searched, new since a day, its details and links. */
static void
test_demo_catalog (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMaterialsPage *page;
  GtkWidget *search;
  guint new_rows = 0;
  ClipboardRead read = { 0 };
  GtkWidget *qr_page;

  g_settings_set_string (settings, "last-page", "materials");
  /* Last looked at on 03.12.2023: three materials changed since. */
  g_settings_set_value (settings, "catalog-seen", g_variant_new_parsed ("{'demo': '2023-12-03'}"));
  window = open_window ();
  page = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_until_idle (page, "the demo catalog");

  g_assert_true (mt_catalog_get_is_demo (mt_materials_page_get_catalog (page)));
  g_assert_cmpuint (mt_materials_page_count_shown (page, &new_rows), ==, 6);
  g_assert_cmpuint (new_rows, ==, 3);
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (page), "demo-label")));
  {
    g_autoptr(GVariant) seen = g_settings_get_value (settings, "catalog-seen");
    const char *day = NULL;

    g_assert_true (g_variant_lookup (seen, "demo", "&s", &day));
    g_assert_cmpstr (day, !=, "2023-12-03");
  }
  /* The QR page starts with the recommendations' link. */
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_child_named (
                      find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE), "qr-info"))), "39"));
  save_screenshot (GTK_WIDGET (window), "materials-demo");
  assert_controls_named (GTK_WIDGET (window));

  /* The search finds titles and descriptions, in any case. */
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "ИНСТРУКЦ");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "нет такого");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 0);
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (page), "no-match")));
  /* Escape clears the search: every material again. */
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 6);

  /* Details, and the link to the clipboard. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "recommendations");
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "details-title"))), ==,
                   "Методические рекомендации по использованию VK мессенджера в образовательном процессе");
  save_screenshot (GTK_WIDGET (window), "materials-details");
  assert_controls_named (GTK_WIDGET (window));
  /* The title is not selected whole, and Tab skips the details' text. */
  {
    GtkWidget *title = find_child_named (GTK_WIDGET (page), "details-title");
    GtkWidget *details = gtk_widget_get_parent (title);
    int start, end;

    g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (title), &start, &end));
    g_assert_false (gtk_widget_get_focusable (title));
    g_assert_nonnull (details);
    /* No label of the details takes the focus: the first Tab stop is a
     * button, «Open» (after «Back» in a narrow window). */
    for (GtkWidget *child = gtk_widget_get_first_child (details); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LABEL (child) && gtk_label_get_selectable (GTK_LABEL (child)))
        g_assert_false (gtk_widget_get_focusable (child) || gtk_widget_get_can_focus (child));
  }
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.copy-link", NULL);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (page)), NULL, clipboard_read_cb, &read);
  wait_for (read_done, &read, "the clipboard");
  g_assert_cmpstr (read.text, ==, "https://example.org/recommendations.pdf");
  g_free (read.text);

  /* The same catalog's events, judged on given days. */
  {
    MtEventsPage *events = MT_EVENTS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_EVENTS_PAGE));
    GDate day;

    g_date_clear (&day, 1);
    g_date_set_dmy (&day, 10, G_DATE_JANUARY, 2024);
    mt_events_page_set_today (events, &day);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "events");
    wait_for_frame (GTK_WIDGET (window));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (events), "stage-contest-0"))), ==,
                     russian ? "сейчас · осталось 12 дней" : "now · 12 days left");
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (events), "stage-contest-1"))), ==,
                     russian ? "впереди" : "ahead");
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (events), "stage-marathon-0"))), ==,
                     russian ? "завершён" : "finished");
    save_screenshot (GTK_WIDGET (window), "events-demo");
    assert_controls_named (GTK_WIDGET (window));
    g_date_set_dmy (&day, 29, G_DATE_JANUARY, 2024);
    mt_events_page_set_today (events, &day);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (events), "stage-contest-2"))), ==,
                     russian ? "сейчас · осталось 3 дня" : "now · 3 days left");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "materials");
  }

  /* To the hall: the presentation, then every material marked for it. */
  {
    GtkWindow *presenter;

    gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "presentation");
    gtk_widget_activate_action (GTK_WIDGET (page), "materials.present", NULL);
    wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_PRESENTER_WINDOW), "the presenter");
    presenter = g_object_ref (find_toplevel_of_type (MT_TYPE_PRESENTER_WINDOW));
    g_assert_cmpuint (mt_presenter_window_get_n_items (MT_PRESENTER_WINDOW (presenter)), ==, 2);
    close_dialog (presenter);
    gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "recommendations");
  }

  /* Its QR code on the QR page. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.show-qr", NULL);
  wait_for_frame (GTK_WIDGET (window));
  qr_page = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  g_assert_true (gtk_widget_get_mapped (qr_page));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (find_child_named (qr_page, "qr-info"))), "39"));

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "catalog-seen");
  g_settings_reset (settings, "qr-history");
}

static gboolean
failed_page_shown (gpointer data)
{
  return gtk_widget_get_mapped (find_child_named (data, "catalog-failed"));
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  words)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), words) != NULL;
}

/* Whether a label at or below @widget says @words. */
static gboolean
label_says (GtkWidget  *widget,
            const char *words)
{
  return find_child_where (widget, is_label_saying, words) != NULL;
}

/* No catalog to show: the page says why, whatever the reason holds (a
 * file name with "&" is text, not markup). */
static void
test_missing_catalog (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMaterialsPage *page;

  g_settings_set_string (settings, "last-page", "materials");
  g_settings_set_string (settings, "catalog-source", "/nonexistent-metodist/материалы & планы <1>.json");
  window = open_window ();
  page = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_for (failed_page_shown, page, "the page saying the catalog did not load");
  g_assert_null (mt_materials_page_get_catalog (page));
  g_assert_true (label_says (find_child_named (GTK_WIDGET (page), "catalog-failed"), "материалы & планы <1>.json"));
  /* The editor still opens: on an empty catalog, to write the first one. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.edit-catalog", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_CATALOG_EDITOR), "the editor on an empty catalog");
  {
    GtkWindow *editor = g_object_ref (find_toplevel_of_type (MT_TYPE_CATALOG_EDITOR));

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_materials (
                        mt_catalog_editor_get_catalog (MT_CATALOG_EDITOR (editor))))), ==, 0);
    close_dialog (editor);
  }
  close_window (window);
  g_settings_reset (settings, "catalog-source");
  g_settings_reset (settings, "last-page");
}

/* A catalog address that cannot be reached, with no copy kept: the page
 * says so, with the reason, a retry and the preferences; the demo shown
 * before is not passed off as the institute's catalog. */
static void
test_unreachable_catalog (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autofree char *url = NULL;
  GtkWidget *failed_page;
  MtWindow *window;
  MtMaterialsPage *page;
  guint16 port;

  /* A port nobody listens on: taken, then let go. */
  port = g_socket_listener_add_any_inet_port (listener, NULL, NULL);
  g_socket_listener_close (listener);
  url = g_strdup_printf ("http://127.0.0.1:%u/catalog.json", port);

  g_settings_set_string (settings, "last-page", "materials");
  window = open_window ();
  page = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_until_idle (page, "the demo catalog");
  g_assert_true (mt_catalog_get_is_demo (mt_materials_page_get_catalog (page)));

  /* The user sets the institute's address in Preferences. */
  g_settings_set_string (settings, "catalog-source", url);
  wait_for (failed_page_shown, page, "the page saying the catalog cannot be reached");
  wait_until_idle (page, "the failed fetch");
  g_assert_null (mt_materials_page_get_catalog (page));
  failed_page = find_child_named (GTK_WIDGET (page), "catalog-failed");
  g_assert_true (label_says (failed_page, "127.0.0.1"));
  g_assert_true (label_says (failed_page, expected ("refused", "отказал")));
  g_assert_true (gtk_widget_is_visible (button_for_action (failed_page, "materials.refresh")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button_for_action (failed_page, "materials.refresh"))), ==,
                   expected ("_Try Again", "_Повторить"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button_for_action (failed_page, "app.preferences-page"))), ==,
                   expected ("_Preferences", "_Параметры"));
  /* …which opens on the page where the catalog's address is. */
  {
    GtkWindow *preferences;

    gtk_widget_activate (button_for_action (failed_page, "app.preferences-page"));
    wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_PREFERENCES_WINDOW), "the preferences");
    preferences = g_object_ref (find_toplevel_of_type (MT_TYPE_PREFERENCES_WINDOW));
    wait_for (is_drawn, preferences, "the preferences drawn");
    g_assert_cmpstr (adw_preferences_window_get_visible_page_name (ADW_PREFERENCES_WINDOW (preferences)), ==,
                     "sources");
    close_dialog (preferences);
  }
  g_assert_false (gtk_widget_get_mapped (find_child_named (GTK_WIDGET (page), "demo-label")));
  save_screenshot (GTK_WIDGET (window), "materials-unreachable");

  /* Tried again: still no demo in its place. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.refresh", NULL);
  wait_until_idle (page, "the second try");
  g_assert_null (mt_materials_page_get_catalog (page));
  g_assert_true (failed_page_shown (page));

  /* Without an address, the demo again, labelled. */
  g_settings_set_string (settings, "catalog-source", "");
  wait_until_idle (page, "the demo again");
  g_assert_true (mt_catalog_get_is_demo (mt_materials_page_get_catalog (page)));

  close_window (window);
  g_settings_reset (settings, "catalog-source");
  g_settings_reset (settings, "last-page");
}

/* The institute's catalog: downloads, the offline copy, a broken one. */
static void
test_served_catalog (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *url = g_strconcat (base, "/catalog.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("metodist-materials-XXXXXX", NULL);
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  MtWindow *window;
  MtMaterialsPage *page;

  g_settings_set_string (settings, "last-page", "materials");
  g_settings_set_string (settings, "catalog-source", url);
  window = open_window ();
  page = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_until_idle (page, "the catalog from the server");
  g_assert_false (mt_catalog_get_is_demo (mt_materials_page_get_catalog (page)));
  g_assert_false (gtk_widget_get_visible (find_child_named (GTK_WIDGET (page), "demo-label")));
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 6);
  /* Got again by itself when the user asks for it. */
  g_assert_cmpuint (mt_materials_page_get_refresh_seconds (page), ==, 0);
  g_settings_set_string (settings, "auto-refresh", "daily");
  g_assert_cmpuint (mt_materials_page_get_refresh_seconds (page), ==, 24 * 60 * 60);
  g_settings_reset (settings, "auto-refresh");
  g_assert_cmpuint (mt_materials_page_get_refresh_seconds (page), ==, 0);

  /* Saved twice into a folder: the second beside the first, not over it. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "presentation");
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (page), "materials.save-to", "s", dir);
      wait_until_idle (page, "the download");
    }
  listing = test_list_folder (dir);
  g_assert_cmpstr (listing, ==, "Презентация совещания (2).pdf|Презентация совещания.pdf");
  {
    g_autofree char *saved = g_build_filename (dir, "Презентация совещания.pdf", NULL);
    gsize length = 0;

    g_assert_true (g_file_get_contents (saved, &contents, &length, NULL));
    g_assert_cmpuint (length, ==, FILE_SIZE);
  }

  /* A download that stalls, cancelled: nothing is left of it. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.select", "s", "monitoring");
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.save-to", "s", dir);
  wait_for (downloading, page, "the download's progress");
  wait_for_frame (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "materials-download");
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.cancel-download", NULL);
  wait_until_idle (page, "the cancelled download");
  g_free (listing);
  listing = test_list_folder (dir);
  g_assert_cmpstr (listing, ==, "Презентация совещания (2).pdf|Презентация совещания.pdf");

  /* The handout, as a PDF. */
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.save-handout-to", "s", handout);
  g_assert_true (mt_materials_page_get_busy (page));
  wait_until_idle (page, "the handout written");
  g_free (contents);
  g_assert_true (g_file_get_contents (handout, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A broken catalog: a message, the catalog shown stays. */
  broken_catalog = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.refresh", NULL);
  wait_until_idle (page, "the broken catalog");
  wait_for (toast_shown, window, "the message about the broken catalog");
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 6);
  broken_catalog = FALSE;

  /* The server gone: the copy kept, with its age. */
  soup_server_disconnect (server);
  gtk_widget_activate_action (GTK_WIDGET (page), "materials.refresh", NULL);
  wait_until_idle (page, "the refresh");
  wait_for (banner_shown, page, "the offline banner");
  g_assert_nonnull (strstr (mt_materials_page_get_offline_notice (page), "127.0.0.1"));
  g_assert_cmpuint (mt_materials_page_count_shown (page, NULL), ==, 6);
  wait_for_transitions (GTK_WIDGET (window));  /* the banner's slide */
  save_screenshot (GTK_WIDGET (window), "materials-offline");

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "catalog-source");
  g_settings_reset (settings, "catalog-seen");
  test_remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  guint8 *data = g_malloc (FILE_SIZE);
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  memset (data, 'x', FILE_SIZE);
  memcpy (data, "%PDF-1.4\n", 9);
  pdf = g_bytes_new_take (data, FILE_SIZE);
  stalled = g_ptr_array_new_with_free_func (g_object_unref);
  server = test_server_new (handle_cb, NULL, &base);

  g_test_add_func ("/metodist/window/materials/demo", test_demo_catalog);
  g_test_add_func ("/metodist/window/materials/served", test_served_catalog);
  g_test_add_func ("/metodist/window/materials/missing", test_missing_catalog);
  g_test_add_func ("/metodist/window/materials/unreachable", test_unreachable_catalog);
  status = g_test_run ();

  g_object_unref (app);
  g_ptr_array_unref (stalled);
  g_object_unref (server);
  g_bytes_unref (pdf);
  g_free (base);
  return status;
}
