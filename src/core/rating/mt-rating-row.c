/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-rating-row.c: one municipality's line of the rating */
#define G_LOG_DOMAIN "mt-rating-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mt-rating-row.h"
#include "mt-set-str.h"

struct _MtRatingRow
{
  GObject parent_instance;

  /* From the source; another municipality's with mt_rating_row_take_from(),
   * which says "values-changed". */
  const MtRecord *record;  /* not owned: identifies the row within its dataset */
  char *id;
  char *name;
  char *name_key;  /* g_utf8_collate_key(): sorting 45,000 rows by name stays fast */
  char *key;       /* mt_rating_row_get_key(): made once, for matching 2,330 rows at each load */
  char *excluded;
  gint64 organizations;
  MtCounts teachers;
  MtCounts students;

  /* Computed; changes with the weights. */
  MtRatingValues values;
};

G_DEFINE_FINAL_TYPE (MtRatingRow, mt_rating_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EXCLUDED,
  PROP_ORGANIZATIONS,
  PROP_TEACHERS_ACTIVE,
  PROP_TEACHERS_TOTAL,
  PROP_STUDENTS_ACTIVE,
  PROP_STUDENTS_TOTAL,
  PROP_POSITION,
  PROP_RANK,
  PROP_SCORE,
  PROP_TEACHERS_SHARE,
  PROP_STUDENTS_SHARE,
  PROP_PREVIOUS_RANK,
  PROP_RANK_CHANGE,
  PROP_HAS_RANK_CHANGE,
  PROP_TEACHERS_SHARE_CHANGE,
  PROP_STUDENTS_SHARE_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  VALUES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static guint notify_signal;

static void
mt_rating_row_finalize (GObject *object)
{
  MtRatingRow *self = MT_RATING_ROW (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->name_key);
  g_free (self->key);
  g_free (self->excluded);

  G_OBJECT_CLASS (mt_rating_row_parent_class)->finalize (object);
}

static void
mt_rating_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MtRatingRow *self = MT_RATING_ROW (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_EXCLUDED: g_value_set_string (value, self->excluded); break;
    case PROP_ORGANIZATIONS: g_value_set_int64 (value, self->organizations); break;
    case PROP_TEACHERS_ACTIVE: g_value_set_int64 (value, self->teachers.active); break;
    case PROP_TEACHERS_TOTAL: g_value_set_int64 (value, self->teachers.total); break;
    case PROP_STUDENTS_ACTIVE: g_value_set_int64 (value, self->students.active); break;
    case PROP_STUDENTS_TOTAL: g_value_set_int64 (value, self->students.total); break;
    case PROP_POSITION: g_value_set_uint (value, self->values.position); break;
    case PROP_RANK: g_value_set_uint (value, self->values.rank); break;
    case PROP_SCORE: g_value_set_double (value, self->values.score); break;
    case PROP_TEACHERS_SHARE: g_value_set_double (value, self->values.teachers_share); break;
    case PROP_STUDENTS_SHARE: g_value_set_double (value, self->values.students_share); break;
    case PROP_PREVIOUS_RANK: g_value_set_uint (value, self->values.previous_rank); break;
    case PROP_RANK_CHANGE: g_value_set_int (value, self->values.rank_change); break;
    case PROP_HAS_RANK_CHANGE: g_value_set_boolean (value, self->values.has_rank_change); break;
    case PROP_TEACHERS_SHARE_CHANGE:
      g_value_set_double (value, self->values.teachers_share_change);
      break;
    case PROP_STUDENTS_SHARE_CHANGE:
      g_value_set_double (value, self->values.students_share_change);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define READABLE (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
mt_rating_row_class_init (MtRatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mt_rating_row_finalize;
  object_class->get_property = mt_rating_row_get_property;

  /* Counts of -1 and shares of NAN are unknown (shown as "—"); a rank of
   * 0 is "not ranked". */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, READABLE);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, READABLE);
  properties[PROP_EXCLUDED] = g_param_spec_string ("excluded", NULL, NULL, NULL, READABLE);
  properties[PROP_ORGANIZATIONS] =
    g_param_spec_int64 ("organizations", NULL, NULL, -1, G_MAXINT64, -1, READABLE);
  properties[PROP_TEACHERS_ACTIVE] =
    g_param_spec_int64 ("teachers-active", NULL, NULL, -1, G_MAXINT64, -1, READABLE);
  properties[PROP_TEACHERS_TOTAL] =
    g_param_spec_int64 ("teachers-total", NULL, NULL, -1, G_MAXINT64, -1, READABLE);
  properties[PROP_STUDENTS_ACTIVE] =
    g_param_spec_int64 ("students-active", NULL, NULL, -1, G_MAXINT64, -1, READABLE);
  properties[PROP_STUDENTS_TOTAL] =
    g_param_spec_int64 ("students-total", NULL, NULL, -1, G_MAXINT64, -1, READABLE);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, READABLE);
  properties[PROP_RANK] = g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0, READABLE);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);
  properties[PROP_TEACHERS_SHARE] =
    g_param_spec_double ("teachers-share", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);
  properties[PROP_STUDENTS_SHARE] =
    g_param_spec_double ("students-share", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);
  properties[PROP_PREVIOUS_RANK] =
    g_param_spec_uint ("previous-rank", NULL, NULL, 0, G_MAXUINT, 0, READABLE);
  properties[PROP_RANK_CHANGE] =
    g_param_spec_int ("rank-change", NULL, NULL, G_MININT, G_MAXINT, 0, READABLE);
  properties[PROP_HAS_RANK_CHANGE] =
    g_param_spec_boolean ("has-rank-change", NULL, NULL, FALSE, READABLE);
  properties[PROP_TEACHERS_SHARE_CHANGE] =
    g_param_spec_double ("teachers-share-change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);
  properties[PROP_STUDENTS_SHARE_CHANGE] =
    g_param_spec_double ("students-share-change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MtRatingRow::values-changed:
   *
   * Emitted once after a new rating changed any computed value, for views
   * that redraw the whole row rather than one property.
   */
  signals[VALUES_CHANGED] = g_signal_new ("values-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mt_rating_row_init (MtRatingRow *self)
{
  self->values.score = NAN;
  self->values.teachers_share = NAN;
  self->values.students_share = NAN;
  self->values.teachers_share_change = NAN;
  self->values.students_share_change = NAN;
}

/**
 * mt_rating_row_new:
 * @record: the municipality's row as loaded
 *
 * Returns: (transfer full): a row not yet rated
 */
MtRatingRow *
mt_rating_row_new (const MtRecord *record)
{
  MtRatingRow *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (MT_TYPE_RATING_ROW, NULL);
  self->record = record;
  self->id = g_strdup (record->id);
  self->name = g_strdup (record->name);
  self->name_key = g_utf8_collate_key (record->name != NULL ? record->name : "", -1);
  self->key = record->id != NULL ? g_strconcat ("id:", record->id, NULL)
                                 : g_strconcat ("name:", record->name != NULL ? record->name : "", NULL);
  self->excluded = g_strdup (record->problem);
  self->organizations = record->organizations;
  self->teachers = record->teachers;
  self->students = record->students;
  return self;
}

static gboolean
same_counts (const MtCounts *a,
             const MtCounts *b)
{
  return a->active == b->active && a->total == b->total;
}

/* What was loaded (not computed) of @from, into @to; whether any of it
 * changed. Compared, not taken for the same by the record's address: a
 * row may still point into a period already freed, whose address a new
 * one can reuse. */
static gboolean
copy_loaded (MtRatingRow *to,
             MtRatingRow *from)
{
  gboolean changed = FALSE;

  to->record = from->record;
  changed |= mt_set_str (&to->id, from->id);
  changed |= mt_set_str (&to->name, from->name);
  changed |= mt_set_str (&to->name_key, from->name_key);
  changed |= mt_set_str (&to->key, from->key);
  changed |= mt_set_str (&to->excluded, from->excluded);
  changed |= to->organizations != from->organizations;
  changed |= !same_counts (&to->teachers, &from->teachers) || !same_counts (&to->students, &from->students);
  to->organizations = from->organizations;
  to->teachers = from->teachers;
  to->students = from->students;
  return changed;
}

/**
 * mt_rating_row_dup:
 *
 * A copy that later re-rating of @self does not change: what a worker
 * thread reads while the window re-rates.
 *
 * Returns: (transfer full): the copy
 */
MtRatingRow *
mt_rating_row_dup (MtRatingRow *self)
{
  MtRatingRow *copy;

  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);

  copy = g_object_new (MT_TYPE_RATING_ROW, NULL);
  copy_loaded (copy, self);
  copy->values = self->values;
  return copy;
}

/* Equal, NAN included: a rating computed again must not notify. */
static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Stores @values, notifying each property that changed; returns whether
 * any did. */
static gboolean
update_values (MtRatingRow          *self,
               const MtRatingValues *values)
{
  MtRatingValues old = self->values;
  GObject *object = G_OBJECT (self);

  self->values = *values;
  if (memcmp (&old, values, sizeof old) == 0)
    return FALSE;
  /* Told only to whoever listens: a rating's 2,330 rows change at every
   * new week, and the notifications nobody hears took the window
   * milliseconds. */
  if (notify_signal == 0)
    notify_signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
  if (!g_signal_has_handler_pending (object, notify_signal, 0, TRUE))
    return TRUE;

  g_object_freeze_notify (object);
  if (old.position != values->position)
    g_object_notify_by_pspec (object, properties[PROP_POSITION]);
  if (old.rank != values->rank)
    g_object_notify_by_pspec (object, properties[PROP_RANK]);
  if (!same_double (old.score, values->score))
    g_object_notify_by_pspec (object, properties[PROP_SCORE]);
  if (!same_double (old.teachers_share, values->teachers_share))
    g_object_notify_by_pspec (object, properties[PROP_TEACHERS_SHARE]);
  if (!same_double (old.students_share, values->students_share))
    g_object_notify_by_pspec (object, properties[PROP_STUDENTS_SHARE]);
  if (old.previous_rank != values->previous_rank)
    g_object_notify_by_pspec (object, properties[PROP_PREVIOUS_RANK]);
  if (old.rank_change != values->rank_change)
    g_object_notify_by_pspec (object, properties[PROP_RANK_CHANGE]);
  if (old.has_rank_change != values->has_rank_change)
    g_object_notify_by_pspec (object, properties[PROP_HAS_RANK_CHANGE]);
  if (!same_double (old.teachers_share_change, values->teachers_share_change))
    g_object_notify_by_pspec (object, properties[PROP_TEACHERS_SHARE_CHANGE]);
  if (!same_double (old.students_share_change, values->students_share_change))
    g_object_notify_by_pspec (object, properties[PROP_STUDENTS_SHARE_CHANGE]);
  g_object_thaw_notify (object);
  return TRUE;
}

/**
 * mt_rating_row_set_values:
 * @values: what the rating computed
 *
 * Updates the computed values, notifying each property that changed.
 */
void
mt_rating_row_set_values (MtRatingRow          *self,
                          const MtRatingValues *values)
{
  g_return_if_fail (MT_IS_RATING_ROW (self));
  g_return_if_fail (values != NULL);

  if (update_values (self, values))
    g_signal_emit (self, signals[VALUES_CHANGED], 0);
}

/**
 * mt_rating_row_take_from:
 * @fresh: a row of a new rating, maybe of another period
 *
 * Makes @self show @fresh: everything, loaded and computed. A rating
 * keeps its rows, and the window its table's places (and GTK their
 * widgets), instead of replacing 2,330 of them. Says "values-changed"
 * only when something did change.
 */
void
mt_rating_row_take_from (MtRatingRow *self,
                         MtRatingRow *fresh)
{
  gboolean changed;

  g_return_if_fail (MT_IS_RATING_ROW (self));
  g_return_if_fail (MT_IS_RATING_ROW (fresh));

  /* Notifies what was computed; the loaded fields have no notifying
   * properties, so the signal says that either changed. Nothing changed
   * (the same week read again), nothing is said: a window then redraws
   * none of its 2,330 rows. */
  changed = copy_loaded (self, fresh);
  changed |= update_values (self, &fresh->values);
  if (changed)
    g_signal_emit (self, signals[VALUES_CHANGED], 0);
}

/**
 * mt_rating_row_changed:
 *
 * Says the row changed although its values did not: what a view shows
 * of it depends on something else that did (the user's own municipality).
 */
void
mt_rating_row_changed (MtRatingRow *self)
{
  g_return_if_fail (MT_IS_RATING_ROW (self));
  g_signal_emit (self, signals[VALUES_CHANGED], 0);
}

/** mt_rating_row_get_values: Returns: (transfer none): what the rating computed */
const MtRatingValues *
mt_rating_row_get_values (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return &self->values;
}

/**
 * mt_rating_row_get_record:
 *
 * Returns: (transfer none): the loaded row this one rates; the same for
 *   every rating of one dataset, so a new rating can update the rows shown
 *   instead of replacing them. Valid while the dataset lives.
 */
gconstpointer
mt_rating_row_get_record (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->record;
}

/**
 * mt_rating_row_dup_key:
 *
 * Returns: (transfer full): how the row's municipality is known across
 *   periods: its code, else its name
 */
char *
mt_rating_row_dup_key (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return g_strdup (self->key);
}

/**
 * mt_rating_row_get_key:
 *
 * Returns: (transfer none): as mt_rating_row_dup_key(), the row's own
 *   copy: valid until the row takes another municipality
 */
const char *
mt_rating_row_get_key (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->key;
}

/** mt_rating_row_get_id: Returns: (nullable): the municipality's code */
const char *
mt_rating_row_get_id (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->id;
}

const char *
mt_rating_row_get_name (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->name;
}

/** mt_rating_row_get_name_key: Returns: the name's collation key, for sorting with strcmp() */
const char *
mt_rating_row_get_name_key (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->name_key;
}

/** mt_rating_row_get_excluded: Returns: (nullable): why the row is kept out of the rating */
const char *
mt_rating_row_get_excluded (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return self->excluded;
}

gint64
mt_rating_row_get_organizations (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), MT_COUNT_UNKNOWN);
  return self->organizations;
}

