/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-qr-render.c: a QR code as PNG, SVG or PDF, with an optional caption */
#define G_LOG_DOMAIN "mt-qr-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <png.h>
#include <string.h>

#include "mt-download-name.h"
#include "mt-file-writer.h"
#include "mt-qr-render.h"

/*
 * Modules are whole pixels (or, in vectors, equal squares filled as one
 * path), so that a code stays crisp at any size and no seam shows between
 * modules. Whatever the width leaves over is added to the light border, so
 * a PNG is exactly as wide as asked. A plain black-on-white code is a 1-bit
 * greyscale PNG written with libpng: a few kilobytes, fast. Anything with a
 * caption or colours goes through cairo, and a caption through pango.
 */

gboolean
mt_qr_format_for_path (const char *path,
                       MtQrFormat *format)
{
  static const char *const extensions[] = { ".png", ".svg", ".pdf" };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_str_has_suffix (lower, extensions[i]))
        {
          *format = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * mt_qr_color_parse:
 * @text: "#rrggbb"
 *
 * Returns: %TRUE when @text is such a colour
 */
gboolean
mt_qr_color_parse (const char *text,
                   MtQrColor  *color)
{
  guint value = 0;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      value = value * 16 + g_ascii_xdigit_value (text[i]);
    }
  color->red = ((value >> 16) & 0xFF) / 255.0;
  color->green = ((value >> 8) & 0xFF) / 255.0;
  color->blue = (value & 0xFF) / 255.0;
  return TRUE;
}

/** mt_qr_color_to_string: Returns: (transfer full): "#rrggbb" */
char *
mt_qr_color_to_string (const MtQrColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) round (color->red * 255),
                          (guint) round (color->green * 255), (guint) round (color->blue * 255));
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (const MtQrColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/**
 * mt_qr_contrast:
 *
 * Returns: the contrast ratio of @light to @dark (WCAG), below 1 when the
 *   "dark" colour is the lighter
 */
double
mt_qr_contrast (const MtQrColor *dark,
                const MtQrColor *light)
{
  return (luminance (light) + 0.05) / (luminance (dark) + 0.05);
}

/**
 * mt_qr_style_check:
 *
 * Refuses what a phone camera cannot read: a light code on a dark ground
 * (many readers fail on it) and colours too close to each other.
 *
 * Returns: %TRUE when @style can be read
 */
gboolean
mt_qr_style_check (const MtQrStyle  *style,
                   GError          **error)
{
  double contrast = mt_qr_contrast (&style->dark, &style->light);

  if (contrast < 1)
    {
      g_set_error_literal (error, MT_QR_ERROR, MT_QR_ERROR_CONTRAST,
                           _("The code must be darker than its background: many phones "
                             "cannot read a light code on a dark ground."));
      return FALSE;
    }
  if (contrast < MT_QR_MIN_CONTRAST)
    {
      g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_CONTRAST,
                   _("The colours are too close for a phone camera: their contrast is %.1f:1, "
                     "and at least %.0f:1 is needed."),
                   contrast, MT_QR_MIN_CONTRAST);
      return FALSE;
    }
  return TRUE;
}

static guint
modules_across (const MtQrCode  *code,
                const MtQrStyle *style)
{
  return mt_qr_code_get_width (code) + 2 * style->margin;
}

/**
 * mt_qr_module_size:
 * @size: the code's width with its quiet zone, in pixels
 *
 * Returns: the whole pixels a module takes at @size, 0 when @size is too
 *   small for one pixel a module
 */
guint
mt_qr_module_size (const MtQrCode  *code,
                   const MtQrStyle *style,
                   guint            size)
{
  return size / modules_across (code, style);
}

