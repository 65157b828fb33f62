/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-feed.c: a feed's whole cycle against a real SoupServer on
 * 127.0.0.1: got, read in a worker, taken or not, its copy kept, the
 * offline copy with its notice, the timer and Retry-After, files, pasted
 * text, the demo, a newer load replacing an older one */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mt-feed.h"
#include "mt-load-error.h"
#include "test-fetch.h"
#include "test-folders.h"
#include "test-server.h"

static SoupServer *server;
static char *base;
static guint requests;

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  requests++;
  if (g_str_equal (path, "/busy"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Retry-After", "7200");
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  /* The document says where it was got: "/a" gives "a". */
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_COPY, path + 1, strlen (path + 1));
}

/* The parser of these tests: a document is its text, refused when it
 * says "bad"; the snapshot is the owner's "choice" when the load began. */
typedef struct
{
  char *choice;
  guint prepared;
  gboolean again;   /* at the last load */
} Owner;

static gpointer
prepare (gpointer data,
         gboolean again)
{
  Owner *owner = data;

  owner->prepared++;
  owner->again = again;
  return g_strdup (owner->choice);
}

static gpointer
parse (GBytes        *bytes,
       const char    *demo,
       gpointer       snapshot,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autofree char *text = bytes != NULL ? g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes))
                                        : g_strconcat ("demo ", demo != NULL ? demo : "latest", NULL);

  /* Not on the main thread: the window never waits for a document. */
  g_assert_false (g_main_context_is_owner (g_main_context_default ()));
  if (strstr (text, "bad") != NULL)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX, "not a document: %s", text);
      return NULL;
    }
  return g_strdup_printf ("%s (%s)", text, (const char *) snapshot);
}

static const MtFeedParser parser = { prepare, parse, g_free, g_free };

typedef struct
{
  char *loaded;
  GError *error;
  GError *not_kept;
  gboolean take;
  guint n_loaded;
  guint n_failed;
} Seen;

static gboolean
loaded_cb (MtFeed   *feed,
           gpointer  parsed,
           Seen     *seen)
{
  g_free (seen->loaded);
  seen->loaded = g_strdup (parsed);
  seen->n_loaded++;
  return seen->take;
}

static void
failed_cb (MtFeed *feed,
           GError *error,
           Seen   *seen)
{
  g_clear_error (&seen->error);
  seen->error = g_error_copy (error);
  seen->n_failed++;
}

static void
not_kept_cb (MtFeed *feed,
             GError *error,
             Seen   *seen)
{
  g_clear_error (&seen->not_kept);
  seen->not_kept = g_error_copy (error);
}

static void
seen_clear (Seen *seen)
{
  g_clear_pointer (&seen->loaded, g_free);
  g_clear_error (&seen->error);
  g_clear_error (&seen->not_kept);
  seen->n_loaded = seen->n_failed = 0;
}

static void
wait_idle (MtFeed *feed)
{
  while (mt_feed_get_busy (feed))
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  MtFetcher *fetcher;
  char *cache_dir;
  MtFeed *feed;
  Owner owner;
  Seen seen;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MtFetchCache) cache = NULL;

  fixture->cache_dir = g_dir_make_tmp ("metodist-feed-XXXXXX", NULL);
  cache = mt_fetch_cache_new (fixture->cache_dir);
  fixture->fetcher = mt_fetcher_new ();
  mt_fetcher_set_cache (fixture->fetcher, cache);
  fixture->owner.choice = g_strdup ("first");
  fixture->feed = mt_feed_new (fixture->fetcher, &parser, &fixture->owner);
  fixture->seen.take = TRUE;
  g_signal_connect (fixture->feed, "loaded", G_CALLBACK (loaded_cb), &fixture->seen);
  g_signal_connect (fixture->feed, "failed", G_CALLBACK (failed_cb), &fixture->seen);
  g_signal_connect (fixture->feed, "copy-not-kept", G_CALLBACK (not_kept_cb), &fixture->seen);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  MtFeed *feed = fixture->feed;
  gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  /* A request given up still holds the feed until it comes back. */
  g_object_add_weak_pointer (G_OBJECT (feed), (gpointer *) &feed);
  g_object_unref (fixture->feed);
  while (feed != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (feed);
  g_assert_finalize_object (fixture->fetcher);
  seen_clear (&fixture->seen);
  g_free (fixture->owner.choice);
  test_remove_folder (fixture->cache_dir);
  g_free (fixture->cache_dir);
}

