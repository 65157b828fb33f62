/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-window-startup.c: the window as users start it, with the renderer
 * Metodist leaves to GTK (no GSK_RENDERER; under Xvfb OpenGL is Mesa's
 * software one, as on VMs, remote desktops and thin clients, so cairo),
 * and as window-startup-gl with GTK's OpenGL renderer, as on a graphics
 * card: each page's first content comes */
#include "config.h"

#include "mt-catalog.h"
#include "mt-materials-page.h"
#include "mt-monitoring-page.h"
#include "mt-qr-page.h"
#include "mt-qr-view.h"
#include "mt-renderer.h"
#include "window-harness.h"

/* Generous for a loaded CI machine and the sanitizer build; by hand the
 * catalog comes within a few tenths of a second. Before, it never came. */
#define FIRST_CONTENT_SECONDS 8

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_REMOVE;
}

/* Runs the main loop as the application does (blocking, so that a source
 * at a low priority only runs when the loop is otherwise idle), until
 * @condition holds; fails after FIRST_CONTENT_SECONDS. */
static void
run_until (Condition   condition,
           gpointer    data,
           const char *what)
{
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + FIRST_CONTENT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      /* A wake-up now and then, so that the deadline is noticed even when
       * nothing else happens. */
      g_autoptr(GSource) tick = g_timeout_source_new (50);

      if (g_get_monotonic_time () > deadline)
        g_error ("%s did not show within %d s", what, FIRST_CONTENT_SECONDS);
      g_source_set_callback (tick, wake_cb, NULL, NULL);
      g_source_attach (tick, NULL);
      g_main_context_iteration (NULL, TRUE);
      g_source_destroy (tick);
    }
  g_test_message ("%s: %.2f s", what, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

static void
test_first_content (void)
{
  GSettings *settings = mt_application_get_settings (app);
  MtWindow *window;
  MtMaterialsPage *materials;
  MtMonitoringPage *monitoring;
  GtkWidget *qr;
  AdwViewStack *stack;

  /* window-startup-gl asks for GTK's OpenGL renderer, as a user may; where
   * there is no OpenGL GTK would draw with cairo, and there is nothing to
   * try. */
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "gl") == 0 && !gdk_display_prepare_gl (gdk_display_get_default (), NULL))
    {
      g_test_skip ("no OpenGL on this display");
      return;
    }
  /* window-startup asks for none, as users start it: Metodist looked at
   * OpenGL when it started, and chose cairo if it was software (Xvfb's
   * is, a VM's or a thin client's mostly). */
  g_test_message ("OpenGL: %s; GSK_RENDERER: %s", mt_application_get_gl_renderer (app), g_getenv ("GSK_RENDERER"));
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "gl") != 0 && gdk_display_prepare_gl (gdk_display_get_default (), NULL))
    g_assert_nonnull (mt_application_get_gl_renderer (app));
  if (mt_renderer_gl_is_software (mt_application_get_gl_renderer (app)))
    g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  else if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "gl") != 0)
    g_assert_null (g_getenv ("GSK_RENDERER"));

  g_settings_set_string (settings, "last-page", "materials");
  window = mt_window_new (GTK_APPLICATION (app), settings, mt_application_get_fetcher (app));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  /* GTK made the renderer asked for, chosen before the window was. */
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0 || mt_renderer_gl_is_software (mt_application_get_gl_renderer (app)))
    g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==, "GskCairoRenderer");
  else if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "gl") == 0)
    g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==, "GskGLRenderer");
  materials = MT_MATERIALS_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MATERIALS_PAGE));
  monitoring = MT_MONITORING_PAGE (find_child_of_type (GTK_WIDGET (window), MT_TYPE_MONITORING_PAGE));
  qr = find_child_of_type (GTK_WIDGET (window), MT_TYPE_QR_PAGE);
  stack = ADW_VIEW_STACK (find_child_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  /* The first screen: the demo catalog (no source is set), without the
   * user switching pages. */
  run_until (catalog_shown, materials, "the demo materials");
  g_assert_true (mt_catalog_get_is_demo (mt_materials_page_get_catalog (materials)));
  g_assert_cmpuint (mt_materials_page_count_shown (materials, NULL), >, 0);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "materials");

  /* The Monitoring page's demo, rated in a worker, comes back to the
   * window while it draws. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "monitoring");
  gtk_widget_activate_action (GTK_WIDGET (monitoring), "monitoring.load-demo", NULL);
  run_until (rating_shown, monitoring, "the Monitoring demo");
  g_assert_cmpuint (g_list_model_get_n_items (mt_monitoring_page_get_rows (monitoring)), ==, 45);

  /* The QR page draws the catalog's link for the hall. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "qr");
  run_until (code_drawn, find_child_of_type (qr, MT_TYPE_QR_VIEW), "the QR code");

  gtk_window_close (GTK_WINDOW (window));
  wait_for_finalize (window);
  g_settings_reset (settings, "last-page");
}

/* OpenGL that draws on the processor, by the names Mesa gives it; a
 * graphics card, real or a VM's, is not. */
static void
test_software_gl (void)
{
  g_assert_true (mt_renderer_gl_is_software ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (mt_renderer_gl_is_software ("softpipe"));
  g_assert_true (mt_renderer_gl_is_software ("Software Rasterizer (swrast)"));
  g_assert_false (mt_renderer_gl_is_software ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (mt_renderer_gl_is_software ("AMD Radeon Vega 8 Graphics (raven, LLVM 15.0.6, DRM 3.49)"));
  g_assert_false (mt_renderer_gl_is_software ("SVGA3D; build: RELEASE;  LLVM;"));
  g_assert_false (mt_renderer_gl_is_software ("virgl (Intel(R) UHD Graphics 630)"));
  g_assert_false (mt_renderer_gl_is_software (NULL));
}

int
main (int   argc,
      char *argv[])
{
  if (!window_tests_init (&argc, &argv))
    return 77;

  g_test_add_func ("/metodist/window/startup/first-content", test_first_content);
  g_test_add_func ("/metodist/window/startup/software-gl", test_software_gl);

  return g_test_run ();
}
