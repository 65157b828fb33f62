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
#include "mt-monitoring-page.h"
#include "mt-rating-columns.h"
#include "mt-rating-chart.h"
#include "mt-rating-export.h"
#include "mt-table-reader.h"

/*
 * The rows live in a GListStore made off the main thread (loading and
 * re-rating are MtMonitoringJob's); the page shows them through a filter
 * (the search) and a sort model (the column view's own sorter). Sorting
 * compares precomputed values and collation keys only: 2,330 rows sort at
 * once. A load that fails leaves the rows shown before as they were.
 */

/* The columns shown, in the order of the region's table, then the changes. */
static const MtColumn shown_columns[] = {
  MT_COLUMN_POSITION, MT_COLUMN_NAME, MT_COLUMN_RANK, MT_COLUMN_TEACHERS_SHARE,
  MT_COLUMN_TEACHERS_ACTIVE, MT_COLUMN_STUDENTS_SHARE, MT_COLUMN_STUDENTS_ACTIVE,
  MT_COLUMN_ORGANIZATIONS, MT_COLUMN_RANK_CHANGE, MT_COLUMN_TEACHERS_SHARE_CHANGE,
  MT_COLUMN_STUDENTS_SHARE_CHANGE,
};

struct _MtMonitoringPage
{
  AdwBin parent_instance;

  GSettings *settings;
  MtHistory *history;
  GCancellable *cancellable;     /* of the load or rating under way */

  MtDataset *dataset;
  MtDataset *previous;
  char *source_label;            /* "file.csv", "pasted table", "demo" */
  GFile *source_file;            /* what was loaded last, to load again */
  GBytes *source_bytes;          /* with the user's column mapping */
  GDateTime *loaded_at;

  GtkStack *stack;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *demo_label;
  GtkSpinner *spinner;
  GtkSpinButton *teachers_spin;
  GtkSpinButton *students_spin;
  GtkMenuButton *weights_button;
  GtkSearchEntry *search_entry;
  GtkButton *report_button;
  GtkColumnView *column_view;
  MtRatingChart *chart;

  GtkFilterListModel *filter_model;
  GtkCustomFilter *filter;
  GtkColumnViewColumn *change_columns[3];
  GtkFileChooserNative *chooser;
  char *search_key;              /* the search, case-folded */
  char *mine_key;                /* the user's municipality, case-folded */
};

G_DEFINE_FINAL_TYPE (MtMonitoringPage, mt_monitoring_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void scroll_to_mine (MtMonitoringPage *self);

static void
toast (MtMonitoringPage *self,
       AdwToast         *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

static MtWeights
current_weights (MtMonitoringPage *self)
{
  MtWeights weights = {
    gtk_spin_button_get_value (self->teachers_spin),
    gtk_spin_button_get_value (self->students_spin),
  };

  return weights;
}

static void
set_busy (MtMonitoringPage *self,
          gboolean          busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
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
  GPtrArray *problems = mt_dataset_get_problems (dataset);

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

      /* TRANSLATORS: when the data was published, and how many days ago. */
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "published %s, %d day ago · ",
                                           "published %s, %d days ago · ", days),
                              date, (int) days);
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
  gtk_widget_set_visible (GTK_WIDGET (self->report_button), problems->len > 0);
  for (guint i = 0; i < G_N_ELEMENTS (self->change_columns); i++)
    gtk_column_view_column_set_visible (self->change_columns[i], self->previous != NULL);
}

static void
show_rows (MtMonitoringPage *self,
           GListStore       *rows)
{
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (rows));
  mt_rating_chart_set_rows (self->chart, G_LIST_MODEL (rows), self->mine_key);
  gtk_stack_set_visible_child_name (self->stack, "table");
}

/* The fields a user can give an unrecognised column, and their names in
 * the settings. */
