/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-notices-form.c: the catalog editor's form for the meeting's notices
 *
 * Each notice is an expander row: its title, its text, and a link that may
 * be left empty but, when given, must be one the loader would open. As in
 * the other forms, good values go into the catalog as they are typed and a
 * refused one stays marked with the reason. */
#define G_LOG_DOMAIN "mt-notices-form"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog-check.h"
#include "mt-catalog.h"
#include "mt-form-field.h"
#include "mt-notices-form.h"

struct _MtNoticesForm
{
  AdwBin parent_instance;

  GPtrArray *notices;       /* of MtNotice, the catalog's */
  GPtrArray *rows;          /* of AdwExpanderRow, one a notice */
  gboolean filling;
  char *problem;

  AdwPreferencesGroup *group;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (MtNoticesForm, mt_notices_form, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Takes notice @i from its fields if they are good. */
static gboolean
take_notice (MtNoticesForm *self,
             guint          i,
             char         **problem)
{
  GtkWidget *row = g_ptr_array_index (self->rows, i);
  MtNotice *notice = g_ptr_array_index (self->notices, i);
  g_autofree char *title = mt_form_field_text (g_object_get_data (G_OBJECT (row), "title"));
  g_autofree char *url = mt_form_field_text (g_object_get_data (G_OBJECT (row), "url"));
  g_autofree char *text = mt_form_field_view_text (g_object_get_data (G_OBJECT (row), "text"));
  g_autofree char *title_problem = mt_catalog_title_problem (title);
  /* No link is allowed here; a link that cannot be opened is not. */
  g_autofree char *url_problem = *url != '\0' ? mt_catalog_url_problem (url) : NULL;
  /* TRANSLATORS: the fields of notice number %u of the catalog. */
  g_autofree char *where = g_strdup_printf (_("Notice %u"), i + 1);
  const char *link = *url != '\0' ? url : NULL;

  mt_form_field_mark (g_object_get_data (G_OBJECT (row), "title"), title_problem);
  mt_form_field_mark (g_object_get_data (G_OBJECT (row), "url"), url_problem);
  mt_form_field_note (problem, where, title_problem != NULL ? title_problem : url_problem);
  if (title_problem != NULL || url_problem != NULL ||
      (g_strcmp0 (title, notice->title) == 0 && g_strcmp0 (text, notice->text) == 0 &&
       g_strcmp0 (link, notice->url) == 0))
    return FALSE;
  g_ptr_array_index (self->notices, i) = mt_notice_new (title, text, link);
  mt_notice_free (notice);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), link != NULL ? link : "");
  return TRUE;
}

static void
field_changed_cb (MtNoticesForm *self)
{
  g_autofree char *problem = NULL;
  gboolean changed = FALSE;

  if (self->filling || self->notices == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    changed |= take_notice (self, i, &problem);
  mt_form_field_show_problem (self->problem_label, &self->problem, g_steal_pointer (&problem));
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
text_row (GtkWidget  *row,
          const char *text,
          const char *name)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_set_name (view, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Text"), -1);
  g_object_set_data (G_OBJECT (row), "text", view);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), view);
  return view;
}

/* The rows made anew from the notices, @expanded open. */
static void
fill (MtNoticesForm *self,
      int            expanded)
{
  mt_form_field_clear_rows (self->group, self->rows);

  self->filling = TRUE;
  for (guint i = 0; self->notices != NULL && i < self->notices->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (self->notices, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title_name = g_strdup_printf ("notice-title-%u", i);
      g_autofree char *text_name = g_strdup_printf ("notice-text-%u", i);
      g_autofree char *url_name = g_strdup_printf ("notice-url-%u", i);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), notice->title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), notice->url != NULL ? notice->url : "");
      g_signal_connect_object (mt_form_field_add_entry (row, "title", _("Title"), notice->title, title_name), "changed",
                               G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_row (row, notice->text, text_name))),
                               "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (mt_form_field_add_entry (row, "url", _("Web Address"), notice->url, url_name), "changed",
                               G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
      mt_form_field_add_item_buttons (row, "notices-form", "notice", i, self->notices->len);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), (int) i == expanded);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  self->filling = FALSE;
  field_changed_cb (self);
}

/**
 * mt_notices_form_set_notices:
 * @notices: (nullable) (element-type MtNotice): the catalog's notices,
 *   changed in place
 */
void
mt_notices_form_set_notices (MtNoticesForm *self,
                             GPtrArray     *notices)
{
  g_return_if_fail (MT_IS_NOTICES_FORM (self));

  g_clear_pointer (&self->notices, g_ptr_array_unref);
  self->notices = notices != NULL ? g_ptr_array_ref (notices) : NULL;
  fill (self, -1);
}

/* Returns: (nullable): the first refused value of the form, for the user */
const char *
mt_notices_form_get_problem (MtNoticesForm *self)
{
  g_return_val_if_fail (MT_IS_NOTICES_FORM (self), NULL);
  return self->problem;
}

static void
changed_shape (MtNoticesForm *self,
               int            expanded)
{
  fill (self, expanded);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MtNoticesForm *self = MT_NOTICES_FORM (widget);

  if (self->notices == NULL)
    return;
  g_ptr_array_add (self->notices, mt_notice_new (_("New notice"), NULL, NULL));
  changed_shape (self, self->notices->len - 1);
}

/* ("notice", which, -1 up or 1 down) */
static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtNoticesForm *self = MT_NOTICES_FORM (widget);
  guint i;
  int step;

  g_variant_get (parameter, "(&sui)", NULL, &i, &step);
  if (self->notices == NULL || (step < 0 && i == 0) || i >= self->notices->len || i + step >= self->notices->len)
    return;
  g_ptr_array_insert (self->notices, i + step, g_ptr_array_steal_index (self->notices, i));
  changed_shape (self, i + step);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtNoticesForm *self = MT_NOTICES_FORM (widget);
  guint i;

  g_variant_get (parameter, "(&su)", NULL, &i);
  if (self->notices == NULL || i >= self->notices->len)
    return;
  g_ptr_array_remove_index (self->notices, i);
  changed_shape (self, -1);
}

static void
mt_notices_form_dispose (GObject *object)
{
  MtNoticesForm *self = MT_NOTICES_FORM (object);

  g_clear_pointer (&self->notices, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_NOTICES_FORM);
  G_OBJECT_CLASS (mt_notices_form_parent_class)->dispose (object);
}

static void
mt_notices_form_finalize (GObject *object)
{
  MtNoticesForm *self = MT_NOTICES_FORM (object);

  g_free (self->problem);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (mt_notices_form_parent_class)->finalize (object);
}

static void
mt_notices_form_class_init (MtNoticesFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_notices_form_dispose;
  object_class->finalize = mt_notices_form_finalize;

  /**
   * MtNoticesForm::changed:
   *
   * A notice was added, changed, moved or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/editor/mt-notices-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MtNoticesForm, group);
  gtk_widget_class_bind_template_child (widget_class, MtNoticesForm, problem_label);

  gtk_widget_class_install_action (widget_class, "notices-form.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "notices-form.move", "(sui)", move_activated);
  gtk_widget_class_install_action (widget_class, "notices-form.remove", "(su)", remove_activated);
}

static void
mt_notices_form_init (MtNoticesForm *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
