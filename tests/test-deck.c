/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-deck.c: the meeting's deck: which slides the catalog and the
 * rating make, and that each is drawn within the slide at every shape */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "mt-catalog-reader.h"
#include "mt-deck-pdf.h"
#include "mt-deck.h"
#include "mt-demo.h"
#include "mt-monitoring-reader.h"
#include "mt-slide-draw.h"

#define CATALOG_HEAD "{\"format\": \"metodist-catalog\", \"version\": 1, "

static MtCatalog *
catalog_from (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  MtCatalog *catalog = mt_catalog_load (bytes, &error);

  g_assert_no_error (error);
  return catalog;
}

static MtRating *
demo_rating (gboolean with_previous)
{
  g_autoptr(MtDataset) week = mt_demo_load (NULL, NULL);
  g_autoptr(MtDataset) previous = with_previous ? mt_demo_load_previous (week) : NULL;
  MtWeights weights = MT_WEIGHTS_INIT;

  return mt_rating_new (week, previous, &weights);
}

static MtDeck *
make_deck (MtCatalog         *catalog,
           MtRating          *rating,
           GArray            *sections,
           const char *const *focus)
{
  MtDeckInput input = { catalog, rating, sections, focus };

  g_date_clear (&input.today, 1);
  g_date_set_dmy (&input.today, 7, G_DATE_DECEMBER, 2023);
  return mt_deck_new (&input);
}

static guint
count_kind (MtDeck      *deck,
            MtSlideKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
    count += mt_deck_get_slide (deck, i)->kind == kind;
  return count;
}

/* The demo meeting: every part, in the institute's order, labelled demo. */
static void
test_demo_deck (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(MtRating) rating = demo_rating (TRUE);
  const char *focus[] = { "Арбажский", "33701000", NULL };
  g_autoptr(MtDeck) deck = make_deck (catalog, rating, NULL, focus);
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  guint ranked = 0, last_rank = 0, focused = 0;
  MtSlide *first = mt_deck_get_slide (deck, 0);
  MtSlide *last = mt_deck_get_slide (deck, mt_deck_get_n_slides (deck) - 1);

  g_assert_true (mt_deck_get_is_demo (deck));
  for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
    g_assert_true (mt_deck_get_slide (deck, i)->is_demo);
  g_assert_cmpuint (mt_deck_get_n_slides (deck), >=, 12);
  g_assert_cmpuint (mt_deck_get_n_slides (deck), <=, 20);
  g_assert_cmpint (first->kind, ==, MT_SLIDE_TITLE);
  g_assert_cmpstr (first->title, ==, mt_catalog_get_meeting_title (catalog));
  g_assert_cmpint (last->kind, ==, MT_SLIDE_CLOSING);
  /* The closing code opens the methodological recommendations. */
  g_assert_cmpuint (last->codes->len, ==, 1);
  g_assert_true (g_str_has_suffix (mt_qr_code_get_text (((MtSlideCode *) g_ptr_array_index (last->codes, 0))->code),
                                   "recommendations.pdf"));

  for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
    {
      MtSlide *slide = mt_deck_get_slide (deck, i);

      /* Keys are unique: the presenter finds its slide by them. */
      g_assert_false (g_hash_table_contains (keys, slide->key));
      g_hash_table_add (keys, slide->key);
      if (slide->kind != MT_SLIDE_RATING)
        continue;
      g_assert_cmpuint (slide->rows->len, <=, MT_DECK_RATING_ROWS);
      for (guint r = 0; r < slide->rows->len; r++)
        {
          const MtSlideRow *row = &g_array_index (slide->rows, MtSlideRow, r);

          g_assert_cmpuint (row->rank, >=, last_rank);
          last_rank = row->rank;
          ranked++;
          focused += row->focus;
        }
    }
  /* Every ranked municipality of the demo's 45, once, both focused ones. */
  g_assert_cmpuint (ranked, ==, 45);
  g_assert_cmpuint (focused, ==, 2);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_RATING), ==, (45 + MT_DECK_RATING_ROWS - 1) / MT_DECK_RATING_ROWS);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_CHART), ==, 1);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_MOVERS), ==, 1);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_NOTICE), ==, 1);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_EVENT), ==, 2);
  /* The recommendations are marked for the hall, and the closing slide's
   * code: shown there, not twice. */
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_CODE), ==, 0);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_CLOSING), ==, 1);
  {
    g_autoptr(GArray) no_closing = mt_deck_sections_parse ("materials", NULL);
    g_autoptr(MtDeck) materials_only = make_deck (catalog, rating, no_closing, NULL);

    /* Without the closing slide, a code of their own. */
    g_assert_cmpuint (count_kind (materials_only, MT_SLIDE_CODE), ==, 1);
  }
}

