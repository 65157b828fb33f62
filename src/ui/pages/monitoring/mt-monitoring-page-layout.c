/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-layout.c: the Monitoring page at every width, from a
 * phone's 360 px to a projector's full screen */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-monitoring-page-private.h"

/*
 * A methodologist reads each municipality's name with its place and score
 * at any width, without scrolling sideways (a column view cannot keep a
 * column in view while the others scroll). So the columns shown are those
 * that fit, most wanted first; the others are in the details and in every
 * export. Below WIDE_WIDTH the chart and the details are a view of their
 * own, in the table's place while the chart button is down (a plain box,
 * not AdwFlap: libadwaita 1.2's flap traps Tab in its pane). The page
 * learns its width when it is allocated and changes the layout on the next
 * frame, where a change of layout is allowed.
 */

/* From this width, the chart and the details stand beside the table. */
#define WIDE_WIDTH 1000
/* Narrower than this, the toolbar's buttons go under the search. */
#define TOOLBAR_STACKED_BELOW 560
/* The side pane's width beside the table. */
#define SIDE_WIDTH 304
/* The table's margins and the scroll bar's room. */
#define TABLE_SLACK 8

/* The columns in the order they are given up as the table narrows (last
 * first): the name, its place in the rating and its score stay. */
static const MtColumn by_priority[] = {
  MT_COLUMN_NAME, MT_COLUMN_RANK, MT_COLUMN_SCORE, MT_COLUMN_POSITION,
  MT_COLUMN_TEACHERS_SHARE, MT_COLUMN_STUDENTS_SHARE, MT_COLUMN_RANK_CHANGE,
  MT_COLUMN_TEACHERS_ACTIVE, MT_COLUMN_STUDENTS_ACTIVE, MT_COLUMN_ORGANIZATIONS,
  MT_COLUMN_TEACHERS_SHARE_CHANGE, MT_COLUMN_STUDENTS_SHARE_CHANGE,
};

static gboolean
is_change (MtColumn column)
{
  return column >= MT_COLUMN_RANK_CHANGE && column <= MT_COLUMN_STUDENTS_SHARE_CHANGE;
}

/**
 * mt_monitoring_page_column_width:
 *
 * Returns: the width @column takes on screen (the name's is its least:
 *   it takes what is left)
 */
int
mt_monitoring_page_column_width (MtColumn column)
{
  switch (column)
    {
    case MT_COLUMN_POSITION: return 48;
    case MT_COLUMN_NAME: return 150;
    case MT_COLUMN_RANK: return 84;
    case MT_COLUMN_SCORE: return 84;
    case MT_COLUMN_ORGANIZATIONS: return 64;
    default: return 116;
    }
}

/* The columns that fit in @width, most wanted first. */
static void
show_columns_for (MtMonitoringPage *self,
                  int               width)
{
  int used = 0;
  gboolean full = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (by_priority); i++)
    {
      MtColumn column = by_priority[i];
      GtkColumnViewColumn *view_column = self->view_columns[column];
      gboolean wanted = view_column != NULL && (!is_change (column) || self->previous != NULL);
      int needed = mt_monitoring_page_column_width (column);

      if (view_column == NULL)
        continue;
      /* The place, the name and the score always; the rest while they fit. */
      if (wanted && i >= 3 && (full || used + needed > width))
        {
          full = TRUE;
          wanted = FALSE;
        }
      if (wanted)
        used += needed;
      gtk_column_view_column_set_visible (view_column, wanted);
    }
}

static gboolean
relayout_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);

  self->relayout_tick = 0;
  mt_monitoring_page_layout_update (self);
  return G_SOURCE_REMOVE;
}

/**
 * mt_monitoring_page_layout_allocated:
 * @width: the page's new width
 *
 * Called when the page is allocated: the layout follows on the next frame.
 */
void
mt_monitoring_page_layout_allocated (MtMonitoringPage *self,
                                     int               width)
{
  if (width == self->layout_width)
    return;
  self->layout_width = width;
  if (self->relayout_tick == 0)
    self->relayout_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), relayout_cb, NULL, NULL);
}

/* Which of the table and the side pane are shown: both when wide; when
 * narrow, one, as the chart button says. */
