/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-check.c: what the catalog editor accepts, by the loader's rules
 *
 * The editor refuses, with the reason, every value the loader would leave
 * out or mark unusable, so that a saved catalog loads again whole and every
 * link in it can be opened. */
#define G_LOG_DOMAIN "mt-catalog-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mt-catalog-check.h"
#include "mt-format.h"

static const char *
id_of (gpointer item)
{
  if (MT_IS_MATERIAL (item))
    return mt_material_get_id (item);
  return mt_event_get_id (MT_EVENT (item));
}

/* The loader takes any text; spaces around one would only confuse. */
static gboolean
id_shape_ok (const char *id)
{
  return *id != '\0' && !g_ascii_isspace (*id) && !g_ascii_isspace (id[strlen (id) - 1]);
}

/* How many items of @items have each id: one pass, for checking them all. */
static GHashTable *
count_ids (GListModel *items)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *id = id_of (item);

      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (counts, id));

      g_hash_table_insert (counts, g_strdup (id), GUINT_TO_POINTER (seen + 1));
    }
  return counts;
}

/* An item's own id, with the ids of its list counted. */
static char *
own_id_problem (GHashTable *counts,
                const char *id)
{
  if (!id_shape_ok (id))
    return g_strdup (_("an id is needed, without spaces at its ends"));
  if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) > 1)
    return g_strdup_printf (_("the id “%s” is already used by another item"), id);
  return NULL;
}

/**
 * mt_catalog_id_problem:
 * @items: the list @item is in (materials or events)
 * @item: (nullable): the item that would take @id
 * @id: the id wanted
 *
 * Returns: (transfer full) (nullable): why @id cannot be @item's, or %NULL
 */
char *
mt_catalog_id_problem (GListModel *items,
                       gpointer    item,
                       const char *id)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!id_shape_ok (id))
    return g_strdup (_("an id is needed, without spaces at its ends"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (items, i);

      if (other != item && g_str_equal (id_of (other), id))
        return g_strdup_printf (_("the id “%s” is already used by another item"), id);
    }
  return NULL;
}

/**
 * mt_catalog_new_id:
 * @base: what the id says, "material"
 *
 * Returns: (transfer full): @base, or @base with the first number after
 *   it that no item of @items uses ("material-2")
 */
char *
mt_catalog_new_id (GListModel *items,
                   const char *base)
{
  g_autofree char *id = g_strdup (base);

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  for (guint n = 2;; n++)
    {
      g_autofree char *problem = mt_catalog_id_problem (items, NULL, id);

      if (problem == NULL)
        return g_steal_pointer (&id);
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
}

/* Returns: (transfer full) (nullable): why @title cannot be an item's */
char *
mt_catalog_title_problem (const char *title)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (*trimmed == '\0')
    return g_strdup (_("a title is needed"));
  return NULL;
}

/**
 * mt_catalog_stage_problem:
 * @from: (nullable): its first day, "2023-12-01"
 * @to: (nullable): its last day
 *
 * Returns: (transfer full) (nullable): why the loader would leave the
 *   stage out, or %NULL
 */
char *
mt_catalog_stage_problem (const char *title,
                          const char *from,
                          const char *to)
{
  char *problem = mt_catalog_title_problem (title);

  if (problem != NULL)
    return problem;
  if ((from != NULL && !mt_is_iso_date (from)) || (to != NULL && !mt_is_iso_date (to)))
    return g_strdup (_("its days must be real dates"));
  if (from == NULL && to == NULL)
    return g_strdup (_("a stage needs its first or its last day"));
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    return g_strdup (_("it ends before it starts"));
  return NULL;
}

/* "«Презентация»: there is no web address" */
static char *
item_problem (const char *title,
              char       *problem)
{
  char *message;

  if (problem == NULL)
    return NULL;
  /* TRANSLATORS: an item of the catalog, and what is wrong with it. */
  message = g_strdup_printf (_("“%s”: %s"), title, problem);
  g_free (problem);
  return message;
}

static char *
links_problem (MtEvent *event)
{
  GPtrArray *links = mt_event_get_links (event);

  for (guint i = 0; i < links->len; i++)
    {
      const MtLink *link = g_ptr_array_index (links, i);
      char *problem = mt_catalog_title_problem (link->title);

      if (problem == NULL && link->url_problem != NULL)
        problem = g_strdup (link->url_problem);
      if (problem != NULL)
        return item_problem (link->title != NULL && *link->title != '\0' ? link->title : mt_event_get_title (event),
                             problem);
    }
  return NULL;
}

