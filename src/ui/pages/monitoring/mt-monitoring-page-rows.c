/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-rows.c: the rows of the table: the rating's rows as
 * searched and sorted, shown in row objects that keep their places
 *
 * GTK 4.8's column view keeps widgets for about 200 rows and, when its
 * model reorders, destroys the widgets of the rows that leave those 200
 * and makes new ones for the rows that come in. So the table's model is a
 * list of places: the n-th row object always shows the n-th row of the
 * table, and a new rating, search or sort gives the places new contents
 * (mt_rating_row_take_from()): GTK only sets the cells that changed.
 * The search and the sort are done here, on the rating's rows: a stable
 * sort of 2,330 rows by precomputed values takes about a millisecond.
 * The selection follows its municipality.
 *
 * Giving 200 rows new contents at once still made frames of 20-40 ms on a
 * two-core VM (each cell bound anew, GTK measuring the list), so the
 * places on screen, the selected one and those without widgets take their
 * contents at once, and the other places with widgets (off screen) twenty
 * per frame after (those scrolled onto the screen meanwhile first).
 *
 * Only a longer or shorter table adds or removes places, at the end. A
 * table that gains many (the first national document, a search cleared)
 * gains fifteen per frame until GTK has its 200 rows, then the rest at
 * once, which cost GTK no widget: made at once, 200 rows of twelve cells
 * were about 75 ms without a frame (bench-window). The page is busy until
 * every place shows its row. */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <string.h>

#include "mt-monitoring-page-private.h"

/* Places added per frame: most of a screenful at 1024 px, under 10 ms of
 * GTK's work on an office PC. */
#define PLACES_PER_FRAME 15
/* The rows GTK 4.8 keeps widgets for (GTK_LIST_VIEW_MAX_LIST_ITEMS). */
#define ROWS_WITH_WIDGETS 200
/* Places off screen given their rows per frame: binding them and GTK's
 * measuring of the list after (forty made a re-rating block 34 ms; a 3 ms
 * budget instead of a count let more through and made frames longer,
 * bench-window). */
#define STALE_PER_FRAME 20
/* Rows around those on screen given theirs at once, as the estimate of
 * what is on screen is from the scroll bar. */
#define SCREEN_MARGIN 2

static gboolean
name_matches (MtMonitoringPage *self,
              MtRatingRow      *row)
{
  g_autofree char *name = NULL;

  if (self->search_key == NULL)
    return TRUE;
  name = g_utf8_casefold (mt_rating_row_get_name (row), -1);
  return strstr (name, self->search_key) != NULL;
}

static int
compare_by_sorter (gconstpointer a,
                   gconstpointer b,
                   gpointer      sorter)
{
  return gtk_sorter_compare (sorter, *(gpointer *) a, *(gpointer *) b);
}

/* The rating's rows the search leaves, in the order the table is sorted
 * by: the rating's own unless a column's header was clicked. */
