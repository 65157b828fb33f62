/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-reader.c: `metodist-monitoring` JSON documents into datasets */
#define G_LOG_DOMAIN "mt-monitoring-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mt-json-check.h"
#include "mt-json-scanner.h"
#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-format.h"
#include "mt-monitoring-reader.h"

/*
 * The document is read straight from the strict tokenizer (see
 * mt-json-scanner.c for why not through json-glib): each field is checked
 * for its type as it comes, and a wrong one is named by its path:
 * "municipalities[3]: teachers.total: expected a whole number". Members may
 * come in any order, so a row's first problem is chosen in a fixed order of
 * its fields, and the format and version are judged at the end.
 */

typedef enum
{
  FIELD_OK,
  FIELD_ABSENT,  /* missing, null, or empty text */
  FIELD_BAD,     /* the wrong type or out of range: *message says how */
  FIELD_BROKEN,  /* the document itself is broken: stop */
} FieldResult;

typedef struct
{
  MtJsonScanner *scanner;
  GError *syntax_error;   /* set with FIELD_BROKEN */
} Reader;

static MtJsonToken
next (Reader *reader)
{
  return mt_json_scanner_next (reader->scanner, &reader->syntax_error);
}

/* Skips the rest of a value that began with @token. */
static FieldResult
skip (Reader      *reader,
      MtJsonToken  token)
{
  if (token == MT_JSON_TOKEN_ERROR ||
      !mt_json_scanner_skip_value (reader->scanner, token, &reader->syntax_error))
    return FIELD_BROKEN;
  return FIELD_OK;
}

/* The value was of a type we do not want: skip it whole. */
static FieldResult
skip_bad (Reader      *reader,
          MtJsonToken  token)
{
  return skip (reader, token) == FIELD_BROKEN ? FIELD_BROKEN : FIELD_BAD;
}

/* Reads a count (FORMATS.md §1): a whole number from 0 to 1,000,000,000. */
static FieldResult
read_count (Reader      *reader,
            gint64      *count,
            const char **message)
{
  MtJsonToken token = next (reader);
  g_autofree char *text = NULL;

  switch (token)
    {
    case MT_JSON_TOKEN_INT:
    case MT_JSON_TOKEN_DOUBLE:
      /* Decided from the digits as written (mt_count_from_text()). */
      text = mt_json_scanner_dup_number_text (reader->scanner);
      break;
    case MT_JSON_TOKEN_NULL:
      return FIELD_ABSENT;
    case MT_JSON_TOKEN_ERROR:
      return FIELD_BROKEN;
    default:
      *message = _("expected a whole number");
      return skip_bad (reader, token);
    }

  return mt_count_from_text (text, count, message) ? FIELD_OK : FIELD_BAD;
}

static FieldResult
read_text (Reader      *reader,
           char       **text,
           const char **message)
{
  MtJsonToken token = next (reader);

  switch (token)
    {
    case MT_JSON_TOKEN_STRING:
      if (*mt_json_scanner_get_string (reader->scanner) == '\0')
        return FIELD_ABSENT;
      g_free (*text);
      *text = g_strdup (mt_json_scanner_get_string (reader->scanner));
      return FIELD_OK;
    case MT_JSON_TOKEN_NULL:
      return FIELD_ABSENT;
    case MT_JSON_TOKEN_ERROR:
      return FIELD_BROKEN;
    default:
      *message = _("expected text");
      return skip_bad (reader, token);
    }
}

/* The problems of one row, by field, in the order in which the first of
 * them becomes the row's reason. */
typedef enum
{
  SLOT_EXCLUDED,
  SLOT_NAME,
  SLOT_ID,
  SLOT_MUNICIPALITY,
  SLOT_ORGANIZATIONS,
  SLOT_TEACHERS,
  SLOT_STUDENTS,
  N_SLOTS
} Slot;

typedef struct
{
  char *field[N_SLOTS];
  char *message[N_SLOTS];
} RowProblems;

