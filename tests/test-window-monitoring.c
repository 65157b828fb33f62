/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-monitoring.c: the Monitoring page in the real window under
 * Xvfb: the demo rating, its columns, chart and trend, sorting, the
 * municipality's details, paste and files, the xlsx export */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>
#include <string.h>

#include "mt-application.h"
#include "mt-format.h"
#include "mt-monitoring-page.h"
#include "mt-name-cell.h"
#include "mt-rating-columns.h"
#include "mt-rating-row.h"
#include "mt-window.h"
#include "window-harness.h"

static gboolean
periods_listed (gpointer page)
{
  GtkWidget *button = find_child_named (GTK_WIDGET (page), "periods-button");
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  return gtk_widget_get_visible (button) && menu != NULL && g_menu_model_get_n_items (menu) >= 1;
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

static MtMonitoringPage *
monitoring_page_of (MtWindow *window)
{
  return MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));
}

/* @path loaded, as the file chooser would, and every row in the table. */
static void
load_file (MtMonitoringPage *page,
           const char       *path,
           const char       *what)
{
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", path);
  wait_until_idle (page, what);
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

static void collect_text (GtkWidget *widget, GString *text);
static void assert_rows_drawn_as_places (GtkColumnView *view, GListModel *rows);

static void
collect_drop_downs (GtkWidget *widget,
                    GPtrArray *found)
{
  if (GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_drop_downs (child, found);
}

/* Answers the column dialog with the given choices, one a column in order,
 * and returns what it said about the columns (one line a label). */
static char *
answer_mapping (const guint *chosen,
                guint        n_chosen,
                const char  *shot)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  GString *text = g_string_new (NULL);
  GtkWindow *dialog;

  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the column dialog");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "mapping-dialog");
  wait_for (is_drawn, dialog, "the column dialog drawn");
  wait_for_frame (GTK_WIDGET (dialog));
  if (shot != NULL)
    save_screenshot (GTK_WIDGET (dialog), shot);
  assert_controls_named (GTK_WIDGET (dialog));
  collect_drop_downs (GTK_WIDGET (dialog), choices);
  g_assert_cmpuint (choices->len, ==, n_chosen);
  for (guint i = 0; i < n_chosen; i++)
    gtk_drop_down_set_selected (g_ptr_array_index (choices, i), chosen[i]);
  collect_text (GTK_WIDGET (dialog), text);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  return g_string_free (text, FALSE);
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
  page = monitoring_page_of (window);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  save_screenshot (GTK_WIDGET (window), "window-monitoring-empty");
  assert_controls_named (GTK_WIDGET (window));

  /* The demo: 45 municipalities in rating order, the meeting's counts, and
   * the user's own municipality found. */
  g_settings_set_string (settings, "my-municipality", "  юрьянский ");
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
  wait_until_idle (page, "the demo to load");
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
  /* Rows are announced by municipality, place and score (once bound, in
   * a frame). */
  wait_for_frame (GTK_WIDGET (window));
  {
    GtkWidget *list = find_child_of_type (GTK_WIDGET (view), GTK_TYPE_WIDGET);
    g_autofree char *wrong = NULL;

    for (list = gtk_widget_get_first_child (GTK_WIDGET (view)); list != NULL; list = gtk_widget_get_next_sibling (list))
      if (g_str_equal (G_OBJECT_TYPE_NAME (list), "GtkColumnListView"))
        break;
    g_assert_nonnull (list);
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (list)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                expected ("г.о. Вятские Поляны, place 1, score 36.5%",
                                                          "г.о. Вятские Поляны, место 1, балл 36,5\u00a0%"));
    g_assert_null (wrong);
  }
  save_screenshot (GTK_WIDGET (window), "window-monitoring-demo");

  /* Selecting a municipality shows its details and its trend over the
   * demo's ten weeks. */
  {
    GtkSelectionModel *selection = gtk_column_view_get_model (view);

    gtk_selection_model_select_item (selection, 0, TRUE);
    wait_for (trend_drawn, page, "the trend");
    g_assert_cmpuint (mt_monitoring_page_get_trend_points (page), ==, 10);
    wait_for_frame (GTK_WIDGET (window));
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
  wait_until_idle (page, "the earlier week");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, !=, 1044);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
  wait_until_idle (page, "the demo again");
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
  /* The score the rank is made from is a column of its own, and sorts
   * the way the rating does. */
  gtk_column_view_sort_by_column (view, column_titled (view, expected ("Score", "Балл")), GTK_SORT_DESCENDING);
  g_assert_cmpuint (mt_rating_row_get_rank (row_at (rows, 0)), ==, 1);
  gtk_column_view_sort_by_column (view, column_titled (view, "#"), GTK_SORT_ASCENDING);
  g_assert_cmpuint (mt_rating_row_get_position (row_at (rows, 0)), ==, 1);
  /* The chart says its bars are that score, with the weights. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "chart-caption"))), ==,
                   expected ("Bars: the score (weights 1 : 1), the weighted share of active teachers and students",
                             "Полосы — балл (веса 1 : 1): взвешенная доля активных педагогов и обучающихся"));

  /* The search filters by name, in any case. */
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  /* The entry's own delay is not waited for: the search is told at once. */
  gtk_editable_set_text (GTK_EDITABLE (search), "КИРОВ");
  g_signal_emit_by_name (search, "search-changed");
  wait_until_idle (page, "filtering");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 3);
  /* A search without a match says so. */
  gtk_editable_set_text (GTK_EDITABLE (search), "нет такого района");
  g_signal_emit_by_name (search, "search-changed");
  wait_until_idle (page, "filtering again");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_assert_true (gtk_widget_get_mapped (find_child_named (GTK_WIDGET (page), "no-match")));
  save_screenshot (GTK_WIDGET (window), "window-monitoring-no-match");
  /* Escape clears the search. */
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_signal_emit_by_name (search, "search-changed");
  wait_until_idle (page, "the search cleared");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 45);
  g_assert_false (gtk_widget_get_mapped (find_child_named (GTK_WIDGET (page), "no-match")));

  /* Teachers only: the order follows the teachers' share. */
  teachers = find_child_named (GTK_WIDGET (page), "teachers-weight");
  students = find_child_named (GTK_WIDGET (page), "students-weight");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 0);
  wait_until_idle (page, "rating again");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Малмыжский");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (teachers), 1);
  wait_until_idle (page, "rating again");
  /* 0 : 0 rates nothing: the rating stays as it was, and says why once
   * (from a new user's try: the caption said 0 : 0 over the old scores). */
  {
    GtkWidget *weights_button = find_child_named (GTK_WIDGET (page), "weights-button");
    g_autofree char *first = NULL;
    g_autofree char *caption = NULL;

    gtk_spin_button_set_value (GTK_SPIN_BUTTON (teachers), 0);
    wait_until_idle (page, "students only");
    first = g_strdup (mt_rating_row_get_name (row_at (rows, 0)));
    caption = g_strdup (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "chart-caption"))));
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 0);
    wait_until_idle (page, "weights that rate nothing");
    g_assert_true (gtk_widget_has_css_class (weights_button, "error"));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (weights_button), ==,
                     expected ("At least one weight must be above 0.", "Хотя бы один вес должен быть больше 0."));
    wait_for (toast_shown, window, "the toast saying why");
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, first);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "chart-caption"))), ==,
                     caption);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (teachers), 1);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (students), 1);
    wait_until_idle (page, "rating again");
    g_assert_false (gtk_widget_has_css_class (weights_button, "error"));
  }

  /* A broken file: one message, and the rows shown stay. */
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"metodist-monitoring\", ", -1, NULL));
  load_file (page, bad, "the broken file");
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the message");
  {
    GtkWindow *dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "not-loaded-dialog");
    g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                     expected ("Could not load “broken.json”: ",
                                               "Не удалось загрузить «broken.json»: ")));
    gtk_window_destroy (dialog);
    g_object_unref (dialog);
  }
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 45);

  /* Exported as a workbook off the main thread. */
  g_signal_connect (page, "add-toast", G_CALLBACK (catch_toast_cb), &exported_toast);
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.export-to", "s", xlsx);
  wait_for (file_exists, xlsx, "the workbook");
  /* Its toast offers to open it and to show it in its folder, through the
   * window's actions that every page shares. */
  wait_for (toast_caught, &exported_toast, "the toast of the export");
  g_signal_handlers_disconnect_by_func (page, catch_toast_cb, &exported_toast);
  g_assert_cmpstr (adw_toast_get_action_name (exported_toast), ==, "win.open-file");
  g_assert_nonnull (button_for_action (adw_toast_get_custom_title (exported_toast), "win.show-in-folder"));
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
                             "s = b.worksheets[0]; print(len(b.sheetnames), s.max_row, s.cell(4, 2).value)",
                             xlsx, NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                                   &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpstr (out, ==, "3 49 г.о. Вятские Поляны\n");
    }

  /* An export that fails says why in a dialog, whole: a toast cut the
   * file's name and the cause at a laptop's width (from a new user's try
   * on a full disk); here the target is a folder. */
  {
    g_autofree char *folder = g_build_filename (dir, "a folder.xlsx", NULL);
    GtkWindow *dialog;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.export-to", "s", folder);
    wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the export's failure");
    dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "not-exported-dialog");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), folder));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), g_strerror (EISDIR)));
    gtk_window_destroy (dialog);
    g_object_unref (dialog);
    g_assert_cmpint (g_rmdir (folder), ==, 0);
  }

  /* A table pasted from a spreadsheet. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s",
                              "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                              "Лузский\t12\t133\t42\t1500\r\nНагорский\t10\t71\t12\t850\r\n");
  wait_until_idle (page, "the pasted table");
  rows = mt_monitoring_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Нагорский");

  /* Next week's table of the same municipalities: the table's row
   * objects stay in their places (GTK keeps their widgets) and show the
   * new figures and order. */
  {
    MtRatingRow *first_place = row_at (rows, 0), *second_place = row_at (rows, 1);

    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s",
                                "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                                "Лузский\t12\t133\t42\t1500\r\nНагорский\t1\t71\t2\t850\r\n");
    wait_until_idle (page, "next week's table");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Лузский");
    g_assert_true (row_at (rows, 0) == first_place);
    g_assert_true (row_at (rows, 1) == second_place);
    g_assert_cmpstr (mt_rating_row_get_name (second_place), ==, "Нагорский");
    g_assert_cmpint (mt_rating_row_get_teachers (second_place)->active, ==, 1);
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
    wait_until_idle (page, "a table with more rows");
    g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 3);
    g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (selection)), ==, "Нагорский");
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", without);
    wait_until_idle (page, "a table without the selected row");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_null (gtk_single_selection_get_selected_item (selection));
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Лузский");
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 1)), ==, "Опаринский");
  }

  /* Columns Metodist does not know: it asks, loads, and remembers. */
  {
    const char *table = "Район\tУчителя онлайн\tУченики онлайн\r\nг.о. Киров\t1044\t7785\r\n";
    guint chosen[] = { 1, 5, 7 };  /* name, active teachers, active students */

    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    answer_mapping (chosen, G_N_ELEMENTS (chosen), "mapping");
    wait_until_idle (page, "the mapped table");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
    g_assert_cmpint (mt_rating_row_get_teachers (row_at (rows, 0))->active, ==, 1044);

    /* The same headers again: no question. */
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    wait_until_idle (page, "the remembered table");
    g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  }

  /* A choice that leaves the names out is not remembered for ever: the
   * next paste of that table asks again, the earlier choice shown. */
  {
    const char *table = "Район\tУчителя онлайн\tУченики онлайн\r\nг.о. Киров\t1044\t7785\r\n";
    guint wrong[] = { 0, 5, 7 };   /* the names ignored */
    guint right[] = { 1, 5, 7 };
    g_autofree char *asked = NULL;

    g_settings_reset (settings, "table-header-fields");
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    g_free (answer_mapping (wrong, G_N_ELEMENTS (wrong), NULL));
    asked = answer_mapping (right, G_N_ELEMENTS (right), "mapping-asked-again");
    g_assert_nonnull (strstr (asked, "Район"));
    wait_until_idle (page, "the table mapped again");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "г.о. Киров");
  }

  /* Two columns of the same header are told apart by letter and values,
   * and each is chosen on its own. */
  {
    const char *table = "Район\tВсего\tАктивные педагоги\tВсего\tАктивные обучающиеся\tЗаметки & <итоги>\r\n"
                        "Лузский\t133\t12\t1500\t42\tок & <да>\r\nНагорский\t71\t10\t850\t12\t\r\n";
    /* name, all teachers, all students, and the notes ignored; "&" and "<"
     * in a header or a value are text, never markup. */
    guint chosen[] = { 1, 6, 8, 0 };
    g_autofree char *asked = NULL;

    g_settings_reset (settings, "table-header-fields");
    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", table);
    asked = answer_mapping (chosen, G_N_ELEMENTS (chosen), "mapping-duplicates");
    g_assert_nonnull (strstr (asked, expected ("Column B · 133, 71", "Столбец B · 133, 71")));
    g_assert_nonnull (strstr (asked, expected ("Column D · 1500, 850", "Столбец D · 1500, 850")));
    g_assert_nonnull (strstr (asked, "Заметки & <итоги>"));
    g_assert_nonnull (strstr (asked, "ок & <да>"));
    wait_until_idle (page, "the table of two “Всего”");
    rows = mt_monitoring_page_get_rows (page);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "Лузский"))->total, ==, 133);
    g_assert_cmpint (mt_rating_row_get_students (row_named (rows, "Лузский"))->total, ==, 1500);
    g_settings_reset (settings, "table-header-fields");
  }

  /* A table that cannot load says so whole, naming it grammatically. */
  {
    GtkWindow *dialog;

    gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s",
                                "Муниципалитет;Активные педагоги\r\n");
    wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the message");
    dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "not-loaded-dialog");
    g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                     expected ("Could not load the pasted table: The table has a header but no rows.",
                               "Не удалось загрузить вставленную таблицу: В таблице есть заголовок, но нет строк."));
    gtk_window_destroy (dialog);
    g_object_unref (dialog);
  }

  g_assert_cmpint (g_remove (bad), ==, 0);
  g_assert_cmpint (g_remove (xlsx), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "my-municipality");
}

