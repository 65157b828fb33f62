/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page.c: the municipalities' rating page */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mt-demo.h"
#include "mt-format.h"
#include "mt-history.h"
#include "mt-monitoring-job.h"
#include "mt-monitoring-page-private.h"
#include "mt-rating-columns.h"
#include "mt-rating-chart.h"
#include "mt-rating-export.h"
#include "mt-table-reader.h"
#include "mt-toast.h"
#include "mt-worker.h"

/*
 * The rows are an MtRating's, made off the main thread (loading and
 * re-rating are MtFeed's and MtRating's workers); the table shows them
 * searched and sorted in places that keep their row objects
 * (mt-monitoring-page-rows.c). A load that fails leaves the rows shown
 * before as they were.
 */


G_DEFINE_FINAL_TYPE (MtMonitoringPage, mt_monitoring_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_BUSY,
  PROP_DATASET,
  PROP_OFFLINE_NOTICE,
  PROP_REFRESH_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint signals[N_SIGNALS];


void
mt_monitoring_page_toast (MtMonitoringPage *self,
                          AdwToast         *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

MtWeights
mt_monitoring_page_current_weights (MtMonitoringPage *self)
{
  MtWeights weights = {
    gtk_spin_button_get_value (self->teachers_spin),
    gtk_spin_button_get_value (self->students_spin),
  };

  return weights;
}

/* Busy while the feed gets or reads a document, or the rows are rated
 * again: either may end first. */
void
mt_monitoring_page_update_busy (MtMonitoringPage *self)
{
  gboolean loading = self->rating_pending || (self->feed != NULL && mt_feed_get_busy (self->feed));
  /* The table's places taking their rows is a few frames: busy, but no
   * spinner flashing at each sort. */
  gboolean busy = loading || mt_monitoring_page_is_settling (self);

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  if (busy != self->busy)
    {
      self->busy = busy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

/* The periods kept for the region shown, to open one again: the demo's
 * weeks for the demo. */
static void
show_periods (MtMonitoringPage *self,
              GStrv             paths)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint shown = 0;

  if (mt_dataset_get_is_demo (self->dataset))
    {
      g_auto(GStrv) weeks = mt_demo_list_periods ();

      for (guint i = g_strv_length (weeks); i > 0; i--)
        {
          /* A demo week runs seven days from its first. */
          g_autofree char *last = mt_iso_date_add_days (weeks[i - 1], 7);
          g_autofree char *label = mt_format_period_short (weeks[i - 1], last);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

          g_menu_item_set_action_and_target_value (item, "monitoring.load-demo-week",
                                                   g_variant_new_string (weeks[i - 1]));
          g_menu_append_item (menu, item);
          shown++;
        }
    }
  for (guint i = 0; paths != NULL && paths[i] != NULL && shown < 52; i++, shown++)
    {
      g_autofree char *name = g_path_get_basename (paths[i]);
      g_autofree char *from = g_strndup (name, 10);
      g_autofree char *to = g_strndup (name + 11, 10);
      g_autofree char *label = mt_format_period_short (from, to);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "monitoring.load-file", g_variant_new_string (paths[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->periods_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->periods_button), shown > 0);
}

static void
periods_listed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_auto(GStrv) paths = g_task_propagate_pointer (G_TASK (result), NULL);

  if (paths != NULL)  /* else another period came meanwhile */
    show_periods (self, paths);
}

static void
list_periods_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  MtHistory *history = source_object;

  g_task_return_pointer (task, mt_history_list_periods (history, task_data), (GDestroyNotify) g_strfreev);
}

/* The history's folder is read in a worker: a slow disk or a long history
 * never holds up the window. */
static void
update_periods (MtMonitoringPage *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->periods_cancellable);
  g_clear_object (&self->periods_cancellable);
  if (mt_dataset_get_is_demo (self->dataset))
    {
      show_periods (self, NULL);
      return;
    }
  self->periods_cancellable = g_cancellable_new ();
  task = g_task_new (self->history, self->periods_cancellable, periods_listed_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (mt_dataset_get_region (self->dataset)), g_free);
  mt_worker_run (task, list_periods_in_thread);
}

static void
update_header (MtMonitoringPage *self)
{
  MtDataset *dataset = self->dataset;
  g_autofree char *period = mt_format_period (mt_dataset_get_period_from (dataset),
                                              mt_dataset_get_period_to (dataset));
  g_autofree char *title = NULL;
  g_autofree char *loaded = g_date_time_format (self->loaded_at, "%X");
  GString *subtitle = g_string_new (NULL);

  title = g_strdup_printf ("%s · %s", mt_dataset_get_region (dataset) != NULL
                                      ? mt_dataset_get_region (dataset) : _("Region not named"),
                           period);
  gtk_label_set_label (self->title_label, title);

  if (mt_dataset_get_platform (dataset) != NULL)
    g_string_append_printf (subtitle, "%s · ", mt_dataset_get_platform (dataset));
  if (mt_dataset_get_published (dataset) != NULL)
    {
      g_autoptr(GDateTime) published = g_date_time_new_from_iso8601 (mt_dataset_get_published (dataset), NULL);
      g_autofree char *date = published != NULL ? mt_format_date (published) : NULL;
      gint64 days = published != NULL
                    ? g_date_time_difference (self->loaded_at, published) / G_TIME_SPAN_DAY : 0;
      g_autofree char *count = mt_format_count (days);

      /* TRANSLATORS: when the data was published, and how many days ago
       * (the second %s is a number, "1 096"). */
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "published %s, %s day ago · ",
                                           "published %s, %s days ago · ", days),
                              date, count);
    }
  /* TRANSLATORS: where the data came from ("file.csv", "demo data") and
   * when it was loaded. */
  g_string_append_printf (subtitle, _("from %s, loaded at %s"), self->source_label, loaded);
  if (self->previous != NULL)
    {
      g_autofree char *before = mt_format_period (mt_dataset_get_period_from (self->previous),
                                                  mt_dataset_get_period_to (self->previous));

      g_string_append (subtitle, " · ");
      /* TRANSLATORS: the previous period the rating is compared with. */
      g_string_append_printf (subtitle, _("compared with %s"), before);
    }
  gtk_label_set_label (self->subtitle_label, subtitle->str);
  g_string_free (subtitle, TRUE);

  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), mt_dataset_get_is_demo (dataset));
  update_periods (self);
  /* The change columns come with a previous period, where they fit. */
  mt_monitoring_page_layout_update (self);
}

