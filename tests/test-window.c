/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window.c: the real main window under Xvfb, driven through its actions */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-application.h"
#include "mt-preferences-window.h"
#include "mt-presenter-window.h"
#include "mt-qr-page.h"
#include "mt-monitoring-page.h"
#include "mt-rating-row.h"
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
expected (const char *en,
          const char *ru)
{
  return russian ? ru : en;
}


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
      settle ();

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
  settle ();
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

static GtkWidget *
button_for_action (GtkWidget  *widget,
                   const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = button_for_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
clipboard_has_texture (gpointer data)
{
  GdkContentFormats *formats = gdk_clipboard_get_formats (data);

  return gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE);
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
  settle ();

  /* Empty: an honest hint, and nothing to save or show. */
  g_assert_false (gtk_widget_is_sensitive (button_for_action (page, "qr.present")));
  g_assert_false (gtk_widget_is_sensitive (button_for_action (page, "qr.save")));
  gtk_widget_activate_action (page, "qr.set-text", "s", link);
  settle ();
  g_assert_cmpstr (gtk_label_get_label (info), ==,
                   expected ("39 of 2331 bytes · version 3", "39 из 2\u202f331 байт · версия 3"));
  g_assert_true (gtk_widget_is_sensitive (button_for_action (page, "qr.present")));
  save_screenshot (GTK_WIDGET (window), "window-qr-code");
  assert_controls_named (GTK_WIDGET (window));

  /* A scheme phones will not open is pointed out. */
  gtk_widget_activate_action (page, "qr.set-text", "s", "javascript:alert(1)");
  settle ();
  g_assert_nonnull (strstr (gtk_label_get_label (info), "javascript:"));
  /* So is a host name that phones show in its ASCII form. */
  gtk_widget_activate_action (page, "qr.set-text", "s", "https://пример.рф/рекомендации");
  settle ();
  g_assert_nonnull (strstr (gtk_label_get_label (info), "xn--e1afmkfd.xn--p1ai"));
  gtk_widget_activate_action (page, "qr.set-text", "s", link);

  /* Saved through the page's action, as the file chooser does. */
  gtk_widget_activate_action (page, "qr.save-to", "s", path);
  settle ();
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
  settle ();

  /* Shown to the hall: full screen, the code at least 80 % of the shorter
   * side, stepping through the codes, Esc to leave. */
  gtk_widget_activate_action (page, "qr.present", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_PRESENTER_WINDOW), "the presenter");
  presenter = g_object_ref (find_toplevel_of_type (MT_TYPE_PRESENTER_WINDOW));
  wait_for (is_drawn, presenter, "the presenter drawn");
  settle ();
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
  settle ();
  g_assert_finalize_object (presenter);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "qr-history");
}

static gboolean
page_idle (gpointer data)
{
  return !mt_monitoring_page_get_busy (data);
}

static MtRatingRow *
row_at (GListModel *rows,
        guint       i)
{
  g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

  return row;  /* the model keeps it */
}

static MtRatingRow *
row_named (GListModel *rows,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (g_str_equal (mt_rating_row_get_name (row_at (rows, i)), name))
      return row_at (rows, i);
  g_error ("no row “%s”", name);
}

static GtkColumnViewColumn *
column_titled (GtkColumnView *view,
               const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        return column;
    }
  g_error ("no column “%s”", title);
}

static gboolean
trend_drawn (gpointer data)
{
  return mt_monitoring_page_get_trend_points (data) > 0;
}

