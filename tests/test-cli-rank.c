/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-cli-rank.c: `metodist rank` — output, files and exit statuses */
#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>
#include <sys/stat.h>

#include "run-metodist.h"
#include "test-server.h"

static char *small;
static char *small_previous;
static char *server_base;  /* http://127.0.0.1:PORT, served by a thread */
static GMainContext *server_context;
static SoupServer *server;

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static guint
count_lines (const char *text)
{
  guint lines = 0;

  for (const char *p = text; *p != '\0'; p++)
    lines += *p == '\n';
  return lines;
}

static void
test_demo_table (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "rank", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  /* The demo says so, and compares with the demo week before. */
  assert_contains (run.out, "DEMO DATA");
  assert_contains (run.out, "Кировская область");
  assert_contains (run.out, "Compared with:");
  assert_contains (run.out, "#   Municipality");
  /* Four lines of heading, a blank, the header and 45 municipalities. */
  g_assert_cmpuint (count_lines (run.out), ==, 4 + 1 + 1 + 45);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_demo_table_russian (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "ru_RU.UTF-8", "rank", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  assert_contains (run.out, "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ");
  assert_contains (run.out, "29.11.2023–06.12.2023");
  assert_contains (run.out, "Активные педагоги (сообщения) %");
  assert_contains (run.out, "орг");
  /* Russian number forms: grouped thousands and a decimal comma. */
  g_assert_true (strstr (run.out, "1\u202f044") != NULL || strstr (run.out, "1\u00a0044") != NULL);
  g_assert_true (strstr (run.out, "7\u202f785") != NULL || strstr (run.out, "7\u00a0785") != NULL);
  assert_contains (run.out, "20,0\u00a0%");
}

static void
test_file_with_row_problems (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "rank", small, "--previous", small_previous, NULL);

  /* Row problems warn on standard error; the rest is rated. */
  g_assert_cmpint (run.exit_status, ==, 0);
  assert_contains (run.err, "warning");
  assert_contains (run.err, "municipalities[3]: teachers.active: negative (Сломанный: kept out of the rating)");
  /* A row without totals has no place either, and says why, by name. */
  assert_contains (run.err, "Без итогов: Not scored: the number of all teachers is unknown; "
                            "the number of all students is unknown");
  assert_contains (run.out, "\n1  =HYPERLINK");
  assert_contains (run.out, "Kept out of the rating");
  assert_contains (run.out, "teachers.active: negative");
  assert_contains (run.out, "↑2");
  g_assert_null (strstr (run.out, "DEMO"));
}

static void
test_csv (void)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  RUN (&run, "C.UTF-8", "rank", small, "--previous", small_previous, "--format", "csv", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  /* For Russian Excel: a BOM, ";" and CRLF. */
  g_assert_true (g_str_has_prefix (run.out, "\xEF\xBB\xBF#;Municipality;Rating;"));
  /* The score the rank is made from follows the eight columns of the
   * region's table. */
  g_assert_nonnull (strstr (run.out, ";Active students;org.;Score;All teachers;"));
  lines = g_strsplit (run.out + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1);
  g_assert_cmpstr (lines[6], ==, "");
  /* A formula-like name stays text; numbers, negative ones too, never get
   * the quote. */
  g_assert_cmpstr (lines[1], ==, "1;\"'=HYPERLINK(\"\"http://evil\"\";\"\"нажми\"\")\";1;50,00;50;50,00;50;;50,00;100;100;x-1;2;40,00;40,00;");
  g_assert_cmpstr (lines[2], ==, "2;г.о. Киров;2;20,04;1044;10,89;7785;112;15,46;5210;71500;33701000;-1;-2,99;1,10;");
  /* Unranked rows by active teachers; the bad count is not kept. */
  g_assert_cmpstr (lines[4], ==, "4;Без итогов;;;44;;41;;;;;x-3;;;;");
  g_assert_cmpstr (lines[5], ==, "5;Сломанный;;;;;1;;;10;10;x-2;;;;teachers.active: negative");
}

