/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-section.c: the parts of the meeting's deck, by name */
#define G_LOG_DOMAIN "mt-deck-section"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-deck-section.h"

static const char *const names[MT_DECK_N_SECTIONS] = {
  [MT_DECK_SECTION_TITLE] = "title",
  [MT_DECK_SECTION_NOTICES] = "notices",
  [MT_DECK_SECTION_MATERIALS] = "materials",
  [MT_DECK_SECTION_RATING] = "rating",
  [MT_DECK_SECTION_CHART] = "chart",
  [MT_DECK_SECTION_MOVERS] = "movers",
  [MT_DECK_SECTION_EVENTS] = "events",
  [MT_DECK_SECTION_CLOSING] = "closing",
};

const char *
mt_deck_section_to_string (MtDeckSection section)
{
  g_return_val_if_fail (section < MT_DECK_N_SECTIONS, NULL);
  return names[section];
}

gboolean
mt_deck_section_from_string (const char    *name,
                             MtDeckSection *section)
{
  for (MtDeckSection s = 0; s < MT_DECK_N_SECTIONS; s++)
    if (g_strcmp0 (name, names[s]) == 0)
      {
        *section = s;
        return TRUE;
      }
  return FALSE;
}

/* Returns: what the deck dialog calls @section */
const char *
mt_deck_section_label (MtDeckSection section)
{
  switch (section)
    {
    case MT_DECK_SECTION_TITLE:
      return _("Title slide");
    case MT_DECK_SECTION_NOTICES:
      return _("Notices");
    case MT_DECK_SECTION_MATERIALS:
      return _("Materials");
    case MT_DECK_SECTION_RATING:
      return _("Rating table");
    case MT_DECK_SECTION_CHART:
      return _("Rating chart");
    case MT_DECK_SECTION_MOVERS:
      return _("Rises and falls");
    case MT_DECK_SECTION_EVENTS:
      return _("Events");
    case MT_DECK_SECTION_CLOSING:
      return _("Closing slide with the code");
    case MT_DECK_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Returns: (transfer full) (element-type MtDeckSection): every section, in
 *   the order of the institute's own meeting */
GArray *
mt_deck_sections_default (void)
{
  GArray *sections = g_array_sized_new (FALSE, FALSE, sizeof (MtDeckSection), MT_DECK_N_SECTIONS);

  for (MtDeckSection s = 0; s < MT_DECK_N_SECTIONS; s++)
    g_array_append_val (sections, s);
  return sections;
}

/**
 * mt_deck_sections_parse:
 * @list: names separated by commas ("title,rating,closing"), as --slides
 *   takes them
 *
 * Returns: (transfer full) (element-type MtDeckSection): the sections in
 *   that order, or %NULL with a %G_OPTION_ERROR naming the first unknown
 *   or repeated name
 */
GArray *
mt_deck_sections_parse (const char  *list,
                        GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (list != NULL ? list : "", ",", -1);
  g_autoptr(GArray) sections = g_array_new (FALSE, FALSE, sizeof (MtDeckSection));
  gboolean seen[MT_DECK_N_SECTIONS] = { FALSE };

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *name = g_strstrip (parts[i]);
      MtDeckSection section;

      if (*name == '\0')
        continue;
      if (!mt_deck_section_from_string (name, &section))
        {
          g_autoptr(GArray) all = mt_deck_sections_default ();
          g_autofree char *known = mt_deck_sections_to_string (all);

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not a part of the deck (known: %s)."), name, known);
          return NULL;
        }
      if (seen[section])
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is named twice."), name);
          return NULL;
        }
      seen[section] = TRUE;
      g_array_append_val (sections, section);
    }
  if (sections->len == 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("No part of the deck is named."));
      return NULL;
    }
  return g_steal_pointer (&sections);
}

/* Returns: (transfer full): @sections as mt_deck_sections_parse() reads them */
char *
mt_deck_sections_to_string (GArray *sections)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, names[g_array_index (sections, MtDeckSection, i)]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
