/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-presenter-window.c: QR codes full screen, for a hall of phones */
#define G_LOG_DOMAIN "mt-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-clicker-keys.h"
#include "mt-presenter-window.h"
#include "mt-qr-view.h"

/*
 * Black on white whatever the style's colours (a projector washes colours
 * out), the code as large as the screen allows, its title above and its
 * caption under in large type, each on one line shortened in the middle so
 * that neither widens the window nor takes the code's room. Esc leaves;
 * the keys clickers send step through the codes; where we are and how to
 * leave show for a few seconds after each step.
 */

/* How long the position and the keys stay on screen after a step. */
#define HINT_SECONDS 4

typedef struct
{
  char *title;
  char *text;
} Item;

struct _MtPresenterWindow
{
  GtkWindow parent_instance;

  GtkLabel *title_label;
  GtkLabel *problem_label;
  GtkLabel *caption_label;
  GtkRevealer *hint_revealer;
  GtkLabel *position_label;
  GtkLabel *keys_label;
  MtQrView *view;
  guint hint_timeout;

  MtQrStyle style;
  char *caption;
  MtQrLevel level;
  GArray *items;   /* of Item */
  guint current;
};

G_DEFINE_FINAL_TYPE (MtPresenterWindow, mt_presenter_window, GTK_TYPE_WINDOW)

static void
item_clear (Item *item)
{
  g_free (item->title);
  g_free (item->text);
}

static gboolean
hint_timeout_cb (gpointer user_data)
{
  MtPresenterWindow *self = user_data;

  self->hint_timeout = 0;
  gtk_revealer_set_reveal_child (self->hint_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
update_position (MtPresenterWindow *self)
{
  g_autofree char *position = NULL;

  /* TRANSLATORS: the code shown and how many there are, "2 of 5" */
  position = g_strdup_printf (_("%u of %u"), self->current + 1, self->items->len);
  gtk_label_set_label (self->position_label, position);
  gtk_widget_set_visible (GTK_WIDGET (self->position_label), self->items->len > 1);
}

static void
show_hint (MtPresenterWindow *self)
{
  update_position (self);
  gtk_revealer_set_reveal_child (self->hint_revealer, TRUE);
  g_clear_handle_id (&self->hint_timeout, g_source_remove);
  self->hint_timeout = g_timeout_add_seconds (HINT_SECONDS, hint_timeout_cb, self);
}

static void
show_current (MtPresenterWindow *self)
{
  Item *item;
  g_autoptr(GError) error = NULL;
  MtQrCode *code;

  if (self->items->len == 0)
    return;

  item = &g_array_index (self->items, Item, self->current);
  gtk_label_set_label (self->title_label, item->title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), item->title);
  code = mt_qr_code_new (item->text, self->level, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), code == NULL);
  if (code == NULL)
    gtk_label_set_label (self->problem_label, error->message);
  mt_qr_view_set_code (self->view, code, &self->style);
  show_hint (self);
}

static void
go_to (MtPresenterWindow *self,
       guint              index)
{
  if (index >= self->items->len)
    return;
  self->current = index;
  show_current (self);
}

static void
step (MtPresenterWindow *self,
      int                by)
{
  guint n = self->items->len;

  if (n == 0)
    return;
  go_to (self, (self->current + n + by) % n);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (MT_PRESENTER_WINDOW (widget), 1);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  step (MT_PRESENTER_WINDOW (widget), -1);
}

static void
first_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go_to (MT_PRESENTER_WINDOW (widget), 0);
}

static void
last_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtPresenterWindow *self = MT_PRESENTER_WINDOW (widget);

  if (self->items->len > 0)
    go_to (self, self->items->len - 1);
}

/* The monitor the window opens on: its parent's, else the first. */
static GdkMonitor *
target_monitor (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  if (monitor != NULL)
    return g_object_ref (monitor);
  return g_list_model_get_n_items (monitors) > 0 ? g_list_model_get_item (monitors, 0) : NULL;
}

static void
mt_presenter_window_realize (GtkWidget *widget)
{
  g_autoptr(GdkMonitor) monitor = target_monitor (widget);

  int width, height;

  /* The whole screen even where no window manager grants full screen
   * (unless a size was asked for, as the tests do for a projector's). */
  gtk_window_get_default_size (GTK_WINDOW (widget), &width, &height);
  if (monitor != NULL && (width <= 0 || height <= 0))
    {
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_set_default_size (GTK_WINDOW (widget), area.width, area.height);
    }
  GTK_WIDGET_CLASS (mt_presenter_window_parent_class)->realize (widget);
}

