/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-materials-page.c: the meeting's materials, from the institute's
 * catalog (or the demo), grouped by kind
 *
 * The catalog comes from the source set in Preferences, through an
 * MtFeed: a web address (its copy kept for offline use, a banner when the
 * copy is shown), a file, or the built-in demo. A catalog that fails to
 * load leaves the one shown before. What the catalog gives
 * as "updated" after the user last looked at it is marked new. */
#define G_LOG_DOMAIN "mt-materials-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-catalog-draft.h"
#include "mt-catalog-reader.h"
#include "mt-format.h"
#include "mt-handout.h"
#include "mt-materials-page-private.h"
#include "mt-feed.h"
#include "mt-toast.h"

G_DEFINE_FINAL_TYPE (MtMaterialsPage, mt_materials_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_CATALOG,
  PROP_OFFLINE_NOTICE,
  PROP_REFRESH_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  CATALOG_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kind_icons[MT_MATERIAL_N_KINDS] = {
  [MT_MATERIAL_PRESENTATION] = "x-office-presentation-symbolic",
  [MT_MATERIAL_MONITORING] = "x-office-spreadsheet-symbolic",
  [MT_MATERIAL_INSTRUCTION] = "text-x-generic-symbolic",
  [MT_MATERIAL_TEMPLATE] = "x-office-document-symbolic",
  [MT_MATERIAL_RECOMMENDATIONS] = "accessories-dictionary-symbolic",
  [MT_MATERIAL_REGULATION] = "emblem-documents-symbolic",
  [MT_MATERIAL_OTHER] = "folder-documents-symbolic",
};

void
mt_materials_page_toast (MtMaterialsPage *self,
                         AdwToast        *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

static gboolean
is_new (MtMaterialsPage *self,
        MtMaterial      *material)
{
  const char *updated = mt_material_get_updated (material);

  return self->seen_before != NULL && updated != NULL && strcmp (updated, self->seen_before) > 0;
}

static gboolean
matches (MtMaterialsPage *self,
         MtMaterial      *material)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  if (self->search_key == NULL)
    return TRUE;
  title = g_utf8_casefold (mt_material_get_title (material), -1);
  description = mt_material_get_description (material) != NULL
                ? g_utf8_casefold (mt_material_get_description (material), -1) : NULL;
  return strstr (title, self->search_key) != NULL ||
         (description != NULL && strstr (description, self->search_key) != NULL);
}

/* "06.12.2023 · 2,5 МБ" */
static char *
describe_material (MtMaterial *material,
                   gboolean    with_kind)
{
  GString *facts = g_string_new (with_kind ? mt_material_kind_label (mt_material_get_kind (material)) : NULL);

  if (mt_material_get_updated (material) != NULL)
    {
      g_autofree char *date = mt_format_iso_date (mt_material_get_updated (material));

      g_string_append_printf (facts, "%s%s", facts->len > 0 ? " · " : "", date);
    }
  if (mt_material_get_size (material) >= 0)
    {
      g_autofree char *size = g_format_size (mt_material_get_size (material));

      g_string_append_printf (facts, "%s%s", facts->len > 0 ? " · " : "", size);
    }
  return g_string_free (facts, FALSE);
}

static void
row_activated_cb (AdwActionRow    *row,
                  MtMaterialsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "materials.select", "s",
                              mt_material_get_id (g_object_get_data (G_OBJECT (row), "material")));
}

static GtkWidget *
material_row (MtMaterialsPage *self,
              MtMaterial      *material)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *facts = describe_material (material, FALSE);

  /* Titles come from a server: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mt_material_get_title (material));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), kind_icons[mt_material_get_kind (material)]);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "material", g_object_ref (material), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);

  if (is_new (self, material))
    {
      GtkWidget *badge = gtk_label_new (_("New"));

      gtk_widget_add_css_class (badge, "new-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_name (badge, "new-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  if (mt_material_get_url_problem (material) != NULL)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (warning, mt_material_get_url_problem (material));
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mt_material_get_url_problem (material), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);
    }
  return row;
}

/* The list comes from models: per kind, a filter model over the catalog's
 * materials (that kind, matching the search) bound to the kind's list
 * box. A keystroke in the search refilters; only rows that come or go are
 * made or dropped, never the whole list. */
