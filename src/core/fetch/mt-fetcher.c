/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetcher.c: feeds and catalogs from the institute's server
 *
 * One SoupSession for the whole program. libsoup 3.2 leaves several
 * failures silent (PITFALLS.md): its timeout is per read, so a whole
 * request gets a deadline here; gzip decodes without limit, so the body is
 * read in chunks and cut off at a cap; an error status is no GError; and
 * every body stream is closed, or the next request to the host hangs. */
#define G_LOG_DOMAIN "mt-fetcher"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "mt-fetch-request.h"
#include "mt-fetch-tls.h"
#include "mt-fetcher.h"

#define READ_SIZE (64 * 1024)
/* A server silent this long is given up even within the deadline. */
#define IDLE_TIMEOUT_SECONDS 20
/* More redirects than this is a loop. */
#define MAX_REDIRECTS 5

struct _MtFetcher
{
  GObject parent_instance;

  SoupSession *session;
  MtFetchCache *cache;   /* nullable: no copies kept */
  GStrv redirect_hosts;  /* other hosts the user let redirects go to */
  GTlsDatabase *extra_authority; /* nullable: the user's internal CA */
  GHashTable *retry_after; /* URL → monotonic time a server asked to wait until */
};

G_DEFINE_FINAL_TYPE (MtFetcher, mt_fetcher, G_TYPE_OBJECT)

enum {
  CONNECTING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


void
mt_fetched_free (MtFetched *fetched)
{
  if (fetched == NULL)
    return;
  g_free (fetched->url);
  g_clear_pointer (&fetched->body, g_bytes_unref);
  g_free (fetched->etag);
  g_free (fetched->last_modified);
  g_free (fetched->offline_reason);
  g_clear_pointer (&fetched->copy_saved_at, g_date_time_unref);
  g_free (fetched);
}

static void
stream_closed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_input_stream_close_finish (G_INPUT_STREAM (source), result, NULL);
}

/* On every path, or the connection stays busy (PITFALLS.md). */
void
mt_fetch_request_close_stream (MtFetchRequest *request)
{
  if (request->stream == NULL)
    return;
  g_input_stream_close_async (request->stream, G_PRIORITY_DEFAULT, NULL, stream_closed_cb, NULL);
  g_clear_object (&request->stream);
}

void
mt_fetch_request_free (MtFetchRequest *request)
{
  mt_fetch_request_close_stream (request);
  g_clear_object (&request->download);
  g_free (request->content_type);
  if (request->deadline != NULL)
    {
      g_source_destroy (request->deadline);
      g_source_unref (request->deadline);
    }
  if (request->caller_cancellable != NULL)
    {
      g_cancellable_disconnect (request->caller_cancellable, request->caller_handler);
      g_object_unref (request->caller_cancellable);
    }
  g_clear_object (&request->cancellable);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_clear_object (&request->fetcher);
  g_free (request->url);
  g_clear_pointer (&request->copy, mt_fetch_copy_free);
  g_free (request->etag);
  g_free (request->last_modified);
  g_clear_pointer (&request->uri, g_uri_unref);
  g_free (request->host);
  g_free (request);
}

/* The common network failures in words for methodologists, without the
 * host again (GIO's own messages name it: "Could not connect to …"). */
static const char *
plain_reason (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return _("the server refused the connection");
  if (error->domain == G_RESOLVER_ERROR)
    return _("the server’s name was not found (is the computer online?)");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return _("the network cannot reach the server (is the computer online?)");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return _("the server did not answer");
  return error->message;
}

/* Names what went wrong on the way; a cancellation by the caller stays a
 * cancellation. Takes @error. */
GError *
mt_fetch_request_name_error (MtFetchRequest *request,
                             GError         *error)
{
  GError *named;

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    named = g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK, _("Could not get the data from %s: %s"),
                         request->host, plain_reason (error));
  else if (request->past_deadline)
    named = g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_DEADLINE,
                         g_dngettext (GETTEXT_PACKAGE, "%s did not send the data within %u second",
                                      "%s did not send the data within %u seconds", request->deadline_seconds),
                         request->host, request->deadline_seconds);
  else if (request->caller_cancellable == NULL || !g_cancellable_is_cancelled (request->caller_cancellable))
    /* Stopped by the fetcher itself: the trust changed under it. */
    named = g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK, _("Could not get the data from %s: %s"),
                         request->host, _("the connection was closed"));
  else
    return error;
  g_error_free (error);
  return named;
}

static void
succeed (GTask     *task,
         MtFetched *fetched)
{
  mt_fetch_request_close_stream (g_task_get_task_data (task));
  g_task_return_pointer (task, fetched, (GDestroyNotify) mt_fetched_free);
  g_object_unref (task);
}

