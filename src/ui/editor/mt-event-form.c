/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-event-form.c: the catalog editor's form for one event, its stages,
 * nominations and links
 *
 * As in the material's form, every change is checked by the loader's
 * rules as it is typed: good values go into the event at once, refused
 * ones stay marked with the reason. Each stage and link is an expander
 * row; adding, moving or removing one rebuilds the rows from the event. */
#define G_LOG_DOMAIN "mt-event-form"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-catalog-check.h"
#include "mt-event-form.h"
#include "mt-form-field.h"
#include "mt-format.h"

struct _MtEventForm
{
  AdwBin parent_instance;

  MtEvent *event;
  GListModel *siblings;     /* the catalog's events, for unique ids */
  gboolean filling;
  char *problem;
  GPtrArray *stage_rows;    /* of AdwExpanderRow, one a stage */
  GPtrArray *link_rows;     /* of AdwExpanderRow, one a link */

  AdwEntryRow *title_row;
  AdwEntryRow *id_row;
  GtkTextView *description_view;
  AdwPreferencesGroup *stages_group;
  GtkTextView *nominations_view;
  AdwPreferencesGroup *links_group;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (MtEventForm, mt_event_form, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkEditable *
field_of (GtkWidget  *row,
          const char *name)
{
  return g_object_get_data (G_OBJECT (row), name);
}

/* Takes stage @i from its fields if the loader would keep it. */
static gboolean
take_stage (MtEventForm *self,
            guint        i,
            char       **problem)
{
  GtkWidget *row = g_ptr_array_index (self->stage_rows, i);
  const MtStage *stage = &g_array_index (mt_event_get_stages (self->event), MtStage, i);
  g_autofree char *title = mt_form_field_text (field_of (row, "title"));
  g_autofree char *from_problem = NULL, *to_problem = NULL, *stage_problem = NULL, *period = NULL;
  g_autofree char *from = mt_form_field_read_date (gtk_editable_get_text (field_of (row, "from")), &from_problem);
  g_autofree char *to = mt_form_field_read_date (gtk_editable_get_text (field_of (row, "to")), &to_problem);
  /* TRANSLATORS: the fields of stage number %u of an event. */
  g_autofree char *where = g_strdup_printf (_("Stage %u"), i + 1);

  mt_form_field_mark (GTK_WIDGET (field_of (row, "from")), from_problem);
  mt_form_field_mark (GTK_WIDGET (field_of (row, "to")), to_problem);
  mt_form_field_note (problem, where, from_problem != NULL ? from_problem : to_problem);
  if (from_problem != NULL || to_problem != NULL)
    return FALSE;
  stage_problem = mt_catalog_stage_problem (title, from, to);
  mt_form_field_mark (row, stage_problem);
  mt_form_field_note (problem, where, stage_problem);
  if (stage_problem != NULL ||
      (g_strcmp0 (title, stage->title) == 0 && g_strcmp0 (from, stage->from) == 0 && g_strcmp0 (to, stage->to) == 0))
    return FALSE;
  mt_event_set_stage (self->event, i, title, from, to);
  period = mt_format_stage_dates (from, to);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), period);
  return TRUE;
}

static gboolean
take_link (MtEventForm *self,
           guint        i,
           char       **problem)
{
  GtkWidget *row = g_ptr_array_index (self->link_rows, i);
  GPtrArray *links = mt_event_get_links (self->event);
  const MtLink *link = g_ptr_array_index (links, i);
  g_autofree char *title = mt_form_field_text (field_of (row, "title"));
  g_autofree char *url = mt_form_field_text (field_of (row, "url"));
  g_autofree char *title_problem = mt_catalog_title_problem (title);
  g_autofree char *url_problem = mt_catalog_url_problem (url);
  /* TRANSLATORS: the fields of link number %u of an event. */
  g_autofree char *where = g_strdup_printf (_("Link %u"), i + 1);

  mt_form_field_mark (GTK_WIDGET (field_of (row, "title")), title_problem);
  mt_form_field_mark (GTK_WIDGET (field_of (row, "url")), url_problem);
  mt_form_field_note (problem, where, title_problem != NULL ? title_problem : url_problem);
  if (title_problem != NULL || url_problem != NULL ||
      (g_strcmp0 (title, link->title) == 0 && g_strcmp0 (url, link->url) == 0))
    return FALSE;
  g_ptr_array_index (links, i) = mt_link_new (title, url);
  mt_link_free ((MtLink *) link);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), url);
  return TRUE;
}

