/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-reader.c: `metodist-monitoring` JSON documents into datasets */
#define G_LOG_DOMAIN "mt-monitoring-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mt-json-check.h"
#include "mt-limits.h"
#include "mt-load-error.h"
#include "mt-monitoring-reader.h"

/*
 * json-glib's getters hide wrong types (a string reads as 0, 12.7 as 12),
 * so every field is read through the checks below, which name the field's
 * path in their message: "municipalities[3].teachers.total: expected a
 * whole number".
 */

typedef enum
{
  FIELD_OK,
  FIELD_ABSENT,  /* missing, or null */
  FIELD_BAD,
} FieldResult;

/* Reads a count (FORMATS.md §1): a whole number from 0 to 1,000,000,000. */
static FieldResult
read_count (JsonObject  *object,
            const char  *member,
            gint64      *count,
            const char **message)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FIELD_ABSENT;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    {
      *count = json_node_get_int (node);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (!isfinite (value))
        {
          *message = _("not a finite number");
          return FIELD_BAD;
        }
      if (value != floor (value))
        {
          *message = _("expected a whole number, not a fraction");
          return FIELD_BAD;
        }
      if (fabs (value) > (double) MT_MAX_COUNT)
        {
          *message = _("out of range (0 to 1 000 000 000)");
          return FIELD_BAD;
        }
      *count = (gint64) value;
    }
  else
    {
      *message = _("expected a whole number");
      return FIELD_BAD;
    }

  if (*count < 0)
    {
      *message = _("negative");
      return FIELD_BAD;
    }
  if (*count > MT_MAX_COUNT)
    {
      *message = _("out of range (0 to 1 000 000 000)");
      return FIELD_BAD;
    }
  return FIELD_OK;
}

static FieldResult
read_string (JsonObject  *object,
             const char  *member,
             const char **value,
             const char **message)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FIELD_ABSENT;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *message = _("expected text");
      return FIELD_BAD;
    }
  *value = json_node_get_string (node);
  if (**value == '\0')
    return FIELD_ABSENT;
  return FIELD_OK;
}

/* Reads {"active": …, "total": …}; returns FALSE with the row rejected. */
static gboolean
read_counts (MtDataset  *dataset,
             MtRecord   *record,
             JsonObject *row,
             const char *member,
             MtCounts   *counts,
             gboolean   *missing)
{
  JsonNode *node = json_object_get_member (row, member);
  g_autofree char *active_path = g_strconcat (member, ".active", NULL);
  g_autofree char *total_path = g_strconcat (member, ".total", NULL);
  const char *message = NULL;
  JsonObject *object;

  *missing = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *missing = TRUE;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      mt_dataset_reject_row (dataset, record, member, _("expected an object with “active” and “total”"));
      return FALSE;
    }
  object = json_node_get_object (node);

  switch (read_count (object, "active", &counts->active, &message))
    {
    case FIELD_OK:
      break;
    case FIELD_ABSENT:
      mt_dataset_reject_row (dataset, record, active_path, _("missing"));
      return FALSE;
    case FIELD_BAD:
      /* A wrong value is not kept: it would read as a count elsewhere. */
      counts->active = MT_COUNT_UNKNOWN;
      mt_dataset_reject_row (dataset, record, active_path, message);
      return FALSE;
    }

  switch (read_count (object, "total", &counts->total, &message))
    {
    case FIELD_OK:
      break;
    case FIELD_ABSENT:
      counts->total = MT_COUNT_UNKNOWN;
      break;
    case FIELD_BAD:
      counts->total = MT_COUNT_UNKNOWN;
      mt_dataset_reject_row (dataset, record, total_path, message);
      return FALSE;
    }

  if (counts->total != MT_COUNT_UNKNOWN && counts->active > counts->total)
    {
      g_autofree char *text =
        g_strdup_printf (_("%lld active of %lld in all: more active than there are"),
                         (long long) counts->active, (long long) counts->total);

      mt_dataset_reject_row (dataset, record, member, text);
      return FALSE;
    }

  return TRUE;
}

