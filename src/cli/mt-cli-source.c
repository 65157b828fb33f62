/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-source.c: what a command reads: a file, standard input or a web
 * address (through an MtFeed, with the copies the window keeps), and the
 * window's settings when they are installed
 *
 * A server out of reach gives the copy kept, with a warning on standard
 * error; what was fetched becomes the copy only once the command has
 * read it without a document problem. */
#define G_LOG_DOMAIN "mt-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-cli-source.h"
#include "mt-feed.h"
#include "mt-format.h"

/* The window's settings, when installed: the command line runs on servers
 * without them too. A service account whose home does not exist
 * (HOME=/nonexistent) has none either, and dconf would complain of the
 * folders it cannot make on every run (from a user's try). */
static GSettings *
window_settings (void)
{
  GSettingsSchemaSource *schemas = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (schemas == NULL || !g_file_test (g_get_user_config_dir (), G_FILE_TEST_IS_DIR))
    return NULL;
  schema = g_settings_schema_source_lookup (schemas, BASE_APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "catalog-source"))
    return NULL;
  return g_settings_new (BASE_APPLICATION_ID);
}

/* Returns: (nullable): a string the window's settings hold, or %NULL for
 *   none or empty */
char *
mt_cli_configured (const char *key)
{
  g_autoptr(GSettings) settings = window_settings ();
  g_autofree char *value = NULL;

  if (settings == NULL)
    return NULL;
  value = g_settings_get_string (settings, key);
  return *value != '\0' ? g_steal_pointer (&value) : NULL;
}

/* Returns: (transfer full) (nullable): a list the window's settings hold,
 *   or %NULL for none or empty */
GStrv
mt_cli_configured_list (const char *key)
{
  g_autoptr(GSettings) settings = window_settings ();
  g_auto(GStrv) value = NULL;

  if (settings == NULL)
    return NULL;
  value = g_settings_get_strv (settings, key);
  return value[0] != NULL ? g_steal_pointer (&value) : NULL;
}

typedef struct
{
  GObject *loaded;
  GError *error;
  gboolean done;
} Loading;

/* The command's own reader, as the feed's owner and the snapshot its
 * parser is given (a function pointer is not a gpointer in ISO C). */
typedef struct
{
  MtCliRead read;
  gpointer data;
} Reader;

static gpointer
parse (GBytes        *bytes,
       const char    *demo,
       gpointer       reader,
       GCancellable  *cancellable,
       GError       **error)
{
  return ((Reader *) reader)->read (bytes, ((Reader *) reader)->data, error);
}

static gpointer
prepare (gpointer reader,
         gboolean again)
{
  return reader;
}

static gboolean
loaded_cb (MtFeed   *feed,
           GObject  *loaded,
           Loading  *loading)
{
  const MtFetched *fetched = mt_feed_get_fetched (feed);

  loading->loaded = g_object_ref (loaded);
  loading->done = TRUE;
  if (fetched != NULL && fetched->offline_reason != NULL)
    {
      g_autofree char *day = mt_format_date (fetched->copy_saved_at);
      g_autofree char *time = g_date_time_format (fetched->copy_saved_at, "%H:%M");

      g_printerr (_("metodist: %s: %s. Using the copy kept on %s at %s."), fetched->url, fetched->offline_reason,
                  day, time);
      g_printerr ("\n");
    }
  /* Taken: a document from the web becomes the copy kept. */
  return TRUE;
}

static void
failed_cb (MtFeed  *feed,
           GError  *error,
           Loading *loading)
{
  loading->error = g_error_copy (error);
  loading->done = TRUE;
}

static void
not_kept_cb (MtFeed  *feed,
             GError  *error,
             Loading *loading)
{
  g_printerr (_("metodist: could not keep a copy of %s: %s"), mt_feed_get_fetched (feed)->url, error->message);
  g_printerr ("\n");
}

/**
 * mt_cli_source_load:
 * @source: a file, "-" for standard input, or an http(s) address
 * @read: what reads the document
 * @data: what @read is given with it
 *
 * Reads @source as the window does, through an #MtFeed: a web address
 * with the copies kept (the copy when the server is out of reach, with a
 * warning on standard error; what came kept once @read took it).
 *
 * Returns: (transfer full): what @read made, or %NULL with an error
 */
GObject *
mt_cli_source_load (const char  *source,
                    MtCliRead    read,
                    gpointer     data,
                    GError     **error)
{
  static const MtFeedParser parser = { prepare, parse, NULL, g_object_unref };
  g_autoptr(MtFetchCache) cache = mt_fetch_cache_new (NULL);
  g_autoptr(GSettings) settings = window_settings ();
  g_autoptr(GError) settings_error = NULL;
  g_autoptr(MtFetcher) fetcher = mt_fetcher_new ();
  g_autoptr(MtFeed) feed = NULL;
  Loading loading = { NULL, NULL, FALSE };
  Reader reader = { read, data };

  mt_fetcher_set_cache (fetcher, cache);
  if (mt_feed_is_web_address (source) && settings != NULL &&
      !mt_fetcher_apply_settings (fetcher, settings, &settings_error))
    g_printerr ("metodist: %s\n", settings_error->message);
  feed = mt_feed_new (fetcher, &parser, &reader);
  g_signal_connect (feed, "loaded", G_CALLBACK (loaded_cb), &loading);
  g_signal_connect (feed, "failed", G_CALLBACK (failed_cb), &loading);
  g_signal_connect (feed, "copy-not-kept", G_CALLBACK (not_kept_cb), &loading);
  if (g_str_equal (source, "-"))
    mt_feed_load_stdin (feed);
  else
    {
      mt_feed_set_source (feed, source);
      mt_feed_refresh (feed);
    }
  while (!loading.done)
    g_main_context_iteration (NULL, TRUE);
  mt_feed_stop (feed);
  if (loading.error != NULL)
    {
      g_propagate_error (error, loading.error);
      return NULL;
    }
  return loading.loaded;
}
