/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-fetcher.c: the fetcher against a real SoupServer on 127.0.0.1 */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mt-fetcher.h"
#include "test-folders.h"
#include "test-server.h"
#include "test-fetch.h"

#define FEED "{\"format\": \"metodist-monitoring\", \"version\": 1}"

static SoupServer *server;
static char *base;           /* http://127.0.0.1:PORT */
static char *user_agent;     /* as the server saw it */
static char *accept_language;
static GPtrArray *paused;    /* messages the server never answers */
static MtFetcher *fetcher;   /* one session for all, as in the program */
static char *if_none_match;  /* as the server saw it */

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);

  g_free (user_agent);
  user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  g_free (accept_language);
  accept_language = g_strdup (soup_message_headers_get_one (request, "Accept-Language"));

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  g_free (if_none_match);
  if_none_match = g_strdup (soup_message_headers_get_one (request, "If-None-Match"));
  if (g_str_equal (path, "/etag"))
    {
      if (g_strcmp0 (if_none_match, "\"v1\"") == 0)
        soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
      else
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (message), "ETag", "\"v1\"");
          soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, FEED, strlen (FEED));
        }
    }
  else if (g_str_equal (path, "/feed"))
    soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, FEED, strlen (FEED));
  else if (g_str_equal (path, "/large"))
    {
      gsize size = 3 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, ' ', size);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_TAKE, body, size);
    }
  else if (g_str_equal (path, "/moved"))
    soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "http://192.0.2.1/feed");
  else if (g_str_equal (path, "/here"))
    soup_server_message_set_redirect (message, SOUP_STATUS_MOVED_PERMANENTLY, "/feed");
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/to-localhost"))
    {
      GUri *uri = soup_server_message_get_uri (message);
      g_autofree char *target = g_strdup_printf ("http://localhost:%d/feed", g_uri_get_port (uri));

      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, target);
    }
  else if (g_str_equal (path, "/page"))
    {
      static const char page[] = "<!DOCTYPE html><html><body>Вход в систему</body></html>";

      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC, page,
                                        strlen (page));
    }
  else if (g_str_equal (path, "/busy"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Retry-After", "120");
    }
  else if (g_str_equal (path, "/busy-until"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) later = g_date_time_add_hours (now, 1);
      g_autofree char *date = soup_date_time_to_string (later, SOUP_DATE_HTTP);

      soup_server_message_set_status (message, 429, "Too Many Requests");
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Retry-After", date);
    }
  else if (g_str_equal (path, "/silent"))
    {
      /* Never answered: only the deadline ends the request. */
      soup_server_message_pause (message);
      g_ptr_array_add (paused, g_object_ref (message));
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

/* Fetches @path (or, when it has a scheme, that URL) with @with and waits. */
static Outcome
fetch_with (MtFetcher    *with,
            const char   *path,
            guint         deadline_seconds,
            gsize         max_bytes,
            GCancellable *cancellable)
{
  g_autofree char *url = strchr (path, ':') != NULL ? g_strdup (path) : g_strconcat (base, path, NULL);

  return test_fetch (with, url, deadline_seconds, max_bytes, cancellable);
}

static Outcome
fetch (const char   *path,
       guint         deadline_seconds,
       gsize         max_bytes,
       GCancellable *cancellable)
{
  return fetch_with (fetcher, path, deadline_seconds, max_bytes, cancellable);
}

static void
test_gets_a_feed (void)
{
  Outcome outcome = fetch ("/feed", 5, MT_FETCH_FEED_MAX_BYTES, NULL);
  g_autofree char *expected_agent = g_strconcat ("Metodist/", PACKAGE_VERSION, NULL);

  g_assert_no_error (outcome.error);
  g_assert_cmpmem (g_bytes_get_data (outcome.bytes, NULL), g_bytes_get_size (outcome.bytes), FEED, strlen (FEED));
  g_assert_cmpstr (user_agent, ==, expected_agent);
  g_assert_nonnull (accept_language);
  outcome_clear (&outcome);
}

static void
test_refuses_other_schemes (void)
{
  /* A control character, even where a URL parser would take it, makes
   * an address that reads other than it is. */
  const char *urls[] = { "file:///etc/passwd", "ftp://127.0.0.1/feed", "javascript:alert(1)",
                         "http://", "127.0.0.1/feed", "", "data:text/plain,hi",
                         "https://kirovipk.ru/plan\x1b]8;;https://evil\x1b\\.pdf", "https://kirovipk.ru/\xc2\x9b" "31m",
                         "https://kirovipk.ru/\xe2\x80\xae" "fdp.exe", "https://kirovipk.ru/\x7f" };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GUri) uri = mt_url_parse (urls[i], &error);

      g_assert_null (uri);
      g_assert_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_URL);
    }
  {
    Outcome outcome = fetch ("file:///etc/passwd", 5, 1024, NULL);

    g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_URL);
    outcome_clear (&outcome);
  }
  {
    g_autoptr(GUri) uri = mt_url_parse ("HTTPS://example.org/feed.json", NULL);

    g_assert_nonnull (uri);
  }
}

