/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-catalog.c: `metodist catalog`, the meeting's materials and events
 * without a window, and the printable handout */
#define G_LOG_DOMAIN "mt-cli-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog-reader.h"
#include "mt-cli.h"
#include "mt-cli-catalog.h"
#include "mt-cli-source.h"
#include "mt-format.h"
#include "mt-handout.h"

static GObject *
read_catalog (GBytes   *bytes,
              gpointer  data,
              GError  **error)
{
  return G_OBJECT (mt_catalog_load (bytes, error));
}

static MtCatalog *
load_source (const char  *source,
             GError     **error)
{
  return MT_CATALOG (mt_cli_source_load (source, read_catalog, NULL, error));
}

/**
 * mt_cli_catalog_load:
 * @source: (nullable): the catalog's source; %NULL for the one set in the
 *   window, or else the demo catalog
 * @status: (out): the exit status when it fails
 *
 * The catalog `catalog` and `deck` read, its problems told on standard
 * error as warnings.
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL once the
 *   failure is told
 */
MtCatalog *
mt_cli_catalog_load (const char *source,
                     int        *status)
{
  g_autofree char *configured = NULL;
  g_autoptr(GError) error = NULL;
  MtCatalog *catalog;
  GPtrArray *problems;

  if (source == NULL)
    source = configured = mt_cli_configured ("catalog-source");
  if (source == NULL)
    return mt_catalog_load_demo ();
  if ((catalog = load_source (source, &error)) == NULL)
    {
      *status = mt_cli_fail (source, error->message);
      return NULL;
    }
  problems = mt_catalog_get_problems (catalog);
  for (guint i = 0; i < problems->len; i++)
    {
      /* TRANSLATORS: a problem of one item of a catalog, on standard error. */
      g_printerr (_("metodist: warning: %s: %s"), source, (const char *) g_ptr_array_index (problems, i));
      g_printerr ("\n");
    }
  return catalog;
}

/* "06.12.2023", or "" */
static char *
day (const char *iso)
{
  return iso != NULL ? mt_format_iso_date (iso) : g_strdup ("");
}

/* A link and, when it may not be opened, why. */
static void
print_link (const char *indent,
            const char *title,
            const char *url,
            const char *problem)
{
  if (problem == NULL)
    g_print ("%s%s: %s\n", indent, title, url);
  else
    /* TRANSLATORS: a link of the catalog that is never opened, and why. */
    g_print (_("%s%s: %s [unusable: %s]\n"), indent, title, url != NULL ? url : "", problem);
}

static void
print_materials (MtCatalog *catalog)
{
  GListModel *materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));

  g_print ("%s\n", _("Materials"));
  if (g_list_model_get_n_items (materials) == 0)
    g_print ("  %s\n", _("(none)"));
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);
      g_autofree char *updated = day (mt_material_get_updated (material));
      g_autoptr(GString) details = g_string_new (mt_material_kind_label (mt_material_get_kind (material)));

      if (*updated != '\0')
        g_string_append_printf (details, " · %s", updated);
      if (mt_material_get_size (material) >= 0)
        {
          g_autofree char *size = g_format_size (mt_material_get_size (material));

          g_string_append_printf (details, " · %s", size);
        }
      if (mt_material_get_qr (material))
        g_string_append_printf (details, " · %s", _("QR for the hall"));
      g_print ("  %s (%s)\n", mt_material_get_title (material), details->str);
      print_link ("    ", _("Link"), mt_material_get_url (material), mt_material_get_url_problem (material));
    }
}

