/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-deck.c: `metodist deck`, the meeting's presentation as a PDF,
 * the same slides the window shows, without a display */
#define G_LOG_DOMAIN "mt-cli-deck"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mt-catalog-reader.h"
#include "mt-cli.h"
#include "mt-cli-catalog.h"
#include "mt-cli-deck.h"
#include "mt-cli-rating.h"
#include "mt-cli-source.h"
#include "mt-deck-pdf.h"
#include "mt-format.h"

/**
 * mt_cli_deck:
 *
 * `metodist deck [--catalog SOURCE] [--monitoring SOURCE] [--slides LIST]
 * --output FILE.pdf` (FORMATS.md §5), with the options `rank` has for the
 * rating.
 *
 * Returns: the exit status
 */
int
mt_cli_deck (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *catalog_source = NULL;
  g_autofree char *monitoring_source = NULL;
  g_autofree char *slides = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *date = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GArray) sections = NULL;
  g_autoptr(MtCatalog) catalog = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(MtDeck) deck = NULL;
  g_auto(GStrv) focus_names = NULL;
  g_auto(MtCliRatingOptions) rating_options = MT_CLI_RATING_OPTIONS_INIT;
  MtDeckInput input = { 0 };
  int status = MT_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_source,
      N_("The meeting’s catalog"), N_("SOURCE") },
    { "monitoring", 0, 0, G_OPTION_ARG_FILENAME, &monitoring_source,
      N_("The monitoring to rate"), N_("SOURCE") },
    { NULL }
  };
  const GOptionEntry entries_after[] = {
    { "slides", 0, 0, G_OPTION_ARG_STRING, &slides,
      N_("The parts of the deck, in order: title, notices, materials, rating, chart, movers, events, closing"),
      N_("LIST") },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &focus,
      N_("Municipalities to stand out, by name or code, separated by commas"), N_("NAMES") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The day the events’ timelines count from (default: the meeting’s date, else today)"),
      N_("YYYY-MM-DD") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the presentation to FILE.pdf"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("— the meeting’s presentation as a PDF"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Writes the meeting’s slides, made from the catalog and the rating as the window shows them, "
      "to a PDF with a 16:9 page per slide.\n\n"
      "Each SOURCE is a file, an http:// or https:// address, or “-” for standard input. "
      "Without --catalog or --monitoring, the sources set in the window are used, and without them, "
      "the built-in demo data. Without --slides or --focus, the parts and the municipalities to stand out "
      "chosen in the window’s «Meeting Presentation» dialog are used."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  mt_cli_rating_options_add (&rating_options, context);
  g_option_context_add_main_entries (context, entries_after, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist deck", error->message);
  if (g_strv_length (args) > 1)
    return mt_cli_usage_error ("metodist deck", _("Give the sources with --catalog and --monitoring."));
  if (output == NULL)
    return mt_cli_usage_error ("metodist deck", _("Give the file to write with --output FILE.pdf."));
  {
    g_autofree char *lower = g_ascii_strdown (output, -1);

    if (!g_str_has_suffix (lower, ".pdf"))
      return mt_cli_usage_error ("metodist deck", _("The presentation must be a .pdf file."));
  }
  if (slides != NULL && (sections = mt_deck_sections_parse (slides, &error)) == NULL)
    return mt_cli_usage_error ("metodist deck", error->message);
  if (!mt_cli_rating_options_check (&rating_options, &error))
    return mt_cli_usage_error ("metodist deck", error->message);
  if (date != NULL && !mt_is_iso_date (date))
    return mt_cli_usage_error ("metodist deck", _("The date must be written as 2023-12-07."));
  if (g_strcmp0 (catalog_source, "-") == 0 && g_strcmp0 (monitoring_source, "-") == 0)
    return mt_cli_usage_error ("metodist deck", _("Only one source can be standard input."));

  catalog = mt_cli_catalog_load (catalog_source, &status);
  if (catalog == NULL)
    return status;
  rating = mt_cli_rating_load (monitoring_source, rating_options.previous_source, rating_options.sheet,
                               &rating_options.weights, &status);
  if (rating == NULL)
    return status;

  /* What the window's deck dialog chose, unless the command line says:
   * the window's PDF and this one are the same slides. */
  if (focus != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (focus, ",", -1);
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

      /* "Арбажский," names one municipality, not one and an empty one. */
      for (guint i = 0; parts[i] != NULL; i++)
        if (*g_strstrip (parts[i]) != '\0')
          g_strv_builder_add (names, parts[i]);
      focus_names = g_strv_builder_end (names);
    }
  else
    focus_names = mt_cli_configured_list ("deck-focus");
  if (sections == NULL)
    {
      g_auto(GStrv) parts = mt_cli_configured_list ("deck-parts");

      for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
        {
          MtDeckSection section;

          if (sections == NULL)
            sections = g_array_new (FALSE, FALSE, sizeof (MtDeckSection));
          if (parts[i][0] != '-' && mt_deck_section_from_string (parts[i], &section))
            g_array_append_val (sections, section);
        }
    }
  input.catalog = catalog;
  input.rating = rating;
  input.sections = sections;
  input.focus = (const char *const *) focus_names;
  if (date != NULL)
    {
      int year = 0, month = 0, day = 0;

      sscanf (date, "%d-%d-%d", &year, &month, &day);
      g_date_clear (&input.today, 1);
      g_date_set_dmy (&input.today, day, month, year);
    }
  else
    mt_deck_today (catalog, &input.today);
  {
    g_auto(GStrv) unknown = mt_deck_focus_unknown (rating, (const char *const *) focus_names);

    for (guint i = 0; unknown != NULL && unknown[i] != NULL; i++)
      {
        /* TRANSLATORS: --focus named a municipality the rating lacks */
        g_printerr (_("metodist: warning: “%s” is not a municipality of the rating: it is not marked"), unknown[i]);
        g_printerr ("\n");
      }
  }
  deck = mt_deck_new (&input);
  if (mt_deck_get_n_slides (deck) == 0)
    return mt_cli_fail (NULL, _("The parts chosen have nothing to show: no slide was made."));

  /* A failure leaves no partial file, and an old one as it was. */
  if (!mt_deck_write_pdf (deck, output, &error))
    return mt_cli_fail (NULL, error->message);
  return MT_CLI_EXIT_OK;
}