static void
test_names_an_error_status (void)
{
  Outcome outcome = fetch ("/missing", 5, 1024, NULL);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  g_assert_nonnull (strstr (outcome.error->message, "404"));
  outcome_clear (&outcome);
}

/* A 503 or 429 with Retry-After: automatic refreshes wait; a good answer
 * ends the wait. */
static void
test_retry_after (void)
{
  g_autofree char *busy = g_strconcat (base, "/busy", NULL);
  g_autofree char *until = g_strconcat (base, "/busy-until", NULL);
  Outcome outcome;

  g_assert_cmpuint (mt_fetcher_get_retry_after (fetcher, busy), ==, 0);
  outcome = fetch (busy, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  g_assert_nonnull (strstr (outcome.error->message, "503"));
  outcome_clear (&outcome);
  g_assert_cmpuint (mt_fetcher_get_retry_after (fetcher, busy), >, 110);
  g_assert_cmpuint (mt_fetcher_get_retry_after (fetcher, busy), <=, 120);

  outcome = fetch (until, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  outcome_clear (&outcome);
  g_assert_cmpuint (mt_fetcher_get_retry_after (fetcher, until), >, 3500);
  g_assert_cmpuint (mt_fetcher_get_retry_after (fetcher, until), <=, 3600);
}

static void
test_redirects (void)
{
  const char *allowed[] = { "localhost", NULL };
  Outcome outcome;

  /* On the same server: followed. */
  outcome = fetch ("/here", 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (g_bytes_get_size (outcome.bytes), ==, strlen (FEED));
  outcome_clear (&outcome);

  /* To another server: refused, and named. */
  outcome = fetch ("/moved", 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT);
  g_assert_nonnull (strstr (outcome.error->message, "192.0.2.1"));
  outcome_clear (&outcome);
  outcome = fetch ("/to-localhost", 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT);
  outcome_clear (&outcome);

  /* ...unless the user allowed that server. */
  mt_fetcher_set_redirect_hosts (fetcher, allowed);
  outcome = fetch ("/to-localhost", 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  outcome_clear (&outcome);
  mt_fetcher_set_redirect_hosts (fetcher, NULL);

  /* Round and round: stopped. */
  outcome = fetch ("/loop", 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT);
  outcome_clear (&outcome);
}

static void
test_refuses_a_web_page (void)
{
  Outcome outcome = fetch ("/page", 5, 1024, NULL);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NOT_DATA);
  outcome_clear (&outcome);
}

static void
test_caps_the_body (void)
{
  Outcome outcome = fetch ("/large", 5, 1024 * 1024, NULL);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE);
  outcome_clear (&outcome);
  /* The connections were closed, not left busy: more requests than a
   * host gets connections still work. */
  for (guint i = 0; i < 3; i++)
    {
      outcome = fetch ("/large", 5, 1024 * 1024, NULL);
      g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE);
      outcome_clear (&outcome);
    }
  outcome = fetch ("/feed", 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  outcome_clear (&outcome);
}

static void
test_deadline (void)
{
  gint64 start = g_get_monotonic_time ();
  Outcome outcome = fetch ("/silent", 1, 1024, NULL);
  double seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_DEADLINE);
  g_assert_cmpfloat (seconds, >=, 0.9);
  g_assert_cmpfloat (seconds, <, 5);
  outcome_clear (&outcome);
}

/* A URL on a loopback port that was just free: nothing listens there. */
static char *
unreachable_url (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);
  return g_strdup_printf ("http://127.0.0.1:%u/feed", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
}

static void
test_connection_refused (void)
{
  g_autofree char *url = unreachable_url ();
  Outcome outcome = fetch (url, 5, 1024, NULL);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK);
  g_assert_nonnull (strstr (outcome.error->message, "127.0.0.1"));
  outcome_clear (&outcome);
}