typedef struct
{
  MtMaterialsPage *page;   /* not owned: the filters are the page's */
  MtMaterialKind kind;
} KindFilter;

static gboolean
kind_matches (gpointer item,
              gpointer user_data)
{
  KindFilter *filter = user_data;

  return mt_material_get_kind (item) == filter->kind && matches (filter->page, item);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return material_row (user_data, item);
}

/* A kind's group shows while it has materials; with none matching the
 * search, the page says so; a catalog without materials says that. */
static void
update_groups (MtMaterialsPage *self)
{
  guint shown = 0;
  guint all = self->catalog != NULL
              ? g_list_model_get_n_items (G_LIST_MODEL (mt_catalog_get_materials (self->catalog))) : 0;

  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->kind_models[kind]));

      gtk_widget_set_visible (self->kind_groups[kind], n > 0);
      shown += n;
    }
  gtk_widget_set_visible (self->no_match_page, shown == 0 && all > 0);
  gtk_widget_set_visible (self->no_materials_label, self->catalog != NULL && all == 0);
}

static void
add_groups (MtMaterialsPage *self)
{
  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    {
      KindFilter *data = g_new0 (KindFilter, 1);
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (mt_material_kind_label (kind));
      GtkWidget *list = gtk_list_box_new ();

      data->page = self;
      data->kind = kind;
      self->kind_filters[kind] = gtk_custom_filter_new (kind_matches, data, g_free);
      self->kind_models[kind] = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->kind_filters[kind])));
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mt_material_kind_label (kind), -1);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->kind_models[kind]), create_row_cb, self,
                               NULL);
      gtk_box_append (GTK_BOX (group), heading);
      gtk_box_append (GTK_BOX (group), list);
      gtk_widget_set_visible (group, FALSE);
      gtk_box_append (self->groups_box, group);
      self->kind_groups[kind] = group;
      g_signal_connect_object (self->kind_models[kind], "items-changed", G_CALLBACK (update_groups), self,
                               G_CONNECT_SWAPPED);
    }
  self->no_materials_label = gtk_label_new (_("The catalog lists no materials."));
  gtk_widget_add_css_class (self->no_materials_label, "dim-label");
  gtk_widget_set_visible (self->no_materials_label, FALSE);
  gtk_box_append (self->groups_box, self->no_materials_label);
}

/* A new catalog (or new "new" marks): every row made again. */
static void
fill_groups (MtMaterialsPage *self)
{
  GListModel *materials = self->catalog != NULL ? G_LIST_MODEL (mt_catalog_get_materials (self->catalog)) : NULL;

  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    {
      gtk_filter_list_model_set_model (self->kind_models[kind], NULL);
      gtk_filter_list_model_set_model (self->kind_models[kind], materials);
    }
  update_groups (self);
}

static void
show_details (MtMaterialsPage *self)
{
  MtMaterial *material = self->selected;
  g_autofree char *facts = NULL;
  g_autofree char *link = NULL;

  if (material == NULL)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "none");
      mt_materials_page_update_actions (self);
      return;
    }
  facts = describe_material (material, TRUE);
  gtk_label_set_label (self->details_title, mt_material_get_title (material));
  gtk_label_set_label (self->details_facts, facts);
  gtk_label_set_label (self->details_description, mt_material_get_description (material) != NULL
                                                  ? mt_material_get_description (material) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_description), mt_material_get_description (material) != NULL);
  if (mt_material_get_url_problem (material) != NULL)
    /* TRANSLATORS: a material's link that is never opened, and why. */
    link = g_strdup_printf (_("The link cannot be opened: %s"), mt_material_get_url_problem (material));
  else
    link = g_strdup (mt_material_get_url (material));
  gtk_label_set_label (self->details_link, link);
  gtk_stack_set_visible_child_name (self->details_stack, "material");
  mt_materials_page_update_actions (self);
}

