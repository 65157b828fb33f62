/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-demo.c: the built-in demo monitoring of the Kirov region */
#define G_LOG_DOMAIN "mt-demo"

#include "config.h"

#include "mt-core-resources.h"
#include "mt-demo.h"
#include "mt-monitoring-reader.h"

/* The weeks come from build-aux/make-demo.py; each document says in its
 * "source" and "demo" that it is demo data. */
#define DEMO_PATH "/io/github/metodist/Metodist/demo/"
#define DEMO_PREFIX "monitoring-"
#define DEMO_SUFFIX ".json"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * mt_demo_list_periods:
 *
 * Returns: (transfer full): the first days ("2023-11-29") of the demo
 *   weeks, oldest first
 */
GStrv
mt_demo_list_periods (void)
{
  g_auto(GStrv) names = g_resource_enumerate_children (mt_core_get_resource (), DEMO_PATH,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (g_free);

  g_assert (names != NULL);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], DEMO_PREFIX) && g_str_has_suffix (names[i], DEMO_SUFFIX))
      g_ptr_array_add (periods, g_strndup (names[i] + strlen (DEMO_PREFIX),
                                           strlen (names[i]) - strlen (DEMO_PREFIX) - strlen (DEMO_SUFFIX)));

  g_ptr_array_sort (periods, compare_strings);
  g_ptr_array_add (periods, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&periods), FALSE);
}

/**
 * mt_demo_load:
 * @period_from: (nullable): the first day of a demo week, or %NULL for the
 *   latest
 * @error: return location for an error
 *
 * Returns: (transfer full): the demo week, marked as demo data
 */
MtDataset *
mt_demo_load (const char  *period_from,
              GError     **error)
{
  g_auto(GStrv) periods = mt_demo_list_periods ();
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  MtDataset *dataset;

  if (period_from == NULL)
    period_from = periods[g_strv_length (periods) - 1];

  path = g_strconcat (DEMO_PATH DEMO_PREFIX, period_from, DEMO_SUFFIX, NULL);
  bytes = g_resource_lookup_data (mt_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  error);
  if (bytes == NULL)
    return NULL;

  dataset = mt_monitoring_read (bytes, error);
  if (dataset != NULL)
    mt_dataset_set_is_demo (dataset, TRUE);
  return dataset;
}

/**
 * mt_demo_load_previous:
 * @week: a demo week
 *
 * Returns: (transfer full) (nullable): the demo week before @week, the
 *   one it is compared with; %NULL for the first
 */
MtDataset *
mt_demo_load_previous (MtDataset *week)
{
  g_auto(GStrv) periods = mt_demo_list_periods ();
  const char *from = mt_dataset_get_period_from (week);

  for (guint i = 1; periods[i] != NULL; i++)
    if (g_strcmp0 (periods[i], from) == 0)
      return mt_demo_load (periods[i - 1], NULL);
  return NULL;
}