static GPtrArray *
wanted_rows (MtMonitoringPage *self)
{
  GListModel *rated = self->rating != NULL ? mt_rating_get_rows (self->rating) : NULL;
  guint n = rated != NULL ? g_list_model_get_n_items (rated) : 0;
  GPtrArray *wanted = g_ptr_array_new_full (n, g_object_unref);
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  for (guint i = 0; i < n; i++)
    {
      MtRatingRow *row = g_list_model_get_item (rated, i);

      if (name_matches (self, row))
        g_ptr_array_add (wanted, row);
      else
        g_object_unref (row);
    }
  /* Stable: rows equal by the sorter (the column clicked, then those
   * clicked before) keep the rating's order. */
  if (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    g_qsort_with_data (wanted->pdata, wanted->len, sizeof (gpointer), compare_by_sorter, sorter);
  return wanted;
}

/* Where the municipality @key is in the table now, or GTK_INVALID_LIST_POSITION. */
static guint
place_of (GPtrArray  *wanted,
          const char *key)
{
  for (guint i = 0; key != NULL && wanted != NULL && i < wanted->len; i++)
    if (g_str_equal (mt_rating_row_get_key (g_ptr_array_index (wanted, i)), key))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* Whether GTK made widgets for @place: its cells listen to it
 * (mt-monitoring-page-columns.c connects them when bound). */
static gboolean
has_widgets (MtRatingRow *place)
{
  static guint values_changed;

  if (values_changed == 0)
    values_changed = g_signal_lookup ("values-changed", MT_TYPE_RATING_ROW);
  return g_signal_has_handler_pending (place, values_changed, 0, FALSE);
}

/* The places on screen, about, and a margin: from the scroll bar. */
static void
on_screen (MtMonitoringPage *self,
           guint             n_places,
           guint            *first,
           guint            *last)
{
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  double upper = scroll != NULL ? gtk_adjustment_get_upper (scroll) : 0;
  double value = scroll != NULL ? gtk_adjustment_get_value (scroll) : 0;
  double top = upper > 0 ? value / upper : 0;
  double bottom = upper > 0 ? (value + gtk_adjustment_get_page_size (scroll)) / upper : 1;

  *first = (guint) MAX (0.0, top * n_places - SCREEN_MARGIN);
  *last = (guint) MIN ((double) n_places, bottom * n_places + SCREEN_MARGIN);
}

/* A place left showing an old row is given its own; chosen meanwhile
 * (clicked while it still showed the old row), its details follow. */
static void
refresh_place (MtMonitoringPage *self,
               guint             i)
{
  g_autoptr(MtRatingRow) place = g_list_model_get_item (G_LIST_MODEL (self->places), i);

  mt_rating_row_take_from (place, g_ptr_array_index (self->wanted, i));
  if (gtk_single_selection_get_selected (self->selection) == i)
    mt_monitoring_page_selection_changed (self);
}

/* Up to @n of the places left showing an old row are given theirs: first
 * those scrolled onto the screen meanwhile, then in order. */
static void
refresh_stale (MtMonitoringPage *self,
               guint             n)
{
  guint first, last;

  on_screen (self, g_list_model_get_n_items (G_LIST_MODEL (self->places)), &first, &last);
  for (guint k = self->next_stale; k < self->stale->len; k++)
    {
      guint i = g_array_index (self->stale, guint, k);

      if (i != G_MAXUINT && i >= first && i <= last)
        {
          refresh_place (self, i);
          g_array_index (self->stale, guint, k) = G_MAXUINT;  /* done */
        }
    }
  for (; n > 0 && self->next_stale < self->stale->len; self->next_stale++)
    {
      guint i = g_array_index (self->stale, guint, self->next_stale);

      if (i == G_MAXUINT)
        continue;
      refresh_place (self, i);
      n--;
    }
  while (self->next_stale < self->stale->len && g_array_index (self->stale, guint, self->next_stale) == G_MAXUINT)
    self->next_stale++;
}

/* Up to @n more places, for the next of the wanted rows. */
static void
add_places (MtMonitoringPage *self,
            guint             n)
{
  guint n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));
  guint end = n_places + MIN (n, self->wanted->len > n_places ? self->wanted->len - n_places : 0);
  g_autoptr(GPtrArray) added = g_ptr_array_new_full (end - n_places, g_object_unref);

  for (guint i = n_places; i < end; i++)
    g_ptr_array_add (added, mt_rating_row_dup (g_ptr_array_index (self->wanted, i)));
  g_list_store_splice (self->places, n_places, 0, added->pdata, added->len);
}

/* The table has all its rows: the municipality selected before it grew
 * is selected again, the user's own scrolled to if it was asked. */
static void
grown (MtMonitoringPage *self)
{
  g_autofree char *key = g_steal_pointer (&self->select_when_grown);
  guint place = place_of (self->wanted, key);

  g_clear_pointer (&self->wanted, g_ptr_array_unref);
  g_array_set_size (self->stale, 0);
  self->next_stale = 0;
  mt_monitoring_page_update_busy (self);
  if (place != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, place);
  if (self->scroll_when_grown)
    {
      self->scroll_when_grown = FALSE;
      mt_monitoring_page_scroll_to_mine (self);
    }
}

static gboolean
settling (MtMonitoringPage *self)
{
  return self->next_stale < self->stale->len ||
         g_list_model_get_n_items (G_LIST_MODEL (self->places)) < self->wanted->len;
}

/* One frame's share of the work left; whether some is still left. */
static gboolean
settle_step (MtMonitoringPage *self)
{
  guint n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));

  if (self->next_stale < self->stale->len)
    refresh_stale (self, STALE_PER_FRAME);
  else
    /* Past GTK's 200 rows, the rest at once. */
    add_places (self, n_places + PLACES_PER_FRAME < ROWS_WITH_WIDGETS ? PLACES_PER_FRAME : G_MAXUINT);
  if (settling (self))
    return G_SOURCE_CONTINUE;
  self->settle_tick = 0;
  self->settle_timeout = 0;
  grown (self);
  return G_SOURCE_REMOVE;
}

static gboolean
settle_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  return settle_step (MT_MONITORING_PAGE (widget));
}

/* A page not yet on screen has no frames: the same steps, at a frame's
 * pace (GTK still makes row widgets for its table). */
static gboolean
settle_timeout_cb (gpointer user_data)
{
  return settle_step (user_data);
}

static void
start_settling (MtMonitoringPage *self)
{
  if (mt_monitoring_page_is_settling (self))
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    self->settle_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), settle_tick_cb, NULL, NULL);
  else
    self->settle_timeout = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 16, settle_timeout_cb, self, NULL);
}

/**
 * mt_monitoring_page_stop_settling:
 *
 * The page going: nothing more is done for its places.
 */
