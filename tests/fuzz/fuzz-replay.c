/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-replay.c: runs a fuzz target without libFuzzer: over the files
 * given (a corpus, crashes found before), and over mutations of each
 * made from a fixed seed (bits flipped, bytes cut, copied, put in), so
 * that the test suite, and its sanitizer build, try hostile inputs on
 * every run. libFuzzer itself (clang -fsanitize=fuzzer) explores far
 * more; see tests/fuzz/README.md.
 *
 *   fuzz-replay [--mutations N] FILE|FOLDER...
 *
 * A folder stands for the files in it, in name order (a target's corpus).
 */
#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* One mutation of @data, as libFuzzer's simplest ones. */
static GByteArray *
mutate (GBytes *data,
        GRand  *rand)
{
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  GByteArray *copy = g_byte_array_sized_new (size + 16);
  guint changes = g_rand_int_range (rand, 1, 9);

  g_byte_array_append (copy, bytes, size);
  for (guint i = 0; i < changes && copy->len > 0; i++)
    {
      guint at = g_rand_int_range (rand, 0, copy->len);

      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:  /* a bit flipped */
          copy->data[at] ^= 1 << g_rand_int_range (rand, 0, 8);
          break;
        case 1:  /* a byte made extreme */
          copy->data[at] = g_rand_boolean (rand) ? 0xFF : 0x00;
          break;
        case 2:  /* cut short */
          g_byte_array_set_size (copy, at);
          break;
        case 3:  /* a run of bytes removed */
          {
            guint length = g_rand_int_range (rand, 1, 64);

            g_byte_array_remove_range (copy, at, MIN (length, copy->len - at));
          }
          break;
        default:  /* a run of bytes from elsewhere put in */
          {
            guint from = g_rand_int_range (rand, 0, copy->len);
            guint wanted = g_rand_int_range (rand, 1, 32);
            guint length = MIN (wanted, copy->len - from);
            g_autofree guint8 *run = g_memdup2 (copy->data + from, length);

            g_array_insert_vals ((GArray *) copy, at, run, length);
          }
          break;
        }
    }
  return copy;
}

/* What the target's libraries say of a damaged file is not a failure:
 * libgsf's criticals (which mt-workbook.c quiets), and GLib's critical
 * when libgsf 1.14.50 frees the date it could not make of a zip member's
 * damaged time. Anything else logged as a warning or worse is, as under
 * G_DEBUG=fatal-warnings. */
static void
fatal_unless_libgsf (const char     *domain,
                     GLogLevelFlags  level,
                     const char     *message,
                     gpointer        data)
{
  gboolean libgsf = domain != NULL && g_str_has_prefix (domain, "libgsf");
  gboolean libgsf_date = g_strcmp0 (domain, "GLib") == 0 &&
                         g_str_equal (message, "g_date_time_unref: assertion 'datetime != NULL' failed");

  if (libgsf_date)
    return;
  g_log_default_handler (domain, level, message, data);
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0 && !libgsf)
    abort ();
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* @path itself, or the files in it when it is a folder, sorted. */
static gboolean
add_files (const char  *path,
           GPtrArray   *files,
           GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }
  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  if (names->len == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: an empty corpus", path);
      return FALSE;
    }
  g_ptr_array_extend_and_steal (files, g_steal_pointer (&names));
  return TRUE;
}

/* The target over one file, then over @mutations of it. */
static gboolean
replay (const char  *path,
        guint        mutations,
        GError     **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *name = g_path_get_basename (path);
  /* Seeded by the file's name, so that a failure repeats anywhere. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_str_hash (name) ^ 20231206);
  char *contents = NULL;
  gsize size = 0;

  if (!g_file_get_contents (path, &contents, &size, error))
    return FALSE;
  data = g_bytes_new_take (contents, size);
  LLVMFuzzerTestOneInput (g_bytes_get_data (data, NULL), size);
  for (guint m = 0; m < mutations; m++)
    {
      g_autoptr(GByteArray) mutated = mutate (data, rand);

      LLVMFuzzerTestOneInput (mutated->data, mutated->len);
    }
  g_print ("%s: itself and %u mutations\n", path, mutations);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint mutations = 0;
  int first = 1;

  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_default_handler (fatal_unless_libgsf, NULL);

  if (argc > 2 && g_str_equal (argv[1], "--mutations"))
    {
      mutations = (guint) g_ascii_strtoull (argv[2], NULL, 10);
      first = 3;
    }
  for (int i = first; i < argc; i++)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;

      if (!add_files (argv[i], files, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      for (guint f = 0; f < files->len; f++)
        if (!replay (g_ptr_array_index (files, f), mutations, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
    }
  return 0;
}
