/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-cli-terminal.c: what the command line shows a terminal */
#include "config.h"

#include "mt-cli-terminal.h"

static void
assert_shown (const char *text,
              const char *shown_as)
{
  g_autofree char *shown = mt_cli_terminal_text (text);

  g_assert_cmpstr (shown, ==, shown_as);
}

static void
test_controls (void)
{
  assert_shown ("Арбажский\x1B]0;pwned\x07", "Арбажский\\x1B]0;pwned\\x07");
  assert_shown ("a\xC2\x9B" "31m", "a\\x9B31m");
  assert_shown ("отчёт\xE2\x80\xAE" "fdp", "отчёт\\u202Efdp");
  assert_shown ("tab\tand\nnewline", "tab\tand\nnewline");
}

/* The CSV's CRLF line ends stay line ends on a terminal (from review:
 * every line ended "\x0D"); a carriage return alone, which could
 * overwrite what the line showed, is escaped. */
static void
test_line_ends (void)
{
  assert_shown ("#;Муниципалитет\r\n1;Киров\r\n", "#;Муниципалитет\r\n1;Киров\r\n");
  assert_shown ("Киров\rЛожь", "Киров\\x0DЛожь");
  assert_shown ("end\r", "end\\x0D");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metodist/cli-terminal/controls", test_controls);
  g_test_add_func ("/metodist/cli-terminal/line-ends", test_line_ends);
  return g_test_run ();
}
