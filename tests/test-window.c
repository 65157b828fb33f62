/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window.c: the real main window under Xvfb, driven through its
 * actions: pages, state, narrow and wide, style, QR codes, preferences,
 * shortcuts, about (the pages with more to them have programs of their own) */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mt-application.h"
#include "mt-preferences-window.h"
#include "mt-presenter-window.h"
#include "mt-qr-page.h"
#include "mt-qr-view.h"
#include "mt-window.h"
#include "window-harness.h"

typedef struct
{
  const char *name;
  const char *title_en;
  const char *title_ru;
  gboolean pending;   /* its capability has not landed yet */
} PageTitle;

static const PageTitle pages[] = {
  { "materials", "Materials", "Материалы", FALSE },
  { "monitoring", "Monitoring", "Мониторинг", FALSE },
  { "qr", "QR Codes", "QR-коды", FALSE },
  { "events", "Events", "Мероприятия", FALSE },
};

static const char *
current_page (MtWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "page");
  AdwViewStack *stack = ADW_VIEW_STACK (find_child_of_type (GTK_WIDGET (window),
                                                           ADW_TYPE_VIEW_STACK));
  const char *name = adw_view_stack_get_visible_child_name (stack);

  /* The action's state and the page shown are one and the same. */
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, name);
  return name;
}

static void
test_pages (void)
{
  MtWindow *window = open_window ();
  AdwViewStack *stack = ADW_VIEW_STACK (find_child_of_type (GTK_WIDGET (window),
                                                           ADW_TYPE_VIEW_STACK));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   expected ("Metodist", "Методист"));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      AdwViewStackPage *page;
      GtkWidget *status;
      g_autofree char *shot = g_strconcat ("window-", pages[i].name, NULL);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", pages[i].name);
      wait_for_frame (GTK_WIDGET (window));

      g_assert_cmpstr (current_page (window), ==, pages[i].name);
      page = adw_view_stack_get_page (stack, adw_view_stack_get_visible_child (stack));
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==,
                       expected (pages[i].title_en, pages[i].title_ru));

      /* Until its capability lands, a page says honestly that it is not
       * ready, rather than showing anything made up. */
      status = find_child_of_type (adw_view_stack_page_get_child (page), ADW_TYPE_STATUS_PAGE);
      g_assert_nonnull (status);
      if (pages[i].pending)
        g_assert_true (g_str_has_prefix (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                                         expected ("Not ready yet.", "Пока не готово.")));

      save_screenshot (GTK_WIDGET (window), shot);
      assert_controls_named (GTK_WIDGET (window));
    }

  close_window (window);
}

static void
test_remembers_state (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  int width, height;

  g_settings_set_string (settings, "last-page", "qr");
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);

  window = open_window ();
  g_assert_cmpstr (current_page (window), ==, "qr");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "events");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_for_frame (GTK_WIDGET (window));
  close_window (window);

  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "events");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_toast (void)
{
  MtWindow *window = open_window ();

  /* Pages report through the window's toast overlay. */
  mt_window_add_toast (window, adw_toast_new ("Сохранено: рейтинг.xlsx"));
  wait_for (toast_shown, window, "the toast");
  settle_for (500); /* its entrance animation */
  save_screenshot (GTK_WIDGET (window), "window-toast");
  close_window (window);
}

static void
test_follows_system_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  MtWindow *window;

  /* Light or dark is the system's choice: the app never forces one. */
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* What a dark desktop would show. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = open_window ();
  g_assert_true (adw_style_manager_get_dark (style));
  save_screenshot (GTK_WIDGET (window), "window-dark");
  close_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
bar_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data);
}

static gboolean
bar_hidden (gpointer data)
{
  return !adw_view_switcher_bar_get_reveal (data);
}

static void
test_narrow_and_wide (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  AdwViewSwitcherBar *bar;

  /* A phone-sized window moves the page switcher to the bottom... */
  g_settings_set_int (settings, "window-width", 360);
  window = open_window ();
  bar = ADW_VIEW_SWITCHER_BAR (find_child_of_type (GTK_WIDGET (window),
                                                   ADW_TYPE_VIEW_SWITCHER_BAR));
  wait_for (bar_revealed, bar, "the bottom switcher in a narrow window");
  save_screenshot (GTK_WIDGET (window), "window-narrow");
  assert_controls_named (GTK_WIDGET (window));
  close_window (window);

  /* ...and a desk-sized one keeps it in the header bar. */
  g_settings_set_int (settings, "window-width", 1100);
  window = open_window ();
  bar = ADW_VIEW_SWITCHER_BAR (find_child_of_type (GTK_WIDGET (window),
                                                   ADW_TYPE_VIEW_SWITCHER_BAR));
  wait_for (bar_hidden, bar, "the header switcher in a wide window");
  close_window (window);

  g_settings_reset (settings, "window-width");
}

