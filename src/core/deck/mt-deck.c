/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck.c: the meeting's deck: slides made from the catalog and the
 * rating
 *
 * The deck is data (MtSlide), made once whenever the catalog or the
 * rating changes, off the main thread if need be; the window and the PDF
 * draw the same slides (mt-slide-draw.c). A part with nothing to show
 * (no notices, no previous period for the movers) makes no slide. */
#define G_LOG_DOMAIN "mt-deck"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mt-deck.h"
#include "mt-format.h"

struct _MtDeck
{
  GObject parent_instance;

  GPtrArray *slides;  /* (element-type MtSlide) */
  gboolean is_demo;
  gboolean catalog_is_demo;
  gboolean rating_is_demo;
  char *title;        /* the meeting's, for the PDF's properties */
};

G_DEFINE_FINAL_TYPE (MtDeck, mt_deck, G_TYPE_OBJECT)

static void
mt_deck_finalize (GObject *object)
{
  MtDeck *self = MT_DECK (object);

  g_ptr_array_unref (self->slides);
  g_free (self->title);
  G_OBJECT_CLASS (mt_deck_parent_class)->finalize (object);
}

static void
mt_deck_class_init (MtDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_deck_finalize;
}

static void
mt_deck_init (MtDeck *self)
{
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_slide_free);
}

static MtSlide *
add_slide (MtDeck        *self,
           MtSlideKind    kind,
           MtDeckSection  section,
           const char    *key,
           const char    *title)
{
  MtSlide *slide = mt_slide_new (kind, section, key, title);

  /* Labelled demo by what it shows: the catalog's, the rating's, or both
   * (the title names the meeting and the platform). */
  switch (kind)
    {
    case MT_SLIDE_RATING:
    case MT_SLIDE_CHART:
    case MT_SLIDE_MOVERS:
      slide->is_demo = self->rating_is_demo;
      break;
    case MT_SLIDE_TITLE:
      slide->is_demo = self->catalog_is_demo || self->rating_is_demo;
      break;
    default:
      slide->is_demo = self->catalog_is_demo;
      break;
    }
  g_ptr_array_add (self->slides, slide);
  return slide;
}

static void
add_title (MtDeck            *self,
           const MtDeckInput *input)
{
  MtSlide *slide = add_slide (self, MT_SLIDE_TITLE, MT_DECK_SECTION_TITLE, "title", self->title);
  MtDataset *dataset = input->rating != NULL ? mt_rating_get_dataset (input->rating) : NULL;
  const char *date = input->catalog != NULL ? mt_catalog_get_meeting_date (input->catalog) : NULL;
  const char *organization = input->catalog != NULL ? mt_catalog_get_organization (input->catalog) : NULL;
  const char *platform = dataset != NULL ? mt_dataset_get_platform (dataset) : NULL;

  if (date != NULL)
    slide->subtitle = mt_format_iso_date (date);
  slide->body = g_strdup (organization);
  if (platform != NULL && *platform != '\0')
    /* TRANSLATORS: on the deck's title slide: the messenger the schools use */
    g_ptr_array_add (slide->items, g_strdup_printf (_("Platform: %s"), platform));
}

static void
add_notices (MtDeck    *self,
             MtCatalog *catalog)
{
  GPtrArray *notices = catalog != NULL ? mt_catalog_get_notices (catalog) : NULL;

  for (guint i = 0; notices != NULL && i < notices->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (notices, i);
      g_autofree char *key = g_strdup_printf ("notice:%u", i);
      MtSlide *slide = add_slide (self, MT_SLIDE_NOTICE, MT_DECK_SECTION_NOTICES, key, notice->title);

      slide->body = g_strdup (notice->text);
      if (notice->url != NULL && notice->url_problem == NULL)
        mt_slide_add_code (slide, notice->url, NULL);
    }
}

/* The materials by kind, as the Materials page groups them, on as many
 * slides as their lines need; then a code for each one marked for the
 * hall. */
