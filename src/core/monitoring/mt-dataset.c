/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-dataset.c: one region's monitoring for one period, as loaded */
#define G_LOG_DOMAIN "mt-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mt-dataset.h"
#include "mt-limits.h"

struct _MtDataset
{
  GObject parent_instance;

  char *region;
  char *platform;
  char *source;
  char *period_from;
  char *period_to;
  char *published;
  gboolean is_demo;

  GPtrArray *municipalities;  /* of MtRecord */
  GPtrArray *organizations;   /* of MtRecord */
  GPtrArray *problems;        /* of MtLoadProblem */
  GStrv unknown_headers;
};

G_DEFINE_FINAL_TYPE (MtDataset, mt_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGION,
  PROP_PLATFORM,
  PROP_SOURCE,
  PROP_PERIOD_FROM,
  PROP_PERIOD_TO,
  PROP_PUBLISHED,
  PROP_IS_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mt_count_from_text:
 * @text: a number as a document or a table wrote it: an optional sign
 *   ("-", or "+" as spreadsheets may keep it), digits with an optional "."
 *   and digits, an optional exponent ("1044", "5.0", "1e3", "-0", "+5")
 * @count: (out): the count
 * @message: (out): what is wrong, when it is
 *
 * Counts are whole numbers from 0 to 1,000,000,000 (FORMATS.md §1); both
 * readers hold every number to that here. It is decided from the digits
 * as written, never from a double, which would round
 * "1.0000000000000000001" to a whole 1, "1e-400" to 0, and a count of
 * 400 digits to infinity: a fraction is a fraction, a count beyond the
 * bound is out of range however many digits it has.
 *
 * Returns: %TRUE when @text is a count
 */
gboolean
mt_count_from_text (const char  *text,
                    gint64      *count,
                    const char **message)
{
  const char *p = text;
  gboolean negative = FALSE;
  g_autoptr(GString) digits = g_string_new (NULL);
  gint64 point;         /* digits before the decimal point, after the exponent */
  gint64 exponent = 0;
  gboolean exponent_negative = FALSE;
  gsize first, last;    /* the first and the last non-zero digits */
  gint64 value = 0;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  while (g_ascii_isdigit (*p))
    g_string_append_c (digits, *p++);
  point = digits->len;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      g_string_append_c (digits, *p);
  if (digits->len == 0)
    {
      *message = _("expected a whole number");
      return FALSE;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '-' || *p == '+')
        exponent_negative = *p++ == '-';
      if (!g_ascii_isdigit (*p))
        {
          *message = _("expected a whole number");
          return FALSE;
        }
      /* Beyond a billion the exponent only says "far": held there. */
      for (; g_ascii_isdigit (*p); p++)
        exponent = MIN (exponent * 10 + (*p - '0'), G_GINT64_CONSTANT (1000000000));
    }
  if (*p != '\0')
    {
      *message = _("expected a whole number");
      return FALSE;
    }
  point += exponent_negative ? -exponent : exponent;

  first = strspn (digits->str, "0");
  if (first == digits->len)
    {
      *count = 0;   /* zero, "-0" and "0.0e5" too */
      return TRUE;
    }
  /* A non-zero digit after the point: a fraction, however small. */
  last = digits->len - 1;
  while (digits->str[last] == '0')
    last--;
  if ((gint64) last >= point)
    {
      *message = _("expected a whole number, not a fraction");
      return FALSE;
    }
  if (negative)
    {
      *message = _("negative");
      return FALSE;
    }
  /* The whole part: its digits from the first non-zero one to the point,
   * then zeros up to the point. */
  if (point - (gint64) first > 10)
    {
      *message = _("out of range (0 to 1 000 000 000)");
      return FALSE;
    }
  for (gint64 i = first; i < point; i++)
    value = value * 10 + ((gsize) i < digits->len ? digits->str[i] - '0' : 0);
  if (value > MT_MAX_COUNT)
    {
      *message = _("out of range (0 to 1 000 000 000)");
      return FALSE;
    }
  *count = value;
  return TRUE;
}

/**
 * mt_counts_check:
 * @counts: active and all
 *
 * Returns: (transfer full) (nullable): what is wrong when more are active
 *   than there are, or %NULL
 */
char *
mt_counts_check (const MtCounts *counts)
{
  if (counts->active == MT_COUNT_UNKNOWN || counts->total == MT_COUNT_UNKNOWN ||
      counts->active <= counts->total)
    return NULL;
  return g_strdup_printf (_("%lld active of %lld in all: more active than there are"),
                          (long long) counts->active, (long long) counts->total);
}

