/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cell-text.c: a workbook cell's value as the text the table reader reads */
#define G_LOG_DOMAIN "mt-cell-text"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mt-cell-text.h"

/*
 * The table reader takes text, as a CSV gives it: numbers plainly ("1044",
 * "23.5"), dates as a Russian user sees them ("06.12.2023"), which is
 * what the title reader finds a period in.
 */

/** mt_cell_text_from_number: (transfer full): "1044", "23.5", "-0.125" */
char *
mt_cell_text_from_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  /* Fifteen digits: what Excel shows, without 0.1's binary tail. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static char *
date_text (GDate *date)
{
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * mt_cell_text_from_serial:
 * @serial: a date as a spreadsheet stores it: days since its epoch
 *
 * Returns: (transfer full): "06.12.2023"; the number itself when it is
 *   no date of years 1900 to 9999
 */
char *
mt_cell_text_from_serial (double       serial,
                          MtDateSystem system)
{
  g_autoptr(GDate) date = g_date_new ();
  double days = floor (serial);

  /* 31.12.9999 is day 2,958,465 from 1900, 1,462 fewer from 1904. */
  if (!isfinite (serial) || days < 0 || days > (system == MT_DATE_SYSTEM_1904 ? 2958465 - 1462 : 2958465))
    return mt_cell_text_from_number (serial);
  if (system == MT_DATE_SYSTEM_1904)
    {
      g_date_set_dmy (date, 1, G_DATE_JANUARY, 1904);
      g_date_add_days (date, (guint) days);
      return date_text (date);
    }
  if (days < 1)
    return mt_cell_text_from_number (serial);
  /* Excel counts a 29 February 1900 that never was (day 60). */
  if (days == 60)
    return g_strdup ("29.02.1900");
  g_date_set_dmy (date, 31, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, (guint) (days < 60 ? days : days - 1));
  return date_text (date);
}

/** mt_cell_text_from_iso_date: (transfer full): "2023-12-06T00:00:00" as "06.12.2023"; other text as it is */
char *
mt_cell_text_from_iso_date (const char *iso)
{
  guint year, month, day;

  if (strlen (iso) >= 10 && sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%02u.%02u.%04u", day, month, year);
  return g_strdup (iso);
}

/**
 * mt_cell_format_is_date:
 * @format_code: a number format ("dd.mm.yyyy", "#,##0", "[$-419]d mmmm yyyy")
 *
 * Returns: whether it shows a date: it has a day or a year, or a month
 *   without hours or seconds (so "h:mm" is a time); text in quotes, after
 *   a backslash and in brackets ("[Red]", "[$-419]") is not read
 */
gboolean
mt_cell_format_is_date (const char *format_code)
{
  gboolean day_or_year = FALSE, month = FALSE, time = FALSE;

  for (const char *p = format_code; *p != '\0'; p++)
    {
      switch (g_ascii_tolower (*p))
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return day_or_year || (month && !time);
          break;
        case '[':
          p = strchr (p + 1, ']');
          if (p == NULL)
            return day_or_year || (month && !time);
          break;
        case '\\':
          if (p[1] != '\0')
            p++;
          break;
        case 'd':
        case 'y':
          day_or_year = TRUE;
          break;
        case 'm':
          month = TRUE;
          break;
        case 'h':
        case 's':
          time = TRUE;
          break;
        default:
          break;
        }
    }
  return day_or_year || (month && !time);
}
