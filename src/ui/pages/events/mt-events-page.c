/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-events-page.c: the events announced at the meeting, and its notices
 *
 * Each event is a timeline of its stages: today's stage stands out with
 * the days it has left, finished ones are dimmed. Which stage is today's
 * is the core's decision (mt_event_stage_state), with a day that tests
 * can set. The catalog is the Materials page's (the window passes it). */
#define G_LOG_DOMAIN "mt-events-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-events-page.h"
#include "mt-format.h"

struct _MtEventsPage
{
  AdwBin parent_instance;

  MtCatalog *catalog;
  GDate today;
  gboolean today_set;   /* by a test; else the real today */

  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkBox *events_box;
};

G_DEFINE_FINAL_TYPE (MtEventsPage, mt_events_page, ADW_TYPE_BIN)

static GtkWidget *
heading (const char *text,
         const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
boxed_list (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return list;
}

static GtkWidget *
stage_row (MtEventsPage *self,
           MtEvent      *event,
           guint         index)
{
  const MtStage *stage = &g_array_index (mt_event_get_stages (event), MtStage, index);
  g_autofree char *dates = mt_format_stage_dates (stage->from, stage->to);
  g_autofree char *name = g_strdup_printf ("stage-%s-%u", mt_event_get_id (event), index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (NULL);
  int days_left = 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stage->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dates);
  gtk_widget_set_name (state, name);
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  switch (mt_event_stage_state (event, index, &self->today, &days_left))
    {
    case MT_STAGE_CURRENT:
      if (days_left > 0)
        {
          g_autofree char *count = mt_format_count (days_left);
          /* TRANSLATORS: %s is a number as the locale groups it */
          g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "now · %s day left",
                                                               "now · %s days left", days_left),
                                                   count);

          gtk_label_set_label (GTK_LABEL (state), left);
        }
      else
        gtk_label_set_label (GTK_LABEL (state), _("now"));
      gtk_widget_add_css_class (state, "stage-now");
      gtk_widget_add_css_class (row, "stage-current");
      break;
    case MT_STAGE_PAST:
      gtk_label_set_label (GTK_LABEL (state), _("finished"));
      gtk_widget_add_css_class (row, "stage-past");
      break;
    case MT_STAGE_FUTURE:
    default:
      gtk_label_set_label (GTK_LABEL (state), _("ahead"));
      gtk_widget_add_css_class (state, "dim-label");
      break;
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  return row;
}

/* A link: open it in the browser, or show its QR code; an unusable one
 * says why and offers neither. */
static GtkWidget *
link_row (const char *title,
          const char *url,
          const char *problem)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem != NULL ? problem : url);
  if (problem != NULL)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL, problem, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), warning);
      return row;
    }
  {
    GtkWidget *open = gtk_button_new_from_icon_name ("web-browser-symbolic");
    GtkWidget *qr = gtk_button_new_from_icon_name ("mt-qr-code-symbolic");

    gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
    gtk_widget_set_valign (qr, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (open, "flat");
    gtk_widget_add_css_class (qr, "flat");
    gtk_widget_set_tooltip_text (open, _("Open in the Browser"));
    gtk_widget_set_tooltip_text (qr, _("Show QR Code"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open in the Browser"), -1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (qr), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show QR Code"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.open-file");
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open), g_variant_new_string (url));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (qr), "win.show-qr");
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (qr), g_variant_new_string (url));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), qr);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  }
  return row;
}

static void
add_event (MtEventsPage *self,
           MtEvent      *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GArray *stages = mt_event_get_stages (event);
  GPtrArray *nominations = mt_event_get_nominations (event);
  GPtrArray *links = mt_event_get_links (event);

  gtk_box_append (GTK_BOX (box), heading (mt_event_get_title (event), "title-3"));
  if (mt_event_get_description (event) != NULL)
    gtk_box_append (GTK_BOX (box), heading (mt_event_get_description (event), "body"));
  if (stages->len > 0)
    {
      GtkWidget *list = boxed_list (_("Stages"));

      for (guint i = 0; i < stages->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), stage_row (self, event, i));
      gtk_box_append (GTK_BOX (box), list);
    }
  if (nominations->len > 0)
    {
      GtkWidget *list = boxed_list (_("Nominations"));

      gtk_box_append (GTK_BOX (box), heading (_("Nominations"), "heading"));
      for (guint i = 0; i < nominations->len; i++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (nominations, i));
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      gtk_box_append (GTK_BOX (box), list);
    }
  if (links->len > 0)
    {
      GtkWidget *list = boxed_list (_("Links"));

      for (guint i = 0; i < links->len; i++)
        {
          const MtLink *link = g_ptr_array_index (links, i);

          gtk_list_box_append (GTK_LIST_BOX (list), link_row (link->title, link->url, link->url_problem));
        }
      gtk_box_append (GTK_BOX (box), list);
    }
  gtk_box_append (self->events_box, box);
}

