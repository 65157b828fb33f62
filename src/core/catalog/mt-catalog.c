/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog.c: the meeting's catalog: materials, events and notices */
#define G_LOG_DOMAIN "mt-catalog"

#include "config.h"

#include "mt-catalog.h"

struct _MtCatalog
{
  GObject parent_instance;

  char *title;
  char *organization;
  char *meeting_title;
  char *meeting_date;   /* "2023-12-07", or NULL */
  gboolean is_demo;
  GListStore *materials;
  GListStore *events;
  GPtrArray *notices;
  GPtrArray *problems;  /* what was left out or ignored while loading */
  GArray *deck;         /* (element-type MtDeckSection) the deck's default order, or NULL */
};

G_DEFINE_FINAL_TYPE (MtCatalog, mt_catalog, G_TYPE_OBJECT)

MtNotice *
mt_notice_new (const char *title,
               const char *text,
               const char *url)
{
  MtNotice *notice = g_new0 (MtNotice, 1);

  notice->title = g_strdup (title);
  notice->text = g_strdup (text);
  notice->url = g_strdup (url);
  notice->url_problem = url != NULL ? mt_catalog_url_problem (url) : NULL;
  return notice;
}

void
mt_notice_free (MtNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->title);
  g_free (notice->text);
  g_free (notice->url);
  g_free (notice->url_problem);
  g_free (notice);
}

static void
mt_catalog_finalize (GObject *object)
{
  MtCatalog *self = MT_CATALOG (object);

  g_free (self->title);
  g_free (self->organization);
  g_free (self->meeting_title);
  g_free (self->meeting_date);
  g_object_unref (self->materials);
  g_object_unref (self->events);
  g_ptr_array_unref (self->notices);
  g_ptr_array_unref (self->problems);
  g_clear_pointer (&self->deck, g_array_unref);
  G_OBJECT_CLASS (mt_catalog_parent_class)->finalize (object);
}

static void
mt_catalog_class_init (MtCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_catalog_finalize;
}

static void
mt_catalog_init (MtCatalog *self)
{
  self->materials = g_list_store_new (MT_TYPE_MATERIAL);
  self->events = g_list_store_new (MT_TYPE_EVENT);
  self->notices = g_ptr_array_new_with_free_func ((GDestroyNotify) mt_notice_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

MtCatalog *
mt_catalog_new (void)
{
  return g_object_new (MT_TYPE_CATALOG, NULL);
}

/**
 * mt_catalog_copy:
 *
 * Returns: (transfer full): a deep copy, to change (in the editor) without
 *   touching what the Materials page shows
 */
MtCatalog *
mt_catalog_copy (MtCatalog *self)
{
  MtCatalog *copy;

  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);

  copy = mt_catalog_new ();
  copy->title = g_strdup (self->title);
  copy->organization = g_strdup (self->organization);
  copy->meeting_title = g_strdup (self->meeting_title);
  copy->meeting_date = g_strdup (self->meeting_date);
  copy->is_demo = self->is_demo;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);
      g_autoptr(MtMaterial) material_copy = mt_material_dup (material);

      g_list_store_append (copy->materials, material_copy);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->events)); i++)
    {
      g_autoptr(MtEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
      g_autoptr(MtEvent) event_copy = mt_event_dup (event);

      g_list_store_append (copy->events, event_copy);
    }
  for (guint i = 0; i < self->notices->len; i++)
    {
      MtNotice *notice = g_ptr_array_index (self->notices, i);

      g_ptr_array_add (copy->notices, mt_notice_new (notice->title, notice->text, notice->url));
    }
  for (guint i = 0; i < self->problems->len; i++)
    g_ptr_array_add (copy->problems, g_strdup (g_ptr_array_index (self->problems, i)));
  mt_catalog_set_deck (copy, self->deck);
  return copy;
}

/* Returns: (nullable): the catalog's own title */
const char *
mt_catalog_get_title (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->title;
}