static void
add_materials (MtDeck     *self,
               MtCatalog  *catalog,
               MtMaterial *closing)
{
  GListModel *materials = catalog != NULL ? G_LIST_MODEL (mt_catalog_get_materials (catalog)) : NULL;
  guint n = materials != NULL ? g_list_model_get_n_items (materials) : 0;
  GPtrArray *pages = g_ptr_array_new ();
  MtSlide *slide = NULL;
  guint lines = 0;

  if (n == 0)
    {
      g_ptr_array_unref (pages);
      return;
    }
  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

          if (mt_material_get_kind (material) != kind)
            continue;
          /* A kind's heading and its first title stay together. */
          if (slide == NULL || lines + (titles->len == 0 ? 2 : 1) > MT_DECK_MATERIALS_LINES)
            {
              g_autofree char *key = g_strdup_printf ("materials:%u", pages->len + 1);

              if (titles->len > 0)
                {
                  mt_slide_add_group (slide, mt_material_kind_label (kind), titles);
                  g_ptr_array_unref (titles);
                  titles = g_ptr_array_new_with_free_func (g_free);
                }
              slide = add_slide (self, MT_SLIDE_MATERIALS, MT_DECK_SECTION_MATERIALS, key,
                                 _("Materials of the meeting"));
              g_ptr_array_add (pages, slide);
              lines = 0;
            }
          lines += titles->len == 0 ? 2 : 1;
          g_ptr_array_add (titles, g_strdup (mt_material_get_title (material)));
        }
      if (titles->len > 0)
        mt_slide_add_group (slide, mt_material_kind_label (kind), titles);
    }
  for (guint p = 0; p < pages->len; p++)
    {
      MtSlide *page = g_ptr_array_index (pages, p);

      page->page = p + 1;
      page->pages = pages->len;
    }
  g_ptr_array_unref (pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);
      g_autofree char *key = NULL;
      MtSlide *code;

      if (!mt_material_get_qr (material) || mt_material_get_url_problem (material) != NULL)
        continue;
      /* The closing slide's code is shown there, not twice (from a user's
       * try). */
      if (closing != NULL && g_strcmp0 (mt_material_get_url (material), mt_material_get_url (closing)) == 0)
        continue;
      key = g_strdup_printf ("code:%s", mt_material_get_id (material));
      code = add_slide (self, MT_SLIDE_CODE, MT_DECK_SECTION_MATERIALS, key, mt_material_get_title (material));
      /* TRANSLATORS: over a QR code shown to the hall */
      code->subtitle = g_strdup (_("Scan me"));
      if (!mt_slide_add_code (code, mt_material_get_url (material), NULL))
        g_ptr_array_remove (self->slides, code);
    }
}

/* Words that say what kind of municipality a name is, which people add
 * or leave out as they please: "г. Киров", "г.о. Киров" and "Киров";
 * "Малмыжский район" and "Малмыжский". */
static const char *const kind_words[] = {
  "г", "о", "го", "город", "городской", "округ", "район", "р-н", "муниципальный", "мо", "пгт",
};

static gboolean
is_kind_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    if (g_str_equal (word, kind_words[i]))
      return TRUE;
  return FALSE;
}

/* @text in any case, "ё" as "е", without the words of its kind: as people
 * type names (from a user's try: «Малмыжский район» and «Киров» were
 * not found). */
static char *
fold_name (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autoptr(GString) plain = g_string_sized_new (strlen (folded));
  g_auto(GStrv) words = NULL;
  GString *kept = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Words apart at spaces and punctuation, a hyphen kept within one. */
      if (c == 0x0451)
        c = 0x0435;
      else if (c != '-' && (g_unichar_isspace (c) || g_unichar_ispunct (c)))
        c = ' ';
      g_string_append_unichar (plain, c);
    }
  words = g_strsplit (plain->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && !is_kind_word (words[i]))
      g_string_append_printf (kept, "%s%s", kept->len > 0 ? " " : "", words[i]);
  /* A name of kind words alone ("Район") is itself. */
  if (kept->len == 0)
    g_string_append (kept, g_strstrip (plain->str));
  return g_string_free (kept, FALSE);
}

/* A municipality to stand out, by its code or its name as fold_name ()
 * compares them ("фаленский район" is «Фалёнский»). */
