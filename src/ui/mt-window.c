/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-window.c: the main window with its four pages */
#define G_LOG_DOMAIN "mt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-deck-dialog.h"
#include "mt-deck-pdf.h"
#include "mt-deck-window.h"
#include "mt-error-dialog.h"
#include "mt-events-page.h"
#include "mt-file-launcher.h"
#include "mt-materials-page.h"
#include "mt-cards-dialog.h"
#include "mt-monitoring-page.h"
#include "mt-qr-page.h"
#include "mt-toast.h"
#include "mt-window.h"

struct _MtWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  MtFetcher *fetcher;

  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  MtQrPage *qr_page;
  MtMaterialsPage *materials_page;
  MtEventsPage *events_page;
  MtMonitoringPage *monitoring_page;

  MtDeckDialog *deck_dialog;   /* (nullable) (weak) */
  MtDeckWindow *deck_window;   /* (nullable) (weak): the deck shown */
  GtkFileChooserNative *cards_chooser;  /* (nullable): the folder for the cards being chosen */
};

G_DEFINE_FINAL_TYPE (MtWindow, mt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_FETCHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (MtWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (MtWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  /* The size of a maximised window is the screen's: keep the size the user
   * gave the window, so that unmaximising next time restores it. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

/* Pages tell the user things through one signal, "add-toast". */
static void
page_add_toast_cb (MtWindow *self,
                   AdwToast *toast)
{
  mt_window_add_toast (self, g_object_ref (toast));
}

static gboolean
mt_window_close_request (GtkWindow *window)
{
  save_window_state (MT_WINDOW (window));

  return GTK_WINDOW_CLASS (mt_window_parent_class)->close_request (window);
}

/* What the toasts of saved files offer (mt_file_launcher_saved_toast). */
static void
open_file_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  mt_file_launcher_open (GTK_WIDGET (user_data), g_variant_get_string (parameter, NULL));
}

static void
show_in_folder_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  mt_file_launcher_show_in_folder (GTK_WIDGET (user_data), g_variant_get_string (parameter, NULL));
}

/* The Events page shows the events of the catalog the Materials page got. */
static void
catalog_changed_cb (MtWindow  *self,
                    MtCatalog *catalog)
{
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));

  mt_events_page_set_catalog (self->events_page, catalog);
  mt_qr_page_set_catalog (self->qr_page, catalog);
  /* The QR page starts with the link the hall is shown first: the
   * methodological recommendations in the region's catalog. */
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      if (mt_material_get_qr (material) && mt_material_get_url_problem (material) == NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->qr_page), "qr.suggest-text", "s",
                                      mt_material_get_url (material));
          break;
        }
    }
}

/* Any page's link as a QR code: on the QR page, or straight to the hall. */
static void
show_qr_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MtWindow *self = user_data;

  gtk_widget_activate_action (GTK_WIDGET (self->qr_page), "qr.set-text", "s", g_variant_get_string (parameter, NULL));
  adw_view_stack_set_visible_child_name (self->stack, "qr");
}

static void
present_qr_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  MtWindow *self = user_data;

  gtk_widget_activate_action (GTK_WIDGET (self->qr_page), "qr.set-text", "s", g_variant_get_string (parameter, NULL));
  gtk_widget_activate_action (GTK_WIDGET (self->qr_page), "qr.present", NULL);
}

static void
present_items_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  MtWindow *self = user_data;

  gtk_widget_activate_action_variant (GTK_WIDGET (self->qr_page), "qr.present-items", parameter);
}

/* The deck of what the pages show now, as the dialog chose it. */
static MtDeck *
make_deck (MtWindow     *self,
           MtDeckDialog *dialog)
{
  g_autoptr(GArray) sections = mt_deck_dialog_get_sections (dialog);
  g_auto(GStrv) focus = mt_deck_dialog_get_focus (dialog);
  MtDeckInput input = { mt_materials_page_get_catalog (self->materials_page),
                        mt_monitoring_page_get_rating (self->monitoring_page), sections,
                        (const char *const *) focus };

  mt_deck_today (input.catalog, &input.today);
  return mt_deck_new (&input);
}

/* The data changed while presenting: the deck follows, on the same slide.
 * A rating is whole when the page is no longer busy. */
/* The dialog's rating, and whether it says the rating's slides are left
 * out: told when it opens and as the rating comes or goes (from review:
 * a feed's rating left the warning up). */
