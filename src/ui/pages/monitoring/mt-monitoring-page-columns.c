/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-columns.c: the rating table's columns and cells: their
 * text, their order when sorted, and how a row is read aloud */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mt-format.h"
#include "mt-monitoring-page-private.h"
#include "mt-name-cell.h"

/* The columns shown, in the order of the region's table, then the changes. */
static const MtColumn shown_columns[] = {
  MT_COLUMN_POSITION, MT_COLUMN_NAME, MT_COLUMN_RANK, MT_COLUMN_TEACHERS_SHARE,
  MT_COLUMN_TEACHERS_ACTIVE, MT_COLUMN_STUDENTS_SHARE, MT_COLUMN_STUDENTS_ACTIVE,
  MT_COLUMN_ORGANIZATIONS, MT_COLUMN_SCORE, MT_COLUMN_RANK_CHANGE, MT_COLUMN_TEACHERS_SHARE_CHANGE,
  MT_COLUMN_STUDENTS_SHARE_CHANGE,
};

/* The user's own municipality, by code or by name in any case. */
gboolean
mt_monitoring_page_is_mine (MtMonitoringPage *self,
                            MtRatingRow      *row)
{
  g_autofree char *name = NULL;

  if (self->mine_key == NULL)
    return FALSE;
  if (mt_rating_row_get_id (row) != NULL && g_str_equal (mt_rating_row_get_id (row), self->mine_key))
    return TRUE;
  name = g_utf8_casefold (mt_rating_row_get_name (row), -1);
  return g_str_equal (name, self->mine_key);
}

/* Cells: a figure is a GtkInscription, a name an MtNameCell; neither
 * lays its row out again when its text changes (a name only if it takes
 * more or fewer lines). Their text is the core's formatting. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  MtColumn column = GPOINTER_TO_UINT (user_data);
  GtkWidget *shown;

  /* A name is read whole: it wraps rather than being cut, with room for
   * sixteen characters a line at least. */
  if (column == MT_COLUMN_NAME)
    shown = mt_name_cell_new (16);
  else
    {
      shown = gtk_inscription_new (NULL);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (shown), 1);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (shown), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      /* One line, centred, however tall a name makes its row: a figure
       * too wide for a narrowed column is cut, not wrapped. */
      gtk_widget_set_valign (shown, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (shown, "numeric");
    }
  gtk_list_item_set_child (item, shown);
}

static void bind_cell_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data);

/* A screen reader announces a row of the table by its municipality, place
 * and score, not by its widget's type. GTK 4.8 gives no API for the row
 * of a column view's cell: it is the cell's parent, the name's
 * grandparent. */
static void
name_table_row (GtkWidget   *name,
                MtRatingRow *row,
                const char  *unranked)
{
  GtkWidget *cell = gtk_widget_get_parent (name);
  GtkWidget *table_row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *label = NULL;

  if (table_row == NULL)
    return;
  if (unranked != NULL)
    label = g_strdup_printf ("%s. %s", mt_rating_row_get_name (row), unranked);
  else
    {
      g_autofree char *score = mt_format_percent (mt_rating_row_get_score (row));

      /* TRANSLATORS: a row of the rating read aloud: municipality, place, score */
      label = g_strdup_printf (_("%s, place %u, score %s"), mt_rating_row_get_name (row),
                               mt_rating_row_get_rank (row), score);
    }
  /* Told again only when it changed: 200 rows are bound at each new
   * rating, and most keep their words. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (table_row), "read-aloud"), label) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (table_row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (table_row), "read-aloud", g_steal_pointer (&label), g_free);
}

/* A row's values change when it is rated again: its cells follow. */
static void
row_changed_cb (MtRatingRow *row,
                GtkListItem *item)
{
  GtkSignalListItemFactory *factory = g_object_get_data (G_OBJECT (item), "factory");

  bind_cell_cb (factory, item, g_object_get_data (G_OBJECT (item), "column"));
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gpointer row = g_object_get_data (G_OBJECT (item), "bound-row");

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, row_changed_cb, item);
  g_object_set_data (G_OBJECT (item), "bound-row", NULL);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  MtMonitoringPage *self = g_object_get_data (G_OBJECT (factory), "page");
  MtColumn column = GPOINTER_TO_UINT (user_data);
  MtRatingRow *row = gtk_list_item_get_item (item);
  GtkWidget *shown = gtk_list_item_get_child (item);
  g_autofree char *text = mt_rating_row_format_cell (row, column);
  const char *excluded = mt_rating_row_get_excluded (row);
  /* Only rows without a place have a reason (cheap for the others). */
  g_autofree char *unranked = mt_rating_row_unranked_reason (row);

  if (column == MT_COLUMN_NAME)
    mt_name_cell_set_text (MT_NAME_CELL (shown), text);
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (shown), text);
  /* A row without a place says why, wherever the pointer is: kept out,
   * or not scored. Setting a tooltip costs a query even when it stays
   * empty, and there are thousands of cells: only a change is set. */
  if (unranked != NULL || gtk_widget_get_has_tooltip (shown))
    gtk_widget_set_tooltip_text (shown, unranked);
  if (excluded != NULL)
    gtk_widget_add_css_class (shown, "excluded");
  else if (gtk_widget_has_css_class (shown, "excluded"))
    gtk_widget_remove_css_class (shown, "excluded");
  if (unranked != NULL && excluded == NULL)
    gtk_widget_add_css_class (shown, "unscored");
  else if (gtk_widget_has_css_class (shown, "unscored"))
    gtk_widget_remove_css_class (shown, "unscored");
  if (mt_monitoring_page_is_mine (self, row))
    gtk_widget_add_css_class (shown, "mine");
  else if (gtk_widget_has_css_class (shown, "mine"))
    gtk_widget_remove_css_class (shown, "mine");

  if (column == MT_COLUMN_NAME)
    name_table_row (shown, row, unranked);

  if (g_object_get_data (G_OBJECT (item), "bound-row") != row)
    {
      g_object_set_data (G_OBJECT (item), "factory", factory);
      g_object_set_data (G_OBJECT (item), "column", user_data);
      g_object_set_data (G_OBJECT (item), "bound-row", row);
      g_signal_connect (row, "values-changed", G_CALLBACK (row_changed_cb), item);
    }
}