/* The chart says what its bars are: the score with its weights, or the
 * teachers' share when no row could be scored. */
static void
update_chart_caption (MtMonitoringPage *self,
                      GListModel       *rows)
{
  g_autoptr(MtRatingRow) first = g_list_model_get_n_items (rows) > 0 ? g_list_model_get_item (rows, 0) : NULL;
  /* The weights the bars were rated with, not those being typed. */
  MtWeights weights = *mt_rating_get_weights (self->rating);
  g_autofree char *caption = NULL;

  if (first != NULL && mt_rating_row_get_rank (first) > 0)
    /* TRANSLATORS: above the chart; the two numbers are the weights of
     * the teachers' and the students' shares, "1 : 1" */
    caption = g_strdup_printf (_("Bars: the score (weights %g : %g), the weighted share of active teachers and students"),
                               weights.teachers, weights.students);
  else
    caption = g_strdup (_("Bars: the share of active teachers (no municipality has the totals a score needs)"));
  gtk_label_set_label (self->chart_caption, caption);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_caption), first != NULL);
}

/* The report of rows without a place is there when any row has none, or
 * when a line could not be read. */
static void
update_report_button (MtMonitoringPage *self,
                      GListModel       *rows)
{
  gboolean any = mt_dataset_get_problems (self->dataset)->len > 0;

  for (guint i = 0; !any && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      any = mt_rating_row_get_rank (row) == 0;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->report_button), any);
}


/* The rows, the chart and the details after a new rating: a selected
 * municipality stays selected while it is in the table, with its new
 * figures. */