static void
test_json_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-rank-XXXXXX", NULL);
  g_autofree char *published = g_build_filename (dir, "rating.json", NULL);
  g_auto(Run) first = { 0 };
  g_auto(Run) written = { 0 };
  g_auto(Run) again = { 0 };

  RUN (&first, "C.UTF-8", "rank", small, "--previous", small_previous, "--format", "csv", NULL);
  RUN (&written, "C.UTF-8", "rank", small, "--previous", small_previous, "--output", published, NULL);
  g_assert_cmpint (written.exit_status, ==, 0);
  g_assert_cmpstr (written.out, ==, "");

  /* The published document reads back to the same rating, exclusions
   * included. */
  RUN (&again, "C.UTF-8", "rank", published, "--previous", small_previous, "--format", "csv", NULL);
  g_assert_cmpint (again.exit_status, ==, 0);
  g_assert_cmpstr (again.out, ==, first.out);

  g_assert_cmpint (g_remove (published), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_csv_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-rank-XXXXXX", NULL);
  g_autofree char *table = g_build_filename (dir, "rating.csv", NULL);
  g_auto(Run) first = { 0 };
  g_auto(Run) written = { 0 };
  g_auto(Run) again = { 0 };

  /* Written and read back: the same table, byte for byte, formula-like
   * names and the reasons for exclusions included. */
  RUN (&first, "ru_RU.UTF-8", "rank", small, "--previous", small_previous, "--format", "csv", NULL);
  RUN (&written, "ru_RU.UTF-8", "rank", small, "--previous", small_previous, "--output", table, NULL);
  g_assert_cmpint (written.exit_status, ==, 0);
  RUN (&again, "ru_RU.UTF-8", "rank", table, "--previous", small_previous, "--format", "csv", NULL);
  g_assert_cmpint (again.exit_status, ==, 0);
  g_assert_cmpstr (again.out, ==, first.out);

  g_assert_cmpint (g_remove (table), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Metodist's own workbook reads back to the same rating; a workbook and
 * a table are told by their content, whatever their names say; a
 * workbook of several tables needs --sheet, and its sheets are named. */
static void
test_workbook_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-rank-XXXXXX", NULL);
  g_autofree char *book = g_build_filename (dir, "rating.xlsx", NULL);
  g_autofree char *book_named_csv = g_build_filename (dir, "rating-from-excel.csv", NULL);
  g_autofree char *csv_named_xlsx = g_build_filename (dir, "table.xlsx", NULL);
  g_autofree char *weeks = g_test_build_filename (G_TEST_DIST, "data", "workbooks", "two-weeks.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_auto(Run) first = { 0 };
  g_auto(Run) written = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) misnamed = { 0 };
  g_auto(Run) table = { 0 };
  g_auto(Run) which = { 0 };
  g_auto(Run) chosen = { 0 };

  RUN (&first, "ru_RU.UTF-8", "rank", small, "--format", "csv", NULL);
  RUN (&written, "ru_RU.UTF-8", "rank", small, "--output", book, NULL);
  g_assert_cmpint (written.exit_status, ==, 0);
  RUN (&again, "ru_RU.UTF-8", "rank", book, "--format", "csv", NULL);
  g_assert_cmpint (again.exit_status, ==, 0);
  g_assert_cmpstr (again.out, ==, first.out);

  g_assert_true (g_file_get_contents (book, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (book_named_csv, contents, length, NULL));
  RUN (&misnamed, "ru_RU.UTF-8", "rank", book_named_csv, "--format", "csv", NULL);
  g_assert_cmpint (misnamed.exit_status, ==, 0);
  g_assert_cmpstr (misnamed.out, ==, first.out);
  g_assert_true (g_file_set_contents (csv_named_xlsx, first.out, -1, NULL));
  RUN (&table, "ru_RU.UTF-8", "rank", csv_named_xlsx, "--format", "csv", NULL);
  g_assert_cmpint (table.exit_status, ==, 0);
  g_assert_cmpstr (table.out, ==, first.out);

  RUN (&which, "ru_RU.UTF-8", "rank", weeks, NULL);
  g_assert_cmpint (which.exit_status, ==, 1);
  g_assert_nonnull (strstr (which.err, "«Неделя 48», «Неделя 49»"));
  g_assert_nonnull (strstr (which.err, "--sheet"));
  g_assert_cmpstr (which.out, ==, "");
  RUN (&chosen, "ru_RU.UTF-8", "rank", weeks, "--sheet", "неделя 49", "--format", "csv", NULL);
  g_assert_cmpint (chosen.exit_status, ==, 0);
  g_assert_nonnull (strstr (chosen.out, "г.о. Киров"));

  g_assert_cmpint (g_remove (book), ==, 0);
  g_assert_cmpint (g_remove (book_named_csv), ==, 0);
  g_assert_cmpint (g_remove (csv_named_xlsx), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_json_fields (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "C.UTF-8", "rank", small, "--previous", small_previous, "--format", "json", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  assert_contains (run.out, "\"format\" : \"metodist-monitoring\"");
  assert_contains (run.out, "\"rank\" : 1");
  assert_contains (run.out, "\"rank\" : null");
  assert_contains (run.out, "\"previous_rank\" : 3");
  assert_contains (run.out, "\"rank_change\" : 2");
  assert_contains (run.out, "\"excluded\" : \"teachers.active: negative\"");
  assert_contains (run.out, "\"share_change\" : 0.4");
}

static void
test_standard_input (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *document = NULL;

  g_assert_true (g_file_get_contents (small, &document, NULL, NULL));
  run_metodist (&run, "C.UTF-8", document, (const char *const[]) { "rank", "-", NULL });

  g_assert_cmpint (run.exit_status, ==, 0);
  assert_contains (run.out, "Юрьянский");
}

/* A named pipe nobody writes, a folder, a device: refused at once, never
 * waited on (a FIFO blocked open() for ever). */
static void
test_not_a_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-rank-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "monitoring.json", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "monitoring.csv", NULL);
  const char *sources[] = { fifo, dir, "/dev/zero", socket_path };
  g_autoptr(GSocket) listening = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT,
                                               NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (socket_path);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* A socket someone listens on: "No such device or address" before. */
  g_assert_true (g_socket_bind (listening, address, FALSE, NULL));
  g_assert_true (g_socket_listen (listening, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    for (guint command = 0; command < 2; command++)
      {
        g_auto(Run) run = { 0 };

        RUN (&run, "C.UTF-8", command == 0 ? "rank" : "catalog", sources[i], NULL);
        g_assert_cmpint (run.exit_status, ==, 1);
        assert_contains (run.err, "not a file but a folder, a pipe, a socket or a device");
      }
  g_assert_cmpint (g_remove (fifo), ==, 0);
  g_assert_cmpint (g_remove (socket_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Control sequences in a document's names and region (ESC, BEL, C1, a
 * bidirectional override) never reach the terminal: shown escaped, on
 * standard output and in the warnings alike. */
static void
test_no_control_sequences (void)
{
  static const char document[] =
    "{\"format\":\"metodist-monitoring\",\"version\":1,"
    "\"region\":\"Кировская\\u001b]0;pwned\\u0007 область\","
    "\"municipalities\":["
    "{\"id\":\"1\",\"name\":\"Арбажский\\u001b[2J\\u009b31m\\u202e\","
    "\"teachers\":{\"active\":5,\"total\":10},\"students\":{\"active\":5,\"total\":10}},"
    "{\"id\":\"2\",\"name\":\"Лузский\\u001b]8;;https://evil\\u001b\\\\ссылка\","
    "\"teachers\":{\"active\":50,\"total\":10},\"students\":{\"active\":5,\"total\":10}}]}";
  g_auto(Run) run = { 0 };

  run_metodist (&run, "C.UTF-8", document, (const char *const[]) { "rank", "-", NULL });
  g_assert_cmpint (run.exit_status, ==, 0);
  for (const char *stream = run.out; stream != NULL; stream = stream == run.out ? run.err : NULL)
    {
      g_assert_null (strchr (stream, 0x1B));
      g_assert_null (strchr (stream, 0x07));
      g_assert_null (strstr (stream, "\xC2\x9B"));
      g_assert_null (strstr (stream, "\xE2\x80\xAE"));
    }
  assert_contains (run.out, "Арбажский\\x1B[2J\\x9B31m\\u202E");
  /* The warning about the second row names it, escaped too. */
  assert_contains (run.err, "Лузский\\x1B]8;;https://evil");

  /* JSON piped on (to a pager, a file) escapes C1 and bidirectional
   * controls as it does C0 ones: the same document, nothing invisible. */
  {
    g_auto(Run) json = { 0 };

    run_metodist (&json, "C.UTF-8", document, (const char *const[]) { "rank", "-", "--format", "json", NULL });
    g_assert_cmpint (json.exit_status, ==, 0);
    g_assert_null (strchr (json.out, 0x1B));
    g_assert_null (strstr (json.out, "\xC2\x9B"));
    g_assert_null (strstr (json.out, "\xE2\x80\xAE"));
    assert_contains (json.out, "Арбажский\\u001b[2J\\u009B31m\\u202E");
  }
}

/* The server lives in its own thread and main context: the test waits for
 * the binary synchronously. */
static void
serve_cb (SoupServer        *soup_server,
          SoupServerMessage *message,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  g_autofree char *document = NULL;
  gsize length;

  if (g_str_equal (path, "/monitoring.json") && g_file_get_contents (small, &document, &length, NULL))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_TAKE,
                                        g_steal_pointer (&document), length);
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

static gpointer
server_thread (gpointer user_data)
{
  GAsyncQueue *ready = user_data;
  GMainContext *context = g_main_context_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  char *base;

  server_context = context;
  g_main_context_push_thread_default (context);
  server = test_server_new (serve_cb, NULL, &base);
  g_async_queue_push (ready, base);
  g_main_loop_run (loop);  /* until the test process ends */
  return NULL;
}

static gboolean
disconnect_cb (gpointer user_data)
{
  soup_server_disconnect (server);
  g_async_queue_push (user_data, GINT_TO_POINTER (1));
  return G_SOURCE_REMOVE;
}

/* The server goes away, as when the office is offline. */
static void
stop_server (void)
{
  g_autoptr(GAsyncQueue) done = g_async_queue_new ();

  g_main_context_invoke (server_context, disconnect_cb, done);
  g_async_queue_pop (done);
}

static void
test_url_source (void)
{
  g_auto(Run) fetched = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) other_scheme = { 0 };
  g_autofree char *url = g_strconcat (server_base, "/monitoring.json", NULL);
  g_autofree char *missing_url = g_strconcat (server_base, "/nothing.json", NULL);

  RUN (&fetched, "C.UTF-8", "rank", url, NULL);
  g_assert_cmpint (fetched.exit_status, ==, 0);
  assert_contains (fetched.out, "Юрьянский");

  RUN (&missing, "C.UTF-8", "rank", missing_url, NULL);
  g_assert_cmpint (missing.exit_status, ==, 1);
  assert_contains (missing.err, "404");
  g_assert_cmpstr (missing.out, ==, "");

  RUN (&other_scheme, "C.UTF-8", "rank", "ftp://127.0.0.1/monitoring.json", NULL);
  g_assert_cmpint (other_scheme.exit_status, ==, 1);
  assert_contains (other_scheme.err, "http://");

  /* Offline: the copy kept by the first run, with a warning; exit 0. A
   * source never fetched is still an error. */
  stop_server ();
  {
    g_auto(Run) offline = { 0 };
    g_auto(Run) never = { 0 };

    RUN (&offline, "C.UTF-8", "rank", url, NULL);
    g_assert_cmpint (offline.exit_status, ==, 0);
    assert_contains (offline.out, "Юрьянский");
    assert_contains (offline.err, "copy kept");
    RUN (&never, "C.UTF-8", "rank", missing_url, NULL);
    g_assert_cmpint (never.exit_status, ==, 1);
  }
}

static void
test_input_failures (void)
{
  g_auto(Run) missing = { 0 };
  g_auto(Run) empty = { 0 };
  g_auto(Run) newer = { 0 };

  RUN (&missing, "C.UTF-8", "rank", "/nonexistent/monitoring.json", NULL);
  g_assert_cmpint (missing.exit_status, ==, 1);
  assert_contains (missing.err, "/nonexistent/monitoring.json");
  g_assert_cmpstr (missing.out, ==, "");

  run_metodist (&empty, "C.UTF-8", "", (const char *const[]) { "rank", "-", NULL });
  g_assert_cmpint (empty.exit_status, ==, 1);
  assert_contains (empty.err, "The document is empty.");

  run_metodist (&newer, "ru_RU.UTF-8",
                "{\"format\": \"metodist-monitoring\", \"version\": 7, \"municipalities\": []}",
                (const char *const[]) { "rank", "-", NULL });
  g_assert_cmpint (newer.exit_status, ==, 1);
  assert_contains (newer.err, "Документ версии 7");
}

static void
test_failure_keeps_old_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-rank-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "rating.json", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-folder", "rating.json", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) bad_input = { 0 };
  g_auto(Run) bad_folder = { 0 };
  g_autoptr(GDir) listing = NULL;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));

  /* A bad source: exit 1, and the old file as it was. */
  run_metodist (&bad_input, "C.UTF-8", "not json",
                (const char *const[]) { "rank", "-", "--output", target, NULL });
  g_assert_cmpint (bad_input.exit_status, ==, 1);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  /* An unwritable place: exit 1, and no file left behind. */
  RUN (&bad_folder, "C.UTF-8", "rank", small, "--output", missing_dir, NULL);
  g_assert_cmpint (bad_folder.exit_status, ==, 1);
  assert_contains (bad_folder.err, missing_dir);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "rating.json");
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_remove (target), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_usage_errors (void)
{
  const char *const *cases[] = {
    (const char *const[]) { "rank", "--weights", "0:0", NULL },
    (const char *const[]) { "rank", "--weights", "1", NULL },
    (const char *const[]) { "rank", "--format", "html", NULL },
    (const char *const[]) { "rank", "--output", "rating.txt", NULL },
    (const char *const[]) { "rank", "--output", "rating.json", "--format", "csv", NULL },
    (const char *const[]) { "rank", "a.json", "b.json", NULL },
    (const char *const[]) { "rank", "--frobnicate", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_metodist (&run, "C.UTF-8", NULL, cases[i]);
      if (run.exit_status != 2)
        g_error ("case %u exited %d: %s", i, run.exit_status, run.err);
      g_assert_cmpstr (run.out, ==, "");
      assert_contains (run.err, "metodist rank --help");
    }
}

static void
test_weights (void)
{
  g_auto(Run) run = { 0 };

  /* Teachers only: Юрьянский (29 %) passes Киров (20 %). */
  RUN (&run, "C.UTF-8", "rank", small, "--weights", "1:0", "--format", "csv", NULL);

  g_assert_cmpint (run.exit_status, ==, 0);
  assert_contains (run.out, "\r\n2;Юрьянский;2;");
  assert_contains (run.out, "\r\n3;г.о. Киров;3;");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  metodist_path = argv[1];
  small = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small.json", NULL);
  small_previous = g_test_build_filename (G_TEST_DIST, "data", "monitoring-small-previous.json", NULL);
  {
    g_autoptr(GAsyncQueue) ready = g_async_queue_new ();

    g_thread_unref (g_thread_new ("server", server_thread, ready));
    server_base = g_async_queue_pop (ready);
  }

  g_test_add_func ("/metodist/cli/rank/demo-table", test_demo_table);
  g_test_add_func ("/metodist/cli/rank/demo-table-russian", test_demo_table_russian);
  g_test_add_func ("/metodist/cli/rank/file-with-row-problems", test_file_with_row_problems);
  g_test_add_func ("/metodist/cli/rank/csv", test_csv);
  g_test_add_func ("/metodist/cli/rank/json-round-trip", test_json_round_trip);
  g_test_add_func ("/metodist/cli/rank/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/metodist/cli/rank/workbook-round-trip", test_workbook_round_trip);
  g_test_add_func ("/metodist/cli/rank/no-control-sequences", test_no_control_sequences);
  g_test_add_func ("/metodist/cli/rank/not-a-file", test_not_a_file);
  g_test_add_func ("/metodist/cli/rank/json-fields", test_json_fields);
  g_test_add_func ("/metodist/cli/rank/standard-input", test_standard_input);
  g_test_add_func ("/metodist/cli/rank/url-source", test_url_source);
  g_test_add_func ("/metodist/cli/rank/input-failures", test_input_failures);
  g_test_add_func ("/metodist/cli/rank/failure-keeps-old-file", test_failure_keeps_old_file);
  g_test_add_func ("/metodist/cli/rank/usage-errors", test_usage_errors);
  g_test_add_func ("/metodist/cli/rank/weights", test_weights);

  return g_test_run ();
}