/* The text of every label under @widget, one a line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* Every row without a place says why: kept out (a problem in its data) or
 * not scored (totals unknown), in its details and in the report, by name. */
static void
test_unranked_say_why (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *small = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small.json", NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  MtWindow *window;
  MtMonitoringPage *page;
  GtkColumnView *view;
  GtkSelectionModel *selection;
  GListModel *rows;
  GtkWindow *dialog;
  const char *details;

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = monitoring_page_of (window);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  load_file (page, small, "the small file");
  rows = mt_monitoring_page_get_rows (page);
  selection = gtk_column_view_get_model (view);

  /* Not scored: its details say which totals are missing. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (g_str_equal (mt_rating_row_get_name (row_at (rows, i)), "Без итогов"))
      gtk_selection_model_select_item (selection, i, TRUE);
  details = gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "details-body")));
  g_assert_nonnull (strstr (details, expected ("Not scored: the number of all teachers is unknown",
                                               "Нет балла: неизвестно общее число педагогов")));
  /* Kept out: its details give the problem. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (g_str_equal (mt_rating_row_get_name (row_at (rows, i)), "Сломанный"))
      gtk_selection_model_select_item (selection, i, TRUE);
  details = gtk_label_get_label (GTK_LABEL (find_child_named (GTK_WIDGET (page), "details-body")));
  g_assert_nonnull (strstr (details, expected ("Kept out of the rating: teachers.active",
                                               "Не вошёл в рейтинг: teachers.active")));
  gtk_selection_model_unselect_all (selection);

  /* The report lists both, by name, under what kept them out. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.show-report", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the report");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  wait_for (is_drawn, dialog, "the report drawn");
  wait_for_frame (GTK_WIDGET (dialog));
  collect_text (GTK_WIDGET (dialog), report);
  g_assert_nonnull (strstr (report->str, "• Сломанный — teachers.active"));
  g_assert_nonnull (strstr (report->str, "• Без итогов — "));
  g_assert_nonnull (strstr (report->str, expected ("Kept out of the rating: a problem in the data",
                                                   "Не вошли в рейтинг: ошибка в данных")));
  g_assert_nonnull (strstr (report->str, expected ("Not scored: the totals a score needs are unknown",
                                                   "Нет балла: неизвестны итоги, нужные для балла")));
  g_assert_nonnull (strstr (report->str, expected ("2 municipalities have no place in the rating.",
                                                   "У 2 муниципалитетов нет места в рейтинге.")));
  save_screenshot (GTK_WIDGET (dialog), "monitoring-report");
  close_dialog (dialog);

  close_window (window);
  g_settings_reset (settings, "last-page");
}

static gboolean
trend_settled (gpointer data)
{
  return gtk_widget_get_visible (find_child_named (data, "trend-none")) ||
         mt_monitoring_page_get_trend_points (data) >= 2;
}

/* A table that names no region or period: the header offers to give them,
 * the column dialog takes them, and the table is then kept and titled. A
 * table whose title lines name them needs nothing. */
static void
test_table_facts (void)
{
  GSettings *settings = mt_application_get_settings (app);
  const char *bare = "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                     "Лузский\t12\t133\t42\t1500\r\nНагорский\t10\t71\t12\t850\r\n";
  const char *titled = "Мониторинг: Тестовая область\r\nс 15.11.2023 по 22.11.2023\r\n"
                       "Муниципалитет\tАктивные педагоги\tПедагоги\tАктивные обучающиеся\tОбучающиеся\r\n"
                       "Лузский\t11\t133\t40\t1500\r\n";
  g_autofree char *from = mt_format_iso_date ("2023-11-29");
  g_autofree char *to = mt_format_iso_date ("2023-12-06");
  MtWindow *window;
  MtMonitoringPage *page;
  GtkWidget *facts_button, *title;
  GtkWindow *dialog;
  GtkColumnView *view;

  g_settings_set_string (settings, "last-page", "monitoring");
  g_settings_set_string (settings, "last-region", "Тестовая область");
  window = open_window ();
  page = monitoring_page_of (window);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  facts_button = find_child_named (GTK_WIDGET (page), "facts-button");
  title = find_child_named (GTK_WIDGET (page), "monitoring-title");

  /* Named by its title lines: nothing to give. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", titled);
  wait_until_idle (page, "the titled table");
  g_assert_false (gtk_widget_get_visible (facts_button));
  g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));

  /* Bare: the header offers to give the region and the period. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-text", "s", bare);
  wait_until_idle (page, "the bare table");
  g_assert_true (gtk_widget_get_visible (facts_button));
  g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  /* No earlier period for it: its details say so in words. */
  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  wait_for (trend_settled, page, "the trend or its absence");
  g_assert_true (gtk_widget_get_visible (find_child_named (GTK_WIDGET (page), "trend-none")));
  gtk_selection_model_unselect_all (gtk_column_view_get_model (view));

  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.ask-table-facts", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the facts dialog");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  wait_for (is_drawn, dialog, "the facts dialog drawn");
  /* The region is the last one given. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_child_named (GTK_WIDGET (dialog), "table-region"))), ==,
                   "Тестовая область");
  /* An empty date says it is empty: its hint is an example, not a date
   * that looks given. */
  {
    GtkWidget *from_entry = find_child_named (GTK_WIDGET (dialog), "table-from");

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from_entry)), ==, "");
    g_assert_true (g_str_has_prefix (gtk_entry_get_placeholder_text (GTK_ENTRY (from_entry)),
                                     expected ("Such as ", "Например, ")));
  }
  gtk_editable_set_text (GTK_EDITABLE (find_child_named (GTK_WIDGET (dialog), "table-from")), from);
  gtk_editable_set_text (GTK_EDITABLE (find_child_named (GTK_WIDGET (dialog), "table-to")), to);
  wait_for_frame (GTK_WIDGET (dialog));
  save_screenshot (GTK_WIDGET (dialog), "table-facts");
  assert_controls_named (GTK_WIDGET (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  wait_until_idle (page, "the table with its region and period");
  g_assert_false (gtk_widget_get_visible (facts_button));
  {
    g_autofree char *expected_title = g_strdup_printf ("Тестовая область · %s–%s", from, to);

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, expected_title);
  }
  /* Compared with the titled week before, kept in the history. */
  {
    GListModel *rows = mt_monitoring_page_get_rows (page);

    g_assert_true (mt_rating_row_get_rank_change (row_named (rows, "Лузский"), NULL));
  }
  /* The periods kept for the region, listed in a worker, in the menu. */
  wait_for (periods_listed, page, "the periods kept");
  g_assert_cmpstr (g_settings_get_string (settings, "last-region"), ==, "Тестовая область");

  close_window (window);
  g_settings_reset (settings, "last-region");
  g_settings_reset (settings, "last-page");
}

