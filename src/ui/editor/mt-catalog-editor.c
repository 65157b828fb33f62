/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-editor.c: the window where institute staff author the
 * meeting's catalog
 *
 * The editor works on its own copy of the catalog the Materials page
 * shows (or of its unsaved draft, after a crash): a list of the meeting,
 * the materials and the events on the left, the chosen one's form on the
 * right (the meeting's with its notices). Items are added, removed (with Undo) and moved here; their
 * fields are checked in the forms. Saving, the draft and the guard on
 * closing are in mt-catalog-editor-save.c. */
#define G_LOG_DOMAIN "mt-catalog-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-catalog-check.h"
#include "mt-catalog-editor-private.h"
#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"
#include "mt-form-field.h"
#include "mt-toast.h"

G_DEFINE_FINAL_TYPE (MtCatalogEditor, mt_catalog_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
mt_catalog_editor_emit_saved (MtCatalogEditor *self,
                              GFile           *file)
{
  g_signal_emit (self, signals[SAVED], 0, file);
}

enum {
  SECTION_MEETING,
  SECTION_MATERIALS,
  SECTION_EVENTS,
};

void
mt_catalog_editor_toast (MtCatalogEditor *self,
                         AdwToast        *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GListStore *
list_of (MtCatalogEditor *self,
         GObject         *item)
{
  if (MT_IS_MATERIAL (item))
    return mt_catalog_get_materials (self->catalog);
  return mt_catalog_get_events (self->catalog);
}

static const char *
title_of (GObject *item)
{
  if (item == NULL)
    return _("Meeting");
  if (MT_IS_MATERIAL (item))
    return mt_material_get_title (MT_MATERIAL (item));
  return mt_event_get_title (MT_EVENT (item));
}

/* Whether the item could be published as it is. */
static gboolean
item_usable (MtCatalogEditor *self,
             GObject         *item)
{
  g_autofree char *problem = item != NULL ? mt_catalog_item_problem (G_LIST_MODEL (list_of (self, item)), item)
                                          : NULL;

  return problem == NULL;
}

/* @unready: (nullable): the items not ready to publish, when known */
static void
update_row (MtCatalogEditor *self,
            GtkWidget       *row,
            GHashTable      *unready)
{
  GObject *item = g_object_get_data (G_OBJECT (row), "item");
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "label");
  GtkWidget *warning = g_object_get_data (G_OBJECT (row), "warning");

  gtk_label_set_label (GTK_LABEL (label), title_of (item));
  gtk_widget_set_visible (warning, unready != NULL ? g_hash_table_contains (unready, item)
                                                   : !item_usable (self, item));
}

static GtkWidget *
sidebar_row (MtCatalogEditor *self,
             GObject         *item,
             int              section,
             GHashTable      *unready)
{
  static const char * const icons[] = { "x-office-calendar-symbolic", "folder-documents-symbolic",
                                        "starred-symbolic" };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icons[section]));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_tooltip_text (warning, _("Not ready to publish: see its form"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Not ready to publish: see its form"), -1);
  gtk_box_append (GTK_BOX (box), warning);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "section", GINT_TO_POINTER (section));
  if (item != NULL)
    g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "label", label);
  g_object_set_data (G_OBJECT (row), "warning", warning);
  update_row (self, row, unready);
  return row;
}

static void
section_header (GtkListBoxRow *row,
                GtkListBoxRow *before,
                gpointer       user_data)
{
  int section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "section"));
  const char *titles[] = { NULL, N_("Materials"), N_("Events") };
  GtkWidget *header;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "section")) == section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (titles[section] == NULL)
    return;
  header = gtk_label_new (_(titles[section]));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static GtkListBoxRow *
row_of (MtCatalogEditor *self,
        GObject         *item)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_object_get_data (G_OBJECT (row), "item") == (gpointer) item)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static void show_form (MtCatalogEditor *self);
static void update_actions (MtCatalogEditor *self);

