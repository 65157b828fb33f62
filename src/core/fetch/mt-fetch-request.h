/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-request.h: one request of the fetcher, shared by its two ends:
 * the transport (mt-fetcher.c: redirects, certificates, deadlines, the
 * copies kept) and, for a download, the sink that hands the body to an
 * MtDownload (mt-fetch-download.c). Private to the core. */
#pragma once

#include <libsoup/soup.h>

#include "mt-download.h"
#include "mt-fetch-cache.h"
#include "mt-fetcher.h"

G_BEGIN_DECLS

typedef struct
{
  MtFetcher *fetcher;
  char *url;                  /* as asked, the cache's key */
  MtFetchCopy *copy;          /* the copy kept, to revalidate or fall back on */
  char *etag;                 /* of the fresh answer */
  char *last_modified;
  GUri *uri;                  /* where the request is now, after redirects */
  guint redirects;
  char *host;                 /* for messages: the host first asked */
  GCancellable *cancellable;  /* cancelled by the caller's or the deadline */
  GCancellable *caller_cancellable;
  gulong caller_handler;
  GSource *deadline;
  guint deadline_seconds;
  gboolean past_deadline;
  guint64 max_bytes;
  GByteArray *body;
  GInputStream *stream;

  /* A download: its body goes to the file, not to memory. */
  const struct _MtFetchSink *sink;
  MtDownload *download;
  GFileProgressCallback progress;
  gpointer progress_data;
  guint64 received;
  gint64 announced;           /* Content-Length, or -1 */
  char *content_type;
} MtFetchRequest;

MtFetchRequest *mt_fetch_request_new          (MtFetcher      *fetcher,
                                               const char     *url,
                                               guint           deadline_seconds,
                                               guint64         max_bytes,
                                               GCancellable   *cancellable,
                                               GError        **error);
void            mt_fetch_request_free         (MtFetchRequest *request);
void            mt_fetch_request_send         (GTask          *task);
void            mt_fetch_request_read_next    (GTask          *task);
void            mt_fetch_request_close_stream (MtFetchRequest *request);
GError         *mt_fetch_request_name_error   (MtFetchRequest *request,
                                               GError         *error);
void            mt_fetch_request_fail         (GTask          *task,
                                               GError         *error);

/**
 * MtFetchSink:
 * @start: the answer is good: the sink goes on (reading with
 *   mt_fetch_request_read_next()) or fails the task
 * @chunk: a piece of the body; an empty one at the end
 * @fail: takes @error and returns it once the sink has cleaned up
 *
 * What takes a request's body instead of memory (mt-fetch-download.c).
 * The transport calls it only through these pointers: the dependency runs
 * one way, from the sink to the transport.
 */
typedef struct _MtFetchSink
{
  void (*start) (GTask       *task,
                 SoupMessage *message);
  void (*chunk) (GTask       *task,
                 GBytes      *chunk);
  void (*fail)  (GTask       *task,
                 GError      *error);
} MtFetchSink;

G_END_DECLS