/* Rises first, the biggest first; then falls, the biggest first. */
static void
test_movers (void)
{
  g_autoptr(MtRating) rating = demo_rating (TRUE);
  g_autoptr(GArray) sections = mt_deck_sections_parse ("movers", NULL);
  g_autoptr(MtDeck) deck = make_deck (NULL, rating, sections, NULL);
  MtSlide *slide = mt_deck_get_slide (deck, 0);
  gboolean falling = FALSE;
  int previous = G_MAXINT;

  g_assert_cmpuint (mt_deck_get_n_slides (deck), ==, 1);
  g_assert_cmpuint (slide->rows->len, >, 0);
  g_assert_cmpuint (slide->rows->len, <=, 2 * MT_DECK_MOVERS);
  for (guint i = 0; i < slide->rows->len; i++)
    {
      const MtSlideRow *row = &g_array_index (slide->rows, MtSlideRow, i);

      g_assert_true (row->has_change);
      g_assert_cmpint (row->change, !=, 0);
      if (row->change < 0 && !falling)
        {
          falling = TRUE;
          previous = G_MININT;
        }
      if (!falling)
        g_assert_cmpint (row->change, <=, previous);
      else
        {
          g_assert_cmpint (row->change, <, 0);
          g_assert_cmpint (-row->change, <=, previous == G_MININT ? G_MAXINT : -previous);
        }
      previous = row->change;
    }
}

/* What is missing makes no slide: no notices, no events, no previous
 * period (no movers), no rating at all; an order from the catalog. */
static void
test_parts_missing (void)
{
  g_autoptr(MtCatalog) bare = catalog_from (CATALOG_HEAD "\"meeting\": {\"title\": \"Совещание\"},"
                                            "\"deck\": {\"slides\": [\"closing\", \"movers\", \"rating\", \"notices\","
                                            " \"events\", \"title\"]}}");
  g_autoptr(MtRating) alone = demo_rating (FALSE);
  g_autoptr(MtDeck) deck = make_deck (bare, alone, NULL, NULL);
  g_autoptr(MtDeck) no_rating = make_deck (bare, NULL, NULL, NULL);
  g_autoptr(MtDeck) nothing = make_deck (NULL, NULL, NULL, NULL);

  /* The catalog's order: closing, (no movers), rating…, (no notices,
   * no events), title. */
  g_assert_cmpint (mt_deck_get_slide (deck, 0)->kind, ==, MT_SLIDE_CLOSING);
  g_assert_cmpint (mt_deck_get_slide (deck, 1)->kind, ==, MT_SLIDE_RATING);
  g_assert_cmpint (mt_deck_get_slide (deck, mt_deck_get_n_slides (deck) - 1)->kind, ==, MT_SLIDE_TITLE);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_MOVERS), ==, 0);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_NOTICE), ==, 0);
  g_assert_cmpuint (count_kind (deck, MT_SLIDE_EVENT), ==, 0);
  /* No material for the closing code: thanks, without one. */
  g_assert_cmpuint (mt_deck_get_slide (deck, 0)->codes->len, ==, 0);

  g_assert_cmpuint (mt_deck_get_n_slides (no_rating), ==, 2);
  g_assert_cmpuint (count_kind (no_rating, MT_SLIDE_RATING), ==, 0);

  /* Nothing at all: still a title and a closing slide to show. */
  g_assert_cmpuint (count_kind (nothing, MT_SLIDE_TITLE), ==, 1);
  g_assert_cmpuint (count_kind (nothing, MT_SLIDE_CLOSING), ==, 1);
  g_assert_false (mt_deck_get_is_demo (nothing));
}