static gboolean
take_nominations (MtEventForm *self)
{
  GPtrArray *nominations = mt_event_get_nominations (self->event);
  g_autofree char *text = mt_form_field_view_text (self->nominations_view);
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  gboolean same;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_ptr_array_add (wanted, g_strdup (lines[i]));
    }
  same = wanted->len == nominations->len;
  for (guint i = 0; same && i < wanted->len; i++)
    same = g_str_equal (g_ptr_array_index (wanted, i), g_ptr_array_index (nominations, i));
  if (same)
    return FALSE;
  g_ptr_array_set_size (nominations, 0);
  for (guint i = 0; i < wanted->len; i++)
    g_ptr_array_add (nominations, g_strdup (g_ptr_array_index (wanted, i)));
  return TRUE;
}

static gboolean
take_header (MtEventForm *self,
             char       **problem)
{
  MtEvent *event = self->event;
  g_autofree char *title = mt_form_field_text (GTK_EDITABLE (self->title_row));
  g_autofree char *id = mt_form_field_text (GTK_EDITABLE (self->id_row));
  g_autofree char *description = mt_form_field_view_text (self->description_view);
  g_autofree char *title_problem = mt_catalog_title_problem (title);
  g_autofree char *id_problem = mt_catalog_id_problem (self->siblings, event, id);
  gboolean changed = FALSE;

  mt_form_field_mark (GTK_WIDGET (self->title_row), title_problem);
  mt_form_field_note (problem, _("Title"), title_problem);
  if (title_problem == NULL && g_strcmp0 (title, mt_event_get_title (event)) != 0)
    {
      mt_event_set_title (event, title);
      changed = TRUE;
    }
  mt_form_field_mark (GTK_WIDGET (self->id_row), id_problem);
  mt_form_field_note (problem, _("Id in the Catalog"), id_problem);
  if (id_problem == NULL && g_strcmp0 (id, mt_event_get_id (event)) != 0)
    {
      mt_event_set_id (event, id);
      changed = TRUE;
    }
  if (g_strcmp0 (description, mt_event_get_description (event)) != 0)
    {
      mt_event_set_description (event, description);
      changed = TRUE;
    }
  return changed;
}

static void
field_changed_cb (MtEventForm *self)
{
  g_autofree char *problem = NULL;
  gboolean changed;

  if (self->filling || self->event == NULL)
    return;
  changed = take_header (self, &problem);
  for (guint i = 0; i < self->stage_rows->len; i++)
    changed |= take_stage (self, i, &problem);
  changed |= take_nominations (self);
  for (guint i = 0; i < self->link_rows->len; i++)
    changed |= take_link (self, i, &problem);

  mt_form_field_show_problem (self->problem_label, &self->problem, g_steal_pointer (&problem));
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
fill_stages (MtEventForm *self,
             int          expanded)
{
  GArray *stages = mt_event_get_stages (self->event);
  g_autofree char *from_title = mt_form_field_date_title (_("First Day"));
  g_autofree char *to_title = mt_form_field_date_title (_("Last Day"));

  mt_form_field_clear_rows (self->stages_group, self->stage_rows);
  for (guint i = 0; i < stages->len; i++)
    {
      const MtStage *stage = &g_array_index (stages, MtStage, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *period = mt_format_stage_dates (stage->from, stage->to);
      g_autofree char *from = mt_form_field_date_text (stage->from);
      g_autofree char *to = mt_form_field_date_text (stage->to);
      g_autofree char *title_name = g_strdup_printf ("stage-title-%u", i);
      g_autofree char *from_name = g_strdup_printf ("stage-from-%u", i);
      g_autofree char *to_name = g_strdup_printf ("stage-to-%u", i);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stage->title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), period);
      mt_form_field_add_entry (row, "title", _("Title"), stage->title, title_name);
      mt_form_field_add_entry (row, "from", from_title, from, from_name);
      mt_form_field_add_entry (row, "to", to_title, to, to_name);
      mt_form_field_add_item_buttons (row, "event-form", "stage", i, stages->len);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), (int) i == expanded);
      adw_preferences_group_add (self->stages_group, row);
      g_ptr_array_add (self->stage_rows, row);
    }
}

