/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-code.c: text as a QR code's modules (libqrencode) */
#define G_LOG_DOMAIN "mt-qr-code"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <qrencode.h>
#include <string.h>

#include "mt-format.h"
#include "mt-qr-code.h"

G_DEFINE_QUARK (mt-qr-error-quark, mt_qr_error)

struct _MtQrCode
{
  char *text;
  guint version;
  guint width;
  guint8 *modules;  /* width × width, 1 = dark */
};

/* The most bytes a code holds at each level (version 40, byte mode). */
static const gsize capacities[] = {
  [MT_QR_LEVEL_L] = 2953,
  [MT_QR_LEVEL_M] = 2331,
  [MT_QR_LEVEL_Q] = 1663,
  [MT_QR_LEVEL_H] = 1273,
};

static const char *const names[] = { "L", "M", "Q", "H" };

gsize
mt_qr_level_capacity (MtQrLevel level)
{
  g_return_val_if_fail (level <= MT_QR_LEVEL_H, 0);
  return capacities[level];
}

const char *
mt_qr_level_name (MtQrLevel level)
{
  g_return_val_if_fail (level <= MT_QR_LEVEL_H, NULL);
  return names[level];
}

/**
 * mt_qr_level_parse:
 * @text: "L", "M", "Q" or "H", in any case
 *
 * Returns: %TRUE when @text names a level
 */
gboolean
mt_qr_level_parse (const char *text,
                   MtQrLevel  *level)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (text, names[i]) == 0)
        {
          *level = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * mt_qr_code_new:
 * @text: any UTF-8 text, such as the recommendations' link
 * @level: the error correction level
 * @error: return location for a #MT_QR_ERROR
 *
 * Encodes @text in the smallest version that holds it. The capacity is
 * checked first, so that the message can say the limit. libqrencode
 * upper-cases text unless told not to, which would break links; it is
 * told. It marks no encoding (no ECI): phones read UTF-8 as it is.
 *
 * Returns: (transfer full): the code, or %NULL with @error set
 */
MtQrCode *
mt_qr_code_new (const char  *text,
                MtQrLevel    level,
                GError     **error)
{
  static const QRecLevel qr_levels[] = { QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H };
  gsize length;
  QRcode *code;
  MtQrCode *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (level <= MT_QR_LEVEL_H, NULL);

  length = strlen (text);
  if (length == 0)
    {
      g_set_error_literal (error, MT_QR_ERROR, MT_QR_ERROR_EMPTY, _("There is no text to encode."));
      return NULL;
    }
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error_literal (error, MT_QR_ERROR, MT_QR_ERROR_FAILED, _("The text is not valid UTF-8."));
      return NULL;
    }
  if (length > capacities[level])
    {
      g_autofree char *have = mt_format_count (length);
      g_autofree char *most = mt_format_count (capacities[level]);

      g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_TOO_LONG,
                   _("The text is too long for level %s: %s of %s bytes."),
                   names[level], have, most);
      return NULL;
    }

  errno = 0;
  code = QRcode_encodeString (text, 0, qr_levels[level], QR_MODE_8, 1);
  if (code == NULL)
    {
      int saved_errno = errno;

      if (saved_errno == ERANGE)
        {
          g_autofree char *have = mt_format_count (length);
          g_autofree char *most = mt_format_count (capacities[level]);

          g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_TOO_LONG,
                       _("The text is too long for level %s: %s of %s bytes."),
                       names[level], have, most);
        }
      else
        {
          g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_FAILED,
                       _("The QR code could not be made: %s"), g_strerror (saved_errno));
        }
      return NULL;
    }

  self = g_new0 (MtQrCode, 1);
  self->text = g_strdup (text);
  self->version = code->version;
  self->width = code->width;
  self->modules = g_malloc ((gsize) code->width * code->width);
  for (gsize i = 0; i < (gsize) code->width * code->width; i++)
    self->modules[i] = code->data[i] & 1;  /* bit 0 is the module's colour */
  QRcode_free (code);
  return self;
}

void
mt_qr_code_free (MtQrCode *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->modules);
  g_free (self);
}

const char *
mt_qr_code_get_text (const MtQrCode *self)
{
  return self->text;
}

guint
mt_qr_code_get_version (const MtQrCode *self)
{
  return self->version;
}

/** mt_qr_code_get_width: Returns: the modules on a side, without the quiet zone */
guint
mt_qr_code_get_width (const MtQrCode *self)
{
  return self->width;
}

gboolean
mt_qr_code_is_dark (const MtQrCode *self,
                    guint           x,
                    guint           y)
{
  g_return_val_if_fail (x < self->width && y < self->width, FALSE);
  return self->modules[y * self->width + x] != 0;
}