static void
select_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);
  MtMaterial *material = self->catalog != NULL
                         ? mt_catalog_find_material (self->catalog, g_variant_get_string (parameter, NULL)) : NULL;

  g_set_object (&self->selected, material);
  show_details (self);
  /* In a narrow window the details take the list's place. */
  if (material != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->details_pane);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* Escape in the search clears it, as in GNOME's apps. */
static void
stop_search_cb (MtMaterialsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_changed_cb (MtMaterialsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (*text != '\0')
    self->search_key = g_utf8_casefold (text, -1);
  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    gtk_filter_changed (GTK_FILTER (self->kind_filters[kind]), GTK_FILTER_CHANGE_DIFFERENT);
  update_groups (self);
}

/* "Since last time": when this catalog was last seen, and now it is. */
static void
remember_seen (MtMaterialsPage *self)
{
  g_autoptr(GVariant) seen = g_settings_get_value (self->settings, "catalog-seen");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  g_clear_pointer (&self->seen_before, g_free);
  g_variant_iter_init (&iter, seen);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    {
      if (g_str_equal (key, self->source_key))
        self->seen_before = g_strdup (value);
      else
        g_variant_builder_add (&builder, "{ss}", key, value);
    }
  g_variant_builder_add (&builder, "{ss}", self->source_key, today);
  g_settings_set_value (self->settings, "catalog-seen", g_variant_builder_end (&builder));
}

static void
show_catalog (MtMaterialsPage *self,
              MtCatalog       *catalog,
              const char      *source_key)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = mt_catalog_get_meeting_title (catalog) != NULL ? mt_catalog_get_meeting_title (catalog)
                                                                      : mt_catalog_get_title (catalog);
  MtMaterial *found = self->selected != NULL
                      ? mt_catalog_find_material (catalog, mt_material_get_id (self->selected)) : NULL;
  /* The same material stays chosen in a new copy of the catalog. */
  g_autoptr(MtMaterial) reselect = found != NULL ? g_object_ref (found) : NULL;

  if (g_set_object (&self->catalog, catalog))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
  g_clear_pointer (&self->printable, g_ptr_array_unref);
  self->printable = mt_handout_materials (catalog);
  g_free (self->source_key);
  self->source_key = g_strdup (source_key);
  if (self->settings != NULL)
    remember_seen (self);

  gtk_label_set_label (self->title_label, title != NULL ? title : _("Meeting materials"));
  if (mt_catalog_get_meeting_date (catalog) != NULL)
    {
      g_autofree char *date = mt_format_iso_date (mt_catalog_get_meeting_date (catalog));

      g_string_append (subtitle, date);
    }
  if (mt_catalog_get_organization (catalog) != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", mt_catalog_get_organization (catalog));
  gtk_label_set_label (self->subtitle_label, subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), mt_catalog_get_is_demo (catalog));
  fill_groups (self);
  g_set_object (&self->selected, reselect);
  show_details (self);
  gtk_stack_set_visible_child_name (self->stack, "catalog");
  g_signal_emit (self, signals[CATALOG_CHANGED], 0, catalog);
}

static void
offline_notice_cb (MtMaterialsPage *self)
{
  const char *text = mt_feed_get_offline_notice (self->feed);
  g_autofree char *before = g_strdup (mt_materials_page_get_offline_notice (self));

  if (text != NULL)
    gtk_label_set_label (self->offline_label, text);
  gtk_revealer_set_reveal_child (self->offline_revealer, text != NULL);
  if (g_strcmp0 (before, text) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE_NOTICE]);
}

