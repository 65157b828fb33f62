/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-writer.c: a rated period as JSON to publish and as CSV */
#define G_LOG_DOMAIN "mt-monitoring-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "mt-monitoring-reader.h"
#include "mt-monitoring-writer.h"
#include "mt-rating-columns.h"

static void
add_optional_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_count (JsonBuilder *builder,
           const char  *member,
           gint64       count)
{
  if (count == MT_COUNT_UNKNOWN)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, count);
}

/* A share or score: a number, or null when unknown (never NaN). */
static void
add_fraction (JsonBuilder *builder,
              const char  *member,
              double       value)
{
  json_builder_set_member_name (builder, member);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_counts (JsonBuilder    *builder,
            const char     *member,
            const MtCounts *counts,
            gboolean        rated,
            double          share,
            gboolean        has_previous,
            double          share_change)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_count (builder, "total", counts->total);
  add_count (builder, "active", counts->active);
  if (rated)
    {
      add_fraction (builder, "share", share);
      if (has_previous)
        add_fraction (builder, "share_change", share_change);
    }
  json_builder_end_object (builder);
}

static void
add_header (JsonBuilder     *builder,
            MtDataset       *dataset,
            const MtWeights *weights)
{
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, MT_MONITORING_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MT_MONITORING_VERSION);
  if (mt_dataset_get_is_demo (dataset))
    {
      json_builder_set_member_name (builder, "demo");
      json_builder_add_boolean_value (builder, TRUE);
    }
  add_optional_string (builder, "region", mt_dataset_get_region (dataset));
  add_optional_string (builder, "platform", mt_dataset_get_platform (dataset));
  if (mt_dataset_get_period_from (dataset) != NULL)
    {
      json_builder_set_member_name (builder, "period");
      json_builder_begin_object (builder);
      add_optional_string (builder, "from", mt_dataset_get_period_from (dataset));
      add_optional_string (builder, "to", mt_dataset_get_period_to (dataset));
      json_builder_end_object (builder);
    }
  add_optional_string (builder, "published", mt_dataset_get_published (dataset));
  add_optional_string (builder, "source", mt_dataset_get_source (dataset));

  /* Not in the format: how this rating was weighted, for whoever reads it. */
  json_builder_set_member_name (builder, "weights");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "teachers");
  json_builder_add_double_value (builder, weights->teachers);
  json_builder_set_member_name (builder, "students");
  json_builder_add_double_value (builder, weights->students);
  json_builder_end_object (builder);
}

static void
add_municipality (JsonBuilder *builder,
                  MtRatingRow *row,
                  gboolean     has_previous)
{
  const MtRatingValues *values = mt_rating_row_get_values (row);

  json_builder_begin_object (builder);
  add_optional_string (builder, "id", mt_rating_row_get_id (row));
  add_optional_string (builder, "name", mt_rating_row_get_name (row));
  add_count (builder, "organizations", mt_rating_row_get_organizations (row));
  add_counts (builder, "teachers", mt_rating_row_get_teachers (row), TRUE,
              values->teachers_share, has_previous, values->teachers_share_change);
  add_counts (builder, "students", mt_rating_row_get_students (row), TRUE,
              values->students_share, has_previous, values->students_share_change);

  json_builder_set_member_name (builder, "rank");
  if (values->rank > 0)
    json_builder_add_int_value (builder, values->rank);
  else
    json_builder_add_null_value (builder);
  add_fraction (builder, "score", values->score);
  add_optional_string (builder, "excluded", mt_rating_row_get_excluded (row));

  if (has_previous)
    {
      json_builder_set_member_name (builder, "previous_rank");
      if (values->previous_rank > 0)
        json_builder_add_int_value (builder, values->previous_rank);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "rank_change");
      if (values->has_rank_change)
        json_builder_add_int_value (builder, values->rank_change);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
}

