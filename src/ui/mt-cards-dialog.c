/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cards-dialog.c: the report cards being written, with their count,
 * a way to stop, and where they went
 *
 * A country's 2,330 cards take a minute: the count and a bar say how far,
 * Cancel stops (and nothing written stays, mt_cards_write ()); once done,
 * the dialog says how many and where, and opens the folder. Closing it
 * while it writes cancels. */
#define G_LOG_DOMAIN "mt-cards-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-cards-dialog.h"
#include "mt-cards-writer.h"
#include "mt-error-dialog.h"
#include "mt-file-launcher.h"
#include "mt-format.h"

struct _MtCardsDialog
{
  AdwWindow parent_instance;

  GtkLabel *status;
  GtkProgressBar *progress;
  GtkWidget *cancel;
  GtkWidget *open_folder;
  GtkWidget *close;
  GCancellable *cancellable;
  char *folder;              /* the run's, once written */
  gboolean busy;
};

G_DEFINE_FINAL_TYPE (MtCardsDialog, mt_cards_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_busy (MtCardsDialog *self,
          gboolean       busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->cancel, busy);
  gtk_widget_set_visible (self->close, !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  MtCardsDialog *self = user_data;
  g_autofree char *done_text = mt_format_count (done);
  g_autofree char *total_text = mt_format_count (total);
  /* TRANSLATORS: the report cards written so far, of all: "12 из 45" */
  g_autofree char *text = g_strdup_printf (_("Writing the report cards: %s of %s"), done_text, total_text);

  gtk_label_set_label (self->status, text);
  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 1);
}

/* Holds the dialog (and the application) until the worker is done: its
 * progress is always told to a live dialog. */
static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MtCardsDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCardsWritten) written = mt_cards_write_finish (result, &error);

  g_application_release (g_application_get_default ());
  set_busy (self, FALSE);
  if (written == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (written == NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      gtk_window_destroy (GTK_WINDOW (self));
      if (parent != NULL)
        mt_error_dialog_present (GTK_WIDGET (parent), "cards-not-written-dialog",
                                 _("The Report Cards Were Not Written"), error->message);
      return;
    }
  self->folder = g_strdup (written->folder);
  {
    g_autofree char *count = mt_format_count (written->n_cards);
    g_autoptr(GString) text = g_string_new (NULL);

    /* The whole path: where to find them (from a user's try). */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%s report card and one PDF of all are in the folder «%s».",
                                               "%s report cards and one PDF of all are in the folder «%s».",
                                               written->n_cards),
                            count, written->folder);
    if (written->has_workbook)
      g_string_append_printf (text, " %s", _("The workbook, a sheet per municipality, is there too."));
    if (written->demo_catalog_left_out)
      g_string_append_printf (text, "\n\n%s",
                              _("The meeting’s catalog is the built-in demo’s: the cards carry no institute and no "
                                "code of the recommendations. Open the meeting’s catalog on the Materials page and "
                                "make them again."));
    gtk_label_set_label (self->status, text->str);
  }
  gtk_progress_bar_set_fraction (self->progress, 1);
  gtk_widget_set_visible (self->open_folder, TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->open_folder);
  gtk_widget_grab_focus (self->open_folder);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (widget);

  g_cancellable_cancel (self->cancellable);
  gtk_label_set_label (self->status, _("Stopping: the cards written so far are removed…"));
}

static void
open_folder_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (widget);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  if (self->folder == NULL)
    return;
  folder = g_file_new_for_path (self->folder);
  uri = g_file_get_uri (folder);
  mt_file_launcher_open (widget, uri);
}

/* Closing while writing is cancelling: nothing half done stays. */
static gboolean
mt_cards_dialog_close_request (GtkWindow *window)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (window);

  if (self->busy)
    {
      cancel_activated (GTK_WIDGET (window), NULL, NULL);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (mt_cards_dialog_parent_class)->close_request (window);
}

static void
mt_cards_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_cards_dialog_dispose (GObject *object)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (mt_cards_dialog_parent_class)->dispose (object);
}

static void
mt_cards_dialog_finalize (GObject *object)
{
  MtCardsDialog *self = MT_CARDS_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->folder);
  G_OBJECT_CLASS (mt_cards_dialog_parent_class)->finalize (object);
}

static void
mt_cards_dialog_class_init (MtCardsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mt_cards_dialog_get_property;
  object_class->dispose = mt_cards_dialog_dispose;
  object_class->finalize = mt_cards_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = mt_cards_dialog_close_request;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "cards.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "cards.open-folder", NULL, open_folder_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_cards_dialog_init (MtCardsDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->cancellable = g_cancellable_new ();
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());

  self->status = GTK_LABEL (gtk_label_new (_("Reading the kept periods for the trends…")));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_label_set_wrap_mode (self->status, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->status, 0);
  gtk_widget_set_name (GTK_WIDGET (self->status), "cards-status");
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_name (GTK_WIDGET (self->progress), "cards-progress");

  self->cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel), "cards.cancel");
  self->close = gtk_button_new_with_mnemonic (_("_Close"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->close), "window.close");
  self->open_folder = gtk_button_new_with_mnemonic (_("_Open Folder"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_folder), "cards.open-folder");
  gtk_widget_add_css_class (self->open_folder, "suggested-action");
  gtk_widget_set_visible (self->open_folder, FALSE);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), self->cancel);
  gtk_box_append (GTK_BOX (buttons), self->close);
  gtk_box_append (GTK_BOX (buttons), self->open_folder);

  gtk_widget_set_margin_start (body, 24);
  gtk_widget_set_margin_end (body, 24);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 24);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->progress));
  gtk_box_append (GTK_BOX (body), buttons);
  gtk_box_append (GTK_BOX (content), body);

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_title (GTK_WINDOW (self), _("Report Cards"));
  gtk_window_set_default_size (GTK_WINDOW (self), 420, -1);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_widget_set_name (GTK_WIDGET (self), "cards-dialog");
}

/**
 * mt_cards_dialog_start:
 * @catalog: (nullable): the meeting's catalog
 * @history: (nullable): the kept periods, for the trends
 * @folder: the folder chosen; the cards' own folder is made in it
 * @workbook: the cards as a workbook too
 *
 * Shows the dialog and starts writing the cards of @rating.
 *
 * Returns: (transfer none): the dialog, owned by GTK
 */
MtCardsDialog *
mt_cards_dialog_start (GtkWindow  *parent,
                       MtRating   *rating,
                       MtCatalog  *catalog,
                       MtHistory  *history,
                       const char *folder,
                       gboolean    workbook)
{
  MtCardsDialog *self = g_object_new (MT_TYPE_CARDS_DIALOG, "transient-for", parent, NULL);

  set_busy (self, TRUE);
  /* The last window closed must not quit the application midway. */
  g_application_hold (g_application_get_default ());
  mt_cards_write_async (rating, catalog, history, folder, workbook, progress_cb, self, self->cancellable, written_cb,
                        g_object_ref (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

gboolean
mt_cards_dialog_get_busy (MtCardsDialog *self)
{
  g_return_val_if_fail (MT_IS_CARDS_DIALOG (self), FALSE);
  return self->busy;
}

/* Returns: (nullable): the folder the cards went in, once written */
const char *
mt_cards_dialog_get_folder (MtCardsDialog *self)
{
  g_return_val_if_fail (MT_IS_CARDS_DIALOG (self), NULL);
  return self->folder;
}
