/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-deck.c: the meeting's deck: made from the demo catalog and rating
 * (about 15 slides) and written as a PDF, beside a peer in the same run:
 * the catalog's handout (cairo and Pango to PDF too, 6 codes to an A4
 * page); and a national rating's deck (2,330 municipalities: its top and
 * the ones to stand out), and one slide drawn at 1920×1080 as the window
 * draws it.
 *
 *   meson test -C _build --benchmark --verbose
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <glib/gstdio.h>

#include "bench-common.h"
#include "mt-catalog-reader.h"
#include "mt-deck-pdf.h"
#include "mt-demo.h"
#include "mt-handout.h"
#include "mt-monitoring-reader.h"
#include "mt-slide-draw.h"

#define RUNS 21

static MtCatalog *catalog;
static MtRating *demo;
static MtRating *national;

static MtDeck *
deck_of (MtRating *rating)
{
  MtDeckInput input = { catalog, rating, NULL, (const char *const[]) { "Арбажский", NULL } };

  g_date_clear (&input.today, 1);
  g_date_set_dmy (&input.today, 7, G_DATE_DECEMBER, 2023);
  return mt_deck_new (&input);
}

static void
demo_pdf (const char *path)
{
  g_autoptr(MtDeck) deck = deck_of (demo);

  g_assert_true (mt_deck_write_pdf (deck, path, NULL));
}

static void
national_pdf (const char *path)
{
  g_autoptr(MtDeck) deck = deck_of (national);

  g_assert_true (mt_deck_write_pdf (deck, path, NULL));
}

static void
handout_pdf (const char *path)
{
  g_autoptr(GPtrArray) materials = mt_handout_materials (catalog);

  g_assert_true (mt_handout_write (catalog, materials, path, NULL));
}

/* One slide as the window draws it: the rating's first, at 1080p. */
static void
draw_slide (const char *path)
{
  g_autoptr(MtDeck) deck = deck_of (demo);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  MtSlideFrame frame = { 1, mt_deck_get_n_slides (deck), TRUE };
  guint rating = 0;

  while (mt_deck_get_slide (deck, rating)->kind != MT_SLIDE_RATING)
    rating++;
  mt_slide_draw (mt_deck_get_slide (deck, rating), &frame, cr, 1920, 1080);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("metodist-bench-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(MtDataset) week = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) previous = mt_demo_load_previous (week);
  g_autoptr(GString) document = make_national_document ();
  g_autoptr(GBytes) bytes = g_bytes_new (document->str, document->len);
  g_autoptr(MtDataset) country = mt_monitoring_read (bytes, NULL);
  MtWeights weights = MT_WEIGHTS_INIT;
  double deck_ms, handout_ms, national_ms, slide_ms;

  catalog = mt_catalog_load_demo ();
  demo = mt_rating_new (week, previous, &weights);
  national = mt_rating_new (country, country, &weights);
  {
    g_autoptr(MtDeck) deck = deck_of (demo);
    g_autoptr(MtDeck) big = deck_of (national);

    g_print ("demo deck: %u slides; national deck: %u slides\n", mt_deck_get_n_slides (deck),
             mt_deck_get_n_slides (big));
  }

  deck_ms = median_of_runs (demo_pdf, path, RUNS);
  handout_ms = median_of_runs (handout_pdf, path, RUNS);
  national_ms = median_of_runs (national_pdf, path, RUNS);
  slide_ms = median_of_runs (draw_slide, path, RUNS);

  g_print ("median of %d runs:\n", RUNS);
  g_print ("  demo deck to PDF (made and written)   %8.1f ms\n", deck_ms);
  g_print ("  peer: the catalog's handout to PDF    %8.1f ms  (deck/handout %.2f)\n", handout_ms,
           deck_ms / handout_ms);
  g_print ("  national deck to PDF                  %8.1f ms\n", national_ms);
  g_print ("  one rating slide drawn at 1920x1080   %8.1f ms\n", slide_ms);

  g_remove (path);
  g_rmdir (dir);
  g_object_unref (demo);
  g_object_unref (national);
  g_object_unref (catalog);
  return 0;
}
