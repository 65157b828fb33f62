/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-page.c: the QR codes page */
#define G_LOG_DOMAIN "mt-qr-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog.h"
#include "mt-error-dialog.h"
#include "mt-format.h"
#include "mt-presenter-window.h"
#include "mt-qr-page.h"
#include "mt-qr-render.h"
#include "mt-qr-view.h"
#include "mt-toast.h"

/* Codes a user made lately, to pick again and to step through in the hall. */
#define HISTORY_LENGTH 10
/* Vector files are this many points wide; PNG takes the user's size. */
#define VECTOR_SIZE 512
/* What "Copy Image" puts on the clipboard, in pixels. */
#define CLIPBOARD_SIZE 1024

struct _MtQrPage
{
  AdwBin parent_instance;

  GSettings *settings;
  MtCatalog *catalog;      /* the meeting's, to name its links in the hall */
  gboolean loading;        /* filling the controls from the settings */

  AdwEntryRow *text_row;
  GtkLabel *info_label;
  AdwComboRow *level_row;
  GtkSpinButton *margin_spin;
  GtkSpinButton *png_size_spin;
  AdwEntryRow *caption_row;
  GtkColorButton *dark_button;
  GtkColorButton *light_button;
  AdwPreferencesGroup *recent_group;
  GtkStack *preview_stack;
  MtQrView *view;

  GPtrArray *recent_rows;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (MtQrPage, mt_qr_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (MtQrPage   *self,
       const char *message)
{
  g_autoptr(AdwToast) toast = mt_toast_new (message);

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static MtQrColor
color_of (GtkColorButton *button)
{
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  return (MtQrColor) { rgba.red, rgba.green, rgba.blue };
}

static void
set_color (GtkColorButton *button,
           const char     *text)
{
  GdkRGBA rgba;

  if (gdk_rgba_parse (&rgba, text))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button), &rgba);
}

/* The style the controls say; the caption points into the row's text. */
static MtQrStyle
current_style (MtQrPage *self)
{
  MtQrStyle style = MT_QR_STYLE_INIT;

  style.margin = gtk_spin_button_get_value_as_int (self->margin_spin);
  style.dark = color_of (self->dark_button);
  style.light = color_of (self->light_button);
  style.caption = gtk_editable_get_text (GTK_EDITABLE (self->caption_row));
  return style;
}

static MtQrLevel
current_level (MtQrPage *self)
{
  return MIN (adw_combo_row_get_selected (self->level_row), MT_QR_LEVEL_H);
}

/* What a phone may trip over: a scheme it will not open, a host name that
 * it shows in its ASCII form. */
static char *
warnings_for (const char *text)
{
  g_autofree char *scheme = g_uri_parse_scheme (text);
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (scheme == NULL)
    return NULL;
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return g_strdup_printf (_("Phones may not open “%s:” links; a code for a web page starts with https://."),
                            scheme);

  /* GUri gives an internationalised host in its ASCII ("xn--") form. */
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (host != NULL && g_hostname_is_ascii_encoded (host))
    return g_strdup_printf (_("The host name is not in Latin letters: phones show it as %s."), host);
  return NULL;
}

static void
update_code (MtQrPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  MtQrStyle style = current_style (self);
  MtQrLevel level = current_level (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *have = NULL;
  g_autofree char *most = NULL;
  MtQrCode *code = NULL;
  gboolean ready;

  if (*text == '\0')
    {
      gtk_label_set_label (self->info_label,
                           _("Paste the link to the methodological recommendations or to any material."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->info_label), "error");
    }
  else if ((code = mt_qr_code_new (text, level, &error)) == NULL ||
           !mt_qr_style_check (&style, &error))
    {
      g_clear_pointer (&code, mt_qr_code_free);
      gtk_label_set_label (self->info_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->info_label), "error");
    }
  else
    {
      g_autofree char *counter = NULL;

      /* "41 of 2 331 bytes · version 3", and what may trip a phone up. */
      have = mt_format_count (strlen (text));
      most = mt_format_count (mt_qr_level_capacity (level));
      counter = g_strdup_printf (_("%s of %s bytes · version %u"), have, most,
                                 mt_qr_code_get_version (code));
      warning = warnings_for (text);
      if (warning != NULL)
        {
          g_autofree char *both = g_strconcat (counter, "\n", warning, NULL);

          gtk_label_set_label (self->info_label, both);
        }
      else
        {
          gtk_label_set_label (self->info_label, counter);
        }
      gtk_widget_remove_css_class (GTK_WIDGET (self->info_label), "error");
    }

  ready = code != NULL;
  mt_qr_view_set_code (self->view, code, &style);
  gtk_stack_set_visible_child_name (self->preview_stack, ready ? "code" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "qr.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "qr.save-to", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "qr.copy", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "qr.present", ready);
}

static void
settings_changed_cb (MtQrPage *self)
{
  g_autofree char *dark = NULL;
  g_autofree char *light = NULL;
  MtQrColor color;

  update_code (self);
  if (self->settings == NULL || self->loading)
    return;

  /* The last look is remembered; the text goes into the history when used. */
  g_settings_set_string (self->settings, "qr-level", mt_qr_level_name (current_level (self)));
  g_settings_set_uint (self->settings, "qr-margin", gtk_spin_button_get_value_as_int (self->margin_spin));
  g_settings_set_string (self->settings, "qr-caption",
                         gtk_editable_get_text (GTK_EDITABLE (self->caption_row)));
  color = color_of (self->dark_button);
  dark = mt_qr_color_to_string (&color);
  color = color_of (self->light_button);
  light = mt_qr_color_to_string (&color);
  g_settings_set_string (self->settings, "qr-dark", dark);
  g_settings_set_string (self->settings, "qr-light", light);
}

static void
recent_row_activated_cb (AdwActionRow *row,
                         MtQrPage     *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), g_object_get_data (G_OBJECT (row), "text"));
}

