/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-workbook.c: a fuzz target: any bytes read as monitoring data, as
 * an opened file is (JSON, a table, a workbook: .xlsx, .ods, .xls) */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "mt-source.h"
#include "mt-table-sheet.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) to_ask = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_monitoring_load (bytes, NULL, NULL, &to_ask, NULL, &sheets, &error);

  /* One or the other, never both, never neither. */
  g_assert_true ((dataset == NULL) == (error != NULL));
  /* A sheet named outright takes the other way through a workbook. */
  if (sheets != NULL && sheets->len > 0)
    {
      g_autoptr(GError) chosen_error = NULL;
      g_autoptr(MtDataset) chosen = mt_monitoring_load (bytes, "1", NULL, NULL, NULL, NULL, &chosen_error);

      g_assert_true ((chosen == NULL) == (chosen_error != NULL));
    }
  return 0;
}