/* Unknown values (NAN, -1, rank 0) sort after the known, either way up. */
static int
compare_numbers (double a,
                 double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return a < b ? -1 : a > b;
}

static double
sort_value (MtRatingRow *row,
            MtColumn     column)
{
  const MtRatingValues *values = mt_rating_row_get_values (row);

  switch (column)
    {
    case MT_COLUMN_POSITION: return values->position;
    case MT_COLUMN_RANK: return values->rank > 0 ? values->rank : NAN;
    case MT_COLUMN_TEACHERS_SHARE: return values->teachers_share;
    case MT_COLUMN_STUDENTS_SHARE: return values->students_share;
    case MT_COLUMN_TEACHERS_ACTIVE:
      return mt_rating_row_get_teachers (row)->active == MT_COUNT_UNKNOWN ? NAN : mt_rating_row_get_teachers (row)->active;
    case MT_COLUMN_STUDENTS_ACTIVE:
      return mt_rating_row_get_students (row)->active == MT_COUNT_UNKNOWN ? NAN : mt_rating_row_get_students (row)->active;
    case MT_COLUMN_ORGANIZATIONS:
      return mt_rating_row_get_organizations (row) == MT_COUNT_UNKNOWN ? NAN : mt_rating_row_get_organizations (row);
    case MT_COLUMN_SCORE: return values->score;
    case MT_COLUMN_RANK_CHANGE: return values->has_rank_change ? values->rank_change : NAN;
    case MT_COLUMN_TEACHERS_SHARE_CHANGE: return values->teachers_share_change;
    case MT_COLUMN_STUDENTS_SHARE_CHANGE: return values->students_share_change;
    default: return NAN;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  MtColumn column = GPOINTER_TO_UINT (user_data);
  MtRatingRow *x = (MtRatingRow *) a, *y = (MtRatingRow *) b;

  if (column == MT_COLUMN_NAME)
    return strcmp (mt_rating_row_get_name_key (x), mt_rating_row_get_name_key (y));
  return compare_numbers (sort_value (x, column), sort_value (y, column));
}

/**
 * mt_monitoring_page_add_columns:
 *
 * The table's columns: a name or a figure a cell, sorted by precomputed
 * values.
 */
void
mt_monitoring_page_add_columns (MtMonitoringPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown_columns); i++)
    {
      MtColumn column = shown_columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_rows, GUINT_TO_POINTER (column), NULL);

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), GUINT_TO_POINTER (column));
      view_column = gtk_column_view_column_new (mt_column_title (column), g_steal_pointer (&factory));
      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
      /* Fixed widths: nothing jumps while scrolling. */
      gtk_column_view_column_set_fixed_width (view_column, mt_monitoring_page_column_width (column));
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, column == MT_COLUMN_NAME);
      self->view_columns[column] = view_column;
      gtk_column_view_append_column (self->column_view, view_column);
    }
}