/* The events' timelines count from the day given. */
static void
test_event_timeline (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(GArray) sections = mt_deck_sections_parse ("events", NULL);
  g_autoptr(MtDeck) deck = make_deck (catalog, NULL, sections, NULL);
  MtSlide *contest = mt_deck_get_slide (deck, 0);
  const MtSlideStage *first = &g_array_index (contest->stages, MtSlideStage, 0);
  const MtSlideStage *second = &g_array_index (contest->stages, MtSlideStage, 1);

  g_assert_cmpint (contest->kind, ==, MT_SLIDE_EVENT);
  g_assert_cmpstr (contest->key, ==, "event:contest");
  g_assert_cmpuint (contest->items->len, ==, 6);
  /* 07.12.2023: in the first stage (to 21.01.2024), 46 days with the
   * last one (the Events page's count). */
  g_assert_cmpint (first->state, ==, MT_STAGE_CURRENT);
  g_assert_cmpint (first->days_left, ==, 46);
  g_assert_cmpint (second->state, ==, MT_STAGE_FUTURE);
  /* Its two links as codes, side by side on one slide. */
  g_assert_cmpint (mt_deck_get_slide (deck, 1)->kind, ==, MT_SLIDE_LINKS);
  g_assert_cmpuint (mt_deck_get_slide (deck, 1)->codes->len, ==, 2);
}

/* A deck made again from new data: the presenter stays on its slide. */
static void
test_find_slide (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(MtRating) rating = demo_rating (TRUE);
  g_autoptr(MtDeck) deck = make_deck (catalog, rating, NULL, NULL);
  g_autoptr(GArray) fewer = mt_deck_sections_parse ("title, chart, closing", NULL);
  g_autoptr(MtDeck) shorter = make_deck (catalog, rating, fewer, NULL);
  guint chart = 0;

  while (mt_deck_get_slide (deck, chart)->kind != MT_SLIDE_CHART)
    chart++;
  g_assert_cmpuint (mt_deck_find_slide (deck, "chart", 0), ==, chart);
  g_assert_cmpuint (mt_deck_find_slide (shorter, "chart", chart), ==, 1);
  /* Gone: the same place, or the last slide. */
  g_assert_cmpuint (mt_deck_find_slide (shorter, "rating:3", 1), ==, 1);
  g_assert_cmpuint (mt_deck_find_slide (shorter, "rating:3", 40), ==, 2);
}

/* A country's table: the top places, then only those to stand out, with
 * their places; what is left out is said. */