MtRecord *
mt_record_new (void)
{
  MtRecord *record = g_new0 (MtRecord, 1);

  record->organizations = MT_COUNT_UNKNOWN;
  record->teachers.active = record->teachers.total = MT_COUNT_UNKNOWN;
  record->students.active = record->students.total = MT_COUNT_UNKNOWN;
  return record;
}

void
mt_record_free (MtRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->id);
  g_free (record->name);
  g_free (record->municipality);
  g_free (record->problem);
  g_free (record->where);
  g_free (record);
}

static void
load_problem_free (MtLoadProblem *problem)
{
  g_free (problem->where);
  g_free (problem->message);
  g_free (problem);
}

static void
mt_dataset_finalize (GObject *object)
{
  MtDataset *self = MT_DATASET (object);

  g_free (self->region);
  g_free (self->platform);
  g_free (self->source);
  g_free (self->period_from);
  g_free (self->period_to);
  g_free (self->published);
  g_ptr_array_unref (self->municipalities);
  g_ptr_array_unref (self->organizations);
  g_ptr_array_unref (self->problems);
  g_strfreev (self->unknown_headers);

  G_OBJECT_CLASS (mt_dataset_parent_class)->finalize (object);
}

static void
mt_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MtDataset *self = MT_DATASET (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_PLATFORM:
      g_value_set_string (value, self->platform);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_PERIOD_FROM:
      g_value_set_string (value, self->period_from);
      break;
    case PROP_PERIOD_TO:
      g_value_set_string (value, self->period_to);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_IS_DEMO:
      g_value_set_boolean (value, self->is_demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
mt_dataset_class_init (MtDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_dataset_finalize;
  object_class->get_property = mt_dataset_get_property;

  /* Read-only for views; the loaders fill them through the setters. */
  properties[PROP_REGION] = string_property ("region");
  properties[PROP_PLATFORM] = string_property ("platform");
  properties[PROP_SOURCE] = string_property ("source");
  properties[PROP_PERIOD_FROM] = string_property ("period-from");
  properties[PROP_PERIOD_TO] = string_property ("period-to");
  properties[PROP_PUBLISHED] = string_property ("published");
  properties[PROP_IS_DEMO] =
    g_param_spec_boolean ("is-demo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mt_dataset_init (MtDataset *self)
{
  self->municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_record_free);
  self->organizations = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_record_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) load_problem_free);
}

MtDataset *
mt_dataset_new (void)
{
  return g_object_new (MT_TYPE_DATASET, NULL);
}

static void
set_string (MtDataset  *self,
            char      **field,
            const char *value,
            guint       prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/** mt_dataset_get_region: Returns: (nullable): the region's name */
const char *
mt_dataset_get_region (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->region;
}

void
mt_dataset_set_region (MtDataset  *self,
                       const char *region)
{
  g_return_if_fail (MT_IS_DATASET (self));
  set_string (self, &self->region, region, PROP_REGION);
}

/** mt_dataset_get_platform: Returns: (nullable): the messenger platform, free text */
const char *
mt_dataset_get_platform (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->platform;
}

void
mt_dataset_set_platform (MtDataset  *self,
                         const char *platform)
{
  g_return_if_fail (MT_IS_DATASET (self));
  set_string (self, &self->platform, platform, PROP_PLATFORM);
}

/** mt_dataset_get_source: Returns: (nullable): where the numbers come from, free text */
const char *
mt_dataset_get_source (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->source;
}

void
mt_dataset_set_source (MtDataset  *self,
                       const char *source)
{
  g_return_if_fail (MT_IS_DATASET (self));
  set_string (self, &self->source, source, PROP_SOURCE);
}

/** mt_dataset_get_period_from: Returns: (nullable): the first day, "YYYY-MM-DD" */
const char *
mt_dataset_get_period_from (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->period_from;
}

/** mt_dataset_get_period_to: Returns: (nullable): the last day, "YYYY-MM-DD" */
const char *
mt_dataset_get_period_to (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->period_to;
}

void
mt_dataset_set_period (MtDataset  *self,
                       const char *from,
                       const char *to)
{
  g_return_if_fail (MT_IS_DATASET (self));
  set_string (self, &self->period_from, from, PROP_PERIOD_FROM);
  set_string (self, &self->period_to, to, PROP_PERIOD_TO);
}

/** mt_dataset_get_published: Returns: (nullable): when the data was published, ISO 8601 */
const char *
mt_dataset_get_published (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->published;
}

void
mt_dataset_set_published (MtDataset  *self,
                          const char *published)
{
  g_return_if_fail (MT_IS_DATASET (self));
  set_string (self, &self->published, published, PROP_PUBLISHED);
}

/**
 * mt_dataset_get_is_demo:
 *
 * Returns: whether this is the built-in demo data (or made from it), which
 *   every view and export must say
 */
gboolean
mt_dataset_get_is_demo (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), FALSE);
  return self->is_demo;
}

