/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-private.h: what the rating page's files share */
#pragma once

#include "mt-dataset.h"
#include "mt-feed.h"
#include "mt-fetcher.h"
#include "mt-history.h"
#include "mt-monitoring-page.h"
#include "mt-rating.h"
#include "mt-rating-columns.h"
#include "mt-rating-chart.h"
#include "mt-trend-chart.h"

G_BEGIN_DECLS

/* Everything below is shared by the page's own files only. */

struct _MtMonitoringPage
{
  AdwBin parent_instance;

  GSettings *settings;
  MtHistory *history;
  MtFeed *feed;                  /* this week's monitoring, wherever from */
  MtRating *rating;              /* shown: its rows are the table's */
  GCancellable *cancellable;     /* of the re-rating under way */
  gboolean rating_pending;       /* …while one is */
  gboolean busy;                 /* loading, rating, or places taking their rows */

  MtDataset *dataset;
  MtDataset *previous;
  char *source_label;            /* of the data shown: "file.csv", "demo data" */
  char *facts_region;            /* what the user said of the table loaded */
  char *facts_from;
  char *facts_to;
  char *facts_sheet;             /* the workbook's sheet the user chose */
  char *facts_sheet_source;      /* for this source (mt_monitoring_page_source_key()) */
  gboolean from_table;           /* the data shown came from a table */
  GtkButton *facts_button;
  GDateTime *loaded_at;
  MtDataset *to_keep;            /* in the history, once the table is drawn */
  guint keep_tick;
  guint keep_frames;

  GtkStack *stack;
  GtkButton *source_button;
  GtkButton *set_up_source_button;
  GtkButton *demo_button;
  GtkButton *open_button;
  GtkButton *refresh_button;
  GtkRevealer *offline_revealer;
  GtkLabel *offline_label;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *demo_label;
  GtkSpinner *spinner;
  GtkSpinButton *teachers_spin;
  GtkSpinButton *students_spin;
  GtkMenuButton *weights_button;
  GtkMenuButton *periods_button;
  GtkSearchEntry *search_entry;
  GtkBox *toolbar;
  GtkButton *report_button;
  GtkColumnView *column_view;
  GtkScrolledWindow *table_scroller;
  GtkStack *rows_stack;
  GtkWidget *side_pane;
  GtkWidget *side_separator;
  GtkToggleButton *side_button;
  GtkButton *hide_side_button;
  MtRatingChart *chart;
  GtkLabel *chart_caption;
  GtkBox *details_box;
  GtkLabel *details_title;
  GtkLabel *details_body;
  MtTrendChart *trend;
  GtkLabel *trend_legend;
  GtkLabel *trend_none;
  GtkSingleSelection *selection;
  GCancellable *trend_cancellable;
  GCancellable *periods_cancellable;  /* of the history's periods being listed */

  GListStore *places;            /* the table's row objects, searched and sorted (-rows.c) */
  GPtrArray *wanted;             /* the rows the places show, until they all do */
  GArray *stale;                 /* places (guint) showing an old row meanwhile */
  guint next_stale;
  guint settle_tick;
  guint settle_timeout;          /* instead, while the page has no frames */
  gboolean scroll_when_grown;    /* to the user's row, once it is in the table */
  char *select_when_grown;       /* the key of a municipality selected before it grew */
  guint period;                  /* counts the periods shown */
  char *details_key;             /* the municipality the details show… */
  guint details_period;          /* …of this period */
  GtkColumnViewColumn *view_columns[MT_N_COLUMNS];   /* NULL for a column not on screen */
  int layout_width;              /* the page's width the layout is for */
  gboolean layout_wide;          /* the side pane beside the table */
  guint relayout_tick;
  GtkFileChooserNative *chooser;
  char *search_key;              /* the search, case-folded */
  char *mine_key;                /* the user's municipality, case-folded */
};

void     mt_monitoring_page_toast                 (MtMonitoringPage *self,
                                                   AdwToast         *toast);
void     mt_monitoring_page_update_busy           (MtMonitoringPage *self);
void     mt_monitoring_page_notify_offline_notice (MtMonitoringPage *self);
void     mt_monitoring_page_notify_refresh_seconds (MtMonitoringPage *self);
MtWeights mt_monitoring_page_current_weights      (MtMonitoringPage *self);
void     mt_monitoring_page_show_rated            (MtMonitoringPage *self,
                                                   MtRating         *rating);

void     mt_monitoring_page_actions_class_init    (GtkWidgetClass   *widget_class);
void     mt_monitoring_page_feed_init             (MtMonitoringPage *self,
                                                   MtFetcher        *fetcher);
void     mt_monitoring_page_load_again            (MtMonitoringPage *self);
void     mt_monitoring_page_rate_again            (MtMonitoringPage *self);
GHashTable *mt_monitoring_page_remembered_mapping (MtMonitoringPage *self);
char    *mt_monitoring_page_source_key           (MtMonitoringPage *self);
void     mt_monitoring_page_forget_sheet          (MtMonitoringPage *self);
void     mt_monitoring_page_ask_sheet             (MtMonitoringPage *self,
                                                   GPtrArray        *sheets,
                                                   const char       *reason);
void     mt_monitoring_page_ask_about_table       (MtMonitoringPage *self,
                                                   GPtrArray        *columns,
                                                   MtDataset        *dataset,
                                                   const char       *reason);
void     mt_monitoring_page_update_facts_button   (MtMonitoringPage *self);
void     mt_monitoring_page_ask_facts_activated   (GtkWidget *widget, const char *action_name, GVariant *parameter);
void     mt_monitoring_page_keep_later            (MtMonitoringPage *self,
                                                   MtDataset        *dataset);

int      mt_monitoring_page_column_width          (MtColumn          column);
void     mt_monitoring_page_add_columns           (MtMonitoringPage *self);
gboolean mt_monitoring_page_is_mine               (MtMonitoringPage *self,
                                                   MtRatingRow      *row);
void     mt_monitoring_page_layout_init           (MtMonitoringPage *self);
void     mt_monitoring_page_scroll_to_mine        (MtMonitoringPage *self);

GListModel *mt_monitoring_page_rows_init         (MtMonitoringPage *self);
void     mt_monitoring_page_update_rows           (MtMonitoringPage *self);
void     mt_monitoring_page_show_rows_again       (MtMonitoringPage *self);
void     mt_monitoring_page_filtered              (MtMonitoringPage *self);
void     mt_monitoring_page_selection_changed     (MtMonitoringPage *self);
gboolean mt_monitoring_page_is_settling           (MtMonitoringPage *self);
void     mt_monitoring_page_stop_settling         (MtMonitoringPage *self);
void     mt_monitoring_page_layout_class_init     (GtkWidgetClass   *widget_class);
void     mt_monitoring_page_layout_allocated      (MtMonitoringPage *self,
                                                   int               width);
void     mt_monitoring_page_layout_update         (MtMonitoringPage *self);
void     mt_monitoring_page_layout_show_side      (MtMonitoringPage *self);
void     mt_monitoring_page_layout_dispose        (MtMonitoringPage *self);

gboolean mt_monitoring_page_drop_cb               (GtkDropTarget    *target,
                                                   const GValue     *value,
                                                   double            x,
                                                   double            y,
                                                   MtMonitoringPage *self);

G_END_DECLS
