/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-preferences-window.c: the application's preferences */
#define G_LOG_DOMAIN "mt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-fetch-tls.h"
#include "mt-fetcher.h"
#include "mt-preferences-window.h"
#include "mt-toast.h"

struct _MtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwEntryRow *institute_row;
  AdwEntryRow *municipality_row;
  AdwEntryRow *monitoring_source_row;
  AdwEntryRow *catalog_source_row;
  AdwComboRow *refresh_row;
  AdwActionRow *authority_row;
  AdwActionRow *columns_row;
  GtkButton *authority_clear_button;
  AdwEntryRow *redirect_hosts_row;
  GtkFileChooserNative *chooser;
};

/* The automatic refresh's choices, in the combo row's order. */
static const char * const refresh_intervals[] = { "off", "hourly", "daily" };

G_DEFINE_FINAL_TYPE (MtPreferencesWindow, mt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
interval_to_selected (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *interval = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refresh_intervals); i++)
    if (g_str_equal (interval, refresh_intervals[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_interval (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  return selected < G_N_ELEMENTS (refresh_intervals) ? g_variant_new_string (refresh_intervals[selected]) : NULL;
}

/* A row whose text was refused: marked, and the reason in a toast. */
static void
refuse (MtPreferencesWindow *self,
        AdwEntryRow         *row,
        const char          *reason)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), mt_toast_new (reason));
}

static void
accept (MtPreferencesWindow *self,
        AdwEntryRow         *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* A web address (http or https only) or a file that exists; empty for none. */
static void
apply_source (MtPreferencesWindow *self,
              AdwEntryRow         *row,
              const char          *key)
{
  g_autofree char *source = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *scheme = g_uri_parse_scheme (source);
  g_autoptr(GError) error = NULL;

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0)
    {
      g_autoptr(GUri) uri = mt_url_parse (source, &error);

      if (uri == NULL)
        {
          refuse (self, row, error->message);
          return;
        }
    }
  else if (*source != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (source);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is neither a web address nor a file"), source);

          refuse (self, row, message);
          return;
        }
      g_free (source);
      source = g_steal_pointer (&path);
    }
  accept (self, row);
  gtk_editable_set_text (GTK_EDITABLE (row), source);
  g_settings_set_string (self->settings, key, source);
}

static void
monitoring_source_apply_cb (MtPreferencesWindow *self)
{
  apply_source (self, self->monitoring_source_row, "monitoring-source");
}

static void
catalog_source_apply_cb (MtPreferencesWindow *self)
{
  apply_source (self, self->catalog_source_row, "catalog-source");
}

/* Host names, separated by commas or spaces: "files.kirovipk.ru, cdn.kirovipk.ru". */
static void
redirect_hosts_apply_cb (MtPreferencesWindow *self)
{
  g_auto(GStrv) words = g_regex_split_simple ("[\\s,;]+", gtk_editable_get_text (GTK_EDITABLE (self->redirect_hosts_row)),
                                              0, 0);
  g_autoptr(GStrvBuilder) hosts = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      /* A host, not an address: "https://files.kirovipk.ru/" is a common slip. */
      if (strpbrk (words[i], "/:@?#") != NULL || !g_utf8_validate (words[i], -1, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a server name: write it as files.example.ru"),
                                                      words[i]);

          refuse (self, self->redirect_hosts_row, message);
          return;
        }
      g_strv_builder_add (hosts, words[i]);
    }
  kept = g_strv_builder_end (hosts);
  accept (self, self->redirect_hosts_row);
  text = g_strjoinv (", ", kept);
  gtk_editable_set_text (GTK_EDITABLE (self->redirect_hosts_row), text);
  g_settings_set_strv (self->settings, "redirect-hosts", (const char * const *) kept);
}

static void
authority_changed_cb (MtPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "extra-authority-file");
  g_autofree char *name = *path != '\0' ? g_filename_display_name (path) : NULL;

  adw_action_row_set_subtitle (self->authority_row, name != NULL ? name : _("None: only the system’s authorities"));
  gtk_widget_set_visible (GTK_WIDGET (self->authority_clear_button), name != NULL);
}

/* The file is checked before it is trusted: a file with no certificate
 * would otherwise be named only at the next refused connection. */
static void
set_authority_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GTlsDatabase) authority = NULL;
  g_autoptr(GError) error = NULL;

  authority = mt_fetch_tls_load_ca_file (path, &error);
  if (authority == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), mt_toast_new (error->message));
      return;
    }
  g_settings_set_string (self->settings, "extra-authority-file", path);
}

