/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-cards.c: the report cards: what each card says of its municipality
 * (with and without a previous period, organisation rows and kept
 * periods; unranked and kept out), each drawn within its A4 page, and
 * the batch written with safe, unique names, or cancelled with nothing
 * left */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mt-card-batch.h"
#include "mt-card-draw.h"
#include "mt-cards-writer.h"
#include "mt-catalog-reader.h"
#include "mt-demo.h"
#include "mt-monitoring-job.h"
#include "mt-monitoring-reader.h"
#include "test-folders.h"

static MtDataset *
dataset_from (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  MtDataset *dataset = mt_monitoring_read (bytes, NULL);

  g_assert_nonnull (dataset);
  return dataset;
}

/* The card of the municipality named @name. */
static MtCard *
card_of (MtCardBatch *batch,
         const char  *name)
{
  for (guint i = 0; i < mt_card_batch_get_n (batch); i++)
    {
      MtCard *card = mt_card_batch_make (batch, i);

      if (g_strcmp0 (card->name, name) == 0)
        return card;
      mt_card_free (card);
    }
  g_error ("no card of %s", name);
}

static void
test_demo (void)
{
  g_autoptr(MtDataset) week = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) previous = mt_demo_load_previous (week);
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) rating = mt_rating_new (week, previous, &weights);
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  MtCardTrends *trends = mt_card_trends_collect (NULL, week, NULL);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (rating, catalog, trends);
  const MtCardRegion *region = mt_card_batch_get_region (batch);
  g_autoptr(MtCard) card = card_of (batch, "Малмыжский");
  g_auto(GStrv) weeks = mt_demo_list_periods ();

  g_assert_cmpuint (mt_card_batch_get_n (batch), ==, 45);
  g_assert_cmpuint (region->n_ranked, ==, 45);
  g_assert_true (region->is_demo);
  g_assert_true (region->has_previous);
  g_assert_true (isfinite (region->median_teachers) && isfinite (region->median_students));
  g_assert_nonnull (region->best_teachers_name);
  g_assert_cmpstr (region->institution, ==, mt_catalog_get_organization (catalog));
  g_assert_true (g_str_has_suffix (region->code_url, "recommendations.pdf"));

  g_assert_cmpuint (card->rank, >, 0);
  g_assert_null (card->unranked_reason);
  g_assert_true (card->has_change);
  g_assert_true (card->teachers_share <= region->best_teachers);
  /* The demo's every week, oldest first. */
  g_assert_cmpuint (card->trend->len, ==, g_strv_length (weeks));
  for (guint i = 1; i < card->trend->len; i++)
    g_assert_cmpstr (g_array_index (card->trend, MtTrendPoint, i - 1).period_from, <,
                     g_array_index (card->trend, MtTrendPoint, i).period_from);
}

#define HEAD "{\"format\": \"metodist-monitoring\", \"version\": 1, \"region\": \"Область\", "
#define COUNTS(t, s) "\"teachers\": {\"total\": 10, \"active\": " #t "}, \"students\": {\"total\": 100, \"active\": " #s "}"

/* Organisations without activity, by name; a source without organisation
 * rows says so; no previous period, no move. */
