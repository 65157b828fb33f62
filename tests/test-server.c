/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-server.c: a real SoupServer on 127.0.0.1 for the tests that fetch */
#include "config.h"

#include "test-server.h"

/**
 * test_server_new:
 * @handler: answers every path
 * @certificate: (nullable): serve https with it, else http
 * @base: (out) (transfer full): "http://127.0.0.1:PORT", without a slash
 *
 * Listens on a port the system picks, in the calling thread's context.
 *
 * Returns: (transfer full): the server
 */
SoupServer *
test_server_new (SoupServerCallback   handler,
                 GTlsCertificate     *certificate,
                 char               **base)
{
  SoupServer *server = soup_server_new ("tls-certificate", certificate, NULL);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  soup_server_listen_local (server, 0,
                            SOUP_SERVER_LISTEN_IPV4_ONLY | (certificate != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0),
                            &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  *base = g_strdup_printf ("%s://127.0.0.1:%d", certificate != NULL ? "https" : "http",
                           g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return server;
}