static void
test_rating_top (void)
{
  g_autoptr(GString) document = g_string_new ("{\"format\": \"metodist-monitoring\", \"version\": 1, "
                                              "\"municipalities\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(GArray) sections = mt_deck_sections_parse ("rating", NULL);
  g_autoptr(MtDeck) deck = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;
  guint rows = 0;
  MtSlide *last;
  const MtSlideRow *focused;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (document, "%s{\"id\": \"%u\", \"name\": \"М%03u\", \"teachers\": {\"total\": 1000, "
                            "\"active\": %u}, \"students\": {\"total\": 1000, \"active\": %u}}",
                            i > 0 ? ", " : "", i, i, 1000 - i, 1000 - i);
  g_string_append (document, "]}");
  bytes = g_bytes_new (document->str, document->len);
  dataset = mt_monitoring_read (bytes, NULL);
  rating = mt_rating_new (dataset, NULL, &weights);
  deck = make_deck (NULL, rating, sections, (const char *const[]) { "М090", NULL });

  for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
    rows += mt_deck_get_slide (deck, i)->rows->len;
  g_assert_cmpuint (rows, ==, MT_DECK_RATING_TOP + 1);
  last = mt_deck_get_slide (deck, mt_deck_get_n_slides (deck) - 1);
  focused = &g_array_index (last->rows, MtSlideRow, last->rows->len - 1);
  g_assert_cmpstr (focused->name, ==, "М090");
  g_assert_cmpuint (focused->rank, ==, 91);
  g_assert_true (focused->focus);
  g_assert_nonnull (strstr (last->body, "51"));
}

/* --slides: names in order; an unknown or repeated one refused. */
/* Names as people write them find their municipality: a town with or
 * without "г." / "г.о.", a district with or without "район", any case,
 * "е" for "ё"; a misspelt one is told, not matched. */
static void
test_focus_names (void)
{
  g_autoptr(MtRating) rating = demo_rating (FALSE);
  const char *const focus[] = { "г. Киров", "МАЛМЫЖСКИЙ РАЙОН", "фаленский", "Уржумскй", NULL };
  g_autoptr(GArray) sections = mt_deck_sections_parse ("rating", NULL);
  g_autoptr(MtDeck) deck = make_deck (NULL, rating, sections, focus);
  g_auto(GStrv) unknown = mt_deck_focus_unknown (rating, focus);
  g_autoptr(GHashTable) marked = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
    {
      MtSlide *slide = mt_deck_get_slide (deck, i);

      for (guint r = 0; r < slide->rows->len; r++)
        if (g_array_index (slide->rows, MtSlideRow, r).focus)
          g_hash_table_add (marked, g_array_index (slide->rows, MtSlideRow, r).name);
    }
  g_assert_true (g_hash_table_contains (marked, "г.о. Киров"));
  g_assert_true (g_hash_table_contains (marked, "Малмыжский"));
  g_assert_true (g_hash_table_contains (marked, "Фалёнский"));
  g_assert_cmpuint (g_hash_table_size (marked), ==, 3);
  g_assert_nonnull (unknown);
  g_assert_cmpstrv (unknown, ((const char *const[]) { "Уржумскй", NULL }));
}

static void
test_sections_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sections = mt_deck_sections_parse (" rating ,title,,closing", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sections->len, ==, 3);
  text = mt_deck_sections_to_string (sections);
  g_assert_cmpstr (text, ==, "rating, title, closing");
  g_assert_null (mt_deck_sections_parse ("rating,holograms", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_null (mt_deck_sections_parse ("rating,rating", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_null (mt_deck_sections_parse (" , ", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
}

/* Whether the band of @surface from (x, y), w × h, is the slide's white. */
static gboolean
is_blank (cairo_surface_t *surface,
          int              x,
          int              y,
          int              w,
          int              h)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int j = y; j < y + h; j++)
    for (int i = x; i < x + w; i++)
      if (*(guint32 *) (data + j * stride + 4 * i) != 0xFFFFFFFF)
        return FALSE;
  return TRUE;
}

/* The first (or last) row holding a pure black pixel. */
static int
black_extent (cairo_surface_t *surface,
              gboolean         first)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);

  for (int k = 0; k < height; k++)
    {
      int j = first ? k : height - 1 - k;

      for (int i = 0; i < width; i++)
        if ((*(guint32 *) (data + j * stride + 4 * i) & 0xFFFFFF) == 0)
          return j;
    }
  return first ? height : -1;
}

/* Real lengths: a 300-character name and title, a 257-character address,
 * on every slide at 16:9 and 4:3: nothing reaches the slide's edges (text
 * wraps and ends with "…"; codes fit). */
static void
test_drawn_within_slide (void)
{
  static const int shapes[][2] = { { 1920, 1080 }, { 1280, 720 }, { 1024, 768 }, { 1280, 1024 } };
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) url = g_string_new ("https://example.org/");
  g_autoptr(GString) document = g_string_new (NULL);
  g_autoptr(GString) catalog_text = g_string_new (NULL);
  g_autoptr(MtCatalog) catalog = NULL;
  g_autoptr(MtDataset) dataset = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(MtDeck) deck = NULL;
  g_autoptr(GBytes) bytes = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;

  while (g_utf8_strlen (long_name->str, -1) < 300)
    g_string_append (long_name, "Муниципальное образование Длинноименный район ");
  while (url->len < 257)
    g_string_append (url, "a");
  g_string_truncate (url, 257);

  g_string_append (document, "{\"format\": \"metodist-monitoring\", \"version\": 1, \"region\": \"");
  g_string_append (document, long_name->str);
  g_string_append (document, "\", \"municipalities\": [");
  for (guint i = 0; i < 14; i++)
    g_string_append_printf (document, "%s{\"id\": \"%u\", \"name\": \"%s%u\", \"teachers\": {\"total\": 100, "
                            "\"active\": %u}, \"students\": {\"total\": 100, \"active\": 5}}",
                            i > 0 ? ", " : "", i, long_name->str, i, 10 + i);
  g_string_append (document, "]}");
  bytes = g_bytes_new (document->str, document->len);
  dataset = mt_monitoring_read (bytes, NULL);
  g_assert_nonnull (dataset);
  rating = mt_rating_new (dataset, dataset, &weights);

  g_string_printf (catalog_text,
                   CATALOG_HEAD "\"meeting\": {\"title\": \"%s\", \"date\": \"2023-12-07\"}, \"organization\": \"%s\","
                   "\"materials\": [{\"id\": \"r\", \"title\": \"%s\", \"kind\": \"recommendations\", \"url\": \"%s\","
                   " \"qr\": true}],"
                   "\"events\": [{\"id\": \"e\", \"title\": \"%s\", \"stages\": [{\"title\": \"%s\", \"from\": "
                   "\"2023-12-01\", \"to\": \"2024-01-21\"}], \"nominations\": [\"%s\"], \"links\": [{\"title\": \"%s\","
                   " \"url\": \"%s\"}, {\"title\": \"%s\", \"url\": \"%s\"}]}],"
                   "\"notices\": [{\"title\": \"%s\", \"text\": \"%s %s %s\", \"url\": \"%s\"}]}",
                   long_name->str, long_name->str, long_name->str, url->str, long_name->str, long_name->str,
                   long_name->str, long_name->str, url->str, long_name->str, url->str, long_name->str,
                   long_name->str, long_name->str, long_name->str, url->str);
  catalog = catalog_from (catalog_text->str);
  deck = make_deck (catalog, rating, NULL, (const char *const[]) { "1", NULL });

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (guint i = 0; i < mt_deck_get_n_slides (deck); i++)
      {
        MtSlide *slide = mt_deck_get_slide (deck, i);
        int width = shapes[s][0], height = shapes[s][1];
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
        cairo_t *cr = cairo_create (surface);
        MtSlideFrame frame = { i + 1, mt_deck_get_n_slides (deck), TRUE };
        int edge = width / 50;

        mt_slide_draw (mt_deck_get_slide (deck, i), &frame, cr, width, height);
        cairo_surface_flush (surface);
        if (!is_blank (surface, 0, 0, edge, height) || !is_blank (surface, width - edge, 0, edge, height) ||
            !is_blank (surface, 0, 0, width, height / 60) || !is_blank (surface, 0, height - height / 60, width, height / 60))
          g_error ("slide %u (%s) at %d×%d reaches its edge", i + 1, slide->key, width, height);
        /* Codes are the only pure black (text is a dark grey): their
         * modules, without the quiet zone, span 40 % of the height. */
        if (slide->codes->len > 0)
          {
            int top = black_extent (surface, TRUE), bottom = black_extent (surface, FALSE);

            if (bottom - top + 1 < MT_SLIDE_MIN_CODE_SHARE * height - 1)
              g_error ("slide %s at %d×%d: a code %d pixels high", slide->key, width, height, bottom - top + 1);
          }
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

/* The pixels of the first slide of @part made from a rating of two
 * 300-character names, the first of which ends with @ending. */
static GBytes *
drawn_with_ending (const char *part,
                   const char *ending)
{
  g_autoptr(GString) common = g_string_new ("Муниципальное образование ");
  g_autoptr(GString) document = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MtDataset) week = NULL;
  g_autoptr(MtDataset) previous = NULL;
  g_autoptr(MtRating) rating = NULL;
  g_autoptr(GArray) sections = mt_deck_sections_parse (part, NULL);
  g_autoptr(MtDeck) deck = NULL;
  MtWeights weights = MT_WEIGHTS_INIT;
  MtSlideFrame frame = { 1, 1, FALSE };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  GBytes *pixels;

  while (g_utf8_strlen (common->str, -1) < 290)
    g_string_append (common, "Длинноназванный ");
  for (guint week_index = 0; week_index < 2; week_index++)
    {
      g_string_printf (document, "{\"format\": \"metodist-monitoring\", \"version\": 1, \"municipalities\": ["
                       "{\"id\": \"1\", \"name\": \"%sрайон %s\", \"teachers\": {\"total\": 100, \"active\": %d},"
                       " \"students\": {\"total\": 100, \"active\": 5}},"
                       "{\"id\": \"2\", \"name\": \"%sрайон Другой\", \"teachers\": {\"total\": 100, \"active\": %d},"
                       " \"students\": {\"total\": 100, \"active\": 5}}]}",
                       common->str, ending, week_index == 0 ? 40 : 10, common->str, week_index == 0 ? 20 : 30);
      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = g_bytes_new (document->str, document->len);
      if (week_index == 0)
        week = mt_monitoring_read (bytes, NULL);
      else
        previous = mt_monitoring_read (bytes, NULL);
    }
  g_assert_nonnull (week);
  g_assert_nonnull (previous);
  rating = mt_rating_new (week, previous, &weights);
  deck = make_deck (NULL, rating, sections, NULL);
  g_assert_cmpuint (mt_deck_get_n_slides (deck), >=, 1);
  mt_slide_draw (mt_deck_get_slide (deck, 0), &frame, cr, 1280, 720);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pixels;
}

/* Names that differ only at their end still differ once cut to fit: the
 * table, the chart and the movers cut them in the middle (from a user's
 * try: a name's end was cut off, and two rows read the same). */
static void
test_names_cut_in_middle (void)
{
  static const char *const parts[] = { "rating", "chart", "movers" };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) north = drawn_with_ending (parts[i], "Северный");
      g_autoptr(GBytes) south = drawn_with_ending (parts[i], "Южный");

      if (g_bytes_equal (north, south))
        g_error ("the %s slide draws two names differing at their end the same", parts[i]);
    }
}

