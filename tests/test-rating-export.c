/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-rating-export.c: file names, formats and the export off the main thread */
/* unshare () */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

#include "mt-demo.h"
#include "mt-rating-export.h"
#include "mt-xlsx-writer.h"

static void
test_suggested_names (void)
{
  g_autoptr(MtDataset) demo = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) plain = mt_dataset_new ();
  g_autofree char *demo_name = mt_export_suggest_name (demo, MT_EXPORT_XLSX);
  g_autofree char *plain_name = NULL;
  g_autofree char *unnamed = NULL;

  /* What it is: the region and the period as the locale writes it; the
   * demo says so. (The word "Rating" is translated: "Рейтинг — …" in
   * Russian.) The C locale's dates have "/", which no file name takes. */
  g_assert_cmpstr (demo_name, ==, "Rating — Кировская область — 11-29–12-06-23 (demo).xlsx");

  unnamed = mt_export_suggest_name (plain, MT_EXPORT_CSV);
  g_assert_cmpstr (unnamed, ==, "Rating.csv");

  g_assert_nonnull (setlocale (LC_ALL, "ru_RU.UTF-8"));
  mt_dataset_set_region (plain, "Край: «Север/Юг»");
  mt_dataset_set_period (plain, "2024-01-01", "2024-01-07");
  plain_name = mt_export_suggest_name (plain, MT_EXPORT_JSON);
  g_assert_cmpstr (plain_name, ==, "Rating — Край - «Север-Юг» — 01.01–07.01.2024.json");
  g_clear_pointer (&demo_name, g_free);
  demo_name = mt_export_suggest_name (demo, MT_EXPORT_XLSX);
  g_assert_cmpstr (demo_name, ==, "Rating — Кировская область — 29.11–06.12.2023 (demo).xlsx");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_format_for_path (void)
{
  MtExportFormat format;

  g_assert_true (mt_export_format_for_path ("/tmp/Рейтинг.XLSX", &format));
  g_assert_cmpint (format, ==, MT_EXPORT_XLSX);
  g_assert_true (mt_export_format_for_path ("a.csv", &format));
  g_assert_cmpint (format, ==, MT_EXPORT_CSV);
  g_assert_true (mt_export_format_for_path ("a.json", &format));
  g_assert_cmpint (format, ==, MT_EXPORT_JSON);
  g_assert_false (mt_export_format_for_path ("a.xls", &format));
  g_assert_cmpstr (mt_export_extension (MT_EXPORT_CSV), ==, ".csv");
}

static void
test_sheet_names (void)
{
  g_autofree char *forbidden = mt_xlsx_sheet_name ("Итоги: [2023/24] *?\\");
  g_autofree char *long_name = mt_xlsx_sheet_name ("Рейтинг муниципальных образований Кировской области");
  g_autofree char *empty = mt_xlsx_sheet_name ("");
  g_autofree char *quoted = mt_xlsx_sheet_name ("'Лист'");
  g_autofree char *broken = mt_xlsx_sheet_name ("\xff\x01Лист");

  /* What Excel refuses in a sheet name is replaced, and at most 31
   * characters are kept; libxlsxwriter would refuse or misread the rest. */
  g_assert_cmpstr (forbidden, ==, "Итоги_ _2023_24_ ___");
  g_assert_cmpuint (g_utf8_strlen (long_name, -1), ==, 31);
  g_assert_true (g_str_has_prefix (long_name, "Рейтинг муниципальных"));
  g_assert_cmpstr (empty, ==, "Sheet");
  /* Excel refuses an apostrophe at either end. */
  g_assert_cmpstr (quoted, ==, "_Лист_");
  g_assert_true (g_utf8_validate (broken, -1, NULL));
}

/* The demo's latest week, rated with equal weights. */
static MtRating *
demo_rating (void)
{
  g_autoptr(MtDataset) demo = mt_demo_load (NULL, NULL);
  MtWeights weights = MT_WEIGHTS_INIT;

  return mt_rating_new (demo, NULL, &weights);
}

typedef struct
{
  GMainLoop *loop;
  gboolean ok;
  GError *error;
} Waiter;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->ok = mt_export_rating_finish (result, &waiter->error);
  g_main_loop_quit (waiter->loop);
}

