/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-workbook.c: how fast a national workbook of organisations (40,000
 * rows, 8 columns, written here with libxlsxwriter) is read and rated,
 * beside openpyxl in read-only mode doing the same work on the same file
 * in the same run, and the peak memory of each.
 *
 *   meson test -C _build --benchmark --verbose workbook
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "mt-rating.h"
#include "mt-source.h"

#include "bench-common.h"

#define COLUMNS 8

/* The workbook a ministry's download of every school might be: a title
 * row, a header, one row an organisation, its municipality named and
 * coded, its counts as numbers. */
static void
write_workbook (const char *path)
{
  static const char *const header[COLUMNS] = {
    "Организация", "Муниципалитет", "ОКТМО", "Тип", "Педагогов всего", "Активные педагоги (сообщения)",
    "Обучающихся всего", "Активные обучающиеся (сообщения)",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (book, "Организации");

  worksheet_write_string (sheet, 0, 0, "Активность в Сферуме: Российская Федерация, 29.11.2023 — 06.12.2023", NULL);
  for (int c = 0; c < COLUMNS; c++)
    worksheet_write_string (sheet, 1, c, header[c], NULL);
  for (int o = 0; o < ORGANIZATIONS; o++)
    {
      int m = g_rand_int_range (rand, 0, MUNICIPALITIES);
      int teachers = g_rand_int_range (rand, 8, 160);
      int students = teachers * g_rand_int_range (rand, 8, 15);
      g_autofree char *name = g_strdup_printf ("Муниципальное бюджетное общеобразовательное учреждение "
                                               "«Средняя общеобразовательная школа № %d» (%d)", o % 60 + 1, o);
      g_autofree char *municipality = g_strdup_printf ("Муниципальный округ № %d", m + 1);
      g_autofree char *code = g_strdup_printf ("%08d", 10000000 + m);

      worksheet_write_string (sheet, o + 2, 0, name, NULL);
      worksheet_write_string (sheet, o + 2, 1, municipality, NULL);
      worksheet_write_string (sheet, o + 2, 2, code, NULL);
      worksheet_write_string (sheet, o + 2, 3, o % 7 == 0 ? "СПО" : "ОО", NULL);
      worksheet_write_number (sheet, o + 2, 4, teachers, NULL);
      worksheet_write_number (sheet, o + 2, 5, g_rand_int_range (rand, 0, teachers + 1), NULL);
      worksheet_write_number (sheet, o + 2, 6, students, NULL);
      worksheet_write_number (sheet, o + 2, 7, g_rand_int_range (rand, 0, students / 3 + 1), NULL);
    }
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
}

/* Reads the file, loads the sheet, sums, rates: what the window does. */
static guint
load_and_rate (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mt_source_read_file (file, NULL, &error);
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(GListStore) rows = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;

  g_assert_no_error (error);
  dataset = mt_monitoring_load (bytes, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mt_dataset_get_organizations (dataset)->len, ==, ORGANIZATIONS);
  rows = mt_rating_rate (dataset, NULL, &weights);
  return g_list_model_get_n_items (G_LIST_MODEL (rows));
}

static void
load (const char *path)
{
  load_and_rate (path);
}

/* openpyxl on the same file doing the same work, in a process of its own:
 * the first Python 3 on PATH that has it, else Debian's. */
static gboolean
time_openpyxl (const char *script,
               const char *path,
               guint       runs,
               double     *median_ms,
               double     *peak_mib,
               guint      *rated)
{
  static const char *const pythons[] = { "python3", "/usr/bin/python3" };
  g_autofree char *runs_text = g_strdup_printf ("%u", runs);

  for (guint i = 0; i < G_N_ELEMENTS (pythons); i++)
    {
      const char *argv[] = { pythons[i], script, path, runs_text, NULL };
      g_autofree char *out = NULL;
      int status;

      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                        &out, NULL, &status, NULL) &&
          g_spawn_check_wait_status (status, NULL) && sscanf (out, "%lf %lf %u", median_ms, peak_mib, rated) == 3)
        return TRUE;
    }
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "national.xlsx", NULL);
  g_autofree char *out = NULL;
  const char *script;
  double ms, peak, python_ms = 0, python_peak = 0;
  guint rated, python_rated = 0;
  GStatBuf info;

  /* For a profiler: the workbook written, or read five times. */
  if (argc == 3 && g_str_equal (argv[1], "--write"))
    {
      write_workbook (argv[2]);
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[1], "--load"))
    {
      for (guint i = 0; i < 5; i++)
        load_and_rate (argv[2]);
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[1], "--peak"))
    {
      /* A fresh process: its peak is the load's. */
      load_and_rate (argv[2]);
      g_print ("%.1f\n", peak_memory_mib ());
      return 0;
    }
  script = argc > 1 ? argv[1] : "bench_workbook.py";

  write_workbook (path);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_print ("National workbook: %d organisations in %d municipalities, %d columns, %.1f MB (libxlsxwriter)\n",
           ORGANIZATIONS, MUNICIPALITIES, COLUMNS, info.st_size / 1e6);

  rated = load_and_rate (path);
  ms = median_of_runs (load, path, 9);
  g_print ("Metodist: read + unzip + parse + sum + rate, median of 9: %.0f ms (target <= 1000 ms), %u rows rated\n",
           ms, rated);
  {
    const char *peak_argv[] = { argv[0], "--peak", path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) peak_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, NULL));
    peak = g_ascii_strtod (out, NULL);
  }

  if (time_openpyxl (script, path, 3, &python_ms, &python_peak, &python_rated))
    {
      g_print ("openpyxl (read-only), same work on the same file, median of 3: %.0f ms, %u rows rated\n", python_ms,
               python_rated);
      g_print ("Ratio openpyxl / Metodist: %.1f (target >= 3)\n", python_ms / ms);
      g_print ("Peak memory: Metodist %.0f MiB (target <= 64 MiB), openpyxl %.0f MiB\n", peak, python_peak);
    }
  else
    {
      g_print ("openpyxl could not be run: no comparison\n");
      g_print ("Peak memory: Metodist %.0f MiB (target <= 64 MiB)\n", peak);
    }

  g_remove (path);
  g_rmdir (dir);
  return 0;
}
