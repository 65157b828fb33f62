/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-editor-save.c: how the catalog editor keeps its work:
 * "Save Catalog…", the draft after a crash, and the guard on closing
 *
 * Unsaved changes are never lost silently. Each change is written to a
 * draft within a second (MtCatalogDraft); an editor opened after a crash
 * restores it and says so. Closing with unsaved changes asks first.
 * Saving refuses, with the reason, what the loader would not take back. */
#define G_LOG_DOMAIN "mt-catalog-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-catalog-check.h"
#include "mt-catalog-editor-private.h"
#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"
#include "mt-format.h"
#include "mt-error-dialog.h"
#include "mt-toast.h"

/* After a crash: the draft's changes, or why it was set aside. */
void
mt_catalog_editor_restore_draft (MtCatalogEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autoptr(MtCatalog) restored = mt_catalog_draft_restore (self->draft, &written, &error);
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;

  if (error != NULL)
    {
      mt_catalog_editor_notice (self, error->message, FALSE);
      return;
    }
  if (restored == NULL)
    return;
  mt_catalog_editor_show_catalog (self, restored);
  self->dirty = TRUE;
  mt_catalog_editor_update_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.discard", TRUE);
  when = g_date_time_format (written, "%x %H:%M");
  /* TRANSLATORS: %s is the date and time the unsaved changes were kept. */
  message = g_strdup_printf (_("Unsaved changes of %s were restored after the editor closed unexpectedly."), when);
  mt_catalog_editor_notice (self, message, TRUE);
}

static gboolean
destroy_cb (gpointer user_data)
{
  MtCatalogEditor *self = user_data;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GApplication) quitting = self->quit_when_closed && application != NULL
                                     ? g_object_ref (G_APPLICATION (application)) : NULL;

  gtk_window_destroy (GTK_WINDOW (self));
  if (quitting != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (quitting), "quit", NULL);
  return G_SOURCE_REMOVE;
}

/* Closed once the dialog that asked has gone: it is transient for us. */
static void
close_soon (MtCatalogEditor *self)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, 0, destroy_cb, g_object_ref (self), g_object_unref);
}

/* Why the catalog cannot be saved as it stands, or %NULL. A marked field
 * shows the user's text while the catalog holds the last good value:
 * saving then would lose what the user sees. */
static char *
save_refusal (MtCatalogEditor *self)
{
  const char *form_problem = mt_catalog_editor_form_problem (self);
  g_autofree char *problem = NULL;

  if (form_problem != NULL)
    return g_strdup_printf (_("Correct the marked fields first.\n\n%s"), form_problem);
  problem = mt_catalog_save_problem (self->catalog);
  return problem != NULL ? g_strdup_printf (_("The catalog would not load back: %s"), problem) : NULL;
}

/* Refuses, before any file chooser opens, with the reason whole in a
 * dialog (a toast would cut it). Returns: whether it refused */
static gboolean
refuse_unready (MtCatalogEditor *self)
{
  g_autofree char *refusal = save_refusal (self);
  GtkWidget *dialog;

  if (refusal == NULL)
    return FALSE;
  self->close_after_save = self->quit_when_closed = FALSE;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Catalog Was Not Saved"), NULL);
  /* Plain text: the reason quotes what the user typed. */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), refusal);
  gtk_widget_set_name (dialog, "not-saved-dialog");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static gboolean
save_to (MtCatalogEditor *self,
         GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (refuse_unready (self))
    return FALSE;
  /* A few kilobytes, written whole to a temporary file and renamed. */
  if (!mt_catalog_save (self->catalog, file, &error))
    {
      mt_error_dialog_present (GTK_WIDGET (self), "not-saved-dialog", _("The Catalog Was Not Saved"),
                               error->message);
      return FALSE;
    }
  g_set_object (&self->saved_file, file);
  g_free (self->saved_json);
  self->saved_json = mt_catalog_to_json (self->catalog);
  self->dirty = FALSE;
  mt_catalog_draft_remove (self->draft);
  mt_catalog_editor_notice (self, NULL, FALSE);
  mt_catalog_editor_update_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.discard", FALSE);
  mt_catalog_editor_emit_saved (self, file);
  name = g_file_get_parse_name (file);
  /* TRANSLATORS: the catalog was written to this file. */
  message = g_strdup_printf (_("Catalog saved as “%s”"), name);
  mt_catalog_editor_toast (self, mt_toast_new (message));
  return TRUE;
}

static void
saved (MtCatalogEditor *self,
       GFile           *file)
{
  gboolean close = self->close_after_save;

  self->close_after_save = FALSE;
  if (save_to (self, file) && close)
    close_soon (self);
  else
    self->quit_when_closed = FALSE;
}

void
mt_catalog_editor_save_to_activated (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  saved (MT_CATALOG_EDITOR (widget), file);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                MtCatalogEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    saved (self, file);
  else
    self->close_after_save = self->quit_when_closed = FALSE;
}

void
mt_catalog_editor_save_as_activated (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = NULL;

  /* Told before a file is chosen, not after. */
  if (refuse_unready (self))
    return;
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Catalogs (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save the Catalog to Publish"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (self->saved_file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->saved_file, NULL);
  else
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
      g_autoptr(GFile) folder = g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
      /* The name the server's address usually ends with. */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), "catalog.json");
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
mt_catalog_editor_save_activated (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);

  if (self->saved_file != NULL)
    saved (self, self->saved_file);
  else
    mt_catalog_editor_save_as_activated (widget, action_name, parameter);
}

/* Back to the catalog as last saved (or as it came), the draft gone. */
static void
discard (MtCatalogEditor *self)
{
  g_autoptr(GBytes) bytes = g_bytes_new (self->saved_json, strlen (self->saved_json));
  g_autoptr(MtCatalog) saved_catalog = mt_catalog_load (bytes, NULL);

  g_assert (saved_catalog != NULL);
  mt_catalog_set_is_demo (saved_catalog, mt_catalog_get_is_demo (self->catalog));
  mt_catalog_draft_remove (self->draft);
  self->dirty = FALSE;
  mt_catalog_editor_notice (self, NULL, FALSE);
  mt_catalog_editor_show_catalog (self, saved_catalog);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MtCatalogEditor  *self)
{
  if (g_str_equal (response, "discard"))
    discard (self);
}

void
mt_catalog_editor_discard_activated (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  GtkWidget *dialog;

  if (!self->dirty)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                   _("The catalog goes back to how it was last saved. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MtCatalogEditor  *self)
{
  if (g_str_equal (response, "discard"))
    {
      mt_catalog_draft_remove (self->draft);
      self->dirty = FALSE;
      close_soon (self);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
    }
  else
    self->quit_when_closed = FALSE;
}

/**
 * mt_catalog_editor_close_then_quit:
 *
 * For the application's Quit: the editor asks about its unsaved changes,
 * and once it has closed, Quit goes on; staying open stops it.
 */
void
mt_catalog_editor_close_then_quit (MtCatalogEditor *self)
{
  g_return_if_fail (MT_IS_CATALOG_EDITOR (self));

  self->quit_when_closed = TRUE;
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing with unsaved changes asks: save, discard, or stay. */
gboolean
mt_catalog_editor_close_request (GtkWindow *window)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return FALSE;
  dialog = adw_message_dialog_new (window, _("Save Changes to the Catalog?"),
                                   _("Unsaved changes are kept as a draft only until you discard them."));
  gtk_widget_set_name (dialog, "save-changes-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
