/* SPDX-License-Identifier: GPL-3.0-or-later
 * fuzz-download-name.c: a fuzz target: any bytes as a material's title
 * (the name a download is saved under) and as the address, type and first
 * bytes a server sends. The checks restate the rules (mt-download-name.c)
 * in their own way, so that the sanitiser is held to them, not to itself. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mt-download-name.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A name and its ".part" twin fit in 255 bytes with " (999)" and ".xlsx". */
#define NAME_MAX_BYTES 255

/* Windows keeps these for devices, before any extension, in any case
 * ("con", "CON.txt", "Con .log"): said as Microsoft's documentation says
 * it, name by name, not as the sanitiser finds them. */
static gboolean
is_device_name (const char *name)
{
  static const char * const devices[] = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
    "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
  };

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    {
      gsize length = strlen (devices[i]);
      const char *rest = name + length;

      if (strlen (name) < length || g_ascii_strncasecmp (name, devices[i], length) != 0)
        continue;
      while (*rest == ' ')
        rest++;
      if (*rest == '\0' || *rest == '.')
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