/* The copy kept, as the answer: unchanged, or the server out of reach. */
static MtFetched *
fetched_from_copy (MtFetchRequest    *request,
                   const char *offline_reason)
{
  MtFetched *fetched = g_new0 (MtFetched, 1);

  fetched->url = g_strdup (request->url);
  fetched->body = g_bytes_ref (request->copy->body);
  fetched->etag = g_strdup (request->copy->etag);
  fetched->last_modified = g_strdup (request->copy->last_modified);
  fetched->from_copy = TRUE;
  fetched->offline_reason = g_strdup (offline_reason);
  fetched->copy_saved_at = g_date_time_ref (request->copy->saved_at);
  return fetched;
}

void
mt_fetch_request_fail (GTask  *task,
                       GError *error)
{
  MtFetchRequest *request = g_task_get_task_data (task);

  /* Out of reach, not refused: the copy kept will do, with its age shown. */
  if (request->copy != NULL && (g_error_matches (error, MT_FETCH_ERROR, MT_FETCH_ERROR_NETWORK) ||
                                g_error_matches (error, MT_FETCH_ERROR, MT_FETCH_ERROR_DEADLINE)))
    {
      succeed (task, fetched_from_copy (request, error->message));
      g_error_free (error);
      return;
    }
  mt_fetch_request_close_stream (request);
  if (request->sink != NULL)
    {
      request->sink->fail (task, error);
      return;
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}


static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  MtFetchRequest *request = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  gsize size;

  if (chunk == NULL)
    {
      mt_fetch_request_fail (task, mt_fetch_request_name_error (request, error));
      return;
    }
  size = g_bytes_get_size (chunk);
  if (request->sink != NULL)
    {
      request->sink->chunk (task, chunk);
      return;
    }
  if (size == 0)
    {
      MtFetched *fetched = g_new0 (MtFetched, 1);

      fetched->url = g_strdup (request->url);
      fetched->body = g_byte_array_free_to_bytes (g_steal_pointer (&request->body));
      fetched->etag = g_steal_pointer (&request->etag);
      fetched->last_modified = g_steal_pointer (&request->last_modified);
      succeed (task, fetched);
      return;
    }
  /* Counted as decoded: a small gzip body is stopped at the cap. */
  if (request->body->len + size > request->max_bytes)
    {
      g_autofree char *limit = g_format_size (request->max_bytes);

      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TOO_LARGE,
                               _("%s sent more than %s: too much for a feed"), request->host, limit));
      return;
    }
  g_byte_array_append (request->body, g_bytes_get_data (chunk, NULL), size);
  mt_fetch_request_read_next (task);
}

void
mt_fetch_request_read_next (GTask *task)
{
  MtFetchRequest *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (request->stream, READ_SIZE, G_PRIORITY_DEFAULT, request->cancellable,
                                   read_cb, task);
}

/* Where a redirect leads, if it may be followed: the same host (or one
 * the user allowed), never from https to http, and not round and round. */
static GUri *
redirect_target (MtFetchRequest      *request,
                 SoupMessage  *message,
                 GError      **error)
{
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");
  g_autoptr(GUri) target = NULL;
  g_autoptr(GUri) checked = NULL;
  g_autofree char *text = NULL;

  if (location != NULL)
    target = g_uri_parse_relative (request->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  text = target != NULL ? g_uri_to_string (target) : NULL;
  checked = text != NULL ? mt_url_parse (text, NULL) : NULL;
  if (checked == NULL)
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT,
                   _("%s sends this address on to an address that is not a web address"), request->host);
      return NULL;
    }
  if (++request->redirects > MAX_REDIRECTS)
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT,
                   _("%s sends this address on and on without end"), request->host);
      return NULL;
    }
  if (g_ascii_strcasecmp (g_uri_get_scheme (request->uri), "https") == 0 &&
      g_ascii_strcasecmp (g_uri_get_scheme (target), "https") != 0)
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT,
                   _("%s sends this secure address on to an insecure one, %s: refused"), request->host, text);
      return NULL;
    }
  if (g_ascii_strcasecmp (g_uri_get_host (target), g_uri_get_host (request->uri)) != 0 &&
      !mt_fetcher_allows_redirect_host (request->fetcher, g_uri_get_host (target)))
    {
      g_set_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_REDIRECT,
                   _("%s sends this address on to another server, %s: refused unless that server is allowed in Preferences"),
                   request->host, g_uri_get_host (target));
      return NULL;
    }
  return g_steal_pointer (&target);
}

