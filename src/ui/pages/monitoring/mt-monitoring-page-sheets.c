/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-sheets.c: which sheet of a workbook, asked when
 * several hold a table, or none of several does */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-monitoring-page-private.h"
#include "mt-table-sheet.h"

/**
 * mt_monitoring_page_source_key:
 *
 * Returns: (transfer full): what the load under way reads, to keep what
 *   the user said of it for it alone: a file's address, a web address,
 *   else its label
 */
char *
mt_monitoring_page_source_key (MtMonitoringPage *self)
{
  GFile *file = mt_feed_get_file (self->feed);

  if (file != NULL)
    return g_file_get_uri (file);
  if (mt_feed_get_origin (self->feed) == MT_FEED_WEB && mt_feed_get_source (self->feed) != NULL)
    return g_strdup (mt_feed_get_source (self->feed));
  return g_strdup (mt_feed_get_label (self->feed));
}

/* The sheet chosen is let go: the next load of the source asks again. */
void
mt_monitoring_page_forget_sheet (MtMonitoringPage *self)
{
  g_clear_pointer (&self->facts_sheet, g_free);
  g_clear_pointer (&self->facts_sheet_source, g_free);
}

static void
sheet_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MtMonitoringPage *self)
{
  GPtrArray *buttons = g_object_get_data (G_OBJECT (dialog), "buttons");

  if (!g_str_equal (response, "open"))
    return;
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (buttons, i);

      if (!gtk_check_button_get_active (button))
        continue;
      /* Kept for this source: read again, and refreshed, from this sheet. */
      g_free (self->facts_sheet);
      self->facts_sheet = g_strdup (g_object_get_data (G_OBJECT (button), "sheet"));
      g_free (self->facts_sheet_source);
      self->facts_sheet_source = g_strdup (g_object_get_data (G_OBJECT (dialog), "source"));
      mt_monitoring_page_load_again (self);
      return;
    }
}

/**
 * mt_monitoring_page_ask_sheet:
 * @sheets: (element-type MtTableSheetChoice): the workbook's sheets shown
 * @reason: why it is asked: several sheets hold a table, or none does
 *
 * Asks which sheet to read, each named with its first rows, the last
 * with a table chosen; the one chosen is read at once, and again while
 * the same source is read again (a refresh, a column chosen; opening the
 * file again asks again).
 */
void
mt_monitoring_page_ask_sheet (MtMonitoringPage *self,
                              GPtrArray        *sheets,
                              const char       *reason)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Which Sheet?"), reason);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GPtrArray *buttons = g_ptr_array_new ();
  GtkCheckButton *group = NULL;
  guint suggested = 0;

  /* The last sheet with a table is the one most likely meant: weeks are
   * added at the end. */
  for (guint i = 0; i < sheets->len; i++)
    if (((MtTableSheetChoice *) g_ptr_array_index (sheets, i))->holds_table)
      suggested = i;

  gtk_widget_set_name (dialog, "sheet-dialog");
  /* The choice is for the source asked about, whatever loads meanwhile. */
  g_object_set_data_full (G_OBJECT (dialog), "source", mt_monitoring_page_source_key (self), g_free);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < sheets->len; i++)
    {
      MtTableSheetChoice *sheet = g_ptr_array_index (sheets, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_check_button_new ();

      /* Names and cells are the workbook's: plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sheet->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *sheet->preview != '\0' ? sheet->preview
                                                                                  : _("An empty sheet"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), i == suggested);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      g_object_set_data_full (G_OBJECT (button), "sheet", g_strdup (sheet->name), g_free);
      gtk_widget_set_name (row, "sheet-row");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      if (group == NULL)
        group = GTK_CHECK_BUTTON (button);
      g_ptr_array_add (buttons, button);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Room for four sheets before it scrolls, on a 768-pixel screen; at
   * least three are seen at once (a message dialog gives its extra child
   * no more than it asks). */
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 460);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (sheets->len, 3) * 76);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "buttons", buttons, (GDestroyNotify) g_ptr_array_unref);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "open", _("_Open"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (sheet_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
