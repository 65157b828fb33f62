/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-clicker-keys.c: the keys a presenter's clicker sends, for the full
 * screen windows (QR codes, the deck)
 *
 * Clickers send Page Up/Down, arrows, Space or Backspace, depending on the
 * make; keyboards add the keypad's. GtkWindow's own bindings move the focus
 * with the arrows and activate it with Space, before a subclass's: these
 * keys are taken first, in the capture phase. Esc closes the window. */
#define G_LOG_DOMAIN "mt-clicker-keys"

#include "config.h"

#include "mt-clicker-keys.h"

static const guint next_keys[] = {
  GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_space, GDK_KEY_Return,
  GDK_KEY_KP_Right, GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down, GDK_KEY_KP_Enter,
};
static const guint previous_keys[] = {
  GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
  GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up,
};

/* @keyval, without modifiers, activates @action. */
void
mt_clicker_keys_bind (GtkShortcutController *keys,
                      guint                  keyval,
                      const char            *action)
{
  gtk_shortcut_controller_add_shortcut (keys, gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                                gtk_named_action_new (action)));
}

/**
 * mt_clicker_keys_add:
 * @name: the controller's name
 * @next: the action of the keys that step forward, and so on
 *
 * Returns: (transfer none): the controller, for a window's own keys more
 */
GtkShortcutController *
mt_clicker_keys_add (GtkWidget  *window,
                     const char *name,
                     const char *next,
                     const char *previous,
                     const char *first,
                     const char *last)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_name (controller, name);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    mt_clicker_keys_bind (keys, next_keys[i], next);
  for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
    mt_clicker_keys_bind (keys, previous_keys[i], previous);
  mt_clicker_keys_bind (keys, GDK_KEY_Home, first);
  mt_clicker_keys_bind (keys, GDK_KEY_KP_Home, first);
  mt_clicker_keys_bind (keys, GDK_KEY_End, last);
  mt_clicker_keys_bind (keys, GDK_KEY_KP_End, last);
  mt_clicker_keys_bind (keys, GDK_KEY_Escape, "window.close");
  gtk_widget_add_controller (window, controller);
  return keys;
}
