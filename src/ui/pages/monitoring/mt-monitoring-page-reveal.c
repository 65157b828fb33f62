/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-reveal.c: a table that gains many rows at once (the
 * first national document, a national one after a region's, a search
 * cleared) shows them fifteen per frame
 *
 * GTK 4.8's column view keeps widgets for about 200 rows, whatever the
 * screen shows: a national table appearing at once makes 200 rows of
 * twelve labels in one go, about 75 ms without a frame on an office PC
 * (bench-window). So the rows pass through a GtkSliceListModel that is
 * held at the rows shown before the change plus fifteen, then opened
 * by fifteen per frame until GTK has its 200, then opened whole:
 * beyond those, rows cost GTK no widget. The page is busy meanwhile. */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include "mt-monitoring-page-private.h"

/* Rows added per frame: most of a screenful at 1024 px, under 10 ms of
 * GTK's work on an office PC (bench-window). */
#define ROWS_PER_FRAME 15
/* The rows GTK 4.8 keeps widgets for (GTK_LIST_VIEW_MAX_LIST_ITEMS). */
#define ROWS_WITH_WIDGETS 200

static void stop_revealing (MtMonitoringPage *self);

/**
 * mt_monitoring_page_reveal_init:
 * @sorted: (transfer full): the rows in table order
 *
 * Returns: (transfer full): the rows as the table gets them
 */
GListModel *
mt_monitoring_page_reveal_init (MtMonitoringPage *self,
                                GListModel       *sorted)
{
  self->revealed = gtk_slice_list_model_new (sorted, 0, G_MAXUINT);
  /* A page taken off screen has no more frames: its table is whole. */
  g_signal_connect (self, "unmap", G_CALLBACK (stop_revealing), NULL);
  return G_LIST_MODEL (g_object_ref (self->revealed));
}

/**
 * mt_monitoring_page_hold_rows:
 *
 * Before a change that may add many rows: the table keeps the rows it
 * shows and gains at most fifteen until
 * mt_monitoring_page_reveal_rows() opens it frame by frame. A page not on
 * screen has no frames and GTK makes no rows for it: nothing is held.
 */
void
mt_monitoring_page_hold_rows (MtMonitoringPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->revealed));

  if (self->reveal_tick != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  gtk_slice_list_model_set_size (self->revealed, shown + ROWS_PER_FRAME);
}

/* All the rows in the table; the user's own in view if it was asked. */
static void
revealed_whole (MtMonitoringPage *self)
{
  gtk_slice_list_model_set_size (self->revealed, G_MAXUINT);
  mt_monitoring_page_update_busy (self);
  if (self->scroll_when_revealed)
    {
      self->scroll_when_revealed = FALSE;
      mt_monitoring_page_scroll_to_mine (self);
    }
}

static void
stop_revealing (MtMonitoringPage *self)
{
  if (self->reveal_tick == 0)
    return;
  gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  revealed_whole (self);
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GListModel *sorted = gtk_slice_list_model_get_model (self->revealed);
  guint size = gtk_slice_list_model_get_size (self->revealed) + ROWS_PER_FRAME;

  if (size >= MIN (g_list_model_get_n_items (sorted), ROWS_WITH_WIDGETS))
    {
      self->reveal_tick = 0;
      revealed_whole (self);
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (self->revealed, size);
  return G_SOURCE_CONTINUE;
}

/**
 * mt_monitoring_page_reveal_rows:
 *
 * After the change: the rows held back come fifteen per frame. A
 * table without rows held back is whole at once.
 */
void
mt_monitoring_page_reveal_rows (MtMonitoringPage *self)
{
  GListModel *sorted = gtk_slice_list_model_get_model (self->revealed);

  if (gtk_slice_list_model_get_size (self->revealed) >= g_list_model_get_n_items (sorted))
    {
      if (self->reveal_tick != 0)
        stop_revealing (self);
      else
        revealed_whole (self);
      return;
    }
  if (self->reveal_tick == 0)
    {
      self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
      mt_monitoring_page_update_busy (self);
    }
}

/** mt_monitoring_page_is_revealing: whether rows are still held back */
gboolean
mt_monitoring_page_is_revealing (MtMonitoringPage *self)
{
  return self->reveal_tick != 0;
}
