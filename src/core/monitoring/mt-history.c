/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-history.c: every period loaded, kept on disk */
#define G_LOG_DOMAIN "mt-history"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mt-file-writer.h"
#include "mt-history.h"
#include "mt-monitoring-reader.h"
#include "mt-monitoring-writer.h"
#include "mt-rating.h"
#include "mt-set-aside.h"
#include "mt-source.h"

/*
 * One folder a region (named after it, made safe), one file a period
 * ("2023-11-29_2023-12-06.json"), each a `metodist-monitoring` document as
 * Metodist publishes it. Files are written whole or not at all, readable by
 * the user only. A file that does not load is never trusted and never
 * deleted: it is renamed aside with the time, and reported.
 */

struct _MtHistory
{
  GObject parent_instance;

  char *directory;
};

G_DEFINE_FINAL_TYPE (MtHistory, mt_history, G_TYPE_OBJECT)
G_DEFINE_QUARK (mt-history-error-quark, mt_history_error)

#define SUFFIX ".json"
#define UNNAMED_REGION "unnamed"

void
mt_history_entry_free (MtHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->region);
  g_free (entry->period_from);
  g_free (entry->period_to);
  g_free (entry);
}

static void
mt_history_finalize (GObject *object)
{
  MtHistory *self = MT_HISTORY (object);

  g_free (self->directory);

  G_OBJECT_CLASS (mt_history_parent_class)->finalize (object);
}

static void
mt_history_class_init (MtHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_history_finalize;
}

static void
mt_history_init (MtHistory *self)
{
}

/**
 * mt_history_new:
 * @directory: (nullable): where to keep the periods, or %NULL for
 *   `metodist/history` in the user's data folder
 *
 * Returns: (transfer full): a history
 */
MtHistory *
mt_history_new (const char *directory)
{
  MtHistory *self = g_object_new (MT_TYPE_HISTORY, NULL);

  self->directory = directory != NULL
                    ? g_strdup (directory)
                    : g_build_filename (g_get_user_data_dir (), "metodist", "history", NULL);
  return self;
}

const char *
mt_history_get_directory (MtHistory *self)
{
  g_return_val_if_fail (MT_IS_HISTORY (self), NULL);
  return self->directory;
}

/* A region's name as a folder name: no separators, no leading dot, no
 * control characters, not too long. */
static char *
region_folder (const char *region)
{
  GString *name = g_string_new (NULL);

  if (region == NULL || *region == '\0')
    region = UNNAMED_REGION;
  for (const char *p = region; *p != '\0' && name->len < 120; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c) || (name->len == 0 && c == '.'))
        g_string_append_c (name, '_');
      else
        g_string_append_unichar (name, c);
    }
  return g_string_free (name, FALSE);
}

static char *
period_path (MtHistory  *self,
             const char *region,
             const char *from,
             const char *to)
{
  g_autofree char *folder = region_folder (region);
  g_autofree char *file = g_strconcat (from, "_", to, SUFFIX, NULL);

  return g_build_filename (self->directory, folder, file, NULL);
}

/**
 * mt_history_store:
 * @dataset: a period as loaded
 *
 * Keeps @dataset, replacing what was kept for the same region and period.
 * Demo data is not kept: it is built in.
 *
 * Returns: %TRUE when kept (or demo), %FALSE with @error set
 */
gboolean
mt_history_store (MtHistory  *self,
                  MtDataset  *dataset,
                  GError    **error)
{
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(GListStore) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  const char *from, *to;
  gsize length;
  const char *data;

  g_return_val_if_fail (MT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (MT_IS_DATASET (dataset), FALSE);

  if (mt_dataset_get_is_demo (dataset))
    return TRUE;

  from = mt_dataset_get_period_from (dataset);
  to = mt_dataset_get_period_to (dataset);
  if (from == NULL || to == NULL)
    {
      g_set_error_literal (error, MT_HISTORY_ERROR, MT_HISTORY_ERROR_NO_PERIOD,
                           _("The data names no period, so it cannot be kept in the history."));
      return FALSE;
    }

  path = period_path (self, mt_dataset_get_region (dataset), from, to);
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the history folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  rows = mt_rating_rate (dataset, NULL, &weights);
  bytes = mt_monitoring_write_json (dataset, G_LIST_MODEL (rows), &weights, FALSE);
  data = g_bytes_get_data (bytes, &length);
  return mt_file_write_atomic (path, data, length, 0600, error);
}

/* A file that does not load is never read again as a period: why, and
 * where it went. */
static char *
set_aside (const char   *path,
           const GError *why)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = mt_set_aside (path, &error);
  g_autofree char *name = g_path_get_basename (path);

  if (aside == NULL)
    return g_strdup_printf (_("The history file “%s” does not load (%s), and could not be set aside: %s"),
                            path, why->message, error->message);
  return g_strdup_printf (_("The history file “%s” does not load (%s); it was set aside as “%s”."),
                          name, why->message, aside);
}

static MtDataset *
load_file (const char  *path,
           GPtrArray   *problems,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GBytes) bytes = mt_source_read_file (file, NULL, &load_error);
  MtDataset *dataset = bytes != NULL ? mt_monitoring_read (bytes, &load_error) : NULL;

  if (dataset == NULL)
    {
      g_autofree char *message = set_aside (path, load_error);

      if (problems != NULL)
        g_ptr_array_add (problems, g_strdup (message));
      g_set_error_literal (error, MT_HISTORY_ERROR, MT_HISTORY_ERROR_CORRUPT, message);
    }
  return dataset;
}