static void
fill_links (MtEventForm *self,
            int          expanded)
{
  GPtrArray *links = mt_event_get_links (self->event);

  mt_form_field_clear_rows (self->links_group, self->link_rows);
  for (guint i = 0; i < links->len; i++)
    {
      const MtLink *link = g_ptr_array_index (links, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title_name = g_strdup_printf ("link-title-%u", i);
      g_autofree char *url_name = g_strdup_printf ("link-url-%u", i);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), link->title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), link->url != NULL ? link->url : "");
      mt_form_field_add_entry (row, "title", _("Title"), link->title, title_name);
      mt_form_field_add_entry (row, "url", _("Web Address"), link->url, url_name);
      mt_form_field_add_item_buttons (row, "event-form", "link", i, links->len);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), (int) i == expanded);
      adw_preferences_group_add (self->links_group, row);
      g_ptr_array_add (self->link_rows, row);
    }
}

/* Rows made anew: their fields report to the form. */
static void
fill (MtEventForm *self,
      int          expanded_stage,
      int          expanded_link)
{
  self->filling = TRUE;
  fill_stages (self, expanded_stage);
  fill_links (self, expanded_link);
  for (guint i = 0; i < self->stage_rows->len + self->link_rows->len; i++)
    {
      GtkWidget *row = i < self->stage_rows->len ? g_ptr_array_index (self->stage_rows, i)
                                                 : g_ptr_array_index (self->link_rows, i - self->stage_rows->len);

      for (const char * const *key = (const char * const[]) { "title", "from", "to", "url", NULL }; *key; key++)
        if (field_of (row, *key) != NULL)
          g_signal_connect_object (field_of (row, *key), "changed", G_CALLBACK (field_changed_cb), self,
                                   G_CONNECT_SWAPPED);
    }
  self->filling = FALSE;
  field_changed_cb (self);
}

/**
 * mt_event_form_set_event:
 * @event: (nullable): the event to edit
 * @siblings: (nullable): the list it is in
 */
void
mt_event_form_set_event (MtEventForm *self,
                         MtEvent     *event,
                         GListModel  *siblings)
{
  g_autofree char *nominations = NULL;

  g_return_if_fail (MT_IS_EVENT_FORM (self));

  g_set_object (&self->event, event);
  g_set_object (&self->siblings, siblings);
  if (event == NULL)
    return;

  self->filling = TRUE;
  g_ptr_array_add (mt_event_get_nominations (event), NULL);
  nominations = g_strjoinv ("\n", (char **) mt_event_get_nominations (event)->pdata);
  g_ptr_array_remove_index (mt_event_get_nominations (event), mt_event_get_nominations (event)->len - 1);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), mt_event_get_title (event));
  gtk_editable_set_text (GTK_EDITABLE (self->id_row), mt_event_get_id (event));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            mt_event_get_description (event) != NULL ? mt_event_get_description (event) : "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->nominations_view), nominations, -1);
  fill (self, -1, -1);
}

/* Returns: (nullable): the first refused value of the form, for the user */
const char *
mt_event_form_get_problem (MtEventForm *self)
{
  g_return_val_if_fail (MT_IS_EVENT_FORM (self), NULL);
  return self->problem;
}

