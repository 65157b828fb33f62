/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-actions.c: getting data in and out of the rating page */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-feed.h"
#include "mt-file-launcher.h"
#include "mt-format.h"
#include "mt-monitoring-job.h"
#include "mt-monitoring-page-private.h"
#include "mt-rating-columns.h"
#include "mt-error-dialog.h"
#include "mt-rating-export.h"
#include "mt-table-reader.h"
#include "mt-toast.h"

/* A file or a table the user gave that did not load: the reason whole, in
 * a dialog (a toast cuts a long one). */
static void
tell_not_loaded (MtMonitoringPage *self,
                 const char       *reason)
{
  gboolean pasted = mt_feed_get_origin (self->feed) == MT_FEED_TEXT;
  g_autofree char *message = pasted ? g_strdup_printf (_("Could not load the pasted table: %s"), reason)
                                    : g_strdup_printf (_("Could not load “%s”: %s"), mt_feed_get_label (self->feed),
                                                       reason);

  mt_error_dialog_present (GTK_WIDGET (self), "not-loaded-dialog",
                           pasted ? _("The Table Was Not Loaded") : _("The File Was Not Loaded"), message);
}

/* A document read (mt_monitoring_parse()): shown, unless the user must
 * first say what a table's columns hold. Returns whether it was taken (a
 * feed's document is then kept as the offline copy). */
static gboolean
loaded_cb (MtMonitoringPage *self,
           MtRated          *rated)
{
  MtWeights weights = mt_monitoring_page_current_weights (self);
  const MtWeights *rated_with;
  MtDataset *dataset;

  if (rated->rating == NULL && rated->sheets != NULL)
    {
      mt_monitoring_page_ask_sheet (self, rated->sheets, rated->ask_reason);
      return FALSE;
    }
  if (rated->rating == NULL)
    {
      mt_monitoring_page_ask_about_table (self, rated->to_ask, NULL, rated->ask_reason);
      return FALSE;
    }

  /* A re-rating of what was shown would put its rows under this header. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->rating_pending = FALSE;
  mt_monitoring_page_update_busy (self);
  g_free (self->source_label);
  /* A sheet the user chose is named with its workbook. */
  self->source_label = self->facts_sheet != NULL
                       /* TRANSLATORS: a workbook and the sheet of it shown, "Мониторинг.xlsx, sheet “Неделя 49”" */
                       ? g_strdup_printf (_("%s, sheet “%s”"), mt_feed_get_label (self->feed), self->facts_sheet)
                       : g_strdup (mt_feed_get_label (self->feed));
  dataset = mt_rating_get_dataset (rated->rating);
  rated_with = mt_rating_get_weights (rated->rating);
  mt_monitoring_page_show_rated (self, rated->rating);
  mt_monitoring_page_keep_later (self, dataset);
  if (rated->history_problems != NULL && rated->history_problems->len > 0)
    mt_monitoring_page_toast (self, mt_toast_new (g_ptr_array_index (rated->history_problems, 0)));
  /* Columns still unknown: asked, with the region and the period. A table
   * that only lacks those says so in the header, with a button to give
   * them (mt_monitoring_page_update_facts_button). */
  self->from_table = rated->from_table;
  mt_monitoring_page_update_facts_button (self);
  if (rated->to_ask != NULL && rated->to_ask->len > 0)
    mt_monitoring_page_ask_about_table (self, rated->to_ask, dataset, NULL);
  /* Weights changed while it loaded: rated again with them. */
  if (mt_weights_validate (&weights, NULL) &&
      (weights.teachers != rated_with->teachers || weights.students != rated_with->students))
    mt_monitoring_page_rate_again (self);
  return TRUE;
}

/* Nothing new shown: one message, and what was shown stays shown. The
 * feed's is a toast (it came on its own); a file's or a pasted table's is
 * read whole. */
static void
failed_cb (MtMonitoringPage *self,
           GError           *error)
{
  g_autofree char *message = NULL;

  if (mt_feed_get_origin (self->feed) != MT_FEED_WEB)
    {
      tell_not_loaded (self, error->message);
      return;
    }
  if (error->domain == MT_FETCH_ERROR)
    /* TRANSLATORS: the cause follows, e.g. "kirovipk.ru answered “503 …”". */
    message = g_strdup_printf (_("The monitoring was not refreshed. %s"), error->message);
  else
    message = g_strdup_printf (_("Could not load %s: %s"), mt_feed_get_label (self->feed), error->message);
  mt_monitoring_page_toast (self, mt_toast_new (message));
}