static const struct
{
  MtTableField field;
  const char *nick;
  const char *label;
} mappable[] = {
  { MT_TABLE_FIELD_IGNORE, "ignore", N_("Ignore this column") },
  { MT_TABLE_FIELD_MUNICIPALITY, "municipality", N_("Municipality name") },
  { MT_TABLE_FIELD_MUNICIPALITY_ID, "municipality-id", N_("Municipality code (OKTMO)") },
  { MT_TABLE_FIELD_ORGANIZATION, "organization", N_("Organisation name") },
  { MT_TABLE_FIELD_ORGANIZATIONS, "organizations", N_("Number of organisations") },
  { MT_TABLE_FIELD_TEACHERS_ACTIVE, "teachers-active", N_("Active teachers") },
  { MT_TABLE_FIELD_TEACHERS_TOTAL, "teachers-total", N_("All teachers") },
  { MT_TABLE_FIELD_STUDENTS_ACTIVE, "students-active", N_("Active students") },
  { MT_TABLE_FIELD_STUDENTS_TOTAL, "students-total", N_("All students") },
};

/* The user's remembered choices, as mt_table_read() takes them. */
static GHashTable *
remembered_mapping (MtMonitoringPage *self)
{
  GHashTable *mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GVariant) fields = NULL;
  GVariantIter iter;
  const char *header, *nick;

  if (self->settings == NULL)
    return mapping;
  fields = g_settings_get_value (self->settings, "table-header-fields");
  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_next (&iter, "{&s&s}", &header, &nick))
    for (guint i = 0; i < G_N_ELEMENTS (mappable); i++)
      if (g_str_equal (nick, mappable[i].nick))
        g_hash_table_insert (mapping, g_strdup (header), GINT_TO_POINTER (mappable[i].field));
  return mapping;
}

static void start_load (MtMonitoringPage *self, GFile *file, GBytes *bytes, MtDataset *demo,
                        const char *label);

static void
mapping_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MtMonitoringPage *self)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (dialog), "rows");
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *header, *nick;
  g_autofree char *label = NULL;

  if (!g_str_equal (response, "apply") || self->settings == NULL)
    return;

  /* Remembered for every table with these headers, then loaded again. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  old = g_settings_get_value (self->settings, "table-header-fields");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &header, &nick))
    {
      gboolean replaced = FALSE;

      for (guint i = 0; i < rows->len; i++)
        replaced |= g_str_equal (g_object_get_data (g_ptr_array_index (rows, i), "header"), header);
      if (!replaced)
        g_variant_builder_add (&builder, "{ss}", header, nick);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (rows, i);
      guint chosen = MIN (adw_combo_row_get_selected (row), G_N_ELEMENTS (mappable) - 1);

      g_variant_builder_add (&builder, "{ss}", (const char *) g_object_get_data (G_OBJECT (row), "header"),
                             mappable[chosen].nick);
    }
  g_settings_set_value (self->settings, "table-header-fields", g_variant_builder_end (&builder));

  label = g_strdup (self->source_label);
  start_load (self, self->source_file, self->source_bytes, NULL, label);
}

/* Asks what the columns Metodist does not recognise hold. */
static void
ask_mapping (MtMonitoringPage   *self,
             const char * const *headers)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("What Do These Columns Hold?"),
                                              _("Metodist does not recognise these headers. Choose what "
                                                "each column holds; the choice is remembered for tables "
                                                "with the same headers."));
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (mappable); i++)
    gtk_string_list_append (fields, _(mappable[i].label));
  for (guint i = 0; headers[i] != NULL; i++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), headers[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      g_object_set_data_full (G_OBJECT (row), "header", mt_table_normalize_header (headers[i]), g_free);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (rows, row);
    }

  g_object_set_data_full (G_OBJECT (dialog), "rows", rows, (GDestroyNotify) g_ptr_array_unref);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "apply", _("_Load"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect_object (dialog, "response", G_CALLBACK (mapping_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MtRated) rated = mt_monitoring_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);

  /* A document problem: one message, and what was shown stays shown. */
  if (rated == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not load %s: %s"), self->source_label,
                                                  error->message);

      toast (self, adw_toast_new (message));
      return;
    }

  if (rated->dataset == NULL)
    {
      ask_mapping (self, (const char * const *) rated->unknown_headers);
      return;
    }

  g_set_object (&self->dataset, rated->dataset);
  g_set_object (&self->previous, rated->previous);
  g_clear_pointer (&self->loaded_at, g_date_time_unref);
  self->loaded_at = g_date_time_new_now_local ();
  update_header (self);
  show_rows (self, rated->rows);
  scroll_to_mine (self);
  mt_monitoring_keep_async (self->history, rated->dataset);
  if (rated->history_problems != NULL && rated->history_problems->len > 0)
    toast (self, adw_toast_new (g_ptr_array_index (rated->history_problems, 0)));
  if (rated->unknown_headers != NULL && rated->unknown_headers[0] != NULL)
    ask_mapping (self, (const char * const *) rated->unknown_headers);
}

