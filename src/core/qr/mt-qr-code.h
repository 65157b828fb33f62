/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-code.h: text as a QR code's modules (libqrencode) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  MT_QR_LEVEL_L,  /* about 7 % of the code may be damaged */
  MT_QR_LEVEL_M,  /* 15 % */
  MT_QR_LEVEL_Q,  /* 25 % */
  MT_QR_LEVEL_H,  /* 30 % */
} MtQrLevel;

#define MT_QR_ERROR (mt_qr_error_quark ())

typedef enum
{
  MT_QR_ERROR_EMPTY,
  MT_QR_ERROR_TOO_LONG,
  MT_QR_ERROR_FAILED,
  MT_QR_ERROR_CONTRAST,
  MT_QR_ERROR_SIZE,
  MT_QR_ERROR_WRITE,
} MtQrError;

GQuark      mt_qr_error_quark        (void);

gsize       mt_qr_level_capacity     (MtQrLevel       level);
gboolean    mt_qr_level_parse        (const char     *text,
                                      MtQrLevel      *level);
const char *mt_qr_level_name         (MtQrLevel       level);

typedef struct _MtQrCode MtQrCode;

MtQrCode   *mt_qr_code_new           (const char     *text,
                                      MtQrLevel       level,
                                      GError        **error);
void        mt_qr_code_free          (MtQrCode       *self);
const char *mt_qr_code_get_text      (const MtQrCode *self);
guint       mt_qr_code_get_version   (const MtQrCode *self);
guint       mt_qr_code_get_width     (const MtQrCode *self);
gboolean    mt_qr_code_is_dark       (const MtQrCode *self,
                                      guint           x,
                                      guint           y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtQrCode, mt_qr_code_free)

G_END_DECLS