static void
copy_not_kept_cb (MtMonitoringPage *self,
                  GError           *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not keep a copy for offline use: %s"), error->message);

  mt_monitoring_page_toast (self, mt_toast_new (message));
}

static void
offline_notice_cb (MtMonitoringPage *self)
{
  const char *text = mt_feed_get_offline_notice (self->feed);
  g_autofree char *before = g_strdup (mt_monitoring_page_get_offline_notice (self));

  if (text != NULL)
    gtk_label_set_label (self->offline_label, text);
  gtk_revealer_set_reveal_child (self->offline_revealer, text != NULL);
  if (g_strcmp0 (before, text) != 0)
    mt_monitoring_page_notify_offline_notice (self);
}

static void
refresh_seconds_cb (MtMonitoringPage *self)
{
  mt_monitoring_page_notify_refresh_seconds (self);
}

static void forget_facts (MtMonitoringPage *self);

/* What a load takes besides the document, as the page has it now; read by
 * the feed as each load begins. What the user said of a table holds for
 * that table only: read again (mt_feed_reload()), not for the next. */
static gpointer
prepare_choices (gpointer owner,
                 gboolean again)
{
  MtMonitoringPage *self = owner;
  MtWeights weights = mt_monitoring_page_current_weights (self);
  g_autoptr(GHashTable) mapping = mt_monitoring_page_remembered_mapping (self);
  MtTableFacts facts;

  if (!again)
    forget_facts (self);
  facts = (MtTableFacts) { self->facts_region, self->facts_from, self->facts_to, self->facts_sheet };
  if (!mt_weights_validate (&weights, NULL))
    weights = (MtWeights) MT_WEIGHTS_INIT;
  return mt_monitoring_choices_new (mapping, &facts, self->history, &weights);
}

static void
forget_facts (MtMonitoringPage *self)
{
  g_clear_pointer (&self->facts_region, g_free);
  g_clear_pointer (&self->facts_from, g_free);
  g_clear_pointer (&self->facts_to, g_free);
  /* The sheet chosen holds while the same source is read again. */
  {
    g_autofree char *source = mt_monitoring_page_source_key (self);

    if (g_strcmp0 (self->facts_sheet_source, source) != 0)
      mt_monitoring_page_forget_sheet (self);
  }
}

static char *
configured_source (MtMonitoringPage *self)
{
  return g_settings_get_string (self->settings, "monitoring-source");
}

static void
refresh_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mt_feed_refresh (MT_MONITORING_PAGE (widget)->feed);
}

static void
source_changed_cb (MtMonitoringPage *self)
{
  g_autofree char *source = configured_source (self);
  gboolean configured = *source != '\0';

  mt_feed_set_source (self->feed, source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.refresh", configured);
  gtk_widget_set_visible (GTK_WIDGET (self->source_button), configured);
  gtk_widget_set_visible (GTK_WIDGET (self->set_up_source_button), !configured);
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_button), configured);
  /* One suggested way in: the feed when there is one, else the file a
   * methodologist was sent (the demo is a look around, not the work). */
  if (configured)
    gtk_widget_remove_css_class (GTK_WIDGET (self->open_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->open_button), "suggested-action");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_button), configured ? source : NULL);
}

static void
interval_changed_cb (MtMonitoringPage *self)
{
  g_autofree char *interval = g_settings_get_string (self->settings, "auto-refresh");

  mt_feed_set_interval (self->feed, mt_feed_interval_for (interval));
}

/**
 * mt_monitoring_page_feed_init:
 *
 * Once the page has its settings and fetcher: the feed of this week's
 * monitoring, which follows the source and the interval set in
 * Preferences and is got at once.
 */