static gboolean
is_focus (MtRatingRow       *row,
          const char *const *focus)
{
  g_autofree char *name = NULL;

  for (guint i = 0; focus != NULL && focus[i] != NULL; i++)
    {
      g_autofree char *wanted = NULL;

      if (g_strcmp0 (focus[i], mt_rating_row_get_id (row)) == 0)
        return TRUE;
      if (name == NULL)
        name = fold_name (mt_rating_row_get_name (row));
      wanted = fold_name (focus[i]);
      if (g_str_equal (wanted, name))
        return TRUE;
    }
  return FALSE;
}

static MtSlideRow
slide_row (MtRatingRow       *row,
           const char *const *focus)
{
  MtSlideRow line = { 0 };

  line.rank = mt_rating_row_get_rank (row);
  line.name = (char *) mt_rating_row_get_name (row);
  line.score = line.rank > 0 ? mt_rating_row_get_score (row) : NAN;
  line.teachers_share = mt_rating_row_get_teachers_share (row);
  line.students_share = mt_rating_row_get_students_share (row);
  line.has_change = mt_rating_row_get_rank_change (row, &line.change);
  line.focus = is_focus (row, focus);
  return line;
}

/* The region and the period, under each rating slide's title. */
static char *
rating_subtitle (MtDataset *dataset)
{
  const char *region = mt_dataset_get_region (dataset);
  g_autofree char *period = NULL;

  if (mt_dataset_get_period_from (dataset) != NULL || mt_dataset_get_period_to (dataset) != NULL)
    period = mt_format_period (mt_dataset_get_period_from (dataset), mt_dataset_get_period_to (dataset));
  if (region != NULL && period != NULL)
    return g_strdup_printf ("%s · %s", region, period);
  return g_strdup (region != NULL ? region : period);
}

/* The ranked municipalities in rank order, MT_DECK_RATING_ROWS to a
 * slide: the top MT_DECK_RATING_TOP places and, below them, those to
 * stand out; how many are left out, and how many are not ranked, is said
 * on the last. */
static void
add_rating (MtDeck            *self,
            const MtDeckInput *input)
{
  GListModel *rows = mt_rating_get_rows (input->rating);
  g_autofree char *subtitle = rating_subtitle (mt_rating_get_dataset (input->rating));
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  guint unranked = 0, below = 0, ranked = 0;
  MtSlide *slide = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      MtSlideRow line;

      if (mt_rating_row_get_rank (row) == 0)
        {
          unranked++;
          continue;
        }
      if (++ranked > MT_DECK_RATING_TOP && !is_focus (row, input->focus))
        {
          below++;
          continue;
        }
      if (slide == NULL || slide->rows->len == MT_DECK_RATING_ROWS)
        {
          g_autofree char *key = g_strdup_printf ("rating:%u", pages->len + 1);

          slide = add_slide (self, MT_SLIDE_RATING, MT_DECK_SECTION_RATING, key, _("Municipalities’ rating"));
          slide->subtitle = g_strdup (subtitle);
          g_ptr_array_add (pages, slide);
        }
      line = slide_row (row, input->focus);
      mt_slide_add_row (slide, &line);
    }
  if (slide == NULL)
    {
      /* Nobody ranked: the slide says so rather than vanish. */
      slide = add_slide (self, MT_SLIDE_RATING, MT_DECK_SECTION_RATING, "rating:1", _("Municipalities’ rating"));
      slide->subtitle = g_strdup (subtitle);
      g_ptr_array_add (pages, slide);
    }
  if (below > 0)
    {
      g_autofree char *count = mt_format_count (below);

      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%s more place below is not shown.",
                                                 "%s more places below are not shown.", below),
                              count);
    }
  if (unranked > 0)
    {
      g_autofree char *count = mt_format_count (unranked);

      if (body->len > 0)
        g_string_append_c (body, ' ');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%s municipality is not rated: its counts are incomplete.",
                                                 "%s municipalities are not rated: their counts are incomplete.",
                                                 unranked),
                              count);
    }
  if (body->len > 0)
    slide->body = g_string_free (g_steal_pointer (&body), FALSE);
  for (guint p = 0; p < pages->len; p++)
    {
      MtSlide *page = g_ptr_array_index (pages, p);

      page->page = p + 1;
      page->pages = pages->len;
    }
}

