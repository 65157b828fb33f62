/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-export.c: how fast the rating workbook is written, for the region
 * and for the country, beside raw libxlsxwriter writing the same cells and
 * beside Python's xlsxwriter and openpyxl on the same data, in one run.
 *
 *   meson test -C _build --benchmark --verbose
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "bench-common.h"
#include "mt-demo.h"
#include "mt-monitoring-reader.h"
#include "mt-rating.h"
#include "mt-xlsx-writer.h"

typedef struct
{
  MtDataset *dataset;
  MtRating *rating;
  GPtrArray *municipality_names;  /* of each organisation, as the workbook shows them */
} Rated;

static void
rated_clear (Rated *rated)
{
  g_clear_object (&rated->dataset);
  g_clear_object (&rated->rating);
  g_clear_pointer (&rated->municipality_names, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rated, rated_clear)

static void
rate (Rated     *rated,
      MtDataset *dataset)
{
  MtWeights weights = MT_WEIGHTS_INIT;

  GPtrArray *organizations = mt_dataset_get_organizations (dataset);
  GPtrArray *municipalities = mt_dataset_get_municipalities (dataset);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  rated->dataset = dataset;
  rated->rating = mt_rating_new (dataset, NULL, &weights);
  for (guint i = 0; i < municipalities->len; i++)
    {
      MtRecord *m = g_ptr_array_index (municipalities, i);

      if (m->id != NULL)
        g_hash_table_insert (names, m->id, m->name);
    }
  rated->municipality_names = g_ptr_array_new ();
  for (guint i = 0; i < organizations->len; i++)
    {
      MtRecord *o = g_ptr_array_index (organizations, i);
      const char *name = g_hash_table_lookup (names, o->municipality);

      g_ptr_array_add (rated->municipality_names, (char *) (name != NULL ? name : o->municipality));
    }
}

static void
load_national (Rated *rated)
{
  g_autoptr(GString) document = make_national_document ();
  g_autoptr(GBytes) bytes = g_bytes_new (document->str, document->len);
  g_autoptr(GError) error = NULL;
  MtDataset *dataset = mt_monitoring_read (bytes, &error);

  g_assert_no_error (error);
  rate (rated, dataset);
}

static double
time_metodist (Rated      *rated,
               const char *path,
               guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i <= runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      double ms;

      mt_xlsx_write_rating (rated->rating, "Metodist", path, &error);
      g_assert_no_error (error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i > 0)  /* the first run warms the caches */
        g_array_append_val (times, ms);
    }
  return median (times);
}

/* The same cells, with the same number formats, straight through
 * libxlsxwriter: no checks, no sanitising, no chart, no conditional
 * formats. The peer that shows what Metodist's care costs. */