typedef struct
{
  const char *period;  /* "2023-11-29_2023-12-06" */
  gint64 since;        /* seconds */
} KeptPeriod;

/* Whether the history holds @period, written since @since (a region
 * folder each, a file a period). */
static gboolean
period_kept (gpointer data)
{
  KeptPeriod *kept = data;
  g_autofree char *history = g_build_filename (g_get_user_data_dir (), "metodist", "history", NULL);
  g_autoptr(GDir) regions = g_dir_open (history, 0, NULL);
  const char *region;

  while (regions != NULL && (region = g_dir_read_name (regions)) != NULL)
    {
      g_autofree char *folder = g_build_filename (history, region, NULL);
      g_autoptr(GDir) periods = g_dir_open (folder, 0, NULL);
      const char *name;

      while (periods != NULL && (name = g_dir_read_name (periods)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          GStatBuf info;

          if (g_str_has_prefix (name, kept->period) && g_stat (path, &info) == 0 && info.st_mtime >= kept->since)
            return TRUE;
        }
    }
  return FALSE;
}

static char *
workbook_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "workbooks", name, NULL);
}

/* A workbook opens as its table does; one with two weeks on two sheets
 * asks which (each named with its first rows), and keeps the choice when
 * read again. */
static void
test_workbooks (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *single = workbook_path ("openpyxl.xlsx");
  g_autofree char *weeks = workbook_path ("two-weeks.xlsx");
  g_autofree char *xls = workbook_path ("gnumeric.xls");
  g_autoptr(GString) text = g_string_new (NULL);
  MtWindow *window;
  MtMonitoringPage *page;
  GListModel *rows;
  GtkWindow *dialog;
  GtkWidget *row;
  int n_rows = 0;
  /* A second back: file times are whole seconds. */
  KeptPeriod kept = { "2023-11-29_2023-12-06", g_get_real_time () / G_USEC_PER_SEC - 1 };

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = monitoring_page_of (window);
  rows = mt_monitoring_page_get_rows (page);

  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", single);
  wait_until_idle (page, "the workbook");
  g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 7);
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, ==, 1044);
  /* Its period, read from two date cells, is kept like a feed's. */
  wait_for (period_kept, &kept, "the workbook's period kept in the history");

  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", weeks);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the sheet dialog");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "sheet-dialog");
  wait_for (is_drawn, dialog, "the sheet dialog drawn");
  wait_for_frame (GTK_WIDGET (dialog));
  save_screenshot (GTK_WIDGET (dialog), "window-monitoring-sheet-dialog");
  assert_controls_named (GTK_WIDGET (dialog));
  collect_text (GTK_WIDGET (dialog), text);
  /* Every sheet shown, with its first rows; the last sheet with a table
   * (the latest week) suggested. */
  g_assert_nonnull (strstr (text->str, "Неделя 48"));
  g_assert_nonnull (strstr (text->str, "Справка"));
  g_assert_nonnull (strstr (text->str, "Муниципалитет · ОКТМО"));
  for (row = find_child_named (GTK_WIDGET (dialog), "sheet-row"); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (++n_rows == 3)
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_child_of_type (row, GTK_TYPE_CHECK_BUTTON))));
  g_assert_cmpint (n_rows, ==, 3);
  /* What was shown stays until the sheet is read. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 7);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "open");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  wait_until_idle (page, "the chosen sheet");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, ==, 522);
  /* The sheet shown is named beside its workbook. */
  {
    g_autoptr(GString) page_text = g_string_new (NULL);

    collect_text (GTK_WIDGET (page), page_text);
    g_assert_nonnull (strstr (page_text->str, expected ("sheet “Неделя 49”", "лист «Неделя 49»")));
  }

  /* Read again (the region and period given): the same sheet, not
   * asked again. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.ask-table-facts", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the facts dialog");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  wait_until_idle (page, "the same sheet again");
  g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (mt_rating_row_get_teachers (row_named (rows, "г.о. Киров"))->active, ==, 522);

  /* Opened again, the workbook asks again; a sheet without a table: the
   * column dialog offers another sheet, which asks again which sheet. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", weeks);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the sheet dialog again");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  row = find_child_named (GTK_WIDGET (dialog), "sheet-row");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_child_of_type (row, GTK_TYPE_CHECK_BUTTON)), TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "open");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the column dialog of the notes");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "mapping-dialog");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "other-sheet"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "other-sheet");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the sheet dialog once more");
  dialog = g_object_ref (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "sheet-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
  /* What was shown (the week chosen before) stays. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);

  /* Excel 97-2003 too. */
  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", xls);
  wait_until_idle (page, "the .xls workbook");
  g_assert_null (find_toplevel_of_type (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 7);

  close_window (window);
  g_settings_reset (settings, "last-page");
}

