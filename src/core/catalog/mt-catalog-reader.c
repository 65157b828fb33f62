/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-reader.c: a metodist-catalog document (FORMATS.md §3)
 *
 * The guards are the monitoring loader's (mt_json_parse: the size cap,
 * valid UTF-8, the nesting depth, repeated keys, strict syntax). A catalog
 * is small, so it is read as a json-glib tree. What is wrong with the
 * document as a whole fails the load with one message; what is wrong with
 * one item leaves that item out (or, for an optional field, ignores the
 * field), with a sentence in the catalog's problems naming where:
 * "materials[3].size: expected a whole number (ignored)". */
#define G_LOG_DOMAIN "mt-catalog-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-catalog-reader.h"
#include "mt-core-resources.h"
#include "mt-format.h"
#include "mt-json-check.h"
#include "mt-load-error.h"
#include "mt-source.h"
#include "mt-worker.h"

#define FORMAT_NAME "metodist-catalog"
#define FORMAT_VERSION 1

typedef enum
{
  FIELD_ABSENT,
  FIELD_OK,
  FIELD_WRONG,
} Field;

static Field
get_text (JsonObject  *object,
          const char  *member,
          const char **text)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FIELD_ABSENT;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FIELD_WRONG;
  *text = json_node_get_string (node);
  return FIELD_OK;
}

static Field
get_node (JsonObject   *object,
          const char   *member,
          JsonNodeType  type,
          JsonNode    **found)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FIELD_ABSENT;
  if (JSON_NODE_TYPE (node) != type)
    return FIELD_WRONG;
  *found = node;
  return FIELD_OK;
}

typedef struct
{
  MtCatalog *catalog;
  GHashTable *ids;    /* "materials:presentation", to find repeats */
} Reader;

static void
problem (Reader     *reader,
         const char *path,
         const char *message)
{
  g_ptr_array_add (mt_catalog_get_problems (reader->catalog), g_strdup_printf ("%s: %s", path, message));
}

/* A problem with one field of an item: "materials[3].size: …". */
static void
problem_at (Reader     *reader,
            const char *path,
            const char *member,
            const char *message)
{
  g_autofree char *where = g_strdup_printf ("%s.%s", path, member);

  problem (reader, where, message);
}

/* A link kept but never to be used: why, in the problems. */
static void
note_unusable (Reader     *reader,
               const char *path,
               const char *url_problem)
{
  g_autofree char *message = NULL;

  if (url_problem == NULL)
    return;
  message = g_strdup_printf (_("%s (listed, never opened)"), url_problem);
  problem_at (reader, path, "url", message);
}

/* An optional value of @type: another type is noted with @message and
 * ignored. */
static JsonNode *
optional_value (Reader     *reader,
                JsonObject *object,
                const char *path,
                const char *member,
                GType       type,
                const char *message)
{
  JsonNode *value = NULL;
  Field field = get_node (object, member, JSON_NODE_VALUE, &value);

  if (field == FIELD_OK && json_node_get_value_type (value) == type)
    return value;
  if (field != FIELD_ABSENT)
    problem_at (reader, path, member, message);
  return NULL;
}

/* An optional text: a wrong type is noted and the field ignored. */
static const char *
optional_text (Reader     *reader,
               JsonObject *object,
               const char *path,
               const char *member)
{
  const char *text = NULL;

  if (get_text (object, member, &text) == FIELD_WRONG)
    {
      problem_at (reader, path, member, _("expected text (ignored)"));
    }
  return text;
}

static const char *
optional_day (Reader     *reader,
              JsonObject *object,
              const char *path,
              const char *member)
{
  const char *day = optional_text (reader, object, path, member);

  if (day != NULL && !mt_is_iso_date (day))
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, member);

      problem (reader, where, _("expected a date like 2023-12-06 (ignored)"));
      return NULL;
    }
  return day;
}

/* The id and the title every item must have; %FALSE (noted) leaves the
 * item out. */
