/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-export.c: the rating written to a file, whole or not at all */
#define G_LOG_DOMAIN "mt-rating-export"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-monitoring-writer.h"
#include "mt-download-name.h"
#include "mt-file-writer.h"
#include "mt-format.h"
#include "mt-rating-export.h"
#include "mt-worker.h"
#include "mt-xlsx-file.h"
#include "mt-xlsx-writer.h"

G_DEFINE_QUARK (mt-export-error-quark, mt_export_error)

static const char *const extensions[] = {
  [MT_EXPORT_XLSX] = ".xlsx",
  [MT_EXPORT_CSV] = ".csv",
  [MT_EXPORT_JSON] = ".json",
};

/**
 * mt_export_format_for_path:
 * @path: a file name
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE when the extension (any case) is .xlsx, .csv or .json
 */
gboolean
mt_export_format_for_path (const char     *path,
                           MtExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_str_has_suffix (lower, extensions[i]))
        {
          *format = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
mt_export_extension (MtExportFormat format)
{
  g_return_val_if_fail (format <= MT_EXPORT_JSON, NULL);
  return extensions[format];
}

/**
 * mt_export_suggest_name:
 *
 * Returns: (transfer full): a file name that says what the file is, from
 *   the region and the period, such as "Рейтинг — Кировская область —
 *   29.11–06.12.2023.xlsx" (the demo says so); safe on Linux and Windows
 */
char *
mt_export_suggest_name (MtDataset      *dataset,
                        MtExportFormat  format)
{
  g_autoptr(GString) title = g_string_new (_("Rating"));
  const char *region = mt_dataset_get_region (dataset);
  g_autofree char *safe = NULL;

  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);

  if (region != NULL)
    g_string_append_printf (title, " — %s", region);
  if (mt_dataset_get_period_from (dataset) != NULL)
    {
      g_autofree char *period = mt_format_period_short (mt_dataset_get_period_from (dataset),
                                                        mt_dataset_get_period_to (dataset));

      g_string_append_printf (title, " — %s", period);
    }
  if (mt_dataset_get_is_demo (dataset))
    g_string_append_printf (title, " (%s)", _("demo"));

  /* What file systems refuse ("/" in a date, ":" in a region) goes the
   * way a downloaded material's title goes. */
  safe = mt_download_safe_name (title->str);
  return g_strconcat (safe, extensions[format], NULL);
}

/* Every export is written whole or not at all (mt_file_write_atomic ());
 * its failure is an MT_EXPORT_ERROR_WRITE saying "Could not write “…”:
 * <the cause>". */
static gboolean
write_bytes (GBytes      *bytes,
             const char  *path,
             GError     **error)
{
  g_autoptr(GError) write_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (mt_file_write_atomic (path, data, length, 0666, &write_error))
    return TRUE;
  g_set_error_literal (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_WRITE, write_error->message);
  return FALSE;
}

typedef struct
{
  MtRating *rating;
  const char *author;
} XlsxFill;

static gboolean
fill_xlsx (const char  *memory_path,
           gpointer     data,
           GError     **error)
{
  XlsxFill *fill = data;

  return mt_xlsx_write_rating (fill->rating, fill->author, memory_path, error);
}

/* Through memory (mt_xlsx_file_write ()): the disk only ever written by
 * Metodist, a failure told by its cause. */
static gboolean
write_xlsx (MtRating    *rating,
            const char  *author,
            const char  *path,
            GError     **error)
{
  g_autoptr(GError) write_error = NULL;
  XlsxFill fill = { rating, author };

  if (mt_xlsx_file_write (path, fill_xlsx, &fill, &write_error))
    return TRUE;
  g_set_error_literal (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_WRITE, write_error->message);
  return FALSE;
}

/**
 * mt_export_rating:
 * @rating: the period rated
 * @author: (nullable): the institute, named in the file's properties
 * @format: the file's format
 * @target: a local file; an existing one is replaced only by a complete
 *   new one
 *
 * Returns: %TRUE when the file is written
 */
gboolean
mt_export_rating (MtRating        *rating,
                  const char      *author,
                  MtExportFormat   format,
                  GFile           *target,
                  GError         **error)
{
  MtDataset *dataset;
  GListModel *rows;
  gboolean has_previous;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (MT_IS_RATING (rating), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);

  dataset = mt_rating_get_dataset (rating);
  rows = mt_rating_get_rows (rating);
  has_previous = mt_rating_get_previous (rating) != NULL;

  path = g_file_get_path (target);
  if (path == NULL)
    {
      g_set_error_literal (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_NOT_LOCAL,
                           _("Exports can only be written to a local folder."));
      return FALSE;
    }

  if (format == MT_EXPORT_XLSX)
    return write_xlsx (rating, author, path, error);

  bytes = format == MT_EXPORT_CSV ? mt_monitoring_write_csv (dataset, rows, has_previous)
                                  : mt_monitoring_write_json (dataset, rows, mt_rating_get_weights (rating),
                                                              has_previous);
  return write_bytes (bytes, path, error);
}

typedef struct
{
  MtRating *rating;       /* a copy, which re-rating in the window leaves alone */
  char *author;
  MtExportFormat format;
  GFile *target;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->rating);
  g_free (job->author);
  g_clear_object (&job->target);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (mt_export_rating (job->rating, job->author, job->format, job->target, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * mt_export_rating_async:
 *
 * Like mt_export_rating(), in a worker thread, for the window. The rows
 * are copied first, so the window may re-rate meanwhile.
 */
void
mt_export_rating_async (MtRating            *rating,
                        const char          *author,
                        MtExportFormat       format,
                        GFile               *target,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (MT_IS_RATING (rating));
  g_return_if_fail (G_IS_FILE (target));

  job = g_new0 (ExportJob, 1);
  job->rating = mt_rating_copy (rating);
  job->author = g_strdup (author);
  job->format = format;
  job->target = g_object_ref (target);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mt_export_rating_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  mt_worker_run (task, export_in_thread);
}

gboolean
mt_export_rating_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
