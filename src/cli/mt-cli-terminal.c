/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-terminal.c: what the command line writes, never a terminal's
 * control sequence */
#define G_LOG_DOMAIN "mt-cli-terminal"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mt-cli-terminal.h"

/*
 * Names, titles and addresses come from documents, some fetched from the
 * web: written raw, an ESC or a C1 control in them could retitle the
 * terminal, clear it or plant a hyperlink whose target differs from its
 * text, and a bidirectional override could make a name read other than
 * it is. Everything the commands print goes through g_print() and
 * g_printerr(), so their handlers show every such character escaped
 * ("\x1B", "\u202E"), whatever printed it.
 */

static GPrintFunc print_before;
static GPrintFunc printerr_before;

static gboolean
is_shown_escaped (gunichar c)
{
  return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

/**
 * mt_cli_terminal_text:
 *
 * Returns: (transfer full): @text as valid UTF-8, its control characters
 *   (but newline, tab, and a carriage return ending a line, as the CSV's
 *   CRLF does) and bidirectional controls written as escapes
 */
char *
mt_cli_terminal_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *shown = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_shown_escaped (c) || (c == '\r' && p[1] == '\n'))
        g_string_append_unichar (shown, c);
      else if (c <= 0xFF)
        g_string_append_printf (shown, "\\x%02X", c);
      else
        g_string_append_printf (shown, "\\u%04X", c);
    }
  return g_string_free (shown, FALSE);
}

static void
print_shown (const char *text)
{
  g_autofree char *shown = mt_cli_terminal_text (text);

  if (print_before != NULL)
    print_before (shown);
  else
    fputs (shown, stdout);
}

static void
printerr_shown (const char *text)
{
  g_autofree char *shown = mt_cli_terminal_text (text);

  if (printerr_before != NULL)
    printerr_before (shown);
  else
    fputs (shown, stderr);
}

/**
 * mt_cli_terminal_install:
 *
 * From now on, g_print() and g_printerr() write no control sequence;
 * handlers set before (the workbook readers' filter) still see the text.
 */
void
mt_cli_terminal_install (void)
{
  print_before = g_set_print_handler (print_shown);
  printerr_before = g_set_printerr_handler (printerr_shown);
}