static gboolean
required (Reader      *reader,
          JsonNode    *node,
          const char  *list,
          const char  *path,
          const char **id,
          const char **title)
{
  JsonObject *object;
  g_autofree char *key = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (reader, path, _("expected an object (left out)"));
      return FALSE;
    }
  object = json_node_get_object (node);
  if (id != NULL && get_text (object, "id", id) != FIELD_OK)
    {
      problem (reader, path, _("no text “id” (left out)"));
      return FALSE;
    }
  if (get_text (object, "title", title) != FIELD_OK || **title == '\0')
    {
      problem (reader, path, _("no text “title” (left out)"));
      return FALSE;
    }
  if (id == NULL)
    return TRUE;
  key = g_strconcat (list, ":", *id, NULL);
  if (!g_hash_table_add (reader->ids, g_steal_pointer (&key)))
    {
      g_autofree char *message = g_strdup_printf (_("the id “%s” is used by an earlier item (left out)"), *id);

      problem (reader, path, message);
      return FALSE;
    }
  return TRUE;
}

static void
read_material (Reader   *reader,
               JsonNode *node,
               guint     index)
{
  g_autofree char *path = g_strdup_printf ("materials[%u]", index);
  g_autoptr(MtMaterial) material = NULL;
  const char *id, *title, *kind = NULL, *url;
  JsonObject *object;
  JsonNode *value;

  if (!required (reader, node, "materials", path, &id, &title))
    return;
  object = json_node_get_object (node);
  material = mt_material_new (id, title);

  if (get_text (object, "kind", &kind) == FIELD_WRONG)
    problem (reader, path, _("“kind” is not text: read as “other”"));
  mt_material_set_kind (material, mt_material_kind_from_string (kind));
  url = optional_text (reader, object, path, "url");
  mt_material_set_url (material, url);
  mt_material_set_description (material, optional_text (reader, object, path, "description"));
  mt_material_set_updated (material, optional_day (reader, object, path, "updated"));

  value = optional_value (reader, object, path, "size", G_TYPE_INT64, _("expected a whole number of bytes (ignored)"));
  if (value != NULL && json_node_get_int (value) >= 0)
    mt_material_set_size (material, json_node_get_int (value));
  else if (value != NULL)
    problem_at (reader, path, "size", _("expected a whole number of bytes (ignored)"));
  value = optional_value (reader, object, path, "qr", G_TYPE_BOOLEAN, _("expected true or false (ignored)"));
  if (value != NULL)
    mt_material_set_qr (material, json_node_get_boolean (value));

  {
    const char *sha256 = optional_text (reader, object, path, "sha256");
    gboolean hex = sha256 != NULL && strlen (sha256) == 64;

    for (guint i = 0; hex && i < 64; i++)
      hex = g_ascii_isxdigit (sha256[i]);
    if (sha256 != NULL && !hex)
      problem_at (reader, path, "sha256", _("expected 64 hexadecimal digits (ignored)"));
    else
      mt_material_set_sha256 (material, sha256);
  }

  note_unusable (reader, path, mt_material_get_url_problem (material));
  g_list_store_append (mt_catalog_get_materials (reader->catalog), material);
}

/* An optional list in an item: a wrong type is noted and ignored. */
static JsonArray *
optional_list (Reader     *reader,
               JsonObject *object,
               const char *path,
               const char *member)
{
  JsonNode *list = NULL;

  if (get_node (object, member, JSON_NODE_ARRAY, &list) == FIELD_OK)
    return json_node_get_array (list);
  if (json_object_has_member (object, member) && !JSON_NODE_HOLDS_NULL (json_object_get_member (object, member)))
    {
      problem_at (reader, path, member, _("expected a list (ignored)"));
    }
  return NULL;
}

