/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-feed.h: a document got, read in a worker, its copy kept, got again */
#pragma once

#include <gio/gio.h>

#include "mt-fetcher.h"

G_BEGIN_DECLS

/* Where the document being loaded (or last loaded) came from. */
typedef enum
{
  MT_FEED_NONE,
  MT_FEED_WEB,    /* an http(s) address, through the fetcher */
  MT_FEED_FILE,   /* a file */
  MT_FEED_STDIN,  /* standard input ("-") */
  MT_FEED_TEXT,   /* text the user gave (a pasted table) */
  MT_FEED_DEMO,   /* the built-in demo */
} MtFeedOrigin;

/**
 * MtFeedParser:
 * @prepare: (nullable): on the main thread as a load begins: a copy of
 *   what @parse needs (the user's choices), freed with @free_snapshot;
 *   @again when the document last read is read again (mt_feed_reload())
 * @parse: in a worker thread: what the document gives, or %NULL with an
 *   error; @bytes is %NULL for the demo, named by @demo (%NULL: the latest)
 * @free_result: frees what @parse made, in a worker thread once the owner
 *   has had it: anything the owner keeps, it keeps by its own reference
 *
 * What a feed's documents are read into; the feed knows nothing of it.
 */
typedef struct
{
  gpointer (*prepare)       (gpointer owner,
                             gboolean again);
  gpointer (*parse)         (GBytes        *bytes,
                             const char    *demo,
                             gpointer       snapshot,
                             GCancellable  *cancellable,
                             GError       **error);
  GDestroyNotify free_snapshot;
  GDestroyNotify free_result;
} MtFeedParser;

#define MT_TYPE_FEED (mt_feed_get_type ())

G_DECLARE_FINAL_TYPE (MtFeed, mt_feed, MT, FEED, GObject)

MtFeed          *mt_feed_new                (MtFetcher          *fetcher,
                                             const MtFeedParser *parser,
                                             gpointer            owner);

gboolean         mt_feed_is_web_address     (const char         *source);
guint            mt_feed_interval_for       (const char         *setting);

void             mt_feed_set_source         (MtFeed             *self,
                                             const char         *source);
const char      *mt_feed_get_source         (MtFeed             *self);
void             mt_feed_set_interval       (MtFeed             *self,
                                             guint               seconds);
guint            mt_feed_get_interval       (MtFeed             *self);

void             mt_feed_refresh            (MtFeed             *self);
void             mt_feed_load_file          (MtFeed             *self,
                                             GFile              *file,
                                             const char         *label);
void             mt_feed_load_bytes         (MtFeed             *self,
                                             GBytes             *bytes,
                                             const char         *label);
void             mt_feed_load_demo          (MtFeed             *self,
                                             const char         *which,
                                             const char         *label);
void             mt_feed_load_stdin         (MtFeed             *self);
void             mt_feed_reload             (MtFeed             *self);
void             mt_feed_cancel             (MtFeed             *self);
void             mt_feed_stop               (MtFeed             *self);

gboolean         mt_feed_get_busy           (MtFeed             *self);
guint            mt_feed_get_refresh_seconds (MtFeed            *self);
const char      *mt_feed_get_offline_notice (MtFeed             *self);
MtFeedOrigin     mt_feed_get_origin         (MtFeed             *self);
const char      *mt_feed_get_label          (MtFeed             *self);
GFile           *mt_feed_get_file           (MtFeed             *self);
const MtFetched *mt_feed_get_fetched        (MtFeed             *self);

G_END_DECLS
