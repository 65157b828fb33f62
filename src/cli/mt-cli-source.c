/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-source.c: what a command reads: a file, standard input or a web
 * address (through the fetcher and the copies the window keeps), and the
 * window's settings when they are installed
 *
 * A server out of reach gives the copy kept, with a warning on standard
 * error; what was fetched becomes the copy only once the command has
 * loaded it without a document problem (mt_cli_source_loaded). */
#define G_LOG_DOMAIN "mt-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>

#include "mt-cli-source.h"
#include "mt-fetcher.h"
#include "mt-format.h"
#include "mt-source.h"

struct _MtCliSource
{
  GBytes *bytes;
  MtFetcher *fetcher;   /* for a web address */
  MtFetched *fetched;
};

/* The window's settings, when installed: the command line runs on servers
 * without them too. */
static GSettings *
window_settings (void)
{
  GSettingsSchemaSource *schemas = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (schemas == NULL)
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

typedef struct
{
  MtFetched *fetched;
  GError *error;
  gboolean done;
} Fetching;

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetching *fetching = user_data;

  fetching->fetched = mt_fetcher_get_finish (MT_FETCHER (source), result, &fetching->error);
  fetching->done = TRUE;
}

static gboolean
fetch (MtCliSource  *source,
       const char   *url,
       GError      **error)
{
  g_autoptr(MtFetchCache) cache = mt_fetch_cache_new (NULL);
  g_autoptr(GSettings) settings = window_settings ();
  g_autoptr(GError) settings_error = NULL;
  Fetching fetching = { 0 };

  source->fetcher = mt_fetcher_new ();
  mt_fetcher_set_cache (source->fetcher, cache);
  if (settings != NULL && !mt_fetcher_apply_settings (source->fetcher, settings, &settings_error))
    g_printerr ("metodist: %s\n", settings_error->message);
  mt_fetcher_get_async (source->fetcher, url, MT_FETCH_FEED_DEADLINE_SECONDS, MT_FETCH_FEED_MAX_BYTES, NULL,
                        fetched_cb, &fetching);
  while (!fetching.done)
    g_main_context_iteration (NULL, TRUE);
  if (fetching.error != NULL)
    {
      g_propagate_error (error, fetching.error);
      return FALSE;
    }
  source->fetched = fetching.fetched;
  source->bytes = g_bytes_ref (source->fetched->body);
  if (source->fetched->offline_reason != NULL)
    {
      g_autofree char *day = mt_format_date (source->fetched->copy_saved_at);
      g_autofree char *time = g_date_time_format (source->fetched->copy_saved_at, "%H:%M");

      g_printerr (_("metodist: %s: %s. Using the copy kept on %s at %s."), url, source->fetched->offline_reason,
                  day, time);
      g_printerr ("\n");
    }
  return TRUE;
}

/**
 * mt_cli_source_read:
 * @source: a file, "-" for standard input, or an http(s) address
 *
 * Returns: (transfer full): what it holds, or %NULL with an error
 */
MtCliSource *
mt_cli_source_read (const char  *source,
                    GError     **error)
{
  g_autoptr(MtCliSource) read = g_new0 (MtCliSource, 1);
  g_autofree char *scheme = g_uri_parse_scheme (source);

  /* Anything with a scheme but file: goes to the fetcher, which takes
   * only http: and https: and names the rest. */
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0)
    return fetch (read, source, error) ? g_steal_pointer (&read) : NULL;
  if (g_str_equal (source, "-"))
    {
      g_autoptr(GInputStream) input = g_unix_input_stream_new (0, FALSE);

      read->bytes = mt_source_read_stream (input, NULL, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (source);

      read->bytes = mt_source_read_file (file, NULL, error);
    }
  return read->bytes != NULL ? g_steal_pointer (&read) : NULL;
}

GBytes *
mt_cli_source_bytes (MtCliSource *source)
{
  return source->bytes;
}

/* The document loaded: a fetched one becomes the copy kept. */
void
mt_cli_source_loaded (MtCliSource *source)
{
  g_autoptr(GError) error = NULL;

  if (source->fetcher == NULL || mt_fetcher_keep (source->fetcher, source->fetched, &error))
    return;
  g_printerr (_("metodist: could not keep a copy of %s: %s"), source->fetched->url, error->message);
  g_printerr ("\n");
}

void
mt_cli_source_free (MtCliSource *source)
{
  if (source == NULL)
    return;
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_pointer (&source->fetched, mt_fetched_free);
  g_clear_object (&source->fetcher);
  g_free (source);
}
