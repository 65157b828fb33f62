/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-download.c: materials downloaded from a real SoupServer on
 * 127.0.0.1 into a folder, under safe names, checked before they appear */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mt-download-name.h"
#include "mt-fetcher.h"
#include "test-folders.h"
#include "test-server.h"

#define PDF_SIZE (300 * 1024)

static SoupServer *server;
static char *base;
static MtFetcher *fetcher;
static GBytes *pdf;              /* "%PDF-1.4" and filler */
static SoupServerMessage *stalled;  /* a download the server stopped sending */

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageBody *body = soup_server_message_get_response_body (message);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  if (g_str_equal (path, "/presentation.pdf") || g_str_equal (path, "/download"))
    {
      soup_message_headers_set_content_type (headers, "application/pdf", NULL);
      soup_message_body_append_bytes (body, pdf);
    }
  else if (g_str_equal (path, "/template.docx"))
    {
      static const char zip[] = "PK\x03\x04 word/document.xml";

      soup_message_headers_set_content_type (headers, "application/octet-stream", NULL);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, zip, sizeof zip - 1);
    }
  else if (g_str_equal (path, "/fake.pdf"))
    {
      static const char login[] = "<?xml version=\"1.0\"?><login>Войдите</login>";

      soup_message_headers_set_content_type (headers, "application/octet-stream", NULL);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, login, sizeof login - 1);
    }
  else if (g_str_equal (path, "/program"))
    {
      static const char elf[] = "\x7F" "ELF\x02\x01\x01";

      soup_message_headers_set_content_type (headers, "application/octet-stream", NULL);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, elf, sizeof elf - 1);
    }
  else if (g_str_equal (path, "/stalls.pdf"))
    {
      /* A first piece, then nothing: the download waits until cancelled. */
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_body_append (body, SOUP_MEMORY_COPY, g_bytes_get_data (pdf, NULL), 64 * 1024);
      g_set_object (&stalled, message);
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

typedef struct
{
  GFile *file;
  GError *error;
  gboolean done;
  guint progress_calls;
  guint64 last_received;
  guint64 last_total;
  GCancellable *cancel_on_progress;
} Outcome;

static void
progress_cb (goffset  received,
             goffset  total,
             gpointer user_data)
{
  Outcome *outcome = user_data;

  g_assert_cmpuint (received, >=, outcome->last_received);
  outcome->progress_calls++;
  outcome->last_received = received;
  outcome->last_total = total;
  if (outcome->cancel_on_progress != NULL)
    g_cancellable_cancel (outcome->cancel_on_progress);
}

static void
downloaded_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->file = mt_fetcher_download_finish (MT_FETCHER (source), result, &outcome->error);
  outcome->done = TRUE;
}