static void
note (RowProblems *problems,
      Slot         slot,
      const char  *field,
      const char  *message)
{
  if (problems->message[slot] != NULL)
    return;
  problems->field[slot] = g_strdup (field);
  problems->message[slot] = g_strdup (message);
}

/* Reads {"active": …, "total": …} into @counts, noting what is wrong. */
static FieldResult
read_counts (Reader      *reader,
             const char  *member,
             MtCounts    *counts,
             gboolean    *missing,
             RowProblems *problems,
             Slot         slot)
{
  MtJsonToken token = next (reader);
  FieldResult active = FIELD_ABSENT, total = FIELD_ABSENT;
  const char *active_message = NULL, *total_message = NULL;

  *missing = FALSE;
  if (token == MT_JSON_TOKEN_NULL)
    {
      *missing = TRUE;
      return FIELD_OK;
    }
  if (token == MT_JSON_TOKEN_ERROR)
    return FIELD_BROKEN;
  if (token != MT_JSON_TOKEN_BEGIN_OBJECT)
    {
      note (problems, slot, member, _("expected an object with “active” and “total”"));
      return skip_bad (reader, token);
    }

  while ((token = next (reader)) == MT_JSON_TOKEN_KEY)
    {
      const char *key = mt_json_scanner_get_string (reader->scanner);
      FieldResult result;

      if (g_str_equal (key, "active"))
        result = active = read_count (reader, &counts->active, &active_message);
      else if (g_str_equal (key, "total"))
        result = total = read_count (reader, &counts->total, &total_message);
      else
        result = skip (reader, next (reader));
      if (result == FIELD_BROKEN)
        return FIELD_BROKEN;
    }
  if (token == MT_JSON_TOKEN_ERROR)
    return FIELD_BROKEN;

  /* A wrong value is not kept: it would read as a count elsewhere. */
  if (active != FIELD_OK)
    counts->active = MT_COUNT_UNKNOWN;
  if (total != FIELD_OK)
    counts->total = MT_COUNT_UNKNOWN;

  if (active == FIELD_ABSENT || active == FIELD_BAD)
    {
      g_autofree char *path = g_strconcat (member, ".active", NULL);

      note (problems, slot, path, active == FIELD_ABSENT ? _("missing") : active_message);
    }
  else if (total == FIELD_BAD)
    {
      g_autofree char *path = g_strconcat (member, ".total", NULL);

      note (problems, slot, path, total_message);
    }
  else
    {
      g_autofree char *text = mt_counts_check (counts);

      if (text != NULL)
        note (problems, slot, member, text);
    }
  return FIELD_OK;
}

/* Reads one row of "municipalities" or "organizations". Whatever is wrong
 * with it, the row is kept (with its reason), so that it is listed. */
