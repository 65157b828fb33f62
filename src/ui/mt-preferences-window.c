/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-preferences-window.c: the application's preferences */
#define G_LOG_DOMAIN "mt-preferences-window"

#include "config.h"

#include "mt-preferences-window.h"

struct _MtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwEntryRow *institute_row;
  AdwEntryRow *municipality_row;
};

G_DEFINE_FINAL_TYPE (MtPreferencesWindow, mt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