static void
read_stages (Reader     *reader,
             MtEvent    *event,
             JsonObject *object,
             const char *path)
{
  JsonArray *stages = optional_list (reader, object, path, "stages");

  for (guint i = 0; stages != NULL && i < json_array_get_length (stages); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.stages[%u]", path, i);
      JsonNode *node = json_array_get_element (stages, i);
      const char *title, *from, *to;
      JsonObject *stage;

      if (!required (reader, node, NULL, where, NULL, &title))
        continue;
      stage = json_node_get_object (node);
      from = optional_day (reader, stage, where, "from");
      to = optional_day (reader, stage, where, "to");
      if (from == NULL && to == NULL)
        {
          problem (reader, where, _("neither “from” nor “to” is a date (left out)"));
          continue;
        }
      if (from != NULL && to != NULL && strcmp (from, to) > 0)
        {
          problem (reader, where, _("it ends before it starts (left out)"));
          continue;
        }
      mt_event_add_stage (event, title, from, to);
    }
}

static void
read_texts (Reader     *reader,
            JsonObject *object,
            const char *path,
            const char *member,
            GPtrArray  *texts)
{
  JsonArray *array = optional_list (reader, object, path, member);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (texts, g_strdup (json_node_get_string (node)));
      else
        {
          g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, member, i);

          problem (reader, where, _("expected text (left out)"));
        }
    }
}

static void
read_links (Reader     *reader,
            MtEvent    *event,
            JsonObject *object,
            const char *path)
{
  JsonArray *links = optional_list (reader, object, path, "links");

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.links[%u]", path, i);
      JsonNode *node = json_array_get_element (links, i);
      const char *title, *url;
      MtLink *link;

      if (!required (reader, node, NULL, where, NULL, &title))
        continue;
      url = optional_text (reader, json_node_get_object (node), where, "url");
      link = mt_link_new (title, url);
      note_unusable (reader, where, link->url_problem);
      g_ptr_array_add (mt_event_get_links (event), link);
    }
}

static void
read_event (Reader   *reader,
            JsonNode *node,
            guint     index)
{
  g_autofree char *path = g_strdup_printf ("events[%u]", index);
  g_autoptr(MtEvent) event = NULL;
  const char *id, *title;
  JsonObject *object;

  if (!required (reader, node, "events", path, &id, &title))
    return;
  object = json_node_get_object (node);
  event = mt_event_new (id, title);
  mt_event_set_description (event, optional_text (reader, object, path, "description"));
  read_stages (reader, event, object, path);
  read_texts (reader, object, path, "nominations", mt_event_get_nominations (event));
  read_links (reader, event, object, path);
  g_list_store_append (mt_catalog_get_events (reader->catalog), event);
}

static void
read_notice (Reader   *reader,
             JsonNode *node,
             guint     index)
{
  g_autofree char *path = g_strdup_printf ("notices[%u]", index);
  const char *title, *text, *url;
  MtNotice *notice;

  if (!required (reader, node, NULL, path, NULL, &title))
    return;
  text = optional_text (reader, json_node_get_object (node), path, "text");
  url = optional_text (reader, json_node_get_object (node), path, "url");
  notice = mt_notice_new (title, text, url);
  note_unusable (reader, path, notice->url_problem);
  g_ptr_array_add (mt_catalog_get_notices (reader->catalog), notice);
}

typedef void (*ReadItem) (Reader   *reader,
                          JsonNode *node,
                          guint     index);

/* The optional "deck": { "slides": ["title", "rating", …] }, the order of
 * the deck's parts (docs/formats-notes.md). Whatever is wrong in it is a
 * problem that leaves the entry out, never the catalog: an unknown part
 * (a newer Metodist's), a repeated one, and entries past
 * MT_DECK_MAX_ENTRIES (one problem for all of them). */