static gboolean
read_row (Reader     *reader,
          MtDataset  *dataset,
          MtJsonToken token,
          const char *list,
          guint       index,
          gboolean    is_organization)
{
  MtRecord *record = mt_record_new ();
  RowProblems problems = { { NULL } };
  gboolean teachers_missing = TRUE, students_missing = TRUE;
  gboolean broken = FALSE;
  char *excluded = NULL;
  const char *message = NULL;

  record->where = g_strdup_printf ("%s[%u]", list, index);

  if (token != MT_JSON_TOKEN_BEGIN_OBJECT)
    {
      broken = skip_bad (reader, token) == FIELD_BROKEN;
      note (&problems, SLOT_NAME, NULL, _("expected an object"));
      teachers_missing = students_missing = FALSE;
    }
  else
    {
      FieldResult name = FIELD_ABSENT;

      while (!broken && (token = next (reader)) == MT_JSON_TOKEN_KEY)
        {
          const char *key = mt_json_scanner_get_string (reader->scanner);
          FieldResult result = FIELD_OK;

          if (g_str_equal (key, "name"))
            {
              result = name = read_text (reader, &record->name, &message);
              if (name == FIELD_BAD)
                note (&problems, SLOT_NAME, "name", message);
            }
          else if (g_str_equal (key, "id"))
            {
              if ((result = read_text (reader, &record->id, &message)) == FIELD_BAD)
                note (&problems, SLOT_ID, "id", message);
            }
          /* A published rating (FORMATS.md §2) marks the rows its author
           * kept out; reading it back keeps them out for the same reason. */
          else if (g_str_equal (key, "excluded"))
            {
              result = read_text (reader, &excluded, &message);
            }
          else if (is_organization && g_str_equal (key, "municipality"))
            {
              if ((result = read_text (reader, &record->municipality, &message)) == FIELD_BAD)
                note (&problems, SLOT_MUNICIPALITY, "municipality", message);
            }
          else if (!is_organization && g_str_equal (key, "organizations"))
            {
              if ((result = read_count (reader, &record->organizations, &message)) == FIELD_BAD)
                note (&problems, SLOT_ORGANIZATIONS, "organizations", message);
            }
          else if (g_str_equal (key, "teachers"))
            {
              result = read_counts (reader, "teachers", &record->teachers, &teachers_missing,
                                    &problems, SLOT_TEACHERS);
            }
          else if (g_str_equal (key, "students"))
            {
              result = read_counts (reader, "students", &record->students, &students_missing,
                                    &problems, SLOT_STUDENTS);
            }
          else
            {
              /* Unknown fields are ignored (forward compatibility). */
              result = skip (reader, next (reader));
            }
          broken = result == FIELD_BROKEN;
        }
      broken = broken || token == MT_JSON_TOKEN_ERROR;

      if (name == FIELD_ABSENT)
        note (&problems, SLOT_NAME, "name", _("missing"));
      if (is_organization && record->municipality == NULL)
        note (&problems, SLOT_MUNICIPALITY, "municipality", _("missing"));
      if (is_organization && (teachers_missing || students_missing))
        note (&problems, teachers_missing ? SLOT_TEACHERS : SLOT_STUDENTS,
              teachers_missing ? "teachers" : "students", _("missing"));
    }

  if (record->name == NULL)
    record->name = g_strdup (record->where);
  if (record->organizations == MT_COUNT_UNKNOWN || problems.message[SLOT_ORGANIZATIONS] != NULL)
    record->organizations = MT_COUNT_UNKNOWN;

  if (excluded != NULL)
    mt_dataset_reject_row (dataset, record, NULL, excluded);
  for (Slot slot = 0; slot < N_SLOTS; slot++)
    {
      if (problems.message[slot] != NULL)
        mt_dataset_reject_row (dataset, record, problems.field[slot], problems.message[slot]);
      g_free (problems.field[slot]);
      g_free (problems.message[slot]);
    }
  g_free (excluded);

  /* Municipalities without counts of their own are summed from their
   * organisations (mt_dataset_aggregate()). */
  record->teachers_missing = !is_organization && teachers_missing;
  record->students_missing = !is_organization && students_missing;

  if (is_organization)
    mt_dataset_add_organization (dataset, record);
  else
    mt_dataset_add_municipality (dataset, record);
  return !broken;
}

/* What is wrong with the document as a whole; the first wins. */
typedef struct
{
  char *format;
  gint64 version;     /* 0 when missing or not a whole number */
  GError *header;     /* a top-level field of the wrong type */
  guint municipalities;
  guint organizations;
} Document;

static void
header_problem (Document   *document,
                const char *field,
                const char *message)
{
  if (document->header == NULL)
    g_set_error (&document->header, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT, "%s: %s", field, message);
}

