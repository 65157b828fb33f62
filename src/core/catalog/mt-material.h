/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-material.h: one material of the meeting's catalog */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of FORMATS.md §3, in the order the Materials page groups them. */
typedef enum
{
  MT_MATERIAL_PRESENTATION,
  MT_MATERIAL_MONITORING,
  MT_MATERIAL_INSTRUCTION,
  MT_MATERIAL_TEMPLATE,
  MT_MATERIAL_RECOMMENDATIONS,
  MT_MATERIAL_REGULATION,
  MT_MATERIAL_OTHER,
} MtMaterialKind;

#define MT_MATERIAL_N_KINDS (MT_MATERIAL_OTHER + 1)

const char     *mt_material_kind_to_string   (MtMaterialKind kind);
MtMaterialKind  mt_material_kind_from_string (const char    *text);
const char     *mt_material_kind_label       (MtMaterialKind kind);

char           *mt_catalog_url_problem       (const char    *url);

#define MT_TYPE_MATERIAL (mt_material_get_type ())
G_DECLARE_FINAL_TYPE (MtMaterial, mt_material, MT, MATERIAL, GObject)

MtMaterial     *mt_material_dup              (MtMaterial    *self);
MtMaterial     *mt_material_new              (const char    *id,
                                              const char    *title);
const char     *mt_material_get_id           (MtMaterial    *self);
void            mt_material_set_id           (MtMaterial    *self,
                                              const char    *id);
const char     *mt_material_get_title        (MtMaterial    *self);
void            mt_material_set_title        (MtMaterial    *self,
                                              const char    *title);
MtMaterialKind  mt_material_get_kind         (MtMaterial    *self);
void            mt_material_set_kind         (MtMaterial    *self,
                                              MtMaterialKind kind);
const char     *mt_material_get_url          (MtMaterial    *self);
const char     *mt_material_get_url_problem  (MtMaterial    *self);
void            mt_material_set_url          (MtMaterial    *self,
                                              const char    *url);
const char     *mt_material_get_description  (MtMaterial    *self);
void            mt_material_set_description  (MtMaterial    *self,
                                              const char    *description);
const char     *mt_material_get_updated      (MtMaterial    *self);
void            mt_material_set_updated      (MtMaterial    *self,
                                              const char    *updated);
gint64          mt_material_get_size         (MtMaterial    *self);
void            mt_material_set_size         (MtMaterial    *self,
                                              gint64         size);
gboolean        mt_material_get_qr           (MtMaterial    *self);
void            mt_material_set_qr           (MtMaterial    *self,
                                              gboolean       qr);
const char     *mt_material_get_sha256       (MtMaterial    *self);
void            mt_material_set_sha256       (MtMaterial    *self,
                                              const char    *sha256);

G_END_DECLS
