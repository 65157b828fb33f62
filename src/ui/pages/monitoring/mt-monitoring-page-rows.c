/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-rows.c: the rows of the table: the rating's rows as
 * searched and sorted, shown in row objects that keep their places
 *
 * GTK 4.8's column view keeps widgets for about 200 rows and, when its
 * model reorders, destroys the widgets of the rows that leave those 200
 * and makes new ones for the rows that come in. So the table's model is a
 * list of places: the n-th row object always shows the n-th row of the
 * table, and a new rating, search or sort gives the places new contents
 * (mt_rating_row_take_from()): GTK only sets the labels that changed.
 * The search and the sort are done here, on the rating's rows: a stable
 * sort of 2,330 rows by precomputed values takes about a millisecond.
 * The selection follows its municipality.
 *
 * Only a longer or shorter table adds or removes places, at the end. A
 * table that gains many (the first national document, a search cleared)
 * gains fifteen per frame until GTK has its 200 rows, then the rest at
 * once, which cost GTK no widget: made at once, 200 rows of twelve labels
 * were about 75 ms without a frame (bench-window). The page is busy
 * meanwhile. */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <string.h>

#include "mt-monitoring-page-private.h"

/* Places added per frame: most of a screenful at 1024 px, under 10 ms of
 * GTK's work on an office PC. */
#define PLACES_PER_FRAME 15
/* The rows GTK 4.8 keeps widgets for (GTK_LIST_VIEW_MAX_LIST_ITEMS). */
#define ROWS_WITH_WIDGETS 200

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
  /* Stable: rows equal by the column keep the rating's order. */
  if (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    g_qsort_with_data (wanted->pdata, wanted->len, sizeof (gpointer), compare_by_sorter, sorter);
  return wanted;
}

/* The place now showing the municipality @key, or GTK_INVALID_LIST_POSITION. */
static guint
place_of (MtMonitoringPage *self,
          const char       *key)
{
  GListModel *places = G_LIST_MODEL (self->places);

  for (guint i = 0; key != NULL && i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(MtRatingRow) place = g_list_model_get_item (places, i);

      if (g_str_equal (mt_rating_row_get_key (place), key))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Up to @n more places, for the next of the wanted rows. */
static void
add_places (MtMonitoringPage *self,
            guint             n)
{
  guint n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));
  guint end = n_places + MIN (n, self->wanted->len - n_places);
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
  guint place = place_of (self, key);

  g_clear_pointer (&self->wanted, g_ptr_array_unref);
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
grow_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  guint n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));

  /* Past GTK's 200 rows, the rest at once. */
  add_places (self, n_places + PLACES_PER_FRAME < ROWS_WITH_WIDGETS ? PLACES_PER_FRAME : G_MAXUINT);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->places)) < self->wanted->len)
    return G_SOURCE_CONTINUE;
  self->grow_tick = 0;
  grown (self);
  return G_SOURCE_REMOVE;
}

/* A page taken off screen has no more frames: its table is made whole. */
static void
grow_at_once (MtMonitoringPage *self)
{
  if (self->grow_tick == 0)
    return;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_tick);
  self->grow_tick = 0;
  add_places (self, G_MAXUINT);
  grown (self);
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
  guint was_selected, n_places, now_selected;

  /* The page going: its column view's sorter still says it changed. */
  if (self->selection == NULL)
    return;
  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_key = selected != NULL ? g_strdup (mt_rating_row_get_key (selected)) : NULL;
  was_selected = gtk_single_selection_get_selected (self->selection);
  g_clear_pointer (&self->wanted, g_ptr_array_unref);
  self->wanted = wanted_rows (self);
  n_places = g_list_model_get_n_items (G_LIST_MODEL (self->places));

  for (guint i = 0; i < MIN (n_places, self->wanted->len); i++)
    {
      g_autoptr(MtRatingRow) place = g_list_model_get_item (G_LIST_MODEL (self->places), i);

      mt_rating_row_take_from (place, g_ptr_array_index (self->wanted, i));
    }
  if (self->wanted->len < n_places)
    g_list_store_splice (self->places, self->wanted->len, n_places - self->wanted->len, NULL, 0);
  else if (self->grow_tick != 0)
    ;  /* still growing: the tick adds the rest */
  else if (self->wanted->len - n_places <= PLACES_PER_FRAME || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    add_places (self, G_MAXUINT);
  else
    {
      add_places (self, PLACES_PER_FRAME);
      self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_tick_cb, NULL, NULL);
    }

  now_selected = place_of (self, selected_key);
  if (now_selected == GTK_INVALID_LIST_POSITION && self->grow_tick != 0 && selected_key != NULL)
    {
      /* Not in the table yet: selected again once it is. */
      g_free (self->select_when_grown);
      self->select_when_grown = g_steal_pointer (&selected_key);
    }
  if (now_selected == was_selected && now_selected != GTK_INVALID_LIST_POSITION)
    mt_monitoring_page_selection_changed (self);  /* the same place: its new figures */
  else
    gtk_single_selection_set_selected (self->selection, now_selected);
  if (self->grow_tick == 0)
    grown (self);
  else
    mt_monitoring_page_update_busy (self);
  mt_monitoring_page_filtered (self);
}

/** mt_monitoring_page_is_growing: whether rows are still to come into the table */
gboolean
mt_monitoring_page_is_growing (MtMonitoringPage *self)
{
  return self->grow_tick != 0;
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
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "unmap", G_CALLBACK (grow_at_once), NULL);
  return G_LIST_MODEL (g_object_ref (self->places));
}
