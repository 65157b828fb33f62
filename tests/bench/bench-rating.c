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

#define MUNICIPALITIES 2330
#define ORGANIZATIONS 40000
#define SEED 20231206

/* A national-scale document: municipalities without counts of their own,
 * summed from their organisations, pretty-printed as Metodist writes. */
static GString *
make_national_document (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GString *json = g_string_new ("{\n \"format\" : \"metodist-monitoring\",\n \"version\" : 1,\n"
                                " \"region\" : \"Российская Федерация\",\n"
                                " \"platform\" : \"VK Мессенджер (Сферум)\",\n"
                                " \"period\" : {\n  \"from\" : \"2023-11-29\",\n  \"to\" : \"2023-12-06\"\n },\n"
                                " \"source\" : \"Синтетические данные для замера скорости\",\n"
                                " \"municipalities\" : [\n");

  for (int m = 0; m < MUNICIPALITIES; m++)
    g_string_append_printf (json, "  {\n   \"id\" : \"%08d\",\n   \"name\" : \"Муниципальный округ № %d\"\n  }%s\n",
                            10000000 + m, m + 1, m + 1 < MUNICIPALITIES ? "," : "");
  g_string_append (json, " ],\n \"organizations\" : [\n");
  for (int o = 0; o < ORGANIZATIONS; o++)
    {
      int teachers = g_rand_int_range (rand, 8, 160);
      int students = teachers * g_rand_int_range (rand, 8, 15);

      g_string_append_printf (json,
        "  {\n   \"id\" : \"%010lld\",\n   \"name\" : \"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № %d»\",\n"
        "   \"municipality\" : \"%08d\",\n"
        "   \"teachers\" : {\n    \"total\" : %d,\n    \"active\" : %d\n   },\n"
        "   \"students\" : {\n    \"total\" : %d,\n    \"active\" : %d\n   }\n  }%s\n",
        4300000000LL + o, o % 60 + 1, 10000000 + g_rand_int_range (rand, 0, MUNICIPALITIES),
        teachers, g_rand_int_range (rand, 0, teachers + 1),
        students, g_rand_int_range (rand, 0, students / 3 + 1),
        o + 1 < ORGANIZATIONS ? "," : "");
    }
  g_string_append (json, " ]\n}\n");
  return json;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

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

static double
time_runs (const char *path,
           guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  load_and_rate (path);  /* warm the page cache */
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      load_and_rate (path);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return median (times);
}

/* The peak resident memory of this process, in MiB (VmHWM). */
static double
peak_memory_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
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

  regional_ms = time_runs (regional, 51);
  g_print ("Regional (demo week, 45 municipalities, 553 organisations): read + load + rate, median of 51: %.2f ms (target <= 10 ms)\n",
           regional_ms);

  national_ms = time_runs (national, 9);
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
