/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-deck-screens.c: the deck with a projector connected, run by
 * two-screens.sh (a laptop's screen and a 1920×1080 projector's): the
 * dialog offers both screens and picks the one the main window is not on;
 * the deck fills that screen whole, every slide pictured at its size; the
 * laptop's screen chosen instead holds it there. */
#include "config.h"

#include "mt-deck-dialog.h"
#include "mt-deck-window.h"
#include "mt-materials-page.h"
#include "mt-monitoring-page.h"
#include "window-harness.h"

static gboolean
materials_idle (gpointer data)
{
  return !mt_materials_page_get_busy (data);
}

static gboolean
rated (gpointer data)
{
  return mt_monitoring_page_get_rating (data) != NULL && !mt_monitoring_page_get_busy (data);
}

static GdkMonitor *
monitor_of (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (widget));

  return surface != NULL ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface) : NULL;
}

/* The deck window full screen on the monitor it was asked for: on it, and
 * as large as it. */
static gboolean
fills_monitor (gpointer data)
{
  GtkWidget *shown = data;
  GdkMonitor *wanted = g_object_get_data (G_OBJECT (shown), "wanted-monitor");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (shown));
  GdkRectangle area;

  if (surface == NULL || monitor_of (shown) != wanted)
    return FALSE;
  gdk_monitor_get_geometry (wanted, &area);
  return gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_FULLSCREEN &&
         gtk_widget_get_width (shown) == area.width && gtk_widget_get_height (shown) == area.height;
}

/* Starts the deck from @dialog with the screen of index @screen chosen;
 * returns the deck's window once it fills that screen. */
static MtDeckWindow *
start_on (GtkWindow *dialog,
          guint      screen)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, screen);
  MtDeckWindow *shown;

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_child_named (GTK_WIDGET (dialog), "screen-row")), screen);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "deck-dialog.start", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_DECK_WINDOW), "the deck");
  shown = g_object_ref (MT_DECK_WINDOW (find_toplevel_of_type (MT_TYPE_DECK_WINDOW)));
  g_object_set_data (G_OBJECT (shown), "wanted-monitor", monitor);
  wait_for (fills_monitor, shown, "the deck full screen on the screen chosen");
  return shown;
}

static void
leave (MtDeckWindow *shown)
{
  gtk_widget_activate_action (GTK_WIDGET (shown), "window.close", NULL);
  wait_for_finalize (shown);
}

/* Every slide of @shown, stepped through with the clicker's key and
 * pictured at @monitor's size. */
static void
picture_every_slide (MtDeckWindow *shown,
                     GdkMonitor   *monitor,
                     const char   *label)
{
  guint n = mt_deck_get_n_slides (mt_deck_window_get_deck (shown));
  GdkRectangle area;

  gdk_monitor_get_geometry (monitor, &area);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("deck-%02u-%s-%dx%d-%s", i + 1,
                                               mt_deck_get_slide (mt_deck_window_get_deck (shown), i)->key,
                                               area.width, area.height, label);

      g_strdelimit (name, ":", '-');
      g_assert_cmpuint (mt_deck_window_get_current (shown), ==, i);
      save_screenshot (GTK_WIDGET (shown), name);
      gtk_widget_activate_action (GTK_WIDGET (shown), action_for_key (GTK_WIDGET (shown), GDK_KEY_Page_Down),
                                  NULL);
      wait_for_frame (GTK_WIDGET (shown));
    }
}

static void
test_projector (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  MtWindow *window;
  GtkWidget *monitoring;
  GtkWindow *dialog;
  AdwComboRow *screen_row;
  MtDeckWindow *shown;
  GdkMonitor *own;
  g_autoptr(GdkMonitor) projector = NULL;
  guint own_index = 0;

  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  window = open_window ();
  monitoring = find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE);
  wait_for (materials_idle, find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE), "the demo catalog");
  gtk_widget_activate_action (monitoring, "monitoring.load-demo", NULL);
  wait_for (rated, monitoring, "the demo rating");
  own = monitor_of (GTK_WIDGET (window));
  g_assert_nonnull (own);
  {
    g_autoptr(GdkMonitor) second = g_list_model_get_item (monitors, 1);

    own_index = second == own ? 1 : 0;
  }
  projector = g_list_model_get_item (monitors, 1 - own_index);

  /* Both screens offered; the one without the main window chosen. */
  dialog = open_dialog (window, "win.deck", MT_TYPE_DECK_DIALOG);
  screen_row = ADW_COMBO_ROW (find_child_named (GTK_WIDGET (dialog), "screen-row"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (screen_row)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (screen_row)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (screen_row), ==, 1 - own_index);
  save_screenshot (GTK_WIDGET (dialog), "deck-dialog-two-screens");

  /* On the projector, whole: every slide at its size. */
  shown = start_on (dialog, 1 - own_index);
  g_assert_true (monitor_of (GTK_WIDGET (window)) == own);
  picture_every_slide (shown, projector, "projector");
  leave (shown);

  /* The laptop's own screen, when chosen, holds it instead: a 5:4 one,
   * narrower than 4:3. */
  gtk_window_present (dialog);
  wait_for (is_drawn, dialog, "the dialog again");
  shown = start_on (dialog, own_index);
  picture_every_slide (shown, own, "laptop");
  leave (shown);

  close_dialog (dialog);
  close_window (window);
  g_settings_reset (mt_application_get_settings (app), "deck-parts");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/deck/projector", test_projector);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
