/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-file-launcher.h: a saved file opened with the default application or
 * shown in its folder, and the toast that offers both */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void      mt_file_launcher_open           (GtkWidget  *from,
                                           const char *uri);
void      mt_file_launcher_show_in_folder (GtkWidget  *from,
                                           const char *uri);
AdwToast *mt_file_launcher_saved_toast    (const char *message,
                                           GFile      *file);

G_END_DECLS