static void
clear_authority_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  g_settings_set_string (MT_PREFERENCES_WINDOW (widget)->settings, "extra-authority-file", "");
}

static void
authority_chosen_cb (GtkNativeDialog     *dialog,
                     int                  response,
                     MtPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "preferences.set-authority", "s", path);
}

static void
choose_authority_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Certificates (PEM)"));
  gtk_file_filter_add_pattern (filter, "*.pem");
  gtk_file_filter_add_pattern (filter, "*.crt");
  gtk_file_filter_add_pattern (filter, "*.cer");
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose the Certificate Authority"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Trust"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (authority_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The choices made for table columns ("What do these columns hold?"), and
 * a way to forget them: a wrong one would otherwise stay for ever. */
static void
columns_changed_cb (MtPreferencesWindow *self)
{
  g_autoptr(GVariant) fields = g_settings_get_value (self->settings, "table-header-fields");
  guint n = g_variant_n_children (fields);
  g_autofree char *subtitle = n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u column remembered",
                                                                    "%u columns remembered", n), n)
                                    : g_strdup (_("None: tables with unknown headers ask what they hold"));

  adw_action_row_set_subtitle (self->columns_row, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.forget-columns", n > 0);
}

static void
forget_columns_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (widget);

  g_settings_reset (self->settings, "table-header-fields");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    mt_toast_new (_("The columns’ choices are forgotten")));
}

static void
mt_preferences_window_constructed (GObject *object)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (mt_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  /* Saved as typed: exports put this name in their document properties. */
  g_settings_bind (self->settings, "institute", self->institute_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "my-municipality", self->municipality_row, "text",
                   G_SETTINGS_BIND_DEFAULT);

  /* Addresses are taken on Apply, once checked: a half-typed address must
   * not be fetched. */
  {
    g_autofree char *source = g_settings_get_string (self->settings, "monitoring-source");
    g_autofree char *catalog = g_settings_get_string (self->settings, "catalog-source");
    g_auto(GStrv) hosts = g_settings_get_strv (self->settings, "redirect-hosts");
    g_autofree char *hosts_text = g_strjoinv (", ", hosts);

    gtk_editable_set_text (GTK_EDITABLE (self->monitoring_source_row), source);
    gtk_editable_set_text (GTK_EDITABLE (self->catalog_source_row), catalog);
    gtk_editable_set_text (GTK_EDITABLE (self->redirect_hosts_row), hosts_text);
  }
  g_settings_bind_with_mapping (self->settings, "auto-refresh", self->refresh_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, interval_to_selected, selected_to_interval, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::extra-authority-file", G_CALLBACK (authority_changed_cb),
                           self, G_CONNECT_SWAPPED);
  authority_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::table-header-fields", G_CALLBACK (columns_changed_cb),
                           self, G_CONNECT_SWAPPED);
  columns_changed_cb (self);
}

static void
mt_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (mt_preferences_window_parent_class)->dispose (object);
}

static void
mt_preferences_window_finalize (GObject *object)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mt_preferences_window_parent_class)->finalize (object);
}

static void
mt_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MtPreferencesWindow *self = MT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_preferences_window_class_init (MtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mt_preferences_window_constructed;
  object_class->dispose = mt_preferences_window_dispose;
  object_class->finalize = mt_preferences_window_finalize;
  object_class->get_property = mt_preferences_window_get_property;
  object_class->set_property = mt_preferences_window_set_property;

  /**
   * MtPreferencesWindow:settings:
   *
   * The application's settings that this window edits.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/mt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, institute_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, monitoring_source_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, catalog_source_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, refresh_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, authority_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, authority_clear_button);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, redirect_hosts_row);
  gtk_widget_class_bind_template_child (widget_class, MtPreferencesWindow, columns_row);
  gtk_widget_class_bind_template_callback (widget_class, monitoring_source_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, catalog_source_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, redirect_hosts_apply_cb);
  gtk_widget_class_install_action (widget_class, "preferences.choose-authority", NULL, choose_authority_activated);
  gtk_widget_class_install_action (widget_class, "preferences.set-authority", "s", set_authority_activated);
  gtk_widget_class_install_action (widget_class, "preferences.clear-authority", NULL, clear_authority_activated);
  gtk_widget_class_install_action (widget_class, "preferences.forget-columns", NULL, forget_columns_activated);
}

static void
mt_preferences_window_init (MtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mt_preferences_window_new:
 * @settings: the application's settings
 *
 * Returns: (transfer none): a new preferences window, owned by GTK
 */
MtPreferencesWindow *
mt_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (MT_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
