/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-cli-source.h: what a command reads: a file, standard input or a web
 * address (through an MtFeed, with the copies the window keeps), and the
 * window's settings when they are installed */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads a document into an object (an MtDataset, an MtCatalog); @data is
 * what the command gave mt_cli_source_load() (its --sheet). */
typedef GObject *(*MtCliRead) (GBytes   *bytes,
                               gpointer  data,
                               GError  **error);

char    *mt_cli_configured  (const char  *key);
GStrv    mt_cli_configured_list (const char *key);
GObject *mt_cli_source_load (const char  *source,
                             MtCliRead    read,
                             gpointer     data,
                             GError     **error);

G_END_DECLS