void
mt_dataset_set_is_demo (MtDataset *self,
                        gboolean   is_demo)
{
  g_return_if_fail (MT_IS_DATASET (self));

  is_demo = !!is_demo;
  if (self->is_demo == is_demo)
    return;
  self->is_demo = is_demo;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEMO]);
}

/** mt_dataset_get_municipalities: Returns: (transfer none) (element-type MtRecord): the rows */
GPtrArray *
mt_dataset_get_municipalities (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->municipalities;
}

/** mt_dataset_get_organizations: Returns: (transfer none) (element-type MtRecord): the rows */
GPtrArray *
mt_dataset_get_organizations (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->organizations;
}

/**
 * mt_dataset_add_municipality:
 * @record: (transfer full): the row
 */
void
mt_dataset_add_municipality (MtDataset *self,
                             MtRecord  *record)
{
  g_return_if_fail (MT_IS_DATASET (self));
  g_ptr_array_add (self->municipalities, record);
}

/**
 * mt_dataset_add_organization:
 * @record: (transfer full): the row
 */
void
mt_dataset_add_organization (MtDataset *self,
                             MtRecord  *record)
{
  g_return_if_fail (MT_IS_DATASET (self));
  g_ptr_array_add (self->organizations, record);
}

/** mt_dataset_get_problems: Returns: (transfer none) (element-type MtLoadProblem): the load report */
GPtrArray *
mt_dataset_get_problems (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return self->problems;
}

/**
 * mt_dataset_is_full:
 *
 * Returns: %TRUE when the dataset holds %MT_MAX_ROWS rows: a reader then
 *   refuses the document (mt_load_error_set_too_many_rows())
 */
gboolean
mt_dataset_is_full (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), TRUE);
  return self->municipalities->len + self->organizations->len >= MT_MAX_ROWS;
}

void
mt_dataset_add_problem (MtDataset  *self,
                        const char *where,
                        const char *message)
{
  MtLoadProblem *problem;

  g_return_if_fail (MT_IS_DATASET (self));
  g_return_if_fail (message != NULL);

  problem = g_new0 (MtLoadProblem, 1);
  problem->where = g_strdup (where);
  problem->message = g_strdup (message);
  g_ptr_array_add (self->problems, problem);
}

/**
 * mt_dataset_get_unknown_headers:
 *
 * Returns: (transfer none) (nullable): the table headers that were not
 *   recognised, for the window to ask the user to map
 */
const char * const *
mt_dataset_get_unknown_headers (MtDataset *self)
{
  g_return_val_if_fail (MT_IS_DATASET (self), NULL);
  return (const char * const *) self->unknown_headers;
}

void
mt_dataset_set_unknown_headers (MtDataset          *self,
                                const char * const *headers)
{
  g_return_if_fail (MT_IS_DATASET (self));

  g_strfreev (self->unknown_headers);
  self->unknown_headers = g_strdupv ((char **) headers);
}

/**
 * mt_dataset_reject_repeats:
 * @self: a dataset
 * @records: (element-type MtRecord): its municipalities or its organisations
 *
 * Rows are joined by id, so an id may stand once in its list; a row without
 * one is joined by its name, which then may stand once among those. The
 * later of two is kept out of the rating.
 */
void
mt_dataset_reject_repeats (MtDataset *self,
                           GPtrArray *records)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_names = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (MT_IS_DATASET (self));

  for (guint i = 0; i < records->len; i++)
    {
      MtRecord *record = g_ptr_array_index (records, i);
      GHashTable *seen = record->id != NULL ? seen_ids : seen_names;
      const char *key = record->id != NULL ? record->id : record->name;
      g_autofree char *text = NULL;
      MtRecord *first;

      if (key == NULL)
        continue;
      first = g_hash_table_lookup (seen, key);
      if (first == NULL)
        {
          g_hash_table_insert (seen, (char *) key, record);
          continue;
        }

      text = record->id != NULL
             ? g_strdup_printf (_("the id “%s” is repeated (first at %s)"), key, first->where)
             : g_strdup_printf (_("the name “%s” is repeated without an id (first at %s)"), key,
                                first->where);
      mt_dataset_reject_row (self, record, record->id != NULL ? "id" : "name", text);
    }
}

typedef struct
{
  MtCounts teachers;
  MtCounts students;
  gint64 organizations;
} Sums;

