/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-download-name.c: a fuzz target: any bytes as a material's title
 * (the name a download is saved under) and as the address, type and first
 * bytes a server sends. The checks restate the rules (mt-download-name.c)
 * independently, so that the sanitiser is held to them, not to itself. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mt-download-name.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A name and its ".part" twin fit in 255 bytes with " (999)" and ".xlsx". */
#define NAME_MAX_BYTES 255

/* Windows keeps these for devices, before any extension, in any case. */
static gboolean
is_device_name (const char *name)
{
  static const char * const devices[] = { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" };
  static const char * const ports[] = { "COM", "LPT" };
  static const char * const digits[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³" };
  g_autofree char *stem = g_strndup (name, strcspn (name, "."));
  g_autofree char *upper = NULL;

  g_strchomp (stem);
  upper = g_ascii_strup (stem, -1);
  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    if (g_str_equal (upper, devices[i]))
      return TRUE;
  for (guint p = 0; p < G_N_ELEMENTS (ports); p++)
    for (guint d = 0; d < G_N_ELEMENTS (digits); d++)
      {
        g_autofree char *port = g_strconcat (ports[p], digits[d], NULL);

        if (g_str_equal (upper, port))
          return TRUE;
      }
  return FALSE;
}

static void
check_safe_name (const char *name)
{
  gsize length = strlen (name);
  g_autofree char *numbered = mt_download_numbered_name (name, 999, "xlsx");
  g_autofree char *again = mt_download_safe_name (name);

  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_cmpuint (strlen (numbered) + strlen (".part"), <=, NAME_MAX_BYTES);
  /* Nothing hidden, nothing read as an option, nothing Windows drops. */
  g_assert_null (strchr (".- ", name[0]));
  g_assert_null (strchr (". ", name[length - 1]));
  g_assert_false (is_device_name (name));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (c < 0x80)
        g_assert_null (strchr ("/\\:*?\"<>|", (int) c));
      g_assert_cmpint (type, !=, G_UNICODE_CONTROL);
      g_assert_cmpint (type, !=, G_UNICODE_FORMAT);
      g_assert_cmpint (type, !=, G_UNICODE_LINE_SEPARATOR);
      g_assert_cmpint (type, !=, G_UNICODE_PARAGRAPH_SEPARATOR);
      g_assert_true (c == ' ' || !g_unichar_isspace (c));
    }
  /* A safe name stays as it is. */
  g_assert_cmpstr (again, ==, name);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *title = g_strndup ((const char *) data, size);
  g_autofree char *name = mt_download_safe_name (title);
  g_autoptr(GError) error = NULL;
  const char *claimed;
  const char *chosen;

  check_safe_name (name);

  /* The same bytes as an address and as the start of what it sent. */
  claimed = mt_download_claimed_extension (title, size > 0 && data[0] % 2 ? title : NULL);
  chosen = mt_download_choose_extension (data, size, claimed, &error);
  g_assert_true ((chosen == NULL) == (error != NULL));
  if (chosen != NULL)
    {
      g_assert_cmpuint (strlen (chosen), >, 0);
      g_assert_cmpuint (strlen (chosen), <=, strlen ("xlsx"));
      g_assert_null (strpbrk (chosen, "./\\"));
    }
  return 0;
}
