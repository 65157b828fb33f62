/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-columns.h: the columns of the region's rating table */
#pragma once

#include <glib.h>

#include "mt-rating-row.h"

G_BEGIN_DECLS

/* In the order of the region's own table (FORMATS.md §5); then the score
 * the rank is made from (the weighted share, what the chart shows); then the totals
 * and the code, which files carry so that they read back to the same
 * rating; then the change since the previous period; then why a row is
 * kept out. */
typedef enum
{
  MT_COLUMN_POSITION,
  MT_COLUMN_NAME,
  MT_COLUMN_RANK,
  MT_COLUMN_TEACHERS_SHARE,
  MT_COLUMN_TEACHERS_ACTIVE,
  MT_COLUMN_STUDENTS_SHARE,
  MT_COLUMN_STUDENTS_ACTIVE,
  MT_COLUMN_ORGANIZATIONS,
  MT_COLUMN_SCORE,
  MT_COLUMN_TEACHERS_TOTAL,
  MT_COLUMN_STUDENTS_TOTAL,
  MT_COLUMN_ID,
  MT_COLUMN_RANK_CHANGE,
  MT_COLUMN_TEACHERS_SHARE_CHANGE,
  MT_COLUMN_STUDENTS_SHARE_CHANGE,
  MT_COLUMN_EXCLUDED,
  MT_N_COLUMNS
} MtColumn;

/* The columns that the region's table always has. */
#define MT_N_TABLE_COLUMNS (MT_COLUMN_ORGANIZATIONS + 1)

const char *mt_column_title           (MtColumn     column);
char       *mt_rating_row_format_cell (MtRatingRow *row,
                                       MtColumn     column);

G_END_DECLS