static FieldResult
read_period (Reader    *reader,
             MtDataset *dataset,
             Document  *document)
{
  MtJsonToken token = next (reader);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *message = NULL;

  if (token == MT_JSON_TOKEN_NULL)
    return FIELD_OK;
  if (token != MT_JSON_TOKEN_BEGIN_OBJECT)
    {
      header_problem (document, "period", _("expected an object with “from” and “to”"));
      return skip_bad (reader, token);
    }

  while ((token = next (reader)) == MT_JSON_TOKEN_KEY)
    {
      const char *key = mt_json_scanner_get_string (reader->scanner);
      FieldResult result;

      if (g_str_equal (key, "from"))
        result = read_text (reader, &from, &message);
      else if (g_str_equal (key, "to"))
        result = read_text (reader, &to, &message);
      else
        result = skip (reader, next (reader));
      if (result == FIELD_BROKEN)
        return FIELD_BROKEN;
    }
  if (token == MT_JSON_TOKEN_ERROR)
    return FIELD_BROKEN;

  if (from == NULL || !mt_is_iso_date (from))
    header_problem (document, "period.from", _("expected a date like 2023-11-29"));
  else if (to == NULL || !mt_is_iso_date (to))
    header_problem (document, "period.to", _("expected a date like 2023-12-06"));
  else if (strcmp (from, to) > 0)
    header_problem (document, "period", _("the period ends before it starts"));
  else
    mt_dataset_set_period (dataset, from, to);
  return FIELD_OK;
}

static FieldResult
read_rows (Reader     *reader,
           MtDataset  *dataset,
           Document   *document,
           const char *list,
           gboolean    is_organization)
{
  MtJsonToken token = next (reader);
  guint *count = is_organization ? &document->organizations : &document->municipalities;

  if (token == MT_JSON_TOKEN_NULL)
    return FIELD_OK;
  if (token != MT_JSON_TOKEN_BEGIN_ARRAY)
    {
      header_problem (document, list, _("expected a list"));
      return skip_bad (reader, token);
    }

  while ((token = next (reader)) != MT_JSON_TOKEN_END_ARRAY)
    {
      if (token != MT_JSON_TOKEN_ERROR && mt_dataset_is_full (dataset))
        {
          mt_load_error_set_too_many_rows (&reader->syntax_error);
          return FIELD_BROKEN;
        }
      if (token == MT_JSON_TOKEN_ERROR ||
          !read_row (reader, dataset, token, list, (*count)++, is_organization))
        return FIELD_BROKEN;
    }
  return FIELD_OK;
}

/* One top-level member. */
static FieldResult
read_member (Reader     *reader,
             MtDataset  *dataset,
             Document   *document,
             const char *key)
{
  static const struct
  {
    const char *member;
    void (*set) (MtDataset *, const char *);
  } texts[] = {
    { "region", mt_dataset_set_region },
    { "platform", mt_dataset_set_platform },
    { "source", mt_dataset_set_source },
  };
  g_autofree char *text = NULL;
  const char *message = NULL;
  FieldResult result;
  MtJsonToken token;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!g_str_equal (key, texts[i].member))
        continue;
      result = read_text (reader, &text, &message);
      if (result == FIELD_OK)
        texts[i].set (dataset, text);
      else if (result == FIELD_BAD)
        header_problem (document, texts[i].member, message);
      return result;
    }

  if (g_str_equal (key, "format"))
    return read_text (reader, &document->format, &message);

  if (g_str_equal (key, "version"))
    {
      token = next (reader);
      if (token == MT_JSON_TOKEN_INT)
        document->version = mt_json_scanner_get_int (reader->scanner);
      return skip (reader, token);
    }

  if (g_str_equal (key, "published"))
    {
      result = read_text (reader, &text, &message);
      if (result == FIELD_OK)
        {
          g_autoptr(GDateTime) published = g_date_time_new_from_iso8601 (text, NULL);

          if (published != NULL)
            mt_dataset_set_published (dataset, text);
          else
            header_problem (document, "published", _("expected a time like 2023-12-06T15:00:00+03:00"));
        }
      else if (result == FIELD_BAD)
        {
          header_problem (document, "published", message);
        }
      return result;
    }

  if (g_str_equal (key, "period"))
    return read_period (reader, dataset, document);

  if (g_str_equal (key, "municipalities"))
    return read_rows (reader, dataset, document, "municipalities", FALSE);
  if (g_str_equal (key, "organizations"))
    return read_rows (reader, dataset, document, "organizations", TRUE);

  /* Metodist's own mark on demo data and on what is made from it. */
  token = next (reader);
  if (g_str_equal (key, "demo") && (token == MT_JSON_TOKEN_TRUE || token == MT_JSON_TOKEN_FALSE))
    mt_dataset_set_is_demo (dataset, token == MT_JSON_TOKEN_TRUE);
  return skip (reader, token);
}

