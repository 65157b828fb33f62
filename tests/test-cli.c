/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-cli.c: the real `metodist` binary on a machine without a display */
#include "config.h"

#include <glib.h>

static const char *metodist_path;

typedef struct
{
  int exit_status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs metodist with @args (NULL-terminated) in @locale, with every way to
 * reach a display removed, as on a server. */
static void
run_metodist (Run        *run,
              const char *locale,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status;
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (char *) metodist_path);
  va_start (ap, locale);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  g_assert_true (WIFEXITED (wait_status));
  run->exit_status = WEXITSTATUS (wait_status);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_metodist (&run, "C.UTF-8", "--version", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_cmpstr (run.out, ==, "metodist " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_metodist (&run, "C.UTF-8", "--help", NULL);

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

  run_metodist (&run, "ru_RU.UTF-8", "--help", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  g_assert_nonnull (strstr (run.out, "открывает окно «Методиста»"));
  g_assert_nonnull (strstr (run.out, "Показать версию и выйти"));
}

static void
test_unknown_command (void)
{
  g_auto(Run) run = { 0 };

  run_metodist (&run, "C.UTF-8", "frobnicate", NULL);

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

  run_metodist (&run, "ru_RU.UTF-8", "frobnicate", NULL);

  g_assert_cmpint (run.exit_status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Неизвестная команда «frobnicate»."));
}

static void
test_unknown_option (void)
{
  g_auto(Run) run = { 0 };

  run_metodist (&run, "C.UTF-8", "--version", "--frobnicate", NULL);

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
