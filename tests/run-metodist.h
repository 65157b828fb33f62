/* SPDX-License-Identifier: GPL-3.0-or-later
 * run-metodist.h: runs the real `metodist` binary for command line tests */
#pragma once

#include <glib.h>

typedef struct
{
  int exit_status;
  char *out;
  char *err;
  gsize out_length;
} Run;

void run_clear    (Run         *run);
void run_metodist (Run         *run,
                   const char  *locale,
                   const char  *input,
                   const char *const *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* RUN (&run, "C.UTF-8", "rank", "--format", "csv", NULL) */
#define RUN(run, locale, ...) \
  run_metodist (run, locale, NULL, (const char *const[]) { __VA_ARGS__ })

/* The binary under test, from the test's first argument. */
extern const char *metodist_path;