/* The list made anew, with @item chosen. */
static void
fill_sidebar (MtCatalogEditor *self,
              GObject         *item)
{
  GListModel *lists[] = { G_LIST_MODEL (mt_catalog_get_materials (self->catalog)),
                          G_LIST_MODEL (mt_catalog_get_events (self->catalog)) };
  /* Checked once for all rows: each row alone would count every id again. */
  g_autoptr(GHashTable) unready = mt_catalog_unready_items (self->catalog);
  GtkWidget *child;

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))) != NULL)
    gtk_list_box_remove (self->sidebar, child);
  gtk_list_box_append (self->sidebar, sidebar_row (self, NULL, SECTION_MEETING, unready));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) listed = g_list_model_get_item (lists[l], i);

        gtk_list_box_append (self->sidebar, sidebar_row (self, listed, SECTION_MATERIALS + l, unready));
      }
  /* Chosen here without going to the form: in a narrow window the list
   * stays in view until the user picks an item. */
  g_set_object (&self->selected, item);
  gtk_list_box_select_row (self->sidebar, row_of (self, item));
  self->filling = FALSE;
  show_form (self);
  update_actions (self);
}

static void
show_meeting (MtCatalogEditor *self)
{
  const char *texts[] = { mt_catalog_get_meeting_title (self->catalog), NULL,
                          mt_catalog_get_title (self->catalog), mt_catalog_get_organization (self->catalog) };
  AdwEntryRow *rows[] = { self->meeting_title_row, self->meeting_date_row, self->catalog_title_row,
                          self->organization_row };
  g_autofree char *date = mt_form_field_date_text (mt_catalog_get_meeting_date (self->catalog));

  texts[1] = date;
  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), texts[i] != NULL ? texts[i] : "");
  self->filling = FALSE;
  mt_notices_form_set_notices (self->notices_form, mt_catalog_get_notices (self->catalog));
}

static void
show_form (MtCatalogEditor *self)
{
  GObject *item = self->selected;

  if (item == NULL)
    {
      show_meeting (self);
      gtk_stack_set_visible_child_name (self->forms, "meeting");
    }
  else if (MT_IS_MATERIAL (item))
    {
      mt_material_form_set_material (self->material_form, MT_MATERIAL (item),
                                     G_LIST_MODEL (mt_catalog_get_materials (self->catalog)));
      gtk_stack_set_visible_child_name (self->forms, "material");
    }
  else
    {
      mt_event_form_set_event (self->event_form, MT_EVENT (item),
                               G_LIST_MODEL (mt_catalog_get_events (self->catalog)));
      gtk_stack_set_visible_child_name (self->forms, "event");
    }
}

static void
update_actions (MtCatalogEditor *self)
{
  GObject *item = self->selected;
  guint position = 0, count = 0;

  if (item != NULL)
    {
      count = g_list_model_get_n_items (G_LIST_MODEL (list_of (self, item)));
      g_list_store_find (list_of (self, item), item, &position);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-up", item != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-down", item != NULL && position + 1 < count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-remove", self->removed != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.discard", self->dirty);
}

static void
row_selected_cb (MtCatalogEditor *self,
                 GtkListBoxRow   *row)
{
  if (self->filling || row == NULL)
    return;
  g_set_object (&self->selected, g_object_get_data (G_OBJECT (row), "item"));
  show_form (self);
  update_actions (self);
  adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
}

/* Shows @catalog, the editor's own, from the top. */
void
mt_catalog_editor_show_catalog (MtCatalogEditor *self,
                                MtCatalog       *catalog)
{
  g_set_object (&self->catalog, catalog);
  g_clear_object (&self->selected);
  g_clear_object (&self->removed);
  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), mt_catalog_get_is_demo (catalog));
  fill_sidebar (self, NULL);
  mt_catalog_editor_update_title (self);
}

/* Something in the catalog changed: the title says so, the draft keeps it. */
void
mt_catalog_editor_changed (MtCatalogEditor *self)
{
  GtkListBoxRow *row = row_of (self, self->selected);

  self->dirty = TRUE;
  if (row != NULL)
    update_row (self, GTK_WIDGET (row), NULL);
  mt_catalog_draft_save_later (self->draft, self->catalog);
  update_actions (self);
  mt_catalog_editor_update_title (self);
}

void
mt_catalog_editor_update_title (MtCatalogEditor *self)
{
  g_autofree char *name = self->saved_file != NULL ? g_file_get_basename (self->saved_file) : NULL;
  g_autofree char *subtitle = NULL;

  if (self->dirty)
    subtitle = g_strdup (_("Unsaved changes"));
  else if (name != NULL)
    /* TRANSLATORS: the file the catalog was saved as. */
    subtitle = g_strdup_printf (_("Saved as “%s”"), name);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
}

