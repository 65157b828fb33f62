/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-rating.h: the rating the commands rate, loaded as `rank` does */
#pragma once

#include "mt-rating.h"

G_BEGIN_DECLS

/* What every command that rates takes as `rank` does: --previous, --sheet
 * and --weights (parsed into @weights by mt_cli_rating_options_check ()). */
typedef struct
{
  char *previous_source;
  char *sheet;
  char *weights_text;
  MtWeights weights;
} MtCliRatingOptions;

#define MT_CLI_RATING_OPTIONS_INIT { NULL, NULL, NULL, MT_WEIGHTS_INIT }

void      mt_cli_rating_options_add   (MtCliRatingOptions *options,
                                       GOptionContext     *context);
gboolean  mt_cli_rating_options_check (MtCliRatingOptions *options,
                                       GError            **error);
void      mt_cli_rating_options_clear (MtCliRatingOptions *options);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MtCliRatingOptions, mt_cli_rating_options_clear)

MtRating *mt_cli_rating_load (const char      *source,
                              const char      *previous_source,
                              const char      *sheet,
                              const MtWeights *weights,
                              int             *status);

G_END_DECLS