/**
 * mt_monitoring_write_json:
 * @dataset: the period that was rated
 * @rows: (element-type MtRatingRow): its rating, in rating order
 * @weights: the weights it was rated with
 * @has_previous: whether @rows were compared with a previous period
 *
 * Writes the published rating (FORMATS.md §2): a valid
 * `metodist-monitoring` document whose municipalities, in rating order,
 * carry what was computed. Organisations that loaded without a problem
 * follow as they were. Reading it back gives the same rating.
 *
 * Returns: (transfer full): UTF-8 JSON text
 */
/* json-glib escapes only C0 controls. C1 controls (U+0080-U+009F, an
 * 8-bit CSI among them) and the bidirectional ones (U+202E turns text
 * around) are written as \uXXXX too, the same JSON, so that a document
 * paged in a terminal or opened in an editor shows them for what they
 * are. They can only be inside strings, where the escape means them. */
static GBytes *
escape_invisible (char  *text,
                  gsize  length)
{
  g_autoptr(GString) escaped = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean invisible = (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
                           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);

      if (escaped == NULL && !invisible)
        continue;
      if (escaped == NULL)
        escaped = g_string_new_len (text, p - text);
      if (invisible)
        g_string_append_printf (escaped, "\\u%04X", c);
      else
        g_string_append_len (escaped, p, g_utf8_next_char (p) - p);
    }
  if (escaped == NULL)
    return g_bytes_new_take (text, length);
  g_free (text);
  return g_string_free_to_bytes (g_steal_pointer (&escaped));
}

GBytes *
mt_monitoring_write_json (MtDataset       *dataset,
                          GListModel      *rows,
                          const MtWeights *weights,
                          gboolean         has_previous)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GPtrArray *organizations = mt_dataset_get_organizations (dataset);
  gsize length;
  char *text;

  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (rows), NULL);

  json_builder_begin_object (builder);
  add_header (builder, dataset, weights);

  json_builder_set_member_name (builder, "municipalities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      add_municipality (builder, row, has_previous);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "organizations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < organizations->len; i++)
    {
      MtRecord *organization = g_ptr_array_index (organizations, i);

      if (organization->problem != NULL)
        continue;
      json_builder_begin_object (builder);
      add_optional_string (builder, "id", organization->id);
      add_optional_string (builder, "name", organization->name);
      add_optional_string (builder, "municipality", organization->municipality);
      add_counts (builder, "teachers", &organization->teachers, FALSE, NAN, FALSE, NAN);
      add_counts (builder, "students", &organization->students, FALSE, NAN, FALSE, NAN);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_data (generator, &length);
  return escape_invisible (text, length);
}

/* A text cell for Russian Excel: quoted when it must be (RFC 4180), and
 * kept from being read as a formula. */
static void
append_text (GString    *csv,
             const char *text)
{
  gboolean formula_like = text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                          text[0] == '@' || text[0] == '\t' || text[0] == '\r';
  gboolean quote = formula_like || strpbrk (text, ";\"\r\n") != NULL;

  if (quote)
    g_string_append_c (csv, '"');
  if (formula_like)
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  if (quote)
    g_string_append_c (csv, '"');
}

static void
append_count (GString *csv,
              gint64   count)
{
  if (count != MT_COUNT_UNKNOWN)
    g_string_append_printf (csv, "%" G_GINT64_FORMAT, count);
}

/* A share as percent with a decimal comma, as Russian Excel reads numbers:
 * 0.2004 → "20,04". Written by hand, never through the locale. */
static void
append_percent (GString *csv,
                double   fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (fraction))
    return;
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", fraction * 100);
  g_strdelimit (buffer, ".", ',');
  g_string_append (csv, buffer);
}

