/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     mt_worker_run               (GTask           *task,
                                      GTaskThreadFunc  work);
void     mt_worker_free              (gpointer         data,
                                      GDestroyNotify   free_data);
void     mt_worker_set_background    (gboolean         background);

G_END_DECLS
