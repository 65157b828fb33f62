/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-application.c: the Metodist application, owner of the long-lived state */
#define G_LOG_DOMAIN "mt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-application.h"
#include "mt-catalog-editor.h"
#include "mt-fetcher.h"
#include "mt-preferences-window.h"
#include "mt-renderer.h"
#include "mt-window.h"
#include "mt-worker.h"

struct _MtApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  MtFetcher *fetcher;   /* one session for every page, with the copies kept */
  char *gl_renderer;    /* the OpenGL renderer looked at, or NULL */
};

G_DEFINE_FINAL_TYPE (MtApplication, mt_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.page::materials", { "<Alt>1", NULL } },
  { "win.page::monitoring", { "<Alt>2", NULL } },
  { "win.page::qr", { "<Alt>3", NULL } },
  { "win.page::events", { "<Alt>4", NULL } },
  /* Shift+F5, as presentation programs start a slide show; F5 reloads. */
  { "win.deck", { "<Shift>F5", NULL } },
};

static MtWindow *
get_or_create_window (MtApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (mt_window_new (GTK_APPLICATION (self), self->settings, self->fetcher));

  return MT_WINDOW (window);
}

static void
mt_application_activate (GApplication *app)
{
  MtApplication *self = MT_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (get_or_create_window (self)));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MtApplication *self = user_data;
  GList *windows;

  /* Unsaved changes to the catalog are asked about first: the editor goes
   * on with the quit once it has closed. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MT_IS_CATALOG_EDITOR (l->data) && mt_catalog_editor_get_dirty (l->data))
      {
        mt_catalog_editor_close_then_quit (l->data);
        return;
      }

  /* Closing each window (rather than g_application_quit) lets every window
   * save its size and cancel its own work on the way out. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MtApplication *self = user_data;
  MtPreferencesWindow *preferences = mt_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  /* "Set up the source" buttons open the page where the sources are. */
  if (parameter != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences),
                                                  g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  MtApplication *self = user_data;
  const char *developers[] = { _("The Metodist contributors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Metodist"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Metodist contributors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("The methodologist’s desk for the weekly meetings on how "
                                      "schools use their messenger platform: materials, "
                                      "activity monitoring, QR codes and events."),
                        "copyright", _("© 2026 The Metodist contributors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* TRANSLATORS: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "preferences", preferences_activated_cb },
  { "preferences-page", preferences_activated_cb, "s" },
  { "about", about_activated_cb },
};

static void
mt_application_startup (GApplication *app)
{
  MtApplication *self = MT_APPLICATION (app);

  G_APPLICATION_CLASS (mt_application_parent_class)->startup (app);
  /* With a window, reading and writing yield the cores to it: main() and
   * the tests' harness say so before any thread starts, this for any
   * other way the application is made. */
  mt_worker_set_background (TRUE);
  /* The renderer, before the first window: startup runs in the first
   * instance only, not in one that hands its file over. */
  self->gl_renderer = mt_renderer_avoid_software_gl ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

/* Preferences checks the authority's file when it is chosen; one that
 * went missing since is named when the server's certificate is refused. */
static void
fetch_settings_changed_cb (MtApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (!mt_fetcher_apply_settings (self->fetcher, self->settings, &error))
    g_message ("%s", error->message);
}

static void
mt_application_dispose (GObject *object)
{
  MtApplication *self = MT_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->fetcher);
  g_clear_pointer (&self->gl_renderer, g_free);

  G_OBJECT_CLASS (mt_application_parent_class)->dispose (object);
}

static void
mt_application_class_init (MtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mt_application_dispose;

  app_class->startup = mt_application_startup;
  app_class->activate = mt_application_activate;
}

static void
mt_application_init (MtApplication *self)
{
  /* The schema keeps the release id in every profile, so a development
   * build reads the same keys the tests and the installed app use. */
  self->settings = g_settings_new (BASE_APPLICATION_ID);

  {
    g_autoptr(MtFetchCache) cache = mt_fetch_cache_new (NULL);

    self->fetcher = mt_fetcher_new ();
    mt_fetcher_set_cache (self->fetcher, cache);
  }
  fetch_settings_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::redirect-hosts", G_CALLBACK (fetch_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::extra-authority-file",
                           G_CALLBACK (fetch_settings_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * mt_application_new:
 * @application_id: the application id (with ".Devel" in development builds)
 * @flags: the application flags
 *
 * Returns: (transfer full): a new #MtApplication
 */
MtApplication *
mt_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (MT_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * mt_application_get_settings:
 * @self: a #MtApplication
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
mt_application_get_settings (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * mt_application_get_fetcher:
 * @self: a #MtApplication
 *
 * Returns: (transfer none): the one fetcher of feeds and catalogs, with the
 *   copies kept and the user's network settings
 */
MtFetcher *
mt_application_get_fetcher (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), NULL);

  return self->fetcher;
}

/**
 * mt_application_get_gl_renderer:
 * @self: a #MtApplication
 *
 * Returns: (nullable): the OpenGL renderer looked at when the application
 *   started, to choose GTK's renderer (mt-renderer.c), or %NULL if none
 *   was looked for or found
 */
const char *
mt_application_get_gl_renderer (MtApplication *self)
{
  g_return_val_if_fail (MT_IS_APPLICATION (self), NULL);

  return self->gl_renderer;
}
