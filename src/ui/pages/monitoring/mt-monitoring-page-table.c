/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-monitoring-page-table.c: what a table does not say of itself, asked:
 * the columns Metodist does not recognise, the region and the period */
#define G_LOG_DOMAIN "mt-monitoring-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-format.h"
#include "mt-monitoring-page-private.h"
#include "mt-table-reader.h"
#include "mt-toast.h"

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
GHashTable *
mt_monitoring_page_remembered_mapping (MtMonitoringPage *self)
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

/* What the user typed for the table's region and period: kept for this
 * source (and the region for the next table), then given to the load. */
static void
take_facts (MtMonitoringPage *self,
            AdwMessageDialog *dialog)
{
  GtkEditable *region = g_object_get_data (G_OBJECT (dialog), "region");
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "from");
  GtkEditable *to = g_object_get_data (G_OBJECT (dialog), "to");
  g_autofree char *region_text = g_strstrip (g_strdup (gtk_editable_get_text (region)));
  g_autofree char *first = mt_parse_date (gtk_editable_get_text (from));
  g_autofree char *last = mt_parse_date (gtk_editable_get_text (to));

  g_free (self->facts_region);
  self->facts_region = *region_text != '\0' ? g_strdup (region_text) : NULL;
  if (self->facts_region != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-region", self->facts_region);
  g_clear_pointer (&self->facts_from, g_free);
  g_clear_pointer (&self->facts_to, g_free);
  /* A period is both days, in order; anything else is no period. */
  if (first != NULL && last != NULL && strcmp (first, last) <= 0)
    {
      self->facts_from = g_steal_pointer (&first);
      self->facts_to = g_steal_pointer (&last);
    }
  else if (*gtk_editable_get_text (from) != '\0' || *gtk_editable_get_text (to) != '\0')
    mt_monitoring_page_toast (self, mt_toast_new (_("The period was not taken: give its first and last day, "
                                                    "such as 29.11.2023 and 06.12.2023")));
}

static void
mapping_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MtMonitoringPage *self)
{
  GPtrArray *choices = g_object_get_data (G_OBJECT (dialog), "choices");
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *nick;

  /* The sheet chosen holds no table after all: the sheets are offered
   * again; given up, the next opening asks which sheet. */
  if (g_str_equal (response, "other-sheet") || (g_str_equal (response, "cancel") && self->facts_sheet != NULL))
    {
      mt_monitoring_page_forget_sheet (self);
      if (g_str_equal (response, "other-sheet"))
        mt_monitoring_page_load_again (self);
      return;
    }
  if (!g_str_equal (response, "apply") || self->settings == NULL)
    return;
  take_facts (self, dialog);

  /* Remembered for every table with these headers, then loaded again. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  old = g_settings_get_value (self->settings, "table-header-fields");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &nick))
    {
      gboolean replaced = FALSE;

      for (guint i = 0; i < choices->len; i++)
        replaced |= g_str_equal (g_object_get_data (g_ptr_array_index (choices, i), "key"), key);
      if (!replaced)
        g_variant_builder_add (&builder, "{ss}", key, nick);
    }
  for (guint i = 0; i < choices->len; i++)
    {
      GtkDropDown *choice = g_ptr_array_index (choices, i);
      guint chosen = MIN (gtk_drop_down_get_selected (choice), G_N_ELEMENTS (mappable) - 1);

      g_variant_builder_add (&builder, "{ss}", (const char *) g_object_get_data (G_OBJECT (choice), "key"),
                             mappable[chosen].nick);
    }
  g_settings_set_value (self->settings, "table-header-fields", g_variant_builder_end (&builder));

  mt_monitoring_page_load_again (self);
}

/* The choice remembered for a column, as an index of mappable[]; the
 * first (ignore) when there is none. */
static guint
remembered_choice (GHashTable *mapping,
                   const char *key)
{
  gpointer value;

  if (g_hash_table_lookup_extended (mapping, key, NULL, &value))
    for (guint i = 0; i < G_N_ELEMENTS (mappable); i++)
      if (mappable[i].field == (MtTableField) GPOINTER_TO_INT (value))
        return i;
  return 0;
}

/* An entry for one of the table's facts, labelled. */
static GtkWidget *
fact_entry (GtkWidget  *list,
            const char *label_text,
            const char *name,
            const char *text,
            const char *hint)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_widget_set_name (entry, name);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), hint);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (list), label);
  gtk_box_append (GTK_BOX (list), entry);
  return entry;
}