static void
test_async (void)
{
  g_autoptr(MtRating) rating = demo_rating ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rating.xlsx", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *contents = NULL;
  Waiter waiter = { loop, FALSE, NULL };
  gsize length;

  /* Off the main thread, which keeps running. */
  mt_export_rating_async (rating, "Институт развития образования", MT_EXPORT_XLSX, target, NULL, exported_cb,
                          &waiter);
  g_main_loop_run (loop);
  g_assert_no_error (waiter.error);
  g_assert_true (waiter.ok);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 1000 && memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_cmpint (g_remove (path), ==, 0);

  /* Cancelled before it starts: nothing is written. */
  g_cancellable_cancel (cancelled);
  mt_export_rating_async (rating, NULL, MT_EXPORT_CSV, target, cancelled, exported_cb, &waiter);
  g_main_loop_run (loop);
  g_assert_error (waiter.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (waiter.ok);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&waiter.error);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A target that is a folder: the workbook is written beside it and not
 * renamed; the message is the real cause (the folder), not a descriptor
 * closed twice, and no temporary file is left. */
static void
test_target_is_a_folder (void)
{
  g_autoptr(MtRating) rating = demo_rating ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rating.xlsx", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (mt_export_rating (rating, NULL, MT_EXPORT_XLSX, target, &error));
  g_assert_error (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, g_strerror (EISDIR)));
  g_assert_null (strstr (error->message, g_strerror (EBADF)));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 1);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Sets @path's times an hour back. */
static void
make_old (const char *path)
{
  struct utimbuf hour_ago = { time (NULL) - 3600, time (NULL) - 3600 };

  g_assert_cmpint (g_utime (path, &hour_ago), ==, 0);
}

/* A save killed midway (kill -9) leaves its temporary file: the next
 * save of the target removes it once its process is gone and it is old,
 * and leaves a save still running alone; other files are never touched. */