static void
collect_visible (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_visible (child, type, found);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static GtkWidget *
find_button_for_action (GtkWidget  *widget,
                        const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_for_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The toasts a page sends, caught on their way to the window (a toast
 * waits behind the one shown, which under Xvfb never times out). */
static AdwToast *exported_toast;

static void
catch_toast_cb (MtMonitoringPage *page,
                AdwToast         *toast,
                AdwToast        **caught)
{
  g_set_object (caught, toast);
}

static gboolean
toast_caught (gpointer data)
{
  AdwToast **caught = data;

  return *caught != NULL;
}

static void
test_monitoring (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMonitoringPage *page;
  GListModel *rows;
  GtkColumnView *view;
  GtkWidget *teachers, *students, *search;
  g_autofree char *dir = g_dir_make_tmp ("metodist-monitoring-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "rating.xlsx", NULL);
  g_autofree char *contents = NULL;
  static const struct
  {
    const char *name;
    const char *teachers;
    const char *students;
  } meeting[] = {
    { "г.о. Киров", "1044", "7785" },
    { "г.о. Вятские Поляны", "196", "1228" },
    { "г.о. Кирово-Чепецк", "84", "904" },
    { "Юрьянский", "58", "22" },
    { "Слободской", "49", "35" },
    { "Афанасьевский", "44", "41" },
  };

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  save_screenshot (GTK_WIDGET (window), "window-monitoring-empty");
  assert_controls_named (GTK_WIDGET (window));

  /* The demo: 45 municipalities in rating order, the meeting's counts, and
   * the user's own municipality found. */
  g_settings_set_string (settings, "my-municipality", "  юрьянский ");
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
  wait_for (page_idle, page, "the demo to load");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 45);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_cmpuint (mt_rating_row_get_position (row_at (rows, i)), ==, i + 1);
  for (guint i = 0; i < G_N_ELEMENTS (meeting); i++)
    {
      MtRatingRow *row = row_named (rows, meeting[i].name);
      g_autofree char *t = g_strdup_printf ("%" G_GINT64_FORMAT, mt_rating_row_get_teachers (row)->active);
      g_autofree char *s = g_strdup_printf ("%" G_GINT64_FORMAT, mt_rating_row_get_students (row)->active);

      g_assert_cmpstr (t, ==, meeting[i].teachers);
      g_assert_cmpstr (s, ==, meeting[i].students);
    }
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, mt_monitoring_page_get_my_position (page))), ==,
                   "Юрьянский");
  settle ();
  save_screenshot (GTK_WIDGET (window), "window-monitoring-demo");

  /* Selecting a municipality shows its details and its trend over the
   * demo's ten weeks. */
  {
    GtkSelectionModel *selection = gtk_column_view_get_model (view);

    gtk_selection_model_select_item (selection, 0, TRUE);
    wait_for (trend_drawn, page, "the trend");
    g_assert_cmpuint (mt_monitoring_page_get_trend_points (page), ==, 10);
    settle ();
    save_screenshot (GTK_WIDGET (window), "window-monitoring-details");
    assert_controls_named (GTK_WIDGET (window));
    gtk_selection_model_unselect_all (selection);
  }

  /* The chart goes to a slide through the clipboard. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.copy-chart", NULL);
  wait_for (clipboard_has_texture, gtk_widget_get_clipboard (GTK_WIDGET (page)), "the chart on the clipboard");
  {
    GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (page)));
    GValue value = G_VALUE_INIT;
    g_autofree char *dir_shots = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
    g_autofree char *file = g_strdup_printf ("clipboard-chart-%s.png", russian ? "ru" : "en");
    g_autofree char *path = g_build_filename (dir_shots, file, NULL);

    /* What a slide gets, kept for people to look at. */
    g_value_init (&value, GDK_TYPE_TEXTURE);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpint (gdk_texture_get_height (g_value_get_object (&value)), >, 600);
    g_assert_true (gdk_texture_save_to_png (g_value_get_object (&value), path));
    g_value_unset (&value);
  }

  /* An earlier week from the periods menu, and back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo-week", "s", "2023-11-22");
  wait_for (page_idle, page, "the earlier week");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, !=, 1044);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
  wait_for (page_idle, page, "the demo again");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, ==, 1044);

  /* Every control is reached with Tab: the search, each menu button
   * (periods, weights, data and export) and the table. */
  {
    g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
    g_autoptr(GPtrArray) controls = g_ptr_array_new ();

    collect_visible (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, controls);
    g_assert_cmpuint (controls->len, ==, 3);
    g_ptr_array_add (controls, find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));
    g_ptr_array_add (controls, view);

    gtk_widget_grab_focus (g_ptr_array_index (controls, controls->len - 2));
    for (guint step = 0; step < 80; step++)
      {
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
        for (GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window)); focus != NULL;
             focus = gtk_widget_get_parent (focus))
          g_hash_table_add (reached, focus);
      }
    for (guint i = 0; i < controls->len; i++)
      g_assert_true (g_hash_table_contains (reached, g_ptr_array_index (controls, i)));
  }

  /* ...and each has a name that a screen reader says. */
  assert_controls_named (GTK_WIDGET (window));

  /* Every column sorts; by active teachers, Kirov leads. */
  gtk_column_view_sort_by_column (view, column_titled (view, expected ("Active teachers (messages)",
                                                                       "Активные педагоги (сообщения)")),
                                  GTK_SORT_DESCENDING);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "г.о. Киров");
  gtk_column_view_sort_by_column (view, column_titled (view, expected ("Municipality", "Муниципалитет")),
                                  GTK_SORT_ASCENDING);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Арбажский");
  /* Each column, both ways: the first row is the extreme of its column. */
  {
    GListModel *columns = gtk_column_view_get_columns (view);

    for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);

        gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
        g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 45);
        gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
        g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 45);
      }
    gtk_column_view_sort_by_column (view, column_titled (view, expected ("Rating", "Рейтинг")),
                                    GTK_SORT_ASCENDING);
    g_assert_cmpuint (mt_rating_row_get_rank (row_at (rows, 0)), ==, 1);
    gtk_column_view_sort_by_column (view, column_titled (view, expected ("Rating", "Рейтинг")),
                                    GTK_SORT_DESCENDING);
    /* Unknown ranks stay last either way: here every row is ranked. */
    g_assert_cmpuint (mt_rating_row_get_rank (row_at (rows, 0)), ==, 45);
  }
  gtk_column_view_sort_by_column (view, column_titled (view, "#"), GTK_SORT_ASCENDING);
  g_assert_cmpuint (mt_rating_row_get_position (row_at (rows, 0)), ==, 1);

  /* The search filters by name, in any case. */
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "КИРОВ");
  wait_for (page_idle, page, "filtering");
  settle_for (300);  /* the search entry's own delay */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  settle_for (300);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 45);

  /* Teachers only: the order follows the teachers' share. */
  teachers = find_child_named (GTK_WIDGET (page), "teachers-weight");
  students = find_child_named (GTK_WIDGET (page), "students-weight");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 0);
  wait_for (page_idle, page, "rating again");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Малмыжский");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (teachers), 1);
  wait_for (page_idle, page, "rating again");

  /* A broken file: one message, and the rows shown stay. */
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"metodist-monitoring\", ", -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", bad);
  wait_for (page_idle, page, "the broken file");
  wait_for (toast_shown, window, "the message");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 45);

  /* Exported as a workbook off the main thread. */
  g_signal_connect (page, "add-toast", G_CALLBACK (catch_toast_cb), &exported_toast);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.export-to", "s", xlsx);
  wait_for (file_exists, xlsx, "the workbook");
  settle ();
  /* Its toast offers to open it and to show it in its folder, through the
   * window's actions that every page shares. */
  wait_for (toast_caught, &exported_toast, "the toast of the export");
  g_signal_handlers_disconnect_by_func (page, catch_toast_cb, &exported_toast);
  g_assert_cmpstr (adw_toast_get_action_name (exported_toast), ==, "win.open-file");
  g_assert_nonnull (find_button_for_action (adw_toast_get_custom_title (exported_toast), "win.show-in-folder"));
  g_clear_object (&exported_toast);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "open-file"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-in-folder"));
  g_assert_true (g_file_get_contents (xlsx, &contents, NULL, NULL));
  g_assert_cmpmem (contents, 2, "PK", 2);
  /* Read back as a spreadsheet reads it. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *argv[] = { "/usr/bin/python3", "-c",
                             "import openpyxl, sys; b = openpyxl.load_workbook(sys.argv[1]); "
                             "s = b.worksheets[0]; print(len(b.sheetnames), s.max_row, s.cell(3, 2).value)",
                             xlsx, NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                                   &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpstr (out, ==, "3 48 г.о. Вятские Поляны\n");
    }

  /* A table pasted from a spreadsheet. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s",
                              "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                              "Лузский\t12\t133\t42\t1500\r\nНагорский\t10\t71\t12\t850\r\n");
  wait_for (page_idle, page, "the pasted table");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Нагорский");

  /* Next week's table of the same municipalities: the rows shown take
   * the new figures and order (GTK keeps their widgets). */
  {
    MtRatingRow *nagorsky = row_at (rows, 0);

    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s",
                                "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                                "Лузский\t12\t133\t42\t1500\r\nНагорский\t1\t71\t2\t850\r\n");
    wait_for (page_idle, page, "next week's table");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Лузский");
    g_assert_true (row_at (rows, 1) == nagorsky);
    g_assert_cmpint (mt_rating_row_get_teachers (nagorsky)->active, ==, 1);
  }

  /* Another table: the selection stays on its municipality while it is
   * there, and goes when it is not (its row object is reused). */
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
    const char *head = "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n";
    g_autofree char *with = g_strconcat (head, "Опаринский\t5\t90\t9\t700\r\nЛузский\t12\t133\t42\t1500\r\n"
                                         "Нагорский\t1\t71\t2\t850\r\n", NULL);
    g_autofree char *without = g_strconcat (head, "Опаринский\t5\t90\t9\t700\r\nЛузский\t12\t133\t42\t1500\r\n",
                                            NULL);

    gtk_single_selection_set_selected (selection, 1);
    g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (selection)), ==, "Нагорский");
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", with);
    wait_for (page_idle, page, "a table with more rows");
    g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 3);
    g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (selection)), ==, "Нагорский");
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", without);
    wait_for (page_idle, page, "a table without the selected row");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_null (gtk_single_selection_get_selected_item (selection));
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Лузский");
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 1)), ==, "Опаринский");
  }

  /* Columns Metodist does not know: it asks, loads, and remembers. */
  {
    const char *table = "Район\tУчителя онлайн\tУченики онлайн\r\nг.о. Киров\t1044\t7785\r\n";
    GtkWindow *dialog;
    GtkWidget *combo;
    guint chosen[] = { 1, 5, 7 };  /* name, active teachers, active students */
    guint i = 0;

    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the mapping dialog");
    dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
    wait_for (is_drawn, dialog, "the mapping dialog drawn");
    save_screenshot (GTK_WIDGET (dialog), "mapping");
    assert_controls_named (GTK_WIDGET (dialog));
    for (combo = find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW); combo != NULL && i < 3;
         combo = gtk_widget_get_next_sibling (combo))
      if (ADW_IS_COMBO_ROW (combo))
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), chosen[i++]);
    g_assert_cmpuint (i, ==, 3);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
    gtk_window_destroy (dialog);
    g_object_unref (dialog);
    settle ();
    wait_for (page_idle, page, "the mapped table");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
    g_assert_cmpint (mt_rating_row_get_teachers (row_at (rows, 0))->active, ==, 1044);

    /* The same headers again: no question. */
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    wait_for (page_idle, page, "the remembered table");
    settle ();
    g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
    g_settings_reset (settings, "table-header-fields");
  }

  g_assert_cmpint (g_remove (bad), ==, 0);
  g_assert_cmpint (g_remove (xlsx), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "my-municipality");
}

static void
test_preferences (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  GtkWindow *dialog;
  GtkWidget *row;

  g_settings_set_string (settings, "institute", "Институт развития образования Кировской области");
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
  settle ();
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
  g_test_add_func ("/metodist/window/monitoring", test_monitoring);
  g_test_add_func ("/metodist/window/preferences", test_preferences);
  g_test_add_func ("/metodist/window/shortcuts", test_shortcuts);
  g_test_add_func ("/metodist/window/about", test_about);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
