/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-form-field.c: what the catalog editor's forms share: how a refused
 * value is shown, and the rows of a list of items (stages, links, notices)
 *
 * A value the loader would not take stays in its field, marked, with the
 * reason under the form; the catalog keeps the last good value. */
#define G_LOG_DOMAIN "mt-form-field"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-form-field.h"
#include "mt-format.h"

/* The day the date fields show as their example. */
#define EXAMPLE_DAY "2023-12-06"

/**
 * mt_form_field_mark:
 * @problem: (nullable): why the field's value is refused, or %NULL
 */
void
mt_form_field_mark (GtkWidget  *field,
                    const char *problem)
{
  if (problem != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_widget_set_tooltip_text (field, problem);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  problem != NULL ? problem : "", -1);
}

/**
 * mt_form_field_note:
 * @problems: (inout): the form's problems so far, one a line
 *
 * Adds "Web Address: there is no web address" to the form's problems: all
 * of them are listed, not only the first.
 */
void
mt_form_field_note (char       **problems,
                    const char  *field_title,
                    const char  *problem)
{
  char *line;

  if (problem == NULL)
    return;
  /* TRANSLATORS: a field of the catalog editor, and why its value is refused. */
  line = g_strdup_printf (_("%s: %s"), field_title, problem);
  if (*problems == NULL)
    *problems = line;
  else
    {
      char *joined = g_strconcat (*problems, "\n", line, NULL);

      g_free (*problems);
      g_free (line);
      *problems = joined;
    }
}

/* "First Day, like 06.12.2023": the form the field reads. */
char *
mt_form_field_date_title (const char *title)
{
  g_autofree char *example = mt_format_iso_date (EXAMPLE_DAY);

  /* TRANSLATORS: a date field's title, and an example of a date. */
  return g_strdup_printf (_("%s, like %s"), title, example);
}

/* Returns: (transfer full): @iso_date as the field shows it; "" for none */
char *
mt_form_field_date_text (const char *iso_date)
{
  char *text = iso_date != NULL ? mt_format_iso_date (iso_date) : NULL;

  return text != NULL ? text : g_strdup ("");
}

/**
 * mt_form_field_read_date:
 * @problem: (out) (transfer full): why @text is refused, or %NULL
 *
 * Returns: (transfer full) (nullable): the day as files write it; %NULL
 *   for an empty field or a refused one
 */
char *
mt_form_field_read_date (const char  *text,
                         char       **problem)
{
  g_autofree char *example = mt_format_iso_date (EXAMPLE_DAY);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  char *iso;

  *problem = NULL;
  if (*trimmed == '\0')
    return NULL;
  iso = mt_parse_date (text);
  /* "31.02.2024" is written as a date, but no day has it. */
  if (iso == NULL && g_regex_match_simple ("^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}$", trimmed, 0, 0))
    *problem = g_strdup (_("there is no such date"));
  else if (iso == NULL)
    *problem = g_strdup_printf (_("not a date like %s"), example);
  return iso;
}

/* Returns: (transfer full): the field's text without spaces at its ends */
char *
mt_form_field_text (GtkEditable *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (field)));
}

/* Returns: (transfer full) (nullable): the view's text without spaces at
 * its ends; %NULL when that leaves nothing */
char *
mt_form_field_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/**
 * mt_form_field_show_problem:
 * @shown: (inout): the form's problem, replaced by @problem
 * @problem: (transfer full) (nullable): the form's first problem now
 *
 * Shows @problem in the form's @label, or hides the label without one.
 */
void
mt_form_field_show_problem (GtkLabel  *label,
                            char     **shown,
                            char      *problem)
{
  g_free (*shown);
  *shown = problem;
  gtk_label_set_label (label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (label), problem != NULL);
}

/**
 * mt_form_field_add_entry:
 * @expander: an item's expander row
 * @key: where the row keeps the entry, for the form to find it
 * @name: the entry's widget name, for tests
 *
 * Returns: (transfer none): a text field in @expander
 */
GtkWidget *
mt_form_field_add_entry (GtkWidget  *expander,
                         const char *key,
                         const char *title,
                         const char *text,
                         const char *name)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_name (entry, name);
  g_object_set_data (G_OBJECT (expander), key, entry);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
  return entry;
}

static GtkWidget *
add_button (GtkWidget  *box,
            const char *icon,
            const char *label,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

/**
 * mt_form_field_add_item_buttons:
 * @prefix: the form's actions, "event-form": "PREFIX.move" takes
 *   (kind, item, -1 up or 1 down), "PREFIX.remove" (kind, item)
 * @kind: which list, "stage"
 *
 * "Move up, move down, remove" for item @i of @count, in its row.
 */
void
mt_form_field_add_item_buttons (GtkWidget  *expander,
                                const char *prefix,
                                const char *kind,
                                guint       i,
                                guint       count)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *move = g_strconcat (prefix, ".move", NULL);
  g_autofree char *remove = g_strconcat (prefix, ".remove", NULL);
  g_autofree char *remove_name = g_strdup_printf ("remove-%s-%u", kind, i);

  if (i > 0)
    add_button (box, "go-up-symbolic", _("Move Up"), move, g_variant_new ("(sui)", kind, i, -1));
  if (i + 1 < count)
    add_button (box, "go-down-symbolic", _("Move Down"), move, g_variant_new ("(sui)", kind, i, 1));
  gtk_widget_set_name (add_button (box, "user-trash-symbolic", _("Remove"), remove, g_variant_new ("(su)", kind, i)),
                       remove_name);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), box);
}

/* Takes the @rows of a list out of @group, before they are made anew. */
void
mt_form_field_clear_rows (AdwPreferencesGroup *group,
                          GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}
