/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-fetch-tls.c: the fetcher against https SoupServers on 127.0.0.1
 * with the certificates of tests/data/tls (made by make-certificates.sh)
 *
 * Apart from the other fetcher tests because glib-networking's GnuTLS
 * threads are still winding down at exit, which makes LeakSanitizer's
 * tracer crash now and then; this test runs without leak detection (see
 * tests/meson.build), the others with it. */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "mt-fetcher.h"
#include "test-server.h"
#include "test-fetch.h"

#define FEED "{\"format\": \"metodist-monitoring\", \"version\": 1}"

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/to-http"))
    {
      /* The same server, but no longer encrypted. */
      soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "http://127.0.0.1:1/feed");
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, FEED, strlen (FEED));
}

static Outcome
fetch_with (MtFetcher    *with,
            const char   *url,
            guint         deadline_seconds,
            gsize         max_bytes,
            GCancellable *cancellable)
{
  return test_fetch (with, url, deadline_seconds, max_bytes, cancellable);
}

typedef struct
{
  SoupServer *server;
  char *base;   /* https://127.0.0.1:PORT */
} TlsServer;

/* An https server on 127.0.0.1 with the certificate @name of tests/data/tls. */
static TlsServer
start_tls_server (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".pem", NULL);
  g_autofree char *key_file = g_strconcat (name, ".key", NULL);
  g_autofree char *pem = g_test_build_filename (G_TEST_DIST, "data", "tls", file, NULL);
  g_autofree char *key = g_test_build_filename (G_TEST_DIST, "data", "tls", key_file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) certificate = g_tls_certificate_new_from_files (pem, key, &error);
  TlsServer tls = { 0 };

  g_assert_no_error (error);
  tls.server = test_server_new (handle_cb, certificate, &tls.base);
  return tls;
}

static void
stop_tls_server (TlsServer *tls)
{
  soup_server_disconnect (tls->server);
  g_clear_object (&tls->server);
  g_clear_pointer (&tls->base, g_free);
}

/* An internal server's certificate: refused with the reason, accepted once
 * its authority is trusted; a wrong name or an expired certificate stays
 * refused even then. Never "accept anyway". */
static void
test_tls (void)
{
  g_autofree char *authority = g_test_build_filename (G_TEST_DIST, "data", "tls", "ca.pem", NULL);
  g_autofree char *not_pem = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small.json", NULL);
  g_autoptr(MtFetcher) trusting = mt_fetcher_new ();
  g_autoptr(GError) error = NULL;
  TlsServer good = start_tls_server ("server");
  TlsServer wrong_name = start_tls_server ("wrong-name");
  TlsServer expired = start_tls_server ("expired");
  g_autofree char *good_url = g_strconcat (good.base, "/feed", NULL);
  g_autofree char *wrong_name_url = g_strconcat (wrong_name.base, "/feed", NULL);
  g_autofree char *expired_url = g_strconcat (expired.base, "/feed", NULL);
  Outcome outcome;

  outcome = fetch_with (trusting, good_url, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TLS);
  g_assert_nonnull (strstr (outcome.error->message, "authority"));
  outcome_clear (&outcome);

  /* Not a certificate: refused, and nothing else changes. */
  g_assert_false (mt_fetcher_set_extra_authority (trusting, not_pem, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "monitoring-small.json"));
  g_clear_error (&error);

  g_assert_true (mt_fetcher_set_extra_authority (trusting, authority, &error));
  g_assert_no_error (error);
  outcome = fetch_with (trusting, good_url, 5, 1024, NULL);
  g_assert_no_error (outcome.error);
  g_assert_cmpmem (g_bytes_get_data (outcome.bytes, NULL), g_bytes_get_size (outcome.bytes), FEED, strlen (FEED));
  outcome_clear (&outcome);

  outcome = fetch_with (trusting, wrong_name_url, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TLS);
  g_assert_nonnull (strstr (outcome.error->message, "another server name"));
  outcome_clear (&outcome);

  outcome = fetch_with (trusting, expired_url, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TLS);
  g_assert_nonnull (strstr (outcome.error->message, "expired"));
  outcome_clear (&outcome);

  /* From https to http: refused, even to the same server, even allowed. */
  {
    g_autofree char *to_http = g_strconcat (good.base, "/to-http", NULL);
    const char *allowed[] = { "127.0.0.1", NULL };

    mt_fetcher_set_redirect_hosts (trusting, allowed);
    outcome = fetch_with (trusting, to_http, 5, 1024, NULL);
    g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT);
    outcome_clear (&outcome);
    mt_fetcher_set_redirect_hosts (trusting, NULL);
  }

  /* Trust taken back: refused again. */
  g_assert_true (mt_fetcher_set_extra_authority (trusting, NULL, NULL));
  outcome = fetch_with (trusting, good_url, 5, 1024, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TLS);
  outcome_clear (&outcome);

  stop_tls_server (&good);
  stop_tls_server (&wrong_name);
  stop_tls_server (&expired);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metodist/fetch-tls/authorities", test_tls);
  return g_test_run ();
}
