/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-file-writer.h: a file replaced only by a complete new one, with
 * nothing left behind that a later write does not clean up */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean mt_file_write_atomic (const char  *path,
                               const void  *data,
                               gsize        length,
                               int          mode,
                               GError     **error);

typedef struct _MtFileStream MtFileStream;

MtFileStream *mt_file_stream_open   (const char    *path,
                                     int            mode,
                                     GError       **error);
gboolean      mt_file_stream_write  (MtFileStream  *stream,
                                     const void    *data,
                                     gsize          length);
gboolean      mt_file_stream_commit (MtFileStream  *stream,
                                     GError       **error);
void          mt_file_stream_abort  (MtFileStream  *stream);

G_END_DECLS