/* A web document taken becomes the copy; with the server gone the copy is
 * given, with a notice naming why and when it was kept. */
static void
test_web_copy (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *url = g_strconcat (base, "/week", NULL);

  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  g_assert_true (mt_feed_get_busy (fixture->feed));
  wait_idle (fixture->feed);
  g_assert_cmpstr (fixture->seen.loaded, ==, "week (first)");
  g_assert_cmpint (mt_feed_get_origin (fixture->feed), ==, MT_FEED_WEB);
  g_assert_cmpstr (mt_feed_get_label (fixture->feed), ==, "127.0.0.1");
  g_assert_null (mt_feed_get_offline_notice (fixture->feed));
  g_assert_null (fixture->seen.not_kept);

  /* The server gone: the copy kept is given, with its notice. */
  soup_server_disconnect (server);
  g_clear_object (&server);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 2);
  g_assert_cmpstr (fixture->seen.loaded, ==, "week (first)");
  g_assert_nonnull (mt_feed_get_offline_notice (fixture->feed));
  g_assert_nonnull (strstr (mt_feed_get_offline_notice (fixture->feed), "127.0.0.1"));
  g_assert_true (mt_feed_get_fetched (fixture->feed)->from_copy);

  /* Other data taken: the notice goes. */
  mt_feed_load_demo (fixture->feed, NULL, "demo");
  wait_idle (fixture->feed);
  g_assert_cmpstr (fixture->seen.loaded, ==, "demo latest (first)");
  g_assert_null (mt_feed_get_offline_notice (fixture->feed));
  g_clear_pointer (&base, g_free);
  server = test_server_new (handle_cb, NULL, &base);
}

/* A document the owner did not take is not kept: with the server gone,
 * there is no copy, and the failure says the server is out of reach. */
static void
test_not_taken (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SoupServer) own = NULL;
  g_autofree char *own_base = NULL;
  g_autofree char *url = NULL;

  own = test_server_new (handle_cb, NULL, &own_base);
  url = g_strconcat (own_base, "/asked", NULL);
  fixture->seen.take = FALSE;
  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 1);

  soup_server_disconnect (own);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 1);
  g_assert_error (fixture->seen.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK);
}

/* A document that does not read fails with the parser's error; what the
 * owner took before stays its own business, and no copy is made. */
static void
test_bad_document (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *url = g_strconcat (base, "/bad", NULL);

  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 0);
  g_assert_error (fixture->seen.error, MT_LOAD_ERROR, MT_LOAD_ERROR_SYNTAX);
  g_assert_false (mt_feed_get_busy (fixture->feed));
}

/* The user's interval, never sooner than the server's Retry-After, and
 * none for a source not on the web. */
static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *url = g_strconcat (base, "/week", NULL);
  g_autofree char *busy = g_strconcat (base, "/busy", NULL);

  g_assert_cmpuint (mt_feed_interval_for ("hourly"), ==, 3600);
  g_assert_cmpuint (mt_feed_interval_for ("daily"), ==, 86400);
  g_assert_cmpuint (mt_feed_interval_for ("off"), ==, 0);

  mt_feed_set_source (fixture->feed, url);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 0);
  mt_feed_set_interval (fixture->feed, 3600);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 3600);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 3600);

  /* A busy server: a failure, and the timer waits as long as it asked. */
  mt_feed_set_source (fixture->feed, busy);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_error (fixture->seen.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), >=, 7100);

  /* A fetch given up for another document leaves the next one due. */
  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  mt_feed_load_demo (fixture->feed, NULL, "demo");
  wait_idle (fixture->feed);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 3600);

  mt_feed_set_source (fixture->feed, "/tmp/monitoring.csv");
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 0);
  mt_feed_set_interval (fixture->feed, 0);
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 0);
}

/* Files and pasted text read in the worker; a file that is not there
 * fails naming it; a reload reads again with the owner's new choice. */
