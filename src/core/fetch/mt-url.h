/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-url.h: which addresses Metodist ever asks a server for */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GUri *mt_url_parse (const char  *text,
                    GError     **error);

G_END_DECLS
