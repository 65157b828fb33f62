/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-file-launcher.c: a saved file opened with the default application or
 * shown in its folder, and the toast that offers both
 *
 * Exports and downloads end the same way: a toast naming the file, with
 * "Open" and "Show in Folder". The toast's buttons use the window's
 * win.open-file and win.show-in-folder actions, so that they work from
 * any page. */
#define G_LOG_DOMAIN "mt-file-launcher"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>

#include "mt-file-launcher.h"
#include "mt-toast.h"

static GtkWindow *
window_of (GtkWidget *from)
{
  GtkRoot *root = from != NULL ? gtk_widget_get_root (from) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Opens @uri with the desktop's default application for it. */
void
mt_file_launcher_open (GtkWidget  *from,
                       const char *uri)
{
  g_return_if_fail (uri != NULL);

  gtk_show_uri (window_of (from), uri, GDK_CURRENT_TIME);
}

typedef struct
{
  GtkWindow *window;   /* nullable */
  char *uri;
} ShowInFolder;

static void
show_in_folder_free (ShowInFolder *show)
{
  g_clear_object (&show->window);
  g_free (show->uri);
  g_free (show);
}

static void
shown_in_folder_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShowInFolder *show = user_data;
  g_autoptr(GVariant) reply = source != NULL
                              ? g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL)
                              : NULL;

  /* Without a file manager on the bus, the folder opens instead. */
  if (reply == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (show->uri);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *parent_uri = parent != NULL ? g_file_get_uri (parent) : NULL;

      if (parent_uri != NULL)
        gtk_show_uri (show->window, parent_uri, GDK_CURRENT_TIME);
    }
  show_in_folder_free (show);
}

static void
portal_opened_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ShowInFolder *show = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL,
                                                                               result, NULL);

  if (reply != NULL)
    {
      show_in_folder_free (show);
      return;
    }
  /* An older portal without OpenDirectory: the folder by its link. */
  shown_in_folder_cb (NULL, NULL, show);
}

/* In a Flatpak the file manager sees other paths than the app does (a file
 * saved through the file chooser is under the document portal's
 * /run/user/…/doc/), so the OpenURI portal opens the folder of the file
 * itself, handed over open: it needs no permission and finds the real
 * folder. Returns FALSE when the file cannot be opened. */
static gboolean
show_through_portal (GDBusConnection *bus,
                     ShowInFolder    *show)
{
  g_autoptr(GFile) file = g_file_new_for_uri (show->uri);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GUnixFDList) fds = NULL;
  int fd;

  if (path == NULL || (fd = open (path, O_RDONLY | O_CLOEXEC)) < 0)
    return FALSE;
  fds = g_unix_fd_list_new_from_array (&fd, 1);
  g_dbus_connection_call_with_unix_fd_list (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                            "org.freedesktop.portal.OpenURI", "OpenDirectory",
                                            g_variant_new ("(sha{sv})", "", 0, NULL), NULL,
                                            G_DBUS_CALL_FLAGS_NONE, 5000, fds, NULL, portal_opened_cb, show);
  return TRUE;
}

/* Opens the folder of @uri in the desktop's file manager with the file
 * selected (org.freedesktop.FileManager1; in a Flatpak the OpenURI
 * portal), or just the folder. */
void
mt_file_launcher_show_in_folder (GtkWidget  *from,
                                 const char *uri)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  const char *uris[] = { uri, NULL };
  ShowInFolder *show;

  g_return_if_fail (uri != NULL);

  show = g_new0 (ShowInFolder, 1);
  show->window = window_of (from) != NULL ? g_object_ref (window_of (from)) : NULL;
  show->uri = g_strdup (uri);
  if (bus == NULL)
    {
      shown_in_folder_cb (NULL, NULL, show);
      return;
    }
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) && show_through_portal (bus, show))
    return;
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, 5000,
                          NULL, shown_in_folder_cb, show);
}

/**
 * mt_file_launcher_saved_toast:
 * @message: "Exported “rating.xlsx”", "Downloaded “Презентация.pdf”"
 * @file: the file saved
 *
 * Returns: (transfer full): a toast with "Open" and "Show in Folder"
 */
AdwToast *
mt_file_launcher_saved_toast (const char *message,
                              GFile      *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = mt_toast_new (message);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *folder = gtk_button_new_with_mnemonic (_("Show in _Folder"));

  adw_toast_set_timeout (toast, 8);
  /* A toast has one button, "Open"; the folder is a second one beside the
   * title. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (folder, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (folder), "win.show-in-folder");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (folder), g_variant_new_string (uri));
  gtk_box_append (GTK_BOX (title), label);
  gtk_box_append (GTK_BOX (title), folder);
  adw_toast_set_custom_title (toast, title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  return toast;
}
