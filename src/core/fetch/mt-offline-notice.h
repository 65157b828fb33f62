/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-offline-notice.h: how a page says where fetched data came from, and
 * that it is an offline copy of a certain age */
#pragma once

#include "mt-fetcher.h"

G_BEGIN_DECLS

char *mt_offline_notice_text   (const MtFetched *fetched);
char *mt_offline_source_label  (const MtFetched *fetched);

G_END_DECLS
