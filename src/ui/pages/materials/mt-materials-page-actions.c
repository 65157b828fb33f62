/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page-actions.c: what the materials page does with a
 * material (open, save, copy its link, show its QR code) and with the
 * catalog (the printed handout, the editor)
 *
 * Downloads go through the application's fetcher (mt_fetcher_download_async):
 * into the user's Downloads folder to open, or into a folder the user
 * chooses; with progress and a cancel button; never over an existing file. */
#define G_LOG_DOMAIN "mt-materials-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog-editor.h"
#include "mt-file-launcher.h"
#include "mt-handout.h"
#include "mt-materials-page-private.h"
#include "mt-error-dialog.h"
#include "mt-toast.h"

/* Links may be used only when the catalog gave an http(s) one. */
static gboolean
usable (MtMaterialsPage *self)
{
  return self->selected != NULL && mt_material_get_url_problem (self->selected) == NULL;
}

void
mt_materials_page_update_actions (MtMaterialsPage *self)
{
  gboolean downloading = self->download != NULL;
  gboolean printable = self->printable != NULL && self->printable->len > 0;
  GtkWidget *widget = GTK_WIDGET (self);

  mt_materials_page_update_busy (self);

  gtk_widget_action_set_enabled (widget, "materials.open", usable (self) && !downloading);
  gtk_widget_action_set_enabled (widget, "materials.save", usable (self) && !downloading);
  gtk_widget_action_set_enabled (widget, "materials.save-to", usable (self) && !downloading);
  gtk_widget_action_set_enabled (widget, "materials.cancel-download", downloading);
  gtk_widget_action_set_enabled (widget, "materials.copy-link", usable (self));
  gtk_widget_action_set_enabled (widget, "materials.show-qr", usable (self));
  gtk_widget_action_set_enabled (widget, "materials.present", usable (self));
  gtk_widget_action_set_enabled (widget, "materials.print-handout", printable);
  gtk_widget_action_set_enabled (widget, "materials.save-handout", printable && self->handout == NULL);
  gtk_widget_action_set_enabled (widget, "materials.save-handout-to", printable && self->handout == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->download_box), downloading);
}

/* A catalog saved over the file this page reads is shown at once. */
static void
catalog_saved_cb (MtCatalogEditor *editor,
                  GFile           *file,
                  MtMaterialsPage *self)
{
  g_autofree char *source = g_settings_get_string (self->settings, "catalog-source");
  g_autofree char *scheme = g_uri_parse_scheme (source);
  g_autoptr(GFile) shown = NULL;

  if (*source == '\0' || (scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0))
    return;
  shown = g_file_new_for_commandline_arg (source);
  if (g_file_equal (shown, file))
    gtk_widget_activate_action (GTK_WIDGET (self), "materials.refresh", NULL);
}

/* The editor starts from the catalog shown, unless a draft is waiting. */
static void
edit_catalog_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  /* With no catalog shown (it did not load), a draft waiting is still
   * restored, and without one the editor starts an empty catalog. */
  g_autoptr(MtCatalog) empty = self->catalog == NULL ? mt_catalog_new () : NULL;
  MtCatalogEditor *editor;

  editor = mt_catalog_editor_present (GTK_WINDOW (gtk_widget_get_root (widget)),
                                      self->catalog != NULL ? self->catalog : empty);
  if (self->settings != NULL &&
      g_signal_handler_find (editor, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL, catalog_saved_cb,
                             self) == 0)
    g_signal_connect_object (editor, "saved", G_CALLBACK (catalog_saved_cb), self, 0);
}

typedef struct
{
  MtMaterialsPage *page;
  gboolean open_when_done;
} Download;

