/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-row.h: one municipality's line of the rating */
#pragma once

#include <glib-object.h>

#include "mt-dataset.h"

G_BEGIN_DECLS

/**
 * MtRatingValues:
 * @position: the row's place in the listing, from 1
 * @rank: the competition rank, from 1; 0 when the row is not ranked
 * @score: the weighted share, 0–1; NAN when unknown
 * @teachers_share: active teachers of all, 0–1; NAN when unknown
 * @students_share: active students of all, 0–1; NAN when unknown
 * @previous_rank: the rank in the previous period; 0 when none
 * @rank_change: @previous_rank − @rank (positive = moved up), when
 *   @has_rank_change
 * @has_rank_change: both periods ranked the row
 * @teachers_share_change: the change of @teachers_share since the previous
 *   period (0.012 = +1.2 points); NAN when unknown
 * @students_share_change: likewise for students
 *
 * What the rating computes for a row; it changes with the weights.
 */
typedef struct
{
  guint position;
  guint rank;
  double score;
  double teachers_share;
  double students_share;
  guint previous_rank;
  int rank_change;
  gboolean has_rank_change;
  double teachers_share_change;
  double students_share_change;
} MtRatingValues;

#define MT_TYPE_RATING_ROW (mt_rating_row_get_type ())

G_DECLARE_FINAL_TYPE (MtRatingRow, mt_rating_row, MT, RATING_ROW, GObject)

MtRatingRow          *mt_rating_row_new                       (const MtRecord       *record);
MtRatingRow          *mt_rating_row_dup                       (MtRatingRow          *self);
void                  mt_rating_row_take_from                 (MtRatingRow          *self,
                                                               MtRatingRow          *fresh);
void                  mt_rating_row_set_values                (MtRatingRow          *self,
                                                               const MtRatingValues *values);
const MtRatingValues *mt_rating_row_get_values                (MtRatingRow          *self);

gconstpointer         mt_rating_row_get_record                (MtRatingRow          *self);
const char           *mt_rating_row_get_id                    (MtRatingRow          *self);
void                  mt_rating_row_changed                   (MtRatingRow          *self);
char                 *mt_rating_row_dup_key                   (MtRatingRow          *self);
const char           *mt_rating_row_get_key                   (MtRatingRow          *self);
const char           *mt_rating_row_get_name                  (MtRatingRow          *self);
const char           *mt_rating_row_get_name_key              (MtRatingRow          *self);
const char           *mt_rating_row_get_excluded              (MtRatingRow          *self);
char                 *mt_rating_row_unranked_reason           (MtRatingRow          *self);
char                 *mt_rating_row_missing_totals            (MtRatingRow          *self);
gint64                mt_rating_row_get_organizations         (MtRatingRow          *self);
const MtCounts       *mt_rating_row_get_teachers              (MtRatingRow          *self);
const MtCounts       *mt_rating_row_get_students              (MtRatingRow          *self);

guint                 mt_rating_row_get_position              (MtRatingRow          *self);
guint                 mt_rating_row_get_rank                  (MtRatingRow          *self);
double                mt_rating_row_get_score                 (MtRatingRow          *self);
double                mt_rating_row_get_teachers_share        (MtRatingRow          *self);
double                mt_rating_row_get_students_share        (MtRatingRow          *self);
guint                 mt_rating_row_get_previous_rank         (MtRatingRow          *self);
gboolean              mt_rating_row_get_rank_change           (MtRatingRow          *self,
                                                               int                  *change);
double                mt_rating_row_get_teachers_share_change (MtRatingRow          *self);
double                mt_rating_row_get_students_share_change (MtRatingRow          *self);

G_END_DECLS