/* What the facts-only dialog asks, by what the table lacks. */
static const char *
facts_request (MtDataset *dataset)
{
  gboolean no_region = dataset == NULL || mt_dataset_get_region (dataset) == NULL;
  gboolean no_period = dataset == NULL || mt_dataset_get_period_from (dataset) == NULL;

  if (no_region && no_period)
    return _("The table does not say which region and which week it is of. With both, it is kept among the "
             "earlier periods and the municipalities get their trends.");
  if (no_region)
    return _("The table does not say which region it is of. With it, the table is kept among the earlier "
             "periods and the municipalities get their trends.");
  if (no_period)
    return _("The table does not say which week it is of. With it, the table is kept among the earlier "
             "periods and the municipalities get their trends.");
  return _("Correct the region or the period if the table names them wrongly.");
}

/* The period's two days: both empty, or both real days in order. Loading
 * waits for that, each wrong day marked, rather than losing what was typed. */
static void
dates_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *fields[] = { g_object_get_data (G_OBJECT (dialog), "from"),
                            g_object_get_data (G_OBJECT (dialog), "to") };
  g_autofree char *first = mt_parse_date (gtk_editable_get_text (fields[0]));
  g_autofree char *last = mt_parse_date (gtk_editable_get_text (fields[1]));
  char *days[] = { first, last };
  gboolean empty = TRUE, ok = TRUE;

  for (guint i = 0; i < 2; i++)
    {
      gboolean typed = *gtk_editable_get_text (fields[i]) != '\0';

      empty &= !typed;
      if (typed && days[i] == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (fields[i]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (fields[i]), "error");
    }
  if (!empty)
    ok = first != NULL && last != NULL && strcmp (first, last) <= 0;
  adw_message_dialog_set_response_enabled (dialog, "apply", ok);
}

/* A date of the table's period as the user types it ("06.12.2023"). */
static char *
shown_date (const char *iso)
{
  return iso != NULL ? mt_format_iso_date (iso) : NULL;
}

/**
 * mt_monitoring_page_ask_about_table:
 * @columns: (nullable) (element-type MtTableColumn): the columns to ask
 *   what they hold
 * @dataset: (nullable): the table as it loaded, for what it already says
 *   of its region and period
 * @reason: (nullable): why the table did not load with the choices made
 *
 * The column dialog: what the columns Metodist does not recognise hold
 * (each by its header, its letter and its first values, so that two
 * "Всего" columns are told apart; each choice whole, on a line of its own),
 * and the region and the period of the table, prefilled from its title
 * lines or, for the region, the last one given, to set or correct. A table
 * with both then enters the history and gets trends.
 */
