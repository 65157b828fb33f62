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

/* What an address may never hold: C0 and C1 controls and bidirectional
 * controls (FORMATS.md §3, issue 16), restated here. */
static gboolean
is_forbidden (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0x061C;
}

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
      g_assert_true (g_utf8_validate (url, -1, NULL));
      for (const char *p = url; *p != '\0'; p = g_utf8_next_char (p))
        g_assert_false (is_forbidden (g_utf8_get_char (p)));
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
