/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-xlsx-writer.h: the rating as an Excel workbook (libxlsxwriter) */
#pragma once

#include <gio/gio.h>

#include "mt-dataset.h"
#include "mt-rating.h"

G_BEGIN_DECLS

#define MT_XLSX_ERROR (mt_xlsx_error_quark ())

typedef enum
{
  MT_XLSX_ERROR_FAILED,  /* libxlsxwriter refused; the message says why */
} MtXlsxError;

GQuark   mt_xlsx_error_quark      (void);

char    *mt_xlsx_clean_text       (const char       *text);
char    *mt_xlsx_sheet_name       (const char       *name);
gboolean mt_xlsx_write_rating     (MtRating         *rating,
                                   const char       *author,
                                   const char       *path,
                                   GError          **error);

G_END_DECLS
