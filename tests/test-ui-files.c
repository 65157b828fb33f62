/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-ui-files.c: every .ui file in the application's resource loads */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "mt-fetcher.h"

/* `gtk4-builder-tool validate` neither runs without a display nor knows
 * libadwaita, so each file is loaded here the way the application does. */

static void
collect_ui_files (const char *path,
                  GPtrArray  *found)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                           &error);

  g_assert_no_error (error);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);

      if (g_str_has_suffix (child, "/"))
        collect_ui_files (child, found);
      else if (g_str_has_suffix (child, ".ui"))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

/* Returns the class of the file's <template>, or NULL for a plain file. */
static char *
template_class (const char *contents)
{
  const char *start = strstr (contents, "<template class=\"");
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen ("<template class=\"");
  end = strchr (start, '"');
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static void
load_template (const char *class_name)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  g_autoptr(MtFetcher) fetcher = mt_fetcher_new ();
  GType type = gtk_builder_get_type_from_name (builder, class_name);
  GObjectClass *klass;
  GObject *object;

  g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));

  /* Windows and pages of this project take the settings (and the main
   * window the fetcher) at construction; instantiating the type loads its
   * template, whose errors are fatal. */
  klass = g_type_class_ref (type);
  if (g_object_class_find_property (klass, "fetcher") != NULL)
    object = g_object_new (type, "settings", settings, "fetcher", fetcher, NULL);
  else if (g_object_class_find_property (klass, "settings") != NULL)
    object = g_object_new (type, "settings", settings, NULL);
  else
    object = g_object_new (type, NULL);
  g_type_class_unref (klass);

  if (GTK_IS_WINDOW (object))
    {
      g_object_ref (object);
      gtk_window_destroy (GTK_WINDOW (object));
    }
  else
    {
      g_object_ref_sink (object);
    }
  g_assert_finalize_object (object);
}

static void
test_ui_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autofree char *contents = NULL;
  g_autofree char *class_name = NULL;

  g_assert_no_error (error);
  contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  class_name = template_class (contents);

  if (class_name != NULL)
    {
      load_template (class_name);
    }
  else
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      gtk_builder_add_from_resource (builder, path, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("no display: loading .ui files needs one (the test command starts Xvfb)\n");
      return 77;
    }
  adw_init ();

  collect_ui_files (RESOURCE_BASE_PATH "/", files);
  g_assert_cmpuint (files->len, >, 0);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *test_path = g_strconcat ("/metodist/ui-files", path + strlen (RESOURCE_BASE_PATH), NULL);

      g_test_add_data_func (test_path, path, test_ui_file);
    }

  return g_test_run ();
}