static gboolean
column_visible (GtkColumnView *view,
                const char    *title)
{
  return gtk_column_view_column_get_visible (column_titled (view, title));
}

typedef struct
{
  GtkColumnView *view;
  GtkWidget *window;
  int width;
} LaidOut;

/* The window at its width, the name, place and score shown, nothing to
 * scroll sideways. */
static gboolean
laid_out_for_width (gpointer data)
{
  LaidOut *laid_out = data;
  GtkAdjustment *across = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (laid_out->view));

  return gtk_widget_get_width (laid_out->window) <= laid_out->width &&
         column_visible (laid_out->view, expected ("Rating", "Рейтинг")) &&
         column_visible (laid_out->view, expected ("Score", "Балл")) &&
         gtk_adjustment_get_upper (across) <= gtk_adjustment_get_page_size (across) + 1;
}

/* At every width a municipality's name is read with its place and score,
 * without scrolling sideways; narrow, the chart and details move aside. */
static void
test_widths (void)
{
  GSettings *settings = mt_application_get_settings (app);
  const int widths[] = { 360, 420, 683, 1024, 1280 };

  g_settings_set_string (settings, "last-page", "monitoring");
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autofree char *shot = g_strdup_printf ("monitoring-%d", widths[w]);
      MtWindow *window;
      MtMonitoringPage *page;
      GtkColumnView *view;
      GtkWidget *side_button, *scroller;
      GtkAdjustment *across;
      gboolean narrow = widths[w] < 1000;

      g_settings_set_int (settings, "window-width", widths[w]);
      g_settings_set_int (settings, "window-height", 768);
      window = open_window ();
      page = monitoring_page_of (window);
      view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
      /* The demo, or at the narrowest a table with rows kept out, whose
       * report button joins the toolbar. */
      if (widths[w] == 360)
        {
          g_autofree char *small = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small.json", NULL);

          gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-file", "s", small);
        }
      else
        gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.load-demo", NULL);
      wait_until_idle (page, "the data");
      /* The page lays its columns out for its width on the frame after. */
      {
        LaidOut laid_out = { view, GTK_WIDGET (window), widths[w] };

        wait_for (laid_out_for_width, &laid_out, "the columns laid out for the width");
      }

      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, widths[w]);
      g_assert_true (column_visible (view, expected ("Rating", "Рейтинг")));
      g_assert_true (column_visible (view, expected ("Municipality", "Муниципалитет")));
      g_assert_true (column_visible (view, expected ("Score", "Балл")));
      /* Nothing to scroll sideways: every column shown fits. */
      scroller = gtk_widget_get_parent (GTK_WIDGET (view));
      across = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
      g_assert_cmpfloat (gtk_adjustment_get_upper (across), <=, gtk_adjustment_get_page_size (across) + 1);
      g_assert_cmpint (gtk_widget_get_width (scroller), <=, gtk_widget_get_width (GTK_WIDGET (page)));
      /* The chart and the details beside the table when wide, behind a
       * button when narrow. */
      side_button = find_child_named (GTK_WIDGET (page), "side-button");
      g_assert_true (gtk_widget_get_visible (side_button) == narrow);
      g_assert_true (gtk_widget_get_mapped (find_child_named (GTK_WIDGET (page), "side-pane")) == !narrow);
      save_screenshot (GTK_WIDGET (window), shot);
      if (narrow)
        {
          g_autofree char *side_shot = g_strdup_printf ("monitoring-%d-chart", widths[w]);

          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (side_button), TRUE);
          wait_for_transitions (GTK_WIDGET (window));
          g_assert_true (gtk_widget_get_mapped (find_child_named (GTK_WIDGET (page), "side-pane")));
          save_screenshot (GTK_WIDGET (window), side_shot);
          assert_controls_named (GTK_WIDGET (window));
          gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.hide-side", NULL);
          wait_for_transitions (GTK_WIDGET (window));
          g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (side_button)));
        }
      close_window (window);
    }
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-page");
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* A national document (2,330 municipalities), as one municipality to a
 * line would be written by a ministry's export. */