static void
set_color (cairo_t         *cr,
           const MtQrColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

static PangoLayout *
caption_layout (cairo_t    *cr,
                const char *caption,
                double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");

  /* Large enough to read from the back of a hall, wrapped to the code. */
  pango_font_description_set_absolute_size (font, size / 14 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (size * 0.9 * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, caption, -1);
  return layout;
}

/**
 * mt_qr_caption_height:
 * @size: the code's width with its quiet zone
 *
 * Returns: the height the caption adds under the code (0 without one)
 */
double
mt_qr_caption_height (const MtQrStyle *style,
                      double           size)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  int height;

  if (style->caption == NULL || *style->caption == '\0')
    return 0;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  layout = caption_layout (cr, style->caption, size);
  pango_layout_get_pixel_size (layout, NULL, &height);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ceil (height + size / 20);
}

/**
 * mt_qr_fit:
 * @width: the room's width
 * @height: the room's height
 *
 * Returns: the largest whole code size (quiet zone included) that fits in
 *   the room with its caption under it
 */
guint
mt_qr_fit (const MtQrStyle *style,
           double           width,
           double           height)
{
  guint low = 0, high = (guint) MAX (0, MIN (width, height));

  /* The caption grows with the code: search for the size. */
  while (low < high)
    {
      guint middle = (low + high + 1) / 2;

      if (middle + mt_qr_caption_height (style, middle) <= height)
        low = middle;
      else
        high = middle - 1;
    }
  return low;
}

/**
 * mt_qr_draw:
 * @cr: where to draw, with its origin at the code's top left corner
 * @size: the code's width with its quiet zone, in @cr's units
 *
 * Draws the code (and its caption under it, when the style has one) on a
 * light ground: the screen's preview and the hall's full screen use this,
 * as the files do.
 */
void
mt_qr_draw (const MtQrCode  *code,
            const MtQrStyle *style,
            cairo_t         *cr,
            double           size)
{
  guint n = modules_across (code, style);
  guint width = mt_qr_code_get_width (code);
  double module = floor (size / n) >= 1 ? floor (size / n) : size / n;
  double offset = floor ((size - module * n) / 2) + module * style->margin;
  double extra = mt_qr_caption_height (style, size);

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  set_color (cr, &style->light);
  cairo_rectangle (cr, 0, 0, size, size + extra);
  cairo_fill (cr);

  /* Runs of dark modules in a row, all in one path filled once. */
  for (guint y = 0; y < width; y++)
    {
      guint x = 0;

      while (x < width)
        {
          guint start;

          while (x < width && !mt_qr_code_is_dark (code, x, y))
            x++;
          start = x;
          while (x < width && mt_qr_code_is_dark (code, x, y))
            x++;
          if (x > start)
            cairo_rectangle (cr, offset + start * module, offset + y * module,
                             (x - start) * module, module);
        }
    }
  set_color (cr, &style->dark);
  cairo_fill (cr);
  cairo_restore (cr);

  if (extra > 0)
    {
      PangoLayout *layout = caption_layout (cr, style->caption, size);

      cairo_save (cr);
      set_color (cr, &style->dark);
      cairo_move_to (cr, size * 0.05, size);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      g_object_unref (layout);
    }
}

static void
append_png_data (png_structp  png,
                 png_bytep    data,
                 png_size_t   length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
flush_png_data (png_structp png)
{
}

/* A plain black-on-white code: 1 bit a pixel, written row by row. */
static GBytes *
render_plain_png (const MtQrCode  *code,
                  const MtQrStyle *style,
                  guint            size,
                  GError         **error)
{
  GByteArray *data = g_byte_array_new ();
  guint width = mt_qr_code_get_width (code);
  guint module = mt_qr_module_size (code, style, size);
  guint offset = (size - module * modules_across (code, style)) / 2 + module * style->margin;
  g_autofree guint8 *row = g_malloc ((size + 7) / 8);
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;

  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      g_byte_array_unref (data);
      g_set_error_literal (error, MT_QR_ERROR, MT_QR_ERROR_FAILED, _("The PNG image could not be made."));
      return NULL;
    }

  png_set_write_fn (png, data, append_png_data, flush_png_data);
  png_set_IHDR (png, info, size, size, 1, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);

  for (guint y = 0; y < size; y++)
    {
      gboolean in_code = y >= offset && y < offset + width * module;

      /* 1 is white in a greyscale PNG. */
      memset (row, 0xFF, (size + 7) / 8);
      for (guint x = 0; in_code && x < width; x++)
        {
          if (!mt_qr_code_is_dark (code, x, (y - offset) / module))
            continue;
          for (guint px = offset + x * module; px < offset + (x + 1) * module; px++)
            row[px / 8] &= ~(0x80 >> (px % 8));
        }
      png_write_row (png, row);
    }

  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  return g_byte_array_free_to_bytes (data);
}

static cairo_status_t
append_cairo_data (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
is_plain (const MtQrStyle *style)
{
  return (style->caption == NULL || *style->caption == '\0') &&
         style->dark.red == 0 && style->dark.green == 0 && style->dark.blue == 0 &&
         style->light.red == 1 && style->light.green == 1 && style->light.blue == 1;
}

/**
 * mt_qr_render:
 * @size: the width: pixels for PNG (exactly), points for SVG and PDF
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
mt_qr_render (const MtQrCode  *code,
              const MtQrStyle *style,
              MtQrFormat       format,
              guint            size,
              GError         **error)
{
  g_autoptr(GByteArray) data = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double height;
  cairo_t *cr;

  g_return_val_if_fail (code != NULL && style != NULL, NULL);

  if (!mt_qr_style_check (style, error))
    return NULL;
  if (mt_qr_module_size (code, style, size) == 0 || size > 20000)
    {
      g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_SIZE,
                   _("The size must be from %u to 20000: one pixel a module at least."),
                   modules_across (code, style));
      return NULL;
    }

  if (format == MT_QR_FORMAT_PNG && is_plain (style))
    return render_plain_png (code, style, size, error);

  data = g_byte_array_new ();
  height = size + mt_qr_caption_height (style, size);
  switch (format)
    {
    case MT_QR_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_cairo_data, data, size, height);
      break;
    case MT_QR_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_cairo_data, data, size, height);
      break;
    case MT_QR_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, (int) height);
      break;
    }

  cr = cairo_create (surface);
  mt_qr_draw (code, style, cr, size);
  cairo_destroy (cr);
  if (format == MT_QR_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cairo_data, data);
  else
    cairo_surface_finish (surface);
  status = format == MT_QR_FORMAT_PNG ? status : cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MT_QR_ERROR, MT_QR_ERROR_FAILED, _("The image could not be made: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * mt_qr_write:
 * @path: the file; an existing one is replaced only by a complete new one
 *
 * Returns: %TRUE when written
 */
gboolean
mt_qr_write (const MtQrCode  *code,
             const MtQrStyle *style,
             MtQrFormat       format,
             guint            size,
             const char      *path,
             GError         **error)
{
  g_autoptr(GBytes) bytes = mt_qr_render (code, style, format, size, error);
  g_autoptr(GError) write_error = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  /* Whole or not at all, and no temporary file left (mt-file-writer.c). */
  if (!mt_file_write_atomic (path, data, length, 0666, &write_error))
    {
      g_set_error_literal (error, MT_QR_ERROR, MT_QR_ERROR_WRITE, write_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mt_qr_file_name:
 * @text: the code's text
 * @title: (nullable): what the catalog calls the link, if it is one
 *
 * Returns: (transfer full): a PNG's name that says what the code leads to:
 *   "QR — Методические рекомендации.png", else the server's name
 *   ("QR — kirovipk.ru.png"), else the start of the text; safe on Linux and
 *   Windows
 */
char *
mt_qr_file_name (const char *text,
                 const char *title)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *what = NULL;
  g_autofree char *safe = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (title == NULL || *title == '\0')
    uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (title != NULL && *title != '\0')
    what = g_strdup (title);
  else if (uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0')
    what = g_strdup (g_uri_get_host (uri));
  else
    what = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 60));
  safe = mt_download_safe_name (what);
  /* TRANSLATORS: a QR code's file name; %s says what it leads to */
  return g_strdup_printf (_("QR — %s.png"), safe);
}