static void
failed (MtMaterialsPage *self,
        const char      *message)
{
  /* What was shown stays; with nothing shown, the page says why. */
  if (self->catalog != NULL)
    {
      mt_materials_page_toast (self, mt_toast_new (message));
      gtk_stack_set_visible_child_name (self->stack, "catalog");
      return;
    }
  {
    /* A status page's description is markup; the message comes from a server. */
    g_autofree char *escaped = g_markup_escape_text (message, -1);

    adw_status_page_set_description (self->failed_page, escaped);
  }
  gtk_stack_set_visible_child_name (self->stack, "failed");
}

static gboolean
loaded_cb (MtMaterialsPage *self,
           MtCatalog       *catalog)
{
  const char *source_key = mt_feed_get_origin (self->feed) == MT_FEED_DEMO ? "demo"
                                                                             : mt_feed_get_source (self->feed);

  show_catalog (self, catalog, source_key);
  return TRUE;
}

static void
failed_cb (MtMaterialsPage *self,
           GError          *error)
{
  g_autofree char *message = NULL;

  /* The fetcher's message says what failed and where; the page says what
   * it means here, when a catalog stays shown. */
  if (error->domain == MT_FETCH_ERROR)
    message = self->catalog != NULL ? g_strdup_printf (_("The catalog was not updated. %s"), error->message)
                                    : g_strdup (error->message);
  else
    message = g_strdup_printf (_("Could not load the catalog: %s"), error->message);
  failed (self, message);
}

static void
copy_not_kept_cb (MtMaterialsPage *self,
                  GError          *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not keep a copy for offline use: %s"), error->message);

  mt_materials_page_toast (self, mt_toast_new (message));
}

static void
feed_busy_cb (MtMaterialsPage *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->refresh_button), !mt_feed_get_busy (self->feed));
  mt_materials_page_update_busy (self);
}

static void
refresh_seconds_cb (MtMaterialsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESH_SECONDS]);
}

/* Told whenever the catalog, a download or a handout starts or ends. */
void
mt_materials_page_update_busy (MtMaterialsPage *self)
{
  gboolean busy = mt_materials_page_get_busy (self);

  if (busy == self->busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Nothing shown: the catalog of another source is not this one's. */
static void
forget_catalog (MtMaterialsPage *self)
{
  g_autoptr(MtCatalog) none = mt_catalog_new ();

  if (self->catalog != NULL)
    {
      g_clear_object (&self->catalog);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
    }
  g_clear_object (&self->selected);
  g_clear_pointer (&self->source_key, g_free);
  g_clear_pointer (&self->printable, g_ptr_array_unref);
  if (gtk_revealer_get_reveal_child (self->offline_revealer))
    {
      gtk_revealer_set_reveal_child (self->offline_revealer, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE_NOTICE]);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), FALSE);
  fill_groups (self);
  show_details (self);
  /* The Events and QR pages drop its events and links too. */
  g_signal_emit (self, signals[CATALOG_CHANGED], 0, none);
}

static void
refresh (MtMaterialsPage *self)
{
  g_autofree char *source = g_settings_get_string (self->settings, "catalog-source");

  mt_feed_set_source (self->feed, source);
  if (*source == '\0')
    {
      mt_feed_load_demo (self->feed, NULL, NULL);
      return;
    }
  /* A catalog from another source (the demo, or the address set before)
   * goes: a source that cannot be reached then says so, rather than the
   * old catalog being shown as if it were this one's. */
  if (self->catalog != NULL && g_strcmp0 (self->source_key, source) != 0)
    forget_catalog (self);
  if (self->catalog == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  mt_feed_refresh (self->feed);
}

static void
refresh_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  refresh (MT_MATERIALS_PAGE (widget));
}