static void
start_load (MtMonitoringPage *self,
            GFile            *file,
            GBytes           *bytes,
            MtDataset        *demo,
            const char       *label)
{
  MtWeights weights = current_weights (self);
  g_autoptr(GHashTable) mapping = remembered_mapping (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_free (self->source_label);
  self->source_label = g_strdup (label);
  if (file != self->source_file)
    g_set_object (&self->source_file, file);
  if (bytes != self->source_bytes)
    {
      g_clear_pointer (&self->source_bytes, g_bytes_unref);
      self->source_bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
    }
  set_busy (self, TRUE);
  if (!mt_weights_validate (&weights, NULL))
    weights = (MtWeights) MT_WEIGHTS_INIT;
  mt_monitoring_load_async (file, bytes, demo, mapping, self->history, &weights, self->cancellable,
                            loaded_cb, g_object_ref (self));
}

static void
load_demo_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  g_autoptr(MtDataset) demo = mt_demo_load (NULL, NULL);

  start_load (self, NULL, NULL, demo, _("demo data"));
}

static void
load_file (MtMonitoringPage *self,
           GFile            *file)
{
  g_autofree char *name = g_file_get_basename (file);

  start_load (self, file, NULL, NULL, name);
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
  gsize length;
  const char *text = g_variant_get_string (parameter, &length);
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  start_load (MT_MONITORING_PAGE (widget), NULL, bytes, NULL, _("a pasted table"));
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

  gtk_file_filter_set_name (filter, _("Monitoring (JSON, CSV, TSV)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.tsv");
  gtk_file_filter_add_pattern (filter, "*.txt");
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
      toast (self, adw_toast_new (_("The clipboard holds no table: copy the cells in the spreadsheet first.")));
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

static gboolean
drop_cb (GtkDropTarget    *target,
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

static void
rated_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(MtMonitoringPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rows = mt_monitoring_rate_finish (result, &error);

  if (rows == NULL)
    return;  /* cancelled by newer weights */
  set_busy (self, FALSE);
  show_rows (self, rows);
}

static void
weights_changed_cb (MtMonitoringPage *self)
{
  MtWeights weights = current_weights (self);
  g_autofree char *label = g_strdup_printf ("%g : %g", weights.teachers, weights.students);

  gtk_menu_button_set_label (self->weights_button, label);

  if (self->dataset == NULL || !mt_weights_validate (&weights, NULL))
    return;

  /* Re-rated off the main thread; a newer change cancels an older one. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  mt_monitoring_rate_async (self->dataset, self->previous, &weights, self->cancellable, rated_cb,
                            g_object_ref (self));
}

static gboolean
name_matches (gpointer item,
              gpointer user_data)
{
  MtMonitoringPage *self = user_data;
  g_autofree char *name = NULL;

  if (self->search_key == NULL)
    return TRUE;
  name = g_utf8_casefold (mt_rating_row_get_name (item), -1);
  return strstr (name, self->search_key) != NULL;
}

static void
search_changed_cb (MtMonitoringPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (*text != '\0')
    self->search_key = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
show_report_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GPtrArray *problems = mt_dataset_get_problems (self->dataset);
  GtkRoot *root = gtk_widget_get_root (widget);
  GString *body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; i < problems->len && i < 100; i++)
    {
      MtLoadProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (body, "%s: %s\n", problem->where, problem->message);
    }
  if (problems->len > 100)
    g_string_append_printf (body, _("…and %u more."), problems->len - 100);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Rows Kept Out of the Rating"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  g_string_free (body, TRUE);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GFile) target = user_data;
  MtMonitoringPage *self = g_object_get_data (G_OBJECT (target), "page");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (target);
  g_autofree char *message = NULL;
  AdwToast *done;

  if (!mt_export_rating_finish (result, &error))
    {
      toast (self, adw_toast_new (error->message));
      return;
    }

  message = g_strdup_printf (_("Exported “%s”"), name);
  done = adw_toast_new (message);
  {
    g_autofree char *uri = g_file_get_uri (target);

    adw_toast_set_button_label (done, _("_Open"));
    adw_toast_set_action_name (done, "monitoring.open-uri");
    adw_toast_set_action_target_value (done, g_variant_new_string (uri));
  }
  toast (self, done);
}

static void
export_to (MtMonitoringPage *self,
           GFile            *target)
{
  g_autofree char *path = g_file_get_path (target);
  g_autofree char *author = self->settings != NULL ? g_settings_get_string (self->settings, "institute") : NULL;
  MtWeights weights = current_weights (self);
  MtExportFormat format;
  GListModel *rows = gtk_filter_list_model_get_model (self->filter_model);

  if (path == NULL || !mt_export_format_for_path (path, &format))
    format = MT_EXPORT_XLSX;
  g_object_set_data (G_OBJECT (target), "page", self);
  /* The rating in its own order, whatever the table is sorted by. */
  mt_export_rating_async (self->dataset, rows, self->previous != NULL, &weights, author, format,
                          target, NULL, exported_cb, g_object_ref (target));
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

/* The chart, as it shows, on the clipboard for a slide. */
static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);
  GtkWidget *chart = GTK_WIDGET (self->chart);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (chart);
  int height = gtk_widget_get_height (chart);
  GdkRGBA white = { 1, 1, 1, 1 };

  /* On white, as slides are. */
  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL || width == 0 || height == 0)
    {
      toast (self, adw_toast_new (_("There is no chart to copy yet.")));
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (chart)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  toast (self, adw_toast_new (_("Copied the chart as an image")));
}

static void
open_uri_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* The user's own municipality, by code or by name in any case. */
static gboolean
is_mine (MtMonitoringPage *self,
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

      if (is_mine (self, row))
        return i;
    }
  return G_MAXUINT;
}

/* Brings the user's municipality into view: GTK 4.8's column view has no
 * scroll_to, but its list has the "list.scroll-to-item" action. */
static void
scroll_to_mine (MtMonitoringPage *self)
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
  /* Rebind the cells shown, so that the highlight follows. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  mt_rating_chart_set_rows (self->chart, gtk_filter_list_model_get_model (self->filter_model),
                            self->mine_key);
  scroll_to_mine (self);
}

/* Cells: a label each, its text from the core's formatting. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  MtColumn column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == MT_COLUMN_NAME ? 0 : 1);
  if (column == MT_COLUMN_NAME)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  MtMonitoringPage *self = g_object_get_data (G_OBJECT (factory), "page");
  MtColumn column = GPOINTER_TO_UINT (user_data);
  MtRatingRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = mt_rating_row_format_cell (row, column);
  const char *excluded = mt_rating_row_get_excluded (row);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* A row kept out of the rating says why, wherever the pointer is.
   * Setting a tooltip costs a query even when it stays empty, and there
   * are thousands of cells: only a change is set. */
  if (excluded != NULL || gtk_widget_get_has_tooltip (label))
    gtk_widget_set_tooltip_text (label, excluded);
  if (excluded != NULL)
    gtk_widget_add_css_class (label, "excluded");
  else if (gtk_widget_has_css_class (label, "excluded"))
    gtk_widget_remove_css_class (label, "excluded");
  if (is_mine (self, row))
    gtk_widget_add_css_class (label, "mine");
  else if (gtk_widget_has_css_class (label, "mine"))
    gtk_widget_remove_css_class (label, "mine");
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

static void
add_columns (MtMonitoringPage *self)
{
  guint changes = 0;

  for (guint i = 0; i < G_N_ELEMENTS (shown_columns); i++)
    {
      MtColumn column = shown_columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_rows, GUINT_TO_POINTER (column), NULL);

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (column));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (column));
      view_column = gtk_column_view_column_new (mt_column_title (column), g_steal_pointer (&factory));
      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
      /* Fixed widths: nothing jumps while scrolling. */
      gtk_column_view_column_set_fixed_width (view_column, column == MT_COLUMN_NAME ? 240 :
                                              column == MT_COLUMN_POSITION ? 56 : 120);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column, column == MT_COLUMN_NAME);
      if (column >= MT_COLUMN_RANK_CHANGE && changes < G_N_ELEMENTS (self->change_columns))
        self->change_columns[changes++] = view_column;
      gtk_column_view_append_column (self->column_view, view_column);
    }
}

