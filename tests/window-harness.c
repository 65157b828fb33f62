/* SPDX-License-Identifier: GPL-3.0-or-later
 * window-harness.c: what the window tests share */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mt-materials-page.h"
#include "mt-monitoring-page.h"
#include "mt-qr-view.h"
#include "mt-worker.h"
#include "window-harness.h"

MtApplication *app;
gboolean russian;

/**
 * window_tests_init:
 *
 * What every window test program does first: the user's locale and the
 * translations, GTest, GTK, and the application (non-unique: it needs no
 * session bus).
 *
 * Returns: %FALSE when there is no display (exit 77: skipped)
 */
gboolean
window_tests_init (int    *argc,
                   char ***argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("METODIST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  russian = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "ru");

  g_test_init (argc, argv, NULL);
  /* As src/main.c does before any thread starts. */
  mt_worker_set_background (TRUE);
  if (!gtk_init_check ())
    {
      g_printerr ("no display: the window tests need one (the test command starts Xvfb)\n");
      return FALSE;
    }
  app = mt_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return TRUE;
}

/* The message a test expects, in the language the test runs in. */
const char *
expected (const char *en,
          const char *ru)
{
  return russian ? ru : en;
}

/* Whether the clipboard @data holds a picture. */
gboolean
clipboard_has_texture (gpointer data)
{
  return gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (data), GDK_TYPE_TEXTURE);
}

/* The first widget at or below @widget, depth first, that @matches: the
 * one walk the finders below share. */