static void
progress_cb (goffset  received,
             goffset  total,
             gpointer user_data)
{
  Download *download = user_data;
  g_autofree char *got = NULL;

  /* The page's download ended (cancelled, the page closing): no bar. */
  if (download->page->download == NULL)
    return;
  got = g_format_size (received);

  if (total > 0)
    {
      g_autofree char *all = g_format_size (total);
      /* TRANSLATORS: a download under way: "1,2 МБ of 2,5 МБ". */
      g_autofree char *text = g_strdup_printf (_("%s of %s"), got, all);

      gtk_progress_bar_set_fraction (download->page->download_progress, MIN ((double) received / total, 1.0));
      gtk_progress_bar_set_text (download->page->download_progress, text);
    }
  else
    {
      gtk_progress_bar_pulse (download->page->download_progress);
      gtk_progress_bar_set_text (download->page->download_progress, got);
    }
}

static void
downloaded_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Download *download = user_data;
  g_autoptr(MtMaterialsPage) self = download->page;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = mt_fetcher_download_finish (MT_FETCHER (source), result, &error);

  g_clear_object (&self->download);
  mt_materials_page_update_actions (self);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mt_error_dialog_present (GTK_WIDGET (self), "not-downloaded-dialog", _("The Material Was Not Downloaded"),
                                 error->message);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      /* TRANSLATORS: a material saved under this file name. */
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      mt_materials_page_toast (self, mt_file_launcher_saved_toast (message, file));
      if (download->open_when_done)
        {
          g_autofree char *uri = g_file_get_uri (file);

          mt_file_launcher_open (GTK_WIDGET (self), uri);
        }
    }
  g_free (download);
}

static void
start_download (MtMaterialsPage *self,
                GFile           *folder,
                gboolean         open_when_done)
{
  MtFetcher *fetcher = self->fetcher;
  MtDownloadOptions options;
  Download *download;

  if (!usable (self) || self->download != NULL || fetcher == NULL)
    return;
  download = g_new0 (Download, 1);
  download->page = g_object_ref (self);
  download->open_when_done = open_when_done;
  self->download = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->download_progress, 0);
  gtk_progress_bar_set_text (self->download_progress, NULL);
  mt_materials_page_update_actions (self);
  options = (MtDownloadOptions) {
    .url = mt_material_get_url (self->selected),
    .folder = folder,
    .title = mt_material_get_title (self->selected),
    .sha256 = mt_material_get_sha256 (self->selected),
    .size_hint = mt_material_get_size (self->selected) > 0 ? (guint64) mt_material_get_size (self->selected) : 0,
    .deadline_seconds = MT_FETCH_DOWNLOAD_DEADLINE_SECONDS,
    .max_bytes = MT_FETCH_DOWNLOAD_MAX_BYTES,
  };
  mt_fetcher_download_async (fetcher, &options, progress_cb, download, self->download, downloaded_cb, download);
}

/* The user's Downloads folder, or the home folder on a desktop without one. */
static GFile *
downloads_folder (void)
{
  const char *path = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  return g_file_new_for_path (path != NULL ? path : g_get_home_dir ());
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr(GFile) folder = downloads_folder ();

  g_mkdir_with_parents (g_file_peek_path (folder), 0755);
  start_download (MT_MATERIALS_PAGE (widget), folder, TRUE);
}

static void
save_to_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  start_download (MT_MATERIALS_PAGE (widget), folder, FALSE);
}

static void
folder_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  MtMaterialsPage *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (folder != NULL && g_file_peek_path (folder) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "materials.save-to", "s", g_file_peek_path (folder));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  g_autoptr(GFile) folder = downloads_folder ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save the Material to a Folder"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save Here"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (folder_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_download_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  g_cancellable_cancel (MT_MATERIALS_PAGE (widget)->download);
}

static void
copy_link_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);

  if (!usable (self))
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), mt_material_get_url (self->selected));
  mt_materials_page_toast (self, mt_toast_new (_("Link copied")));
}

static void
show_qr_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);

  if (usable (self))
    gtk_widget_activate_action (widget, "win.show-qr", "s", mt_material_get_url (self->selected));
}

