/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slide.h: one slide of the meeting's deck, as data: what it says, not
 * how it looks (mt-slide-draw.c lays it out) */
#pragma once

#include <glib.h>

#include "mt-deck-section.h"
#include "mt-event.h"
#include "mt-qr-code.h"

G_BEGIN_DECLS

typedef enum
{
  MT_SLIDE_TITLE,      /* title, subtitle (the date), body (the institution) */
  MT_SLIDE_NOTICE,     /* title, body, and a code when the notice has a link */
  MT_SLIDE_MATERIALS,  /* title, groups: a kind's label and its materials' titles */
  MT_SLIDE_CODE,       /* title (the material's), a code «Scan me» */
  MT_SLIDE_RATING,     /* title, subtitle (the period), rows; page of pages */
  MT_SLIDE_CHART,      /* title, subtitle, rows as bars (score) */
  MT_SLIDE_MOVERS,     /* title, subtitle, rows (rises, then falls) */
  MT_SLIDE_EVENT,      /* title, stages, items (nominations) */
  MT_SLIDE_LINKS,      /* title (the event's), codes */
  MT_SLIDE_CLOSING,    /* title, body, a code (the recommendations), or none */
} MtSlideKind;

/* A code on a slide: made once, when the deck is made. */
typedef struct
{
  char *caption;   /* the link's or material's title */
  MtQrCode *code;  /* of the address, whole */
} MtSlideCode;

/* A municipality on a rating, chart or movers slide. */
typedef struct
{
  guint rank;           /* 0: not ranked */
  char *name;
  double score;         /* NAN when not ranked */
  double teachers_share;
  double students_share;
  gboolean has_change;  /* ranked in the previous period too */
  int change;           /* places up (positive) or down */
  gboolean focus;       /* one the presenter chose to stand out */
} MtSlideRow;

/* A stage of an event on its timeline. */
typedef struct
{
  char *title;
  char *dates;          /* "01.12.2023 – 21.01.2024", as the Events page says it */
  MtStageState state;
  int days_left;        /* for the current stage: days to its end, from today */
} MtSlideStage;

/* A kind of material and its materials' titles. */
typedef struct
{
  char *label;
  GPtrArray *titles;    /* (element-type utf8) */
} MtSlideGroup;

typedef struct
{
  MtSlideKind kind;
  MtDeckSection section;
  char *key;            /* stable while the data changes: "rating:2", "event:contest" */
  char *title;
  char *subtitle;       /* (nullable) */
  char *body;           /* (nullable) */
  GPtrArray *codes;     /* (element-type MtSlideCode) */
  GArray *rows;         /* (element-type MtSlideRow) */
  GArray *stages;       /* (element-type MtSlideStage) */
  GPtrArray *groups;    /* (element-type MtSlideGroup) */
  GPtrArray *items;     /* (element-type utf8) */
  guint page;           /* 1-based, of pages: a slide continued */
  guint pages;
  gboolean is_demo;     /* what it shows is demo data: the slide says so */
} MtSlide;

MtSlide *mt_slide_new         (MtSlideKind    kind,
                               MtDeckSection  section,
                               const char    *key,
                               const char    *title);
void     mt_slide_free        (MtSlide       *slide);
gboolean mt_slide_add_code    (MtSlide       *slide,
                               const char    *url,
                               const char    *caption);
void     mt_slide_add_row     (MtSlide       *slide,
                               const MtSlideRow *row);
void     mt_slide_add_stage   (MtSlide       *slide,
                               const char    *title,
                               const char    *dates,
                               MtStageState   state,
                               int            days_left);
void     mt_slide_add_group   (MtSlide       *slide,
                               const char    *label,
                               GPtrArray     *titles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtSlide, mt_slide_free)

G_END_DECLS
