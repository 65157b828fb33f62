/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-locale.h: the user's locale and Metodist's translations, set up once */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void mt_locale_init (void);

G_END_DECLS