static void
rebuild_recent (MtQrPage *self)
{
  g_auto(GStrv) history = g_settings_get_strv (self->settings, "qr-history");

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);

  for (guint i = 0; history[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* Plain text, switched before the title is set, or it is read once as
       * markup (a link with "&"). */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), history[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "text", g_strdup (history[i]), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (recent_row_activated_cb), self, 0);
      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), history[0] != NULL);
}

/* The current text first, without repeats, at most HISTORY_LENGTH. */
static void
remember_text (MtQrPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  g_auto(GStrv) history = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint kept = 1;

  if (self->settings == NULL || *text == '\0')
    return;

  history = g_settings_get_strv (self->settings, "qr-history");
  g_strv_builder_add (builder, text);
  for (guint i = 0; history[i] != NULL && kept < HISTORY_LENGTH; i++)
    {
      if (g_str_equal (history[i], text))
        continue;
      g_strv_builder_add (builder, history[i]);
      kept++;
    }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "qr-history", (const char * const *) updated);
}

static MtQrCode *
current_code (MtQrPage  *self,
              GError   **error)
{
  return mt_qr_code_new (gtk_editable_get_text (GTK_EDITABLE (self->text_row)),
                         current_level (self), error);
}

static void
save_to (MtQrPage   *self,
         const char *path)
{
  g_autoptr(MtQrCode) code = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;
  MtQrStyle style = current_style (self);
  MtQrFormat format;
  guint size;

  if (!mt_qr_format_for_path (path, &format))
    {
      message = g_strdup_printf (_("“%s” is not a PNG, SVG or PDF file name."), name);
      toast (self, message);
      return;
    }

  size = format == MT_QR_FORMAT_PNG && self->settings != NULL
         ? g_settings_get_uint (self->settings, "qr-png-size") : VECTOR_SIZE;
  code = current_code (self, &error);
  if (code == NULL || !mt_qr_write (code, &style, format, size, path, &error))
    {
      /* Whole, in a dialog: it names the file and the cause. */
      mt_error_dialog_present (GTK_WIDGET (self), "not-saved-dialog", _("The QR Code Was Not Saved"),
                               error->message);
      return;
    }

  remember_text (self);
  message = g_strdup_printf (_("Saved “%s”"), name);
  toast (self, message);
}

