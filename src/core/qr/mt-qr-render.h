/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-render.h: a QR code as PNG, SVG or PDF, with an optional caption */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mt-qr-code.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} MtQrColor;

/**
 * MtQrStyle:
 * @margin: the quiet zone around the code, in modules (4 by the standard)
 * @dark: the modules' colour
 * @light: the background's colour
 * @caption: (nullable): text under the code, such as «Просканируй меня»
 */
typedef struct
{
  guint margin;
  MtQrColor dark;
  MtQrColor light;
  const char *caption;
} MtQrStyle;

#define MT_QR_STYLE_INIT { 4, { 0, 0, 0 }, { 1, 1, 1 }, NULL }
#define MT_QR_DEFAULT_SIZE 1024
#define MT_QR_MIN_CONTRAST 3.0

typedef enum
{
  MT_QR_FORMAT_PNG,
  MT_QR_FORMAT_SVG,
  MT_QR_FORMAT_PDF,
} MtQrFormat;

gboolean mt_qr_format_for_path (const char      *path,
                                MtQrFormat      *format);
double   mt_qr_contrast        (const MtQrColor *dark,
                                const MtQrColor *light);
gboolean mt_qr_style_check     (const MtQrStyle *style,
                                GError         **error);
guint    mt_qr_module_size     (const MtQrCode  *code,
                                const MtQrStyle *style,
                                guint            size);
double   mt_qr_caption_height  (const MtQrStyle *style,
                                double           size);
guint    mt_qr_fit             (const MtQrStyle *style,
                                double           width,
                                double           height);
char    *mt_qr_file_name       (const char      *text,
                                const char      *title);
gboolean mt_qr_color_parse     (const char      *text,
                                MtQrColor       *color);
char    *mt_qr_color_to_string (const MtQrColor *color);
void     mt_qr_draw            (const MtQrCode  *code,
                                const MtQrStyle *style,
                                cairo_t         *cr,
                                double           size);
GBytes  *mt_qr_render          (const MtQrCode  *code,
                                const MtQrStyle *style,
                                MtQrFormat       format,
                                guint            size,
                                GError         **error);
gboolean mt_qr_write           (const MtQrCode  *code,
                                const MtQrStyle *style,
                                MtQrFormat       format,
                                guint            size,
                                const char      *path,
                                GError         **error);

G_END_DECLS