void
mt_monitoring_page_feed_init (MtMonitoringPage *self,
                              MtFetcher        *fetcher)
{
  static const MtFeedParser parser = {
    prepare_choices, mt_monitoring_parse,
    (GDestroyNotify) mt_monitoring_choices_free, (GDestroyNotify) mt_rated_free,
  };

  self->feed = mt_feed_new (fetcher, &parser, self);
  g_signal_connect_object (self->feed, "loaded", G_CALLBACK (loaded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "failed", G_CALLBACK (failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "copy-not-kept", G_CALLBACK (copy_not_kept_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::offline-notice", G_CALLBACK (offline_notice_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::busy", G_CALLBACK (mt_monitoring_page_update_busy), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::refresh-seconds", G_CALLBACK (refresh_seconds_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::monitoring-source", G_CALLBACK (source_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::auto-refresh", G_CALLBACK (interval_changed_cb), self,
                           G_CONNECT_SWAPPED);
  interval_changed_cb (self);
  source_changed_cb (self);
  mt_feed_refresh (self->feed);
}

/* The table loaded last, read again with what the user now said of it. */
void
mt_monitoring_page_load_again (MtMonitoringPage *self)
{
  mt_feed_reload (self->feed);
}

static void
load_demo_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  mt_feed_load_demo (MT_MONITORING_PAGE (widget)->feed, NULL, _("demo data"));
}

static void
load_file (MtMonitoringPage *self,
           GFile            *file)
{
  g_autofree char *name = g_file_get_basename (file);

  /* Opened by the user, a workbook asks again which sheet: the choice
   * holds only while the same source is read again (a refresh, a column
   * chosen). */
  mt_monitoring_page_forget_sheet (self);
  mt_feed_load_file (self->feed, file, name);
}

static void
load_demo_week_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  mt_feed_load_demo (MT_MONITORING_PAGE (widget)->feed, g_variant_get_string (parameter, NULL), _("demo data"));
}

static void
load_file_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  load_file (MT_MONITORING_PAGE (widget), file);
}

static void
load_text_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  gsize length;
  const char *text = g_variant_get_string (parameter, &length);
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  mt_feed_load_bytes (self->feed, bytes, _("a pasted table"));
}

static void
open_response_cb (GtkNativeDialog  *dialog,
                  int               response,
                  MtMonitoringPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      load_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Monitoring (Excel, OpenDocument, CSV, JSON)"));
  /* By name, in any case ("ОТЧЁТ.XLSX"); the content decides how it is read. */
  for (const char *const *suffix = (const char *const[]) { "xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt",
                                                           "json", NULL };
       *suffix != NULL; suffix++)
    gtk_file_filter_add_suffix (filter, *suffix);
  self->chooser = gtk_file_chooser_native_new (_("Open Monitoring"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || *text == '\0')
    {
      mt_monitoring_page_toast (self, mt_toast_new (_("The clipboard holds no table: copy the cells in the spreadsheet first.")));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "monitoring.load-text", "s", text);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  /* Excel, LibreOffice and Google Sheets put the cells as tab-separated
   * text on the clipboard: the table reader takes it as it is. */
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_text_cb,
                                 g_object_ref (widget));
}

gboolean
mt_monitoring_page_drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         MtMonitoringPage *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;
  load_file (self, g_value_get_object (value));
  return TRUE;
}

/* The lines the report lists at most. */
#define REPORT_LINES 300

/* One line of the report: who, and why; data is never read as markup. */
static void
report_line (GtkWidget  *group,
             const char *who,
             const char *why)
{
  g_autofree char *text = g_strdup_printf ("• %s — %s", who, why);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Wide enough to read a line at once; the dialog grows to it. */
  gtk_label_set_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (group), label);
}

/* A heading and its lines, when it has some. */
static void
report_group (GtkWidget  *list,
              const char *heading,
              GtkWidget  *lines)
{
  GtkWidget *title;

  if (gtk_widget_get_first_child (lines) == NULL)
    {
      g_object_ref_sink (lines);
      g_object_unref (lines);
      return;
    }
  title = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (title), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 60);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (list), title);
  gtk_box_append (GTK_BOX (list), lines);
}

