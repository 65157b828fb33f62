/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-deck-window.c: the meeting's deck, full screen, for the hall
 *
 * The slides fill the screen (mt-deck-view.c); the keys are the QR
 * presenter's, which clickers send (arrows, Page Up/Down, Space,
 * Backspace, Home, End), with B and "." for a black screen and Esc to
 * leave. The slide's number is on the slide; which keys do what shows for
 * a few seconds at the start. When the data changes while presenting, the
 * deck is made again and the presenter stays on the same slide (by its
 * key: "rating:2" is still the rating's second page). */
#define G_LOG_DOMAIN "mt-deck-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-clicker-keys.h"
#include "mt-deck-view.h"
#include "mt-deck-window.h"

#define HINT_SECONDS 5

struct _MtDeckWindow
{
  GtkWindow parent_instance;

  MtDeckView *view;
  GtkRevealer *hint;
  guint hint_timeout;
  MtDeck *deck;
  guint current;
  gboolean black;
};

G_DEFINE_FINAL_TYPE (MtDeckWindow, mt_deck_window, GTK_TYPE_WINDOW)

static void
show_current (MtDeckWindow *self)
{
  mt_deck_view_show (self->view, self->deck, self->current);
}

static void
go_to (MtDeckWindow *self,
       guint         index)
{
  guint n = mt_deck_get_n_slides (self->deck);

  /* A step after a black screen only lifts it, on the slide it hid, as
   * presentation programs do (from a user's try: it moved on too). */
  if (self->black)
    {
      self->black = FALSE;
      mt_deck_view_set_black (self->view, FALSE);
      return;
    }
  if (n == 0)
    return;
  self->current = MIN (index, n - 1);
  show_current (self);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtDeckWindow *self = MT_DECK_WINDOW (widget);

  /* The last slide stays: a clicker pressed once too often shows no first. */
  go_to (self, self->current + 1);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MtDeckWindow *self = MT_DECK_WINDOW (widget);

  go_to (self, self->current > 0 ? self->current - 1 : 0);
}

static void
first_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go_to (MT_DECK_WINDOW (widget), 0);
}

static void
last_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MtDeckWindow *self = MT_DECK_WINDOW (widget);

  go_to (self, mt_deck_get_n_slides (self->deck) > 0 ? mt_deck_get_n_slides (self->deck) - 1 : 0);
}

static void
black_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MtDeckWindow *self = MT_DECK_WINDOW (widget);

  self->black = !self->black;
  mt_deck_view_set_black (self->view, self->black);
}

static gboolean
hint_timeout_cb (gpointer user_data)
{
  MtDeckWindow *self = user_data;

  self->hint_timeout = 0;
  gtk_revealer_set_reveal_child (self->hint, FALSE);
  return G_SOURCE_REMOVE;
}

static void
mt_deck_window_dispose (GObject *object)
{
  MtDeckWindow *self = MT_DECK_WINDOW (object);

  g_clear_handle_id (&self->hint_timeout, g_source_remove);
  g_clear_object (&self->deck);
  G_OBJECT_CLASS (mt_deck_window_parent_class)->dispose (object);
}

/* "B" and "." blank the screen, as in presentation programs; clickers
 * send one of them for their blank button. */
static const guint black_keys[] = { GDK_KEY_b, GDK_KEY_B, GDK_KEY_period, GDK_KEY_KP_Decimal };

static void
mt_deck_window_class_init (MtDeckWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mt_deck_window_dispose;
  gtk_widget_class_install_action (widget_class, "deck.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "deck.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "deck.first", NULL, first_activated);
  gtk_widget_class_install_action (widget_class, "deck.last", NULL, last_activated);
  gtk_widget_class_install_action (widget_class, "deck.black", NULL, black_activated);
}

/* A click steps forward, a right click back, as in Impress. */
static void
clicked_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            MtDeckWindow    *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  gtk_widget_activate_action (GTK_WIDGET (self), button == GDK_BUTTON_SECONDARY ? "deck.previous" : "deck.next",
                              NULL);
}

/* The wheel steps a slide a notch. */
static gboolean
scrolled_cb (GtkEventControllerScroll *controller,
             double                    dx,
             double                    dy,
             MtDeckWindow             *self)
{
  if (dy == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), dy > 0 ? "deck.next" : "deck.previous", NULL);
  return TRUE;
}

