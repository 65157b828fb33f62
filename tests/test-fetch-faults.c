/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-fetch-faults.c: the fetcher against a server that misbehaves in the
 * ways SoupServer will not (tests/fault-server.py, started and stopped
 * here): trickling bytes, a gzip bomb, a chunked body cut short, a body
 * shorter than its Content-Length, a redirect to another loopback
 * address. Every connection the fetcher opens is checked to be loopback. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>

#include "mt-fetcher.h"
#include "mt-source.h"
#include "test-fetch.h"

static GSubprocess *server;
static char *base;   /* http://127.0.0.1:PORT */
static MtFetcher *fetcher;
static guint connections;

static void
downloaded_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->file = mt_fetcher_download_finish (MT_FETCHER (source), result, &outcome->error);
  outcome->done = TRUE;
}

static Outcome
get (const char *path,
     guint       deadline_seconds,
     gsize       max_bytes)
{
  g_autofree char *url = g_strconcat (base, path, NULL);

  return test_fetch (fetcher, url, deadline_seconds, max_bytes, NULL);
}

/* A server sending a byte a second is never idle long enough for
 * libsoup's timeout: the deadline cuts it off. */
static void
test_trickle (void)
{
  gint64 start = g_get_monotonic_time ();
  Outcome outcome = get ("/trickle", 3, MT_FETCH_FEED_MAX_BYTES);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_DEADLINE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 8 * G_USEC_PER_SEC);
  outcome_clear (&outcome);
}

static glong
peak_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

/* 64 KiB of gzip that decodes to 64 MiB: stopped at the cap, and the
 * memory used stays near the cap, not the decoded size. */
static void
test_gzip_bomb (void)
{
  glong before = peak_kib ();
  Outcome outcome = get ("/gzip-bomb", 20, 4 * 1024 * 1024);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE);
  g_assert_cmpint (peak_kib () - before, <, 24 * 1024);
  outcome_clear (&outcome);
}

/* libsoup 3.2 reports a chunked body cut at a chunk boundary as complete:
 * the document check finds it. */
static void
test_cut_chunked (void)
{
  Outcome outcome = get ("/cut-chunked", 10, MT_FETCH_FEED_MAX_BYTES);

  if (outcome.error == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MtDataset) dataset = mt_monitoring_load (outcome.fetched->body, NULL, NULL, NULL, NULL, NULL, &error);

      g_assert_null (dataset);
      g_assert_nonnull (error);
    }
  outcome_clear (&outcome);
}

/* A material shorter than announced is refused, and nothing is left. */
static void
test_short_download (void)
{
  g_autofree char *url = g_strconcat (base, "/short.pdf", NULL);
  g_autofree char *path = g_dir_make_tmp ("metodist-faults-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GDir) dir = NULL;
  Outcome outcome = { 0 };

  MtDownloadOptions options = { url, folder, "Инструкция", NULL, 0, 10, 1024 * 1024 };

  mt_fetcher_download_async (fetcher, &options, NULL, NULL, NULL, downloaded_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (outcome.error);
  g_assert_true (g_error_matches (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_INCOMPLETE) ||
                 g_error_matches (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK));
  dir = g_dir_open (path, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  g_assert_cmpint (g_rmdir (path), ==, 0);
  outcome_clear (&outcome);
}

/* A redirect to another address, even a loopback one, is refused before
 * anything connects there. */
static void
test_redirect_elsewhere (void)
{
  Outcome outcome = get ("/elsewhere", 10, 1024);

  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT);
  outcome_clear (&outcome);

  outcome = get ("/contacts", 10, 1024);
  g_assert_no_error (outcome.error);
  g_assert_cmpmem (g_bytes_get_data (outcome.fetched->body, NULL), g_bytes_get_size (outcome.fetched->body),
                   "0", 1);
  outcome_clear (&outcome);
}

static void
test_only_loopback (void)
{
  /* Every test above connected, and every connection was checked. */
  g_assert_cmpuint (connections, >=, 5);
}

static void
start_server (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "fault-server.py", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *port = NULL;

  server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             "/usr/bin/python3", script, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server));
  port = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (port);
  base = g_strdup_printf ("http://127.0.0.1:%s", port);
}

/* Closing its standard input ends it; it also ends on its own in time. */
static void
stop_server (void)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (server), NULL, NULL);
  g_subprocess_wait (server, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&server);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  start_server ();
  fetcher = mt_fetcher_new ();
  guard_loopback (fetcher, &connections);

  g_test_add_func ("/metodist/fetch-faults/trickle", test_trickle);
  g_test_add_func ("/metodist/fetch-faults/gzip-bomb", test_gzip_bomb);
  g_test_add_func ("/metodist/fetch-faults/cut-chunked", test_cut_chunked);
  g_test_add_func ("/metodist/fetch-faults/short-download", test_short_download);
  g_test_add_func ("/metodist/fetch-faults/redirect-elsewhere", test_redirect_elsewhere);
  g_test_add_func ("/metodist/fetch-faults/only-loopback", test_only_loopback);
  result = g_test_run ();

  g_object_unref (fetcher);
  stop_server ();
  g_free (base);
  return result;
}