static void
test_qr (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  GtkWidget *page;
  GtkLabel *info;
  GtkWindow *presenter;
  g_autofree char *dir = g_dir_make_tmp ("metodist-qr-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "recommendations.png", NULL);
  g_autofree char *contents = NULL;
  const char *link = "https://example.org/recommendations.pdf";
  int screen_short;
  gsize length;

  g_settings_set_string (settings, "last-page", "qr");
  window = open_window ();
  page = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  info = GTK_LABEL (find_child_named (page, "qr-info"));

  /* The demo catalog's recommendations are offered first (checked in
   * test-window-materials); emptied here. */
  gtk_widget_activate_action (page, "qr.set-text", "s", "");

  /* Empty: an honest hint, and nothing to save or show. */
  g_assert_false (gtk_widget_is_sensitive (button_for_action (page, "qr.present")));
  g_assert_false (gtk_widget_is_sensitive (button_for_action (page, "qr.save")));
  gtk_widget_activate_action (page, "qr.set-text", "s", link);
  g_assert_cmpstr (gtk_label_get_label (info), ==,
                   expected ("39 of 2331 bytes · version 3", "39 из 2\u202f331 байт · версия 3"));
  g_assert_true (gtk_widget_is_sensitive (button_for_action (page, "qr.present")));
  /* A screen reader says what the code holds. */
  {
    g_autofree char *name = g_strconcat (expected ("QR code: ", "QR-код: "), link, NULL);
    g_autofree char *wrong = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (find_child_of_type (page, MT_TYPE_QR_VIEW)), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

    g_assert_null (wrong);
  }
  save_screenshot (GTK_WIDGET (window), "window-qr-code");
  /* «Show to the Hall» stands clear of the text field under it (a flow box
   * once laid the buttons over it). */
  {
    graphene_rect_t button, field;

    g_assert_true (gtk_widget_compute_bounds (button_for_action (page, "qr.present"), page, &button));
    g_assert_true (gtk_widget_compute_bounds (find_child_of_type (page, ADW_TYPE_ENTRY_ROW), page, &field));
    g_assert_cmpfloat (button.origin.y + button.size.height, <, field.origin.y);
    g_assert_cmpfloat (button.size.height, >, 0);
  }
  assert_controls_named (GTK_WIDGET (window));

  /* A scheme phones will not open is pointed out. */
  gtk_widget_activate_action (page, "qr.set-text", "s", "javascript:alert(1)");
  g_assert_nonnull (strstr (gtk_label_get_label (info), "javascript:"));
  /* So is a host name that phones show in its ASCII form. */
  gtk_widget_activate_action (page, "qr.set-text", "s", "https://пример.рф/рекомендации");
  g_assert_nonnull (strstr (gtk_label_get_label (info), "xn--e1afmkfd.xn--p1ai"));
  gtk_widget_activate_action (page, "qr.set-text", "s", link);

  /* Another page's «Show QR code» brings the code into view, however far
   * down the page was scrolled. */
  {
    GtkAdjustment *down = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (find_child_of_type (page, GTK_TYPE_SCROLLED_WINDOW)));

    gtk_adjustment_set_value (down, gtk_adjustment_get_upper (down));
    g_assert_cmpfloat (gtk_adjustment_get_value (down), >, 0);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-qr", "s", link);
    wait_for_frame (GTK_WIDGET (window));
    g_assert_cmpfloat (gtk_adjustment_get_value (down), ==, 0);
  }

  /* Saved through the page's action, as the file chooser does. */
  gtk_widget_activate_action (page, "qr.save-to", "s", path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* Copied as an image; remembered among the recent texts. */
  gtk_widget_activate_action (page, "qr.copy", NULL);
  wait_for (clipboard_has_texture, gtk_widget_get_clipboard (page), "an image on the clipboard");
  {
    g_auto(GStrv) history = g_settings_get_strv (settings, "qr-history");

    g_assert_cmpstr (history[0], ==, link);
  }
  gtk_widget_activate_action (page, "qr.set-text", "s", "https://example.org/marathon");
  gtk_widget_activate_action (page, "qr.copy", NULL);

  /* Shown to the hall: full screen, the code at least 80 % of the shorter
   * side, stepping through the codes, Esc to leave. */
  gtk_widget_activate_action (page, "qr.present", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_PRESENTER_WINDOW), "the presenter");
  presenter = g_object_ref (find_toplevel_of_type (MT_TYPE_PRESENTER_WINDOW));
  wait_for (is_drawn, presenter, "the presenter drawn");
  wait_for_frame (GTK_WIDGET (presenter));
  wait_for (has_rendered, presenter, "the presenter's first frame");
  screen_short = MIN (gtk_widget_get_width (GTK_WIDGET (presenter)),
                      gtk_widget_get_height (GTK_WIDGET (presenter)));
  g_assert_cmpuint (mt_presenter_window_get_code_size (MT_PRESENTER_WINDOW (presenter)), >=,
                    screen_short * 8 / 10);
  save_screenshot (GTK_WIDGET (presenter), "presenter");
  assert_controls_named (GTK_WIDGET (presenter));
  g_assert_cmpuint (mt_presenter_window_get_n_items (MT_PRESENTER_WINDOW (presenter)), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (MT_PRESENTER_WINDOW (presenter)), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (MT_PRESENTER_WINDOW (presenter)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "window.close", NULL);
  wait_for_finalize (presenter);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "qr-history");
}