static void
read_deck (Reader     *reader,
           JsonObject *root)
{
  JsonNode *deck = NULL;
  JsonNode *slides = NULL;
  g_autoptr(GArray) sections = NULL;
  gboolean seen[MT_DECK_N_SECTIONS] = { FALSE };
  JsonArray *list;

  switch (get_node (root, "deck", JSON_NODE_OBJECT, &deck))
    {
    case FIELD_ABSENT:
      return;
    case FIELD_WRONG:
      problem (reader, "deck", _("expected an object (ignored)"));
      return;
    case FIELD_OK:
    default:
      break;
    }
  switch (get_node (json_node_get_object (deck), "slides", JSON_NODE_ARRAY, &slides))
    {
    case FIELD_ABSENT:
      return;
    case FIELD_WRONG:
      problem (reader, "deck.slides", _("expected a list (ignored)"));
      return;
    case FIELD_OK:
    default:
      break;
    }

  list = json_node_get_array (slides);
  sections = g_array_new (FALSE, FALSE, sizeof (MtDeckSection));
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *entry = json_array_get_element (list, i);
      g_autofree char *where = g_strdup_printf ("deck.slides[%u]", i);
      MtDeckSection section;

      if (i == MT_DECK_MAX_ENTRIES)
        {
          g_autofree char *message = g_strdup_printf (_("more than %d entries (the rest left out)"),
                                                      MT_DECK_MAX_ENTRIES);

          problem (reader, "deck.slides", message);
          break;
        }
      if (!JSON_NODE_HOLDS_VALUE (entry) || json_node_get_value_type (entry) != G_TYPE_STRING)
        problem (reader, where, _("expected the name of a part of the deck (left out)"));
      else if (!mt_deck_section_from_string (json_node_get_string (entry), &section))
        problem (reader, where, _("not a part of the deck this Metodist knows (left out)"));
      else if (seen[section])
        problem (reader, where, _("named before (left out)"));
      else
        {
          seen[section] = TRUE;
          g_array_append_val (sections, section);
        }
    }
  if (sections->len > 0)
    mt_catalog_set_deck (reader->catalog, sections);
}

/* A top-level list: the wrong type is a document problem. */
static gboolean
read_list (Reader      *reader,
           JsonObject  *root,
           const char  *member,
           ReadItem     read_item,
           GError     **error)
{
  JsonNode *list = NULL;

  switch (get_node (root, member, JSON_NODE_ARRAY, &list))
    {
    case FIELD_WRONG:
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT, _("The catalog’s “%s” is not a list."), member);
      return FALSE;
    case FIELD_OK:
      for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
        read_item (reader, json_array_get_element (json_node_get_array (list), i), i);
      return TRUE;
    case FIELD_ABSENT:
    default:
      return TRUE;
    }
}

static gboolean
read_header (MtCatalog   *catalog,
             JsonObject  *root,
             GError     **error)
{
  const char *format = NULL, *title = NULL, *organization = NULL, *meeting_title = NULL, *meeting_date = NULL;
  JsonNode *version = NULL, *meeting = NULL;

  if (get_text (root, "format", &format) != FIELD_OK || !g_str_equal (format, FORMAT_NAME))
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                   _("The document is not a catalog: its “format” is not “%s”."), FORMAT_NAME);
      return FALSE;
    }
  if (get_node (root, "version", JSON_NODE_VALUE, &version) != FIELD_OK ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT, _("The document has no valid “version”."));
      return FALSE;
    }
  if (json_node_get_int (version) > FORMAT_VERSION)
    {
      g_set_error (error, MT_LOAD_ERROR, MT_LOAD_ERROR_VERSION,
                   _("The catalog is of version %lld, newer than this Metodist reads (%d): update Metodist."),
                   (long long) json_node_get_int (version), FORMAT_VERSION);
      return FALSE;
    }
  if (get_text (root, "title", &title) == FIELD_WRONG || get_text (root, "organization", &organization) == FIELD_WRONG)
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The catalog’s “title” and “organization” must be text."));
      return FALSE;
    }
  switch (get_node (root, "meeting", JSON_NODE_OBJECT, &meeting))
    {
    case FIELD_WRONG:
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The catalog’s “meeting” must be an object with “title” and “date”."));
      return FALSE;
    case FIELD_OK:
      if (get_text (json_node_get_object (meeting), "title", &meeting_title) == FIELD_WRONG ||
          get_text (json_node_get_object (meeting), "date", &meeting_date) == FIELD_WRONG ||
          (meeting_date != NULL && !mt_is_iso_date (meeting_date)))
        {
          g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                               _("The catalog’s “meeting” must have a text “title” and a “date” like 2023-12-07."));
          return FALSE;
        }
      break;
    case FIELD_ABSENT:
    default:
      break;
    }
  mt_catalog_set_title (catalog, title);
  mt_catalog_set_organization (catalog, organization);
  mt_catalog_set_meeting (catalog, meeting_title, meeting_date);
  return TRUE;
}

