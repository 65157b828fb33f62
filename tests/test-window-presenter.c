/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-presenter.c: QR codes shown to the hall: a real-world long
 * link at 1280×800 and 1024×768 (the window stays on its screen, the code
 * stays large and reads back), titles rather than addresses, the keys
 * clickers send, and the fading position and hint */
#include "config.h"

#include <string.h>

#include "mt-catalog.h"
#include "mt-materials-page.h"
#include "mt-presenter-window.h"
#include "mt-qr-page.h"
#include "mt-qr-view.h"
#include "window-harness.h"

/* A file address as the institute's site gives it, with the tracking
 * parameters of a mailing: 257 characters, no space to wrap at. */
static char *
long_link (void)
{
  GString *link = g_string_new ("https://kirovipk.ru/upload/iblock/3f2/metodicheskie_rekomendatsii_po_"
                                "ispolzovaniyu_sferuma_v_obrazovatelnykh_organizatsiyakh_kirovskoy_"
                                "oblasti_2023.pdf?utm_source=newsletter&utm_medium=email&utm_campaign=");

  while (link->len < 257)
    g_string_append_c (link, 'x');
  g_assert_cmpuint (link->len, ==, 257);
  return g_string_free (link, FALSE);
}

static gboolean
page_idle (gpointer data)
{
  return !mt_materials_page_get_busy (data);
}

static MtPresenterWindow *
open_presenter (GtkWidget *qr_page)
{
  MtPresenterWindow *presenter;

  gtk_widget_activate_action (qr_page, "qr.present", NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (MT_TYPE_PRESENTER_WINDOW), "the presenter");
  presenter = g_object_ref (MT_PRESENTER_WINDOW (find_toplevel_of_type (MT_TYPE_PRESENTER_WINDOW)));
  wait_for (is_drawn, presenter, "the presenter drawn");
  wait_for_frame (GTK_WIDGET (presenter));
  return presenter;
}

static void
close_presenter (MtPresenterWindow *presenter)
{
  gtk_widget_activate_action (GTK_WIDGET (presenter), "window.close", NULL);
  wait_for_finalize (presenter);
}

/* The text of the presenter's label with @css_class. */
static const char *
label_text (MtPresenterWindow *presenter,
            const char        *css_class)
{
  GtkWidget *child = GTK_WIDGET (presenter);

  /* Depth first through the window's few widgets. */
  while (child != NULL)
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class) && gtk_widget_get_visible (child))
        return gtk_label_get_label (GTK_LABEL (child));
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != NULL && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          if (child != NULL)
            child = gtk_widget_get_next_sibling (child);
        }
    }
  return NULL;
}

/* What zbarimg reads in the picture @name took of the presenter. */
static char *
read_back (const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, russian ? "ru" : "en");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "screenshots", file, NULL);
  const char *argv[] = { "zbarimg", "--raw", "-q", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strchomp (g_steal_pointer (&out));
}

/* The presenter on a screen of @width × @height (a window of that size on
 * the test's display stands for it): within it, the code at least 80 % of
 * the shorter side, and a phone reads the link back whole. */
/* The code fills the window's shorter side, at least 80 % of it. */
static gboolean
code_laid_out (gpointer data)
{
  MtPresenterWindow *presenter = data;
  int shorter = MIN (gtk_widget_get_width (GTK_WIDGET (presenter)), gtk_widget_get_height (GTK_WIDGET (presenter)));

  return shorter > 0 && mt_presenter_window_get_code_size (presenter) >= (guint) shorter * 8 / 10;
}

static void
check_at_size (int         width,
               int         height,
               const char *link)
{
  g_autofree char *name = g_strdup_printf ("presenter-long-link-%dx%d", width, height);
  g_autofree char *read = NULL;
  MtQrStyle style = MT_QR_STYLE_INIT;
  MtPresenterWindow *presenter;

  style.caption = expected ("Scan me", "Просканируй меня");
  presenter = mt_presenter_window_new (&style, MT_QR_LEVEL_M);
  g_object_ref (presenter);
  mt_presenter_window_add (presenter, link, link);
  gtk_window_set_default_size (GTK_WINDOW (presenter), width, height);
  gtk_window_present (GTK_WINDOW (presenter));
  wait_for (is_drawn, presenter, "the presenter drawn");
  /* Laid out at the size asked (the display server says it in its time). */
  wait_for (code_laid_out, presenter, "the code laid out for the window's size");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presenter)), <=, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presenter)), <=, height);
  g_assert_cmpuint (mt_presenter_window_get_code_size (presenter), >=, MIN (width, height) * 8 / 10);
  g_assert_cmpstr (label_text (presenter, "presenter-caption"), ==, style.caption);
  save_screenshot (GTK_WIDGET (presenter), name);
  read = read_back (name);
  g_assert_cmpstr (read, ==, link);
  close_presenter (presenter);
}

