/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-form-field.h: what the catalog editor's forms share: how a refused
 * value is shown, and the rows of a list of items (stages, links, notices) */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  mt_form_field_mark       (GtkWidget   *field,
                                const char  *problem);
void  mt_form_field_note       (char       **first,
                                const char  *field_title,
                                const char  *problem);
char *mt_form_field_date_title (const char  *title);
char *mt_form_field_date_text  (const char  *iso_date);
char *mt_form_field_read_date  (const char  *text,
                                char       **problem);
char *mt_form_field_text       (GtkEditable *field);
char *mt_form_field_view_text  (GtkTextView *view);
void  mt_form_field_show_problem (GtkLabel  *label,
                                  char     **shown,
                                  char      *problem);

GtkWidget *mt_form_field_add_entry        (GtkWidget           *expander,
                                           const char          *key,
                                           const char          *title,
                                           const char          *text,
                                           const char          *name);
void       mt_form_field_add_item_buttons (GtkWidget           *expander,
                                           const char          *prefix,
                                           const char          *kind,
                                           guint                i,
                                           guint                count);
void       mt_form_field_clear_rows       (AdwPreferencesGroup *group,
                                           GPtrArray           *rows);

G_END_DECLS