/**
 * mt_catalog_load:
 * @bytes: a metodist-catalog document
 *
 * Returns: (transfer full): the catalog, with what was left out or ignored
 *   in its problems; or %NULL with an %MT_LOAD_ERROR naming what is wrong
 *   with the document
 */
MtCatalog *
mt_catalog_load (GBytes  *bytes,
                 GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(MtCatalog) catalog = mt_catalog_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader reader = { catalog, ids };

  g_return_val_if_fail (bytes != NULL, NULL);

  root = mt_json_parse (bytes, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, MT_LOAD_ERROR, MT_LOAD_ERROR_FORMAT,
                           _("The document is not a catalog: it is not a JSON object."));
      return NULL;
    }
  if (!read_header (catalog, json_node_get_object (root), error) ||
      !read_list (&reader, json_node_get_object (root), "materials", read_material, error) ||
      !read_list (&reader, json_node_get_object (root), "events", read_event, error) ||
      !read_list (&reader, json_node_get_object (root), "notices", read_notice, error))
    return NULL;
  read_deck (&reader, json_node_get_object (root));
  return g_steal_pointer (&catalog);
}

/**
 * mt_catalog_load_demo:
 *
 * Returns: (transfer full): the built-in demo catalog, marked as demo
 */
MtCatalog *
mt_catalog_load_demo (void)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (mt_core_get_resource (),
                                                    "/io/github/metodist/Metodist/demo/catalog.json",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  MtCatalog *catalog;

  g_return_val_if_fail (bytes != NULL, NULL);
  catalog = mt_catalog_load (bytes, &error);
  if (catalog == NULL)
    g_error ("The built-in demo catalog does not load: %s", error->message);
  mt_catalog_set_is_demo (catalog, TRUE);
  return catalog;
}

/* What a load in a worker thread reads: a file, or bytes already read. */
typedef struct
{
  GFile *file;
  GBytes *bytes;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->file);
  g_clear_pointer (&load->bytes, g_bytes_unref);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  MtCatalog *catalog = NULL;

  if (load->bytes == NULL)
    load->bytes = mt_source_read_file (load->file, cancellable, &error);
  if (load->bytes != NULL)
    catalog = mt_catalog_load (load->bytes, &error);
  if (catalog == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, catalog, g_object_unref);
}

static void
load_async (GFile               *file,
            GBytes              *bytes,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Load *load = g_new0 (Load, 1);

  load->file = file != NULL ? g_object_ref (file) : NULL;
  load->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  g_task_set_source_tag (task, load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  mt_worker_run (task, load_in_thread);
}

/**
 * mt_catalog_load_async:
 * @bytes: a metodist-catalog document
 *
 * Loads @bytes in a worker thread: a hostile document at the size cap
 * takes long enough to freeze a window.
 */
void
mt_catalog_load_async (GBytes              *bytes,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (bytes != NULL);
  load_async (NULL, bytes, cancellable, callback, user_data);
}

/**
 * mt_catalog_load_file_async:
 * @file: a catalog file
 *
 * Reads @file (within the size cap) and loads it, in a worker thread.
 */
void
mt_catalog_load_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  load_async (file, NULL, cancellable, callback, user_data);
}

/** mt_catalog_load_finish: Returns: (transfer full): the catalog, or %NULL with an error */
MtCatalog *
mt_catalog_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
