/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-qr.c: QR codes: capacity, levels, colours, sizes and files */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mt-qr-render.h"

static void
test_capacity (void)
{
  static const gsize limits[] = { 2953, 2331, 1663, 1273 };

  for (MtQrLevel level = MT_QR_LEVEL_L; level <= MT_QR_LEVEL_H; level++)
    {
      g_autofree char *fits = g_strnfill (limits[level], 'a');
      g_autofree char *too_long = g_strnfill (limits[level] + 1, 'a');
      g_autoptr(MtQrCode) code = mt_qr_code_new (fits, level, NULL);
      g_autoptr(MtQrCode) refused = NULL;
      g_autoptr(GError) error = NULL;

      /* The largest text of each level fits, in version 40; one byte more
       * is refused with the limit in the message. */
      g_assert_nonnull (code);
      g_assert_cmpuint (mt_qr_code_get_version (code), ==, 40);
      g_assert_cmpuint (mt_qr_code_get_width (code), ==, 177);
      refused = mt_qr_code_new (too_long, level, &error);
      g_assert_null (refused);
      g_assert_error (error, MT_QR_ERROR, MT_QR_ERROR_TOO_LONG);
      g_assert_nonnull (strstr (error->message, mt_qr_level_name (level)));
    }

  {
    g_autofree char *text = g_strnfill (2412, 'a');
    g_autoptr(GError) error = NULL;
    g_autoptr(MtQrCode) code = mt_qr_code_new (text, MT_QR_LEVEL_M, &error);

    g_assert_null (code);
    g_assert_cmpstr (error->message, ==, "The text is too long for level M: 2412 of 2331 bytes.");
  }
}

static void
test_smallest_version (void)
{
  g_autoptr(MtQrCode) short_link = mt_qr_code_new ("https://example.org/r", MT_QR_LEVEL_M, NULL);
  g_autoptr(MtQrCode) robust = mt_qr_code_new ("https://example.org/r", MT_QR_LEVEL_H, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MtQrCode) empty = mt_qr_code_new ("", MT_QR_LEVEL_M, &error);

  g_assert_cmpuint (mt_qr_code_get_version (short_link), ==, 2);
  g_assert_cmpuint (mt_qr_code_get_width (short_link), ==, 25);
  g_assert_cmpuint (mt_qr_code_get_version (robust), >, mt_qr_code_get_version (short_link));
  g_assert_error (error, MT_QR_ERROR, MT_QR_ERROR_EMPTY);
  /* The finder pattern's corner is dark, its inside ring light. */
  g_assert_true (mt_qr_code_is_dark (short_link, 0, 0));
  g_assert_false (mt_qr_code_is_dark (short_link, 1, 1));
}

static void
test_levels_parse (void)
{
  MtQrLevel level;

  g_assert_true (mt_qr_level_parse ("q", &level));
  g_assert_cmpint (level, ==, MT_QR_LEVEL_Q);
  g_assert_false (mt_qr_level_parse ("X", &level));
}

static void
test_contrast (void)
{
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autoptr(GError) inverted = NULL;
  g_autoptr(GError) faint = NULL;
  const MtQrColor blue = { 0x35 / 255.0, 0x84 / 255.0, 0xE4 / 255.0 };
  const MtQrColor light_grey = { 0.85, 0.85, 0.85 };

  g_assert_true (mt_qr_style_check (&style, NULL));
  g_assert_cmpfloat_with_epsilon (mt_qr_contrast (&style.dark, &style.light), 21, 1e-9);

  /* A brand blue on white reads; white on black and grey on white do not. */
  style.dark = blue;
  g_assert_true (mt_qr_style_check (&style, NULL));
  style.dark = (MtQrColor) { 1, 1, 1 };
  style.light = (MtQrColor) { 0, 0, 0 };
  g_assert_false (mt_qr_style_check (&style, &inverted));
  g_assert_error (inverted, MT_QR_ERROR, MT_QR_ERROR_CONTRAST);
  style.dark = light_grey;
  style.light = (MtQrColor) { 1, 1, 1 };
  g_assert_false (mt_qr_style_check (&style, &faint));
  g_assert_error (faint, MT_QR_ERROR, MT_QR_ERROR_CONTRAST);
}

static guint32
png_width (GBytes *png)
{
  const guint8 *data = g_bytes_get_data (png, NULL);

  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  return (guint32) data[16] << 24 | data[17] << 16 | data[18] << 8 | data[19];
}