static void
save_to_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_to (MT_QR_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     MtQrPage        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      MtQrFormat format;

      if (path == NULL)
        {
          toast (self, _("Codes can only be saved to a local folder."));
        }
      else
        {
          /* A name without a known extension is saved as PNG. */
          if (!mt_qr_format_for_path (path, &format))
            {
              char *png = g_strconcat (path, ".png", NULL);

              g_free (path);
              path = png;
            }
          save_to (self, path);
        }
    }
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static char *
suggested_name (MtQrPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  g_autofree char *title = self->catalog != NULL ? mt_catalog_title_for_url (self->catalog, text) : NULL;

  return mt_qr_file_name (text, title);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  self->chooser = gtk_file_chooser_native_new (_("Save QR Code"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  {
    g_autofree char *name = suggested_name (self);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  }
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PNG image (for slides and messengers)"), "*.png");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("SVG drawing (any size)"), "*.svg");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PDF document (for print)"), "*.pdf");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);
  MtQrStyle style = current_style (self);
  g_autoptr(MtQrCode) code = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  code = current_code (self, &error);
  if (code != NULL)
    png = mt_qr_render (code, &style, MT_QR_FORMAT_PNG, CLIPBOARD_SIZE, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      toast (self, error->message);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  remember_text (self);
  toast (self, _("Copied the code as an image"));
}

/* Adds @text to the presenter under the title the catalog gives it, if any:
 * a hall reads «Методические рекомендации», not a long address. */
static void
add_to_presenter (MtQrPage          *self,
                  MtPresenterWindow *presenter,
                  const char        *text)
{
  g_autofree char *title = self->catalog != NULL ? mt_catalog_title_for_url (self->catalog, text) : NULL;

  mt_presenter_window_add (presenter, title != NULL ? title : text, text);
}

static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);
  MtQrStyle style = current_style (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  g_auto(GStrv) history = NULL;
  MtPresenterWindow *presenter;
  GtkRoot *root = gtk_widget_get_root (widget);

  remember_text (self);
  presenter = mt_presenter_window_new (&style, current_level (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (presenter), GTK_WINDOW (root));

  /* The current code first, then the recent ones to step to. */
  add_to_presenter (self, presenter, text);
  history = self->settings != NULL ? g_settings_get_strv (self->settings, "qr-history")
                                   : g_new0 (char *, 1);
  for (guint i = 0; history[i] != NULL; i++)
    if (!g_str_equal (history[i], text))
      add_to_presenter (self, presenter, history[i]);

  gtk_window_present (GTK_WINDOW (presenter));
}

/* Another page's links for the hall, in its order: (title, text) pairs. */
static void
present_items_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);
  MtQrStyle style = current_style (self);
  MtPresenterWindow *presenter;
  GtkRoot *root = gtk_widget_get_root (widget);
  GVariantIter iter;
  const char *title, *text;

  if (g_variant_n_children (parameter) == 0)
    return;
  presenter = mt_presenter_window_new (&style, current_level (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (presenter), GTK_WINDOW (root));
  g_variant_iter_init (&iter, parameter);
  while (g_variant_iter_next (&iter, "(&s&s)", &title, &text))
    mt_presenter_window_add (presenter, title, text);
  gtk_window_present (GTK_WINDOW (presenter));
}

static void
set_text_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);
  GtkWidget *scrolled = adw_bin_get_child (ADW_BIN (self));

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), g_variant_get_string (parameter, NULL));
  /* A code asked for from another page is shown, not left below the fold. */
  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

/* A text offered by another page (the catalog's recommendations): taken
 * only while the user has typed nothing. */
static void
suggest_text_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MtQrPage *self = MT_QR_PAGE (widget);

  if (*gtk_editable_get_text (GTK_EDITABLE (self->text_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->text_row), g_variant_get_string (parameter, NULL));
}

