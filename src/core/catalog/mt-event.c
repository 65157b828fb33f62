/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-event.c: an event announced at the meeting: a contest with stages
 * and nominations, a marathon
 *
 * Which stage is today's, and how many days it has left, is decided here
 * with the date passed in, so that it can be tested on any day. */
#define G_LOG_DOMAIN "mt-event"

#include "config.h"

#include <string.h>

#include "mt-event.h"
#include "mt-material.h"

struct _MtEvent
{
  GObject parent_instance;

  char *id;
  char *title;
  char *description;
  GArray *stages;         /* of MtStage */
  GPtrArray *nominations; /* of char * */
  GPtrArray *links;       /* of MtLink * */
};

G_DEFINE_FINAL_TYPE (MtEvent, mt_event, G_TYPE_OBJECT)

MtLink *
mt_link_new (const char *title,
             const char *url)
{
  MtLink *link = g_new0 (MtLink, 1);

  link->title = g_strdup (title);
  link->url = g_strdup (url);
  link->url_problem = mt_catalog_url_problem (url);
  return link;
}

void
mt_link_free (MtLink *link)
{
  if (link == NULL)
    return;
  g_free (link->title);
  g_free (link->url);
  g_free (link->url_problem);
  g_free (link);
}

static void
stage_clear (MtStage *stage)
{
  g_free (stage->title);
  g_free (stage->from);
  g_free (stage->to);
}

static void
mt_event_finalize (GObject *object)
{
  MtEvent *self = MT_EVENT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_array_unref (self->stages);
  g_ptr_array_unref (self->nominations);
  g_ptr_array_unref (self->links);
  G_OBJECT_CLASS (mt_event_parent_class)->finalize (object);
}

static void
mt_event_class_init (MtEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_event_finalize;
}

static void
mt_event_init (MtEvent *self)
{
  self->stages = g_array_new (FALSE, TRUE, sizeof (MtStage));
  g_array_set_clear_func (self->stages, (GDestroyNotify) stage_clear);
  self->nominations = g_ptr_array_new_with_free_func (g_free);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_link_free);
}