void
mt_monitoring_page_ask_about_table (MtMonitoringPage *self,
                                    GPtrArray        *columns,
                                    MtDataset        *dataset,
                                    const char       *reason)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean any_columns = columns != NULL && columns->len > 0;
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              any_columns ? _("What Do These Columns Hold?")
                                                          : _("Which Region and Period?"),
                                              any_columns
                                              ? _("Metodist does not recognise these headers, or the choices "
                                                  "made for them leave no column of names. Choose what each "
                                                  "column holds; the choice is remembered for tables with the "
                                                  "same headers.")
                                              : facts_request (dataset));
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *facts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *last_region = self->settings != NULL ? g_settings_get_string (self->settings, "last-region")
                                                        : NULL;
  const char *region = self->facts_region != NULL ? self->facts_region
                       : dataset != NULL && mt_dataset_get_region (dataset) != NULL ? mt_dataset_get_region (dataset)
                       : last_region;
  g_autofree char *from = shown_date (self->facts_from != NULL ? self->facts_from
                                      : dataset != NULL ? mt_dataset_get_period_from (dataset) : NULL);
  g_autofree char *to = shown_date (self->facts_to != NULL ? self->facts_to
                                    : dataset != NULL ? mt_dataset_get_period_to (dataset) : NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = mt_format_date (now);
  /* TRANSLATORS: the hint in an empty date entry; %s is a date, "07.12.2023".
   * A bare date there looked like a date already given. */
  g_autofree char *date_hint = g_strdup_printf (_("Such as %s"), today);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) mapping = mt_monitoring_page_remembered_mapping (self);
  GPtrArray *choices = g_ptr_array_new ();

  gtk_widget_set_name (dialog, "mapping-dialog");
  if (reason != NULL)
    {
      /* TRANSLATORS: the column choices made lead to this problem; %s says it */
      g_autofree char *body = g_strdup_printf (_("With the choices made, the table did not load: %s Choose again "
                                                 "what each column holds."), reason);

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
    }
  g_object_set_data (G_OBJECT (dialog), "region",
                     fact_entry (facts, _("_Region"), "table-region", region,
                                 /* TRANSLATORS: the hint in an empty entry: a region's name */
                                 _("Such as Кировская область")));
  g_object_set_data (G_OBJECT (dialog), "from",
                     fact_entry (facts, _("_First day of the period"), "table-from", from, date_hint));
  g_object_set_data (G_OBJECT (dialog), "to",
                     fact_entry (facts, _("_Last day of the period"), "table-to", to, date_hint));
  gtk_box_append (GTK_BOX (list), facts);
  for (guint i = 0; i < G_N_ELEMENTS (mappable); i++)
    gtk_string_list_append (fields, _(mappable[i].label));
  for (guint i = 0; columns != NULL && i < columns->len; i++)
    {
      MtTableColumn *column = g_ptr_array_index (columns, i);
      g_autofree char *samples = g_strjoinv (", ", column->samples);
      /* TRANSLATORS: a column's letter as spreadsheets show it, then a
       * few of its values: "Column D · 12, 15, 7" */
      g_autofree char *where = *samples != '\0' ? g_strdup_printf (_("Column %s · %s"), column->letter, samples)
                                                 : /* TRANSLATORS: a column's letter, "Column D" */
                                                   g_strdup_printf (_("Column %s"), column->letter);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *header = gtk_label_new (NULL);
      GtkWidget *detail = gtk_label_new (NULL);
      GtkWidget *choice = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (fields)), NULL);

      /* Headers and values are the table's: plain text, never markup. */
      gtk_label_set_use_markup (GTK_LABEL (header), FALSE);
      gtk_label_set_text (GTK_LABEL (header), column->header);
      gtk_label_set_text (GTK_LABEL (detail), where);
      for (GtkWidget *label = header; label != NULL; label = label == header ? detail : NULL)
        {
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
        }
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), remembered_choice (mapping, column->key));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_RELATION_LABELLED_BY, header, NULL,
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, detail, NULL, -1);
      g_object_set_data_full (G_OBJECT (choice), "key", g_strdup (column->key), g_free);
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_box_append (GTK_BOX (box), choice);
      gtk_box_append (GTK_BOX (list), box);
      g_ptr_array_add (choices, choice);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "choices", choices, (GDestroyNotify) g_ptr_array_unref);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), NULL);
  /* A sheet of a workbook the user chose: another may hold the table. */
  if (any_columns && self->facts_sheet != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "other-sheet", _("Other _Sheet"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "apply", any_columns ? _("_Load") : _("_Apply"));
  g_signal_connect_object (g_object_get_data (G_OBJECT (dialog), "from"), "changed",
                           G_CALLBACK (dates_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (g_object_get_data (G_OBJECT (dialog), "to"), "changed",
                           G_CALLBACK (dates_changed_cb), dialog, G_CONNECT_SWAPPED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect_object (dialog, "response", G_CALLBACK (mapping_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}


/**
 * mt_monitoring_page_update_facts_button:
 *
 * A table that names no region or no period cannot be kept among the
 * earlier periods nor compared: the header offers to give them.
 */
void
mt_monitoring_page_update_facts_button (MtMonitoringPage *self)
{
  gboolean lacking = self->dataset != NULL && self->from_table &&
                     (mt_dataset_get_region (self->dataset) == NULL ||
                      mt_dataset_get_period_from (self->dataset) == NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->facts_button), lacking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monitoring.ask-table-facts",
                                 self->dataset != NULL && self->from_table);
}

void
mt_monitoring_page_ask_facts_activated (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  MtMonitoringPage *self = MT_MONITORING_PAGE (widget);

  mt_monitoring_page_ask_about_table (self, NULL, self->dataset, NULL);
}