static void
add_counts (MtCounts       *sum,
            const MtCounts *counts)
{
  /* An unknown part makes the sum unknown: a partial total would lie. */
  sum->active = (sum->active == MT_COUNT_UNKNOWN || counts->active == MT_COUNT_UNKNOWN)
                ? MT_COUNT_UNKNOWN : sum->active + counts->active;
  sum->total = (sum->total == MT_COUNT_UNKNOWN || counts->total == MT_COUNT_UNKNOWN)
               ? MT_COUNT_UNKNOWN : sum->total + counts->total;
}

/**
 * mt_dataset_reject_row:
 * @self: a dataset
 * @record: a row of it
 * @field: (nullable): the field at fault, relative to the row ("teachers.total")
 * @message: what is wrong, translated
 *
 * Keeps @record out of the rating with its reason, and lists it in the
 * load report. Only a row's first problem is its reason.
 */
void
mt_dataset_reject_row (MtDataset  *self,
                       MtRecord   *record,
                       const char *field,
                       const char *message)
{
  g_autofree char *reason = NULL;

  g_return_if_fail (MT_IS_DATASET (self));
  g_return_if_fail (record != NULL);

  if (record->problem != NULL)
    return;

  reason = field != NULL ? g_strdup_printf ("%s: %s", field, message) : g_strdup (message);
  mt_dataset_add_problem (self, record->where, reason);
  record->problem = g_steal_pointer (&reason);
}

/**
 * mt_dataset_aggregate:
 * @self: a dataset whose rows are all added
 *
 * Gives each municipality without counts of its own the sums of its
 * organisations (joined by id, or by exact name when the organisation
 * names its municipality that way), and the number of its organisation
 * rows as its count of organisations. A municipality that appears only in
 * organisation rows is added. Organisations with a problem are left out of
 * the sums. A municipality that still has no counts gets a row problem.
 */
void
mt_dataset_aggregate (MtDataset *self)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  g_return_if_fail (MT_IS_DATASET (self));

  for (guint i = 0; i < self->municipalities->len; i++)
    {
      MtRecord *municipality = g_ptr_array_index (self->municipalities, i);

      /* The first of a repeated id keeps its organisations: the repeat is
       * the row problem (mt_dataset_reject_repeats()). */
      if (municipality->id != NULL && !g_hash_table_contains (by_id, municipality->id))
        g_hash_table_insert (by_id, municipality->id, municipality);
      if (municipality->name != NULL && !g_hash_table_contains (by_name, municipality->name))
        g_hash_table_insert (by_name, municipality->name, municipality);
    }

  for (guint i = 0; i < self->organizations->len; i++)
    {
      MtRecord *organization = g_ptr_array_index (self->organizations, i);
      MtRecord *municipality;
      Sums *sum;

      if (organization->problem != NULL || organization->municipality == NULL)
        continue;

      municipality = g_hash_table_lookup (by_id, organization->municipality);
      if (municipality == NULL)
        municipality = g_hash_table_lookup (by_name, organization->municipality);
      if (municipality == NULL)
        {
          municipality = mt_record_new ();
          municipality->name = g_strdup (organization->municipality);
          municipality->where = g_strdup (organization->where);
          municipality->teachers_missing = municipality->students_missing = TRUE;
          g_ptr_array_add (self->municipalities, municipality);
          g_hash_table_insert (by_name, municipality->name, municipality);
        }

      sum = g_hash_table_lookup (sums, municipality);
      if (sum == NULL)
        {
          sum = g_new0 (Sums, 1);
          g_hash_table_insert (sums, municipality, sum);
        }
      add_counts (&sum->teachers, &organization->teachers);
      add_counts (&sum->students, &organization->students);
      sum->organizations++;
    }

  for (guint i = 0; i < self->municipalities->len; i++)
    {
      MtRecord *municipality = g_ptr_array_index (self->municipalities, i);
      Sums *sum = g_hash_table_lookup (sums, municipality);

      if (sum != NULL && municipality->organizations == MT_COUNT_UNKNOWN)
        municipality->organizations = sum->organizations;

      if (municipality->teachers_missing && sum != NULL)
        municipality->teachers = sum->teachers;
      if (municipality->students_missing && sum != NULL)
        municipality->students = sum->students;

      if (sum == NULL && (municipality->teachers_missing || municipality->students_missing))
        mt_dataset_reject_row (self, municipality,
                               municipality->teachers_missing ? "teachers" : "students",
                               _("missing, and no organisation rows to sum it from"));
      municipality->teachers_missing = municipality->students_missing = FALSE;
    }
}
