/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-job.h: loading and rating off the main thread, for the window */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-table-reader.h"
#include "mt-history.h"
#include "mt-rating.h"

G_BEGIN_DECLS

/**
 * MtTableFacts:
 * @region: (nullable): the region a table is of, as the user gave it
 * @period_from: (nullable): the first day of its period, "2023-11-29"
 * @period_to: (nullable): its last day
 * @sheet: (nullable): the sheet of a workbook to read, by name
 *
 * What a table does not say about itself (or says wrongly), given by the
 * user; they win over the table's title lines.
 */
typedef struct
{
  const char *region;
  const char *period_from;
  const char *period_to;
  const char *sheet;
} MtTableFacts;

/**
 * MtRated:
 * @rating: (nullable): the period loaded, rated (with the period before
 *   it from the history)
 * @history_problems: (nullable) (element-type utf8): history files set aside
 * @to_ask: (nullable) (element-type MtTableColumn): a table's columns to
 *   ask the user about (mt_table_read_asking()); when none names the rows,
 *   @rating is %NULL and the window asks
 * @ask_reason: (nullable): why a table with the user's column choices did
 *   not load, when @to_ask holds them to choose again
 * @from_table: the dataset was read from a table (CSV, TSV, pasted, a
 *   workbook), whose region and period the user may have to give
 * @sheets: (nullable) (element-type MtTableSheetChoice): a workbook's
 *   sheets, when the user must choose one (@rating is %NULL, and
 *   @ask_reason says why)
 */
typedef struct
{
  MtRating *rating;
  GPtrArray *history_problems;
  GPtrArray *to_ask;
  char *ask_reason;
  gboolean from_table;
  GPtrArray *sheets;
} MtRated;

void     mt_rated_free                    (MtRated             *rated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtRated, mt_rated_free)

typedef struct _MtMonitoringChoices MtMonitoringChoices;

MtMonitoringChoices *mt_monitoring_choices_new  (GHashTable          *mapping,
                                                 const MtTableFacts  *facts,
                                                 MtHistory           *history,
                                                 const MtWeights     *weights);
void     mt_monitoring_choices_free       (MtMonitoringChoices *choices);
gpointer mt_monitoring_parse              (GBytes              *bytes,
                                           const char          *demo_week,
                                           gpointer             choices,
                                           GCancellable        *cancellable,
                                           GError             **error);
void     mt_monitoring_keep_async         (MtHistory           *history,
                                           MtDataset           *dataset);

/**
 * MtTrendPoint:
 * @period_from: the period's first day, "2023-11-29"
 * @teachers_share: active teachers of all, or NAN
 * @students_share: active students of all, or NAN
 *
 * One municipality in one kept period.
 */
typedef struct
{
  char period_from[11];
  double teachers_share;
  double students_share;
} MtTrendPoint;

void     mt_monitoring_trend_async        (MtHistory           *history,
                                           MtDataset           *dataset,
                                           const char          *id,
                                           const char          *name,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GArray  *mt_monitoring_trend_finish       (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