/* Reads one row of "municipalities" or "organizations". Whatever is wrong
 * with it, the row is kept (with its reason), so that it is listed. */
static MtRecord *
read_row (MtDataset *dataset,
          JsonNode  *node,
          const char *list,
          guint      index,
          gboolean   is_organization)
{
  MtRecord *record = mt_record_new ();
  const char *message = NULL;
  const char *text = NULL;
  gboolean teachers_missing, students_missing;
  JsonObject *row;

  record->where = g_strdup_printf ("%s[%u]", list, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      record->name = g_strdup (record->where);
      mt_dataset_reject_row (dataset, record, NULL, _("expected an object"));
      return record;
    }
  row = json_node_get_object (node);

  /* A published rating (FORMATS.md §2) marks the rows its author kept out;
   * reading it back keeps them out for the same reason. */
  if (read_string (row, "excluded", &text, &message) == FIELD_OK)
    mt_dataset_reject_row (dataset, record, NULL, text);

  switch (read_string (row, "name", &text, &message))
    {
    case FIELD_OK:
      record->name = g_strdup (text);
      break;
    case FIELD_ABSENT:
      record->name = g_strdup (record->where);
      mt_dataset_reject_row (dataset, record, "name", _("missing"));
      break;
    case FIELD_BAD:
      record->name = g_strdup (record->where);
      mt_dataset_reject_row (dataset, record, "name", message);
      break;
    }

  if (read_string (row, "id", &text, &message) == FIELD_OK)
    record->id = g_strdup (text);
  else if (json_object_has_member (row, "id") && message != NULL)
    mt_dataset_reject_row (dataset, record, "id", message);

  if (is_organization)
    {
      switch (read_string (row, "municipality", &text, &message))
        {
        case FIELD_OK:
          record->municipality = g_strdup (text);
          break;
        case FIELD_ABSENT:
          mt_dataset_reject_row (dataset, record, "municipality", _("missing"));
          break;
        case FIELD_BAD:
          mt_dataset_reject_row (dataset, record, "municipality", message);
          break;
        }
    }
  else
    {
      if (read_count (row, "organizations", &record->organizations, &message) == FIELD_BAD)
        {
          record->organizations = MT_COUNT_UNKNOWN;
          mt_dataset_reject_row (dataset, record, "organizations", message);
        }
    }

  if (read_counts (dataset, record, row, "teachers", &record->teachers, &teachers_missing) &&
      read_counts (dataset, record, row, "students", &record->students, &students_missing))
    {
      if (is_organization && (teachers_missing || students_missing))
        mt_dataset_reject_row (dataset, record, teachers_missing ? "teachers" : "students",
                               _("missing"));
      record->teachers_missing = !is_organization && teachers_missing;
      record->students_missing = !is_organization && students_missing;
    }

  return record;
}