static void
tell_deck_rating (MtWindow *self)
{
  MtRating *rating = mt_monitoring_page_get_rating (self->monitoring_page);

  mt_deck_dialog_set_notice (self->deck_dialog,
                             rating == NULL
                             ? _("No monitoring data is loaded: the rating’s slides are left out. Open a file, a feed "
                                 "or the demo data on the Monitoring page first.")
                             : NULL,
                             TRUE);
  mt_deck_dialog_set_rating (self->deck_dialog, rating);
}

static void
deck_data_changed_cb (MtWindow *self)
{
  g_autoptr(MtDeck) deck = NULL;

  if (self->deck_dialog == NULL || mt_monitoring_page_get_busy (self->monitoring_page))
    return;
  tell_deck_rating (self);
  if (self->deck_window == NULL)
    return;
  deck = make_deck (self, self->deck_dialog);
  mt_deck_window_set_deck (self->deck_window, deck);
}

static void
deck_start_cb (MtDeckDialog *dialog,
               MtWindow     *self)
{
  g_autoptr(MtDeck) deck = make_deck (self, dialog);
  g_autoptr(GdkMonitor) monitor = mt_deck_dialog_get_monitor (dialog);

  /* A black screen would say nothing (the movers alone, with no previous
   * period): the dialog says why. */
  if (mt_deck_get_n_slides (deck) == 0)
    {
      mt_deck_dialog_set_notice (dialog, _("The parts chosen have nothing to show: no slide was made."), TRUE);
      return;
    }

  if (self->deck_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->deck_window));
  self->deck_window = mt_deck_window_new (deck);
  g_object_add_weak_pointer (G_OBJECT (self->deck_window), (gpointer *) &self->deck_window);
  gtk_window_set_transient_for (GTK_WINDOW (self->deck_window), GTK_WINDOW (self));
  /* The dialog stays, behind: it holds the choices the deck follows. */
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  mt_deck_window_present_on (self->deck_window, monitor);
}

/* The dialog is held by the save (deck_saved_cb) until the worker is
 * done: its progress is always told to a live dialog. */
static void
deck_progress_cb (guint    done,
                  guint    total,
                  gpointer user_data)
{
  MtDeckDialog *dialog = user_data;

  mt_deck_dialog_set_progress (dialog, total > 0 ? (double) done / total : 1);
}

static void
deck_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MtDeckDialog) dialog = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  g_application_release (g_application_get_default ());
  mt_deck_dialog_set_progress (dialog, -1);
  if (!mt_deck_write_pdf_finish (result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL && MT_IS_WINDOW (window))
    {
      mt_error_dialog_present (GTK_WIDGET (dialog), "not-saved-dialog", _("The Presentation Was Not Saved"),
                               error->message);
      return;
    }
  if (MT_IS_WINDOW (window))
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_object_get_data (G_OBJECT (dialog), "saving-to"));
      g_autofree char *name = g_file_get_basename (file);
      /* TRANSLATORS: the presentation saved under this file name */
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      /* Said in the dialog, in front; and a toast that offers to open it
       * and to show its folder, as exports do, for when it is closed. */
      mt_deck_dialog_set_notice (dialog, message, FALSE);
      mt_window_add_toast (MT_WINDOW (window), mt_file_launcher_saved_toast (message, file));
    }
}

