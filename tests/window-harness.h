/* SPDX-License-Identifier: GPL-3.0-or-later
 * window-harness.h: what the window tests share: waiting for GTK, finding
 * widgets, opening windows and dialogs, pictures for review, and the check
 * that every control has a name */
#pragma once

#include <adwaita.h>

#include "mt-application.h"
#include "mt-window.h"

G_BEGIN_DECLS

/* The application the windows belong to, and whether the messages are
 * Russian (set by each test's main ()). */
extern MtApplication *app;
extern gboolean russian;

gboolean
window_tests_init (int    *argc,
                   char ***argv);

const char *
expected (const char *en,
          const char *ru);

typedef gboolean (*WidgetMatches) (GtkWidget *widget, gconstpointer data);

GtkWidget *
find_child_where (GtkWidget     *widget,
                  WidgetMatches  matches,
                  gconstpointer  data);

GtkWidget *
button_for_action (GtkWidget  *widget,
                   const char *action);

typedef gboolean (*Condition) (gpointer data);

gboolean
clipboard_has_texture (gpointer data);

void
wait_for (Condition   condition,
          gpointer    data,
          const char *what);

void
wait_until (Condition   condition,
            gpointer    data,
            const char *what);

void
wait_until_idle (gpointer    page,
                 const char *what);

gboolean
is_drawn (gpointer data);

void
wait_for_frames (GtkWidget *widget,
                 guint      n);

void
wait_for_frame (GtkWidget *widget);

void
wait_for_finalize (gpointer object);

void
wait_for_transitions (GtkWidget *widget);

void
settle_for (guint msec);

void
settle (void);

GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type);

GtkWidget *
find_child_with_css_name (GtkWidget  *widget,
                          const char *css_name);

GtkWidget *
find_child_named (GtkWidget  *widget,
                  const char *name);

GtkWindow *
find_toplevel_of_type (GType type);

gboolean
toplevel_shown (gpointer data);

gboolean
has_rendered (gpointer data);

gboolean
catalog_shown (gpointer data);

gboolean
rating_shown (gpointer data);

gboolean
code_drawn (gpointer data);

void
save_screenshot (GtkWidget  *widget,
                 const char *name);

MtWindow *
open_window (void);

void
close_window (MtWindow *window);

GtkWindow *
open_dialog (MtWindow   *window,
             const char *action,
             GType       type);

void
close_dialog (GtkWindow *dialog);

gboolean
toast_shown (gpointer data);

void
assert_controls_named (GtkWidget *root);

const char *
action_for_key (GtkWidget *widget,
                guint      keyval);

G_END_DECLS