static void
show_report_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GPtrArray *problems = mt_dataset_get_problems (self->dataset);
  GListModel *rows = mt_rating_get_rows (self->rating);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *kept_out = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *unscored = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *unread = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *summary = NULL;
  guint n_unranked = 0, n_lines = 0, n_more = 0;
  GtkWidget *dialog;

  /* Each municipality without a place, by name, with its reason: kept out
   * (a problem in its data) or not scored (totals unknown). */
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      g_autofree char *reason = mt_rating_row_unranked_reason (row);
      const MtRecord *record = mt_rating_row_get_record (row);

      if (reason == NULL)
        continue;
      n_unranked++;
      if (record->where != NULL)
        g_hash_table_add (listed, record->where);
      /* A national document may have thousands: the first few hundred are
       * listed, and how many more there are. */
      if (n_lines++ >= REPORT_LINES)
        {
          n_more++;
          continue;
        }
      if (mt_rating_row_get_excluded (row) != NULL)
        report_line (kept_out, mt_rating_row_get_name (row), mt_rating_row_get_excluded (row));
      else
        {
          /* Under its heading ("Not scored: …"), only what is missing. */
          g_autofree char *missing = mt_rating_row_missing_totals (row);

          report_line (unscored, mt_rating_row_get_name (row), missing != NULL ? missing : reason);
        }
    }
  /* Then what could not be read as a row at all ("line 9: no name"). */
  for (guint i = 0; i < problems->len; i++)
    {
      MtLoadProblem *problem = g_ptr_array_index (problems, i);

      if (g_hash_table_contains (listed, problem->where))
        continue;
      if (n_lines++ >= REPORT_LINES)
        {
          n_more++;
          continue;
        }
      report_line (unread, problem->where, problem->message);
    }
  report_group (list, _("Kept out of the rating: a problem in the data"), kept_out);
  report_group (list, _("Not scored: the totals a score needs are unknown"), unscored);
  report_group (list, _("Lines that were not read"), unread);
  if (n_more > 0)
    {
      g_autofree char *more = g_strdup_printf (_("…and %u more."), n_more);

      gtk_box_append (GTK_BOX (list), gtk_label_new (more));
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);

  if (n_unranked > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u municipality has no place in the rating.",
                                            "%u municipalities have no place in the rating.", n_unranked),
                               n_unranked);
  else
    summary = g_strdup (_("Every municipality has its place; these lines of the source were not read."));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Rows Kept Out of the Rating"), summary);
  gtk_widget_set_name (dialog, "report-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An export under way when its window closes still writes its file: the
 * page is held until then, and so is the application (its last window
 * gone, it would quit with the file unwritten). Only a page still in a
 * window says how it went. */
typedef struct
{
  MtMonitoringPage *page;
  GFile *target;
  GApplication *application;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->page);
  g_object_unref (export->target);
  g_application_release (export->application);
  g_object_unref (export->application);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  MtMonitoringPage *self = export->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (export->target);
  g_autofree char *message = NULL;
  gboolean exported = mt_export_rating_finish (result, &error);

  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  if (!exported)
    {
      /* Whole: it names the file and the cause ("no space left"). */
      mt_error_dialog_present (GTK_WIDGET (self), "not-exported-dialog", _("The Rating Was Not Exported"),
                               error->message);
      return;
    }
  message = g_strdup_printf (_("Exported “%s”"), name);
  mt_monitoring_page_toast (self, mt_file_launcher_saved_toast (message, export->target));
}

static void
export_to (MtMonitoringPage *self,
           GFile            *target)
{
  g_autofree char *path = g_file_get_path (target);
  g_autofree char *author = self->settings != NULL ? g_settings_get_string (self->settings, "institute") : NULL;
  MtExportFormat format;
  GApplication *application = g_application_get_default ();
  Export *export;

  if (self->rating == NULL || application == NULL)
    return;
  if (path == NULL || !mt_export_format_for_path (path, &format))
    format = MT_EXPORT_XLSX;
  export = g_new0 (Export, 1);
  export->page = g_object_ref (self);
  export->target = g_object_ref (target);
  export->application = g_object_ref (application);
  g_application_hold (application);
  /* The rating in its own order, whatever the table is sorted by, with
   * the weights its rows were rated with. */
  mt_export_rating_async (self->rating, author, format, target, NULL, exported_cb, export);
}

static void
export_to_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GFile) target = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  export_to (MT_MONITORING_PAGE (widget), target);
}

