/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-request.h: one request of the fetcher, shared by its two ends:
 * the transport (mt-fetcher.c: redirects, certificates, deadlines, the
 * copies kept) and the download to a file (mt-fetch-download.c). Private
 * to the core. */
#pragma once

#include <libsoup/soup.h>

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

  /* A download goes to a ".part" file beside where it will be, and is
   * moved into place only once checked. */
  GFile *folder;
  char *base_name;            /* from the catalog title, made safe */
  char *expected_sha256;      /* nullable */
  guint64 size_hint;          /* the catalog's size, for progress */
  MtDownloadProgress progress;
  gpointer progress_data;
  GFile *part;
  GOutputStream *out;
  GBytes *writing;            /* the chunk being written */
  GChecksum *checksum;
  guint8 head[16];            /* the first bytes, for the magic check */
  gsize head_size;
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

/* The download's end, called by the transport. */
gboolean        mt_fetch_download_start       (GTask          *task,
                                               SoupMessage    *message);
void            mt_fetch_download_chunk       (GTask          *task,
                                               GBytes         *chunk);
void            mt_fetch_download_discard     (MtFetchRequest *request);

G_END_DECLS