static void
test_long_link (void)
{
  GSettings *settings = mt_application_get_settings (app);
  g_autofree char *link = long_link ();
  MtWindow *window;
  GtkWidget *page;
  MtPresenterWindow *presenter;
  GdkMonitor *monitor;
  GdkRectangle screen;
  const char *title;

  g_settings_set_string (settings, "last-page", "qr");
  window = open_window ();
  page = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  gtk_widget_activate_action (page, "qr.set-text", "s", link);

  presenter = open_presenter (page);
  /* Never wider than its screen, however long the link. */
  monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presenter)), <=, screen.width);

  /* The link as its title, shortened in the middle: its start and its end
   * are seen. */
  title = label_text (presenter, "presenter-title");
  g_assert_cmpstr (title, ==, link);
  g_assert_cmpuint (mt_presenter_window_get_code_size (presenter), >=, MIN (screen.width, screen.height) * 8 / 10);
  assert_controls_named (GTK_WIDGET (presenter));
  close_presenter (presenter);

  /* A laptop's screen and a projector's. */
  check_at_size (1280, 800, link);
  check_at_size (1024, 768, link);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "qr-history");
}

/* A catalog's link is shown to the hall by its title, not its address. */
static void
test_catalog_titles (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMaterialsPage *materials;
  GtkWidget *page;
  MtPresenterWindow *presenter;
  MtMaterial *recommendations = NULL;
  GListModel *list;

  g_settings_set_string (settings, "last-page", "qr");
  window = open_window ();
  materials = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  wait_for (page_idle, materials, "the demo catalog");
  list = G_LIST_MODEL (mt_catalog_get_materials (mt_materials_page_get_catalog (materials)));
  for (guint i = 0; i < g_list_model_get_n_items (list) && recommendations == NULL; i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (list, i);

      if (mt_material_get_qr (material))
        recommendations = material;
    }
  g_assert_nonnull (recommendations);

  /* The page offers the recommendations' link; the hall reads its title. */
  page = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  gtk_widget_activate_action (page, "qr.set-text", "s", mt_material_get_url (recommendations));
  presenter = open_presenter (page);
  g_assert_cmpstr (label_text (presenter, "presenter-title"), ==, mt_material_get_title (recommendations));
  close_presenter (presenter);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "qr-history");
}


static gboolean
hint_hidden (gpointer data)
{
  return !mt_presenter_window_get_hint_shown (data);
}

static void
test_keys (void)
{
  GSettings *settings = mt_application_get_settings (app);
  const char *history[] = { "https://example.org/2", "https://example.org/3", "https://example.org/4",
                            "https://example.org/5", NULL };
  static const struct
  {
    guint keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, "presenter.next" }, { GDK_KEY_Down, "presenter.next" },
    { GDK_KEY_Page_Down, "presenter.next" }, { GDK_KEY_space, "presenter.next" },
    { GDK_KEY_Left, "presenter.previous" }, { GDK_KEY_Up, "presenter.previous" },
    { GDK_KEY_Page_Up, "presenter.previous" }, { GDK_KEY_BackSpace, "presenter.previous" },
    { GDK_KEY_Home, "presenter.first" }, { GDK_KEY_End, "presenter.last" },
    { GDK_KEY_Escape, "window.close" },
  };
  MtWindow *window;
  GtkWidget *page;
  MtPresenterWindow *presenter;

  g_settings_set_string (settings, "last-page", "qr");
  g_settings_set_strv (settings, "qr-history", history);
  window = open_window ();
  page = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  gtk_widget_activate_action (page, "qr.set-text", "s", "https://example.org/1");
  presenter = open_presenter (page);
  g_assert_cmpuint (mt_presenter_window_get_n_items (presenter), ==, 5);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpstr (action_for_key (GTK_WIDGET (presenter), keys[i].keyval), ==, keys[i].action);

  /* Where we are, and how to leave, for a few seconds. */
  g_assert_true (mt_presenter_window_get_hint_shown (presenter));
  g_assert_cmpstr (label_text (presenter, "presenter-position"), ==, expected ("1 of 5", "1 из 5"));
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_cmpstr (label_text (presenter, "presenter-position"), ==, expected ("2 of 5", "2 из 5"));
  save_screenshot (GTK_WIDGET (presenter), "presenter-position");
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.last", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (presenter), ==, 4);
  g_assert_cmpstr (label_text (presenter, "presenter-position"), ==, expected ("5 of 5", "5 из 5"));
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (presenter), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.previous", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (presenter), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.first", NULL);
  g_assert_cmpuint (mt_presenter_window_get_current (presenter), ==, 0);
  wait_for (hint_hidden, presenter, "the hint to fade");
  close_presenter (presenter);

  close_window (window);
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "qr-history");
}

/* The shortcuts window lists the presenter's keys. */
static void
test_shortcuts_listed (void)
{
  MtWindow *window = open_window ();
  GtkWindow *dialog = open_dialog (window, "win.show-help-overlay", GTK_TYPE_SHORTCUTS_WINDOW);
  GtkWidget *section = find_child_named (GTK_WIDGET (dialog), "presenter-shortcuts");
  g_autofree char *title = NULL;

  g_assert_nonnull (section);
  g_object_get (section, "title", &title, NULL);
  g_assert_cmpstr (title, ==, expected ("QR Codes for the Hall", "QR-коды для зала"));
  gtk_window_close (dialog);
  g_object_unref (dialog);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/presenter/long-link", test_long_link);
  g_test_add_func ("/metodist/presenter/catalog-titles", test_catalog_titles);
  g_test_add_func ("/metodist/presenter/keys", test_keys);
  g_test_add_func ("/metodist/presenter/shortcuts-listed", test_shortcuts_listed);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