static void
rows_changed (MtMonitoringPage *self)
{
  GListModel *rows = mt_rating_get_rows (self->rating);

  mt_monitoring_page_update_rows (self);
  mt_rating_chart_set_rows (self->chart, rows, self->mine_key);
  update_chart_caption (self, rows);
  update_report_button (self, rows);
  /* A new table starts at its first column. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->table_scroller), 0);
}

/* Shows a new rating: the header, the rows, the chart, the user's row.
 * The page's rating stays the same object (mt_rating_update_from()), and
 * the table's places take the new rows (mt-monitoring-page-rows.c). */
void
mt_monitoring_page_show_rated (MtMonitoringPage *self,
                               MtRating         *rating)
{
  MtDataset *dataset = mt_rating_get_dataset (rating);
  MtDataset *previous = mt_rating_get_previous (rating);
  /* The page's references, held until the rating has the new period:
   * what runs meanwhile (a selection's details) sees a whole period. */
  MtDataset *old_dataset = self->dataset;
  MtDataset *old_previous = self->previous;

  if (self->rating == NULL)
    self->rating = g_object_ref (rating);
  else
    mt_rating_update_from (self->rating, rating);
  self->dataset = g_object_ref (dataset);
  self->previous = previous != NULL ? g_object_ref (previous) : NULL;
  /* Counted, not compared by address: a new period may take a freed one's. */
  if (old_dataset != dataset)
    self->period++;
  g_clear_pointer (&self->loaded_at, g_date_time_unref);
  self->loaded_at = g_date_time_new_now_local ();
  update_header (self);
  gtk_stack_set_visible_child_name (self->stack, "table");
  /* Scrolled to once the table has all its rows. */
  self->scroll_when_grown = TRUE;
  rows_changed (self);
  /* The old periods go in a worker thread, now that the page's are their
   * last references and no row shown is of them: freeing a national
   * dataset is tens of milliseconds the window need not wait. */
  mt_worker_free (old_dataset, g_object_unref);
  mt_worker_free (old_previous, g_object_unref);
  if (old_dataset != dataset)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* Writing a national period to the history allocates as much as loading
 * it did; done at once, it competes with GTK taking in the new rows and
 * the window misses frames. So it starts once the table has been drawn. */
static gboolean
keep_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);

  if (++self->keep_frames < 2)
    return G_SOURCE_CONTINUE;
  self->keep_tick = 0;
  mt_monitoring_keep_async (self->history, self->to_keep);
  g_clear_object (&self->to_keep);
  return G_SOURCE_REMOVE;
}

void
mt_monitoring_page_keep_later (MtMonitoringPage *self,
                               MtDataset        *dataset)
{
  /* A period replaced before it was kept is still kept. */
  if (self->to_keep != NULL && self->to_keep != dataset)
    mt_monitoring_keep_async (self->history, self->to_keep);
  g_set_object (&self->to_keep, dataset);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      mt_monitoring_keep_async (self->history, self->to_keep);
      g_clear_object (&self->to_keep);
      return;
    }
  self->keep_frames = 0;
  if (self->keep_tick == 0)
    self->keep_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), keep_tick_cb, NULL, NULL);
}

static void
rated_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;

  if (!mt_rating_rate_finish (MT_RATING (source), result, NULL))
    return;  /* cancelled by newer weights or another period */
  self->rating_pending = FALSE;
  mt_monitoring_page_update_busy (self);
  rows_changed (self);
}

/* Rated again off the main thread with the weights shown; a newer change
 * cancels an older one. */
void
mt_monitoring_page_rate_again (MtMonitoringPage *self)
{
  MtWeights weights = mt_monitoring_page_current_weights (self);

  if (self->rating == NULL || !mt_weights_validate (&weights, NULL))
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->rating_pending = TRUE;
  mt_monitoring_page_update_busy (self);
  mt_rating_rate_async (self->rating, &weights, self->cancellable, rated_cb, g_object_ref (self));
}

static void
weights_changed_cb (MtMonitoringPage *self)
{
  MtWeights weights = mt_monitoring_page_current_weights (self);
  g_autofree char *label = g_strdup_printf ("%g : %g", weights.teachers, weights.students);
  g_autoptr(GError) error = NULL;
  gboolean valid = mt_weights_validate (&weights, &error);

  gtk_menu_button_set_label (self->weights_button, label);
  /* Weights that rate nothing (0 : 0) leave the rating as it was, and say
   * why once, where the weights are. */
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->weights_button), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->weights_button),
                                   _("Weights of the teachers’ and the students’ shares in the score"));
    }
  else
    {
      if (!gtk_widget_has_css_class (GTK_WIDGET (self->weights_button), "error"))
        mt_monitoring_page_toast (self, mt_toast_new (error->message));
      gtk_widget_add_css_class (GTK_WIDGET (self->weights_button), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->weights_button), error->message);
    }
  mt_monitoring_page_rate_again (self);
}