/**
 * mt_monitoring_read:
 * @bytes: a `metodist-monitoring` document (FORMATS.md §1)
 * @error: return location for a #MT_LOAD_ERROR
 *
 * Loads a monitoring document. Document problems fail with one message;
 * row problems keep the row out of the rating, with its reason in the
 * dataset's load report. Organisations are summed into municipalities that
 * have no counts of their own (mt_dataset_aggregate()).
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
MtDataset *
mt_monitoring_read (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtJsonScanner) scanner = NULL;
  g_autoptr(GError) failure = NULL;
  Reader reader = { NULL, NULL };
  Document document = { NULL, 0, NULL, 0, 0 };
  gboolean broken = FALSE;
  const char *data;
  gsize length;
  MtJsonToken token;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!mt_json_prepare (bytes, &data, &length, error))
    return NULL;

  scanner = mt_json_scanner_new (data, length);
  /* FORMATS.md §1: a count beyond the bound is a row problem, however
   * many digits it has. */
  mt_json_scanner_read_big_numbers (scanner);
  reader.scanner = scanner;
  dataset = mt_dataset_new ();

  token = next (&reader);
  if (token == MT_JSON_TOKEN_ERROR)
    {
      g_propagate_error (error, reader.syntax_error);
      return NULL;
    }
  if (token != MT_JSON_TOKEN_BEGIN_OBJECT)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The document is not a monitoring document: it is not a JSON object."));
      return NULL;
    }

  while (!broken && (token = next (&reader)) == MT_JSON_TOKEN_KEY)
    {
      g_autofree char *key = g_strdup (mt_json_scanner_get_string (scanner));

      broken = read_member (&reader, dataset, &document, key) == FIELD_BROKEN;
    }
  if (!broken && (token != MT_JSON_TOKEN_END_OBJECT || next (&reader) != MT_JSON_TOKEN_END))
    broken = TRUE;

  if (broken)
    {
      g_propagate_error (error, reader.syntax_error);
      g_clear_error (&document.header);
      g_free (document.format);
      return NULL;
    }

  if (g_strcmp0 (document.format, MT_MONITORING_FORMAT) != 0)
    g_set_error (&failure, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                 _("The document is not a monitoring document: its “format” is not “%s”."),
                 MT_MONITORING_FORMAT);
  else if (document.version < 1)
    g_set_error_literal (&failure, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                         _("The document has no valid “version”."));
  else if (document.version > MT_MONITORING_VERSION)
    g_set_error (&failure, MT_LOAD_ERROR, MT_LOAD_ERROR_VERSION,
                 _("The document is of version %lld, newer than this Metodist "
                   "reads (%d). Update Metodist to open it."),
                 (long long) document.version, MT_MONITORING_VERSION);
  else if (document.header != NULL)
    g_propagate_error (&failure, g_steal_pointer (&document.header));
  else if (document.municipalities == 0 && document.organizations == 0)
    g_set_error_literal (&failure, MT_LOAD_ERROR, MT_LOAD_ERROR_NO_ROWS,
                         _("The document lists neither municipalities nor organisations."));

  g_clear_error (&document.header);
  g_free (document.format);
  if (failure != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failure));
      return NULL;
    }

  mt_dataset_reject_repeats (dataset, mt_dataset_get_municipalities (dataset));
  mt_dataset_reject_repeats (dataset, mt_dataset_get_organizations (dataset));
  mt_dataset_aggregate (dataset);
  return g_steal_pointer (&dataset);
}
