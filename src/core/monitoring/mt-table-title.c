/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-title.c: the region and the period a table's title lines name */
#define G_LOG_DOMAIN "mt-table-title"

#include "config.h"

#include <stdlib.h>

#include "mt-table-title.h"

/*
 * Spreadsheets saved from the platform and the region's own tables carry
 * a title above the header: «Мониторинг … Кировская область», «Период:
 * 29.11.2023 - 06.12.2023», «с 29.11.2023 по 06.12.2023», «29.11–06.12.2023».
 * What can be read from it saves the user typing it, and lets such a table
 * enter the history like a feed. GRegex does the matching; the dates are
 * checked with GDate.
 */

/* A period between two full dates: "29.11.2023 - 06.12.2023", "с … по …". */
#define FULL_PERIOD "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:-|–|—|по|до)\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"
/* The same year once: "29.11–06.12.2023". */
#define SHORT_PERIOD "(\\d{1,2})\\.(\\d{1,2})\\s*(?:-|–|—)\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"
/* As files write dates: "2023-11-29 – 2023-12-06". */
#define ISO_PERIOD "(\\d{4})-(\\d{2})-(\\d{2})\\s*(?:-|–|—|по|\\.\\.)\\s*(\\d{4})-(\\d{2})-(\\d{2})"

static int
group_int (GMatchInfo *match,
           int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return atoi (text);
}

static char *
iso_date (int day,
          int month,
          int year)
{
  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* The first match of @pattern in @text, with the day, month and year
 * groups of both ends as @order gives them (d1 m1 y1 d2 m2 y2; a missing
 * first year is 0: the second's). */
static gboolean
match_period (const char *text,
              const char *pattern,
              const int   order[6],
              char      **from,
              char      **to)
{
  /* Not G_REGEX_OPTIMIZE: PCRE2's JIT compiling costs more than it saves
   * on a few title lines, and valgrind cannot follow JIT code. */
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DEFAULT, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert (regex != NULL);
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      int day1 = group_int (match, order[0]), month1 = group_int (match, order[1]);
      int day2 = group_int (match, order[3]), month2 = group_int (match, order[4]);
      int year2 = group_int (match, order[5]);
      /* "29.12–04.01.2024": the first day is in the year before. */
      int year1 = order[2] > 0 ? group_int (match, order[2]) : (month1 > month2 ? year2 - 1 : year2);
      g_autofree char *first = iso_date (day1, month1, year1);
      g_autofree char *last = iso_date (day2, month2, year2);

      if (first != NULL && last != NULL && g_strcmp0 (first, last) <= 0)
        {
          *from = g_steal_pointer (&first);
          *to = g_steal_pointer (&last);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * mt_table_title_period:
 * @titles: the lines above a table's header
 * @from: (out): the first day, "2023-11-29"
 * @to: (out): the last day
 *
 * Returns: whether a period was found (then @from and @to are set)
 */
gboolean
mt_table_title_period (const char  *titles,
                       char       **from,
                       char       **to)
{
  static const int full[6] = { 1, 2, 3, 4, 5, 6 };
  static const int short_year[6] = { 1, 2, 0, 3, 4, 5 };
  static const int iso[6] = { 3, 2, 1, 6, 5, 4 };

  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  *from = *to = NULL;
  if (titles == NULL)
    return FALSE;
  return match_period (titles, FULL_PERIOD, full, from, to) ||
         match_period (titles, SHORT_PERIOD, short_year, from, to) ||
         match_period (titles, ISO_PERIOD, iso, from, to);
}

/**
 * mt_table_title_region:
 * @titles: the lines above a table's header
 *
 * The region a title names: after «Регион:», or a subject of the
 * federation written out («Кировская область», «Пермский край»,
 * «Республика Коми», «Ханты-Мансийский автономный округ»).
 *
 * Returns: (transfer full) (nullable): the region, or %NULL
 */
char *
mt_table_title_region (const char *titles)
{
  static const char *patterns[] = {
    "(?mi)^[\\s\"']*регион\\s*:\\s*([^;\\t,\"\\r\\n]+)",
    "((?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ая|ий) (?:область|край|автономный округ|автономная область))",
    "(Республика [А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?)",
  };

  if (titles == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i], G_REGEX_DEFAULT, 0, NULL);  /* as above */
      g_autoptr(GMatchInfo) match = NULL;

      g_assert (regex != NULL);
      if (g_regex_match (regex, titles, 0, &match))
        {
          g_autofree char *found = g_match_info_fetch (match, 1);

          g_strstrip (found);
          if (*found != '\0')
            return g_steal_pointer (&found);
        }
    }
  return NULL;
}
