/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-material-form.c: the catalog editor's form for one material
 *
 * Every change is checked by the loader's rules as it is typed; a good
 * value goes into the material at once (and "changed" is emitted), a
 * refused one stays marked in its field with the reason below. */
#define G_LOG_DOMAIN "mt-material-form"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog-check.h"
#include "mt-form-field.h"
#include "mt-material-form.h"

struct _MtMaterialForm
{
  AdwBin parent_instance;

  MtMaterial *material;
  GListModel *siblings;     /* the catalog's materials, for unique ids */
  gboolean filling;
  char *problem;

  AdwEntryRow *title_row;
  AdwComboRow *kind_row;
  AdwEntryRow *url_row;
  AdwEntryRow *updated_row;
  GtkSwitch *qr_switch;
  AdwEntryRow *id_row;
  GtkTextView *description_view;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (MtMaterialForm, mt_material_form, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Takes the title, address and id if they are good; marks them if not. */
static gboolean
take_texts (MtMaterialForm *self,
            char          **problem)
{
  MtMaterial *material = self->material;
  g_autofree char *title = mt_form_field_text (GTK_EDITABLE (self->title_row));
  g_autofree char *url = mt_form_field_text (GTK_EDITABLE (self->url_row));
  g_autofree char *id = mt_form_field_text (GTK_EDITABLE (self->id_row));
  g_autofree char *title_problem = mt_catalog_title_problem (title);
  g_autofree char *url_problem = mt_catalog_url_problem (url);
  g_autofree char *id_problem = mt_catalog_id_problem (self->siblings, material, id);
  gboolean changed = FALSE;

  mt_form_field_mark (GTK_WIDGET (self->title_row), title_problem);
  mt_form_field_note (problem, _("Title"), title_problem);
  if (title_problem == NULL && g_strcmp0 (title, mt_material_get_title (material)) != 0)
    {
      mt_material_set_title (material, title);
      changed = TRUE;
    }
  mt_form_field_mark (GTK_WIDGET (self->url_row), url_problem);
  mt_form_field_note (problem, _("Web Address"), url_problem);
  if (url_problem == NULL && g_strcmp0 (url, mt_material_get_url (material)) != 0)
    {
      mt_material_set_url (material, url);
      /* The size and checksum were of the file at the old address. */
      mt_material_set_size (material, -1);
      mt_material_set_sha256 (material, NULL);
      changed = TRUE;
    }
  mt_form_field_mark (GTK_WIDGET (self->id_row), id_problem);
  mt_form_field_note (problem, _("Id in the Catalog"), id_problem);
  if (id_problem == NULL && g_strcmp0 (id, mt_material_get_id (material)) != 0)
    {
      mt_material_set_id (material, id);
      changed = TRUE;
    }
  return changed;
}

static void
field_changed_cb (MtMaterialForm *self)
{
  MtMaterial *material = self->material;
  MtMaterialKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *updated_text = mt_form_field_text (GTK_EDITABLE (self->updated_row));
  g_autofree char *updated_problem = NULL;
  g_autofree char *updated = mt_form_field_read_date (updated_text, &updated_problem);
  g_autofree char *description = NULL;
  g_autofree char *problem = NULL;
  gboolean changed;

  if (self->filling || material == NULL)
    return;
  changed = take_texts (self, &problem);
  if (kind < MT_MATERIAL_N_KINDS && kind != mt_material_get_kind (material))
    {
      mt_material_set_kind (material, kind);
      changed = TRUE;
    }
  mt_form_field_mark (GTK_WIDGET (self->updated_row), updated_problem);
  mt_form_field_note (&problem, _("Updated"), updated_problem);
  if (updated_problem == NULL && g_strcmp0 (updated, mt_material_get_updated (material)) != 0)
    {
      mt_material_set_updated (material, updated);
      changed = TRUE;
    }
  if (gtk_switch_get_active (self->qr_switch) != mt_material_get_qr (material))
    {
      mt_material_set_qr (material, gtk_switch_get_active (self->qr_switch));
      changed = TRUE;
    }
  description = mt_form_field_view_text (self->description_view);
  if (g_strcmp0 (description, mt_material_get_description (material)) != 0)
    {
      mt_material_set_description (material, description);
      changed = TRUE;
    }

  mt_form_field_show_problem (self->problem_label, &self->problem, g_steal_pointer (&problem));
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * mt_material_form_set_material:
 * @material: (nullable): the material to edit
 * @siblings: (nullable): the list it is in
 */
void
mt_material_form_set_material (MtMaterialForm *self,
                               MtMaterial     *material,
                               GListModel     *siblings)
{
  GtkTextBuffer *buffer;
  g_autofree char *updated = NULL;

  g_return_if_fail (MT_IS_MATERIAL_FORM (self));

  g_set_object (&self->material, material);
  g_set_object (&self->siblings, siblings);
  if (material == NULL)
    return;

  self->filling = TRUE;
  updated = mt_form_field_date_text (mt_material_get_updated (material));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), mt_material_get_title (material));
  adw_combo_row_set_selected (self->kind_row, mt_material_get_kind (material));
  gtk_editable_set_text (GTK_EDITABLE (self->url_row),
                         mt_material_get_url (material) != NULL ? mt_material_get_url (material) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->updated_row), updated);
  gtk_switch_set_active (self->qr_switch, mt_material_get_qr (material));
  gtk_editable_set_text (GTK_EDITABLE (self->id_row), mt_material_get_id (material));
  buffer = gtk_text_view_get_buffer (self->description_view);
  gtk_text_buffer_set_text (buffer, mt_material_get_description (material) != NULL
                                    ? mt_material_get_description (material) : "", -1);
  self->filling = FALSE;
  /* What came in refused (a link from an old catalog) is marked now. */
  field_changed_cb (self);
}

/* Returns: (nullable): the first refused value of the form, for the user */
const char *
mt_material_form_get_problem (MtMaterialForm *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL_FORM (self), NULL);
  return self->problem;
}

/* To the title, all of it selected, so that typing replaces it. */
void
mt_material_form_focus_title (MtMaterialForm *self)
{
  g_return_if_fail (MT_IS_MATERIAL_FORM (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
mt_material_form_dispose (GObject *object)
{
  MtMaterialForm *self = MT_MATERIAL_FORM (object);

  g_clear_object (&self->material);
  g_clear_object (&self->siblings);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_MATERIAL_FORM);
  G_OBJECT_CLASS (mt_material_form_parent_class)->dispose (object);
}

static void
mt_material_form_finalize (GObject *object)
{
  g_free (MT_MATERIAL_FORM (object)->problem);
  G_OBJECT_CLASS (mt_material_form_parent_class)->finalize (object);
}

static void
mt_material_form_class_init (MtMaterialFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_material_form_dispose;
  object_class->finalize = mt_material_form_finalize;

  /**
   * MtMaterialForm::changed:
   *
   * The material took a new value.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/editor/mt-material-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, url_row);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, updated_row);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, qr_switch);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, id_row);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, description_view);
  gtk_widget_class_bind_template_child (widget_class, MtMaterialForm, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
}

static void
mt_material_form_init (MtMaterialForm *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *updated_title = mt_form_field_date_title (_("Updated"));

  gtk_widget_init_template (GTK_WIDGET (self));
  for (MtMaterialKind kind = 0; kind < MT_MATERIAL_N_KINDS; kind++)
    gtk_string_list_append (kinds, mt_material_kind_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->updated_row), updated_title);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}
