/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-store.c: the pictures software centres show, taken from the
 * real window at 1280×720 with the demo data: the materials, the rating,
 * a QR code and the events, in English and in Russian. Each is listed in
 * the metainfo (data/screenshots/NAME-LANG.png, published at the URL
 * pattern README.md gives), and the copy kept there is the same size;
 * build-aux/update-screenshots.sh replaces the copies with these. */
#include "config.h"

#include <glib/gstdio.h>

#include "mt-catalog.h"
#include "mt-events-page.h"
#include "mt-materials-page.h"
#include "mt-monitoring-page.h"
#include "mt-qr-page.h"
#include "mt-qr-view.h"
#include "window-harness.h"

/* The window's size asked for; GTK's own margins take a few pixels. */
#define STORE_WIDTH 1280
#define STORE_HEIGHT 720

static const char *const store_shots[] = { "materials", "monitoring", "qr", "events" };

/* Each picture anew, so that one left by an earlier run never stands in. */
static void
take (MtWindow   *window,
      const char *page,
      const char *name)
{
  g_autofree char *file = g_strdup_printf ("store-%s", name);
  g_autofree char *old_name = g_strdup_printf ("store-%s-%s.png", name, russian ? "ru" : "en");
  g_autofree char *old = g_test_build_filename (G_TEST_BUILT, "screenshots", old_name, NULL);

  g_remove (old);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
  wait_for_transitions (GTK_WIDGET (window));
  settle_for (300);
  save_screenshot (GTK_WIDGET (window), file);
}

static void
test_store_screenshots (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMaterialsPage *materials;
  MtMonitoringPage *monitoring;
  MtCatalog *catalog;
  GDate meeting;

  g_settings_set_int (settings, "window-width", STORE_WIDTH);
  g_settings_set_int (settings, "window-height", STORE_HEIGHT);
  g_settings_set_string (settings, "last-page", "materials");
  window = open_window ();
  materials = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  monitoring = MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));

  wait_until (catalog_shown, materials, "the demo materials");
  catalog = mt_materials_page_get_catalog (materials);
  g_assert_true (mt_catalog_get_is_demo (catalog));
  take (window, "materials", "materials");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "monitoring");
  gtk_widget_activate_action (GTK_WIDGET (monitoring), "monitoring.load-demo", NULL);
  wait_until (rating_shown, monitoring, "the demo rating");
  take (window, "monitoring", "monitoring");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "qr");
  wait_until (code_drawn, find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_VIEW), "the QR code");
  take (window, "qr", "qr");

  /* The demo's events as on the day of its meeting, when they are under
   * way, rather than years over. */
  g_date_clear (&meeting, 1);
  g_date_set_parse (&meeting, mt_catalog_get_meeting_date (catalog));
  if (!g_date_valid (&meeting))
    g_date_set_dmy (&meeting, 7, G_DATE_DECEMBER, 2023);
  mt_events_page_set_today (MT_EVENTS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_EVENTS_PAGE)), &meeting);
  take (window, "events", "events");

  close_window (window);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-page");
}

/* The metainfo lists each picture this run took, in its language, with
 * the picture's own size, and a copy of each, the same size, is kept for
 * the URL to serve. */
static void
test_listed_in_metainfo (void)
{
  g_autofree char *metainfo_path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                          "io.github.metodist.Metodist.metainfo.xml.in.in", NULL);
  g_autofree char *metainfo = NULL;
  const char *lang = russian ? "ru" : "en";
  guint listed = 0;
  const char *at;

  g_assert_true (g_file_get_contents (metainfo_path, &metainfo, NULL, NULL));
  for (at = strstr (metainfo, "/data/screenshots/"); at != NULL; at = strstr (at + 1, "/data/screenshots/"))
    listed++;
  g_assert_cmpuint (listed, ==, G_N_ELEMENTS (store_shots) * 2);

  for (guint i = 0; i < G_N_ELEMENTS (store_shots); i++)
    {
      g_autofree char *name = g_strdup_printf ("store-%s-%s.png", store_shots[i], lang);
      g_autofree char *url_end = g_strdup_printf ("/data/screenshots/%s</image>", name);
      g_autofree char *kept = g_test_build_filename (G_TEST_DIST, "..", "data", "screenshots", name, NULL);
      g_autofree char *taken = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);
      g_autofree char *size = NULL;
      g_autoptr(GdkTexture) kept_texture = NULL;
      g_autoptr(GdkTexture) taken_texture = NULL;
      g_autoptr(GError) error = NULL;
      const char *url = strstr (metainfo, url_end);
      const char *line;

      g_assert_nonnull (url);
      taken_texture = gdk_texture_new_from_filename (taken, &error);
      g_assert_no_error (error);
      kept_texture = gdk_texture_new_from_filename (kept, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (kept_texture), ==, gdk_texture_get_width (taken_texture));
      g_assert_cmpint (gdk_texture_get_height (kept_texture), ==, gdk_texture_get_height (taken_texture));
      g_assert_cmpint (gdk_texture_get_width (taken_texture), >=, STORE_WIDTH - 20);
      g_assert_cmpint (gdk_texture_get_height (taken_texture), >=, STORE_HEIGHT - 20);

      /* The size on this picture's own <image> line is the picture's. */
      for (line = url; line > metainfo && line[-1] != '\n'; line--)
        ;
      size = g_strdup_printf ("width=\"%d\" height=\"%d\"", gdk_texture_get_width (taken_texture),
                              gdk_texture_get_height (taken_texture));
      g_assert_true (g_strstr_len (line, url - line, size) != NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/window/store/screenshots", test_store_screenshots);
  g_test_add_func ("/metodist/window/store/listed-in-metainfo", test_listed_in_metainfo);

  return g_test_run ();
}