void
mt_catalog_set_title (MtCatalog  *self,
                      const char *title)
{
  g_return_if_fail (MT_IS_CATALOG (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

/* Returns: (nullable): who publishes it */
const char *
mt_catalog_get_organization (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->organization;
}

void
mt_catalog_set_organization (MtCatalog  *self,
                             const char *organization)
{
  g_return_if_fail (MT_IS_CATALOG (self));
  g_free (self->organization);
  self->organization = g_strdup (organization);
}

/* Returns: (nullable): the meeting's title */
const char *
mt_catalog_get_meeting_title (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->meeting_title;
}

/* Returns: (nullable): the meeting's day, "2023-12-07" */
const char *
mt_catalog_get_meeting_date (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->meeting_date;
}

void
mt_catalog_set_meeting (MtCatalog  *self,
                        const char *title,
                        const char *date)
{
  g_return_if_fail (MT_IS_CATALOG (self));
  g_free (self->meeting_title);
  g_free (self->meeting_date);
  self->meeting_title = g_strdup (title);
  self->meeting_date = g_strdup (date);
}

/* Returns: whether this is the built-in demo catalog */
gboolean
mt_catalog_get_is_demo (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), FALSE);
  return self->is_demo;
}

void
mt_catalog_set_is_demo (MtCatalog *self,
                        gboolean   is_demo)
{
  g_return_if_fail (MT_IS_CATALOG (self));
  self->is_demo = is_demo;
}

/* Returns: (transfer none): the materials (#MtMaterial) in order */
GListStore *
mt_catalog_get_materials (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->materials;
}

/* Returns: (transfer none): the events (#MtEvent) in order */
GListStore *
mt_catalog_get_events (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->events;
}

/* Returns: (transfer none) (element-type MtNotice): the notices */
GPtrArray *
mt_catalog_get_notices (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->notices;
}

/* Returns: (transfer none) (element-type utf8): what was left out or
 *   ignored while loading, one sentence each */
GPtrArray *
mt_catalog_get_problems (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->problems;
}

/* Returns: (transfer none) (nullable): the material with @id */
MtMaterial *
mt_catalog_find_material (MtCatalog  *self,
                          const char *id)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);

      if (g_strcmp0 (mt_material_get_id (material), id) == 0)
        return material;
    }
  return NULL;
}

/**
 * mt_catalog_find_recommendations:
 *
 * The material whose code closes the deck and ends each report card: the
 * methodological recommendations, else the first material marked for the
 * hall; only one whose address can be opened.
 *
 * Returns: (transfer none) (nullable): the material
 */
MtMaterial *
mt_catalog_find_recommendations (MtCatalog *self)
{
  GListModel *materials;
  MtMaterial *marked = NULL;

  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  materials = G_LIST_MODEL (self->materials);
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      if (mt_material_get_url_problem (material) != NULL)
        continue;
      if (mt_material_get_kind (material) == MT_MATERIAL_RECOMMENDATIONS)
        return material;
      if (marked == NULL && mt_material_get_qr (material))
        marked = material;
    }
  return marked;
}

/**
 * mt_catalog_title_for_url:
 * @url: an address, as a QR code holds it
 *
 * What a hall is told a code leads to: the title of the material with this
 * address, else "event — link" for an event's link, else a notice's title.
 *
 * Returns: (transfer full) (nullable): the title, or %NULL when no item of
 *   the catalog has this address
 */
char *
mt_catalog_title_for_url (MtCatalog  *self,
                          const char *url)
{
  GListModel *materials, *events;

  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  if (url == NULL || *url == '\0')
    return NULL;

  materials = G_LIST_MODEL (self->materials);
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      if (g_strcmp0 (mt_material_get_url (material), url) == 0)
        return g_strdup (mt_material_get_title (material));
    }
  events = G_LIST_MODEL (self->events);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MtEvent) event = g_list_model_get_item (events, i);
      GPtrArray *links = mt_event_get_links (event);

      for (guint j = 0; j < links->len; j++)
        {
          MtLink *link = g_ptr_array_index (links, j);

          if (g_strcmp0 (link->url, url) == 0)
            return g_strdup_printf ("%s — %s", mt_event_get_title (event), link->title);
        }
    }
  for (guint i = 0; i < self->notices->len; i++)
    {
      MtNotice *notice = g_ptr_array_index (self->notices, i);

      if (g_strcmp0 (notice->url, url) == 0)
        return g_strdup (notice->title);
    }
  return NULL;
}

/**
 * mt_catalog_get_deck:
 *
 * Returns: (transfer none) (nullable) (element-type MtDeckSection): the
 *   order of the deck's parts that the catalog's "deck" section gives
 */
GArray *
mt_catalog_get_deck (MtCatalog *self)
{
  g_return_val_if_fail (MT_IS_CATALOG (self), NULL);
  return self->deck;
}

/* @sections: (nullable) (element-type MtDeckSection): copied */
void
mt_catalog_set_deck (MtCatalog *self,
                     GArray    *sections)
{
  g_return_if_fail (MT_IS_CATALOG (self));
  g_clear_pointer (&self->deck, g_array_unref);
  if (sections != NULL)
    {
      self->deck = g_array_sized_new (FALSE, FALSE, sizeof (MtDeckSection), sections->len);
      g_array_append_vals (self->deck, sections->data, sections->len);
    }
}