/* Returns: (nullable): the form's refused value, which saving would lose */
const char *
mt_catalog_editor_form_problem (MtCatalogEditor *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->forms);

  if (g_strcmp0 (shown, "material") == 0)
    return mt_material_form_get_problem (self->material_form);
  if (g_strcmp0 (shown, "event") == 0)
    return mt_event_form_get_problem (self->event_form);
  if (gtk_widget_get_visible (GTK_WIDGET (self->meeting_problem_label)))
    return gtk_label_get_label (self->meeting_problem_label);
  return mt_notices_form_get_problem (self->notices_form);
}

static char *
text_or_null (AdwEntryRow *row)
{
  char *text = mt_form_field_text (GTK_EDITABLE (row));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
meeting_changed_cb (MtCatalogEditor *self)
{
  g_autofree char *meeting_title = text_or_null (self->meeting_title_row);
  g_autofree char *date_text = mt_form_field_text (GTK_EDITABLE (self->meeting_date_row));
  g_autofree char *date_problem = NULL;
  g_autofree char *date = mt_form_field_read_date (date_text, &date_problem);
  g_autofree char *title = text_or_null (self->catalog_title_row);
  g_autofree char *organization = text_or_null (self->organization_row);
  g_autofree char *problem = NULL;
  gboolean changed = FALSE;

  if (self->filling || self->catalog == NULL)
    return;
  mt_form_field_mark (GTK_WIDGET (self->meeting_date_row), date_problem);
  mt_form_field_note (&problem, _("Meeting Date"), date_problem);
  if (date_problem != NULL)
    date = g_strdup (mt_catalog_get_meeting_date (self->catalog));
  if (g_strcmp0 (meeting_title, mt_catalog_get_meeting_title (self->catalog)) != 0 ||
      g_strcmp0 (date, mt_catalog_get_meeting_date (self->catalog)) != 0)
    {
      mt_catalog_set_meeting (self->catalog, meeting_title, date);
      changed = TRUE;
    }
  if (g_strcmp0 (title, mt_catalog_get_title (self->catalog)) != 0)
    {
      mt_catalog_set_title (self->catalog, title);
      changed = TRUE;
    }
  if (g_strcmp0 (organization, mt_catalog_get_organization (self->catalog)) != 0)
    {
      mt_catalog_set_organization (self->catalog, organization);
      changed = TRUE;
    }
  gtk_label_set_label (self->meeting_problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_problem_label), problem != NULL);
  if (changed)
    mt_catalog_editor_changed (self);
}

static void
item_changed_cb (MtCatalogEditor *self)
{
  mt_catalog_editor_changed (self);
}

static void
select_item (MtCatalogEditor *self,
             GObject         *item)
{
  gtk_list_box_select_row (self->sidebar, row_of (self, item));
}

/* A new item after the chosen one of its kind, or at the end. */
static void
add_item (MtCatalogEditor *self,
          GListStore      *store,
          GObject         *item)
{
  guint position = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (self->selected != NULL && list_of (self, self->selected) == store &&
      g_list_store_find (store, self->selected, &position))
    position++;
  g_list_store_insert (store, position, item);
  fill_sidebar (self, item);
  mt_catalog_editor_changed (self);
  adw_leaflet_set_visible_child (self->leaflet, self->form_pane);
  if (MT_IS_MATERIAL (item))
    mt_material_form_focus_title (self->material_form);
  else
    mt_event_form_focus_title (self->event_form);
}

static void
add_material_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  GListStore *materials = mt_catalog_get_materials (self->catalog);
  g_autofree char *id = mt_catalog_new_id (G_LIST_MODEL (materials), "material");
  g_autoptr(MtMaterial) material = mt_material_new (id, _("New material"));

  add_item (self, materials, G_OBJECT (material));
}

static void
add_event_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  GListStore *events = mt_catalog_get_events (self->catalog);
  g_autofree char *id = mt_catalog_new_id (G_LIST_MODEL (events), "event");
  g_autoptr(MtEvent) event = mt_event_new (id, _("New event"));

  add_item (self, events, G_OBJECT (event));
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  g_autoptr(GObject) item = self->selected != NULL ? g_object_ref (self->selected) : NULL;
  GListStore *store;
  AdwToast *toast;
  g_autofree char *message = NULL;
  guint position;

  if (item == NULL || !g_list_store_find ((store = list_of (self, item)), item, &position))
    return;
  g_set_object (&self->removed, item);
  self->removed_position = position;
  g_list_store_remove (store, position);
  fill_sidebar (self, NULL);
  mt_catalog_editor_changed (self);

  /* TRANSLATORS: a material or event removed from the catalog. */
  message = g_strdup_printf (_("“%s” removed"), title_of (item));
  toast = mt_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove");
  mt_catalog_editor_toast (self, toast);
}

