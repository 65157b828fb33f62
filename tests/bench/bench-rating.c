/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-rating.c: how fast a regional and a national document load and rate,
 * beside Python's json doing the same work on the same file in the same run.
 *
 *   meson test -C _build --benchmark --verbose
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "mt-core-resources.h"
#include "mt-json-check.h"
#include "mt-monitoring-reader.h"
#include "mt-rating.h"
#include "mt-source.h"

#include "bench-common.h"

/* Reads the file, loads, aggregates and rates: what the window does. */
static void
load_and_rate (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mt_source_read_file (file, NULL, &error);
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(GListStore) rows = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;

  g_assert_no_error (error);
  dataset = mt_monitoring_read (bytes, &error);
  g_assert_no_error (error);
  rows = mt_rating_rate (dataset, NULL, &weights);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >, 0);
}

/* What json-glib alone takes to parse the same file into its tree (behind
 * the same checks): why the monitoring reader does not use it. */
static double
time_json_glib (const char *path,
                guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_static (contents, length);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      JsonNode *root = mt_json_parse (bytes, NULL);
      double ms;

      g_assert_nonnull (root);
      json_node_unref (root);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return median (times);
}

/* Runs Python's json on the same file doing the same work, in a process of
 * its own; returns its median and its peak memory. */
static gboolean
time_python (const char *script,
             const char *path,
             guint       runs,
             double     *median_ms,
             double     *peak_mib)
{
  g_autofree char *runs_text = g_strdup_printf ("%u", runs);
  const char *argv[] = { "python3", script, path, runs_text, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, NULL))
    return FALSE;
  return sscanf (out, "%lf %lf", median_ms, peak_mib) == 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) document = NULL;
  g_autofree char *dir = g_dir_make_tmp ("metodist-bench-XXXXXX", NULL);
  g_autofree char *national = g_build_filename (dir, "national.json", NULL);
  g_autofree char *regional = g_build_filename (dir, "regional.json", NULL);
  g_autoptr(GBytes) demo = NULL;
  const char *script;
  double regional_ms, national_ms, python_ms = 0, python_peak = 0, peak;
  g_autoptr(GError) error = NULL;

  if (argc == 3 && g_str_equal (argv[1], "--peak"))
    {
      /* A fresh process: its peak is the load's. */
      load_and_rate (argv[2]);
      g_print ("%.1f\n", peak_memory_mib ());
      return 0;
    }
  script = argc > 1 ? argv[1] : "bench_rating.py";

  document = make_national_document ();
  g_assert_true (g_file_set_contents (national, document->str, document->len, NULL));
  demo = g_resource_lookup_data (mt_core_get_resource (), "/io/github/metodist/Metodist/demo/monitoring-2023-11-29.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (regional, g_bytes_get_data (demo, NULL), g_bytes_get_size (demo), NULL));

  g_print ("National document: %d municipalities, %d organisations, %.1f MB\n",
           MUNICIPALITIES, ORGANIZATIONS, document->len / 1e6);

  regional_ms = median_of_runs (load_and_rate, regional, 51);
  g_print ("Regional (demo week, 45 municipalities, 553 organisations): read + load + rate, median of 51: %.2f ms (target <= 10 ms)\n",
           regional_ms);

  national_ms = median_of_runs (load_and_rate, national, 9);
  g_print ("National: read + check + parse + aggregate + rate, median of 9: %.0f ms (target <= 500 ms)\n",
           national_ms);
  g_print ("  for comparison, json-glib parsing the same file into its tree (checked), median of 5: %.0f ms\n",
           time_json_glib (national, 5));

  {
    g_autofree char *out = NULL;
    const char *peak_argv[] = { argv[0], "--peak", national, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) peak_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, NULL, NULL, NULL));
    peak = g_ascii_strtod (out, NULL);
  }

  if (time_python (script, national, 9, &python_ms, &python_peak))
    {
      g_print ("Python 3 json, same work on the same file, median of 9: %.0f ms\n", python_ms);
      g_print ("Ratio Metodist / Python: %.2f (target <= 1.5)\n", national_ms / python_ms);
      g_print ("Peak memory, national: Metodist %.0f MiB, Python %.0f MiB\n", peak, python_peak);
    }
  else
    {
      g_print ("Python 3 could not be run: no comparison\n");
      g_print ("Peak memory, national: Metodist %.0f MiB\n", peak);
    }

  g_remove (national);
  g_remove (regional);
  g_rmdir (dir);
  return 0;
}
