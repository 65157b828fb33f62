/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-section.h: the parts of the meeting's deck, by the names the
 * catalog's "deck" section, the --slides option and the settings use */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MT_DECK_SECTION_TITLE,      /* the meeting, its date, the institution */
  MT_DECK_SECTION_NOTICES,    /* one slide per notice */
  MT_DECK_SECTION_MATERIALS,  /* the materials by kind, then a code per material for the hall */
  MT_DECK_SECTION_RATING,     /* the rating table, continued over slides */
  MT_DECK_SECTION_CHART,      /* the whole region as bars */
  MT_DECK_SECTION_MOVERS,     /* the biggest rises and falls since the previous period */
  MT_DECK_SECTION_EVENTS,     /* per event: its stages and nominations, then its links */
  MT_DECK_SECTION_CLOSING,    /* the code of the methodological recommendations */
  MT_DECK_N_SECTIONS,
} MtDeckSection;

/* More entries than this in a list of sections is not a deck. */
#define MT_DECK_MAX_ENTRIES 64

const char *mt_deck_section_to_string   (MtDeckSection  section);
gboolean    mt_deck_section_from_string (const char    *name,
                                         MtDeckSection *section);
const char *mt_deck_section_label       (MtDeckSection  section);
GArray     *mt_deck_sections_default    (void);
GArray     *mt_deck_sections_parse      (const char    *list,
                                         GError       **error);
char       *mt_deck_sections_to_string  (GArray        *sections);

G_END_DECLS
