/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-columns.c: the columns of the region's rating table */
#define G_LOG_DOMAIN "mt-rating-columns"

#include "config.h"

#include <glib/gi18n.h>

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
