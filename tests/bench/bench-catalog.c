/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-catalog.c: what the catalog editor asks of the core on a catalog
 * far larger than a meeting's (1,000 materials, 100 events of 3 stages):
 * reading it with every guard, writing it, checking it before saving, and
 * keeping it as a draft, each beside a plain peer in the same run
 * (json-glib parsing and generating the same document, GLib writing the
 * same bytes).
 *
 *   meson test -C _build --benchmark --verbose
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bench-common.h"
#include "mt-catalog-check.h"
#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"

#define MATERIALS 1000
#define EVENTS 100
#define RUNS 21

static GString *
make_catalog (void)
{
  GString *json = g_string_new ("{\"format\": \"metodist-catalog\", \"version\": 1, \"title\": \"Большой каталог\", "
                                "\"meeting\": {\"title\": \"Совещание\", \"date\": \"2023-12-07\"}, \"materials\": [");

  for (guint i = 0; i < MATERIALS; i++)
    g_string_append_printf (json, "%s{\"id\": \"m%u\", \"title\": \"Материал %u\", \"kind\": \"instruction\", "
                            "\"url\": \"https://example.org/m/%u.pdf\", \"description\": \"Описание материала %u\", "
                            "\"updated\": \"2023-12-06\", \"size\": %u, \"qr\": %s}",
                            i > 0 ? ", " : "", i, i, i, i, 1000 + i, i % 10 == 0 ? "true" : "false");
  g_string_append (json, "], \"events\": [");
  for (guint i = 0; i < EVENTS; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"title\": \"Мероприятие %u\", \"stages\": ["
                            "{\"title\": \"Заявки\", \"from\": \"2023-12-01\", \"to\": \"2024-01-21\"}, "
                            "{\"title\": \"Жюри\", \"from\": \"2024-01-22\", \"to\": \"2024-01-28\"}, "
                            "{\"title\": \"Итоги\", \"to\": \"2024-01-31\"}], "
                            "\"nominations\": [\"Первая\", \"Вторая\"], "
                            "\"links\": [{\"title\": \"Положение\", \"url\": \"https://example.org/e/%u.pdf\"}]}",
                            i > 0 ? ", " : "", i, i, i);
  g_string_append (json, "]}");
  return json;
}

typedef void (*Work) (gpointer data);

static double
time_work (Work     work,
           gpointer data)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      work (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return median (times);
}

typedef struct
{
  GBytes *bytes;
  MtCatalog *catalog;
  JsonNode *tree;
  char *path;
  char *peer_path;
  char *json;
} Bench;

static void
load_work (gpointer data)
{
  Bench *bench = data;
  g_autoptr(MtCatalog) catalog = mt_catalog_load (bench->bytes, NULL);

  g_assert_nonnull (catalog);
}

static void
parse_work (gpointer data)
{
  Bench *bench = data;
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bench->bytes, NULL),
                                             g_bytes_get_size (bench->bytes), NULL));
}

static void
write_work (gpointer data)
{
  g_free (mt_catalog_to_json (((Bench *) data)->catalog));
}

static void
generate_work (gpointer data)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, ((Bench *) data)->tree);
  json_generator_set_pretty (generator, TRUE);
  g_free (json_generator_to_data (generator, NULL));
}

static void
check_work (gpointer data)
{
  char *problem = mt_catalog_save_problem (((Bench *) data)->catalog);

  g_assert_null (problem);
}

static void
save_work (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GFile) file = g_file_new_for_path (bench->path);

  g_assert_true (mt_catalog_save (bench->catalog, file, NULL));
}

static void
raw_write_work (gpointer data)
{
  Bench *bench = data;

  g_assert_true (g_file_set_contents_full (bench->peer_path, bench->json, -1,
                                           G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) document = make_catalog ();
  g_autofree char *dir = g_dir_make_tmp ("metodist-bench-catalog-XXXXXX", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  Bench bench = { 0 };
  double load_ms, parse_ms, write_ms, generate_ms, check_ms, save_ms, raw_ms;

  bench.bytes = g_bytes_new (document->str, document->len);
  bench.catalog = mt_catalog_load (bench.bytes, NULL);
  g_assert_nonnull (bench.catalog);
  g_assert_cmpuint (mt_catalog_get_problems (bench.catalog)->len, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, document->str, document->len, NULL));
  bench.tree = json_parser_get_root (parser);
  bench.path = g_build_filename (dir, "catalog.json", NULL);
  bench.peer_path = g_build_filename (dir, "peer.json", NULL);
  bench.json = mt_catalog_to_json (bench.catalog);

  load_ms = time_work (load_work, &bench);
  parse_ms = time_work (parse_work, &bench);
  write_ms = time_work (write_work, &bench);
  generate_ms = time_work (generate_work, &bench);
  check_ms = time_work (check_work, &bench);
  save_ms = time_work (save_work, &bench);
  raw_ms = time_work (raw_write_work, &bench);

  g_print ("Catalog of %u materials and %u events (%.0f KB), medians of %u runs:\n", MATERIALS, EVENTS,
           document->len / 1024.0, RUNS);
  g_print ("  read with every guard (mt_catalog_load): %.2f ms; json-glib parsing alone: %.2f ms (%.1fx)\n",
           load_ms, parse_ms, load_ms / parse_ms);
  g_print ("  written (mt_catalog_to_json): %.2f ms; json-glib generating the parsed tree: %.2f ms (%.1fx)\n",
           write_ms, generate_ms, write_ms / generate_ms);
  g_print ("  checked before saving (mt_catalog_save_problem): %.2f ms\n", check_ms);
  g_print ("  saved whole (mt_catalog_save): %.2f ms; GLib writing the same bytes durably: %.2f ms (%.1fx)\n",
           save_ms, raw_ms, save_ms / raw_ms);

  g_unlink (bench.path);
  g_unlink (bench.peer_path);
  g_rmdir (dir);
  g_free (bench.path);
  g_free (bench.peer_path);
  g_free (bench.json);
  g_object_unref (bench.catalog);
  g_bytes_unref (bench.bytes);
  return 0;
}