const MtCounts *
mt_rating_row_get_teachers (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return &self->teachers;
}

const MtCounts *
mt_rating_row_get_students (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);
  return &self->students;
}

guint
mt_rating_row_get_position (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), 0);
  return self->values.position;
}

guint
mt_rating_row_get_rank (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), 0);
  return self->values.rank;
}

double
mt_rating_row_get_score (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NAN);
  return self->values.score;
}

double
mt_rating_row_get_teachers_share (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NAN);
  return self->values.teachers_share;
}

double
mt_rating_row_get_students_share (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NAN);
  return self->values.students_share;
}

guint
mt_rating_row_get_previous_rank (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), 0);
  return self->values.previous_rank;
}

/**
 * mt_rating_row_get_rank_change:
 * @change: (out): the previous rank minus this one (positive = moved up)
 *
 * Returns: %TRUE when the row was ranked in both periods
 */
gboolean
mt_rating_row_get_rank_change (MtRatingRow *self,
                               int         *change)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), FALSE);

  if (change != NULL)
    *change = self->values.rank_change;
  return self->values.has_rank_change;
}

double
mt_rating_row_get_teachers_share_change (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NAN);
  return self->values.teachers_share_change;
}

double
mt_rating_row_get_students_share_change (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NAN);
  return self->values.students_share_change;
}

