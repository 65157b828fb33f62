/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-table-reader.h: tables people paste or open (CSV, TSV) into datasets */
#pragma once

#include "mt-dataset.h"

G_BEGIN_DECLS

/* What a column of a table holds (FORMATS.md §4). */
typedef enum
{
  MT_TABLE_FIELD_UNKNOWN,            /* not recognised: ask the user */
  MT_TABLE_FIELD_IGNORE,             /* computed by Metodist ("#", "Рейтинг", "%"), or chosen to skip */
  MT_TABLE_FIELD_MUNICIPALITY,       /* the municipality's name */
  MT_TABLE_FIELD_MUNICIPALITY_ID,    /* its code (OKTMO) */
  MT_TABLE_FIELD_ORGANIZATION,       /* an organisation's name: a per-organisation table */
  MT_TABLE_FIELD_ORGANIZATIONS,      /* the number of organisations */
  MT_TABLE_FIELD_TEACHERS_ACTIVE,
  MT_TABLE_FIELD_TEACHERS_TOTAL,
  MT_TABLE_FIELD_STUDENTS_ACTIVE,
  MT_TABLE_FIELD_STUDENTS_TOTAL,
  MT_TABLE_FIELD_EXCLUDED,           /* Metodist's own "kept out of the rating" column */
} MtTableField;

/**
 * MtTableColumn:
 * @header: the column's header as the table writes it
 * @key: what a mapping names it by: the normalised header, with " #2" for
 *   the second column of the same header, and so on
 * @letter: the column's letter as a spreadsheet shows it ("A", "AB")
 * @samples: (array zero-terminated=1): a few of its first values
 *
 * A column the user is asked about.
 */
typedef struct
{
  char *header;
  char *key;
  char *letter;
  GStrv samples;
} MtTableColumn;

void          mt_table_column_free      (MtTableColumn *column);

char         *mt_table_normalize_header (const char  *header);
MtTableField  mt_table_field_for_header (const char  *header);
gboolean      mt_table_looks_like_json  (GBytes      *bytes);
MtDataset    *mt_table_read             (GBytes      *bytes,
                                         GHashTable  *mapping,
                                         GStrv       *unknown_headers,
                                         GError     **error);
MtDataset    *mt_table_read_asking      (GBytes      *bytes,
                                         GHashTable  *mapping,
                                         GPtrArray  **to_ask,
                                         GError     **error);

G_END_DECLS