static void
test_file_and_text (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->cache_dir, "week.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->cache_dir, "missing.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GBytes) text = g_bytes_new_static ("pasted", 6);

  g_assert_true (g_file_set_contents (path, "from a file", -1, NULL));
  mt_feed_set_source (fixture->feed, path);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpstr (fixture->seen.loaded, ==, "from a file (first)");
  g_assert_cmpint (mt_feed_get_origin (fixture->feed), ==, MT_FEED_FILE);
  g_assert_cmpstr (mt_feed_get_label (fixture->feed), ==, "week.txt");

  mt_feed_load_file (fixture->feed, file, "missing.txt");
  wait_idle (fixture->feed);
  g_assert_error (fixture->seen.error, MT_LOAD_ERROR, MT_LOAD_ERROR_READ);
  g_assert_nonnull (strstr (fixture->seen.error->message, "missing.txt"));

  mt_feed_load_bytes (fixture->feed, text, "a pasted table");
  wait_idle (fixture->feed);
  g_assert_cmpstr (fixture->seen.loaded, ==, "pasted (first)");
  g_free (fixture->owner.choice);
  fixture->owner.choice = g_strdup ("second");
  g_assert_false (fixture->owner.again);
  mt_feed_reload (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_true (fixture->owner.again);
  g_assert_cmpstr (fixture->seen.loaded, ==, "pasted (second)");
  g_assert_cmpint (mt_feed_get_origin (fixture->feed), ==, MT_FEED_TEXT);
  g_remove (path);
}

/* A refresh that failed leaves the document last read to be read again
 * (the user answering a question about the table still shown). */
static void
test_reload_after_failure (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *busy = g_strconcat (base, "/busy", NULL);
  g_autoptr(GBytes) text = g_bytes_new_static ("pasted", 6);

  mt_feed_load_bytes (fixture->feed, text, "a pasted table");
  wait_idle (fixture->feed);
  mt_feed_set_source (fixture->feed, busy);
  mt_feed_refresh (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_error (fixture->seen.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  g_assert_cmpint (mt_feed_get_origin (fixture->feed), ==, MT_FEED_WEB);

  g_free (fixture->owner.choice);
  fixture->owner.choice = g_strdup ("columns given");
  mt_feed_reload (fixture->feed);
  wait_idle (fixture->feed);
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 2);
  g_assert_cmpstr (fixture->seen.loaded, ==, "pasted (columns given)");
  g_assert_cmpint (mt_feed_get_origin (fixture->feed), ==, MT_FEED_TEXT);
}

/* A load begun while another is under way replaces it: only the newer
 * one is loaded. */
static void
test_newer_wins (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *url = g_strconcat (base, "/older", NULL);
  g_autoptr(GBytes) text = g_bytes_new_static ("newer", 5);

  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  mt_feed_load_bytes (fixture->feed, text, "a pasted table");
  wait_idle (fixture->feed);
  /* Long enough for the older request to have come back, were it heard. */
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 1);
  g_assert_cmpstr (fixture->seen.loaded, ==, "newer (first)");
  g_assert_null (mt_feed_get_fetched (fixture->feed));
}

/* Stopped (its owner going): no load is heard, no timer runs, and the
 * owner is not asked again. */
static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *url = g_strconcat (base, "/week", NULL);

  mt_feed_set_interval (fixture->feed, 3600);
  mt_feed_set_source (fixture->feed, url);
  mt_feed_refresh (fixture->feed);
  mt_feed_stop (fixture->feed);
  g_assert_false (mt_feed_get_busy (fixture->feed));
  g_assert_cmpuint (mt_feed_get_refresh_seconds (fixture->feed), ==, 0);
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  g_assert_cmpuint (fixture->seen.n_loaded, ==, 0);
  g_assert_cmpuint (fixture->seen.n_failed, ==, 0);
  g_assert_cmpuint (fixture->owner.prepared, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  server = test_server_new (handle_cb, NULL, &base);

  g_test_add ("/metodist/feed/web-copy", Fixture, NULL, fixture_set_up, test_web_copy, fixture_tear_down);
  g_test_add ("/metodist/feed/not-taken", Fixture, NULL, fixture_set_up, test_not_taken, fixture_tear_down);
  g_test_add ("/metodist/feed/bad-document", Fixture, NULL, fixture_set_up, test_bad_document, fixture_tear_down);
  g_test_add ("/metodist/feed/timer", Fixture, NULL, fixture_set_up, test_timer, fixture_tear_down);
  g_test_add ("/metodist/feed/file-and-text", Fixture, NULL, fixture_set_up, test_file_and_text,
              fixture_tear_down);
  g_test_add ("/metodist/feed/reload-after-failure", Fixture, NULL, fixture_set_up, test_reload_after_failure,
              fixture_tear_down);
  g_test_add ("/metodist/feed/newer-wins", Fixture, NULL, fixture_set_up, test_newer_wins, fixture_tear_down);
  g_test_add ("/metodist/feed/stop", Fixture, NULL, fixture_set_up, test_stop, fixture_tear_down);
  status = g_test_run ();

  g_clear_object (&server);
  g_free (base);
  return status;
}