static void
append_cell (GString     *csv,
             MtRatingRow *row,
             MtColumn     column)
{
  const MtRatingValues *values = mt_rating_row_get_values (row);

  switch (column)
    {
    case MT_COLUMN_POSITION:
      g_string_append_printf (csv, "%u", values->position);
      break;
    case MT_COLUMN_NAME:
      append_text (csv, mt_rating_row_get_name (row));
      break;
    case MT_COLUMN_RANK:
      if (values->rank > 0)
        g_string_append_printf (csv, "%u", values->rank);
      break;
    case MT_COLUMN_TEACHERS_SHARE:
      append_percent (csv, values->teachers_share);
      break;
    case MT_COLUMN_TEACHERS_ACTIVE:
      append_count (csv, mt_rating_row_get_teachers (row)->active);
      break;
    case MT_COLUMN_STUDENTS_SHARE:
      append_percent (csv, values->students_share);
      break;
    case MT_COLUMN_STUDENTS_ACTIVE:
      append_count (csv, mt_rating_row_get_students (row)->active);
      break;
    case MT_COLUMN_ORGANIZATIONS:
      append_count (csv, mt_rating_row_get_organizations (row));
      break;
    case MT_COLUMN_SCORE:
      append_percent (csv, values->score);
      break;
    case MT_COLUMN_TEACHERS_TOTAL:
      append_count (csv, mt_rating_row_get_teachers (row)->total);
      break;
    case MT_COLUMN_STUDENTS_TOTAL:
      append_count (csv, mt_rating_row_get_students (row)->total);
      break;
    case MT_COLUMN_ID:
      if (mt_rating_row_get_id (row) != NULL)
        append_text (csv, mt_rating_row_get_id (row));
      break;
    case MT_COLUMN_RANK_CHANGE:
      if (values->has_rank_change)
        g_string_append_printf (csv, "%d", values->rank_change);
      break;
    case MT_COLUMN_TEACHERS_SHARE_CHANGE:
      append_percent (csv, values->teachers_share_change);
      break;
    case MT_COLUMN_STUDENTS_SHARE_CHANGE:
      append_percent (csv, values->students_share_change);
      break;
    case MT_COLUMN_EXCLUDED:
      if (mt_rating_row_get_excluded (row) != NULL)
        append_text (csv, mt_rating_row_get_excluded (row));
      break;
    case MT_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
column_wanted (MtColumn column,
               gboolean has_previous,
               gboolean any_excluded)
{
  if (column >= MT_COLUMN_RANK_CHANGE && column <= MT_COLUMN_STUDENTS_SHARE_CHANGE)
    return has_previous;
  if (column == MT_COLUMN_EXCLUDED)
    return any_excluded;
  return TRUE;
}

/**
 * mt_monitoring_write_csv:
 * @dataset: the period that was rated
 * @rows: (element-type MtRatingRow): its rating, in rating order
 * @has_previous: whether @rows were compared with a previous period
 *
 * Writes the rating for Russian Excel (FORMATS.md §5): UTF-8 with a byte
 * order mark, ";" between fields, CRLF line ends, RFC 4180 quoting, the
 * region's columns in their order, then the totals and the code (so that
 * the table reads back to the same rating), shares as percentages with a
 * decimal comma, unknown values empty. Demo data is said to be so in a first line
 * before the header.
 *
 * Returns: (transfer full): the CSV bytes
 */
GBytes *
mt_monitoring_write_csv (MtDataset  *dataset,
                         GListModel *rows,
                         gboolean    has_previous)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  guint n_rows = g_list_model_get_n_items (rows);
  gboolean any_excluded = FALSE;

  g_return_val_if_fail (MT_IS_DATASET (dataset), NULL);

  for (guint i = 0; i < n_rows && !any_excluded; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      any_excluded = mt_rating_row_get_excluded (row) != NULL;
    }

  if (mt_dataset_get_is_demo (dataset))
    {
      append_text (csv, _("Demo data: the numbers are made up"));
      g_string_append (csv, "\r\n");
    }

  for (MtColumn column = 0; column < MT_N_COLUMNS; column++)
    {
      if (!column_wanted (column, has_previous, any_excluded))
        continue;
      if (column > 0)
        g_string_append_c (csv, ';');
      append_text (csv, mt_column_title (column));
    }
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      for (MtColumn column = 0; column < MT_N_COLUMNS; column++)
        {
          if (!column_wanted (column, has_previous, any_excluded))
            continue;
          if (column > 0)
            g_string_append_c (csv, ';');
          append_cell (csv, row, column);
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free_to_bytes (csv);
}