/* "YYYY-MM-DD", and a real day. */
static gboolean
is_iso_date (const char *text)
{
  static const char pattern[] = "dddd-dd-dd";

  for (guint i = 0; i < sizeof pattern - 1; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  if (text[sizeof pattern - 1] != '\0')
    return FALSE;

  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

static gboolean
document_error (GError    **error,
                const char *field,
                const char *message)
{
  g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT, "%s: %s", field, message);
  return FALSE;
}

/* The fields about the whole document; a wrong one fails the load. */
static gboolean
read_header (MtDataset   *dataset,
             JsonObject  *root,
             GError     **error)
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
  const char *message = NULL;
  const char *text = NULL;
  JsonNode *node;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      switch (read_string (root, texts[i].member, &text, &message))
        {
        case FIELD_OK:
          texts[i].set (dataset, text);
          break;
        case FIELD_ABSENT:
          break;
        case FIELD_BAD:
          return document_error (error, texts[i].member, message);
        }
    }

  node = json_object_get_member (root, "period");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      const char *from = NULL, *to = NULL;
      JsonObject *period;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return document_error (error, "period", _("expected an object with “from” and “to”"));
      period = json_node_get_object (node);
      if (read_string (period, "from", &from, &message) != FIELD_OK || !is_iso_date (from))
        return document_error (error, "period.from", _("expected a date like 2023-11-29"));
      if (read_string (period, "to", &to, &message) != FIELD_OK || !is_iso_date (to))
        return document_error (error, "period.to", _("expected a date like 2023-12-06"));
      if (strcmp (from, to) > 0)
        return document_error (error, "period", _("the period ends before it starts"));
      mt_dataset_set_period (dataset, from, to);
    }

  switch (read_string (root, "published", &text, &message))
    {
    case FIELD_OK:
      {
        g_autoptr(GDateTime) published = g_date_time_new_from_iso8601 (text, NULL);

        if (published == NULL)
          return document_error (error, "published",
                                 _("expected a time like 2023-12-06T15:00:00+03:00"));
        mt_dataset_set_published (dataset, text);
      }
      break;
    case FIELD_ABSENT:
      break;
    case FIELD_BAD:
      return document_error (error, "published", message);
    }

  /* Metodist's own mark on demo data and on what is made from it. */
  node = json_object_get_member (root, "demo");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    mt_dataset_set_is_demo (dataset, json_node_get_boolean (node));

  return TRUE;
}

static gboolean
read_rows (MtDataset   *dataset,
           JsonObject  *root,
           const char  *list,
           gboolean     is_organization,
           guint       *count,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, list);
  JsonArray *array;

  *count = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return document_error (error, list, _("expected a list"));

  array = json_node_get_array (node);
  *count = json_array_get_length (array);
  for (guint i = 0; i < *count; i++)
    {
      MtRecord *record = read_row (dataset, json_array_get_element (array, i), list, i,
                                   is_organization);

      if (is_organization)
        mt_dataset_add_organization (dataset, record);
      else
        mt_dataset_add_municipality (dataset, record);
    }

  mt_dataset_reject_repeats (dataset, is_organization ? mt_dataset_get_organizations (dataset)
                                                      : mt_dataset_get_municipalities (dataset));
  return TRUE;
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
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(MtDataset) dataset = NULL;
  const char *format = NULL;
  const char *message = NULL;
  JsonObject *object;
  JsonNode *version;
  guint municipalities, organizations;

  g_return_val_if_fail (bytes != NULL, NULL);

  root = mt_json_parse (bytes, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The document is not a monitoring document: it is not a JSON object."));
      return NULL;
    }
  object = json_node_get_object (root);

  if (read_string (object, "format", &format, &message) != FIELD_OK ||
      !g_str_equal (format, MT_MONITORING_FORMAT))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                   _("The document is not a monitoring document: its “format” is not “%s”."),
                   MT_MONITORING_FORMAT);
      return NULL;
    }

  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The document has no valid “version”."));
      return NULL;
    }
  if (json_node_get_int (version) > MT_MONITORING_VERSION)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_VERSION,
                   _("The document is of version %lld, newer than this Metodist "
                     "reads (%d). Update Metodist to open it."),
                   (long long) json_node_get_int (version), MT_MONITORING_VERSION);
      return NULL;
    }

  dataset = mt_dataset_new ();
  if (!read_header (dataset, object, error) ||
      !read_rows (dataset, object, "municipalities", FALSE, &municipalities, error) ||
      !read_rows (dataset, object, "organizations", TRUE, &organizations, error))
    return NULL;

  if (municipalities == 0 && organizations == 0)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_NO_ROWS,
                           _("The document lists neither municipalities nor organisations."));
      return NULL;
    }

  mt_dataset_aggregate (dataset);
  return g_steal_pointer (&dataset);
}