static char *
write_national_document (const char *dir)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"metodist-monitoring\", \"version\": 1, "
                                          "\"region\": \"Российская Федерация\", "
                                          "\"period\": {\"from\": \"2023-11-29\", \"to\": \"2023-12-06\"}, "
                                          "\"municipalities\": [\n");
  char *path = g_build_filename (dir, "national.json", NULL);

  for (int m = 0; m < 2330; m++)
    g_string_append_printf (json, "%s{\"id\": \"%08d\", \"name\": \"Муниципальный округ № %d\", "
                            "\"teachers\": {\"total\": %d, \"active\": %d}, "
                            "\"students\": {\"total\": %d, \"active\": %d}}\n",
                            m > 0 ? "," : "", 20000000 + m, m + 1, 400 + m % 97, 100 + m % 83,
                            5000 + m % 991, 900 + m % 787);
  g_string_append (json, "]}\n");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  return path;
}

/* The window closed while a national export is written: the export goes
 * on to its whole file, and the page is let go only then (the export's
 * callback once used the page after it was freed). */
static void
test_export_outlives_window (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autofree char *national = write_national_document (dir);
  g_autofree char *xlsx = g_build_filename (dir, "national.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  MtWindow *window;
  MtMonitoringPage *page;

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = monitoring_page_of (window);
  load_file (page, national, "the national document");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 2330);

  gtk_widget_activate_action (GTK_WIDGET (page), "monitoring.export-to", "s", xlsx);
  /* The window gone at once, before the worker is done; the page waits
   * for the export, then goes too. */
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_nonnull (page);
  wait_for (file_exists, xlsx, "the workbook after its window closed");
  wait_for (is_null, &page, "the page let go once the export is done");
  g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (memcmp (contents, "PK", 2) == 0);

  g_settings_reset (settings, "last-page");
  g_remove (xlsx);
  g_remove (national);
  g_rmdir (dir);
}