void
mt_monitoring_page_stop_settling (MtMonitoringPage *self)
{
  if (self->settle_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->settle_tick);
  self->settle_tick = 0;
  g_clear_handle_id (&self->settle_timeout, g_source_remove);
}

/**
 * mt_monitoring_page_update_rows:
 *
 * Shows the rating's rows as searched and sorted now: after a new
 * rating, a search, a sort. A selected municipality stays selected
 * wherever it went, and its details show its new figures.
 */
void
mt_monitoring_page_update_rows (MtMonitoringPage *self)
{
  MtRatingRow *selected;
  g_autofree char *selected_key = NULL;
  guint n_places, now_selected, first, last;

  /* The page going: its column view's sorter still says it changed. */
  if (self->selection == NULL)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_key = selected != NULL ? g_strdup (mt_rating_row_get_key (selected)) : NULL;
  g_clear_pointer (&self->wanted, g_ptr_array_unref);
  self->wanted = wanted_rows (self);
  now_selected = place_of (self->wanted, selected_key);
  n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));
  g_array_set_size (self->stale, 0);
  self->next_stale = 0;
  /* The selection is set once, at the end: the details do not blink. */
  g_signal_handlers_block_by_func (self->selection, mt_monitoring_page_selection_changed, self);

  /* A shorter table (a search, a smaller document) starts again with new
   * places: GTK 4.8 may leave the widget of a row removed at the end (the
   * one with the keyboard's focus) among the rows that stay, showing it. */
  if (self->wanted->len < n_places)
    {
      guint n_first = self->wanted->len <= PLACES_PER_FRAME * 2 ? self->wanted->len : PLACES_PER_FRAME;
      g_autoptr(GPtrArray) first_places = g_ptr_array_new_full (n_first, g_object_unref);

      for (guint i = 0; i < n_first; i++)
        g_ptr_array_add (first_places, mt_rating_row_dup (g_ptr_array_index (self->wanted, i)));
      /* From the top, in one change: GTK 4.8 drew no row at all when the
       * table emptied and filled again while scrolled down. */
      gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)), 0);
      g_list_store_splice (self->places, 0, n_places, first_places->pdata, n_first);
      n_places = n_first;
    }
  on_screen (self, n_places, &first, &last);
  for (guint i = 0; i < MIN (n_places, self->wanted->len); i++)
    {
      g_autoptr(MtRatingRow) place = g_list_model_get_item (G_LIST_MODEL (self->places), i);

      if ((i >= first && i <= last) || i == now_selected || !has_widgets (place))
        mt_rating_row_take_from (place, g_ptr_array_index (self->wanted, i));
      else
        g_array_append_val (self->stale, i);
    }
  if (!mt_monitoring_page_is_settling (self))
    add_places (self, self->wanted->len - n_places <= PLACES_PER_FRAME ? G_MAXUINT : PLACES_PER_FRAME);
  if (settling (self))
    start_settling (self);

  n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));
  if (now_selected != GTK_INVALID_LIST_POSITION && now_selected >= n_places)
    {
      /* Not in the table yet: selected again once it is. */
      g_free (self->select_when_grown);
      self->select_when_grown = g_steal_pointer (&selected_key);
      now_selected = GTK_INVALID_LIST_POSITION;
    }
  gtk_single_selection_set_selected (self->selection, now_selected);
  g_signal_handlers_unblock_by_func (self->selection, mt_monitoring_page_selection_changed, self);
  /* The same municipality: its new figures, its trend kept. */
  mt_monitoring_page_selection_changed (self);
  if (!mt_monitoring_page_is_settling (self))
    grown (self);
  else
    mt_monitoring_page_update_busy (self);
  mt_monitoring_page_filtered (self);
}

/** mt_monitoring_page_is_settling: whether places are still to show their rows */
gboolean
mt_monitoring_page_is_settling (MtMonitoringPage *self)
{
  return self->settle_tick != 0 || self->settle_timeout != 0;
}

static void
sort_changed_cb (MtMonitoringPage *self)
{
  mt_monitoring_page_update_rows (self);
}

/**
 * mt_monitoring_page_show_rows_again:
 *
 * Every row shown again as it is: what a row shows changed outside it
 * (the user's own municipality, highlighted).
 */
void
mt_monitoring_page_show_rows_again (MtMonitoringPage *self)
{
  GListModel *places = G_LIST_MODEL (self->places);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(MtRatingRow) place = g_list_model_get_item (places, i);

      mt_rating_row_changed (place);
    }
}

/**
 * mt_monitoring_page_rows_init:
 *
 * Returns: (transfer full): the places, the table's model
 */
GListModel *
mt_monitoring_page_rows_init (MtMonitoringPage *self)
{
  self->places = g_list_store_new (MT_TYPE_RATING_ROW);
  self->stale = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  return G_LIST_MODEL (g_object_ref (self->places));
}
