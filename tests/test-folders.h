/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-folders.h: temporary folders in tests: what they hold, and away
 * with them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *test_list_folder   (const char *path);
guint test_count_folder  (const char *path);
void  test_remove_folder (const char *path);

G_END_DECLS
