/* SPDX-License-Identifier: GPL-3.0-or-later
 * bench-qr.c: a QR code as a 1-bit 1024 px PNG, in-process, for a
 * 100-byte address: Metodist's mt_qr_code_new () and mt_qr_render ()
 * beside libqrencode and libpng alone doing the same in the same run
 * (the peer below: encode, scale each module to whole pixels in a quiet
 * zone of four, write 1-bit greyscale rows). The goal is 3 ms.
 *
 *   meson test -C _build --benchmark --verbose qr
 *
 * A tool, not a test: it prints figures and asserts nothing about time. */
#include "config.h"

#include <png.h>
#include <qrencode.h>
#include <string.h>

#include "bench-common.h"
#include "mt-qr-render.h"

#define RUNS 201
#define SIZE 1024
#define QUIET 4

static const char *address;
static gsize metodist_bytes;
static gsize peer_bytes;

static void
metodist_png (const char *unused)
{
  g_autoptr(MtQrCode) code = mt_qr_code_new (address, MT_QR_LEVEL_M, NULL);
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autoptr(GBytes) png = mt_qr_render (code, &style, MT_QR_FORMAT_PNG, SIZE, NULL);

  g_assert_nonnull (png);
  metodist_bytes = g_bytes_get_size (png);
}

static void
append (png_structp png,
        png_bytep   data,
        png_size_t  length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
flush (png_structp png)
{
}

/* The peer: libqrencode and libpng, nothing else. */
static void
peer_png (const char *unused)
{
  QRcode *code = QRcode_encodeString (address, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  int across = code->width + 2 * QUIET;
  int module = SIZE / across;
  int offset = (SIZE - module * across) / 2 + module * QUIET;
  guint8 row[(SIZE + 7) / 8];
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct (png);

  png_set_write_fn (png, data, append, flush);
  png_set_IHDR (png, info, SIZE, SIZE, 1, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  for (int y = 0; y < SIZE; y++)
    {
      int code_y = (y - offset) / module;

      memset (row, 0xFF, sizeof row);
      if (y >= offset && code_y < code->width)
        for (int x = 0; x < code->width; x++)
          if (code->data[code_y * code->width + x] & 1)
            for (int px = offset + x * module; px < offset + (x + 1) * module; px++)
              row[px / 8] &= ~(0x80 >> (px % 8));
      png_write_row (png, row);
    }
  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  QRcode_free (code);
  peer_bytes = data->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) url = g_string_new ("https://sferum.example.org/metodicheskie-rekomendacii/");
  double ours, peer;

  while (url->len < 100)
    g_string_append_c (url, 'a');
  address = url->str;

  ours = median_of_runs (metodist_png, NULL, RUNS);
  peer = median_of_runs (peer_png, NULL, RUNS);
  g_print ("median of %d runs, a 100-byte address as a 1-bit %d px PNG:\n", RUNS, SIZE);
  g_print ("  Metodist (mt_qr_code_new + mt_qr_render)   %6.2f ms  (%" G_GSIZE_FORMAT " bytes)\n", ours,
           metodist_bytes);
  g_print ("  peer: libqrencode + libpng alone           %6.2f ms  (%" G_GSIZE_FORMAT " bytes)  (ratio %.2f)\n",
           peer, peer_bytes, ours / peer);
  return 0;
}