static gboolean
is_period_file (const char *name)
{
  /* "2023-11-29_2023-12-06.json" */
  return strlen (name) == 21 + strlen (SUFFIX) && name[10] == '_' && g_str_has_suffix (name, SUFFIX);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const MtHistoryEntry *x = *(const MtHistoryEntry **) a;
  const MtHistoryEntry *y = *(const MtHistoryEntry **) b;
  int by_region = g_strcmp0 (x->region, y->region);

  return by_region != 0 ? by_region : strcmp (x->period_from, y->period_from);
}

static void
list_folder (MtHistory  *self,
             const char *folder,
             GPtrArray  *entries,
             GPtrArray  *problems)
{
  g_autofree char *path = g_build_filename (self->directory, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autoptr(MtDataset) dataset = NULL;
      MtHistoryEntry *entry;

      if (!is_period_file (name))
        continue;
      /* Each file is read through, so that a corrupt one is found now and
       * not when someone needs it. */
      dataset = load_file (file, problems, NULL);
      if (dataset == NULL)
        continue;

      entry = g_new0 (MtHistoryEntry, 1);
      entry->region = g_strdup (mt_dataset_get_region (dataset));
      entry->period_from = g_strdup (mt_dataset_get_period_from (dataset));
      entry->period_to = g_strdup (mt_dataset_get_period_to (dataset));
      g_ptr_array_add (entries, entry);
    }
}

/**
 * mt_history_list:
 * @region: (nullable): only this region's periods, or %NULL for all
 * @problems: (out) (optional) (transfer full) (element-type utf8): the
 *   messages about files that did not load and were set aside
 *
 * Returns: (transfer full) (element-type MtHistoryEntry): the periods kept,
 *   by region and oldest first
 */
GPtrArray *
mt_history_list (MtHistory   *self,
                 const char  *region,
                 GPtrArray  **problems)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_history_entry_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (MT_IS_HISTORY (self), NULL);

  if (region != NULL)
    {
      g_autofree char *folder = region_folder (region);

      list_folder (self, folder, entries, found);
    }
  else
    {
      g_autoptr(GDir) dir = g_dir_open (self->directory, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        list_folder (self, name, entries, found);
    }

  g_ptr_array_sort (entries, compare_entries);
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return entries;
}

/**
 * mt_history_load:
 * @region: (nullable): the region
 * @period_from: the period's first day
 *
 * Returns: (transfer full): the period kept, or %NULL with @error set
 */
MtDataset *
mt_history_load (MtHistory   *self,
                 const char  *region,
                 const char  *period_from,
                 GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (MT_IS_HISTORY (self), NULL);
  g_return_val_if_fail (period_from != NULL, NULL);

  folder = region_folder (region);
  path = g_build_filename (self->directory, folder, NULL);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (is_period_file (name) && strncmp (name, period_from, 10) == 0)
        {
          g_autofree char *file = g_build_filename (path, name, NULL);

          return load_file (file, NULL, error);
        }
    }

  g_set_error (error, MT_HISTORY_ERROR, MT_HISTORY_ERROR_NOT_FOUND,
               _("No period starting %s is kept in the history."), period_from);
  return NULL;
}

/**
 * mt_history_find_previous:
 * @dataset: a period
 * @problems: (out) (optional) (transfer full) (element-type utf8): files
 *   set aside on the way
 *
 * Finds the latest period of the same region that starts before @dataset.
 *
 * Returns: (transfer full) (nullable): that period, or %NULL when none is kept
 */
MtDataset *
mt_history_find_previous (MtHistory  *self,
                          MtDataset  *dataset,
                          GPtrArray **problems)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char *from, *name;
  MtDataset *previous = NULL;

  g_return_val_if_fail (MT_IS_HISTORY (self), NULL);
  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);

  from = mt_dataset_get_period_from (dataset);
  if (from == NULL)
    return NULL;

  /* File names are the periods: only the candidate is read, newest first,
   * so that a year of national documents is not parsed on every load. */
  folder = region_folder (mt_dataset_get_region (dataset));
  path = g_build_filename (self->directory, folder, NULL);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_period_file (name) && strncmp (name, from, 10) < 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) compare_names);

  for (guint i = names->len; i > 0 && previous == NULL; i--)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i - 1), NULL);
      g_autoptr(MtDataset) candidate = load_file (file, found, NULL);

      /* A folder may be shared by regions whose names look alike. */
      if (candidate != NULL &&
          g_strcmp0 (mt_dataset_get_region (candidate), mt_dataset_get_region (dataset)) == 0)
        previous = g_steal_pointer (&candidate);
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return previous;
}

/**
 * mt_history_list_periods:
 * @region: (nullable): the region
 *
 * The periods kept for @region, from the file names alone: cheap enough
 * to fill a menu (a file that turns out corrupt is set aside when opened).
 *
 * Returns: (transfer full): the kept files' paths, newest period first
 */
GStrv
mt_history_list_periods (MtHistory  *self,
                         const char *region)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *name;
  GStrv paths;

  g_return_val_if_fail (MT_IS_HISTORY (self), NULL);

  folder = region_folder (region);
  path = g_build_filename (self->directory, folder, NULL);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_period_file (name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) compare_names);

  for (guint i = names->len; i > 0; i--)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i - 1), NULL);

      g_strv_builder_add (builder, file);
    }
  paths = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return paths;
}