static void
add_chart (MtDeck            *self,
           const MtDeckInput *input)
{
  GListModel *rows = mt_rating_get_rows (input->rating);
  MtSlide *slide = add_slide (self, MT_SLIDE_CHART, MT_DECK_SECTION_CHART, "chart", _("The whole region"));
  guint more = 0;

  slide->subtitle = rating_subtitle (mt_rating_get_dataset (input->rating));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      MtSlideRow line;

      if (mt_rating_row_get_rank (row) == 0)
        continue;
      if (slide->rows->len == MT_DECK_CHART_BARS)
        {
          more++;
          continue;
        }
      line = slide_row (row, input->focus);
      mt_slide_add_row (slide, &line);
    }
  if (more > 0)
    {
      g_autofree char *count = mt_format_count (more);

      slide->body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %s more", "and %s more", more), count);
    }
}

static int
by_change_down (gconstpointer a,
                gconstpointer b)
{
  const MtSlideRow *first = a, *second = b;

  return second->change - first->change;
}

static int
by_change_up (gconstpointer a,
              gconstpointer b)
{
  const MtSlideRow *first = a, *second = b;

  return first->change - second->change;
}

/* The biggest rises, then the biggest falls, since the previous period;
 * no slide without one. */
static void
add_movers (MtDeck            *self,
            const MtDeckInput *input)
{
  GListModel *rows = mt_rating_get_rows (input->rating);
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (MtSlideRow));
  MtSlide *slide;
  guint rises = 0;

  if (mt_rating_get_previous (input->rating) == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      MtSlideRow line = slide_row (row, input->focus);

      if (line.rank > 0 && line.has_change && line.change != 0)
        g_array_append_val (moved, line);
    }
  slide = add_slide (self, MT_SLIDE_MOVERS, MT_DECK_SECTION_MOVERS, "movers", _("Rises and falls"));
  slide->subtitle = rating_subtitle (mt_rating_get_dataset (input->rating));
  /* Sorts are stable (GLib's merge sort): among equal moves, the better
   * ranked first, for rises and falls alike. */
  g_array_sort (moved, by_change_down);
  for (guint i = 0; i < moved->len && rises < MT_DECK_MOVERS; i++)
    if (g_array_index (moved, MtSlideRow, i).change > 0)
      {
        mt_slide_add_row (slide, &g_array_index (moved, MtSlideRow, i));
        rises++;
      }
  g_array_sort (moved, by_change_up);
  for (guint i = 0, falls = 0; i < moved->len && falls < MT_DECK_MOVERS; i++)
    if (g_array_index (moved, MtSlideRow, i).change < 0)
      {
        mt_slide_add_row (slide, &g_array_index (moved, MtSlideRow, i));
        falls++;
      }
  if (slide->rows->len == 0)
    slide->body = g_strdup (_("No municipality changed its place since the previous period."));
}

static void
add_event (MtDeck            *self,
           MtEvent           *event,
           const MtDeckInput *input)
{
  g_autofree char *key = g_strdup_printf ("event:%s", mt_event_get_id (event));
  MtSlide *slide = add_slide (self, MT_SLIDE_EVENT, MT_DECK_SECTION_EVENTS, key, mt_event_get_title (event));
  GArray *stages = mt_event_get_stages (event);
  GPtrArray *nominations = mt_event_get_nominations (event);
  GPtrArray *links = mt_event_get_links (event);
  guint shown = 0;

  slide->body = g_strdup (mt_event_get_description (event));
  for (guint i = 0; i < stages->len; i++)
    {
      const MtStage *stage = &g_array_index (stages, MtStage, i);
      g_autofree char *dates = mt_format_stage_dates (stage->from, stage->to);
      int days_left = 0;
      MtStageState state = mt_event_stage_state (event, i, &input->today, &days_left);

      mt_slide_add_stage (slide, stage->title, dates, state, days_left);
    }
  for (guint i = 0; i < nominations->len; i++)
    g_ptr_array_add (slide->items, g_strdup (g_ptr_array_index (nominations, i)));

  /* Its links as codes, a few to a slide. */
  for (guint i = 0, page = 0; i < links->len; i++)
    {
      const MtLink *link = g_ptr_array_index (links, i);
      MtSlide *codes = NULL;

      if (link->url == NULL || link->url_problem != NULL)
        continue;
      if (shown % MT_DECK_LINKS_PER_SLIDE == 0)
        {
          g_autofree char *links_key = g_strdup_printf ("links:%s:%u", mt_event_get_id (event), ++page);

          codes = add_slide (self, MT_SLIDE_LINKS, MT_DECK_SECTION_EVENTS, links_key, mt_event_get_title (event));
        }
      else
        codes = g_ptr_array_index (self->slides, self->slides->len - 1);
      if (mt_slide_add_code (codes, link->url, link->title != NULL ? link->title : link->url))
        shown++;
      else if (codes->codes->len == 0)
        g_ptr_array_remove (self->slides, codes);
    }
}

