/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-common.c: what the benchmark programs share */
#include "config.h"

#include <string.h>

#include "bench-common.h"

/* A national-scale document: municipalities without counts of their own,
 * summed from their organisations, pretty-printed as Metodist writes. */
GString *
make_national_document (void)
{
  return make_national_document_coded (10000000);
}

/* The same, its municipalities coded from @first_code: two documents with
 * different codes share no municipality. */
GString *
make_national_document_coded (int first_code)
{
  return make_national_document_week (first_code, 0);
}

/* The same municipalities' week @week: other figures for each. */
GString *
make_national_document_week (int     first_code,
                             guint32 week)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + week);
  GString *json = g_string_new ("{\n \"format\" : \"metodist-monitoring\",\n \"version\" : 1,\n"
                                " \"region\" : \"Российская Федерация\",\n"
                                " \"platform\" : \"VK Мессенджер (Сферум)\",\n"
                                " \"period\" : {\n  \"from\" : \"2023-11-29\",\n  \"to\" : \"2023-12-06\"\n },\n"
                                " \"source\" : \"Синтетические данные для замера скорости\",\n"
                                " \"municipalities\" : [\n");

  for (int m = 0; m < MUNICIPALITIES; m++)
    g_string_append_printf (json, "  {\n   \"id\" : \"%08d\",\n   \"name\" : \"Муниципальный округ № %d\"\n  }%s\n",
                            first_code + m, m + 1, m + 1 < MUNICIPALITIES ? "," : "");
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
        4300000000LL + o, o % 60 + 1, first_code + g_rand_int_range (rand, 0, MUNICIPALITIES),
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

double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

/* The peak resident memory of this process, in MiB (VmHWM). */
double
peak_memory_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}


/* The median in ms of @runs calls of @run on @path, after one to warm the
 * page cache. */
double
median_of_runs (void        (*run) (const char *path),
                const char   *path,
                guint         runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  run (path);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      run (path);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return median (times);
}
