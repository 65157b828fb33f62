/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-card.h: one municipality's report card, to send after the meeting:
 * where it stands, what changed, which of its organisations show no
 * activity, and where to read what to do next */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MtCardRegion:
 * @region: (nullable): the region's name, as the data says it
 * @period_from: (nullable): the period's first day, "2023-11-29"
 * @period_to: (nullable): its last day
 * @n_ranked: municipalities with a place
 * @median_teachers: the ranked municipalities' median teachers' share, or NAN
 * @median_students: their median students' share, or NAN
 * @best_teachers: the best teachers' share, or NAN
 * @best_teachers_name: (nullable): whose it is
 * @best_students: the best students' share, or NAN
 * @best_students_name: (nullable): whose it is
 * @institution: (nullable): the institute sending the cards (the catalog's
 *   organisation)
 * @code_url: (nullable): the methodological recommendations' address, as
 *   a QR code (the catalog's item marked for the hall)
 * @code_title: (nullable): its title
 * @has_previous: a previous period was compared with
 * @has_organization_rows: the source has rows of organisations
 * @is_demo: made from the built-in demo data
 * @demo_catalog_left_out: the catalog was the built-in demo's and the
 *   data real: its institute and code are left out, not sent
 *
 * What every card of one batch shares.
 */
typedef struct
{
  char *region;
  char *period_from;
  char *period_to;
  guint n_ranked;
  double median_teachers;
  double median_students;
  double best_teachers;
  char *best_teachers_name;
  double best_students;
  char *best_students_name;
  char *institution;
  char *code_url;
  char *code_title;
  gboolean has_previous;
  gboolean has_organization_rows;
  gboolean is_demo;
  gboolean demo_catalog_left_out;
} MtCardRegion;

void mt_card_region_free (MtCardRegion *region);

/**
 * MtCardOrganization:
 * @name: the organisation's name
 * @no_teachers: it has no active teachers
 * @no_students: it has no active students
 */
typedef struct
{
  char *name;
  gboolean no_teachers;
  gboolean no_students;
} MtCardOrganization;

/**
 * MtCard:
 * @region: (not nullable): what the batch shares; owned by the batch
 * @name: the municipality's name
 * @id: (nullable): its code
 * @rank: its place, or 0 when it has none
 * @unranked_reason: (nullable): why it has no place, in words
 * @has_change: it had a place in the previous period too
 * @change: places moved up since (negative: down)
 * @previous_rank: its place in the previous period, or 0
 * @teachers_change: its teachers' share's change since, or NAN
 * @students_change: its students' share's change since, or NAN
 * @score: its score, or NAN
 * @teachers_share: active teachers of all, or NAN
 * @students_share: active students of all, or NAN
 * @trend: (element-type MtTrendPoint): its shares over the kept periods,
 *   oldest first; fewer than two make no line
 * @n_organizations: its rows of organisations in the source
 * @inactive: (element-type MtCardOrganization): those of them with no
 *   active teachers or no active students, in the source's order
 */
typedef struct
{
  const MtCardRegion *region;
  char *name;
  char *id;
  guint rank;
  char *unranked_reason;
  gboolean has_change;
  int change;
  guint previous_rank;
  double teachers_change;
  double students_change;
  double score;
  double teachers_share;
  double students_share;
  GArray *trend;
  guint n_organizations;
  GPtrArray *inactive;
} MtCard;

MtCard *mt_card_new  (const MtCardRegion *region,
                      const char         *name);
void    mt_card_free (MtCard             *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCard, mt_card_free)

G_END_DECLS
