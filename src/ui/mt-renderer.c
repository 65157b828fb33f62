/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-renderer.c: GTK's cairo renderer where OpenGL draws on the processor */
#define G_LOG_DOMAIN "mt-renderer"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "mt-renderer.h"

/*
 * GTK 4.8 draws with OpenGL wherever it finds it, also where that OpenGL
 * is Mesa's software one (llvmpipe): on the virtual machines, remote
 * desktops and thin clients Metodist runs on. There a window takes two to
 * four times as long to draw as with GTK's cairo renderer (bench-window
 * on a two-core VM: a page switch 33 ms against 9, a new week in the
 * table 76 against 17). GTK 4.14 made the same choice itself: it no longer
 * uses its GPU renderers on llvmpipe. For older GTK this sets
 * GSK_RENDERER=cairo, which GTK reads when it realizes the first window,
 * if the display's OpenGL is software. A GSK_RENDERER the user set wins.
 */

/**
 * mt_renderer_gl_is_software:
 * @gl_renderer: OpenGL's GL_RENDERER string
 *
 * Returns: whether that OpenGL draws on the processor (Mesa's llvmpipe,
 *   softpipe or swrast), not on a graphics card, real or virtual
 */
gboolean
mt_renderer_gl_is_software (const char *gl_renderer)
{
  static const char *const software[] = { "llvmpipe", "softpipe", "swrast" };

  for (guint i = 0; gl_renderer != NULL && i < G_N_ELEMENTS (software); i++)
    if (strstr (gl_renderer, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * mt_renderer_avoid_software_gl:
 *
 * Before the first window, with GTK initialised: GSK_RENDERER=cairo if
 * OpenGL is software, on GTK before 4.14 and unless GSK_RENDERER is set.
 * Other threads run by then (GDBus's, Mesa's): glibc's first setenv() in a
 * process copies the environment and leaves the old one to them, and none
 * of those threads reads GSK_RENDERER. Programs the window starts inherit
 * it: a GTK program on the same software OpenGL is the better for it, and
 * one the user set is never changed.
 *
 * Returns: (transfer full) (nullable): the OpenGL renderer found, for the
 *   log and the tests, or %NULL if none was looked for or found
 */
char *
mt_renderer_avoid_software_gl (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;
  char *gl_renderer;

  if (display == NULL || g_getenv ("GSK_RENDERER") != NULL || gtk_check_version (4, 14, 0) == NULL)
    return NULL;
  if (!gdk_display_prepare_gl (display, NULL))
    return NULL;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return NULL;
  gdk_gl_context_make_current (context);
  gl_renderer = g_strdup ((const char *) glGetString (GL_RENDERER));
  gdk_gl_context_clear_current ();
  if (mt_renderer_gl_is_software (gl_renderer))
    {
      g_debug ("OpenGL is %s, drawn on the processor: GTK's cairo renderer draws faster", gl_renderer);
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
    }
  return gl_renderer;
}