static void
interval_changed_cb (MtMaterialsPage *self)
{
  g_autofree char *interval = g_settings_get_string (self->settings, "auto-refresh");

  mt_feed_set_interval (self->feed, mt_feed_interval_for (interval));
}

static gpointer
read_catalog (GBytes        *bytes,
              const char    *demo,
              gpointer       snapshot,
              GCancellable  *cancellable,
              GError       **error)
{
  return bytes != NULL ? mt_catalog_load (bytes, error) : mt_catalog_load_demo ();
}

static void
continue_editing_cb (MtMaterialsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "materials.edit-catalog", NULL);
}

/* An editor that did not close left its work: say where it is. */
static void
tell_of_draft (MtMaterialsPage *self)
{
  g_autoptr(MtCatalogDraft) draft = mt_catalog_draft_new_default ();
  AdwToast *toast;

  if (!g_file_test (mt_catalog_draft_get_path (draft), G_FILE_TEST_EXISTS))
    return;
  toast = mt_toast_new (_("The catalog editor has unsaved changes"));
  adw_toast_set_button_label (toast, _("Continue _Editing"));
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (continue_editing_cb), self, G_CONNECT_SWAPPED);
  mt_materials_page_toast (self, toast);
}

/**
 * mt_materials_page_set_up:
 * @settings: the application's settings (the catalog's source)
 * @fetcher: the application's fetcher: the catalog and the downloads
 *
 * Called once, by the window that shows the page: the catalog is got at
 * once, and again as Preferences say.
 */
