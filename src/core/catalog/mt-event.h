/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-event.h: an event announced at the meeting: a contest with stages
 * and nominations, a marathon */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * MtStage:
 * @title: what happens
 * @from: (nullable): its first day, "2023-12-01"
 * @to: (nullable): its last day; at least one of the two is given
 */
typedef struct
{
  char *title;
  char *from;
  char *to;
} MtStage;

/**
 * MtLink:
 * @url_problem: (nullable): why @url may not be opened, or %NULL
 */
typedef struct
{
  char *title;
  char *url;
  char *url_problem;
} MtLink;

MtLink *mt_link_new  (const char *title,
                      const char *url);
void    mt_link_free (MtLink     *link);

typedef enum
{
  MT_STAGE_PAST,
  MT_STAGE_CURRENT,
  MT_STAGE_FUTURE,
} MtStageState;

#define MT_TYPE_EVENT (mt_event_get_type ())
G_DECLARE_FINAL_TYPE (MtEvent, mt_event, MT, EVENT, GObject)

MtEvent      *mt_event_dup             (MtEvent    *self);
MtEvent      *mt_event_new             (const char *id,
                                        const char *title);
const char   *mt_event_get_id          (MtEvent    *self);
void          mt_event_set_id          (MtEvent    *self,
                                        const char *id);
const char   *mt_event_get_title       (MtEvent    *self);
void          mt_event_set_title       (MtEvent    *self,
                                        const char *title);
const char   *mt_event_get_description (MtEvent    *self);
void          mt_event_set_description (MtEvent    *self,
                                        const char *description);
GArray       *mt_event_get_stages      (MtEvent    *self);
void          mt_event_add_stage       (MtEvent    *self,
                                        const char *title,
                                        const char *from,
                                        const char *to);
void          mt_event_set_stage       (MtEvent    *self,
                                        guint       index,
                                        const char *title,
                                        const char *from,
                                        const char *to);
void          mt_event_remove_stage    (MtEvent    *self,
                                        guint       index);
void          mt_event_move_stage      (MtEvent    *self,
                                        guint       from,
                                        guint       to);
GPtrArray    *mt_event_get_nominations (MtEvent    *self);
GPtrArray    *mt_event_get_links       (MtEvent    *self);
MtStageState  mt_event_stage_state     (MtEvent    *self,
                                        guint       index,
                                        const GDate *today,
                                        int        *days_left);

G_END_DECLS