/* Escape in the search clears it, as in GNOME's apps. */
static void
stop_search_cb (MtMonitoringPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_changed_cb (MtMonitoringPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (*text != '\0')
    self->search_key = g_utf8_casefold (text, -1);
  mt_monitoring_page_update_rows (self);
}

/* A search that leaves no row says so, rather than a bare empty table. */
void
mt_monitoring_page_filtered (MtMonitoringPage *self)
{
  gboolean none = g_list_model_get_n_items (G_LIST_MODEL (self->places)) == 0 && self->search_key != NULL;

  gtk_stack_set_visible_child_name (self->rows_stack, none ? "no-match" : "rows");
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * mt_monitoring_page_get_my_position:
 *
 * Returns: where the user's municipality stands in the table, or
 *   %G_MAXUINT when it is not there
 */
guint
mt_monitoring_page_get_my_position (MtMonitoringPage *self)
{
  GListModel *rows = mt_monitoring_page_get_rows (self);

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);

      if (mt_monitoring_page_is_mine (self, row))
        return i;
    }
  return G_MAXUINT;
}

/* Brings the user's municipality into view: GTK 4.8's column view has no
 * scroll_to, but its list has the "list.scroll-to-item" action. */
void
mt_monitoring_page_scroll_to_mine (MtMonitoringPage *self)
{
  guint position = mt_monitoring_page_get_my_position (self);
  GtkWidget *list = find_list_view (GTK_WIDGET (self->column_view));

  if (position != G_MAXUINT && list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

static void
my_municipality_changed_cb (GSettings        *settings,
                            const char       *key,
                            MtMonitoringPage *self)
{
  g_autofree char *mine = g_settings_get_string (settings, "my-municipality");
  g_autofree char *trimmed = g_strstrip (g_strdup (mine));

  g_clear_pointer (&self->mine_key, g_free);
  if (*trimmed != '\0')
    self->mine_key = g_utf8_casefold (trimmed, -1);
  /* The rows shown again, so that the highlight follows. */
  mt_monitoring_page_show_rows_again (self);
  mt_rating_chart_set_rows (self->chart, self->rating != NULL ? mt_rating_get_rows (self->rating) : NULL,
                            self->mine_key);
  mt_monitoring_page_scroll_to_mine (self);
}

static void
trend_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_autoptr(GArray) points = mt_monitoring_trend_finish (result, NULL);

  if (points == NULL)
    return;  /* cancelled: another row was chosen */
  /* A trend needs two periods; with fewer, the details say so in words
   * rather than an empty box with a legend. */
  mt_trend_chart_set_points (self->trend, points);
  gtk_widget_set_visible (GTK_WIDGET (self->trend), points->len >= 2);
  gtk_widget_set_visible (GTK_WIDGET (self->trend_legend), points->len >= 2);
  gtk_widget_set_visible (GTK_WIDGET (self->trend_none), points->len < 2);
}

/* The selected municipality's counts, shares and rank, and its trend.
 * The same municipality of the same period (the table sorted, searched or
 * rated again, its row elsewhere) keeps the trend it has: only its figures
 * are told again. */
void
mt_monitoring_page_selection_changed (MtMonitoringPage *self)
{
  MtRatingRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *teachers = NULL;
  g_autofree char *students = NULL;
  g_autofree char *body = NULL;
  g_autofree char *rank = NULL;
  const MtRatingValues *values;
  gboolean same = row != NULL && self->details_period == self->period &&
                  g_strcmp0 (mt_rating_row_get_key (row), self->details_key) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->details_box), row != NULL);
  if (!same)
    {
      g_cancellable_cancel (self->trend_cancellable);
      g_clear_object (&self->trend_cancellable);
      mt_trend_chart_set_points (self->trend, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->trend), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->trend_legend), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->trend_none), FALSE);
      g_clear_pointer (&self->details_key, g_free);
    }
  if (row == NULL || self->dataset == NULL)
    return;
  /* Chosen now: one waiting for the table to grow is not chosen again. */
  g_clear_pointer (&self->select_when_grown, g_free);

  values = mt_rating_row_get_values (row);
  {
    g_autofree char *active = mt_rating_row_format_cell (row, MT_COLUMN_TEACHERS_ACTIVE);
    g_autofree char *total = mt_rating_row_format_cell (row, MT_COLUMN_TEACHERS_TOTAL);
    g_autofree char *share = mt_rating_row_format_cell (row, MT_COLUMN_TEACHERS_SHARE);

    teachers = g_strdup_printf (_("Teachers: %s active of %s (%s)"), active, total, share);
  }
  {
    g_autofree char *active = mt_rating_row_format_cell (row, MT_COLUMN_STUDENTS_ACTIVE);
    g_autofree char *total = mt_rating_row_format_cell (row, MT_COLUMN_STUDENTS_TOTAL);
    g_autofree char *share = mt_rating_row_format_cell (row, MT_COLUMN_STUDENTS_SHARE);

    students = g_strdup_printf (_("Students: %s active of %s (%s)"), active, total, share);
  }
  if (values->rank > 0)
    {
      g_autofree char *score = mt_rating_row_format_cell (row, MT_COLUMN_SCORE);

      /* TRANSLATORS: a municipality's place, and the score it is ranked by */
      rank = g_strdup_printf (_("Rank %u, score %s"), values->rank, score);
    }
  else
    rank = mt_rating_row_unranked_reason (row);
  body = g_strdup_printf ("%s\n%s\n%s", rank, teachers, students);
  gtk_label_set_label (self->details_title, mt_rating_row_get_name (row));
  gtk_label_set_label (self->details_body, body);

  if (same)
    return;
  self->details_key = g_strdup (mt_rating_row_get_key (row));
  self->details_period = self->period;
  self->trend_cancellable = g_cancellable_new ();
  mt_monitoring_trend_async (self->history, self->dataset, mt_rating_row_get_id (row),
                             mt_rating_row_get_name (row), self->trend_cancellable, trend_cb,
                             g_object_ref (self));
}

