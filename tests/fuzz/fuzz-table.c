/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-table.c: a fuzz target: any bytes as a pasted or saved table (CSV,
 * tab-separated, semicolons), read as it comes and then again with a
 * mapping for the columns it asked about, as the column dialog answers;
 * rated when it loads */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "fuzz-check.h"
#include "mt-table-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The answers a user could give, in the dialog's order. */
static const MtTableField answers[] = {
  MT_TABLE_FIELD_IGNORE,
  MT_TABLE_FIELD_MUNICIPALITY,
  MT_TABLE_FIELD_MUNICIPALITY_ID,
  MT_TABLE_FIELD_ORGANIZATION,
  MT_TABLE_FIELD_ORGANIZATIONS,
  MT_TABLE_FIELD_TEACHERS_ACTIVE,
  MT_TABLE_FIELD_TEACHERS_TOTAL,
  MT_TABLE_FIELD_STUDENTS_ACTIVE,
  MT_TABLE_FIELD_STUDENTS_TOTAL,
  MT_TABLE_FIELD_EXCLUDED,
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) to_ask = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_table_read_asking (bytes, NULL, &to_ask, &error);
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GError) mapped_error = NULL;
  g_autoptr(MtDataset) mapped = NULL;

  /* A dataset or an error, never both, never neither; columns to ask
   * about may come with either. */
  g_assert_true ((dataset == NULL) == (error != NULL));
  if (dataset != NULL)
    fuzz_check_rated (dataset);
  if (to_ask == NULL || to_ask->len == 0)
    return 0;

  /* Each asked column gets an answer the input itself picks, so that the
   * fuzzer reaches every mapping. */
  mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < to_ask->len; i++)
    {
      MtTableColumn *column = g_ptr_array_index (to_ask, i);
      guint8 pick = size > 0 ? data[(i * 7) % size] : 0;

      g_assert_nonnull (column->key);
      g_assert_true (g_utf8_validate (column->header, -1, NULL));
      g_hash_table_insert (mapping, g_strdup (column->key),
                           GINT_TO_POINTER (answers[pick % G_N_ELEMENTS (answers)]));
    }
  mapped = mt_table_read (bytes, mapping, NULL, &mapped_error);
  g_assert_true ((mapped == NULL) == (mapped_error != NULL));
  if (mapped != NULL)
    fuzz_check_rated (mapped);
  return 0;
}