/* Feeds and catalogs are never HTML: an HTML answer is a login page, a
 * portal's error page or a wrong address. */
static gboolean
is_web_page (SoupMessage *message)
{
  const char *type = soup_message_headers_get_content_type (soup_message_get_response_headers (message), NULL);

  return type != NULL && (g_ascii_strcasecmp (type, "text/html") == 0 ||
                          g_ascii_strcasecmp (type, "application/xhtml+xml") == 0);
}

/* "Retry-After: 120" or an HTTP date, on a 503 or 429: automatic
 * refreshes wait that long (at most a day: a typo must not stop them). */
static void
remember_retry_after (MtFetchRequest     *request,
                      SoupMessage *message)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (message), "Retry-After");
  guint64 seconds = 0;

  if (value == NULL)
    return;
  if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT64, &seconds, NULL))
    {
      g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      if (when == NULL)
        return;
      seconds = MAX (g_date_time_difference (when, now), 0) / G_TIME_SPAN_SECOND;
    }
  seconds = MIN (seconds, 24 * 60 * 60);
  g_hash_table_insert (request->fetcher->retry_after, g_strdup (request->url),
                       g_memdup2 (&(gint64) { g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC },
                                  sizeof (gint64)));
}

/* Every address a connection is opened to, for whoever watches (the tests
 * check that only loopback is ever contacted). */
static void
network_event_cb (SoupMessage        *message,
                  GSocketClientEvent  event,
                  GIOStream          *connection,
                  gpointer            user_data)
{
  MtFetchRequest *request = user_data;
  g_autoptr(GSocketAddress) address = NULL;

  if (event != G_SOCKET_CLIENT_CONNECTING || !G_IS_SOCKET_CONNECTION (connection))
    return;
  address = g_socket_connection_get_remote_address (G_SOCKET_CONNECTION (connection), NULL);
  if (address != NULL)
    g_signal_emit (request->fetcher, signals[CONNECTING], 0, address);
}

/* An internal server's certificate, signed by the authority the user
 * trusts: libsoup asks here only when the system's authorities refused. */
static gboolean
accept_certificate_cb (SoupMessage          *message,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       gpointer              user_data)
{
  MtFetchRequest *request = user_data;

  return request->fetcher->extra_authority != NULL &&
         mt_fetch_tls_trusted_by (request->fetcher->extra_authority, certificate, g_uri_get_host (request->uri));
}


static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  MtFetchRequest *request = g_task_get_task_data (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  GError *error = NULL;
  guint status;

  request->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (request->stream == NULL && soup_message_get_tls_peer_certificate_errors (message) != 0)
    {
      g_autofree char *reason = mt_fetch_tls_describe (soup_message_get_tls_peer_certificate_errors (message));

      /* Not "out of reach": the copy kept is not used in its place. */
      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_TLS, _("Could not get the data from %s: %s"),
                               request->host, reason));
      g_error_free (error);
      return;
    }
  if (request->stream == NULL)
    {
      mt_fetch_request_fail (task, mt_fetch_request_name_error (request, error));
      return;
    }
  /* An error status is no GError in libsoup. */
  status = soup_message_get_status (message);
  if (status == SOUP_STATUS_NOT_MODIFIED && request->copy != NULL)
    {
      succeed (task, fetched_from_copy (request, NULL));
      return;
    }
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      g_autoptr(GError) refused = NULL;
      g_autoptr(GUri) target = redirect_target (request, message, &refused);

      if (target == NULL)
        {
          mt_fetch_request_fail (task, g_steal_pointer (&refused));
          return;
        }
      /* The redirect's own body is not wanted. */
      mt_fetch_request_close_stream (request);
      g_uri_unref (request->uri);
      request->uri = g_steal_pointer (&target);
      mt_fetch_request_send (task);
      return;
    }
  if (is_web_page (message))
    {
      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_NOT_DATA,
                               _("%s sent a web page instead of data: check the address"), request->host));
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (message);

      remember_retry_after (request, message);
      mt_fetch_request_fail (task, g_error_new (MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS, _("%s answered “%u %s”"), request->host,
                               status, reason != NULL ? reason : soup_status_get_phrase (status)));
      return;
    }
  {
    SoupMessageHeaders *headers = soup_message_get_response_headers (message);

    request->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
    request->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  }
  g_hash_table_remove (request->fetcher->retry_after, request->url);
  if (request->sink != NULL)
    {
      request->sink->start (task, message);
      return;
    }
  mt_fetch_request_read_next (task);
}

