/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-rating.h: the rating the commands rate, loaded as `rank` does */
#pragma once

#include "mt-rating.h"

G_BEGIN_DECLS

MtRating *mt_cli_rating_load (const char      *source,
                              const char      *previous_source,
                              const char      *sheet,
                              const MtWeights *weights,
                              int             *status);

G_END_DECLS