/* Why a share is missing: its total unknown, or nobody to count. */
static const char *
missing_total (const MtCounts *counts,
               gboolean        teachers)
{
  if (counts->active == MT_COUNT_UNKNOWN && counts->total != MT_COUNT_UNKNOWN)
    return teachers ? _("the number of active teachers is unknown")
                    : _("the number of active students is unknown");
  if (counts->total == 0)
    return teachers ? _("it has no teachers to count") : _("it has no students to count");
  return teachers ? _("the number of all teachers is unknown") : _("the number of all students is unknown");
}

/**
 * mt_rating_row_unranked_reason:
 *
 * Why the row has no place in the rating, in words for the user: kept out
 * (a problem in its data, FORMATS.md §2) or not scored (a share its
 * weights need cannot be computed).
 *
 * Returns: (transfer full) (nullable): the reason, or %NULL for a ranked row
 */
char *
mt_rating_row_unranked_reason (MtRatingRow *self)
{
  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);

  if (self->values.rank > 0)
    return NULL;
  if (self->excluded != NULL)
    /* TRANSLATORS: a row with a problem in its data; %s says what */
    return g_strdup_printf (_("Kept out of the rating: %s"), self->excluded);
  {
    g_autofree char *missing = mt_rating_row_missing_totals (self);

    /* TRANSLATORS: a row whose score cannot be computed; %s says why */
    return missing != NULL ? g_strdup_printf (_("Not scored: %s"), missing) : g_strdup (_("Not scored"));
  }
}

/**
 * mt_rating_row_missing_totals:
 *
 * Returns: (transfer full) (nullable): why the row's shares cannot be
 *   computed ("the number of all teachers is unknown"), or %NULL when both
 *   can
 */
char *
mt_rating_row_missing_totals (MtRatingRow *self)
{
  gboolean teachers_unknown, students_unknown;

  g_return_val_if_fail (MT_IS_RATING_ROW (self), NULL);

  teachers_unknown = isnan (self->values.teachers_share);
  students_unknown = isnan (self->values.students_share);
  if (teachers_unknown && students_unknown)
    /* TRANSLATORS: both shares of a row are unknown; the two %s say why */
    return g_strdup_printf (_("%s; %s"), missing_total (&self->teachers, TRUE), missing_total (&self->students, FALSE));
  if (teachers_unknown)
    return g_strdup (missing_total (&self->teachers, TRUE));
  if (students_unknown)
    return g_strdup (missing_total (&self->students, FALSE));
  return NULL;
}