static void
add_notices (MtEventsPage *self)
{
  GPtrArray *notices = mt_catalog_get_notices (self->catalog);

  if (notices->len == 0)
    return;
  gtk_box_append (self->events_box, heading (_("Notices"), "title-3"));
  for (guint i = 0; i < notices->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (notices, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_box_append (GTK_BOX (box), heading (notice->title, "heading"));
      if (notice->text != NULL)
        {
          GtkWidget *text = heading (notice->text, "body");

          gtk_label_set_selectable (GTK_LABEL (text), TRUE);
          gtk_box_append (GTK_BOX (box), text);
        }
      if (notice->url != NULL)
        {
          GtkWidget *list = boxed_list (notice->title);

          gtk_list_box_append (GTK_LIST_BOX (list), link_row (_("Read more"), notice->url, notice->url_problem));
          gtk_box_append (GTK_BOX (box), list);
        }
      gtk_box_append (self->events_box, box);
    }
}

static void
rebuild (MtEventsPage *self)
{
  GListModel *events = self->catalog != NULL ? G_LIST_MODEL (mt_catalog_get_events (self->catalog)) : NULL;
  GtkWidget *child;

  if (!self->today_set)
    g_date_set_time_t (&self->today, time (NULL));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_box))) != NULL)
    gtk_box_remove (self->events_box, child);
  if (self->catalog == NULL ||
      (g_list_model_get_n_items (events) == 0 && mt_catalog_get_notices (self->catalog)->len == 0))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (mt_catalog_get_is_demo (self->catalog))
    {
      GtkWidget *demo = heading (_("Demo catalog: the links lead to example.org"), "warning");

      gtk_widget_set_name (demo, "demo-label");
      gtk_box_append (self->events_box, demo);
    }
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MtEvent) event = g_list_model_get_item (events, i);

      add_event (self, event);
    }
  add_notices (self);
  gtk_stack_set_visible_child_name (self->stack, "events");
}

/**
 * mt_events_page_set_catalog:
 * @catalog: (nullable): the catalog the Materials page shows
 */
void
mt_events_page_set_catalog (MtEventsPage *self,
                            MtCatalog    *catalog)
{
  g_return_if_fail (MT_IS_EVENTS_PAGE (self));
  g_set_object (&self->catalog, catalog);
  rebuild (self);
}

/**
 * mt_events_page_set_today:
 * @today: (nullable): the day to judge the stages by; %NULL for the real one
 */
void
mt_events_page_set_today (MtEventsPage *self,
                          const GDate  *today)
{
  g_return_if_fail (MT_IS_EVENTS_PAGE (self));
  self->today_set = today != NULL;
  if (today != NULL)
    self->today = *today;
  rebuild (self);
}

/* Today's stage follows the calendar while the window stays open. */
static void
map_cb (MtEventsPage *self)
{
  if (self->catalog != NULL)
    rebuild (self);
}

static void
mt_events_page_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_EVENTS_PAGE);

  G_OBJECT_CLASS (mt_events_page_parent_class)->dispose (object);
}

static void
mt_events_page_finalize (GObject *object)
{
  g_clear_object (&MT_EVENTS_PAGE (object)->catalog);

  G_OBJECT_CLASS (mt_events_page_parent_class)->finalize (object);
}

static void
mt_events_page_class_init (MtEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_events_page_dispose;
  object_class->finalize = mt_events_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pages/events/mt-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MtEventsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MtEventsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MtEventsPage, events_box);
}

static void
mt_events_page_init (MtEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}
