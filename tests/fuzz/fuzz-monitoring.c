/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-monitoring.c: a fuzz target: any bytes as a metodist-monitoring
 * document (FORMATS.md §1), rated when it loads */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "fuzz-check.h"
#include "mt-monitoring-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtDataset) dataset = mt_monitoring_read (bytes, &error);

  /* One or the other, never both, never neither. */
  g_assert_true ((dataset == NULL) == (error != NULL));
  if (dataset != NULL)
    fuzz_check_rated (dataset);
  return 0;
}
