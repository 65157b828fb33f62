/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-cache.h: the last good copy of each fetched source */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A copy kept of what a URL gave, and how to ask whether it changed. */
typedef struct
{
  GBytes *body;
  char *etag;           /* nullable */
  char *last_modified;  /* nullable */
  GDateTime *saved_at;
} MtFetchCopy;

void mt_fetch_copy_free (MtFetchCopy *copy);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtFetchCopy, mt_fetch_copy_free)

#define MT_TYPE_FETCH_CACHE (mt_fetch_cache_get_type ())

G_DECLARE_FINAL_TYPE (MtFetchCache, mt_fetch_cache, MT, FETCH_CACHE, GObject)

MtFetchCache *mt_fetch_cache_new    (const char    *dir);
MtFetchCopy  *mt_fetch_cache_lookup (MtFetchCache  *self,
                                     const char    *url);
gboolean      mt_fetch_cache_keep   (MtFetchCache  *self,
                                     const char    *url,
                                     GBytes        *body,
                                     const char    *etag,
                                     const char    *last_modified,
                                     GError       **error);

G_END_DECLS
