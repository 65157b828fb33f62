/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-format.c: numbers and dates as the user's locale writes them on screen */
#define G_LOG_DOMAIN "mt-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/* A day as files write it ("2023-12-06"), at midnight UTC; %NULL for
 * anything else. */
static GDateTime *
parse_iso_date (const char *iso_date)
{
  g_autofree char *midnight = g_strconcat (iso_date, "T00:00:00Z", NULL);

  return g_date_time_new_from_iso8601 (midnight, NULL);
}

/**
 * mt_format_iso_date:
 * @iso_date: a date as files write it, "2023-12-06"
 *
 * Returns: (transfer full) (nullable): the date as the locale writes it,
 *   or %NULL when @iso_date is not a date
 */
char *
mt_format_iso_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (iso_date != NULL, NULL);

  date = parse_iso_date (iso_date);
  return date != NULL ? mt_format_date (date) : NULL;
}

/**
 * mt_format_period:
 * @from: (nullable): the first day, "2023-11-29"
 * @to: (nullable): the last day, "2023-12-06"
 *
 * Returns: (transfer full): "29.11.2023–06.12.2023" in Russian, or "—"
 *   when the period is unknown
 */
char *
mt_format_period (const char *from,
                  const char *to)
{
  g_autofree char *first = from != NULL ? mt_format_iso_date (from) : NULL;
  g_autofree char *last = to != NULL ? mt_format_iso_date (to) : NULL;

  if (first == NULL || last == NULL)
    return g_strdup ("—");
  return g_strdup_printf ("%s–%s", first, last);
}

/* The locale's short date without its year ("22.11" of "22.11.2023"): the
 * year, at either end, goes with the separator next to it. strftime has
 * no "day and month" of the locale's own, hence this. */
static char *
without_year (GDateTime *date)
{
  g_autofree char *text = mt_format_date (date);
  g_autofree char *long_year = g_date_time_format (date, "%Y");
  g_autofree char *short_year = g_date_time_format (date, "%y");
  const char *years[] = { long_year, short_year };
  gsize length = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      gsize year = strlen (years[i]);

      if (length > year + 1 && g_str_has_suffix (text, years[i]))
        return g_strndup (text, length - year - 1);
      if (length > year + 1 && g_str_has_prefix (text, years[i]))
        return g_strdup (text + year + 1);
    }
  return g_steal_pointer (&text);
}

/**
 * mt_format_period_short:
 * @from: (nullable): the first day, "2023-11-22"
 * @to: (nullable): the last day, "2023-11-29"
 *
 * A period as a list of them shows it: the year once when both days are in
 * the same year.
 *
 * Returns: (transfer full): "22.11–29.11.2023" in Russian, or "—" when the
 *   period is unknown
 */
char *
mt_format_period_short (const char *from,
                        const char *to)
{
  g_autoptr(GDateTime) first = from != NULL ? parse_iso_date (from) : NULL;
  g_autoptr(GDateTime) last = to != NULL ? parse_iso_date (to) : NULL;
  g_autofree char *day_month = NULL;
  g_autofree char *last_text = NULL;

  if (first == NULL || last == NULL)
    return g_strdup ("—");
  if (g_date_time_get_year (first) != g_date_time_get_year (last))
    return mt_format_period (from, to);
  day_month = without_year (first);
  last_text = mt_format_date (last);
  return g_strdup_printf ("%s–%s", day_month, last_text);
}

/**
 * mt_iso_date_add_days:
 * @iso_date: a date as files write it, "2023-11-22"
 *
 * Returns: (transfer full) (nullable): the date @days later, "2023-11-29",
 *   or %NULL when @iso_date is not a date
 */
char *
mt_iso_date_add_days (const char *iso_date,
                      int         days)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) later = NULL;

  g_return_val_if_fail (iso_date != NULL, NULL);
  date = parse_iso_date (iso_date);
  later = date != NULL ? g_date_time_add_days (date, days) : NULL;
  return later != NULL ? g_date_time_format (later, "%Y-%m-%d") : NULL;
}

/**
 * mt_format_percent:
 * @fraction: a share from 0 to 1, or NAN when unknown
 *
 * Returns: (transfer full): "20,0 %" in Russian, "20.0%" in English, "—"
 *   when unknown
 */
char *
mt_format_percent (double fraction)
{
  if (isnan (fraction))
    return g_strdup ("—");
  /* TRANSLATORS: a share in percent with one decimal; Russian puts a
   * no-break space before the sign: "%.1f %%". */
  return g_strdup_printf (_("%.1f%%"), fraction * 100);
}

/**
 * mt_format_points:
 * @change: a change of a share (0.012 = 1.2 points), or NAN when unknown
 *
 * Returns: (transfer full): "+1,2" or "−0,4" percentage points, "—" when
 *   unknown
 */
