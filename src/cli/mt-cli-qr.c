/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-qr.c: `metodist qr`, a QR code file without a window */
#define G_LOG_DOMAIN "mt-cli-qr"

#include "config.h"

#include <glib/gi18n.h>

#include "mt-cli.h"
#include "mt-cli-qr.h"
#include "mt-qr-render.h"

/**
 * mt_cli_qr:
 * @argc: the count of @argv
 * @argv: "qr" and its arguments
 *
 * `metodist qr TEXT --output FILE.png|FILE.svg|FILE.pdf [--size PIXELS]
 * [--level L|M|Q|H] [--margin MODULES] [--caption TEXT]` (FORMATS.md §5).
 *
 * Returns: the exit status
 */
int
mt_cli_qr (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  g_autofree char *output = NULL;
  g_autofree char *level_text = NULL;
  g_autofree char *caption = NULL;
  g_autoptr(MtQrCode) code = NULL;
  MtQrStyle style = MT_QR_STYLE_INIT;
  MtQrLevel level = MT_QR_LEVEL_M;
  MtQrFormat format;
  int size = MT_QR_DEFAULT_SIZE;
  int margin = 4;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the code to FILE.png, FILE.svg or FILE.pdf"), N_("FILE") },
    { "size", 0, 0, G_OPTION_ARG_INT, &size,
      N_("Width in pixels (PNG) or points (SVG, PDF); default 1024"), N_("PIXELS") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level_text,
      N_("Error correction: L, M (default), Q or H"), N_("LEVEL") },
    { "margin", 0, 0, G_OPTION_ARG_INT, &margin,
      N_("The light border around the code, in modules; default 4"), N_("MODULES") },
    { "caption", 0, 0, G_OPTION_ARG_STRING, &caption,
      N_("Text under the code, such as “Просканируй меня”"), N_("TEXT") },
    { NULL }
  };

  context = g_option_context_new (_("TEXT — make a QR code"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Writes a QR code that a phone camera reads back as exactly TEXT (any text, "
      "such as a link to the methodological recommendations)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    return mt_cli_usage_error ("metodist qr", error->message);

  if (g_strv_length (args) != 2)
    return mt_cli_usage_error ("metodist qr", _("Give exactly one TEXT (in quotes when it has spaces)."));
  if (output == NULL)
    return mt_cli_usage_error ("metodist qr", _("Give the file to write with --output."));
  if (!mt_qr_format_for_path (output, &format))
    return mt_cli_usage_error ("metodist qr", _("The output file must end in .png, .svg or .pdf."));
  if (level_text != NULL && !mt_qr_level_parse (level_text, &level))
    return mt_cli_usage_error ("metodist qr", _("The level must be L, M, Q or H."));
  if (size < 21 || size > 20000)
    return mt_cli_usage_error ("metodist qr", _("The size must be from 21 to 20000."));
  if (margin < 0 || margin > 40)
    return mt_cli_usage_error ("metodist qr", _("The margin must be from 0 to 40 modules."));
  if (!g_utf8_validate (args[1], -1, NULL) || (caption != NULL && !g_utf8_validate (caption, -1, NULL)))
    return mt_cli_usage_error ("metodist qr", _("The text must be UTF-8."));

  style.margin = margin;
  style.caption = caption;

  /* A text that does not fit, or a file that cannot be written: exit 1,
   * and no file. */
  code = mt_qr_code_new (args[1], level, &error);
  if (code == NULL || !mt_qr_write (code, &style, format, size, output, &error))
    {
      g_printerr ("metodist: %s\n", error->message);
      return MT_CLI_EXIT_FAILED;
    }
  return MT_CLI_EXIT_OK;
}