static void
test_stale_temporaries (void)
{
  g_autoptr(MtRating) rating = demo_rating ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rating.csv", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  const char *argv[] = { "true", NULL };
  GPid gone = 0;
  g_autofree char *dead_name = NULL;
  g_autofree char *dead = NULL;
  g_autofree char *recent = NULL;
  g_autofree char *alive = NULL;
  g_autofree char *other = g_build_filename (dir, ".rating.csv.notes", NULL);
  g_autoptr(GError) error = NULL;

  /* A process that has ended: its number, for a while, no one's. */
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                NULL, &gone, NULL));
  waitpid (gone, NULL, 0);
  dead_name = g_strdup_printf (".rating.csv.%d.AbC123", (int) gone);
  dead = g_build_filename (dir, dead_name, NULL);
  recent = g_strdup_printf ("%s/.rating.csv.%d.QwE456", dir, (int) gone);
  alive = g_strdup_printf ("%s/.rating.csv.%d.XyZ789", dir, (int) getpid ());
  g_assert_true (g_file_set_contents (dead, "half", -1, NULL));
  g_assert_true (g_file_set_contents (alive, "running", -1, NULL));
  g_assert_true (g_file_set_contents (other, "mine", -1, NULL));
  g_assert_true (g_file_set_contents (recent, "another namespace's", -1, NULL));
  /* An hour old: long gone. The recent one may be a live save in another
   * PID namespace (a Flatpak sandbox), where the number means nothing. */
  make_old (dead);
  make_old (alive);
  make_old (other);

  g_assert_true (mt_export_rating (rating, NULL, MT_EXPORT_CSV, target, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (alive, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (recent, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_remove (recent), ==, 0);

  g_assert_cmpint (g_remove (alive), ==, 0);
  g_assert_cmpint (g_remove (other), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Mounts a tmpfs of @size bytes on @dir for this process alone, in a
 * mount namespace of its own (in a user namespace too when not root).
 * FALSE when the system allows neither. */
static gboolean
mount_small_disk (const char *dir,
                  const char *size)
{
  g_autofree char *options = g_strdup_printf ("size=%s", size);
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (geteuid () == 0)
    {
      if (unshare (CLONE_NEWNS) != 0)
        return FALSE;
    }
  else
    {
      g_autofree char *uid_map = g_strdup_printf ("%d %d 1", (int) uid, (int) uid);
      g_autofree char *gid_map = g_strdup_printf ("%d %d 1", (int) gid, (int) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
          !g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL) ||
          !g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL) ||
          !g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL))
        return FALSE;
    }
  return mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
         mount ("tmpfs", dir, "tmpfs", 0, options) == 0;
}

/* Whether mount_small_disk () works here: tried in a child process. */
static gboolean
can_mount_small_disk (const char *dir)
{
  int status = 0;
  pid_t child = fork ();

  if (child == 0)
    _exit (mount_small_disk (dir, "16k") ? 0 : 1);
  return child > 0 && waitpid (child, &status, 0) == child && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* A full disk: one message that names the cause, in the user's words,
 * and nothing else on standard error (libxlsxwriter printed "[ERROR]"
 * lines naming a temporary file, then "Zip generic error ZIP_ERRNO");
 * nothing is left on the disk. */
static void
test_full_disk (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(MtRating) rating = demo_rating ();
      const char *small = g_getenv ("MT_TEST_SMALL_DISK");
      g_autofree char *path = g_build_filename (small, "rating.xlsx", NULL);
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;

      g_assert_true (mount_small_disk (small, "16k"));
      g_assert_false (mt_export_rating (rating, NULL, MT_EXPORT_XLSX, target, &error));
      g_assert_error (error, MT_EXPORT_ERROR, MT_EXPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, g_strerror (ENOSPC)));
      g_assert_null (strstr (error->message, "ZIP"));
      listing = g_dir_open (small, 0, NULL);
      g_assert_null (g_dir_read_name (listing));
      g_print ("%s\n", error->message);
      return;
    }

  dir = g_dir_make_tmp ("metodist-full-XXXXXX", NULL);
  if (!can_mount_small_disk (dir))
    {
      g_assert_cmpint (g_rmdir (dir), ==, 0);
      g_test_skip ("neither root nor user namespaces here: no small disk to fill");
      return;
    }
  g_setenv ("MT_TEST_SMALL_DISK", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("MT_TEST_SMALL_DISK");
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Could not write*");
  g_test_trap_assert_stderr ("");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A target with a long name (as mt_export_suggest_name () makes for a
 * long region): its temporary file's name fits too (from review: a
 * 244-byte name failed with "File name too long"). */
static void
test_long_name (void)
{
  g_autoptr(MtRating) rating = demo_rating ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  while (name->len < 250 - strlen (".xlsx"))
    g_string_append (name, "ж");
  g_string_append (name, ".xlsx");
  g_assert_cmpuint (name->len, <=, 255);
  path = g_build_filename (dir, name->str, NULL);
  target = g_file_new_for_path (path);
  for (MtExportFormat format = MT_EXPORT_XLSX; format <= MT_EXPORT_JSON; format++)
    {
      g_assert_true (mt_export_rating (rating, NULL, format, target, &error));
      g_assert_no_error (error);
    }
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, name->str);
  g_assert_null (g_dir_read_name (listing));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A target that is a symbolic link: the file it names is replaced, the
 * link stays; a private file stays private (from review). */
static void
test_link_and_mode (void)
{
  g_autoptr(MtRating) rating = demo_rating ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-export-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf info;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  g_assert_true (mt_export_rating (rating, NULL, MT_EXPORT_CSV, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, !=, "old");
  g_assert_cmpint (g_stat (real, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_remove (link), ==, 0);
  g_assert_cmpint (g_remove (real), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/rating-export/suggested-names", test_suggested_names);
  g_test_add_func ("/metodist/rating-export/format-for-path", test_format_for_path);
  g_test_add_func ("/metodist/rating-export/sheet-names", test_sheet_names);
  g_test_add_func ("/metodist/rating-export/async", test_async);
  g_test_add_func ("/metodist/rating-export/target-is-a-folder", test_target_is_a_folder);
  g_test_add_func ("/metodist/rating-export/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/metodist/rating-export/full-disk", test_full_disk);
  g_test_add_func ("/metodist/rating-export/long-name", test_long_name);
  g_test_add_func ("/metodist/rating-export/link-and-mode", test_link_and_mode);

  return g_test_run ();
}
