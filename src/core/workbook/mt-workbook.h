/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-workbook.h: a spreadsheet file (.xlsx, .ods, .xls): its sheets */
#pragma once

#include <glib-object.h>

#include "mt-sheet.h"

G_BEGIN_DECLS

#define MT_TYPE_WORKBOOK (mt_workbook_get_type ())
G_DECLARE_DERIVABLE_TYPE (MtWorkbook, mt_workbook, MT, WORKBOOK, GObject)

/**
 * MtWorkbookClass:
 * @read_sheet: reads the sheet at an index into an #MtSheet, its first
 *   @max_rows rows (those with cells) only when not 0
 *
 * Each format's reader (MtXlsxWorkbook, MtOdsWorkbook, MtXlsWorkbook)
 * lists its sheets when opened, with mt_workbook_add_sheet().
 */
struct _MtWorkbookClass
{
  GObjectClass parent_class;

  MtSheet *(*read_sheet) (MtWorkbook *self,
                          guint       index,
                          guint       max_rows,
                          GError    **error);
};

void        mt_workbook_init_libraries  (void);
gboolean    mt_workbook_looks_like      (GBytes      *bytes);
MtWorkbook *mt_workbook_open            (GBytes      *bytes,
                                         GError     **error);
guint       mt_workbook_get_n_sheets    (MtWorkbook  *self);
const char *mt_workbook_get_sheet_name  (MtWorkbook  *self,
                                         guint        index);
gboolean    mt_workbook_is_sheet_hidden (MtWorkbook  *self,
                                         guint        index);
MtSheet    *mt_workbook_read_sheet      (MtWorkbook  *self,
                                         guint        index,
                                         guint        max_rows,
                                         GError     **error);
void        mt_workbook_set_not_spreadsheet (GError **error);
void        mt_workbook_set_password        (GError **error);
void        mt_workbook_add_sheet       (MtWorkbook  *self,
                                         const char  *name,
                                         gboolean     hidden);

G_END_DECLS