MtEvent *
mt_event_new (const char *id,
              const char *title)
{
  MtEvent *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (MT_TYPE_EVENT, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/** mt_event_dup: Returns: (transfer full): a copy to change apart from @self */
MtEvent *
mt_event_dup (MtEvent *self)
{
  MtEvent *copy;

  g_return_val_if_fail (MT_IS_EVENT (self), NULL);

  copy = mt_event_new (self->id, self->title);
  copy->description = g_strdup (self->description);
  for (guint i = 0; i < self->stages->len; i++)
    {
      MtStage *stage = &g_array_index (self->stages, MtStage, i);

      mt_event_add_stage (copy, stage->title, stage->from, stage->to);
    }
  for (guint i = 0; i < self->nominations->len; i++)
    g_ptr_array_add (copy->nominations, g_strdup (g_ptr_array_index (self->nominations, i)));
  for (guint i = 0; i < self->links->len; i++)
    {
      MtLink *link = g_ptr_array_index (self->links, i);

      g_ptr_array_add (copy->links, mt_link_new (link->title, link->url));
    }
  return copy;
}

const char *
mt_event_get_id (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->id;
}

void
mt_event_set_id (MtEvent    *self,
                 const char *id)
{
  g_return_if_fail (MT_IS_EVENT (self));
  g_return_if_fail (id != NULL);
  g_free (self->id);
  self->id = g_strdup (id);
}

const char *
mt_event_get_title (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->title;
}

void
mt_event_set_title (MtEvent    *self,
                    const char *title)
{
  g_return_if_fail (MT_IS_EVENT (self));
  g_return_if_fail (title != NULL);
  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
mt_event_get_description (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->description;
}

void
mt_event_set_description (MtEvent    *self,
                          const char *description)
{
  g_return_if_fail (MT_IS_EVENT (self));
  g_free (self->description);
  self->description = g_strdup (description);
}

/* Returns: (transfer none) (element-type MtStage): the stages in order */
GArray *
mt_event_get_stages (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->stages;
}

void
mt_event_add_stage (MtEvent    *self,
                    const char *title,
                    const char *from,
                    const char *to)
{
  MtStage stage = { g_strdup (title), g_strdup (from), g_strdup (to) };

  g_return_if_fail (MT_IS_EVENT (self));
  g_array_append_val (self->stages, stage);
}

/* Replaces what stage @index says. */
void
mt_event_set_stage (MtEvent    *self,
                    guint       index,
                    const char *title,
                    const char *from,
                    const char *to)
{
  MtStage *stage;

  g_return_if_fail (MT_IS_EVENT (self));
  g_return_if_fail (index < self->stages->len);

  stage = &g_array_index (self->stages, MtStage, index);
  stage_clear (stage);
  stage->title = g_strdup (title);
  stage->from = g_strdup (from);
  stage->to = g_strdup (to);
}

void
mt_event_remove_stage (MtEvent *self,
                       guint    index)
{
  g_return_if_fail (MT_IS_EVENT (self));
  g_return_if_fail (index < self->stages->len);
  g_array_remove_index (self->stages, index);
}

/* Moves stage @from to position @to, the others closing up. */
void
mt_event_move_stage (MtEvent *self,
                     guint    from,
                     guint    to)
{
  MtStage moved;

  g_return_if_fail (MT_IS_EVENT (self));
  g_return_if_fail (from < self->stages->len && to < self->stages->len);

  /* Taken out by value, so that the array's clear function frees nothing. */
  moved = g_array_index (self->stages, MtStage, from);
  memmove (&g_array_index (self->stages, MtStage, from), &g_array_index (self->stages, MtStage, from + 1),
           (self->stages->len - from - 1) * sizeof (MtStage));
  memmove (&g_array_index (self->stages, MtStage, to + 1), &g_array_index (self->stages, MtStage, to),
           (self->stages->len - to - 1) * sizeof (MtStage));
  g_array_index (self->stages, MtStage, to) = moved;
}

/* Returns: (transfer none) (element-type utf8): the nominations */
GPtrArray *
mt_event_get_nominations (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->nominations;
}

/* Returns: (transfer none) (element-type MtLink): its links */
GPtrArray *
mt_event_get_links (MtEvent *self)
{
  g_return_val_if_fail (MT_IS_EVENT (self), NULL);
  return self->links;
}

/* A "2023-12-01" as a day number; 0 for none. */
static guint32
day_of (const char *iso)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *midnight = NULL;
  GDate date;

  if (iso == NULL)
    return 0;
  midnight = g_strconcat (iso, "T00:00:00Z", NULL);
  time = g_date_time_new_from_iso8601 (midnight, NULL);
  if (time == NULL)
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  return g_date_get_julian (&date);
}

/**
 * mt_event_stage_state:
 * @index: a stage
 * @today: the day to judge by
 * @days_left: (out) (optional): for the current stage, the days until its
 *   last day ends: 1 on its last day; 0 when it has no last day
 *
 * A stage without a first day starts the day after the stage before it
 * ends ("results by 31.01"); one without a last day ends the day before
 * the next one starts, or never.
 */
MtStageState
mt_event_stage_state (MtEvent     *self,
                      guint        index,
                      const GDate *today,
                      int         *days_left)
{
  const MtStage *stage;
  guint32 day, first, last;

  g_return_val_if_fail (MT_IS_EVENT (self), MT_STAGE_FUTURE);
  g_return_val_if_fail (index < self->stages->len, MT_STAGE_FUTURE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), MT_STAGE_FUTURE);

  stage = &g_array_index (self->stages, MtStage, index);
  day = g_date_get_julian (today);
  first = day_of (stage->from);
  if (first == 0 && index > 0)
    {
      guint32 before = day_of (g_array_index (self->stages, MtStage, index - 1).to);

      first = before != 0 ? before + 1 : 0;
    }
  last = day_of (stage->to);
  if (last == 0 && index + 1 < self->stages->len)
    {
      guint32 next = day_of (g_array_index (self->stages, MtStage, index + 1).from);

      last = next != 0 ? next - 1 : 0;
    }

  if (days_left != NULL)
    *days_left = 0;
  if (first != 0 && day < first)
    return MT_STAGE_FUTURE;
  if (last != 0 && day > last)
    return MT_STAGE_PAST;
  if (days_left != NULL && last != 0)
    *days_left = (int) (last - day) + 1;
  return MT_STAGE_CURRENT;
}
