/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-refresh-interval.h: when a page gets its web source again by itself */
#pragma once

#include <gio/gio.h>

#include "mt-fetcher.h"

G_BEGIN_DECLS

gboolean mt_source_is_web_address (const char *source);
guint    mt_refresh_interval      (GSettings  *settings,
                                   MtFetcher  *fetcher,
                                   const char *source);

G_END_DECLS