static char *
event_problem (GHashTable *ids,
               MtEvent    *event)
{
  GArray *stages = mt_event_get_stages (event);
  const char *title = mt_event_get_title (event);
  char *problem = mt_catalog_title_problem (title);

  if (problem == NULL)
    problem = own_id_problem (ids, mt_event_get_id (event));
  for (guint i = 0; problem == NULL && i < stages->len; i++)
    {
      const MtStage *stage = &g_array_index (stages, MtStage, i);

      problem = mt_catalog_stage_problem (stage->title, stage->from, stage->to);
    }
  if (problem != NULL)
    return item_problem (title, problem);
  return links_problem (event);
}

static char *
material_problem (GHashTable *ids,
                  MtMaterial *material)
{
  char *problem = mt_catalog_title_problem (mt_material_get_title (material));

  if (problem == NULL)
    problem = own_id_problem (ids, mt_material_get_id (material));
  if (problem == NULL && mt_material_get_url_problem (material) != NULL)
    problem = g_strdup (mt_material_get_url_problem (material));
  return item_problem (mt_material_get_title (material), problem);
}

/**
 * mt_catalog_item_problem:
 * @items: the catalog's materials or events
 * @item: a material or an event of @items
 *
 * Returns: (transfer full) (nullable): what keeps @item from being
 *   published, named by its title, or %NULL
 */
char *
mt_catalog_item_problem (GListModel *items,
                         gpointer    item)
{
  g_autoptr(GHashTable) ids = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (MT_IS_MATERIAL (item) || MT_IS_EVENT (item), NULL);

  ids = count_ids (items);
  if (MT_IS_MATERIAL (item))
    return material_problem (ids, item);
  return event_problem (ids, item);
}

/* Calls @found with each item of @items that cannot be published and why,
 * until it returns %FALSE; the ids counted once. */
static void
each_problem (GListModel *items,
              gboolean  (*found) (gpointer item, char *problem, gpointer data),
              gpointer    data)
{
  g_autoptr(GHashTable) ids = count_ids (items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      char *problem = MT_IS_MATERIAL (item) ? material_problem (ids, MT_MATERIAL (item))
                                            : event_problem (ids, MT_EVENT (item));

      if (problem != NULL && !found (item, problem, data))
        return;
    }
}

static gboolean
keep_first_cb (gpointer item,
               char    *problem,
               gpointer data)
{
  *(char **) data = problem;
  return FALSE;
}

static gboolean
add_item_cb (gpointer item,
             char    *problem,
             gpointer data)
{
  g_hash_table_add (data, item);
  g_free (problem);
  return TRUE;
}

/**
 * mt_catalog_unready_items:
 *
 * Returns: (transfer full) (element-type GObject): the set of the
 *   materials and events that cannot be published as they are
 */
GHashTable *
mt_catalog_unready_items (MtCatalog *catalog)
{
  GHashTable *unready = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (MT_IS_CATALOG (catalog), NULL);

  each_problem (G_LIST_MODEL (mt_catalog_get_materials (catalog)), add_item_cb, unready);
  each_problem (G_LIST_MODEL (mt_catalog_get_events (catalog)), add_item_cb, unready);
  return unready;
}

/**
 * mt_catalog_save_problem:
 *
 * The first thing that keeps @catalog from being published: what the
 * loader would leave out, and links that could never be opened (a notice
 * may have no link at all).
 *
 * Returns: (transfer full) (nullable): what to fix before saving, or %NULL
 */
char *
mt_catalog_save_problem (MtCatalog *catalog)
{
  char *problem = NULL;
  const char *date;

  g_return_val_if_fail (MT_IS_CATALOG (catalog), NULL);

  date = mt_catalog_get_meeting_date (catalog);
  if (date != NULL && !mt_is_iso_date (date))
    return g_strdup (_("The meeting's date is not a real date."));
  each_problem (G_LIST_MODEL (mt_catalog_get_materials (catalog)), keep_first_cb, &problem);
  if (problem == NULL)
    each_problem (G_LIST_MODEL (mt_catalog_get_events (catalog)), keep_first_cb, &problem);
  for (guint i = 0; problem == NULL && i < mt_catalog_get_notices (catalog)->len; i++)
    {
      const MtNotice *notice = g_ptr_array_index (mt_catalog_get_notices (catalog), i);
      char *title_problem = mt_catalog_title_problem (notice->title);

      if (title_problem != NULL || notice->url_problem != NULL)
        problem = item_problem (notice->title, title_problem != NULL ? title_problem
                                                                     : g_strdup (notice->url_problem));
    }
  return problem;
}

/* Moves item @from of @store to position @to, the others closing up. */
void
mt_list_store_move (GListStore *store,
                    guint       from,
                    guint       to)
{
  g_autoptr(GObject) item = NULL;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (from < g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_return_if_fail (to < g_list_model_get_n_items (G_LIST_MODEL (store)));

  if (from == to)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (store), from);
  g_list_store_remove (store, from);
  g_list_store_insert (store, to, item);
}
