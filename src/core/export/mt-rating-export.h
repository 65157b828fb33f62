/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-export.h: the rating written to a file, whole or not at all */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-rating.h"

G_BEGIN_DECLS

typedef enum
{
  MT_EXPORT_XLSX,
  MT_EXPORT_CSV,
  MT_EXPORT_JSON,
} MtExportFormat;

#define MT_EXPORT_ERROR (mt_export_error_quark ())

typedef enum
{
  MT_EXPORT_ERROR_NOT_LOCAL,  /* the target is not a local file */
  MT_EXPORT_ERROR_WRITE,      /* the file could not be written; the old one is as it was */
} MtExportError;

GQuark      mt_export_error_quark     (void);

gboolean    mt_export_format_for_path (const char          *path,
                                       MtExportFormat      *format);
const char *mt_export_extension       (MtExportFormat       format);
char       *mt_export_suggest_name    (MtDataset           *dataset,
                                       MtExportFormat       format);
gboolean    mt_export_rating          (MtRating            *rating,
                                       const char          *author,
                                       MtExportFormat       format,
                                       GFile               *target,
                                       GError             **error);
void        mt_export_rating_async    (MtRating            *rating,
                                       const char          *author,
                                       MtExportFormat       format,
                                       GFile               *target,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean    mt_export_rating_finish   (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
