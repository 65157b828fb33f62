/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli.c: the `metodist` command line, which never opens a window */
#define G_LOG_DOMAIN "mt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mt-cli.h"
#include "mt-cli-terminal.h"
#include "mt-cli-catalog.h"
#include "mt-cli-cards.h"
#include "mt-cli-deck.h"
#include "mt-cli-qr.h"
#include "mt-cli-rank.h"

/**
 * mt_cli_handles:
 * @argc: the argument count from main()
 * @argv: the arguments from main()
 *
 * Tells whether the command line asks for the command line interface rather
 * than the window. The window takes no arguments of its own, only
 * GApplication's (`--gapplication-service` and the like); anything else,
 * a command or an option, even a mistyped one, is the command line's, so
 * that it gets the command line's usage error rather than the window.
 *
 * Returns: %TRUE when mt_cli_run() should handle @argv
 */
gboolean
mt_cli_handles (int    argc,
                char **argv)
{
  if (argc < 2)
    return FALSE;
  return !g_str_has_prefix (argv[1], "--gapplication-");
}

/**
 * mt_cli_fail:
 * @what: (nullable): the source or file it concerns, or %NULL
 * @message: what failed, in words
 *
 * Says the failure on standard error, in one line.
 *
 * Returns: %MT_CLI_EXIT_FAILED
 */
int
mt_cli_fail (const char *what,
             const char *message)
{
  if (what != NULL)
    g_printerr ("metodist: %s: %s\n", what, message);
  else
    g_printerr ("metodist: %s\n", message);
  return MT_CLI_EXIT_FAILED;
}

/**
 * mt_cli_usage_error:
 * @command: "metodist", "metodist rank"…
 * @message: what was wrong with the arguments
 *
 * Says so on standard error, with how to get help.
 *
 * Returns: %MT_CLI_EXIT_USAGE
 */
int
mt_cli_usage_error (const char *command,
                    const char *message)
{
  g_autofree char *help = g_strconcat (command, " --help", NULL);

  g_printerr ("%s: %s\n", command, message);
  /* TRANSLATORS: the quoted text is a command to type; keep it as it is. */
  g_printerr (_("Try “%s” for help."), help);
  g_printerr ("\n");
  return MT_CLI_EXIT_USAGE;
}

/**
 * mt_cli_run:
 * @argc: the argument count from main()
 * @argv: the arguments from main()
 *
 * Runs the command line interface without touching GTK or a display.
 *
 * Returns: the process exit status (see #MtCliExit)
 */
int
mt_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  /* Documents' text never reaches a terminal as a control sequence. */
  mt_cli_terminal_install ();

  /* Each command parses its own options, and its usage line names it
   * whole ("metodist deck", not "deck": from a user's try). */
  if (argc >= 2 && (g_str_equal (argv[1], "rank") || g_str_equal (argv[1], "qr") ||
                    g_str_equal (argv[1], "catalog") || g_str_equal (argv[1], "deck") ||
                    g_str_equal (argv[1], "cards")))
    {
      static char usage_name[32];

      g_snprintf (usage_name, sizeof usage_name, "metodist %s", argv[1]);
      g_set_prgname (usage_name);
    }
  if (argc >= 2 && g_str_equal (argv[1], "rank"))
    return mt_cli_rank (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "qr"))
    return mt_cli_qr (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "catalog"))
    return mt_cli_catalog (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "deck"))
    return mt_cli_deck (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "cards"))
    return mt_cli_cards (argc - 1, argv + 1);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Without options, opens the Metodist window: the materials, "
                                  "monitoring, QR codes and events of the meetings about "
                                  "schools’ messenger platform."));
  g_option_context_set_description (context,
                                    _("Commands:\n"
                                      "  rank      Rate the municipalities and print or save the rating\n"
                                      "  qr        Make a QR code as PNG, SVG or PDF\n"
                                      "  catalog   List the meeting’s materials and events, or print the handout\n"
                                      "  deck      Write the meeting’s presentation as a PDF\n"
                                      "  cards     Write a report card per municipality as PDFs\n"
                                      "\n"
                                      "“metodist COMMAND --help” tells more about a command."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist", error->message);

  if (version)
    {
      g_print ("metodist %s\n", PACKAGE_VERSION);
      return MT_CLI_EXIT_OK;
    }

  if (args[1] != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), args[1]);
      return mt_cli_usage_error ("metodist", message);
    }

  return MT_CLI_EXIT_OK;
}
