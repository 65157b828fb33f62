/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-columns.c: the columns of the region's rating table */
#define G_LOG_DOMAIN "mt-rating-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-format.h"
#include "mt-rating-columns.h"

/**
 * mt_column_title:
 * @column: a column
 *
 * The title of @column in the user's language: the headers of the region's
 * own table in Russian ("Активные педагоги (сообщения) %"), their English
 * translations in an English or C locale. Screens, the command line and
 * every export use these same titles.
 *
 * Returns: (transfer none): the title
 */
const char *
mt_column_title (MtColumn column)
{
  switch (column)
    {
    case MT_COLUMN_POSITION:
      return "#";
    case MT_COLUMN_NAME:
      return _("Municipality");
    case MT_COLUMN_RANK:
      return _("Rating");
    case MT_COLUMN_TEACHERS_SHARE:
      return _("Active teachers (messages) %");
    case MT_COLUMN_TEACHERS_ACTIVE:
      return _("Active teachers (messages)");
    case MT_COLUMN_STUDENTS_SHARE:
      return _("Active students %");
    case MT_COLUMN_STUDENTS_ACTIVE:
      return _("Active students");
    case MT_COLUMN_ORGANIZATIONS:
      /* TRANSLATORS: the short header of the number of organisations
       * (schools) of a municipality, as in the region's table. */
      return C_("column", "org.");
    case MT_COLUMN_SCORE:
      /* TRANSLATORS: the weighted share a municipality is ranked by */
      return _("Score");
    case MT_COLUMN_TEACHERS_TOTAL:
      return _("All teachers");
    case MT_COLUMN_STUDENTS_TOTAL:
      return _("All students");
    case MT_COLUMN_ID:
      return _("Code");
    case MT_COLUMN_RANK_CHANGE:
      return _("Rating change");
    case MT_COLUMN_TEACHERS_SHARE_CHANGE:
      return _("Active teachers change, points");
    case MT_COLUMN_STUDENTS_SHARE_CHANGE:
      return _("Active students change, points");
    case MT_COLUMN_EXCLUDED:
      return _("Kept out of the rating");
    case MT_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * mt_rating_row_format_cell:
 * @row: a row of the rating
 * @column: one of the columns shown on screen
 *
 * The cell as the screen and the terminal show it: Russian number forms
 * under a Russian locale, "—" for unknown values, an arrow for a rank's
 * change. Not for files: they get plain machine numbers.
 *
 * Returns: (transfer full): the cell's text
 */
char *
mt_rating_row_format_cell (MtRatingRow *row,
                           MtColumn     column)
{
  const MtRatingValues *values = mt_rating_row_get_values (row);

  switch (column)
    {
    case MT_COLUMN_POSITION:
      return g_strdup_printf ("%u", values->position);
    case MT_COLUMN_NAME:
      return g_strdup (mt_rating_row_get_name (row));
    case MT_COLUMN_RANK:
      return values->rank > 0 ? g_strdup_printf ("%u", values->rank) : g_strdup ("—");
    case MT_COLUMN_TEACHERS_SHARE:
      return mt_format_percent (values->teachers_share);
    case MT_COLUMN_TEACHERS_ACTIVE:
      return mt_rating_row_get_teachers (row)->active == MT_COUNT_UNKNOWN
             ? g_strdup ("—") : mt_format_count (mt_rating_row_get_teachers (row)->active);
    case MT_COLUMN_STUDENTS_SHARE:
      return mt_format_percent (values->students_share);
    case MT_COLUMN_STUDENTS_ACTIVE:
      return mt_rating_row_get_students (row)->active == MT_COUNT_UNKNOWN
             ? g_strdup ("—") : mt_format_count (mt_rating_row_get_students (row)->active);
    case MT_COLUMN_ORGANIZATIONS:
      return mt_rating_row_get_organizations (row) == MT_COUNT_UNKNOWN
             ? g_strdup ("—") : mt_format_count (mt_rating_row_get_organizations (row));
    case MT_COLUMN_SCORE:
      return mt_format_percent (values->score);
    case MT_COLUMN_TEACHERS_TOTAL:
      return mt_rating_row_get_teachers (row)->total == MT_COUNT_UNKNOWN
             ? g_strdup ("—") : mt_format_count (mt_rating_row_get_teachers (row)->total);
    case MT_COLUMN_STUDENTS_TOTAL:
      return mt_rating_row_get_students (row)->total == MT_COUNT_UNKNOWN
             ? g_strdup ("—") : mt_format_count (mt_rating_row_get_students (row)->total);
    case MT_COLUMN_ID:
      return g_strdup (mt_rating_row_get_id (row) != NULL ? mt_rating_row_get_id (row) : "—");
    case MT_COLUMN_RANK_CHANGE:
      if (!values->has_rank_change)
        return g_strdup ("—");
      if (values->rank_change > 0)
        return g_strdup_printf ("↑%d", values->rank_change);
      if (values->rank_change < 0)
        return g_strdup_printf ("↓%d", -values->rank_change);
      return g_strdup ("=");
    case MT_COLUMN_TEACHERS_SHARE_CHANGE:
      return mt_format_points (values->teachers_share_change);
    case MT_COLUMN_STUDENTS_SHARE_CHANGE:
      return mt_format_points (values->students_share_change);
    case MT_COLUMN_EXCLUDED:
      return g_strdup (mt_rating_row_get_excluded (row) != NULL ? mt_rating_row_get_excluded (row) : "");
    case MT_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