static Outcome
download (const char   *path,
          GFile        *folder,
          const char   *title,
          const char   *sha256,
          GCancellable *cancel_on_progress)
{
  g_autofree char *url = g_strconcat (base, path, NULL);
  Outcome outcome = { .cancel_on_progress = cancel_on_progress };
  MtDownloadOptions options = { url, folder, title, sha256, 0, 10, 64 * 1024 * 1024 };

  mt_fetcher_download_async (fetcher, &options, progress_cb, &outcome, cancel_on_progress, downloaded_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  return outcome;
}

static void
outcome_clear (Outcome *outcome)
{
  g_clear_object (&outcome->file);
  g_clear_error (&outcome->error);
}

static GFile *
new_folder (void)
{
  g_autofree char *path = g_dir_make_tmp ("metodist-download-XXXXXX", NULL);

  g_assert_nonnull (path);
  return g_file_new_for_path (path);
}

static void
test_safe_names (void)
{
  static const struct
  {
    const char *title;
    const char *name;
  } cases[] = {
    { "Презентация", "Презентация" },
    { "../../.bashrc", "bashrc" },
    { "...скрытый", "скрытый" },
    { "Итоги: неделя 1/2", "Итоги - неделя 1-2" },
    /* Found by fuzz-download-name: a safe name stays as it is, so a colon
     * after a space gives no second space. */
    { "Итоги : неделя", "Итоги - неделя" },
    { "Итоги  - неделя", "Итоги - неделя" },
    { "a::b", "a - -b" },
    { "вопрос ? ответ", "вопрос ответ" },
    /* Found by fuzz-download-name: a letter and a combining mark joined by
     * a dropped character are composed, as a second pass would. */
    { "l>\u0323", "\u1E37" },
    { "a\\b|c*d?e<f>g\"h", "a-b-cdefg'h" },
    { "отчёт\u202Efdp.exe", "отчётfdp.exe" },
    { "две\n\tстроки\r\n", "две строки" },
    { "  пробелы   внутри  ", "пробелы внутри" },
    { "точка в конце.", "точка в конце" },
    { "con", "con_" },
    { "LPT1.txt", "LPT1_.txt" },
    { "CON.txt", "CON_.txt" },
    { "nul.tar.gz", "nul_.tar.gz" },
    { "CONIN$", "CONIN$_" },
    { "conout$.log", "conout$_.log" },
    { "COM¹", "COM¹_" },
    { "lpt³.doc", "lpt³_.doc" },
    { "COM0", "COM0_" },
    { "COM10", "COM10" },
    { "CONSOLE.txt", "CONSOLE.txt" },
    { "", "Material" },
    { "\u200B\u202E...", "Material" },
    { "-rf", "rf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = mt_download_safe_name (cases[i].title);

      g_assert_cmpstr (name, ==, cases[i].name);
    }

  /* Long titles are cut at a character, leaving room for " (2).xlsx.part". */
  {
    g_autoptr(GString) title = g_string_new (NULL);
    g_autofree char *name = NULL;
    g_autofree char *numbered = NULL;

    for (guint i = 0; i < 300; i++)
      g_string_append (title, "ж");
    name = mt_download_safe_name (title->str);
    g_assert_true (g_utf8_validate (name, -1, NULL));
    numbered = mt_download_numbered_name (name, 999, "xlsx.part");
    g_assert_cmpuint (strlen (numbered), <=, 255);
  }

  /* A reserved name at the length limit: marked, and still within it. */
  for (guint length = 230; length < 245; length++)
    {
      g_autoptr(GString) title = g_string_new ("CON.");
      g_autofree char *name = NULL;
      g_autofree char *numbered = NULL;

      while (title->len < length)
        g_string_append_c (title, 'x');
      name = mt_download_safe_name (title->str);
      g_assert_true (g_str_has_prefix (name, "CON_."));
      numbered = mt_download_numbered_name (name, 100, "xlsx.part");
      g_assert_cmpuint (strlen (numbered), <=, 255);
    }
}

static void
test_extensions (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (mt_download_claimed_extension ("https://kirovipk.ru/files/plan.PDF?x=1", NULL), ==, "pdf");
  g_assert_cmpstr (mt_download_claimed_extension ("https://kirovipk.ru/get?id=4",
                                                  "application/vnd.openxmlformats-officedocument."
                                                  "wordprocessingml.document; charset=binary"), ==, "docx");
  g_assert_null (mt_download_claimed_extension ("https://kirovipk.ru/get?id=4", "application/octet-stream"));

  g_assert_cmpstr (mt_download_choose_extension ((const guint8 *) "%PDF-1.7", 8, "pdf", NULL), ==, "pdf");
  g_assert_cmpstr (mt_download_choose_extension ((const guint8 *) "PK\x03\x04", 4, "xlsx", NULL), ==, "xlsx");
  /* The content decides when it contradicts the claim with a known kind. */
  g_assert_cmpstr (mt_download_choose_extension ((const guint8 *) "%PDF-1.7", 8, "docx", NULL), ==, "pdf");
  g_assert_cmpstr (mt_download_choose_extension ((const guint8 *) "a;b\n1;2", 7, "csv", NULL), ==, "csv");
  g_assert_null (mt_download_choose_extension ((const guint8 *) "<html>", 6, "pdf", &error));
  g_assert_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
  g_clear_error (&error);
  g_assert_null (mt_download_choose_extension ((const guint8 *) "MZ\x90\x00", 4, NULL, &error));
  g_assert_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
  g_clear_error (&error);
  g_assert_null (mt_download_choose_extension ((const guint8 *) "", 0, "pdf", &error));
  g_assert_error (error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
}

/* Progress up to the whole size, the name from the title, the bytes
 * whole; a second download of the same title takes the next name and
 * leaves the first as it was. */
static void
test_downloads_with_progress (void)
{
  g_autoptr(GFile) folder = new_folder ();
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  Outcome first, second;

  first = download ("/presentation.pdf", folder, "Презентация совещания", NULL, NULL);
  g_assert_no_error (first.error);
  g_assert_cmpuint (first.progress_calls, >, 1);
  g_assert_cmpuint (first.last_received, ==, PDF_SIZE);
  g_assert_cmpuint (first.last_total, ==, PDF_SIZE);
  g_assert_true (g_file_get_contents (g_file_peek_path (first.file), &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));

  /* The server's URL says nothing of the name; the checksum matches. */
  {
    g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
    g_autofree char *upper = g_ascii_strup (sha256, -1);

    second = download ("/download", folder, "Презентация совещания", upper, NULL);
  }
  g_assert_no_error (second.error);
  listing = test_list_folder (g_file_peek_path (folder));
  g_assert_cmpstr (listing, ==, "Презентация совещания (2).pdf|Презентация совещания.pdf");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (g_file_peek_path (first.file), &contents, &length, NULL));
  g_assert_cmpuint (length, ==, PDF_SIZE);

  outcome_clear (&first);
  outcome_clear (&second);
  test_remove_folder (g_file_peek_path (folder));
}

/* A zip the address calls .docx is a .docx; a hostile title is a safe name
 * inside the folder. */
static void
test_names (void)
{
  g_autoptr(GFile) folder = new_folder ();
  g_autofree char *listing = NULL;
  Outcome outcome;

  outcome = download ("/template.docx", folder, "../../.bashrc\u202Ecod.exe", NULL, NULL);
  g_assert_no_error (outcome.error);
  g_assert_true (g_file_has_parent (outcome.file, folder));
  listing = test_list_folder (g_file_peek_path (folder));
  g_assert_cmpstr (listing, ==, "bashrccod.exe.docx");
  outcome_clear (&outcome);
  test_remove_folder (g_file_peek_path (folder));
}

/* What is not what it claims, or not what the catalog describes, is
 * refused, and nothing is left in the folder. */
static void
test_refuses_wrong_content (void)
{
  g_autoptr(GFile) folder = new_folder ();
  g_autofree char *listing = NULL;
  Outcome outcome;

  outcome = download ("/fake.pdf", folder, "Инструкция", NULL, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
  g_assert_nonnull (strstr (outcome.error->message, ".pdf"));
  outcome_clear (&outcome);

  outcome = download ("/program", folder, "Программа", NULL, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
  outcome_clear (&outcome);

  outcome = download ("/presentation.pdf", folder, "Презентация",
                      "0000000000000000000000000000000000000000000000000000000000000000", NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_CONTENT);
  g_assert_nonnull (strstr (outcome.error->message, "checksum"));
  outcome_clear (&outcome);

  outcome = download ("/missing.pdf", folder, "Нет такого", NULL, NULL);
  g_assert_error (outcome.error, MT_FETCH_ERROR, MT_FETCH_ERROR_STATUS);
  outcome_clear (&outcome);

  listing = test_list_folder (g_file_peek_path (folder));
  g_assert_cmpstr (listing, ==, "");
  test_remove_folder (g_file_peek_path (folder));
}

/* Cancelled halfway: no file, no ".part", and no progress told after. */
static void
test_cancel_leaves_nothing (void)
{
  g_autoptr(GFile) folder = new_folder ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *listing = NULL;
  Outcome outcome;

  outcome = download ("/stalls.pdf", folder, "Мониторинг", NULL, cancellable);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (outcome.progress_calls, ==, 1);
  listing = test_list_folder (g_file_peek_path (folder));
  g_assert_cmpstr (listing, ==, "");
  outcome_clear (&outcome);
  g_clear_object (&stalled);
  test_remove_folder (g_file_peek_path (folder));
}

/* A folder that cannot be written: the folder named, nothing else. */
static void
test_unwritable_folder (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/proc/metodist-no-such-folder");
  Outcome outcome = download ("/presentation.pdf", folder, "Презентация", NULL, NULL);

  g_assert_nonnull (outcome.error);
  g_assert_nonnull (strstr (outcome.error->message, "metodist-no-such-folder"));
  outcome_clear (&outcome);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  guint8 *data = g_malloc (PDF_SIZE);
  int result;

  g_test_init (&argc, &argv, NULL);
  memset (data, 'x', PDF_SIZE);
  memcpy (data, "%PDF-1.4\n", 9);
  pdf = g_bytes_new_take (data, PDF_SIZE);
  fetcher = mt_fetcher_new ();
  server = test_server_new (handle_cb, NULL, &base);

  g_test_add_func ("/metodist/download/safe-names", test_safe_names);
  g_test_add_func ("/metodist/download/extensions", test_extensions);
  g_test_add_func ("/metodist/download/with-progress", test_downloads_with_progress);
  g_test_add_func ("/metodist/download/names", test_names);
  g_test_add_func ("/metodist/download/refuses-wrong-content", test_refuses_wrong_content);
  g_test_add_func ("/metodist/download/cancel-leaves-nothing", test_cancel_leaves_nothing);
  g_test_add_func ("/metodist/download/unwritable-folder", test_unwritable_folder);
  result = g_test_run ();

  g_object_unref (fetcher);
  soup_server_disconnect (server);
  g_object_unref (server);
  g_bytes_unref (pdf);
  g_free (base);
  return result;
}