GtkWidget *
find_child_where (GtkWidget     *widget,
                  WidgetMatches  matches,
                  gconstpointer  data)
{
  if (matches (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_where (child, matches, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
activates (GtkWidget     *widget,
           gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The first button below @widget that activates @action. */
GtkWidget *
button_for_action (GtkWidget  *widget,
                   const char *action)
{
  return find_child_where (widget, activates, action);
}

/* Lets GTK run until @condition holds, failing after ten seconds rather
 * than hanging the suite. */
void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
deadline_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets GTK run until @condition holds, woken by what happens (a page's
 * "busy" told, a request answered) rather than by a timer: the suite
 * waits no longer than the work takes. Fails after ten seconds. */
void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add_seconds (10, deadline_cb, &timed_out);

  while (!condition (data))
    {
      if (timed_out)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (deadline);
}

/* A page's "busy" is FALSE: its document loaded (or not) and rated. */
static gboolean
not_busy (gpointer object)
{
  gboolean busy;

  g_object_get (object, "busy", &busy, NULL);
  return !busy;
}

void
wait_until_idle (gpointer    page,
                 const char *what)
{
  wait_until (not_busy, page, what);
}

gboolean
is_drawn (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

typedef struct
{
  GdkFrameClock *clock;
  guint painted;
  guint wanted;
} Frames;

static void
painted_cb (GdkFrameClock *clock,
            Frames        *frames)
{
  if (++frames->painted < frames->wanted)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static gboolean
frames_painted (gpointer data)
{
  Frames *frames = data;

  return frames->painted >= frames->wanted;
}

/* Lets GTK draw @widget's window @n more times: the layout and the style
 * asked for so far are done and on screen (a frame lays out before it
 * paints). Woken by the frames, not by a timer. */
void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  Frames frames = { NULL, 0, n };
  gulong handler;

  wait_for (is_drawn, widget, "a widget on screen, to wait for its frames");
  frames.clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (frames.clock, "after-paint", G_CALLBACK (painted_cb), &frames);
  gdk_frame_clock_request_phase (frames.clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  wait_until (frames_painted, &frames, "frames to be drawn");
  g_signal_handler_disconnect (frames.clock, handler);
}

void
wait_for_frame (GtkWidget *widget)
{
  wait_for_frames (widget, 1);
}

/* Whether a revealer slides, a stack or a leaflet changes child, anywhere
 * under @widget (shown). */
static gboolean
in_transition (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_REVEALER (widget) &&
      gtk_revealer_get_child_revealed (GTK_REVEALER (widget)) != gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return TRUE;
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (in_transition (child))
      return TRUE;
  return FALSE;
}

static gboolean
transitions_done (gpointer data)
{
  return !in_transition (data);
}

/* Lets GTK run until no revealer, stack or leaflet under @widget is
 * moving, then draw a frame: what a picture of it shows has arrived. */
void
wait_for_transitions (GtkWidget *widget)
{
  wait_for (transitions_done, widget, "the transitions to end");
  wait_for_frame (widget);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Drops the caller's reference to @object and lets GTK run until the
 * object is finalized (GTK lets a closed window go from its main loop):
 * fails after ten seconds, a leak. */
void
wait_for_finalize (gpointer object)
{
  gpointer alive = object;

  g_object_add_weak_pointer (G_OBJECT (object), &alive);
  g_object_unref (object);
  wait_until (is_gone, &alive, "an object to be finalized");
}

/* Lets GTK run for @msec, so that allocation, style changes and short
 * animations are done. */
void
settle_for (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

void
settle (void)
{
  settle_for (100);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  return find_child_where (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
has_css_name (GtkWidget     *widget,
              gconstpointer  css_name)
{
  return g_str_equal (gtk_widget_get_css_name (widget), css_name);
}

GtkWidget *
find_child_with_css_name (GtkWidget  *widget,
                          const char *css_name)
{
  return find_child_where (widget, has_css_name, css_name);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
find_child_named (GtkWidget  *widget,
                  const char *name)
{
  return find_child_where (widget, is_named, name);
}

GtkWindow *
find_toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel_of_type (GPOINTER_TO_SIZE (data)) != NULL;
}

/* The Materials page @data has a catalog and reads no more. */
gboolean
catalog_shown (gpointer data)
{
  return !mt_materials_page_get_busy (data) && mt_materials_page_get_catalog (data) != NULL;
}

/* The Monitoring page @data is rated and shows rows. */
gboolean
rating_shown (gpointer data)
{
  return !mt_monitoring_page_get_busy (data) && g_list_model_get_n_items (mt_monitoring_page_get_rows (data)) > 0;
}

/* The QR view @data has drawn a code. */
gboolean
code_drawn (gpointer data)
{
  return mt_qr_view_get_size (data) > 0;
}

/* Tells whether GTK has drawn @widget at least once, so that a picture of
 * it shows something. */
gboolean
has_rendered (gpointer data)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (data);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), 10, 10);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return node != NULL;
}

/* Writes what @widget shows into the build folder as a PNG, for people to
 * look at. */
void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, russian ? "ru" : "en");
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  wait_for (has_rendered, widget, "a frame to take a picture of");
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

MtWindow *
open_window (void)
{
  MtWindow *window = mt_window_new (GTK_APPLICATION (app), mt_application_get_settings (app),
                                     mt_application_get_fetcher (app));

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_drawn, window, "the window to be drawn");
  wait_for_frame (GTK_WIDGET (window));

  return window;
}

void
close_window (MtWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  wait_for_finalize (window);
}

/* Opens a dialog through @action and returns it, holding a reference. */
GtkWindow *
open_dialog (MtWindow   *window,
             const char *action,
             GType       type)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  wait_for (toplevel_shown, GSIZE_TO_POINTER (type), action);
  dialog = g_object_ref (find_toplevel_of_type (type));
  wait_for (is_drawn, dialog, action);
  wait_for_frame (GTK_WIDGET (dialog));

  return dialog;
}

void
close_dialog (GtkWindow *dialog)
{
  gtk_window_destroy (dialog);
  wait_for_finalize (dialog);
}

gboolean
toast_shown (gpointer data)
{
  GtkWidget *toast = find_child_with_css_name (data, "toast");

  return toast != NULL && gtk_widget_get_mapped (toast);
}

/* The roles of what a person operates or reads as one thing: controls,
 * pictures (a QR code, a chart) and a table's rows. */
static gboolean
is_control (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_IMG:
      /* Icons inside buttons and the like are named by their control. */
      return !GTK_IS_IMAGE (widget) && !g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkBuiltinIcon");
    case GTK_ACCESSIBLE_ROLE_ROW:
      return gtk_widget_get_parent (widget) != NULL &&
             g_str_equal (G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), "GtkColumnListView");
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Every control shown under @widget has a name a screen reader says: a
 * label of its own, or a widget labelling it. (Parts of a control, like
 * the text inside a spin button, are named by the control.) Appends the
 * unnamed ones to @unnamed. */
static void
collect_unnamed_controls (GtkWidget *widget,
                          GString   *unnamed)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (is_control (widget))
    {
      gboolean labelled = gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
      /* A name that is only the widget's class ("MtQrView",
       * "GtkListItemWidget") tells a listener nothing. */
      g_autofree char *by_class = labelled ? gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                                G_OBJECT_TYPE_NAME (widget))
                                           : NULL;

      if (labelled && by_class == NULL)
        labelled = FALSE;
      if (!labelled &&
          !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_string_append_printf (unnamed, " %s(%s, tooltip “%s”, in %s)", G_OBJECT_TYPE_NAME (widget),
                                gtk_widget_get_name (widget), gtk_widget_get_tooltip_text (widget),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed_controls (child, unnamed);
}

void
assert_controls_named (GtkWidget *root)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed_controls (root, unnamed);
  if (unnamed->len > 0)
    g_error ("controls without an accessible name:%s", unnamed->str);
}

/* The action @keyval (without modifiers) triggers in @widget through its
 * shortcut controllers of the capture phase: the presenters' keys, taken
 * before GtkWindow's own arrows (focus) and Space (activate). */
const char *
action_for_key (GtkWidget *widget,
                guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      /* Taken before GtkWindow's own arrows (focus) and Space (activate). */
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0 &&
              GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  return NULL;
}
