/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-dataset.h: one region's monitoring for one period, as loaded */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A count that the source did not give (or gave as "-"). */
#define MT_COUNT_UNKNOWN G_GINT64_CONSTANT (-1)

typedef struct
{
  gint64 active;  /* MT_COUNT_UNKNOWN when unknown */
  gint64 total;   /* MT_COUNT_UNKNOWN when unknown */
} MtCounts;

/**
 * MtRecord:
 * @id: the stable code (OKTMO where known), or %NULL when none was given
 * @name: the name as the source writes it
 * @municipality: for an organisation, the id (or name) of its municipality
 * @organizations: for a municipality, its number of organisations, or
 *   %MT_COUNT_UNKNOWN
 * @teachers: active and all teachers
 * @students: active and all students
 * @problem: why the row is kept out of the rating, or %NULL
 * @where: where the row stands in the source, for messages
 *   ("municipalities[3]", "line 7")
 * @teachers_missing: the source gave no teachers' counts for this
 *   municipality: mt_dataset_aggregate() sums its organisations'
 * @students_missing: likewise for students
 *
 * One row of a monitoring document: a municipality or an organisation.
 */
typedef struct
{
  char *id;
  char *name;
  char *municipality;
  gint64 organizations;
  MtCounts teachers;
  MtCounts students;
  char *problem;
  char *where;
  /* Parts the source left out, to be summed from the organisations. */
  guint teachers_missing : 1;
  guint students_missing : 1;
} MtRecord;

gboolean  mt_count_from_text   (const char     *text,
                                gint64         *count,
                                const char    **message);
char     *mt_counts_check      (const MtCounts *counts);

MtRecord *mt_record_new  (void);
void      mt_record_free (MtRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtRecord, mt_record_free)

/**
 * MtLoadProblem:
 * @where: where in the source ("municipalities[3].teachers.total", "line 7")
 * @message: what is wrong, translated
 *
 * One entry of a load report.
 */
typedef struct
{
  char *where;
  char *message;
} MtLoadProblem;

#define MT_TYPE_DATASET (mt_dataset_get_type ())

G_DECLARE_FINAL_TYPE (MtDataset, mt_dataset, MT, DATASET, GObject)

MtDataset   *mt_dataset_new                   (void);

const char  *mt_dataset_get_region            (MtDataset   *self);
void         mt_dataset_set_region            (MtDataset   *self,
                                               const char  *region);
const char  *mt_dataset_get_platform          (MtDataset   *self);
void         mt_dataset_set_platform          (MtDataset   *self,
                                               const char  *platform);
const char  *mt_dataset_get_source            (MtDataset   *self);
void         mt_dataset_set_source            (MtDataset   *self,
                                               const char  *source);
const char  *mt_dataset_get_period_from       (MtDataset   *self);
const char  *mt_dataset_get_period_to         (MtDataset   *self);
void         mt_dataset_set_period            (MtDataset   *self,
                                               const char  *from,
                                               const char  *to);
const char  *mt_dataset_get_published         (MtDataset   *self);
void         mt_dataset_set_published         (MtDataset   *self,
                                               const char  *published);
gboolean     mt_dataset_get_is_demo           (MtDataset   *self);
void         mt_dataset_set_is_demo           (MtDataset   *self,
                                               gboolean     is_demo);

GPtrArray   *mt_dataset_get_municipalities    (MtDataset   *self);
GPtrArray   *mt_dataset_get_organizations     (MtDataset   *self);
void         mt_dataset_add_municipality      (MtDataset   *self,
                                               MtRecord    *record);
void         mt_dataset_add_organization      (MtDataset   *self,
                                               MtRecord    *record);

GPtrArray   *mt_dataset_get_problems          (MtDataset   *self);
gboolean     mt_dataset_is_full               (MtDataset   *self);
void         mt_dataset_add_problem           (MtDataset   *self,
                                               const char  *where,
                                               const char  *message);
void         mt_dataset_reject_row            (MtDataset   *self,
                                               MtRecord    *record,
                                               const char  *field,
                                               const char  *message);
void         mt_dataset_reject_repeats        (MtDataset   *self,
                                               GPtrArray   *records);
const char * const *mt_dataset_get_unknown_headers (MtDataset *self);
void         mt_dataset_set_unknown_headers   (MtDataset          *self,
                                               const char * const *headers);

void         mt_dataset_aggregate             (MtDataset   *self);

G_END_DECLS
