/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-presenter-window.c: QR codes full screen, for a hall of phones */
#define G_LOG_DOMAIN "mt-presenter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-presenter-window.h"
#include "mt-qr-view.h"

/*
 * Black on white whatever the style's colours (a projector washes colours
 * out), the code as large as the screen allows, its title above and its
 * caption under in large type. Esc leaves; Left/Right and a clicker's Page
 * Up/Down step through the codes.
 */

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
  MtQrView *view;

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
  code = mt_qr_code_new (item->text, self->level, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), code == NULL);
  if (code == NULL)
    gtk_label_set_label (self->problem_label, error->message);
  mt_qr_view_set_code (self->view, code, &self->style);
}

static void
step (MtPresenterWindow *self,
      int                by)
{
  guint n = self->items->len;

  if (n == 0)
    return;
  self->current = (self->current + n + by) % n;
  show_current (self);
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
mt_presenter_window_realize (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  GListModel *monitors = gdk_display_get_monitors (display);
  g_autoptr(GdkMonitor) monitor = g_list_model_get_n_items (monitors) > 0
                                  ? g_list_model_get_item (monitors, 0) : NULL;

  /* The whole screen even where no window manager grants full screen. */
  if (monitor != NULL)
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
  gtk_widget_class_bind_template_child (widget_class, MtPresenterWindow, view);

  gtk_widget_class_install_action (widget_class, "presenter.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "presenter.previous", NULL, previous_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "presenter.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "presenter.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "presenter.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "presenter.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "presenter.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mt_presenter_window_init (MtPresenterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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

  self->caption = g_strdup (style->caption);
  black_on_white.margin = style->margin;
  black_on_white.caption = self->caption;
  self->style = black_on_white;
  self->level = level;
  gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

/**
 * mt_presenter_window_add:
 * @title: what the code leads to, shown above it
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

/** mt_presenter_window_get_code_size: Returns: the code's size on screen, in pixels */
guint
mt_presenter_window_get_code_size (MtPresenterWindow *self)
{
  g_return_val_if_fail (MT_IS_PRESENTER_WINDOW (self), 0);
  return mt_qr_view_get_size (self->view);
}