void
mt_fetch_request_send (GTask *task)
{
  MtFetchRequest *request = g_task_get_task_data (task);
  g_autoptr(SoupMessage) message = soup_message_new_from_uri (SOUP_METHOD_GET, request->uri);

  /* Redirects are followed here, where their targets are checked. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  g_signal_connect (message, "accept-certificate", G_CALLBACK (accept_certificate_cb), request);
  g_signal_connect (message, "network-event", G_CALLBACK (network_event_cb), request);
  /* Only what changed since the copy kept is sent again. */
  if (request->copy != NULL && request->copy->etag != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "If-None-Match",
                                  request->copy->etag);
  if (request->copy != NULL && request->copy->last_modified != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "If-Modified-Since",
                                  request->copy->last_modified);
  soup_session_send_async (request->fetcher->session, message, G_PRIORITY_DEFAULT, request->cancellable,
                           sent_cb, task);
}

static gboolean
deadline_cb (gpointer user_data)
{
  MtFetchRequest *request = user_data;

  request->past_deadline = TRUE;
  g_cancellable_cancel (request->cancellable);
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *caller,
                     GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

/* A request for @url, or %NULL when @url is not one the fetcher asks for
 * (the reason in @error). The deadline starts now. */
MtFetchRequest *
mt_fetch_request_new (MtFetcher     *self,
                      const char    *url,
                      guint          deadline_seconds,
                      guint64        max_bytes,
                      GCancellable  *cancellable,
                      GError       **error)
{
  GUri *uri = mt_url_parse (url, error);
  MtFetchRequest *request;

  if (uri == NULL)
    return NULL;
  request = g_new0 (MtFetchRequest, 1);
  request->fetcher = g_object_ref (self);
  request->url = g_strdup (url);
  request->host = g_strdup (g_uri_get_host (uri));
  request->uri = uri;
  request->cancellable = g_cancellable_new ();
  request->deadline_seconds = deadline_seconds;
  request->max_bytes = max_bytes;
  request->body = g_byte_array_new ();
  request->announced = -1;
  if (cancellable != NULL)
    {
      request->caller_cancellable = g_object_ref (cancellable);
      request->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                       g_object_ref (request->cancellable), g_object_unref);
    }
  request->deadline = g_timeout_source_new (deadline_seconds * 1000);
  g_source_set_callback (request->deadline, deadline_cb, request, NULL);
  g_source_attach (request->deadline, g_main_context_get_thread_default ());
  return request;
}

/**
 * mt_fetcher_get_async:
 * @url: an http: or https: URL
 * @deadline_seconds: how long the whole request may take
 * @max_bytes: how many decoded bytes the body may have
 *
 * Gets @url into memory. Redirects are followed to the same server (or
 * one allowed with mt_fetcher_set_redirect_hosts()), never from https to
 * http; a web page where data was expected is an error.
 */