static void
history_changed_cb (GSettings  *settings,
                    const char *key,
                    MtQrPage   *self)
{
  rebuild_recent (self);
}

/**
 * mt_qr_page_set_catalog:
 * @catalog: (nullable): the meeting's catalog, whose titles name its links
 *   in the presenter
 */
void
mt_qr_page_set_catalog (MtQrPage  *self,
                        MtCatalog *catalog)
{
  g_return_if_fail (MT_IS_QR_PAGE (self));
  g_set_object (&self->catalog, catalog);
}

/**
 * mt_qr_page_set_settings:
 * @settings: the application's settings, where the page keeps its look
 *   and its recent texts
 */
void
mt_qr_page_set_settings (MtQrPage  *self,
                         GSettings *settings)
{
  g_autofree char *level = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *light = NULL;
  MtQrLevel parsed = MT_QR_LEVEL_M;

  g_return_if_fail (MT_IS_QR_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (self->settings == NULL);

  self->settings = g_object_ref (settings);
  level = g_settings_get_string (settings, "qr-level");
  caption = g_settings_get_string (settings, "qr-caption");
  dark = g_settings_get_string (settings, "qr-dark");
  light = g_settings_get_string (settings, "qr-light");
  mt_qr_level_parse (level, &parsed);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->level_row, parsed);
  gtk_spin_button_set_value (self->margin_spin, g_settings_get_uint (settings, "qr-margin"));
  gtk_editable_set_text (GTK_EDITABLE (self->caption_row), caption);
  set_color (self->dark_button, dark);
  set_color (self->light_button, light);
  self->loading = FALSE;

  g_settings_bind (settings, "qr-png-size", self->png_size_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::qr-history", G_CALLBACK (history_changed_cb), self, 0);
  rebuild_recent (self);
  update_code (self);
}

static void
mt_qr_page_dispose (GObject *object)
{
  MtQrPage *self = MT_QR_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_QR_PAGE);

  G_OBJECT_CLASS (mt_qr_page_parent_class)->dispose (object);
}

static void
mt_qr_page_finalize (GObject *object)
{
  MtQrPage *self = MT_QR_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (mt_qr_page_parent_class)->finalize (object);
}

static void
mt_qr_page_class_init (MtQrPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_qr_page_dispose;
  object_class->finalize = mt_qr_page_finalize;

  /**
   * MtQrPage::add-toast:
   * @toast: what to tell the user; a handler that shows it takes a ref
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MT_TYPE_QR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/qr/mt-qr-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, text_row);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, info_label);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, margin_spin);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, png_size_spin);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, caption_row);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, dark_button);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, light_button);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, MtQrPage, view);
  gtk_widget_class_bind_template_callback (widget_class, settings_changed_cb);

  gtk_widget_class_install_action (widget_class, "qr.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "qr.save-to", "s", save_to_activated);
  gtk_widget_class_install_action (widget_class, "qr.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "qr.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "qr.set-text", "s", set_text_activated);
  gtk_widget_class_install_action (widget_class, "qr.suggest-text", "s", suggest_text_activated);
  gtk_widget_class_install_action (widget_class, "qr.present-items", "a(ss)", present_items_activated);
}

/* GtkColorButton (GTK 4.8) keeps its own label off the button inside it,
 * which is what takes the focus: a screen reader would say nothing. */
static void
name_color_button (GtkColorButton *button,
                   const char     *label)
{
  GtkWidget *inner = gtk_widget_get_first_child (GTK_WIDGET (button));

  if (GTK_IS_BUTTON (inner))
    gtk_accessible_update_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
mt_qr_page_init (MtQrPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  name_color_button (self->dark_button, _("Code Colour"));
  name_color_button (self->light_button, _("Background Colour"));

  self->recent_rows = g_ptr_array_new ();
  set_color (self->dark_button, "#000000");
  set_color (self->light_button, "#ffffff");
  gtk_editable_set_text (GTK_EDITABLE (self->caption_row), _("Scan me"));
  update_code (self);
}
