/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating.h: the municipalities' rating (FORMATS.md §2): how they are
 * ranked (mt-rating-rank.c) and a period rated (MtRating, mt-rating.c) */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-rating-row.h"

G_BEGIN_DECLS

/* Scores closer than this tie. */
#define MT_RATING_TIE_TOLERANCE 1e-9

typedef struct
{
  double teachers;
  double students;
} MtWeights;

#define MT_WEIGHTS_INIT { 1.0, 1.0 }

#define MT_RATING_ERROR (mt_rating_error_quark ())

typedef enum
{
  MT_RATING_ERROR_WEIGHTS,
} MtRatingError;

GQuark      mt_rating_error_quark (void);

gboolean    mt_weights_parse      (const char       *text,
                                   MtWeights        *weights,
                                   GError          **error);
gboolean    mt_weights_validate   (const MtWeights  *weights,
                                   GError          **error);

GListStore *mt_rating_rate        (MtDataset        *dataset,
                                   MtDataset        *previous,
                                   const MtWeights  *weights);

#define MT_TYPE_RATING (mt_rating_get_type ())

G_DECLARE_FINAL_TYPE (MtRating, mt_rating, MT, RATING, GObject)

MtRating        *mt_rating_new          (MtDataset           *dataset,
                                         MtDataset           *previous,
                                         const MtWeights     *weights);
MtRating        *mt_rating_copy         (MtRating            *self);
void             mt_rating_update_from  (MtRating            *self,
                                         MtRating            *fresh);
void             mt_rating_rate_async   (MtRating            *self,
                                         const MtWeights     *weights,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean         mt_rating_rate_finish  (MtRating            *self,
                                         GAsyncResult        *result,
                                         GError             **error);
MtDataset       *mt_rating_get_dataset  (MtRating            *self);
MtDataset       *mt_rating_get_previous (MtRating            *self);
const MtWeights *mt_rating_get_weights  (MtRating            *self);
GListModel      *mt_rating_get_rows     (MtRating            *self);

G_END_DECLS