/* A resolver that knows no name, so that an unknown host is tested
 * without asking any real DNS server: nothing leaves the machine. */
typedef GResolver NoNamesResolver;
typedef GResolverClass NoNamesResolverClass;
static GType no_names_resolver_get_type (void);
G_DEFINE_TYPE (NoNamesResolver, no_names_resolver, G_TYPE_RESOLVER)

static void
no_names_lookup_async (GResolver           *resolver,
                       const char          *hostname,
                       GResolverNameLookupFlags flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (resolver, cancellable, callback, user_data);

  g_task_return_new_error (task, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND,
                           "Error resolving “%s”: this test resolver knows no names", hostname);
}

static void
no_names_lookup_by_name_async (GResolver           *resolver,
                               const char          *hostname,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  no_names_lookup_async (resolver, hostname, 0, cancellable, callback, user_data);
}

static GList *
no_names_lookup_finish (GResolver     *resolver,
                        GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GList *
no_names_lookup (GResolver     *resolver,
                 const char    *hostname,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND,
               "Error resolving “%s”: this test resolver knows no names", hostname);
  return NULL;
}

static void
no_names_resolver_class_init (NoNamesResolverClass *klass)
{
  klass->lookup_by_name = no_names_lookup;
  klass->lookup_by_name_async = no_names_lookup_by_name_async;
  klass->lookup_by_name_finish = no_names_lookup_finish;
  klass->lookup_by_name_with_flags_async = no_names_lookup_async;
  klass->lookup_by_name_with_flags_finish = no_names_lookup_finish;
}

static void
no_names_resolver_init (NoNamesResolver *resolver)
{
}

static void
test_unknown_host (void)
{
  g_autoptr(GResolver) real = g_resolver_get_default ();
  g_autoptr(GResolver) none = g_object_new (no_names_resolver_get_type (), NULL);
  Outcome outcome;

  g_resolver_set_default (none);
  outcome = fetch ("http://metodist-test.invalid/feed.json", 5, 1024, NULL);
  g_resolver_set_default (real);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK);
  g_assert_nonnull (strstr (outcome.error->message, "metodist-test.invalid"));
  /* Told in plain words, not the resolver's. */
  g_assert_nonnull (strstr (outcome.error->message, "name was not found"));
  outcome_clear (&outcome);
}

static void
test_cancelled_by_the_caller (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome outcome;

  g_cancellable_cancel (cancellable);
  outcome = fetch ("/silent", 5, 1024, cancellable);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);
}

/* A fetcher that keeps copies in a new folder. */
static MtFetcher *
fetcher_with_cache (char **dir)
{
  g_autoptr(MtFetchCache) cache = NULL;
  MtFetcher *with = mt_fetcher_new ();

  *dir = g_dir_make_tmp ("metodist-cache-XXXXXX", NULL);
  cache = mt_fetch_cache_new (*dir);
  mt_fetcher_set_cache (with, cache);
  return with;
}