static void
undo_remove_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  g_autoptr(GObject) item = g_steal_pointer (&self->removed);
  GListStore *store;

  if (item == NULL)
    return;
  store = list_of (self, item);
  g_list_store_insert (store, MIN (self->removed_position, g_list_model_get_n_items (G_LIST_MODEL (store))), item);
  fill_sidebar (self, item);
  mt_catalog_editor_changed (self);
}

static void
move (MtCatalogEditor *self,
      int              step)
{
  GObject *item = self->selected;
  GListStore *store;
  guint position;

  if (item == NULL || !g_list_store_find ((store = list_of (self, item)), item, &position) ||
      (step < 0 && position == 0) || position + step >= g_list_model_get_n_items (G_LIST_MODEL (store)))
    return;
  mt_list_store_move (store, position, position + step);
  fill_sidebar (self, item);
  mt_catalog_editor_changed (self);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move (MT_CATALOG_EDITOR (widget), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (MT_CATALOG_EDITOR (widget), 1);
}

/* "meeting", "material:ID" or "event:ID": for tests and the keyboard. */
static void
select_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  GObject *item = NULL;

  if (g_str_has_prefix (what, "material:"))
    item = G_OBJECT (mt_catalog_find_material (self->catalog, what + strlen ("material:")));
  else if (g_str_has_prefix (what, "event:"))
    {
      GListModel *events = G_LIST_MODEL (mt_catalog_get_events (self->catalog));

      for (guint i = 0; item == NULL && i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(MtEvent) event = g_list_model_get_item (events, i);

          if (g_str_equal (mt_event_get_id (event), what + strlen ("event:")))
            item = G_OBJECT (event);
        }
    }
  select_item (self, item);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
}

/**
 * mt_catalog_editor_notice:
 * @text: (nullable): what to tell about the draft, or %NULL to hide it
 * @can_discard: whether the notice offers to discard the changes
 *
 * A banner rather than a toast: it may name a file, and stays to be read.
 */
void
mt_catalog_editor_notice (MtCatalogEditor *self,
                          const char      *text,
                          gboolean         can_discard)
{
  if (text != NULL)
    gtk_label_set_label (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_discard_button), can_discard);
  gtk_revealer_set_reveal_child (self->notice_revealer, text != NULL);
}

static void
dismiss_notice_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  mt_catalog_editor_notice (MT_CATALOG_EDITOR (widget), NULL, FALSE);
}

/** mt_catalog_editor_get_catalog: Returns: (transfer none): the catalog being edited */
MtCatalog *
mt_catalog_editor_get_catalog (MtCatalogEditor *self)
{
  g_return_val_if_fail (MT_IS_CATALOG_EDITOR (self), NULL);
  return self->catalog;
}

/** mt_catalog_editor_get_dirty: Returns: whether there are unsaved changes */
gboolean
mt_catalog_editor_get_dirty (MtCatalogEditor *self)
{
  g_return_val_if_fail (MT_IS_CATALOG_EDITOR (self), FALSE);
  return self->dirty;
}

/**
 * mt_catalog_editor_present:
 * @parent: the window it is opened from
 * @catalog: the catalog to start from, unless a draft is waiting
 *
 * One editor at a time, as there is one draft: an open one is raised.
 *
 * Returns: (transfer none): the editor
 */
MtCatalogEditor *
mt_catalog_editor_present (GtkWindow *parent,
                           MtCatalog *catalog)
{
  GtkApplication *application = gtk_window_get_application (parent);
  MtCatalogEditor *self = NULL;
  g_autoptr(MtCatalog) copy = NULL;

  g_return_val_if_fail (MT_IS_CATALOG (catalog), NULL);

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL; l; l = l->next)
    if (MT_IS_CATALOG_EDITOR (l->data))
      self = l->data;
  if (self != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = g_object_new (MT_TYPE_CATALOG_EDITOR, "application", application, NULL);
  copy = mt_catalog_copy (catalog);
  self->saved_json = mt_catalog_to_json (copy);
  mt_catalog_editor_show_catalog (self, copy);
  mt_catalog_editor_restore_draft (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
mt_catalog_editor_dispose (GObject *object)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->header_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->header_tick);
  self->header_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_CATALOG_EDITOR);
  G_OBJECT_CLASS (mt_catalog_editor_parent_class)->dispose (object);
}

