/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-check.c: a dataset that loaded is rated, against itself as the
 * previous week too, and the rating must make sense: ranks within the
 * rows, shares and scores finite and within their bounds (FORMATS.md §2) */
#include "config.h"

#include <math.h>

#include "fuzz-check.h"
#include "mt-rating.h"

static void
check_rows (GListModel *rows,
            gboolean    with_previous)
{
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      guint rank = mt_rating_row_get_rank (row);

      g_assert_nonnull (mt_rating_row_get_name (row));
      g_assert_true (g_utf8_validate (mt_rating_row_get_name (row), -1, NULL));
      g_assert_cmpuint (rank, <=, n);
      if (rank == 0)
        continue;
      g_assert_true (isfinite (mt_rating_row_get_score (row)));
      g_assert_cmpfloat (mt_rating_row_get_teachers_share (row), >=, 0.0);
      g_assert_cmpfloat (mt_rating_row_get_teachers_share (row), <=, 1.0);
      g_assert_cmpfloat (mt_rating_row_get_students_share (row), >=, 0.0);
      g_assert_cmpfloat (mt_rating_row_get_students_share (row), <=, 1.0);
      /* Against itself, a ranked row keeps its rank. */
      if (with_previous)
        g_assert_cmpuint (mt_rating_row_get_previous_rank (row), ==, rank);
    }
}

void
fuzz_check_rated (MtDataset *dataset)
{
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) alone = mt_rating_rate (dataset, NULL, &weights);
  g_autoptr(GListStore) against_itself = mt_rating_rate (dataset, dataset, &weights);

  check_rows (G_LIST_MODEL (alone), FALSE);
  check_rows (G_LIST_MODEL (against_itself), TRUE);
}