static void
deck_file_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     MtDeckDialog    *dialog)
{
  MtWindow *self = MT_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                          : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  /* The dialog may have gone meanwhile with the window (its reference
   * held by the chooser's handler below). */
  if (path != NULL && MT_IS_WINDOW (self) && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    mt_window_save_deck (self, dialog, path);
  g_object_unref (dialog);
}

static void
deck_save_cb (MtDeckDialog *dialog,
              MtWindow     *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Save the Presentation"), GTK_WINDOW (dialog),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);

  /* TRANSLATORS: the suggested file name of the presentation */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
    /* TRANSLATORS: the presentation's file name offered, with the day it is saved */
    g_autofree char *name = g_strdup_printf (_("Meeting presentation %s.pdf"), day);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  }
  g_signal_connect (chooser, "response", G_CALLBACK (deck_file_chosen_cb), g_object_ref (dialog));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * mt_window_save_deck:
 * @dialog: the deck dialog, whose choices make the deck
 * @path: the PDF to write
 *
 * Writes the deck in a worker, its progress in @dialog.
 */
void
mt_window_save_deck (MtWindow     *self,
                     MtDeckDialog *dialog,
                     const char   *path)
{
  g_autoptr(MtDeck) deck = make_deck (self, dialog);

  mt_deck_dialog_set_progress (dialog, 0);
  g_object_set_data_full (G_OBJECT (dialog), "saving-to", g_strdup (path), g_free);
  /* Not quit midway: the file is written whole or not at all anyway. */
  g_application_hold (g_application_get_default ());
  mt_deck_write_pdf_async (deck, path, deck_progress_cb, dialog, mt_deck_dialog_get_cancellable (dialog),
                           deck_saved_cb, g_object_ref (dialog));
}

static void
deck_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  MtWindow *self = user_data;
  MtCatalog *catalog = mt_materials_page_get_catalog (self->materials_page);

  /* A deck shown already is brought back where it was (from a user's
   * try: on two screens, a click on the laptop had taken its keys). */
  if (self->deck_window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->deck_window));
      return;
    }
  if (self->deck_dialog == NULL)
    {
      self->deck_dialog = mt_deck_dialog_new (GTK_WINDOW (self), self->settings,
                                              catalog != NULL ? mt_catalog_get_deck (catalog) : NULL);
      g_object_add_weak_pointer (G_OBJECT (self->deck_dialog), (gpointer *) &self->deck_dialog);
      g_signal_connect (self->deck_dialog, "start", G_CALLBACK (deck_start_cb), self);
      g_signal_connect (self->deck_dialog, "save-pdf", G_CALLBACK (deck_save_cb), self);
      gtk_window_set_hide_on_close (GTK_WINDOW (self->deck_dialog), TRUE);
    }
  /* Said every time: the rating may have come since. */
  tell_deck_rating (self);
  mt_deck_dialog_refresh_screens (self->deck_dialog, GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self->deck_dialog));
}

/* The cards go in a folder of their own made in the one chosen. */
static void
cards_folder_chosen_cb (GtkNativeDialog *chooser,
                        int              response,
                        MtWindow        *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;
  MtRating *rating = mt_monitoring_page_get_rating (self->monitoring_page);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      const char *workbook = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "workbook");

      folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_settings_set_boolean (self->settings, "cards-workbook", g_strcmp0 (workbook, "true") == 0);
    }
  g_clear_object (&self->cards_chooser);
  path = folder != NULL ? g_file_get_path (folder) : NULL;
  if (path == NULL || rating == NULL)
    return;
  mt_window_make_cards (self, path);
}

/**
 * mt_window_make_cards:
 * @folder: where the cards' own folder is made
 *
 * The workbook too when the "cards-workbook" setting says so.
 * Writes the report cards of the rating shown, with a dialog that counts
 * them and can stop.
 */
void
mt_window_make_cards (MtWindow   *self,
                      const char *folder)
{
  MtRating *rating = mt_monitoring_page_get_rating (self->monitoring_page);

  g_return_if_fail (MT_IS_WINDOW (self));
  if (rating == NULL)
    return;
  mt_cards_dialog_start (GTK_WINDOW (self), rating, mt_materials_page_get_catalog (self->materials_page),
                         mt_monitoring_page_get_history (self->monitoring_page), folder,
                         g_settings_get_boolean (self->settings, "cards-workbook"));
}

