/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-format.c: on-screen numbers and dates in the user's locale */
#include "config.h"

#include <locale.h>

#include "mt-format.h"

/* Runs the checks of one test under @name for this thread only, the way a
 * Russian or an English desktop session would set it. */
static locale_t
use_locale (const char *name)
{
  locale_t loc = newlocale (LC_ALL_MASK, name, (locale_t) 0);

  /* The test command creates ru_RU.UTF-8 when the machine lacks it. */
  if (loc == (locale_t) 0)
    g_error ("locale %s is missing; run the test command from README.md", name);
  return uselocale (loc);
}

static void
restore_locale (locale_t previous)
{
  locale_t current = uselocale (previous);

  freelocale (current);
}

static void
test_count_russian (void)
{
  locale_t previous = use_locale ("ru_RU.UTF-8");
  g_autofree char *small = mt_format_count (44);
  g_autofree char *thousand = mt_format_count (1044);
  g_autofree char *big = mt_format_count (71500000);
  g_autofree char *negative = mt_format_count (-2330);

  restore_locale (previous);

  /* The locale's own separator groups the thousands: a no-break space, or
   * in glibc 2.36 the narrow no-break space, so "1 044" never breaks. */
  g_assert_cmpstr (small, ==, "44");
  g_assert_true (g_str_equal (thousand, "1\u00a0044") || g_str_equal (thousand, "1\u202f044"));
  g_assert_true (g_str_equal (big, "71\u00a0500\u00a0000") ||
                 g_str_equal (big, "71\u202f500\u202f000"));
  g_assert_true (g_str_equal (negative, "-2\u00a0330") || g_str_equal (negative, "-2\u202f330"));
}

static void
test_count_c (void)
{
  locale_t previous = use_locale ("C.UTF-8");
  g_autofree char *thousand = mt_format_count (1044);

  restore_locale (previous);

  g_assert_cmpstr (thousand, ==, "1044");
}

static void
test_date_russian (void)
{
  locale_t previous = use_locale ("ru_RU.UTF-8");
  g_autoptr(GDateTime) date = g_date_time_new_local (2023, 12, 6, 15, 0, 0);
  g_autofree char *text = mt_format_date (date);

  restore_locale (previous);

  g_assert_cmpstr (text, ==, "06.12.2023");
}

/* Dates typed in the editor: as the locale writes them, or as files do;
 * never half a date. GDate reads the process's locale, so this one test
 * sets it for the whole process and puts it back. */
static void
test_parse_date_russian (void)
{
  /* "31.02.20" is "31.02.2024" half typed: GDate would read it as 20.02.2031. */
  static const char * const refused[] = { "31.02.2024", "31.02.20", "31.02.202", "6.12", "6", "", "  ", "дата",
                                          "06.12.20230", "2023-12-6x" };
  g_autofree char *shown = NULL;
  g_autofree char *short_day = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *short_year = NULL;

  g_assert_nonnull (setlocale (LC_ALL, "ru_RU.UTF-8"));
  shown = mt_parse_date ("06.12.2023");
  short_day = mt_parse_date ("6.12.2023");
  iso = mt_parse_date ("2023-12-06");
  spaced = mt_parse_date (" 07.12.2023 ");
  short_year = mt_parse_date ("06.12.23");
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *parsed = mt_parse_date (refused[i]);

      if (parsed != NULL)
        g_error ("“%s” was read as %s", refused[i], parsed);
    }
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (shown, ==, "2023-12-06");
  g_assert_cmpstr (short_day, ==, "2023-12-06");
  g_assert_cmpstr (iso, ==, "2023-12-06");
  g_assert_cmpstr (spaced, ==, "2023-12-07");
  g_assert_cmpstr (short_year, ==, "2023-12-06");
}

/* What the editor shows a date as, it reads back, in either language. */
static void
test_parse_date_round_trip (void)
{
  static const char * const locales[] = { "C.UTF-8", "ru_RU.UTF-8" };
  static const char * const days[] = { "2023-12-06", "2024-02-29", "2024-01-31", "2031-07-04" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_assert_nonnull (setlocale (LC_ALL, locales[l]));
      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          g_autofree char *shown = mt_format_iso_date (days[d]);
          g_autofree char *read = mt_parse_date (shown);

          if (g_strcmp0 (read, days[d]) != 0)
            g_error ("%s: %s shown as “%s” reads back as %s", locales[l], days[d], shown, read);
        }
    }
  setlocale (LC_ALL, "C.UTF-8");
}

/* A period in a list: the year once when both days share it. */
static void
test_period_short (void)
{
  struct
  {
    const char *locale, *from, *to, *shown;
  } cases[] = {
    { "ru_RU.UTF-8", "2023-11-22", "2023-11-29", "22.11–29.11.2023" },
    { "ru_RU.UTF-8", "2023-12-27", "2024-01-03", "27.12.2023–03.01.2024" },
    { "C.UTF-8", "2023-11-22", "2023-11-29", "11/22–11/29/23" },
    { "ru_RU.UTF-8", NULL, "2023-11-29", "—" },
    { "ru_RU.UTF-8", "2023-11-31", "2023-12-06", "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = NULL;

      g_assert_nonnull (setlocale (LC_ALL, cases[i].locale));
      shown = mt_format_period_short (cases[i].from, cases[i].to);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
  setlocale (LC_ALL, "C.UTF-8");
  {
    g_autofree char *week_later = mt_iso_date_add_days ("2023-11-29", 7);

    g_assert_cmpstr (week_later, ==, "2023-12-06");
    g_assert_null (mt_iso_date_add_days ("not a date", 7));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/format/count/russian", test_count_russian);
  g_test_add_func ("/metodist/format/count/c", test_count_c);
  g_test_add_func ("/metodist/format/date/russian", test_date_russian);
  g_test_add_func ("/metodist/format/date/parse-russian", test_parse_date_russian);
  g_test_add_func ("/metodist/format/date/parse-round-trip", test_parse_date_round_trip);
  g_test_add_func ("/metodist/format/period-short", test_period_short);

  return g_test_run ();
}
