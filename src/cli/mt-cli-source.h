/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-source.h: what a command reads: a file, standard input or a web
 * address (through the fetcher and the copies the window keeps), and the
 * window's settings when they are installed */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _MtCliSource MtCliSource;

char        *mt_cli_configured    (const char   *key);
MtCliSource *mt_cli_source_read   (const char   *source,
                                   GError      **error);
GBytes      *mt_cli_source_bytes  (MtCliSource  *source);
void         mt_cli_source_loaded (MtCliSource  *source);
void         mt_cli_source_free   (MtCliSource  *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MtCliSource, mt_cli_source_free)

G_END_DECLS