static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  GListModel *materials;
  g_auto(GVariantBuilder) items = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(ss)"));

  if (!usable (self))
    return;
  /* The chosen material first, then every one the catalog marks for the
   * hall, to step through with the arrow keys. */
  g_variant_builder_add (&items, "(ss)", mt_material_get_title (self->selected), mt_material_get_url (self->selected));
  materials = G_LIST_MODEL (mt_catalog_get_materials (self->catalog));
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      if (material != self->selected && mt_material_get_qr (material) &&
          mt_material_get_url_problem (material) == NULL)
        g_variant_builder_add (&items, "(ss)", mt_material_get_title (material), mt_material_get_url (material));
    }
  gtk_widget_activate_action_variant (widget, "win.present-items", g_variant_builder_end (&items));
}

/* The handout: the same pages as `metodist catalog --handout`. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              MtMaterialsPage   *self)
{
  GPtrArray *materials = g_object_get_data (G_OBJECT (operation), "materials");
  g_autoptr(GError) error = NULL;

  if (!mt_handout_draw_page (self->catalog, materials, (guint) page, gtk_print_context_get_cairo_context (context),
                             gtk_print_context_get_width (context), gtk_print_context_get_height (context), &error))
    mt_materials_page_toast (self, mt_toast_new (error->message));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MtMaterialsPage         *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      mt_error_dialog_present (GTK_WIDGET (self), "not-printed-dialog", _("The Handout Was Not Printed"),
                               error != NULL ? error->message : _("Printing failed"));
    }
}

static void
print_handout_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GPtrArray *materials = g_ptr_array_ref (self->printable);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, (int) mt_handout_n_pages (materials->len));
  /* The handout has its own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Handout"));
  g_object_set_data_full (G_OBJECT (operation), "materials", materials, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (gtk_widget_get_root (widget)), NULL);
}

static void
handout_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(MtMaterialsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!mt_handout_write_finish (result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  file = g_file_new_for_path (g_object_get_data (G_OBJECT (self->handout), "path"));
  name = g_file_get_basename (file);
  g_clear_object (&self->handout);
  mt_materials_page_update_actions (self);
  if (error != NULL)
    {
      mt_error_dialog_present (GTK_WIDGET (self), "not-saved-dialog", _("The Handout Was Not Saved"),
                               error->message);
      return;
    }
  /* TRANSLATORS: the handout saved under this file name. */
  message = g_strdup_printf (_("Saved “%s”"), name);
  mt_materials_page_toast (self, mt_file_launcher_saved_toast (message, file));
}

/* Written in a worker: a long handout never holds up the window. */
static void
save_handout_to_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);

  if (self->printable == NULL || self->handout != NULL)
    return;
  self->handout = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self->handout), "path", g_variant_dup_string (parameter, NULL), g_free);
  mt_materials_page_update_actions (self);
  mt_handout_write_async (self->catalog, self->printable, g_variant_get_string (parameter, NULL), self->handout,
                          handout_written_cb, g_object_ref (self));
}

static void
handout_chosen_cb (GtkNativeDialog *dialog,
                   int              response,
                   MtMaterialsPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL && g_file_peek_path (file) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "materials.save-handout-to", "s", g_file_peek_path (file));
}

static void
save_handout_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save the Handout"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* TRANSLATORS: the suggested file name of the printed handout. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Handout.pdf"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (handout_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The page's actions that get data in and out, for its class_init. */
void
mt_materials_page_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "materials.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "materials.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "materials.save-to", "s", save_to_activated);
  gtk_widget_class_install_action (widget_class, "materials.cancel-download", NULL, cancel_download_activated);
  gtk_widget_class_install_action (widget_class, "materials.copy-link", NULL, copy_link_activated);
  gtk_widget_class_install_action (widget_class, "materials.show-qr", NULL, show_qr_activated);
  gtk_widget_class_install_action (widget_class, "materials.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "materials.print-handout", NULL, print_handout_activated);
  gtk_widget_class_install_action (widget_class, "materials.save-handout", NULL, save_handout_activated);
  gtk_widget_class_install_action (widget_class, "materials.save-handout-to", "s", save_handout_to_activated);
  gtk_widget_class_install_action (widget_class, "materials.edit-catalog", NULL, edit_catalog_activated);
}
