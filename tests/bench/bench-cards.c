/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-cards.c: the report cards: the region's 45 (the demo) and a
 * country's 2,330 (40,000 organisations) written as a PDF each and one of
 * all, beside a peer in the same run: the demo's deck to PDF (cairo and
 * Pango to PDF too). Memory: the peak a run adds over what was resident
 * before it (VmHWM reset through /proc/self/clear_refs), for 45 cards and
 * for 2,330: streamed, it does not grow with the count.
 *
 *   meson test -C _build --benchmark --verbose cards
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "bench-common.h"
#include "mt-card-batch.h"
#include "mt-cards-writer.h"
#include "mt-catalog-reader.h"
#include "mt-deck-pdf.h"
#include "mt-demo.h"
#include "mt-monitoring-reader.h"
#include "../test-folders.h"

static MtCatalog *catalog;
static MtRating *demo;
static MtRating *national;
static gboolean with_workbook;

static void
write_cards (MtRating   *rating,
             const char *parent)
{
  MtCardTrends *trends = mt_card_trends_collect (NULL, mt_rating_get_dataset (rating), NULL);
  g_autoptr(MtCardBatch) batch = mt_card_batch_new (rating, catalog, trends);
  g_autoptr(MtCardsWritten) written = mt_cards_write (batch, parent, with_workbook, NULL, NULL, NULL, NULL);

  g_assert_nonnull (written);
  test_remove_folder (written->folder);
}

static void
demo_cards (const char *parent)
{
  write_cards (demo, parent);
}

static void
national_cards (const char *parent)
{
  write_cards (national, parent);
}

static void
demo_deck (const char *parent)
{
  g_autofree char *path = g_build_filename (parent, "deck.pdf", NULL);
  MtDeckInput input = { catalog, demo, NULL, NULL };
  g_autoptr(MtDeck) deck = NULL;

  g_date_clear (&input.today, 1);
  g_date_set_dmy (&input.today, 7, G_DATE_DECEMBER, 2023);
  deck = mt_deck_new (&input);
  g_assert_true (mt_deck_write_pdf (deck, path, NULL));
  g_remove (path);
}

/* The resident memory now, in MiB. */
static double
resident_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

/* The peak @run adds over what was resident before it, in MiB. */
static double
added_peak_mib (void        (*run) (const char *path),
                const char   *parent)
{
  double before;

  FILE *clear = fopen ("/proc/self/clear_refs", "w");

  /* "5" resets the peak to what is resident now (Linux 4.0); written in
   * place (g_file_set_contents () would rename a file over it). */
  if (clear == NULL)
    return -1;
  fputs ("5", clear);
  if (fclose (clear) != 0)
    return -1;
  before = resident_mib ();
  run (parent);
  return peak_memory_mib () - before;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *parent = g_dir_make_tmp ("metodist-bench-cards-XXXXXX", NULL);
  g_autoptr(MtDataset) week = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) previous = mt_demo_load_previous (week);
  g_autoptr(GString) document = make_national_document ();
  g_autoptr(GBytes) bytes = g_bytes_new (document->str, document->len);
  g_autoptr(MtDataset) country = mt_monitoring_read (bytes, NULL);
  MtWeights weights = MT_WEIGHTS_INIT;
  double demo_ms, deck_ms, national_ms, workbook_ms, demo_peak, national_peak, workbook_peak;

  catalog = mt_catalog_load_demo ();
  demo = mt_rating_new (week, previous, &weights);
  national = mt_rating_new (country, country, &weights);

  /* Memory first, the small run before the large: what the large one
   * adds is what 2,285 more cards need beyond 45 (freed memory is reused). */
  demo_peak = added_peak_mib (demo_cards, parent);
  national_peak = added_peak_mib (national_cards, parent);
  with_workbook = TRUE;
  workbook_peak = added_peak_mib (national_cards, parent);
  with_workbook = FALSE;
  demo_ms = median_of_runs (demo_cards, parent, 7);
  deck_ms = median_of_runs (demo_deck, parent, 7);
  national_ms = median_of_runs (national_cards, parent, 3);
  with_workbook = TRUE;
  workbook_ms = median_of_runs (national_cards, parent, 3);
  with_workbook = FALSE;

  g_print ("medians (7 runs; the country's 3):\n");
  g_print ("  the region's 45 cards (45 PDFs and one of all)   %9.1f ms\n", demo_ms);
  g_print ("  peer: the demo's deck to PDF (16 slides)         %9.1f ms  (cards/deck %.2f)\n", deck_ms,
           demo_ms / deck_ms);
  g_print ("  a country's 2,330 cards                          %9.1f ms  (%.2f ms a card; 45 cards: %.2f)\n",
           national_ms, national_ms / 2330, demo_ms / 45);
  g_print ("  the same with the workbook (2,330 sheets)        %9.1f ms\n", workbook_ms);
  g_print ("peak memory a run adds (the 45 first, then the 2,330 beyond them):\n");
  g_print ("  45 cards     %6.1f MiB\n", demo_peak);
  g_print ("  2,330 cards  %6.1f MiB more\n", national_peak);
  g_print ("  2,330 cards and their workbook  %6.1f MiB more\n", workbook_peak);

  test_remove_folder (parent);
  g_object_unref (demo);
  g_object_unref (national);
  g_object_unref (catalog);
  return 0;
}