/* The PDF: a 16:9 page per slide. */
static void
test_pdf (void)
{
  g_autoptr(MtCatalog) catalog = mt_catalog_load_demo ();
  g_autoptr(MtRating) rating = demo_rating (TRUE);
  g_autoptr(MtDeck) deck = make_deck (catalog, rating, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mt_deck_render_pdf (deck, NULL, &error);
  gsize length;
  const char *data;
  g_autofree char *pages = NULL;

  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &length);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  pages = g_strdup_printf ("/Count %u", mt_deck_get_n_slides (deck));
  /* Searched past the binary streams' NUL bytes. */
  {
    gboolean found = FALSE;

    for (gsize at = 0; !found && at + strlen (pages) <= length; at++)
      found = memcmp (data + at, pages, strlen (pages)) == 0 && !g_ascii_isdigit (data[at + strlen (pages)]);
    g_assert_true (found);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metodist/deck/demo", test_demo_deck);
  g_test_add_func ("/metodist/deck/movers", test_movers);
  g_test_add_func ("/metodist/deck/parts-missing", test_parts_missing);
  g_test_add_func ("/metodist/deck/event-timeline", test_event_timeline);
  g_test_add_func ("/metodist/deck/find-slide", test_find_slide);
  g_test_add_func ("/metodist/deck/rating-top", test_rating_top);
  g_test_add_func ("/metodist/deck/sections-parse", test_sections_parse);
  g_test_add_func ("/metodist/deck/focus-names", test_focus_names);
  g_test_add_func ("/metodist/deck/drawn-within-slide", test_drawn_within_slide);
  g_test_add_func ("/metodist/deck/names-cut-in-middle", test_names_cut_in_middle);
  g_test_add_func ("/metodist/deck/pdf", test_pdf);
  return g_test_run ();
}