static void
show_panes (MtMonitoringPage *self)
{
  gboolean side = gtk_toggle_button_get_active (self->side_button);

  gtk_widget_set_visible (GTK_WIDGET (self->rows_stack), self->layout_wide || !side);
  gtk_widget_set_visible (self->side_separator, self->layout_wide);
  gtk_widget_set_visible (self->side_pane, self->layout_wide || side);
  gtk_widget_set_hexpand (self->side_pane, !self->layout_wide);
  gtk_widget_set_visible (GTK_WIDGET (self->side_button), !self->layout_wide);
  gtk_widget_set_visible (GTK_WIDGET (self->hide_side_button), !self->layout_wide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.hide-side", !self->layout_wide && side);
}

/* The user swapped the views: the keyboard follows the one shown, rather
 * than falling out of the page with the widget that had it (Esc then leads
 * back). Only then: a relayout never moves the focus. */
static void
side_toggled_cb (MtMonitoringPage *self)
{
  show_panes (self);
  if (self->layout_wide)
    return;
  if (gtk_toggle_button_get_active (self->side_button))
    gtk_widget_grab_focus (GTK_WIDGET (self->hide_side_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/**
 * mt_monitoring_page_layout_update:
 *
 * Lays the page out for its width now: the side pane beside the table or
 * in its place, and the columns that fit. Also called when the columns
 * wanted change (a previous period came or went).
 */
void
mt_monitoring_page_layout_update (MtMonitoringPage *self)
{
  int width = self->layout_width;

  if (width <= 0)
    return;
  self->layout_wide = width >= WIDE_WIDTH;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), width < TOOLBAR_STACKED_BELOW
                                                                  ? GTK_ORIENTATION_VERTICAL
                                                                  : GTK_ORIENTATION_HORIZONTAL);
  show_panes (self);
  show_columns_for (self, (self->layout_wide ? width - SIDE_WIDTH : width) - TABLE_SLACK);
}

/**
 * mt_monitoring_page_layout_show_side:
 *
 * Brings the chart and the details into view: in a narrow window, in the
 * table's place (a row was opened to read about).
 */
void
mt_monitoring_page_layout_show_side (MtMonitoringPage *self)
{
  if (!self->layout_wide)
    gtk_toggle_button_set_active (self->side_button, TRUE);
}

static void
hide_side_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_toggle_button_set_active (MT_MONITORING_PAGE (widget)->side_button, FALSE);
}

/* A header that does not fit wraps instead of being cut, and says its
 * whole title when pointed at: "Active students %" and "Active students"
 * stay apart however narrow. */
static void
wrap_header_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      /* At words only: the column is as wide as its longest word. */
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD);
      gtk_label_set_justify (GTK_LABEL (widget), GTK_JUSTIFY_CENTER);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wrap_header_labels (child);
}

/* The column view's titles are its first child's children, in order. */
static void
set_up_headers (MtMonitoringPage *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint i = 0;

  for (GtkWidget *title = header != NULL ? gtk_widget_get_first_child (header) : NULL;
       title != NULL && i < g_list_model_get_n_items (columns); title = gtk_widget_get_next_sibling (title), i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *text = gtk_column_view_column_get_title (column);

      gtk_widget_set_tooltip_text (title, text);
      wrap_header_labels (title);
    }
}

/**
 * mt_monitoring_page_layout_init:
 *
 * Once the columns are added: their headers, and the chart button.
 */
void
mt_monitoring_page_layout_init (MtMonitoringPage *self)
{
  set_up_headers (self);
  g_signal_connect_object (self->side_button, "toggled", G_CALLBACK (side_toggled_cb), self, G_CONNECT_SWAPPED);
  show_panes (self);
}

void
mt_monitoring_page_layout_class_init (GtkWidgetClass *widget_class)
{
  /* Escape leaves the chart for the table (only then: the action is
   * enabled only while the chart is shown in the table's place). */
  gtk_widget_class_install_action (widget_class, "monitoring.hide-side", NULL, hide_side_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "monitoring.hide-side", NULL);
}

void
mt_monitoring_page_layout_dispose (MtMonitoringPage *self)
{
  if (self->relayout_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->relayout_tick);
  self->relayout_tick = 0;
}
