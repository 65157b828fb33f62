/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-download-name.h: safe file names for downloaded materials, and what
 * their first bytes say they are */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char       *mt_download_safe_name       (const char  *title);
char       *mt_download_numbered_name   (const char  *base,
                                         guint        number,
                                         const char  *extension);
const char *mt_download_claimed_extension (const char *url,
                                           const char *content_type);
const char *mt_download_choose_extension (const guint8 *head,
                                          gsize         head_size,
                                          const char   *claimed,
                                          GError      **error);

G_END_DECLS
