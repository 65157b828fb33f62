/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-cli.c: the real `metodist` binary on a machine without a display */
#include "config.h"

#include <string.h>

#include "run-metodist.h"

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "--version", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_cmpstr (run.out, ==, "metodist " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "--help", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Usage:"));
  g_assert_nonnull (strstr (run.out, "--version"));
  g_assert_nonnull (strstr (run.out, "opens the Metodist window"));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_help_russian (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "ru_RU.UTF-8", "--help", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_nonnull (strstr (run.out, "открывает окно «Методиста»"));
  g_assert_nonnull (strstr (run.out, "Показать версию и выйти"));
}

static void
test_unknown_command (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "frobnicate", NULL);

  /* 2: the command line itself is wrong (FORMATS.md §5). */
  g_assert_cmpint (run.exit_status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Unknown command “frobnicate”."));
  g_assert_nonnull (strstr (run.err, "metodist --help"));
}

static void
test_unknown_command_russian (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "ru_RU.UTF-8", "frobnicate", NULL);

  g_assert_cmpint (run.exit_status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Неизвестная команда «frobnicate»."));
}

static void
test_unknown_option (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "--version", "--frobnicate", NULL);

  g_assert_cmpint (run.exit_status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "--frobnicate"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  metodist_path = argv[1];

  g_test_add_func ("/metodist/cli/version", test_version);
  g_test_add_func ("/metodist/cli/help", test_help);
  g_test_add_func ("/metodist/cli/help/russian", test_help_russian);
  g_test_add_func ("/metodist/cli/unknown-command", test_unknown_command);
  g_test_add_func ("/metodist/cli/unknown-command/russian", test_unknown_command_russian);
  g_test_add_func ("/metodist/cli/unknown-option", test_unknown_option);

  return g_test_run ();
}
