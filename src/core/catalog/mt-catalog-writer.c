/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-writer.c: a catalog saved as a metodist-catalog document
 *
 * What the editor saves must load again as it was: every field the reader
 * keeps is written, in the reader's names, and nothing else. */
#define G_LOG_DOMAIN "mt-catalog-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "mt-catalog-writer.h"
#include "mt-file-writer.h"

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *text)
{
  if (text == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_material (JsonBuilder *builder,
              gpointer     item)
{
  MtMaterial *material = item;

  json_builder_begin_object (builder);
  add_text (builder, "id", mt_material_get_id (material));
  add_text (builder, "title", mt_material_get_title (material));
  add_text (builder, "kind", mt_material_kind_to_string (mt_material_get_kind (material)));
  add_text (builder, "url", mt_material_get_url (material));
  add_text (builder, "description", mt_material_get_description (material));
  add_text (builder, "updated", mt_material_get_updated (material));
  if (mt_material_get_size (material) >= 0)
    {
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, mt_material_get_size (material));
    }
  if (mt_material_get_qr (material))
    {
      json_builder_set_member_name (builder, "qr");
      json_builder_add_boolean_value (builder, TRUE);
    }
  add_text (builder, "sha256", mt_material_get_sha256 (material));
  json_builder_end_object (builder);
}

static void
add_event (JsonBuilder *builder,
           gpointer     item)
{
  MtEvent *event = item;
  GArray *stages = mt_event_get_stages (event);
  GPtrArray *nominations = mt_event_get_nominations (event);
  GPtrArray *links = mt_event_get_links (event);

  json_builder_begin_object (builder);
  add_text (builder, "id", mt_event_get_id (event));
  add_text (builder, "title", mt_event_get_title (event));
  add_text (builder, "description", mt_event_get_description (event));
  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stages->len; i++)
    {
      const MtStage *stage = &g_array_index (stages, MtStage, i);

      json_builder_begin_object (builder);
      add_text (builder, "title", stage->title);
      add_text (builder, "from", stage->from);
      add_text (builder, "to", stage->to);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "nominations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < nominations->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (nominations, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      const MtLink *link = g_ptr_array_index (links, i);

      json_builder_begin_object (builder);
      add_text (builder, "title", link->title);
      add_text (builder, "url", link->url);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* "materials": [...] from the items of @items, each by @add_item. */
static void
add_list (JsonBuilder *builder,
          const char  *member,
          GListModel  *items,
          void       (*add_item) (JsonBuilder *builder, gpointer item))
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_item (builder, item);
    }
  json_builder_end_array (builder);
}

/**
 * mt_catalog_to_json:
 *
 * Returns: (transfer full): the catalog as a metodist-catalog document
 */
char *
mt_catalog_to_json (MtCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GPtrArray *notices = mt_catalog_get_notices (catalog);

  g_return_val_if_fail (MT_IS_CATALOG (catalog), NULL);

  json_builder_begin_object (builder);
  add_text (builder, "format", "metodist-catalog");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  add_text (builder, "title", mt_catalog_get_title (catalog));
  add_text (builder, "organization", mt_catalog_get_organization (catalog));
  if (mt_catalog_get_meeting_title (catalog) != NULL || mt_catalog_get_meeting_date (catalog) != NULL)
    {
      json_builder_set_member_name (builder, "meeting");
      json_builder_begin_object (builder);
      add_text (builder, "title", mt_catalog_get_meeting_title (catalog));
      add_text (builder, "date", mt_catalog_get_meeting_date (catalog));
      json_builder_end_object (builder);
    }
  add_list (builder, "materials", G_LIST_MODEL (mt_catalog_get_materials (catalog)), add_material);
  add_list (builder, "events", G_LIST_MODEL (mt_catalog_get_events (catalog)), add_event);
  json_builder_set_member_name (builder, "notices");
  json_builder_begin_array (builder);
  for (guint i = 0; i < notices->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (notices, i);

      json_builder_begin_object (builder);
      add_text (builder, "title", notice->title);
      add_text (builder, "text", notice->text);
      add_text (builder, "url", notice->url);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (mt_catalog_get_deck (catalog) != NULL)
    {
      GArray *deck = mt_catalog_get_deck (catalog);

      json_builder_set_member_name (builder, "deck");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "slides");
      json_builder_begin_array (builder);
      for (guint i = 0; i < deck->len; i++)
        json_builder_add_string_value (builder, mt_deck_section_to_string (g_array_index (deck, MtDeckSection, i)));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/**
 * mt_catalog_save:
 * @file: where the catalog goes
 *
 * Writes the whole document to a temporary file beside @file and renames
 * it over: an existing catalog is replaced only by a complete one.
 */
gboolean
mt_catalog_save (MtCatalog  *catalog,
                 GFile      *file,
                 GError    **error)
{
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MT_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = mt_catalog_to_json (catalog);
  path = g_file_get_path (file);
  /* A local file the way every file is written (mt-file-writer.c); GIO's
   * own way for the others. */
  if (path != NULL ? !mt_file_write_atomic (path, json, strlen (json), 0666, &local_error)
                   : !g_file_replace_contents (file, json, strlen (json), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                               NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* mt_file_write_atomic () names the file already. */
      if (path != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, G_IO_ERROR, local_error->code, _("Could not save the catalog as “%s”: %s"), name,
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}