static void
test_png_exact_width (void)
{
  g_autoptr(MtQrCode) code = mt_qr_code_new ("https://example.org/recommendations.pdf", MT_QR_LEVEL_M, NULL);
  MtQrStyle style = MT_QR_STYLE_INIT;
  static const guint sizes[] = { 37, 100, 333, 1024, 1025 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) plain = mt_qr_render (code, &style, MT_QR_FORMAT_PNG, sizes[i], NULL);
      MtQrStyle captioned = style;
      g_autoptr(GBytes) with_caption = NULL;

      /* Whatever is left over goes to the border: exactly as wide as asked. */
      g_assert_cmpuint (png_width (plain), ==, sizes[i]);
      captioned.caption = "Просканируй меня";
      with_caption = mt_qr_render (code, &captioned, MT_QR_FORMAT_PNG, sizes[i], NULL);
      g_assert_cmpuint (png_width (with_caption), ==, sizes[i]);
    }

  /* A plain code is a tiny 1-bit PNG. */
  {
    g_autoptr(GBytes) plain = mt_qr_render (code, &style, MT_QR_FORMAT_PNG, 1024, NULL);

    g_assert_cmpuint (g_bytes_get_size (plain), <, 4096);
  }
}

static void
test_too_small (void)
{
  g_autoptr(MtQrCode) code = mt_qr_code_new ("https://example.org/", MT_QR_LEVEL_M, NULL);
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mt_qr_render (code, &style, MT_QR_FORMAT_PNG, 30, &error);

  /* 25 modules and two borders of 4: 33 pixels at least. */
  g_assert_null (bytes);
  g_assert_error (error, MT_QR_ERROR, MT_QR_ERROR_SIZE);
  g_assert_nonnull (strstr (error->message, "33"));
}

static void
test_vector_formats (void)
{
  g_autoptr(MtQrCode) code = mt_qr_code_new ("https://example.org/", MT_QR_LEVEL_M, NULL);
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  MtQrFormat format;

  style.caption = "Просканируй меня";
  svg = mt_qr_render (code, &style, MT_QR_FORMAT_SVG, 512, NULL);
  pdf = mt_qr_render (code, &style, MT_QR_FORMAT_PDF, 512, NULL);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "<svg"));
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  g_assert_true (mt_qr_format_for_path ("Код.SVG", &format));
  g_assert_cmpint (format, ==, MT_QR_FORMAT_SVG);
  g_assert_false (mt_qr_format_for_path ("code.jpg", &format));
}

static void
test_failed_write_keeps_file (void)
{
  g_autoptr(MtQrCode) code = mt_qr_code_new ("https://example.org/", MT_QR_LEVEL_M, NULL);
  MtQrStyle style = MT_QR_STYLE_INIT;
  g_autofree char *dir = g_dir_make_tmp ("metodist-qr-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "code.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  /* Unreadable colours: refused before anything is written. */
  style.light = (MtQrColor) { 0, 0, 0 };
  g_assert_false (mt_qr_write (code, &style, MT_QR_FORMAT_PNG, 256, path, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  style.light = (MtQrColor) { 1, 1, 1 };
  g_assert_true (mt_qr_write (code, &style, MT_QR_FORMAT_PNG, 256, path, NULL));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A code's file name says what it leads to, and any file system takes it. */
static void
test_file_name (void)
{
  g_autofree char *titled = mt_qr_file_name ("https://kirovipk.ru/a.pdf", "Методические рекомендации");
  g_autofree char *hosted = mt_qr_file_name ("https://kirovipk.ru/upload/a.pdf?utm_source=x", NULL);
  g_autofree char *plain = mt_qr_file_name ("Просто текст: без ссылки / и с дробью", NULL);
  g_autofree char *hostile = mt_qr_file_name ("x", "../../.bashrc");

  g_assert_cmpstr (titled, ==, "QR — Методические рекомендации.png");
  g_assert_cmpstr (hosted, ==, "QR — kirovipk.ru.png");
  g_assert_null (strchr (plain, '/'));
  g_assert_true (g_str_has_prefix (plain, "QR — Просто текст"));
  g_assert_null (strchr (hostile, '/'));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metodist/qr/capacity", test_capacity);
  g_test_add_func ("/metodist/qr/smallest-version", test_smallest_version);
  g_test_add_func ("/metodist/qr/levels-parse", test_levels_parse);
  g_test_add_func ("/metodist/qr/contrast", test_contrast);
  g_test_add_func ("/metodist/qr/png-exact-width", test_png_exact_width);
  g_test_add_func ("/metodist/qr/too-small", test_too_small);
  g_test_add_func ("/metodist/qr/vector-formats", test_vector_formats);
  g_test_add_func ("/metodist/qr/failed-write-keeps-file", test_failed_write_keeps_file);
  g_test_add_func ("/metodist/qr/file-name", test_file_name);

  return g_test_run ();
}