static void
structure_changed (MtEventForm *self,
                   int          expanded_stage,
                   int          expanded_link)
{
  fill (self, expanded_stage, expanded_link);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_stage_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MtEventForm *self = MT_EVENT_FORM (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (self->event == NULL)
    return;
  /* A stage needs a day: today, to be changed. */
  mt_event_add_stage (self->event, _("New stage"), today, NULL);
  structure_changed (self, mt_event_get_stages (self->event)->len - 1, -1);
}

static void
add_link_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MtEventForm *self = MT_EVENT_FORM (widget);
  GPtrArray *links;

  if (self->event == NULL)
    return;
  links = mt_event_get_links (self->event);
  /* Without an address it cannot be saved: the form says so. */
  g_ptr_array_add (links, mt_link_new (_("New link"), NULL));
  structure_changed (self, -1, links->len - 1);
}

/* ("stage" or "link", which, -1 up or 1 down) */
static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtEventForm *self = MT_EVENT_FORM (widget);
  const char *kind;
  guint i, count;
  int step;

  g_variant_get (parameter, "(&sui)", &kind, &i, &step);
  if (self->event == NULL)
    return;
  count = g_str_equal (kind, "stage") ? mt_event_get_stages (self->event)->len
                                      : mt_event_get_links (self->event)->len;
  if ((step < 0 && i == 0) || i >= count || i + step >= count)
    return;
  if (g_str_equal (kind, "stage"))
    {
      mt_event_move_stage (self->event, i, i + step);
      structure_changed (self, i + step, -1);
    }
  else
    {
      GPtrArray *links = mt_event_get_links (self->event);

      g_ptr_array_insert (links, i + step, g_ptr_array_steal_index (links, i));
      structure_changed (self, -1, i + step);
    }
}

/* ("stage" or "link", which) */
static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MtEventForm *self = MT_EVENT_FORM (widget);
  const char *kind;
  guint i;

  g_variant_get (parameter, "(&su)", &kind, &i);
  if (self->event == NULL)
    return;
  if (g_str_equal (kind, "stage") && i < mt_event_get_stages (self->event)->len)
    mt_event_remove_stage (self->event, i);
  else if (g_str_equal (kind, "link") && i < mt_event_get_links (self->event)->len)
    g_ptr_array_remove_index (mt_event_get_links (self->event), i);
  else
    return;
  structure_changed (self, -1, -1);
}

/* To the title, all of it selected, so that typing replaces it. */
void
mt_event_form_focus_title (MtEventForm *self)
{
  g_return_if_fail (MT_IS_EVENT_FORM (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
mt_event_form_dispose (GObject *object)
{
  MtEventForm *self = MT_EVENT_FORM (object);

  g_clear_object (&self->event);
  g_clear_object (&self->siblings);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_EVENT_FORM);
  G_OBJECT_CLASS (mt_event_form_parent_class)->dispose (object);
}

static void
mt_event_form_finalize (GObject *object)
{
  MtEventForm *self = MT_EVENT_FORM (object);

  g_free (self->problem);
  g_ptr_array_unref (self->stage_rows);
  g_ptr_array_unref (self->link_rows);
  G_OBJECT_CLASS (mt_event_form_parent_class)->finalize (object);
}

static void
mt_event_form_class_init (MtEventFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_event_form_dispose;
  object_class->finalize = mt_event_form_finalize;

  /**
   * MtEventForm::changed:
   *
   * The event took a new value, stage or link.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/editor/mt-event-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, id_row);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, description_view);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, stages_group);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, nominations_view);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, links_group);
  gtk_widget_class_bind_template_child (widget_class, MtEventForm, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "event-form.add-stage", NULL, add_stage_activated);
  gtk_widget_class_install_action (widget_class, "event-form.add-link", NULL, add_link_activated);
  gtk_widget_class_install_action (widget_class, "event-form.move", "(sui)", move_activated);
  gtk_widget_class_install_action (widget_class, "event-form.remove", "(su)", remove_activated);
}

static void
mt_event_form_init (MtEventForm *self)
{
  self->stage_rows = g_ptr_array_new ();
  self->link_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->nominations_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}