char *
mt_format_points (double change)
{
  double points = change * 100;

  if (isnan (change))
    return g_strdup ("—");
  /* A true minus sign reads better than a hyphen in a column of numbers. */
  if (points < -0.05)
    return g_strdup_printf ("−%.1f", -points);
  return g_strdup_printf ("+%.1f", fabs (points));
}

/* Returns: whether @text is a real day written "2023-11-29" */
gboolean
mt_is_iso_date (const char *text)
{
  static const char pattern[] = "dddd-dd-dd";

  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < sizeof pattern - 1; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  if (text[sizeof pattern - 1] != '\0')
    return FALSE;

  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

/* The three numbers of @text, in order; FALSE unless there are three. */
static gboolean
three_numbers (const char *text,
               guint       numbers[3])
{
  guint n = 0;

  for (const char *c = text; *c != '\0';)
    {
      if (!g_ascii_isdigit (*c))
        {
          c++;
          continue;
        }
      if (n == 3)
        return FALSE;
      numbers[n++] = (guint) g_ascii_strtoull (c, (char **) &c, 10);
    }
  return n == 3;
}

/* Whether @text names the day as the locale writes it, number for number
 * (a year of two digits matching the last two of the year). */
static gboolean
in_locale_order (const char *text,
                 guint       year,
                 guint       month,
                 guint       day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
  g_autofree char *shown = date != NULL ? mt_format_date (date) : NULL;
  guint typed[3], expected[3];

  if (shown == NULL || !three_numbers (text, typed) || !three_numbers (shown, expected))
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      gboolean is_year = expected[i] == year || expected[i] == year % 100;

      if (typed[i] != expected[i] && !(is_year && typed[i] % 100 == year % 100))
        return FALSE;
    }
  return TRUE;
}

/**
 * mt_parse_date:
 * @text: a day as a person types it: as the locale writes dates
 *   ("06.12.2023" in Russian, as mt_format_date() shows them) or as files
 *   do ("2023-12-06")
 *
 * GDate reads the locale's order of day, month and year; a whole date in
 * numbers is required, so that "6" or "6.12" is never completed by a guess.
 * A two-digit year is this century's (23 is 2023).
 *
 * Returns: (transfer full) (nullable): the day as files write it, or %NULL
 *   when @text is not a whole real date
 */
char *
mt_parse_date (const char *text)
{
  g_autofree char *trimmed = NULL;
  guint groups = 0, longest = 0, run = 0;
  GDateYear year;
  GDate date;

  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (mt_is_iso_date (trimmed))
    return g_steal_pointer (&trimmed);
  for (const char *c = trimmed;; c++)
    {
      if (g_ascii_isdigit (*c))
        {
          run++;
          continue;
        }
      /* Numbers only, between the separators dates use. */
      if (*c != '\0' && strchr ("./- ", *c) == NULL)
        return NULL;
      if (run > 0)
        groups++;
      longest = MAX (longest, run);
      run = 0;
      if (*c == '\0')
        break;
    }
  /* Day, month and year: the year as the locale writes it, "2023" or "23"
   * (the C locale's "%x" has two digits). */
  if (groups != 3 || longest > 4)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, trimmed);
  if (!g_date_valid (&date))
    return NULL;
  /* A year of two digits is this century's: GDate would read "23" as the
   * year 23 in Russian, and "31" as 1931 in the C locale. */
  year = g_date_get_year (&date);
  if (longest <= 2)
    year = 2000 + year % 100;
  if (!g_date_valid_dmy (g_date_get_day (&date), g_date_get_month (&date), year))
    return NULL;
  /* GDate, failing the locale's order, tries others: "31.02.20", half of
   * "31.02.2024" as it is typed, would become 20.02.2031. The numbers
   * must be the locale's own for that day, in its order. */
  if (!in_locale_order (trimmed, year, g_date_get_month (&date), g_date_get_day (&date)))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * mt_format_stage_dates:
 * @from: (nullable): a stage's first day, "2023-12-01"
 * @to: (nullable): its last day
 *
 * Returns: (transfer full): "01.12.2023 – 21.01.2024", "до 31.01.2024",
 *   "с 01.03.2024", or "—" without either
 */
char *
mt_format_stage_dates (const char *from,
                       const char *to)
{
  g_autofree char *first = from != NULL ? mt_format_iso_date (from) : NULL;
  g_autofree char *last = to != NULL ? mt_format_iso_date (to) : NULL;

  if (first != NULL && last != NULL)
    return g_strdup_printf ("%s – %s", first, last);
  if (last != NULL)
    /* TRANSLATORS: a stage with only a last day. */
    return g_strdup_printf (_("by %s"), last);
  if (first != NULL)
    /* TRANSLATORS: a stage with only a first day. */
    return g_strdup_printf (_("from %s"), first);
  return g_strdup ("—");
}
