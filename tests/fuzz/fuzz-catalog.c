/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-catalog.c: a fuzz target: any bytes as a metodist-catalog document
 * (FORMATS.md §3), as a server could send it */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "mt-catalog-reader.h"
#include "mt-material.h"
#include "mt-url.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A material that is offered to be opened has an address that opens. */
static void
check_material (MtMaterial *material)
{
  const char *url = mt_material_get_url (material);

  g_assert_true (g_utf8_validate (mt_material_get_title (material), -1, NULL));
  g_assert_nonnull (mt_material_get_id (material));
  if (url != NULL && mt_material_get_url_problem (material) == NULL)
    {
      g_autoptr(GUri) uri = mt_url_parse (url, NULL);

      g_assert_nonnull (uri);
      for (const char *p = url; *p != '\0'; p++)
        g_assert_true ((guchar) *p >= 0x20 && (guchar) *p != 0x7F);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtCatalog) catalog = mt_catalog_load (bytes, &error);
  GListModel *materials;

  g_assert_true ((catalog == NULL) == (error != NULL));
  if (catalog == NULL)
    return 0;
  materials = G_LIST_MODEL (mt_catalog_get_materials (catalog));
  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(MtMaterial) material = g_list_model_get_item (materials, i);

      check_material (material);
    }
  return 0;
}