static void
test_organizations (void)
{
  g_autoptr(MtDataset) with_rows = dataset_from (
    HEAD "\"period\": {\"from\": \"2023-11-29\", \"to\": \"2023-12-06\"}, \"municipalities\": ["
    "{\"id\": \"1\", \"name\": \"Первый\"}, {\"id\": \"2\", \"name\": \"Второй\", " COUNTS (5, 50) "}],"
    "\"organizations\": ["
    "{\"name\": \"Школа 1\", \"municipality\": \"1\", " COUNTS (3, 30) "},"
    "{\"name\": \"Школа 2\", \"municipality\": \"1\", " COUNTS (0, 30) "},"
    "{\"name\": \"Школа 3\", \"municipality\": \"Первый\", " COUNTS (0, 0) "}]}");
  g_autoptr(MtDataset) without_rows = dataset_from (
    HEAD "\"municipalities\": [{\"id\": \"1\", \"name\": \"Первый\", " COUNTS (5, 50) "}]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) rating = mt_rating_new (with_rows, NULL, &weights);
  g_autoptr(MtRating) plain = mt_rating_new (without_rows, NULL, &weights);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (rating, NULL, NULL);
  g_autoptr(MtCardBatch) plain_batch = mt_card_batch_new (plain, NULL, NULL);
  g_autoptr(MtCard) first = card_of (batch, "Первый");
  g_autoptr(MtCard) second = card_of (batch, "Второй");
  g_autoptr(MtCard) alone = card_of (plain_batch, "Первый");
  const MtCardOrganization *organization;

  g_assert_true (mt_card_batch_get_region (batch)->has_organization_rows);
  g_assert_false (mt_card_batch_get_region (batch)->has_previous);
  g_assert_false (first->has_change);
  g_assert_cmpuint (first->n_organizations, ==, 3);
  g_assert_cmpuint (first->inactive->len, ==, 2);
  organization = g_ptr_array_index (first->inactive, 0);
  g_assert_cmpstr (organization->name, ==, "Школа 2");
  g_assert_true (organization->no_teachers && !organization->no_students);
  organization = g_ptr_array_index (first->inactive, 1);
  g_assert_cmpstr (organization->name, ==, "Школа 3");
  g_assert_true (organization->no_teachers && organization->no_students);
  g_assert_cmpuint (second->n_organizations, ==, 0);
  /* No code and no institute without a catalog. */
  g_assert_null (mt_card_batch_get_region (batch)->code_url);

  g_assert_false (mt_card_batch_get_region (plain_batch)->has_organization_rows);
  g_assert_cmpuint (alone->inactive->len, ==, 0);
  /* Its kept periods: none, so the period itself alone makes no line. */
  g_assert_cmpuint (alone->trend->len, ==, 0);
}

/* Unranked (a total unknown) and kept out (more active than all): a card
 * each, saying why. */
static void
test_unranked (void)
{
  g_autoptr(MtDataset) dataset = dataset_from (
    HEAD "\"municipalities\": ["
    "{\"id\": \"1\", \"name\": \"Ранжирован\", " COUNTS (5, 50) "},"
    "{\"id\": \"2\", \"name\": \"Без итога\", \"teachers\": {\"active\": 5}, \"students\": {\"total\": 100, "
    "\"active\": 5}},"
    "{\"id\": \"3\", \"name\": \"Исключён\", " COUNTS (50, 5) "}]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) rating = mt_rating_new (dataset, NULL, &weights);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (rating, NULL, NULL);
  g_autoptr(MtCard) unscored = card_of (batch, "Без итога");
  g_autoptr(MtCard) kept_out = card_of (batch, "Исключён");

  g_assert_cmpuint (mt_card_batch_get_n (batch), ==, 3);
  g_assert_cmpuint (mt_card_batch_get_region (batch)->n_ranked, ==, 1);
  g_assert_cmpuint (unscored->rank, ==, 0);
  g_assert_nonnull (strstr (unscored->unranked_reason, "Not scored"));
  g_assert_cmpuint (kept_out->rank, ==, 0);
  g_assert_nonnull (strstr (kept_out->unranked_reason, "Kept out"));
}

/* The kept periods make each municipality's line, the one shown last. */
static void
test_history_trend (void)
{
  g_autofree char *directory = g_dir_make_tmp ("metodist-cards-history-XXXXXX", NULL);
  g_autoptr(MtHistory) history = mt_history_new (directory);
  const char *weeks[] = { "2023-11-15", "2023-11-22", "2023-11-29" };
  g_autoptr(MtDataset) shown = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(MtCardBatch) batch = NULL;
  g_autoptr(MtCard) card = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autofree char *text = g_strdup_printf (HEAD "\"period\": {\"from\": \"%s\", \"to\": \"%s\"}, "
                                               "\"municipalities\": [{\"id\": \"1\", \"name\": \"Первый\", "
                                               "\"teachers\": {\"total\": 10, \"active\": %u}, "
                                               "\"students\": {\"total\": 100, \"active\": 5}}]}",
                                               weeks[i], weeks[i], i + 1);
      g_autoptr(MtDataset) period = dataset_from (text);

      if (i + 1 < G_N_ELEMENTS (weeks))
        g_assert_true (mt_history_store (history, period, NULL));
      else
        shown = g_object_ref (period);
    }
  rating = mt_rating_new (shown, NULL, &weights);
  batch = mt_card_batch_new (rating, NULL, mt_card_trends_collect (history, shown, NULL));
  card = card_of (batch, "Первый");
  g_assert_cmpuint (card->trend->len, ==, 3);
  g_assert_cmpstr (g_array_index (card->trend, MtTrendPoint, 2).period_from, ==, "2023-11-29");
  g_assert_cmpfloat_with_epsilon (g_array_index (card->trend, MtTrendPoint, 0).teachers_share, 0.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (card->trend, MtTrendPoint, 2).teachers_share, 0.3, 1e-9);
  test_remove_folder (directory);
}

/* Every card within its page, its body above its foot: 300-character
 * names and region, 40 organisations without activity, a 257-character
 * address, a card not scored; nothing drawn past A4. */
static void
test_drawn_within_page (void)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new ("{\"format\": \"metodist-monitoring\", \"version\": 1, ");
  g_autoptr(GString) url = g_string_new ("https://example.org/");
  g_autoptr(GString) catalog_text = g_string_new (NULL);
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtCatalog) catalog = NULL;
  g_autoptr(GBytes) catalog_bytes = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(MtCardBatch) batch = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;
  int width = 700, height = 950;

  while (g_utf8_strlen (long_name->str, -1) < 300)
    g_string_append (long_name, "Муниципальное образование Длинноименный район ");
  while (url->len < 257)
    g_string_append_c (url, 'a');
  /* A long region, a long best municipality, one not scored. */
  g_string_append_printf (text, "\"region\": \"%s\", \"period\": {\"from\": \"2023-11-29\", \"to\": \"2023-12-06\"}, "
                          "\"municipalities\": [{\"id\": \"1\", \"name\": \"%s\"}, {\"id\": \"2\", \"name\": \"%s 2\", "
                          "\"teachers\": {\"active\": 5}, \"students\": {\"total\": 100, \"active\": 5}}], "
                          "\"organizations\": [",
                          long_name->str, long_name->str, long_name->str);
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text, "%s{\"name\": \"%s %u\", \"municipality\": \"1\", " COUNTS (0, 0) "}",
                            i > 0 ? ", " : "", long_name->str, i);
  g_string_append (text, "]}");
  dataset = dataset_from (text->str);
  rating = mt_rating_new (dataset, NULL, &weights);
  g_string_printf (catalog_text, "{\"format\": \"metodist-catalog\", \"version\": 1, \"organization\": \"%s\", "
                   "\"materials\": [{\"id\": \"r\", \"title\": \"%s\", \"kind\": \"recommendations\", "
                   "\"url\": \"%s\", \"qr\": true}]}", long_name->str, long_name->str, url->str);
  catalog_bytes = g_bytes_new (catalog_text->str, catalog_text->len);
  catalog = mt_catalog_load (catalog_bytes, NULL);
  g_assert_nonnull (catalog);
  batch = mt_card_batch_new (rating, catalog, NULL);

  for (guint i = 0; i < mt_card_batch_get_n (batch); i++)
    {
      g_autoptr(MtCard) card = mt_card_batch_make (batch, i);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);
      const guint8 *data;
      int stride;

      double bottom;

      g_assert_cmpuint (card->inactive->len, ==, i == 0 ? 40 : 0);
      bottom = mt_card_draw (card, cr);
      /* The body never runs into the foot (the code, the institute). */
      if (bottom > MT_CARD_FOOT_TOP)
        g_error ("card %u's body reaches %.0f pt, into the foot at %.0f", i, bottom, MT_CARD_FOOT_TOP);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          if ((x > MT_CARD_WIDTH + 1 || y > MT_CARD_HEIGHT + 1) && ((const guint32 *) (data + y * stride))[x] != 0)
            g_error ("drawn past the page at %d, %d", x, y);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
