/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetcher.h: feeds and catalogs from the institute's server */
#pragma once

#include <gio/gio.h>

#include "mt-fetch-cache.h"

G_BEGIN_DECLS

#define MT_FETCH_ERROR (mt_fetch_error_quark ())

/* Why a request gave no document; the message names the cause. */
typedef enum
{
  MT_FETCH_ERROR_URL,        /* not an http: or https: URL with a host */
  MT_FETCH_ERROR_STATUS,     /* the server answered with an error status */
  MT_FETCH_ERROR_NOT_DATA,   /* a web page where data was expected */
  MT_FETCH_ERROR_REDIRECT,   /* a redirect refused: elsewhere, to http, a loop */
  MT_FETCH_ERROR_DEADLINE,   /* the whole request took too long */
  MT_FETCH_ERROR_TOO_LARGE,  /* more decoded bytes than allowed */
  MT_FETCH_ERROR_NETWORK,    /* no connection: refused, unknown host, cut off */
  MT_FETCH_ERROR_TLS,        /* the server's certificate was refused */
  MT_FETCH_ERROR_INCOMPLETE, /* a download shorter than announced */
  MT_FETCH_ERROR_CONTENT,    /* a download that is not what it claims */
} MtFetchError;

/* A feed may take this long in all, and be this large once decoded. */
#define MT_FETCH_FEED_DEADLINE_SECONDS 30
#define MT_FETCH_FEED_MAX_BYTES (64 * 1024 * 1024)

/* A material may take this long in all, and be this large. */
#define MT_FETCH_DOWNLOAD_DEADLINE_SECONDS (30 * 60)
#define MT_FETCH_DOWNLOAD_MAX_BYTES ((guint64) 2 * 1024 * 1024 * 1024)

/* Called as a download is written: the bytes so far, the total or 0. */
typedef void (*MtDownloadProgress) (guint64  received,
                                    guint64  total,
                                    gpointer user_data);

/* What a request gave: fresh from the server, or the copy kept. */
typedef struct
{
  char *url;
  GBytes *body;
  char *etag;             /* nullable: for the copy kept */
  char *last_modified;    /* nullable */
  gboolean from_copy;     /* unchanged on the server (304), or offline */
  char *offline_reason;   /* the server could not be reached: why; else NULL */
  GDateTime *copy_saved_at; /* when the copy was kept, if from_copy */
} MtFetched;

void mt_fetched_free (MtFetched *fetched);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtFetched, mt_fetched_free)

#define MT_TYPE_FETCHER (mt_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (MtFetcher, mt_fetcher, MT, FETCHER, GObject)

GQuark     mt_fetch_error_quark            (void);
GUri      *mt_fetch_parse_url              (const char          *text,
                                            GError             **error);

MtFetcher *mt_fetcher_new                  (void);
void       mt_fetcher_set_redirect_hosts   (MtFetcher           *self,
                                            const char * const  *hosts);
gboolean   mt_fetcher_allows_redirect_host (MtFetcher           *self,
                                            const char          *host);
void       mt_fetcher_get_async            (MtFetcher           *self,
                                            const char          *url,
                                            guint                deadline_seconds,
                                            gsize                max_bytes,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
MtFetched *mt_fetcher_get_finish           (MtFetcher           *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void       mt_fetcher_download_async       (MtFetcher           *self,
                                            const char          *url,
                                            GFile               *folder,
                                            const char          *title,
                                            const char          *sha256,
                                            guint64              size_hint,
                                            guint                deadline_seconds,
                                            guint64              max_bytes,
                                            MtDownloadProgress   progress,
                                            gpointer             progress_data,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GFile     *mt_fetcher_download_finish      (MtFetcher           *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void       mt_fetcher_set_cache            (MtFetcher           *self,
                                            MtFetchCache        *cache);
guint      mt_fetcher_get_retry_after      (MtFetcher           *self,
                                            const char          *url);
gboolean   mt_fetcher_set_extra_authority  (MtFetcher           *self,
                                            const char          *path,
                                            GError             **error);
gboolean   mt_fetcher_apply_settings       (MtFetcher           *self,
                                            GSettings           *settings,
                                            GError             **error);
gboolean   mt_fetcher_keep                 (MtFetcher           *self,
                                            MtFetched           *fetched,
                                            GError             **error);

G_END_DECLS
