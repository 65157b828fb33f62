/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-history.h: every period loaded, kept on disk */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"

G_BEGIN_DECLS

#define MT_HISTORY_ERROR (mt_history_error_quark ())

typedef enum
{
  MT_HISTORY_ERROR_NO_PERIOD,   /* a dataset without a period cannot be filed */
  MT_HISTORY_ERROR_NOT_FOUND,
  MT_HISTORY_ERROR_CORRUPT,     /* set aside, see the message */
} MtHistoryError;

GQuark mt_history_error_quark (void);

/**
 * MtHistoryEntry:
 * @region: the region, or %NULL when the data named none
 * @period_from: the period's first day, "2023-11-29"
 * @period_to: its last day
 */
typedef struct
{
  char *region;
  char *period_from;
  char *period_to;
} MtHistoryEntry;

void mt_history_entry_free (MtHistoryEntry *entry);

#define MT_TYPE_HISTORY (mt_history_get_type ())

G_DECLARE_FINAL_TYPE (MtHistory, mt_history, MT, HISTORY, GObject)

MtHistory  *mt_history_new           (const char  *directory);
const char *mt_history_get_directory (MtHistory   *self);
gboolean    mt_history_store         (MtHistory   *self,
                                      MtDataset   *dataset,
                                      GError     **error);
GPtrArray  *mt_history_list          (MtHistory   *self,
                                      const char  *region,
                                      GPtrArray  **problems);
MtDataset  *mt_history_load          (MtHistory   *self,
                                      const char  *region,
                                      const char  *period_from,
                                      GError     **error);
GStrv       mt_history_list_periods  (MtHistory   *self,
                                      const char  *region);
MtDataset  *mt_history_find_previous (MtHistory   *self,
                                      MtDataset   *dataset,
                                      GPtrArray  **problems);

G_END_DECLS