void
mt_materials_page_set_up (MtMaterialsPage *self,
                          GSettings       *settings,
                          MtFetcher       *fetcher)
{
  static const MtFeedParser parser = { NULL, read_catalog, NULL, g_object_unref };

  g_return_if_fail (MT_IS_MATERIALS_PAGE (self));
  g_return_if_fail (self->settings == NULL);
  g_return_if_fail (MT_IS_FETCHER (fetcher));

  self->settings = g_object_ref (settings);
  self->fetcher = g_object_ref (fetcher);
  self->feed = mt_feed_new (fetcher, &parser, NULL);
  g_signal_connect_object (self->feed, "loaded", G_CALLBACK (loaded_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "failed", G_CALLBACK (failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "copy-not-kept", G_CALLBACK (copy_not_kept_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::offline-notice", G_CALLBACK (offline_notice_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::busy", G_CALLBACK (feed_busy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->feed, "notify::refresh-seconds", G_CALLBACK (refresh_seconds_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::catalog-source", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::auto-refresh", G_CALLBACK (interval_changed_cb), self,
                           G_CONNECT_SWAPPED);
  interval_changed_cb (self);
  refresh (self);
  tell_of_draft (self);
}

/** mt_materials_page_get_catalog: Returns: (transfer none) (nullable): the catalog shown */
MtCatalog *
mt_materials_page_get_catalog (MtMaterialsPage *self)
{
  g_return_val_if_fail (MT_IS_MATERIALS_PAGE (self), NULL);
  return self->catalog;
}

/** mt_materials_page_get_busy: Returns: whether a catalog, a download or a handout is on its way */
gboolean
mt_materials_page_get_busy (MtMaterialsPage *self)
{
  g_return_val_if_fail (MT_IS_MATERIALS_PAGE (self), FALSE);
  return (self->feed != NULL && mt_feed_get_busy (self->feed)) || self->download != NULL || self->handout != NULL;
}

/** mt_materials_page_get_refresh_seconds: Returns: when the automatic refresh was set for, in seconds; 0 for none */
guint
mt_materials_page_get_refresh_seconds (MtMaterialsPage *self)
{
  g_return_val_if_fail (MT_IS_MATERIALS_PAGE (self), 0);
  return self->feed != NULL ? mt_feed_get_refresh_seconds (self->feed) : 0;
}

/** mt_materials_page_get_offline_notice: Returns: (nullable): the offline banner's text when shown */
const char *
mt_materials_page_get_offline_notice (MtMaterialsPage *self)
{
  g_return_val_if_fail (MT_IS_MATERIALS_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->offline_revealer) ? gtk_label_get_label (self->offline_label) : NULL;
}

static void
count_rows (MtMaterialsPage *self,
            GtkWidget       *widget,
            guint           *rows,
            guint           *new_rows)
{
  MtMaterial *material = g_object_get_data (G_OBJECT (widget), "material");

  if (ADW_IS_ACTION_ROW (widget) && material != NULL)
    {
      (*rows)++;
      if (is_new (self, material))
        (*new_rows)++;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_rows (self, child, rows, new_rows);
}

/**
 * mt_materials_page_count_shown:
 * @new_rows: (out) (optional): how many of them are marked new
 *
 * Returns: the materials listed now (after the search)
 */
guint
mt_materials_page_count_shown (MtMaterialsPage *self,
                               guint           *new_rows)
{
  guint rows = 0, fresh = 0;

  g_return_val_if_fail (MT_IS_MATERIALS_PAGE (self), 0);
  count_rows (self, GTK_WIDGET (self->groups_box), &rows, &fresh);
  if (new_rows != NULL)
    *new_rows = fresh;
  return rows;
}

static void
mt_materials_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mt_materials_page_get_busy (self));
      break;
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_OFFLINE_NOTICE:
      g_value_set_string (value, mt_materials_page_get_offline_notice (self));
      break;
    case PROP_REFRESH_SECONDS:
      g_value_set_uint (value, mt_materials_page_get_refresh_seconds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_materials_page_dispose (GObject *object)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (object);

  if (self->feed != NULL)
    mt_feed_stop (self->feed);
  g_clear_object (&self->feed);
  g_cancellable_cancel (self->download);
  g_clear_object (&self->download);
  g_cancellable_cancel (self->handout);
  g_clear_object (&self->handout);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_MATERIALS_PAGE);
  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    {
      g_clear_object (&self->kind_models[kind]);
      g_clear_object (&self->kind_filters[kind]);
    }

  G_OBJECT_CLASS (mt_materials_page_parent_class)->dispose (object);
}

static void
mt_materials_page_finalize (GObject *object)
{
  MtMaterialsPage *self = MT_MATERIALS_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->printable, g_ptr_array_unref);
  g_clear_object (&self->selected);
  g_clear_object (&self->fetcher);
  g_free (self->source_key);
  g_free (self->seen_before);
  g_free (self->search_key);

  G_OBJECT_CLASS (mt_materials_page_parent_class)->finalize (object);
}

static void
mt_materials_page_class_init (MtMaterialsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_materials_page_dispose;
  object_class->finalize = mt_materials_page_finalize;
  object_class->get_property = mt_materials_page_get_property;

  /* The page's state, each told when it changes. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, MT_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFLINE_NOTICE] =
    g_param_spec_string ("offline-notice", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFRESH_SECONDS] =
    g_param_spec_uint ("refresh-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  /* The Events page shows the same catalog's events and notices. */
  signals[CATALOG_CHANGED] = g_signal_new ("catalog-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, MT_TYPE_CATALOG);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/materials/mt-materials-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, offline_label);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, failed_page);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_pane);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_stack);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_title);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_facts);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_description);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, details_link);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, download_box);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, download_progress);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialsPage, actions_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "materials.refresh", NULL, refresh_activated);
  gtk_widget_class_install_action (widget_class, "materials.select", "s", select_activated);
  gtk_widget_class_install_action (widget_class, "materials.back", NULL, back_activated);
  mt_materials_page_actions_class_init (widget_class);
}

/* F5 works wherever the focus is while the page is shown. */
static void
add_shortcuts (MtMaterialsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("materials.refresh")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
mt_materials_page_init (MtMaterialsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_groups (self);
  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);
  add_shortcuts (self);
  mt_materials_page_update_actions (self);
}
