/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-common.h: what the benchmark programs share */
#pragma once

#include <glib.h>

#define MUNICIPALITIES 2330
#define ORGANIZATIONS 40000
#define SEED 20231206

GString *make_national_document       (void);
GString *make_national_document_coded (int first_code);
GString *make_national_document_week  (int first_code,
                                       guint32 week);
double   median                       (GArray *times);
double   peak_memory_mib              (void);
double   median_of_runs               (void (*run) (const char *path),
                                       const char *path,
                                       guint       runs);
