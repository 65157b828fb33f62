/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-slice-allocator.h: the window's process on GLib's malloc slices */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void mt_slice_allocator_use_malloc (char *argv[]);

G_END_DECLS