void
mt_fetcher_get_async (MtFetcher           *self,
                      const char          *url,
                      guint                deadline_seconds,
                      gsize                max_bytes,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  MtFetchRequest *request;

  g_return_if_fail (MT_IS_FETCHER (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (deadline_seconds > 0);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, mt_fetcher_get_async);
  request = mt_fetch_request_new (self, url, deadline_seconds, max_bytes, cancellable, &error);
  if (request == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  request->copy = self->cache != NULL ? mt_fetch_cache_lookup (self->cache, url) : NULL;
  g_task_set_task_data (task, request, (GDestroyNotify) mt_fetch_request_free);
  mt_fetch_request_send (g_steal_pointer (&task));
}

/** mt_fetcher_get_finish: Returns: (transfer full): what came, or %NULL with an error */
MtFetched *
mt_fetcher_get_finish (MtFetcher     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * mt_fetcher_set_cache:
 * @cache: (nullable): where the last good copies are kept
 */
void
mt_fetcher_set_cache (MtFetcher    *self,
                      MtFetchCache *cache)
{
  g_return_if_fail (MT_IS_FETCHER (self));
  g_set_object (&self->cache, cache);
}

/**
 * mt_fetcher_keep:
 * @fetched: what came, once it loaded without a document problem
 *
 * Makes @fetched the copy kept of its URL. A copy that came from the
 * cache stays as it is.
 */
gboolean
mt_fetcher_keep (MtFetcher  *self,
                 MtFetched  *fetched,
                 GError    **error)
{
  g_return_val_if_fail (MT_IS_FETCHER (self), FALSE);
  g_return_val_if_fail (fetched != NULL, FALSE);

  if (self->cache == NULL || fetched->from_copy)
    return TRUE;
  return mt_fetch_cache_keep (self->cache, fetched->url, fetched->body, fetched->etag, fetched->last_modified,
                              error);
}

/**
 * mt_fetcher_set_redirect_hosts:
 * @hosts: (nullable): other servers that redirects may lead to
 *
 * The user's list from Preferences: an institute's server may hand its
 * files to another of the institute's servers.
 */
void
mt_fetcher_set_redirect_hosts (MtFetcher          *self,
                               const char * const *hosts)
{
  g_return_if_fail (MT_IS_FETCHER (self));
  g_strfreev (self->redirect_hosts);
  self->redirect_hosts = g_strdupv ((char **) hosts);
}

gboolean
mt_fetcher_allows_redirect_host (MtFetcher  *self,
                                 const char *host)
{
  g_return_val_if_fail (MT_IS_FETCHER (self), FALSE);
  for (guint i = 0; self->redirect_hosts != NULL && self->redirect_hosts[i] != NULL; i++)
    if (g_ascii_strcasecmp (self->redirect_hosts[i], host) == 0)
      return TRUE;
  return FALSE;
}

/**
 * mt_fetcher_get_retry_after:
 * @url: a URL asked for before
 *
 * Returns: how many more seconds its server asked not to be asked again
 *   (Retry-After), or 0
 */
guint
mt_fetcher_get_retry_after (MtFetcher  *self,
                            const char *url)
{
  gint64 *until;

  g_return_val_if_fail (MT_IS_FETCHER (self), 0);
  g_return_val_if_fail (url != NULL, 0);

  until = g_hash_table_lookup (self->retry_after, url);
  if (until == NULL || *until <= g_get_monotonic_time ())
    return 0;
  return (guint) ((*until - g_get_monotonic_time () + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/**
 * mt_fetcher_set_extra_authority:
 * @path: (nullable): a PEM file of the authority of an internal server, or
 *   %NULL or "" for none
 *
 * Trusts certificates signed by that authority besides the system's. On
 * an error the previous authority stays.
 */
gboolean
mt_fetcher_set_extra_authority (MtFetcher   *self,
                                const char  *path,
                                GError     **error)
{
  GTlsDatabase *authority = NULL;

  g_return_val_if_fail (MT_IS_FETCHER (self), FALSE);

  if (path != NULL && *path != '\0')
    {
      authority = mt_fetch_tls_load_ca_file (path, error);
      if (authority == NULL)
        return FALSE;
    }
  /* Connections a trust taken back had accepted must not be used again. */
  if (self->extra_authority != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->extra_authority);
  self->extra_authority = authority;
  return TRUE;
}

/**
 * mt_fetcher_apply_settings:
 * @settings: the application's settings
 *
 * Takes the redirect hosts and the extra authority the user set in
 * Preferences, so that the window and the command line fetch alike.
 *
 * Returns: %FALSE with an error naming the authority's file when it could
 *   not be read; the rest is applied all the same
 */
gboolean
mt_fetcher_apply_settings (MtFetcher  *self,
                           GSettings  *settings,
                           GError    **error)
{
  g_auto(GStrv) hosts = NULL;
  g_autofree char *authority = NULL;

  g_return_val_if_fail (MT_IS_FETCHER (self), FALSE);
  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  hosts = g_settings_get_strv (settings, "redirect-hosts");
  mt_fetcher_set_redirect_hosts (self, (const char * const *) hosts);
  authority = g_settings_get_string (settings, "extra-authority-file");
  return mt_fetcher_set_extra_authority (self, authority, error);
}

static void
mt_fetcher_finalize (GObject *object)
{
  MtFetcher *self = MT_FETCHER (object);

  g_clear_object (&self->extra_authority);
  g_clear_pointer (&self->retry_after, g_hash_table_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);
  g_strfreev (self->redirect_hosts);
  G_OBJECT_CLASS (mt_fetcher_parent_class)->finalize (object);
}

static void
mt_fetcher_class_init (MtFetcherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_fetcher_finalize;

  /**
   * MtFetcher::connecting:
   * @address: the #GSocketAddress a connection is being opened to
   */
  signals[CONNECTING] = g_signal_new ("connecting", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                      NULL, G_TYPE_NONE, 1, G_TYPE_SOCKET_ADDRESS);
}

static void
mt_fetcher_init (MtFetcher *self)
{
  /* The languages follow the locale, for servers that translate. */
  self->session = soup_session_new_with_options ("user-agent", "Metodist/" PACKAGE_VERSION,
                                                 "accept-language-auto", TRUE,
                                                 "timeout", IDLE_TIMEOUT_SECONDS,
                                                 NULL);
  self->retry_after = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

MtFetcher *
mt_fetcher_new (void)
{
  return g_object_new (MT_TYPE_FETCHER, NULL);
}
