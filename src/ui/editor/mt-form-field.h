/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-form-field.h: how the catalog editor's forms show a refused value */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