static void
test_preferences (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  GtkWindow *dialog;
  GtkWidget *row;

  g_settings_set_string (settings, "institute", "Институт развития образования Кировской области");
  g_settings_set_value (settings, "table-header-fields",
                        g_variant_new_parsed ("{'район': 'ignore', 'учителя онлайн': 'teachers-active'}"));
  window = open_window ();
  dialog = open_dialog (window, "app.preferences", MT_TYPE_PREFERENCES_WINDOW);

  g_assert_cmpstr (gtk_window_get_title (dialog), ==, expected ("Preferences", "Параметры"));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  row = find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   "Институт развития образования Кировской области");

  /* What the user types is kept. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Управление образования г. Кирова");
  g_assert_cmpstr (g_settings_get_string (settings, "institute"), ==,
                   "Управление образования г. Кирова");

  save_screenshot (GTK_WIDGET (dialog), "preferences");
  assert_controls_named (GTK_WIDGET (dialog));

  /* Choices made for table columns can be forgotten. */
  row = find_child_named (GTK_WIDGET (dialog), "remembered-columns");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   expected ("2 columns remembered", "Запомнено 2 столбца"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.forget-columns", NULL);
  {
    g_autoptr(GVariant) fields = g_settings_get_value (settings, "table-header-fields");

    g_assert_cmpuint (g_variant_n_children (fields), ==, 0);
  }
  g_assert_false (gtk_widget_is_sensitive (button_for_action (GTK_WIDGET (dialog), "preferences.forget-columns")));
  close_dialog (dialog);
  close_window (window);
  g_settings_reset (settings, "institute");
}

static void
test_shortcuts (void)
{
  MtWindow *window = open_window ();
  GtkWindow *dialog = open_dialog (window, "win.show-help-overlay", GTK_TYPE_SHORTCUTS_WINDOW);

  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == dialog);
  save_screenshot (GTK_WIDGET (dialog), "shortcuts");

  /* The overlay belongs to the window and is only hidden on close. */
  gtk_window_close (dialog);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  close_window (window);
}

static void
test_about (void)
{
  MtWindow *window = open_window ();
  GtkWindow *dialog = open_dialog (window, "app.about", ADW_TYPE_ABOUT_WINDOW);
  g_autoptr(GdkTexture) icon = NULL;

  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (dialog)), ==,
                   expected ("Metodist", "Методист"));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (dialog)), ==,
                   APPLICATION_ID);
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APPLICATION_ID));
  /* The icon really draws: the SVG loader is installed and reads it. */
  icon = gdk_texture_new_from_resource (RESOURCE_BASE_PATH "/icons/scalable/apps/" APPLICATION_ID ".svg");
  g_assert_cmpint (gdk_texture_get_width (icon), >, 0);
  save_screenshot (GTK_WIDGET (dialog), "about");
  close_dialog (dialog);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/window/pages", test_pages);
  g_test_add_func ("/metodist/window/remembers-state", test_remembers_state);
  g_test_add_func ("/metodist/window/narrow-and-wide", test_narrow_and_wide);
  g_test_add_func ("/metodist/window/toast", test_toast);
  g_test_add_func ("/metodist/window/follows-system-style", test_follows_system_style);
  g_test_add_func ("/metodist/window/qr", test_qr);
  g_test_add_func ("/metodist/window/preferences", test_preferences);
  g_test_add_func ("/metodist/window/shortcuts", test_shortcuts);
  g_test_add_func ("/metodist/window/about", test_about);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