/* How many rows the table had when the period changed. */
static void
dataset_notified_cb (MtMonitoringPage *page,
                     GParamSpec       *pspec,
                     guint            *rows_then)
{
  *rows_then = g_list_model_get_n_items (mt_monitoring_page_get_rows (page));
}

static gboolean
scrolled_down (gpointer data)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (data)) > 0;
}

/* A national document as the first table: GTK would make 200 rows of
 * widgets in one go, so the rows come a few per frame; the page is busy
 * until all are in, and the user's municipality, far down, is scrolled
 * to once it is. */
static void
test_rows_revealed (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("metodist-reveal-XXXXXX", NULL);
  g_autofree char *national = write_national_document (dir);
  g_autofree char *far_down = NULL;
  guint rows_then = 0;
  MtWindow *window;
  MtMonitoringPage *page;
  GtkColumnView *view;
  GtkWidget *search;

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = monitoring_page_of (window);
  g_signal_connect (page, "notify::dataset", G_CALLBACK (dataset_notified_cb), &rows_then);
  load_file (page, national, "the national document");
  g_assert_cmpuint (rows_then, >, 0);
  g_assert_cmpuint (rows_then, <, 100);
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 2330);
  far_down = g_strdup (mt_rating_row_get_name (row_at (mt_monitoring_page_get_rows (page), 2000)));

  /* Sorted by name, the other way: the table's row objects stay in their
   * places (GTK keeps their widgets) with new contents, and the selection
   * follows its municipality. */
  {
    GListModel *rows = mt_monitoring_page_get_rows (page);
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (rows);
    GtkColumnView *table = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
    g_autoptr(GtkColumnViewColumn) names = g_list_model_get_item (gtk_column_view_get_columns (table), 1);
    MtRatingRow *first_place = row_at (rows, 0);
    g_autofree char *chosen = NULL;

    gtk_single_selection_set_selected (selection, 5);
    chosen = g_strdup (mt_rating_row_get_name (gtk_single_selection_get_selected_item (selection)));
    gtk_column_view_sort_by_column (table, names, GTK_SORT_DESCENDING);
    wait_until_idle (page, "the table sorted by name");
    wait_for_frames (GTK_WIDGET (window), 2);
    assert_rows_drawn_as_places (table, rows);
    g_assert_true (row_at (rows, 0) == first_place);
    g_assert_cmpstr (mt_rating_row_get_name (row_at (rows, 0)), ==, "Муниципальный округ № 999");
    /* Every place, those off screen too (given their rows frame by frame). */
    for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
      g_assert_cmpint (strcmp (mt_rating_row_get_name_key (row_at (rows, i - 1)),
                               mt_rating_row_get_name_key (row_at (rows, i))), >=, 0);
    g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (selection)), ==, chosen);
    g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, 5);
    gtk_column_view_sort_by_column (table, NULL, GTK_SORT_ASCENDING);
    wait_until_idle (page, "the table in rating order");
    g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 5);

    /* Rated again (students only): every figure on screen follows. */
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_child_named (GTK_WIDGET (page), "teachers-weight")), 0);
    wait_until_idle (page, "the table rated again");
    wait_for_frames (GTK_WIDGET (window), 2);
    assert_rows_drawn_as_places (table, rows);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_child_named (GTK_WIDGET (page), "teachers-weight")), 1);
    wait_until_idle (page, "the table rated as before");
  }
  close_window (window);

  /* Again in a new window, the user's municipality being far down. */
  g_settings_set_string (settings, "my-municipality", far_down);
  window = open_window ();
  page = monitoring_page_of (window);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  load_file (page, national, "the national document again");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 2330);
  g_assert_cmpuint (mt_monitoring_page_get_my_position (page), ==, 2000);
  wait_for (scrolled_down, view, "the table scrolled to the user's municipality");

  /* A search cleared gives every row back, also a few per frame. The
   * entry's own delay is not waited for: the search is told at once. */
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "№ 12");
  g_signal_emit_by_name (search, "search-changed");
  wait_until_idle (page, "the search");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 111);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_true (mt_monitoring_page_get_busy (page));
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), <, 2330);
  wait_until_idle (page, "the search cleared");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (page)), ==, 2330);

  close_window (window);
  g_settings_reset (settings, "my-municipality");
  g_settings_reset (settings, "last-page");
  g_remove (national);
  g_rmdir (dir);
}