static void
write_raw (Rated      *rated,
           const char *path,
           GString    *cells)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *rating = workbook_add_worksheet (workbook, "Рейтинг");
  lxw_worksheet *organizations_sheet;
  lxw_format *count = workbook_add_format (workbook);
  lxw_format *share = workbook_add_format (workbook);
  GPtrArray *organizations = mt_dataset_get_organizations (rated->dataset);
  guint n = g_list_model_get_n_items (mt_rating_get_rows (rated->rating));

  format_set_num_format (count, "#,##0");
  format_set_num_format (share, "0.0%");
  worksheet_write_string (rating, 0, 0, "title", NULL);
  for (int c = 0; c < 8; c++)
    worksheet_write_string (rating, 1, c, "header", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (mt_rating_get_rows (rated->rating), i);
      const MtRatingValues *v = mt_rating_row_get_values (row);

      worksheet_write_number (rating, i + 2, 0, v->position, NULL);
      worksheet_write_string (rating, i + 2, 1, mt_rating_row_get_name (row), NULL);
      worksheet_write_number (rating, i + 2, 2, v->rank, NULL);
      worksheet_write_number (rating, i + 2, 3, v->teachers_share, share);
      worksheet_write_number (rating, i + 2, 4, mt_rating_row_get_teachers (row)->active, count);
      worksheet_write_number (rating, i + 2, 5, v->students_share, share);
      worksheet_write_number (rating, i + 2, 6, mt_rating_row_get_students (row)->active, count);
      worksheet_write_number (rating, i + 2, 7, mt_rating_row_get_organizations (row), count);
      if (cells != NULL)
        g_string_append_printf (cells, "R\t%u\t%s\t%u\t%.17g\t%lld\t%.17g\t%lld\t%lld\n",
                                v->position, mt_rating_row_get_name (row), v->rank,
                                v->teachers_share, (long long) mt_rating_row_get_teachers (row)->active,
                                v->students_share, (long long) mt_rating_row_get_students (row)->active,
                                (long long) mt_rating_row_get_organizations (row));
    }

  organizations_sheet = workbook_add_worksheet (workbook, "Организации");
  for (int c = 0; c < 9; c++)
    worksheet_write_string (organizations_sheet, 0, c, "header", NULL);
  for (guint i = 0; i < organizations->len; i++)
    {
      MtRecord *o = g_ptr_array_index (organizations, i);
      double ts = (double) o->teachers.active / o->teachers.total;
      double ss = (double) o->students.active / o->students.total;

      worksheet_write_number (organizations_sheet, i + 1, 0, i + 1, NULL);
      worksheet_write_string (organizations_sheet, i + 1, 1, o->name, NULL);
      worksheet_write_string (organizations_sheet, i + 1, 2,
                              g_ptr_array_index (rated->municipality_names, i), NULL);
      worksheet_write_number (organizations_sheet, i + 1, 3, o->teachers.active, count);
      worksheet_write_number (organizations_sheet, i + 1, 4, o->teachers.total, count);
      worksheet_write_number (organizations_sheet, i + 1, 5, ts, share);
      worksheet_write_number (organizations_sheet, i + 1, 6, o->students.active, count);
      worksheet_write_number (organizations_sheet, i + 1, 7, o->students.total, count);
      worksheet_write_number (organizations_sheet, i + 1, 8, ss, share);
      if (cells != NULL)
        g_string_append_printf (cells, "O\t%u\t%s\t%s\t%lld\t%lld\t%.17g\t%lld\t%lld\t%.17g\n",
                                i + 1, o->name, (char *) g_ptr_array_index (rated->municipality_names, i),
                                (long long) o->teachers.active, (long long) o->teachers.total, ts,
                                (long long) o->students.active, (long long) o->students.total, ss);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static double
time_raw (Rated      *rated,
          const char *path,
          guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  locale_t c_numbers = newlocale (LC_NUMERIC_MASK, "C", (locale_t) 0);
  locale_t previous = uselocale (c_numbers);

  for (guint i = 0; i <= runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      write_raw (rated, path, NULL);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i > 0)
        g_array_append_val (times, ms);
    }
  uselocale (previous);
  freelocale (c_numbers);
  return median (times);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Rated) regional = { NULL, NULL, NULL };
  g_auto(Rated) national = { NULL, NULL, NULL };
  g_autofree char *dir = g_dir_make_tmp ("metodist-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rating.xlsx", NULL);
  g_autofree char *cells_path = g_build_filename (dir, "cells.tsv", NULL);
  g_autoptr(GString) cells = g_string_new (NULL);
  double region_ms, national_ms, raw_ms;
  const char *script = argc > 1 ? argv[1] : "bench_export.py";

  if (argc == 3 && g_str_equal (argv[1], "--peak"))
    {
      /* In a fresh process: memory before and after writing the workbook. */
      double before;

      load_national (&national);
      /* Resets the peak to what is resident now (Linux: clear_refs 5). */
          {
        FILE *clear = fopen ("/proc/self/clear_refs", "w");

        if (clear != NULL)
          {
            fputs ("5", clear);
            fclose (clear);
          }
      }
      before = peak_memory_mib ();
      mt_xlsx_write_rating (national.rating, NULL, argv[2], NULL);
      g_print ("%.1f %.1f\n", before, peak_memory_mib ());
      return 0;
    }

  rate (&regional, mt_demo_load (NULL, NULL));
  region_ms = time_metodist (&regional, path, 21);
  g_print ("Regional workbook (45 municipalities, 553 organisations), median of 21: %.1f ms (target <= 25 ms)\n",
           region_ms);

  load_national (&national);
  national_ms = time_metodist (&national, path, 5);
  raw_ms = time_raw (&national, path, 5);
  g_print ("National workbook (2,330 municipalities, 40,000 organisations), median of 5: %.0f ms (target <= 1300 ms)\n",
           national_ms);
  g_print ("Raw libxlsxwriter, the same cells, median of 5: %.0f ms; ratio %.2f (target <= 1.15)\n",
           raw_ms, national_ms / raw_ms);

  {
    const char *peak_argv[] = { argv[0], "--peak", path, NULL };
    g_autofree char *out = NULL;
    double before = 0, after = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) peak_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, NULL, NULL, NULL));
    if (sscanf (out, "%lf %lf", &before, &after) == 2)
      g_print ("Memory added by writing the national workbook: %.1f MiB (target <= 10 MiB)\n",
               after - before);
  }

  /* Python's libraries write the same cells, read from a file beforehand. */
  write_raw (&national, path, cells);
  g_assert_true (g_file_set_contents (cells_path, cells->str, cells->len, NULL));
  {
    const char *python_argv[] = { "/usr/bin/python3", script, cells_path, path, NULL };
    g_autofree char *out = NULL;
    int status;

    if (g_spawn_sync (NULL, (char **) python_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                      &status, NULL) && g_spawn_check_wait_status (status, NULL))
      {
        double xlsxwriter_ms, openpyxl_ms;

        if (sscanf (out, "%lf %lf", &xlsxwriter_ms, &openpyxl_ms) == 2)
          g_print ("Python xlsxwriter: %.0f ms (Metodist %.2fx); openpyxl: %.0f ms (Metodist %.2fx), medians of 3\n",
                   xlsxwriter_ms, national_ms / xlsxwriter_ms, openpyxl_ms, national_ms / openpyxl_ms);
      }
    else
      {
        g_print ("python3-xlsxwriter or python3-openpyxl is not installed: no comparison with them\n");
      }
  }

  g_remove (path);
  g_remove (cells_path);
  g_rmdir (dir);
  return 0;
}
