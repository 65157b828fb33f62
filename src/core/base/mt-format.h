/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-format.h: numbers and dates as the user's locale writes them on screen */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mt_format_count (gint64 value);
char *mt_format_date    (GDateTime  *date);
gboolean mt_is_iso_date   (const char *text);
char *mt_format_iso_date (const char *iso_date);
char *mt_parse_date     (const char *text);
char *mt_format_period  (const char *from,
                         const char *to);
char *mt_format_period_short (const char *from,
                              const char *to);
char *mt_iso_date_add_days (const char *iso_date,
                            int         days);
char *mt_format_stage_dates (const char *from,
                             const char *to);
char *mt_format_percent (double      fraction);
char *mt_format_points  (double      change);

G_END_DECLS
