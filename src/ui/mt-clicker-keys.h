/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-clicker-keys.h: the keys a presenter's clicker sends, for the full
 * screen windows (QR codes, the deck) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkShortcutController *mt_clicker_keys_add (GtkWidget  *window,
                                            const char *name,
                                            const char *next,
                                            const char *previous,
                                            const char *first,
                                            const char *last);
void                   mt_clicker_keys_bind (GtkShortcutController *keys,
                                             guint                  keyval,
                                             const char            *action);

G_END_DECLS