static gboolean
is_name_cell_saying (GtkWidget     *widget,
                     gconstpointer  text)
{
  return MT_IS_NAME_CELL (widget) && g_strcmp0 (mt_name_cell_get_text (MT_NAME_CELL (widget)), text) == 0;
}

/* Every row GTK shows names a municipality of the table, and there are
 * rows shown when the table has some: no widget left showing a row gone. */
static void
collect_shown_names (GtkWidget  *widget,
                     GHashTable *names)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (MT_IS_NAME_CELL (widget))
    g_hash_table_add (names, g_strdup (mt_name_cell_get_text (MT_NAME_CELL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_names (child, names);
}

/* What a cell of the table shows: its name's or its figure's text. */
static const char *
cell_text (GtkWidget *cell)
{
  GtkWidget *shown = gtk_widget_get_first_child (cell);

  if (MT_IS_NAME_CELL (shown))
    return mt_name_cell_get_text (MT_NAME_CELL (shown));
  g_assert_true (GTK_IS_INSCRIPTION (shown));
  return gtk_inscription_get_text (GTK_INSCRIPTION (shown));
}

/* The table's columns shown, in their order, as the core knows them. */
static GArray *
shown_columns (GtkColumnView *view)
{
  GListModel *view_columns = gtk_column_view_get_columns (view);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (MtColumn));

  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, i);
      MtColumn column = 0;

      if (!gtk_column_view_column_get_visible (view_column))
        continue;
      while (column < MT_N_COLUMNS &&
             g_strcmp0 (mt_column_title (column), gtk_column_view_column_get_title (view_column)) != 0)
        column++;
      g_assert_cmpint (column, <, MT_N_COLUMNS);
      g_array_append_val (columns, column);
    }
  return columns;
}

/* Every row on screen shows, cell by cell, the figures of the municipality
 * it names: none left with another row's (a figure is drawn anew without
 * its row being laid out again). */
static void
assert_rows_show_their_figures (GtkColumnView *view,
                                GHashTable    *by_name)
{
  g_autoptr(GArray) columns = shown_columns (view);
  guint name_cell = 0;
  guint checked = 0;

  while (name_cell < columns->len && g_array_index (columns, MtColumn, name_cell) != MT_COLUMN_NAME)
    name_cell++;
  g_assert_cmpuint (name_cell, <, columns->len);
  for (GtkWidget *row_widget = gtk_widget_get_first_child (find_child_of_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW));
       row_widget != NULL; row_widget = gtk_widget_get_next_sibling (row_widget))
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();
      MtRatingRow *row;

      if (!gtk_widget_get_mapped (row_widget))
        continue;
      for (GtkWidget *cell = gtk_widget_get_first_child (row_widget); cell != NULL;
           cell = gtk_widget_get_next_sibling (cell))
        if (gtk_widget_get_visible (cell))
          g_ptr_array_add (cells, cell);
      if (cells->len == 0)
        continue;
      g_assert_cmpuint (cells->len, ==, columns->len);
      row = g_hash_table_lookup (by_name, cell_text (g_ptr_array_index (cells, name_cell)));
      g_assert_nonnull (row);
      for (guint i = 0; i < cells->len; i++)
        {
          g_autofree char *expected = mt_rating_row_format_cell (row, g_array_index (columns, MtColumn, i));

          g_assert_cmpstr (cell_text (g_ptr_array_index (cells, i)), ==, expected);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

static void
assert_rows_drawn_as_places (GtkColumnView *view,
                             GListModel    *rows)
{
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *list = find_child_of_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
  GHashTableIter iter;
  const char *name;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_hash_table_insert (names, (gpointer) mt_rating_row_get_name (row_at (rows, i)), row_at (rows, i));
  collect_shown_names (list, shown);
  g_assert_true (g_hash_table_size (shown) > 0 || g_list_model_get_n_items (rows) == 0);
  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    if (!g_hash_table_contains (names, name))
      g_error ("a row shows “%s”, not in the table", name);
  if (g_list_model_get_n_items (rows) > 0)
    assert_rows_show_their_figures (view, names);
}

/* The last row chosen, with the keyboard's focus, at the bottom of a
 * national table; a search typed that leaves it and one other; the search
 * cleared: the rows found, then every row, in order, each drawn with its
 * own municipality. (From a new user's try: the table showed a row gone,
 * then no row at all.) */
static void
test_search_from_bottom (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("metodist-bottom-XXXXXX", NULL);
  g_autofree char *national = write_national_document (dir);
  g_autofree char *last_name = NULL;
  MtWindow *window;
  MtMonitoringPage *page;
  GtkColumnView *view;
  GtkWidget *search;
  GListModel *rows;
  GtkAdjustment *down;

  g_settings_set_string (settings, "last-page", "monitoring");
  window = open_window ();
  page = monitoring_page_of (window);
  view = GTK_COLUMN_VIEW (find_child_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  search = find_child_of_type (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  load_file (page, national, "the national document");
  rows = mt_monitoring_page_get_rows (page);
  down = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  for (guint step = 0; step < 20; step++)
    {
      gtk_adjustment_set_value (down, gtk_adjustment_get_upper (down));
      wait_for_frame (GTK_WIDGET (window));
    }
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 2329);
  wait_for_frame (GTK_WIDGET (window));
  last_name = g_strdup (mt_rating_row_get_name (row_at (rows, 2329)));
  g_test_message ("the last row: %s", last_name);
  /* Its row has the keyboard's focus, as after End. */
  {
    GtkWidget *name = find_child_where (GTK_WIDGET (view), is_name_cell_saying, last_name);

    g_assert_nonnull (name);
    g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (gtk_widget_get_parent (name))));
    wait_for_frame (GTK_WIDGET (window));
  }

  /* Typed a letter at a time, as a person does. */
  {
    const char *number = strrchr (last_name, ' ') + 1;

    for (gsize typed = 1; typed <= strlen (number); typed++)
      {
        g_autofree char *text = g_strndup (number, typed);

        gtk_editable_set_text (GTK_EDITABLE (search), text);
        g_signal_emit_by_name (search, "search-changed");
        wait_for_frame (GTK_WIDGET (window));
      }
  }
  wait_until_idle (page, "the search");
  wait_for_frames (GTK_WIDGET (window), 2);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_nonnull (strstr (mt_rating_row_get_name (row_at (rows, i)), strrchr (last_name, ' ') + 1));
  assert_rows_drawn_as_places (view, rows);
  g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows))), ==,
                   last_name);

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  wait_until_idle (page, "the search cleared");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2330);
  for (guint i = 0; i < 2330; i++)
    g_assert_cmpuint (mt_rating_row_get_position (row_at (rows, i)), ==, i + 1);
  wait_for_frames (GTK_WIDGET (window), 2);
  assert_rows_drawn_as_places (view, rows);
  g_assert_cmpstr (mt_rating_row_get_name (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows))), ==,
                   last_name);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_remove (national);
  g_rmdir (dir);
}