static void
mt_deck_window_init (MtDeckWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *label = gtk_label_new (_("Esc leaves · arrows, Space, Page Up/Down, Home and End step · "
                                      "B or . blanks the screen"));

  self->view = MT_DECK_VIEW (mt_deck_view_new ());
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));
  self->hint = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->hint, GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_add_css_class (label, "osd");
  /* Read from the lectern, not from the hall: large enough at 1080p. */
  gtk_widget_add_css_class (label, "title-3");
  gtk_widget_add_css_class (label, "deck-hint");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_revealer_set_child (self->hint, label);
  gtk_widget_set_halign (GTK_WIDGET (self->hint), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->hint), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->hint), 24);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->hint));
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  gtk_widget_set_name (GTK_WIDGET (self), "deck-window");
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting presentation"));
  {
    GtkShortcutController *keys = mt_clicker_keys_add (GTK_WIDGET (self), "deck-keys", "deck.next",
                                                       "deck.previous", "deck.first", "deck.last");

    for (guint i = 0; i < G_N_ELEMENTS (black_keys); i++)
      mt_clicker_keys_bind (keys, black_keys[i], "deck.black");
    /* N and P, as Impress and PowerPoint step their slides (from review:
     * lost when the clicker's keys were shared with the QR presenter). */
    mt_clicker_keys_bind (keys, GDK_KEY_n, "deck.next");
    mt_clicker_keys_bind (keys, GDK_KEY_p, "deck.previous");
  }
  /* The mouse steps too (from a user's try: clicks did nothing). */
  {
    GtkGesture *click = gtk_gesture_click_new ();
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                  GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
    g_signal_connect (click, "released", G_CALLBACK (clicked_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
    g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  }
}

/**
 * mt_deck_window_new:
 * @deck: the slides
 *
 * Returns: (transfer none): a window, owned by GTK; mt_deck_window_present_on ()
 *   shows it
 */
MtDeckWindow *
mt_deck_window_new (MtDeck *deck)
{
  MtDeckWindow *self = g_object_new (MT_TYPE_DECK_WINDOW, NULL);

  g_return_val_if_fail (MT_IS_DECK (deck), self);
  self->deck = g_object_ref (deck);
  show_current (self);
  return self;
}

/**
 * mt_deck_window_present_on:
 * @monitor: (nullable): the projector's; %NULL for the window's own
 *
 * Full screen on @monitor, with the keys shown for a few seconds.
 */
void
mt_deck_window_present_on (MtDeckWindow *self,
                           GdkMonitor   *monitor)
{
  g_return_if_fail (MT_IS_DECK_WINDOW (self));

  if (monitor != NULL)
    {
      GdkRectangle area;

      /* The whole screen even where no window manager grants full screen
       * (unless a size was asked for, as the tests do for a projector's). */
      int width, height;

      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width <= 0 || height <= 0)
        gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  gtk_revealer_set_reveal_child (self->hint, TRUE);
  g_clear_handle_id (&self->hint_timeout, g_source_remove);
  self->hint_timeout = g_timeout_add_seconds (HINT_SECONDS, hint_timeout_cb, self);
}

/**
 * mt_deck_window_set_deck:
 * @deck: the slides made again from new data
 *
 * The presenter stays on the slide of the same key, or at the same place.
 */
void
mt_deck_window_set_deck (MtDeckWindow *self,
                         MtDeck       *deck)
{
  const char *key;

  g_return_if_fail (MT_IS_DECK_WINDOW (self));
  g_return_if_fail (MT_IS_DECK (deck));

  key = self->current < mt_deck_get_n_slides (self->deck) ? mt_deck_get_slide (self->deck, self->current)->key
                                                         : NULL;
  self->current = mt_deck_find_slide (deck, key, self->current);
  g_set_object (&self->deck, deck);
  show_current (self);
}

/* Returns: (transfer none): the slides shown */
MtDeck *
mt_deck_window_get_deck (MtDeckWindow *self)
{
  g_return_val_if_fail (MT_IS_DECK_WINDOW (self), NULL);
  return self->deck;
}

guint
mt_deck_window_get_current (MtDeckWindow *self)
{
  g_return_val_if_fail (MT_IS_DECK_WINDOW (self), 0);
  return self->current;
}

gboolean
mt_deck_window_get_black (MtDeckWindow *self)
{
  g_return_val_if_fail (MT_IS_DECK_WINDOW (self), FALSE);
  return self->black;
}

/* Returns: slides drawn so far: stepping to a slide drawn ahead adds none */
guint
mt_deck_window_get_renders (MtDeckWindow *self)
{
  g_return_val_if_fail (MT_IS_DECK_WINDOW (self), 0);
  return mt_deck_view_get_renders (self->view);
}
