/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-reader-private.h: what the text reader (mt-table-reader.c)
 * shares with the sheet reader (mt-table-sheet.c); not for other files */
#pragma once

#include "mt-sheet.h"
#include "mt-table-reader.h"

G_BEGIN_DECLS

/* Header rows are looked for among the first lines: titles come first. */
#define MT_TABLE_MAX_TITLE_LINES 30

typedef struct
{
  guint score;        /* recognised columns */
  gboolean has_name;  /* one of them names the rows */
  gboolean has_count; /* one of them is a count */
  gboolean per_organization;  /* one of them names organisations */
} MtTableHeaderScore;

/* Where the rows after the header come from: the rest of a delimited
 * text, or the rest of a sheet's rows. */
typedef struct
{
  const char *p;
  const char *end;
  char delimiter;
  guint line;
  MtSheetRow *current;  /* the text's row last read */
  GPtrArray *rows;      /* a sheet's, or NULL for a text */
  guint next;
  gboolean too_wide;    /* a text's row had more cells than a table can */
} MtTableRowSource;

char              *mt_table_trim          (const char         *text);
MtTableHeaderScore mt_table_score_header  (const MtSheetRow   *row,
                                           GHashTable         *mapping);
gboolean           mt_table_better_header (MtTableHeaderScore  guess,
                                           MtTableHeaderScore  best);
MtDataset         *mt_table_read_rows     (MtTableRowSource   *source,
                                           const MtSheetRow   *header_row,
                                           const char         *titles,
                                           GHashTable         *mapping,
                                           GPtrArray         **to_ask,
                                           GError            **error);

G_END_DECLS