/* GTK's height for a widget at @width (from its cache, if it has one). */
static int
height_for (GtkWidget *widget,
            int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

/* The height a name's cell takes: a name that takes more or fewer lines
 * lays its row out again, also when that is so only at a width GTK
 * measured before (GTK keeps those heights); a name of as many lines at
 * every such width is only drawn. */
static void
test_name_cell_sizes (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *cell = mt_name_cell_new (16);
  g_autoptr(GString) long_name = g_string_new (NULL);
  int one_line;

  for (guint i = 0; long_name->len < 300; i++)
    g_string_append_printf (long_name, "Муниципальный округ № %u ", i);
  gtk_widget_set_valign (column, GTK_ALIGN_START);
  gtk_widget_set_valign (cell, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (column), cell);
  gtk_window_set_child (GTK_WINDOW (window), column);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 600);
  mt_name_cell_set_text (MT_NAME_CELL (cell), "Орлов");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (window, 3);
  one_line = gtk_widget_get_height (cell);
  g_assert_cmpint (one_line, >, 0);

  /* A long name: many lines; a short one again: one. */
  mt_name_cell_set_text (MT_NAME_CELL (cell), long_name->str);
  wait_for_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_height (cell), >=, 3 * one_line);
  g_assert_cmpstr (mt_name_cell_get_text (MT_NAME_CELL (cell)), ==, long_name->str);
  mt_name_cell_set_text (MT_NAME_CELL (cell), "Орлов");
  wait_for_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_height (cell), ==, one_line);

  /* GTK also holds the short name's height at the cell's least width. A
   * name of one line at the width shown but two at the least: the height
   * GTK holds there follows it, and the one shown stays a line. */
  {
    int least;

    gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
    g_assert_cmpint (gtk_widget_get_width (cell), >, 2 * least);
    g_assert_cmpint (height_for (cell, least), ==, one_line);
    mt_name_cell_set_text (MT_NAME_CELL (cell), "Муниципальный округ Оричи");
    g_assert_cmpint (height_for (cell, least), >=, 2 * one_line);
    wait_for_frames (window, 3);
    g_assert_cmpint (gtk_widget_get_height (cell), ==, one_line);
  }
  /* Two lines at the width shown: the cell grows, and back. */
  mt_name_cell_set_text (MT_NAME_CELL (cell), "Муниципальный округ Кирово-Чепецкий район Кировской области");
  wait_for_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_height (cell), >=, 2 * one_line);
  mt_name_cell_set_text (MT_NAME_CELL (cell), "Немский");
  wait_for_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_height (cell), ==, one_line);

  g_object_ref (cell);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (cell);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/window/monitoring", test_monitoring);
  g_test_add_func ("/metodist/window/monitoring/unranked-say-why", test_unranked_say_why);
  g_test_add_func ("/metodist/window/monitoring/widths", test_widths);
  g_test_add_func ("/metodist/window/monitoring/table-facts", test_table_facts);
  g_test_add_func ("/metodist/window/monitoring/workbooks", test_workbooks);
  g_test_add_func ("/metodist/window/monitoring/export-outlives-window", test_export_outlives_window);
  g_test_add_func ("/metodist/window/monitoring/rows-revealed", test_rows_revealed);
  g_test_add_func ("/metodist/window/monitoring/search-from-bottom", test_search_from_bottom);
  g_test_add_func ("/metodist/window/monitoring/name-cell-sizes", test_name_cell_sizes);
  status = g_test_run ();

  g_object_unref (app);
  return status;
}
