/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-fetch.h: what the fetcher's tests share: a request waited for, and
 * the guard that nothing but loopback is ever contacted */
#pragma once

#include "mt-fetcher.h"

G_BEGIN_DECLS

typedef struct
{
  MtFetched *fetched;
  GBytes *bytes;   /* the fetched body */
  GFile *file;     /* a download */
  GError *error;
  gboolean done;
} Outcome;

Outcome test_fetch          (MtFetcher    *fetcher,
                             const char   *url,
                             guint         deadline_seconds,
                             gsize         max_bytes,
                             GCancellable *cancellable);
void    outcome_clear       (Outcome      *outcome);
void    guard_loopback      (MtFetcher    *fetcher,
                             guint        *connections);

G_END_DECLS
