/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-material.c: one material of the meeting's catalog
 *
 * Setting the URL also decides whether it may ever be requested or opened:
 * anything but http: and https: keeps the material listed, with the reason
 * it cannot be used. */
#define G_LOG_DOMAIN "mt-material"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-material.h"
#include "mt-url.h"

struct _MtMaterial
{
  GObject parent_instance;

  char *id;
  char *title;
  MtMaterialKind kind;
  char *url;
  char *url_problem;
  char *description;
  char *updated;     /* "2023-12-06", or NULL */
  gint64 size;       /* bytes, or -1 */
  gboolean qr;
  char *sha256;      /* hex, or NULL */
};

G_DEFINE_FINAL_TYPE (MtMaterial, mt_material, G_TYPE_OBJECT)

static const struct
{
  const char *name;
  const char *label;
} kinds[MT_MATERIAL_N_KINDS] = {
  [MT_MATERIAL_PRESENTATION] = { "presentation", N_("Presentation") },
  [MT_MATERIAL_MONITORING] = { "monitoring", N_("Monitoring") },
  [MT_MATERIAL_INSTRUCTION] = { "instruction", N_("Instruction") },
  [MT_MATERIAL_TEMPLATE] = { "template", N_("Template") },
  [MT_MATERIAL_RECOMMENDATIONS] = { "recommendations", N_("Methodological recommendations") },
  [MT_MATERIAL_REGULATION] = { "regulation", N_("Regulation") },
  [MT_MATERIAL_OTHER] = { "other", N_("Other") },
};

const char *
mt_material_kind_to_string (MtMaterialKind kind)
{
  g_return_val_if_fail (kind < MT_MATERIAL_N_KINDS, "other");
  return kinds[kind].name;
}

/* Unknown kinds read as "other" (FORMATS.md §3). */
MtMaterialKind
mt_material_kind_from_string (const char *text)
{
  for (guint i = 0; text != NULL && i < MT_MATERIAL_N_KINDS; i++)
    if (g_str_equal (kinds[i].name, text))
      return i;
  return MT_MATERIAL_OTHER;
}

/* Returns: the kind's name for people, translated */
const char *
mt_material_kind_label (MtMaterialKind kind)
{
  g_return_val_if_fail (kind < MT_MATERIAL_N_KINDS, NULL);
  return _(kinds[kind].label);
}

/**
 * mt_catalog_url_problem:
 * @url: (nullable): a link from the catalog
 *
 * Returns: (transfer full) (nullable): why the link may not be requested
 *   or opened, or %NULL when it is an http: or https: address
 */
char *
mt_catalog_url_problem (const char *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || *url == '\0')
    return g_strdup (_("there is no web address"));
  uri = mt_url_parse (url, &error);
  return uri == NULL ? g_strdup (error->message) : NULL;
}

static void
mt_material_finalize (GObject *object)
{
  MtMaterial *self = MT_MATERIAL (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->url);
  g_free (self->url_problem);
  g_free (self->description);
  g_free (self->updated);
  g_free (self->sha256);
  G_OBJECT_CLASS (mt_material_parent_class)->finalize (object);
}

static void
mt_material_class_init (MtMaterialClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_material_finalize;
}

static void
mt_material_init (MtMaterial *self)
{
  self->kind = MT_MATERIAL_OTHER;
  self->size = -1;
  self->url_problem = mt_catalog_url_problem (NULL);
}

MtMaterial *
mt_material_new (const char *id,
                 const char *title)
{
  MtMaterial *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (MT_TYPE_MATERIAL, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/** mt_material_dup: Returns: (transfer full): a copy to change apart from @self */
MtMaterial *
mt_material_dup (MtMaterial *self)
{
  MtMaterial *copy;

  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);

  copy = mt_material_new (self->id, self->title);
  copy->kind = self->kind;
  copy->url = g_strdup (self->url);
  /* A new material says it has no address yet; the copy says what @self says. */
  g_free (copy->url_problem);
  copy->url_problem = g_strdup (self->url_problem);
  copy->description = g_strdup (self->description);
  copy->updated = g_strdup (self->updated);
  copy->size = self->size;
  copy->qr = self->qr;
  copy->sha256 = g_strdup (self->sha256);
  return copy;
}

const char *
mt_material_get_id (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->id;
}

void
mt_material_set_id (MtMaterial *self,
                    const char *id)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_return_if_fail (id != NULL);
  g_free (self->id);
  self->id = g_strdup (id);
}

const char *
mt_material_get_title (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->title;
}

void
mt_material_set_title (MtMaterial *self,
                       const char *title)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_return_if_fail (title != NULL);
  g_free (self->title);
  self->title = g_strdup (title);
}

MtMaterialKind
mt_material_get_kind (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), MT_MATERIAL_OTHER);
  return self->kind;
}

void
mt_material_set_kind (MtMaterial     *self,
                      MtMaterialKind  kind)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_return_if_fail (kind < MT_MATERIAL_N_KINDS);
  self->kind = kind;
}

const char *
mt_material_get_url (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->url;
}

/* Returns: (nullable): why the URL may not be used, or %NULL */
const char *
mt_material_get_url_problem (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->url_problem;
}

void
mt_material_set_url (MtMaterial *self,
                     const char *url)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_free (self->url);
  g_free (self->url_problem);
  self->url = g_strdup (url);
  self->url_problem = mt_catalog_url_problem (url);
}

const char *
mt_material_get_description (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->description;
}

void
mt_material_set_description (MtMaterial *self,
                             const char *description)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_free (self->description);
  self->description = g_strdup (description);
}

/* Returns: (nullable): when it was last changed, "2023-12-06" */
const char *
mt_material_get_updated (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->updated;
}

void
mt_material_set_updated (MtMaterial *self,
                         const char *updated)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_free (self->updated);
  self->updated = g_strdup (updated);
}

/* Returns: its size in bytes as the catalog gives it, or -1 */
gint64
mt_material_get_size (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), -1);
  return self->size;
}

void
mt_material_set_size (MtMaterial *self,
                      gint64      size)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  self->size = size;
}

/* Returns: whether the presenter shows its QR code to the hall */
gboolean
mt_material_get_qr (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), FALSE);
  return self->qr;
}

void
mt_material_set_qr (MtMaterial *self,
                    gboolean    qr)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  self->qr = qr;
}

/* Returns: (nullable): the SHA-256 a download must have, in hex */
const char *
mt_material_get_sha256 (MtMaterial *self)
{
  g_return_val_if_fail (MT_IS_MATERIAL (self), NULL);
  return self->sha256;
}

void
mt_material_set_sha256 (MtMaterial *self,
                        const char *sha256)
{
  g_return_if_fail (MT_IS_MATERIAL (self));
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
}
