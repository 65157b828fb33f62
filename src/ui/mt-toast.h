/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-toast.h: a toast that shows its text as it is */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *mt_toast_new (const char *text);

G_END_DECLS
