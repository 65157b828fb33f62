/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-qr.h: `metodist qr`, a QR code file without a window */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int mt_cli_qr (int    argc,
               char **argv);

G_END_DECLS