/**
 * mt_monitoring_page_set_settings:
 * @settings: the application's settings (the institute for exports)
 */
void
mt_monitoring_page_set_settings (MtMonitoringPage *self,
                                 GSettings        *settings)
{
  g_return_if_fail (MT_IS_MONITORING_PAGE (self));
  g_return_if_fail (self->settings == NULL);

  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::my-municipality",
                           G_CALLBACK (my_municipality_changed_cb), self, 0);
  my_municipality_changed_cb (settings, "my-municipality", self);
}

/** mt_monitoring_page_get_rows: Returns: (transfer none): the rows shown, in table order */
GListModel *
mt_monitoring_page_get_rows (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), NULL);
  return gtk_column_view_get_model (self->column_view) != NULL
         ? G_LIST_MODEL (gtk_column_view_get_model (self->column_view)) : NULL;
}

/** mt_monitoring_page_get_busy: Returns: whether loading or rating is under way */
gboolean
mt_monitoring_page_get_busy (MtMonitoringPage *self)
{
  g_return_val_if_fail (MT_IS_MONITORING_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->spinner));
}

static void
mt_monitoring_page_dispose (GObject *object)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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
  g_clear_object (&self->dataset);
  g_clear_object (&self->previous);
  g_clear_object (&self->filter_model);
  g_free (self->source_label);
  g_clear_object (&self->source_file);
  g_clear_pointer (&self->source_bytes, g_bytes_unref);
  g_free (self->search_key);
  g_free (self->mine_key);
  g_clear_pointer (&self->loaded_at, g_date_time_unref);

  G_OBJECT_CLASS (mt_monitoring_page_parent_class)->finalize (object);
}

static void
mt_monitoring_page_class_init (MtMonitoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_monitoring_page_dispose;
  object_class->finalize = mt_monitoring_page_finalize;

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MT_TYPE_RATING_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/monitoring/mt-monitoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, teachers_spin);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, students_spin);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, weights_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MtMonitoringPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, weights_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "monitoring.load-demo", NULL, load_demo_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-file", "s", load_file_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.load-text", "s", load_text_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.show-report", NULL, show_report_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.export", "s", export_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.export-to", "s", export_to_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.open-uri", "s", open_uri_activated);
  gtk_widget_class_install_action (widget_class, "monitoring.copy-chart", NULL, copy_chart_activated);
}

static void
mt_monitoring_page_init (MtMonitoringPage *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = mt_history_new (NULL);
  self->filter = gtk_custom_filter_new (name_matches, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  add_columns (self);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  set_busy (self, FALSE);
}
