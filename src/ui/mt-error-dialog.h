/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-error-dialog.h: a failure the user acted for, told whole */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *mt_error_dialog_present (GtkWidget  *widget,
                                    const char *name,
                                    const char *heading,
                                    const char *message);

G_END_DECLS