static void
add_events (MtDeck            *self,
            const MtDeckInput *input)
{
  GListModel *events = input->catalog != NULL ? G_LIST_MODEL (mt_catalog_get_events (input->catalog)) : NULL;

  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MtEvent) event = g_list_model_get_item (events, i);

      add_event (self, event, input);
    }
}

static void
add_closing (MtDeck            *self,
             const MtDeckInput *input)
{
  MtMaterial *material = input->catalog != NULL ? mt_catalog_find_recommendations (input->catalog) : NULL;
  /* TRANSLATORS: the deck's last slide */
  MtSlide *slide = add_slide (self, MT_SLIDE_CLOSING, MT_DECK_SECTION_CLOSING, "closing", _("Thank you!"));

  if (material != NULL && mt_slide_add_code (slide, mt_material_get_url (material), mt_material_get_title (material)))
    slide->subtitle = g_strdup (_("Scan me"));
  else
    slide->body = g_strdup (input->catalog != NULL ? mt_catalog_get_organization (input->catalog) : NULL);
}

/**
 * mt_deck_focus_unknown:
 * @rating: (nullable): the rating the deck shows
 * @focus: (nullable): names or codes to stand out
 *
 * Returns: (transfer full) (nullable): those of @focus that name no
 *   municipality of @rating, to tell the user; %NULL when all do
 */
GStrv
mt_deck_focus_unknown (MtRating          *rating,
                       const char *const *focus)
{
  g_autoptr(GStrvBuilder) unknown = g_strv_builder_new ();
  GListModel *rows = rating != NULL ? mt_rating_get_rows (rating) : NULL;
  gboolean any = FALSE;

  for (guint f = 0; focus != NULL && focus[f] != NULL; f++)
    {
      const char *one[] = { focus[f], NULL };
      gboolean found = FALSE;

      for (guint i = 0; !found && rows != NULL && i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

          found = is_focus (row, one);
        }
      if (!found)
        {
          g_strv_builder_add (unknown, focus[f]);
          any = TRUE;
        }
    }
  return any ? g_strv_builder_end (unknown) : NULL;
}

/**
 * mt_deck_today:
 * @catalog: (nullable): the meeting's catalog
 * @today: (out): the day the events' timelines count from: the meeting's
 *   own when the catalog says it (a deck made days before shows the
 *   stages as the hall will see them), else today
 */
void
mt_deck_today (MtCatalog *catalog,
               GDate     *today)
{
  const char *meeting = catalog != NULL ? mt_catalog_get_meeting_date (catalog) : NULL;
  int year = 0, month = 0, day = 0;

  g_date_clear (today, 1);
  if (meeting != NULL && sscanf (meeting, "%d-%d-%d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    {
      g_date_set_dmy (today, day, month, year);
      return;
    }
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
  }
}

/**
 * mt_deck_new:
 * @input: what the deck shows; everything in it is only read
 *
 * Returns: (transfer full): the slides of the parts chosen, in their order
 */
