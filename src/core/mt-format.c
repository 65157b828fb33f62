/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-format.c: numbers and dates as the user's locale writes them on screen */
#define G_LOG_DOMAIN "mt-format"

#include "config.h"

#include "mt-format.h"

/*
 * These are for the screen only. Files always get plain machine formats
 * (g_ascii_formatd, ISO 8601), whatever the locale says.
 */

/**
 * mt_format_count:
 * @value: a count, such as the number of active teachers
 *
 * Formats @value with the thousands separator of the current `LC_NUMERIC`
 * (a no-break space in Russian: "1 044"), so that a long number never
 * breaks across lines on screen.
 *
 * Returns: (transfer full): the formatted count
 */
char *
mt_format_count (gint64 value)
{
  /* The C library knows every locale's grouping; the ' flag asks for it. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

/**
 * mt_format_date:
 * @date: a date and time
 *
 * Formats the date part of @date the way the current locale writes a short
 * date ("06.12.2023" in Russian).
 *
 * Returns: (transfer full): the formatted date
 */
char *
mt_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_date_time_format (date, "%x");
}