static void
mt_catalog_editor_finalize (GObject *object)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (object);

  g_clear_object (&self->catalog);
  g_clear_object (&self->draft);
  g_clear_object (&self->saved_file);
  g_clear_object (&self->selected);
  g_clear_object (&self->removed);
  g_free (self->saved_json);
  G_OBJECT_CLASS (mt_catalog_editor_parent_class)->finalize (object);
}

static void
mt_catalog_editor_class_init (MtCatalogEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_catalog_editor_dispose;
  object_class->finalize = mt_catalog_editor_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = mt_catalog_editor_close_request;

  /**
   * MtCatalogEditor::saved:
   * @file: where the catalog was written
   *
   * A page showing that file has it anew.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (MT_TYPE_MATERIAL_FORM);
  g_type_ensure (MT_TYPE_EVENT_FORM);
  g_type_ensure (MT_TYPE_NOTICES_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/editor/mt-catalog-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, demo_label);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, notice_label);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, notice_discard_button);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, form_pane);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, forms);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, meeting_title_row);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, meeting_date_row);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, catalog_title_row);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, meeting_problem_label);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, notices_form);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, material_form);
  gtk_widget_class_bind_template_child (widget_class, MtCatalogEditor, event_form);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-material", NULL, add_material_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-event", NULL, add_event_activated);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove", NULL, undo_remove_activated);
  gtk_widget_class_install_action (widget_class, "editor.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "editor.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "editor.select", "s", select_activated);
  gtk_widget_class_install_action (widget_class, "editor.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "editor.dismiss-notice", NULL, dismiss_notice_activated);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, mt_catalog_editor_save_activated);
  gtk_widget_class_install_action (widget_class, "editor.save-as", NULL, mt_catalog_editor_save_as_activated);
  gtk_widget_class_install_action (widget_class, "editor.save-to", "s", mt_catalog_editor_save_to_activated);
  gtk_widget_class_install_action (widget_class, "editor.discard", NULL, mt_catalog_editor_discard_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "editor.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "editor.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* Said once, not on every change, until a draft is written again. */
static void
draft_failed_cb (MtCatalogEditor *self,
                 GError          *error)
{
  if (!self->draft_failing)
    mt_catalog_editor_toast (self, mt_toast_new (error->message));
  self->draft_failing = TRUE;
}

static void
draft_written_cb (MtCatalogEditor *self)
{
  self->draft_failing = FALSE;
}

/* Narrow, the header keeps room for the window's title: Save shows its
 * icon (its name stays for screen readers and in the tooltip). The leaflet
 * folds while it is allocated, so the button changes on the next frame,
 * when the header may be laid out again. */
static gboolean
compact_header_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  MtCatalogEditor *self = MT_CATALOG_EDITOR (widget);

  self->header_tick = 0;
  if (adw_leaflet_get_folded (self->leaflet))
    gtk_button_set_icon_name (self->save_button, "document-save-symbolic");
  else
    {
      gtk_button_set_label (self->save_button, _("_Save Catalog…"));
      gtk_button_set_use_underline (self->save_button, TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
folded_cb (MtCatalogEditor *self)
{
  if (self->header_tick == 0)
    self->header_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), compact_header_cb, NULL, NULL);
}

static void
mt_catalog_editor_init (MtCatalogEditor *self)
{
  g_autofree char *date_title = mt_form_field_date_title (_("Meeting Date"));

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meeting_date_row), date_title);
  gtk_list_box_set_header_func (self->sidebar, section_header, NULL, NULL);
  g_object_bind_property (self->leaflet, "folded", self->back_button, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self, G_CONNECT_SWAPPED);
  folded_cb (self);
  self->draft = mt_catalog_draft_new_default ();
  g_signal_connect_object (self->draft, "failed", G_CALLBACK (draft_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->draft, "written", G_CALLBACK (draft_written_cb), self, G_CONNECT_SWAPPED);
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}
