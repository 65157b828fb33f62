/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-fetch.c: what the fetcher's tests share: a request waited for, and
 * the guard that nothing but loopback is ever contacted */
#include "config.h"

#include <gio/gio.h>

#include "test-fetch.h"

static void
got_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->fetched = mt_fetcher_get_finish (MT_FETCHER (source), result, &outcome->error);
  outcome->bytes = outcome->fetched != NULL ? outcome->fetched->body : NULL;
  outcome->done = TRUE;
}

/* Gets @url with @fetcher, and waits for the outcome. */
Outcome
test_fetch (MtFetcher    *fetcher,
            const char   *url,
            guint         deadline_seconds,
            gsize         max_bytes,
            GCancellable *cancellable)
{
  Outcome outcome = { 0 };

  mt_fetcher_get_async (fetcher, url, deadline_seconds, max_bytes, cancellable, got_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  return outcome;
}

void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->fetched, mt_fetched_free);
  outcome->bytes = NULL;
  g_clear_object (&outcome->file);
  g_clear_error (&outcome->error);
  outcome->done = FALSE;
}

static void
connecting_cb (MtFetcher      *fetcher,
               GSocketAddress *address,
               guint          *connections)
{
  GInetAddress *host = g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address));
  g_autofree char *text = g_inet_address_to_string (host);

  if (!g_inet_address_get_is_loopback (host))
    g_error ("the fetcher opened a connection to %s, which is not loopback", text);
  if (connections != NULL)
    (*connections)++;
}

/**
 * guard_loopback:
 * @connections: (nullable): counts the connections opened
 *
 * Fails the test the moment @fetcher connects anywhere but loopback.
 */
void
guard_loopback (MtFetcher *fetcher,
                    guint     *connections)
{
  g_signal_connect (fetcher, "connecting", G_CALLBACK (connecting_cb), connections);
}