static void
mt_presenter_window_dispose (GObject *object)
{
  MtPresenterWindow *self = MT_PRESENTER_WINDOW (object);

  g_clear_handle_id (&self->hint_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), MT_TYPE_PRESENTER_WINDOW);

  G_OBJECT_CLASS (mt_presenter_window_parent_class)->dispose (object);
}

static void
mt_presenter_window_finalize (GObject *object)
{
  MtPresenterWindow *self = MT_PRESENTER_WINDOW (object);

  g_array_unref (self->items);
  g_free (self->caption);

  G_OBJECT_CLASS (mt_presenter_window_parent_class)->finalize (object);
}

static void
mt_presenter_window_class_init (MtPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mt_presenter_window_dispose;
  object_class->finalize = mt_presenter_window_finalize;
  widget_class->realize = mt_presenter_window_realize;

  g_type_ensure (MT_TYPE_QR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/mt-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, hint_revealer);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, keys_label);
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, view);

  gtk_widget_class_install_action (widget_class, "presenter.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "presenter.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "presenter.first", NULL, first_activated);
  gtk_widget_class_install_action (widget_class, "presenter.last", NULL, last_activated);

}

static void
mt_presenter_window_init (MtPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mt_clicker_keys_add (GTK_WIDGET (self), "presenter-keys", "presenter.next", "presenter.previous",
                       "presenter.first", "presenter.last");
  gtk_label_set_label (self->keys_label, _("Esc leaves · arrows, Space and Page Up/Down step"));

  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
}

/**
 * mt_presenter_window_new:
 * @style: the caption and the margin to use (colours are black on white)
 * @level: the error correction level
 *
 * Returns: (transfer none): a new full-screen window, owned by GTK
 */
MtPresenterWindow *
mt_presenter_window_new (const MtQrStyle *style,
                         MtQrLevel        level)
{
  MtPresenterWindow *self = g_object_new (MT_TYPE_PRESENTER_WINDOW, NULL);
  MtQrStyle black_on_white = MT_QR_STYLE_INIT;

  /* The caption is a label under the code rather than drawn with it, so
   * that a long one takes one line, not the code's room. */
  self->caption = g_strdup (style->caption);
  black_on_white.margin = style->margin;
  self->style = black_on_white;
  gtk_label_set_label (self->caption_label, self->caption != NULL ? self->caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), self->caption != NULL && *self->caption != '\0');
  self->level = level;
  gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

/**
 * mt_presenter_window_add:
 * @title: what the code leads to, shown above it: a material's title
 *   rather than its address, where there is one
 * @text: the code's text
 *
 * Adds a code to step to; the first added is shown first.
 */
void
mt_presenter_window_add (MtPresenterWindow *self,
                         const char        *title,
                         const char        *text)
{
  Item item = { g_strdup (title), g_strdup (text) };

  g_return_if_fail (MT_IS_PRESENTER_WINDOW (self));

  g_array_append_val (self->items, item);
  if (self->items->len == 1)
    show_current (self);
  else
    update_position (self);
}

guint
mt_presenter_window_get_current (MtPresenterWindow *self)
{
  g_return_val_if_fail (MT_IS_PRESENTER_WINDOW (self), 0);
  return self->current;
}

guint
mt_presenter_window_get_n_items (MtPresenterWindow *self)
{
  g_return_val_if_fail (MT_IS_PRESENTER_WINDOW (self), 0);
  return self->items->len;
}

/** mt_presenter_window_get_hint_shown: Returns: whether the position and the keys are on screen */
gboolean
mt_presenter_window_get_hint_shown (MtPresenterWindow *self)
{
  g_return_val_if_fail (MT_IS_PRESENTER_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->hint_revealer);
}

/** mt_presenter_window_get_code_size: Returns: the code's size on screen, in pixels */
guint
mt_presenter_window_get_code_size (MtPresenterWindow *self)
{
  g_return_val_if_fail (MT_IS_PRESENTER_WINDOW (self), 0);
  return mt_qr_view_get_size (self->view);
}
