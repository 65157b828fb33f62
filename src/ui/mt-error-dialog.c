/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-error-dialog.c: a failure the user acted for, told whole
 *
 * A file that did not load, an export, a save, a download or a print that
 * failed: its reason names a file and a cause ("Could not write
 * “…/Рейтинг — Кировская область.xlsx”: No space left on device"), which a
 * one-line toast cuts at a laptop's width and takes away after a few
 * seconds. A dialog wraps it and stays until it is read. */
#define G_LOG_DOMAIN "mt-error-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mt-error-dialog.h"

/**
 * mt_error_dialog_present:
 * @widget: a widget of the window the dialog belongs to
 * @name: the dialog's widget name, for tests
 * @heading: what did not happen ("The Rating Was Not Exported")
 * @message: why, plain text (never markup: a reason may hold "<" or "&")
 *
 * Returns: (transfer none): the dialog shown
 */
GtkWidget *
mt_error_dialog_present (GtkWidget  *widget,
                         const char *name,
                         const char *heading,
                         const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  gtk_widget_set_name (dialog, name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
