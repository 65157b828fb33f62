/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetcher.h: feeds and catalogs from the institute's server */
#pragma once

#include <gio/gio.h>

#include "mt-download.h"
#include "mt-fetch-cache.h"
#include "mt-fetch-error.h"
#include "mt-url.h"

G_BEGIN_DECLS



/* A feed may take this long in all, and be this large once decoded. */
#define MT_FETCH_FEED_DEADLINE_SECONDS 30
#define MT_FETCH_FEED_MAX_BYTES (64 * 1024 * 1024)

/* A material may take this long in all, and be this large. */
#define MT_FETCH_DOWNLOAD_DEADLINE_SECONDS (30 * 60)
#define MT_FETCH_DOWNLOAD_MAX_BYTES ((guint64) 2 * 1024 * 1024 * 1024)

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
void       mt_fetcher_download_async       (MtFetcher               *self,
                                            const MtDownloadOptions *options,
                                            GFileProgressCallback    progress,
                                            gpointer                 progress_data,
                                            GCancellable            *cancellable,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
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