static void
export_response_cb (GtkNativeDialog  *dialog,
                    int               response,
                    MtMonitoringPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      export_to (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  MtExportFormat format = g_str_equal (kind, "csv") ? MT_EXPORT_CSV
                          : g_str_equal (kind, "json") ? MT_EXPORT_JSON : MT_EXPORT_XLSX;
  g_autofree char *name = mt_export_suggest_name (self->dataset, format);
  GtkRoot *root = gtk_widget_get_root (widget);

  self->chooser = gtk_file_chooser_native_new (_("Export the Rating"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Adds a line of text under the others; returns its height. */
static int
append_line (GtkWidget   *widget,
             GtkSnapshot *snapshot,
             const char  *text,
             gboolean     bold,
             int          y)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA black = { 0, 0, 0, 1 };
  int height;

  if (bold)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attributes, pango_attr_scale_new (1.3));
      pango_layout_set_attributes (layout, attributes);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (12, y));
  gtk_snapshot_append_layout (snapshot, layout, &black);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
  return height + 4;
}

/* The rating for a slide: the period, the first ten rows, and the chart,
 * black on white, as a PNG on the clipboard. */
static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GtkWidget *chart = GTK_WIDGET (self->chart);
  GListModel *rows = self->rating != NULL ? mt_rating_get_rows (self->rating) : NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GtkSnapshot) bars = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) bars_node = NULL;
  g_autoptr(GtkSnapshot) text = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) text_node = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *period = NULL;
  g_autofree char *title = NULL;
  int width = 720;
  int chart_height;
  int y = 12;
  GdkRGBA white = { 1, 1, 1, 1 };

  if (self->dataset == NULL || rows == NULL || g_list_model_get_n_items (rows) == 0)
    {
      mt_monitoring_page_toast (self, mt_toast_new (_("There is no chart to copy yet.")));
      return;
    }

  period = mt_format_period (mt_dataset_get_period_from (self->dataset),
                             mt_dataset_get_period_to (self->dataset));
  title = g_strdup_printf ("%s · %s%s", mt_dataset_get_region (self->dataset) != NULL
                                        ? mt_dataset_get_region (self->dataset) : _("Region not named"),
                           period, mt_dataset_get_is_demo (self->dataset)
                                   ? _(" · demo data") : "");
  y += append_line (widget, text, title, TRUE, y);
  for (guint i = 0; i < MIN (10, g_list_model_get_n_items (rows)); i++)
    {
      g_autoptr(MtRatingRow) row = g_list_model_get_item (rows, i);
      g_autofree char *rank = mt_rating_row_format_cell (row, MT_COLUMN_RANK);
      g_autofree char *teachers = mt_rating_row_format_cell (row, MT_COLUMN_TEACHERS_SHARE);
      g_autofree char *students = mt_rating_row_format_cell (row, MT_COLUMN_STUDENTS_SHARE);
      g_autofree char *score = mt_rating_row_format_cell (row, MT_COLUMN_SCORE);
      /* TRANSLATORS: a line of the copied chart: place, municipality, score
       * and the two shares it is made from */
      g_autofree char *line = g_strdup_printf (_("%s. %s — score %s (teachers %s, students %s)"), rank,
                                               mt_rating_row_get_name (row), score, teachers, students);

      y += append_line (widget, text, line, FALSE, y);
    }
  /* What the bars are, with the weights, as on screen. */
  y += 4;
  y += append_line (widget, text, gtk_label_get_label (self->chart_caption), FALSE, y);
  y += 8;
  text_node = gtk_snapshot_free_to_node (g_steal_pointer (&text));
  chart_height = mt_rating_chart_snapshot_for_slide (self->chart, bars, width - 24);
  bars_node = gtk_snapshot_free_to_node (g_steal_pointer (&bars));

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (0, 0, width, y + chart_height));
  if (text_node != NULL)
    gtk_snapshot_append_node (snapshot, text_node);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (12, y));
  if (bars_node != NULL)
    gtk_snapshot_append_node (snapshot, bars_node);
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (chart)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, y + chart_height));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  mt_monitoring_page_toast (self, mt_toast_new (_("Copied the chart as an image")));
}

/* The page's actions that get data in and out, for its class_init. */
void
mt_monitoring_page_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "monitoring.ask-table-facts", NULL,
                                   mt_monitoring_page_ask_facts_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.refresh", NULL, refresh_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-demo", NULL, load_demo_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-demo-week", "s", load_demo_week_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-file", "s", load_file_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-text", "s", load_text_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.show-report", NULL, show_report_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.export", "s", export_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.export-to", "s", export_to_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.copy-chart", NULL, copy_chart_activated);
}