MtDeck *
mt_deck_new (const MtDeckInput *input)
{
  MtDeck *self = g_object_new (MT_TYPE_DECK, NULL);
  g_autoptr(GArray) all = NULL;
  GArray *sections = input->sections;
  MtCatalog *catalog = input->catalog;
  MtDataset *dataset = input->rating != NULL ? mt_rating_get_dataset (input->rating) : NULL;
  MtMaterial *closing = NULL;

  g_return_val_if_fail (g_date_valid (&input->today), self);

  if (sections == NULL && catalog != NULL)
    sections = mt_catalog_get_deck (catalog);
  if (sections == NULL)
    sections = all = mt_deck_sections_default ();
  for (guint i = 0; i < sections->len; i++)
    if (g_array_index (sections, MtDeckSection, i) == MT_DECK_SECTION_CLOSING)
      closing = catalog != NULL ? mt_catalog_find_recommendations (catalog) : NULL;

  self->catalog_is_demo = catalog != NULL && mt_catalog_get_is_demo (catalog);
  self->rating_is_demo = dataset != NULL && mt_dataset_get_is_demo (dataset);
  self->is_demo = self->catalog_is_demo || self->rating_is_demo;
  if (catalog != NULL && mt_catalog_get_meeting_title (catalog) != NULL)
    self->title = g_strdup (mt_catalog_get_meeting_title (catalog));
  else if (catalog != NULL && mt_catalog_get_title (catalog) != NULL)
    self->title = g_strdup (mt_catalog_get_title (catalog));
  else
    self->title = g_strdup (_("Meeting"));

  for (guint i = 0; i < sections->len; i++)
    switch (g_array_index (sections, MtDeckSection, i))
      {
      case MT_DECK_SECTION_TITLE:
        add_title (self, input);
        break;
      case MT_DECK_SECTION_NOTICES:
        add_notices (self, catalog);
        break;
      case MT_DECK_SECTION_MATERIALS:
        add_materials (self, catalog, closing);
        break;
      case MT_DECK_SECTION_RATING:
        if (input->rating != NULL)
          add_rating (self, input);
        break;
      case MT_DECK_SECTION_CHART:
        if (input->rating != NULL)
          add_chart (self, input);
        break;
      case MT_DECK_SECTION_MOVERS:
        if (input->rating != NULL)
          add_movers (self, input);
        break;
      case MT_DECK_SECTION_EVENTS:
        add_events (self, input);
        break;
      case MT_DECK_SECTION_CLOSING:
        add_closing (self, input);
        break;
      case MT_DECK_N_SECTIONS:
      default:
        g_return_val_if_reached (self);
      }
  return self;
}

guint
mt_deck_get_n_slides (MtDeck *self)
{
  g_return_val_if_fail (MT_IS_DECK (self), 0);
  return self->slides->len;
}

/* Returns: (transfer none): the slide at @index */
MtSlide *
mt_deck_get_slide (MtDeck *self,
                   guint   index)
{
  g_return_val_if_fail (MT_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->slides->len, NULL);
  return g_ptr_array_index (self->slides, index);
}

/* Returns: %TRUE when the catalog or the rating is demo data: the slides
 *   of it say so (MtSlide.is_demo), and the PDF's title */
gboolean
mt_deck_get_is_demo (MtDeck *self)
{
  g_return_val_if_fail (MT_IS_DECK (self), FALSE);
  return self->is_demo;
}

const char *
mt_deck_get_title (MtDeck *self)
{
  g_return_val_if_fail (MT_IS_DECK (self), NULL);
  return self->title;
}

/**
 * mt_deck_find_slide:
 * @key: a slide's key in an earlier deck
 * @near: that slide's index, for when its key is gone
 *
 * Where a presenter was, in a deck made again from new data: the slide
 * of the same key, or else the one at the same place (the last if the
 * deck is shorter now).
 *
 * Returns: an index of a slide, or 0 for an empty deck
 */
guint
mt_deck_find_slide (MtDeck     *self,
                    const char *key,
                    guint       near)
{
  g_return_val_if_fail (MT_IS_DECK (self), 0);

  for (guint i = 0; key != NULL && i < self->slides->len; i++)
    if (g_str_equal (((MtSlide *) g_ptr_array_index (self->slides, i))->key, key))
      return i;
  if (self->slides->len == 0)
    return 0;
  return MIN (near, self->slides->len - 1);
}