cancel_after_first (guint    done,
                    guint    total,
                    gpointer data)
{
  g_assert_cmpuint (done, ==, 1);
  g_cancellable_cancel (data);
}

/* Names alike once safe get " (2)"; a cancelled run leaves nothing. */
static void
test_write (void)
{
  g_autoptr(MtDataset) dataset = dataset_from (
    HEAD "\"period\": {\"from\": \"2023-11-29\", \"to\": \"2023-12-06\"}, \"municipalities\": ["
    "{\"id\": \"1\", \"name\": \"Район/А\", " COUNTS (5, 50) "},"
    "{\"id\": \"2\", \"name\": \"район-а\", " COUNTS (4, 50) "}]}");
  MtWeights weights = MT_WEIGHTS_INIT;
  g_autoptr(MtRating) rating = mt_rating_new (dataset, NULL, &weights);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (rating, NULL, NULL);
  g_autofree char *parent = g_dir_make_tmp ("metodist-cards-XXXXXX", NULL);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCardsWritten) written = mt_cards_write (batch, parent, TRUE, NULL, NULL, NULL, &error);
  g_autoptr(MtCardsWritten) none = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (written->n_cards, ==, 2);
  g_assert_true (g_str_has_suffix (written->folder, "2023-12-06"));
  g_assert_true (written->has_workbook);
  g_assert_cmpuint (test_count_folder (written->folder), ==, 4);
  /* "/" made "-": the second is alike in any case (as Windows' and USB
   * sticks' file systems compare), so numbered. */
  first = g_build_filename (written->folder, "Район-А.pdf", NULL);
  second = g_build_filename (written->folder, "район-а (2).pdf", NULL);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));

  /* Cancelled after the first card: what it wrote is removed. */
  none = mt_cards_write (batch, parent, TRUE, cancel_after_first, cancelled, cancelled, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Only the first run's folder. */
  g_assert_cmpuint (test_count_folder (parent), ==, 1);

  test_remove_folder (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/cards/demo", test_demo);
  g_test_add_func ("/metodist/cards/organizations", test_organizations);
  g_test_add_func ("/metodist/cards/unranked", test_unranked);
  g_test_add_func ("/metodist/cards/history-trend", test_history_trend);
  g_test_add_func ("/metodist/cards/drawn-within-page", test_drawn_within_page);
  g_test_add_func ("/metodist/cards/write", test_write);

  return g_test_run ();
}