static void
row_activated_cb (MtMonitoringPage *self,
                  guint             position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  mt_monitoring_page_layout_show_side (self);
}

/**
 * mt_monitoring_page_set_up:
 * @settings: the application's settings (the source, the institute for
 *   exports)
 * @fetcher: the application's fetcher, for a feed on the web
 *
 * Called once, by the window that shows the page.
 */
void
mt_monitoring_page_set_up (MtMonitoringPage *self,
                           GSettings        *settings,
                           MtFetcher        *fetcher)
{
  g_return_if_fail (MT_IS_MONITORING_PAGE (self));
  g_return_if_fail (self->settings == NULL);
  g_return_if_fail (MT_IS_FETCHER (fetcher));

  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::my-municipality",
                           G_CALLBACK (my_municipality_changed_cb), self, 0);
  my_municipality_changed_cb (settings, "my-municipality", self);
  mt_monitoring_page_feed_init (self, fetcher);
}

/** mt_monitoring_page_get_rows: Returns: (transfer none): the rows shown, in table order */
GListModel *
mt_monitoring_page_get_rows (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return gtk_column_view_get_model (self->column_view) != NULL
         ? G_LIST_MODEL (gtk_column_view_get_model (self->column_view)) : NULL;
}

/** mt_monitoring_page_get_trend_points: Returns: the points of the selected municipality's trend */
guint
mt_monitoring_page_get_trend_points (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), 0);
  return mt_trend_chart_get_n_points (self->trend);
}

/** mt_monitoring_page_get_refresh_seconds: Returns: when the automatic refresh was set for, in seconds; 0 for none */
guint
mt_monitoring_page_get_refresh_seconds (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), 0);
  return self->feed != NULL ? mt_feed_get_refresh_seconds (self->feed) : 0;
}

/** mt_monitoring_page_get_offline_notice: Returns: (nullable): the offline banner's text when shown */
const char *
mt_monitoring_page_get_offline_notice (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->offline_revealer) ? gtk_label_get_label (self->offline_label) : NULL;
}

/** mt_monitoring_page_get_rating: Returns: (transfer none) (nullable): the rating shown, changed in place as it is rated again */
MtRating *
mt_monitoring_page_get_rating (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return self->rating;
}

/** mt_monitoring_page_get_history: Returns: (transfer none): the periods kept, for trends */
MtHistory *
mt_monitoring_page_get_history (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return self->history;
}

/** mt_monitoring_page_get_dataset: Returns: (transfer none) (nullable): the period shown */
MtDataset *
mt_monitoring_page_get_dataset (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return self->dataset;
}

/* The offline banner and the next refresh, as the feed changed them: told
 * to whoever watches (the tests wait on these rather than on time). */
void
mt_monitoring_page_notify_offline_notice (MtMonitoringPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE_NOTICE]);
}

void
mt_monitoring_page_notify_refresh_seconds (MtMonitoringPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESH_SECONDS]);
}

static void
mt_monitoring_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mt_monitoring_page_get_busy (self));
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_OFFLINE_NOTICE:
      g_value_set_string (value, mt_monitoring_page_get_offline_notice (self));
      break;
    case PROP_REFRESH_SECONDS:
      g_value_set_uint (value, mt_monitoring_page_get_refresh_seconds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/** mt_monitoring_page_get_busy: Returns: whether loading, rating or the rows coming into the table are under way */
gboolean
mt_monitoring_page_get_busy (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), FALSE);
  return self->busy;
}