static void
print_events (MtCatalog *catalog)
{
  GListModel *events = G_LIST_MODEL (mt_catalog_get_events (catalog));

  g_print ("\n%s\n", _("Events"));
  if (g_list_model_get_n_items (events) == 0)
    g_print ("  %s\n", _("(none)"));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MtEvent) event = g_list_model_get_item (events, i);
      GArray *stages = mt_event_get_stages (event);
      GPtrArray *nominations = mt_event_get_nominations (event);
      GPtrArray *links = mt_event_get_links (event);

      g_print ("  %s\n", mt_event_get_title (event));
      for (guint j = 0; j < stages->len; j++)
        {
          const MtStage *stage = &g_array_index (stages, MtStage, j);
          g_autofree char *from = day (stage->from);
          g_autofree char *to = day (stage->to);
          g_autofree char *when = NULL;

          if (stage->from != NULL && stage->to != NULL)
            when = g_strdup_printf ("%s–%s", from, to);
          else if (stage->to != NULL)
            /* TRANSLATORS: a stage with only a last day: "by 31.01.2024". */
            when = g_strdup_printf (_("by %s"), to);
          else
            /* TRANSLATORS: a stage with only a first day: "from 01.03.2024". */
            when = g_strdup_printf (_("from %s"), from);
          g_print ("    %s  %s\n", when, stage->title);
        }
      if (nominations->len > 0)
        {
          g_ptr_array_add (nominations, NULL);
          {
            g_autofree char *list = g_strjoinv ("; ", (char **) nominations->pdata);

            g_print ("    %s: %s\n", _("Nominations"), list);
          }
          g_ptr_array_remove_index (nominations, nominations->len - 1);
        }
      for (guint j = 0; j < links->len; j++)
        {
          const MtLink *link = g_ptr_array_index (links, j);

          print_link ("    ", link->title, link->url, link->url_problem);
        }
    }
}

static void
print_notices (MtCatalog *catalog)
{
  GPtrArray *notices = mt_catalog_get_notices (catalog);

  if (notices->len == 0)
    return;
  g_print ("\n%s\n", _("Notices"));
  for (guint i = 0; i < notices->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (notices, i);

      g_print ("  %s\n", notice->title);
      if (notice->url != NULL)
        print_link ("    ", _("Link"), notice->url, notice->url_problem);
    }
}

static void
print_catalog (MtCatalog *catalog)
{
  if (mt_catalog_get_is_demo (catalog))
    g_print ("%s\n", _("Demo catalog: the links lead to example.org."));
  if (mt_catalog_get_meeting_title (catalog) != NULL)
    {
      g_autofree char *date = day (mt_catalog_get_meeting_date (catalog));

      g_print ("%s%s%s\n", mt_catalog_get_meeting_title (catalog), *date != '\0' ? " · " : "", date);
    }
  if (mt_catalog_get_organization (catalog) != NULL)
    g_print ("%s\n", mt_catalog_get_organization (catalog));
  g_print ("\n");
  print_materials (catalog);
  print_events (catalog);
  print_notices (catalog);
}

/**
 * mt_cli_catalog:
 *
 * `metodist catalog [SOURCE] [--handout FILE.pdf]` (FORMATS.md §5).
 *
 * Returns: the exit status
 */
int
mt_cli_catalog (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *handout = NULL;
  g_autoptr(MtCatalog) catalog = NULL;
  int status = MT_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { "handout", 0, 0, G_OPTION_ARG_FILENAME, &handout,
      N_("Write the A4 handout with a QR code for every material to FILE.pdf"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("[SOURCE] — list the meeting’s materials and events"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Lists the materials, events and notices of the meeting’s catalog, marking links "
      "that cannot be opened, and writes the printable handout.\n\n"
      "SOURCE is a catalog file (metodist-catalog JSON), an http:// or https:// address, "
      "or “-” for standard input. "
      "Without it, the catalog set in the window is used, and without one, the built-in demo catalog."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist catalog", error->message);
  if (g_strv_length (args) > 2)
    return mt_cli_usage_error ("metodist catalog", _("Give at most one SOURCE."));
  if (handout != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (handout, -1);

      if (!g_str_has_suffix (lower, ".pdf"))
        return mt_cli_usage_error ("metodist catalog", _("The handout must be a .pdf file."));
    }

  catalog = mt_cli_catalog_load (args[1], &status);
  if (catalog == NULL)
    return status;

  if (handout != NULL)
    {
      g_autoptr(GPtrArray) materials = mt_handout_materials (catalog);

      /* A failure leaves no partial file, and an old one as it was. */
      if (!mt_handout_write (catalog, materials, handout, &error))
        return mt_cli_fail (handout, error->message);
      return MT_CLI_EXIT_OK;
    }
  print_catalog (catalog);
  return MT_CLI_EXIT_OK;
}
