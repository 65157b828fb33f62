/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-cards.c: the report cards from the window: asked for with no
 * rating (said, with the way to one), written with the count and a way to
 * stop, where they went; cancelled, nothing left */
#include "config.h"

#include "mt-cards-dialog.h"
#include "mt-materials-page.h"
#include "mt-monitoring-page.h"
#include "test-folders.h"
#include "window-harness.h"

static gboolean
rated (gpointer data)
{
  return mt_monitoring_page_get_rating (data) != NULL && !mt_monitoring_page_get_busy (data);
}

static gboolean
materials_idle (gpointer data)
{
  return !mt_materials_page_get_busy (data);
}

static gboolean
cards_done (gpointer data)
{
  return !mt_cards_dialog_get_busy (data);
}

static void
test_cards (void)
{
  MtWindow *window = open_window ();
  GtkWidget *monitoring = find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE);
  g_autofree char *parent = g_dir_make_tmp ("metodist-cards-XXXXXX", NULL);
  MtCardsDialog *dialog;
  const char *folder;

  wait_for (materials_idle, find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE), "the demo catalog");

  /* No rating: said, and nothing asked. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cards", NULL);
  wait_for (toast_shown, window, "the toast saying a rating is needed");
  g_assert_null (find_toplevel_of_type (MT_TYPE_CARDS_DIALOG));

  gtk_widget_activate_action (monitoring, "monitoring.load-demo", NULL);
  wait_for (rated, monitoring, "the demo rating");

  /* Written, with the workbook as last chosen: the count, then where
   * they went. */
  g_settings_set_boolean (mt_application_get_settings (app), "cards-workbook", TRUE);
  mt_window_make_cards (window, parent);
  dialog = g_object_ref (MT_CARDS_DIALOG (find_toplevel_of_type (MT_TYPE_CARDS_DIALOG)));
  wait_for (cards_done, dialog, "the cards written");
  folder = mt_cards_dialog_get_folder (dialog);
  g_assert_nonnull (folder);
  g_assert_cmpuint (test_count_folder (folder), ==, 47);
  g_assert_true (gtk_widget_get_visible (button_for_action (GTK_WIDGET (dialog), "cards.open-folder")));
  assert_controls_named (GTK_WIDGET (dialog));
  wait_for (is_drawn, dialog, "the dialog drawn");
  save_screenshot (GTK_WIDGET (dialog), "cards-dialog-done");
  gtk_window_close (GTK_WINDOW (dialog));
  wait_for_finalize (dialog);

  /* Cancelled at once: no folder of its own left, the first run's kept. */
  mt_window_make_cards (window, parent);
  dialog = g_object_ref (MT_CARDS_DIALOG (find_toplevel_of_type (MT_TYPE_CARDS_DIALOG)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "cards.cancel", NULL);
  wait_for_finalize (dialog);
  g_assert_cmpuint (test_count_folder (parent), ==, 1);

  test_remove_folder (parent);
  close_window (window);
  g_settings_reset (mt_application_get_settings (app), "cards-workbook");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/cards/window", test_cards);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