static void
mt_monitoring_page_dispose (GObject *object)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (object);

  mt_monitoring_page_stop_settling (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->trend_cancellable);
  g_clear_object (&self->trend_cancellable);
  g_cancellable_cancel (self->periods_cancellable);
  g_clear_object (&self->periods_cancellable);
  if (self->feed != NULL)
    mt_feed_stop (self->feed);
  g_clear_object (&self->feed);
  mt_monitoring_page_layout_dispose (self);
  if (self->keep_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->keep_tick);
  self->keep_tick = 0;
  /* Closed before the table was drawn: the period is kept all the same. */
  if (self->to_keep != NULL)
    mt_monitoring_keep_async (self->history, self->to_keep);
  g_clear_object (&self->to_keep);
  g_clear_object (&self->selection);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* The stack is both the bin's child and a template child: the bin lets
   * it go first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_MONITORING_PAGE);

  G_OBJECT_CLASS (mt_monitoring_page_parent_class)->dispose (object);
}

static void
mt_monitoring_page_finalize (GObject *object)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->history);
  g_clear_object (&self->rating);
  g_clear_object (&self->dataset);
  g_clear_object (&self->previous);
  g_clear_object (&self->places);
  g_clear_pointer (&self->select_when_grown, g_free);
  g_clear_pointer (&self->wanted, g_ptr_array_unref);
  g_clear_pointer (&self->details_key, g_free);
  g_clear_pointer (&self->stale, g_array_unref);
  g_free (self->source_label);
  g_free (self->facts_region);
  g_free (self->facts_from);
  g_free (self->facts_to);
  g_free (self->facts_sheet);
  g_free (self->facts_sheet_source);
  g_free (self->search_key);
  g_free (self->mine_key);
  g_clear_pointer (&self->loaded_at, g_date_time_unref);

  G_OBJECT_CLASS (mt_monitoring_page_parent_class)->finalize (object);
}

/* The page lays its one child out itself (rather than through AdwBin's
 * layout manager) to learn its width: GTK 4.8 has no breakpoints. */
static void
mt_monitoring_page_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
mt_monitoring_page_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
  mt_monitoring_page_layout_allocated (MT_MONITORING_PAGE (widget), width);
}

static void
mt_monitoring_page_class_init (MtMonitoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_monitoring_page_dispose;
  object_class->finalize = mt_monitoring_page_finalize;
  object_class->get_property = mt_monitoring_page_get_property;
  widget_class->measure = mt_monitoring_page_measure;
  widget_class->size_allocate = mt_monitoring_page_size_allocate;
  mt_monitoring_page_layout_class_init (widget_class);

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /* The page's state, each told when it changes. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MT_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFLINE_NOTICE] =
    g_param_spec_string ("offline-notice", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFRESH_SECONDS] =
    g_param_spec_uint ("refresh-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MT_TYPE_RATING_CHART);
  g_type_ensure (MT_TYPE_TREND_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/monitoring/mt-monitoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, source_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, set_up_source_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, offline_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, chart_caption);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, rows_stack);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, facts_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, trend_legend);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, trend_none);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, side_pane);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, side_separator);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, side_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, hide_side_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, teachers_spin);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, students_spin);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, weights_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, periods_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, chart);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, details_title);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, details_body);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, trend);
  gtk_widget_class_bind_template_callback (widget_class, weights_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  mt_monitoring_page_actions_class_init (widget_class);
}

/* F5 and Ctrl+V work wherever the focus is in the window while the page
 * is shown; a text entry with the focus keeps its own Ctrl+V. */
static void
add_shortcuts (MtMonitoringPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("monitoring.refresh")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("monitoring.paste")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
mt_monitoring_page_init (MtMonitoringPage *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->history = mt_history_new (NULL);
  mt_monitoring_page_add_columns (self);
  mt_monitoring_page_layout_init (self);
  self->selection = gtk_single_selection_new (mt_monitoring_page_rows_init (self));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (mt_monitoring_page_selection_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  /* A row opened (Enter, a double click) shows its details, also where
   * they wait aside in a narrow window. */
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (drop, "drop", G_CALLBACK (mt_monitoring_page_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  add_shortcuts (self);
  mt_monitoring_page_update_busy (self);
  /* Until the settings name a source. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.refresh", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.ask-table-facts", FALSE);
}