static void
test_revalidates_the_copy (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(MtFetcher) with = fetcher_with_cache (&dir);
  g_autoptr(GError) error = NULL;
  Outcome outcome;

  /* Not kept until the caller says the document loaded. */
  outcome = fetch_with (with, "/etag", 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  g_assert_false (outcome.fetched->from_copy);
  outcome_clear (&outcome);
  outcome = fetch_with (with, "/etag", 5, 1024, NULL);
  g_assert_null (if_none_match);
  g_assert_true (mt_fetcher_keep (with, outcome.fetched, &error));
  g_assert_no_error (error);
  outcome_clear (&outcome);

  /* Kept: asked with its ETag, and the 304 gives the copy. */
  outcome = fetch_with (with, "/etag", 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (if_none_match, ==, "\"v1\"");
  g_assert_true (outcome.fetched->from_copy);
  g_assert_null (outcome.fetched->offline_reason);
  g_assert_cmpmem (g_bytes_get_data (outcome.bytes, NULL), g_bytes_get_size (outcome.bytes), FEED, strlen (FEED));
  outcome_clear (&outcome);
  test_remove_folder (dir);
}

static void
test_offline_copy (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(MtFetcher) with = fetcher_with_cache (&dir);
  g_autoptr(MtFetchCache) cache = mt_fetch_cache_new (dir);
  g_autoptr(GBytes) body = g_bytes_new_static (FEED, strlen (FEED));
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *body_path = NULL;
  Outcome outcome;

  /* A server that is gone, with a copy kept of it. */
  url = unreachable_url ();
  g_assert_true (mt_fetch_cache_keep (cache, url, body, "\"v1\"", NULL, &error));
  g_assert_no_error (error);

  outcome = fetch_with (with, url, 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.fetched->from_copy);
  g_assert_nonnull (outcome.fetched->offline_reason);
  /* In plain words, the server named once. */
  g_assert_nonnull (strstr (outcome.fetched->offline_reason, "refused the connection"));
  g_assert_nonnull (outcome.fetched->copy_saved_at);
  g_assert_cmpuint (g_bytes_get_size (outcome.bytes), ==, strlen (FEED));
  outcome_clear (&outcome);

  /* A body that does not match its record is no copy: the error again. */
  {
    g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
    g_autofree char *name = g_strconcat (hash, ".body", NULL);

    body_path = g_build_filename (dir, name, NULL);
  }
  g_assert_true (g_file_set_contents (body_path, "{\"other\": 1}", -1, NULL));
  outcome = fetch_with (with, url, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK);
  outcome_clear (&outcome);
  test_remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);
  paused = g_ptr_array_new_with_free_func (g_object_unref);
  fetcher = mt_fetcher_new ();
  guard_loopback (fetcher, NULL);
  server = test_server_new (handle_cb, NULL, &base);

  g_test_add_func ("/metodist/fetcher/gets-a-feed", test_gets_a_feed);
  g_test_add_func ("/metodist/fetcher/refuses-other-schemes", test_refuses_other_schemes);
  g_test_add_func ("/metodist/fetcher/names-an-error-status", test_names_an_error_status);
  g_test_add_func ("/metodist/fetcher/retry-after", test_retry_after);
  g_test_add_func ("/metodist/fetcher/redirects", test_redirects);
  g_test_add_func ("/metodist/fetcher/refuses-a-web-page", test_refuses_a_web_page);
  g_test_add_func ("/metodist/fetcher/caps-the-body", test_caps_the_body);
  g_test_add_func ("/metodist/fetcher/deadline", test_deadline);
  g_test_add_func ("/metodist/fetcher/connection-refused", test_connection_refused);
  g_test_add_func ("/metodist/fetcher/unknown-host", test_unknown_host);
  g_test_add_func ("/metodist/fetcher/cancelled-by-the-caller", test_cancelled_by_the_caller);
  g_test_add_func ("/metodist/fetcher/revalidates-the-copy", test_revalidates_the_copy);
  g_test_add_func ("/metodist/fetcher/offline-copy", test_offline_copy);
  result = g_test_run ();

  g_object_unref (fetcher);
  g_ptr_array_unref (paused);
  soup_server_disconnect (server);
  g_object_unref (server);
  g_free (base);
  g_free (user_agent);
  g_free (accept_language);
  g_free (if_none_match);
  return result;
}
