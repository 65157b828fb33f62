/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating.h: the municipalities' rating (FORMATS.md §2) */
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

G_END_DECLS