static void
cards_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MtWindow *self = user_data;
  GtkFileChooserNative *chooser;

  if (self->cards_chooser != NULL)
    return;
  /* Said, not greyed out: the way to a rating is on the page. */
  if (mt_monitoring_page_get_rating (self->monitoring_page) == NULL)
    {
      mt_window_add_toast (self, mt_toast_new (_("Load the monitoring first: the report cards are made from its "
                                                  "rating.")));
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Folder for the Report Cards"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Make Cards"), _("_Cancel"));
  /* Named, so that the chooser's filter list does not read «(None)»
   * (from a user's try). */
  {
    g_autoptr(GtkFileFilter) folders = gtk_file_filter_new ();

    gtk_file_filter_set_name (folders, _("Folders"));
    gtk_file_filter_add_mime_type (folders, "inode/directory");
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), folders);
  }
  /* The workbook too, as last time. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "workbook",
                               _("Also as an Excel workbook, a sheet per municipality"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "workbook",
                               g_settings_get_boolean (self->settings, "cards-workbook") ? "true" : "false");
  /* Held by the window, which goes first if closed meanwhile (from
   * review: the answer came to a freed window). */
  self->cards_chooser = chooser;
  g_signal_connect_object (chooser, "response", G_CALLBACK (cards_folder_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry file_actions[] = {
  { "cards", cards_activated },
  { "deck", deck_activated },
  { "open-file", open_file_activated, "s" },
  { "show-in-folder", show_in_folder_activated, "s" },
  { "show-qr", show_qr_activated, "s" },
  { "present-qr", present_qr_activated, "s" },
  { "present-items", present_items_activated, "a(ss)" },
};

static void
mt_window_constructed (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);
  g_autoptr(GPropertyAction) page_action = NULL;

  G_OBJECT_CLASS (mt_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));
  g_assert (MT_IS_FETCHER (self->fetcher));

  restore_window_state (self);
  mt_qr_page_set_settings (self->qr_page, self->settings);
  mt_monitoring_page_set_up (self->monitoring_page, self->settings, self->fetcher);
  mt_materials_page_set_up (self->materials_page, self->settings, self->fetcher);
  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  /* "win.page" both switches pages (Alt+1…4, tests) and reports the page
   * shown, because it is the stack's own property. */
  page_action = g_property_action_new ("page", self->stack, "visible-child-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (page_action));
  g_action_map_add_action_entries (G_ACTION_MAP (self), file_actions, G_N_ELEMENTS (file_actions), self);
  g_signal_connect_swapped (self->monitoring_page, "notify::busy", G_CALLBACK (deck_data_changed_cb), self);
  g_signal_connect_swapped (self->materials_page, "catalog-changed", G_CALLBACK (deck_data_changed_cb), self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
mt_window_dispose (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);

  /* The page action follows the stack, which is about to go. */
  g_action_map_remove_action (G_ACTION_MAP (object), "page");
  if (self->deck_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->deck_window));
  if (self->cards_chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->cards_chooser));
      g_clear_object (&self->cards_chooser);
    }
  if (self->deck_dialog != NULL)
    {
      /* A save under way holds the dialog (deck_saved_cb): only this
       * stops it (from review: its dispose never came while it ran). */
      g_cancellable_cancel (mt_deck_dialog_get_cancellable (self->deck_dialog));
      gtk_window_destroy (GTK_WINDOW (self->deck_dialog));
    }

  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_WINDOW);

  G_OBJECT_CLASS (mt_window_parent_class)->dispose (object);
}

static void
mt_window_finalize (GObject *object)
{
  MtWindow *self = MT_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->fetcher);

  G_OBJECT_CLASS (mt_window_parent_class)->finalize (object);
}

static void
mt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MtWindow *self = MT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_FETCHER:
      g_value_set_object (value, self->fetcher);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MtWindow *self = MT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_FETCHER:
      self->fetcher = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_window_class_init (MtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mt_window_constructed;
  object_class->dispose = mt_window_dispose;
  object_class->finalize = mt_window_finalize;
  object_class->get_property = mt_window_get_property;
  object_class->set_property = mt_window_set_property;

  window_class->close_request = mt_window_close_request;

  /**
   * MtWindow:settings:
   *
   * The application's settings, where the window keeps its size and page.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * MtWindow:fetcher:
   *
   * The application's one fetcher (one session, the copies kept), handed
   * down to the pages that get feeds and catalogs.
   */
  properties[PROP_FETCHER] =
    g_param_spec_object ("fetcher", NULL, NULL,
                         MT_TYPE_FETCHER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MT_TYPE_MATERIALS_PAGE);
  g_type_ensure (MT_TYPE_MONITORING_PAGE);
  g_type_ensure (MT_TYPE_QR_PAGE);
  g_type_ensure (MT_TYPE_EVENTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/mt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, qr_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, materials_page);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, events_page);
  gtk_widget_class_bind_template_callback (widget_class, catalog_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, MtWindow, monitoring_page);
  gtk_widget_class_bind_template_callback (widget_class, page_add_toast_cb);
}

static void
mt_window_init (MtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mt_window_new:
 * @application: the application the window belongs to
 * @settings: the application's settings
 * @fetcher: the application's fetcher
 *
 * Returns: (transfer none): a new window, owned by GTK's list of toplevels
 */
MtWindow *
mt_window_new (GtkApplication *application,
               GSettings      *settings,
               MtFetcher      *fetcher)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (MT_IS_FETCHER (fetcher), NULL);

  return g_object_new (MT_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       "fetcher", fetcher,
                       NULL);
}

/**
 * mt_window_get_settings:
 * @self: a #MtWindow
 *
 * Returns: (transfer none): the settings the window was given
 */
GSettings *
mt_window_get_settings (MtWindow *self)
{
  g_return_val_if_fail (MT_IS_WINDOW (self), NULL);

  return self->settings;
}

/**
 * mt_window_add_toast:
 * @self: a #MtWindow
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast over the window's pages; pages report through this.
 */
void
mt_window_add_toast (MtWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
