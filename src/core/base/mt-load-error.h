/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-load-error.h: why a document could not be loaded at all */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MT_LOAD_ERROR (mt_load_error_quark ())

/*
 * Document problems (FORMATS.md §1): the whole load fails with one message,
 * and whatever was shown before stays shown. Row problems are not errors;
 * they go into the dataset's load report.
 */
typedef enum
{
  MT_LOAD_ERROR_TOO_LARGE,      /* over the size cap */
  MT_LOAD_ERROR_EMPTY,          /* nothing but white space */
  MT_LOAD_ERROR_ENCODING,       /* not valid UTF-8, or an encoding we do not know */
  MT_LOAD_ERROR_SYNTAX,         /* not JSON, or JSON we refuse (see mt-json-check.c) */
  MT_LOAD_ERROR_TOO_DEEP,       /* nested deeper than any of our formats */
  MT_LOAD_ERROR_FORMAT,         /* not an object, wrong "format", a bad top-level field */
  MT_LOAD_ERROR_VERSION,        /* a newer "version" than we know */
  MT_LOAD_ERROR_NO_ROWS,        /* neither municipalities nor organisations */
  MT_LOAD_ERROR_READ,           /* the file or stream could not be read */
  MT_LOAD_ERROR_HEADERS,        /* a table without a column of names */
  MT_LOAD_ERROR_DAMAGED,        /* a workbook cut short or broken inside */
  MT_LOAD_ERROR_UNSAFE,         /* a workbook built to harm: a DTD, entities */
  MT_LOAD_ERROR_PASSWORD,       /* a workbook protected by a password */
  MT_LOAD_ERROR_UNSUPPORTED,    /* a look-alike: .xlsb, a document that is not a spreadsheet */
  MT_LOAD_ERROR_SHEET,          /* which sheet: several, or none, hold a table */
} MtLoadError;

GQuark mt_load_error_quark (void);

void   mt_load_error_set_too_many_rows (GError **error);

G_END_DECLS
