/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-download.h: a material's file as it downloads: the ".part" file, its
 * checksum, the checks and its name, every file operation in a worker */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * MtDownloadOptions:
 * @url: the material's address (the kind of document it claims)
 * @folder: where the file goes (the user's downloads, or one they chose)
 * @title: the material's title: the file's name is made from it, never
 *   from the server's
 * @sha256: (nullable): the checksum the catalog gives, in hex
 * @size_hint: the size the catalog gives, for progress when the server
 *   announces none; 0 for unknown
 * @deadline_seconds: how long the whole download may take
 * @max_bytes: how large the file may be
 */
typedef struct
{
  const char *url;
  GFile *folder;
  const char *title;
  const char *sha256;
  guint64 size_hint;
  guint deadline_seconds;
  guint64 max_bytes;
} MtDownloadOptions;

#define MT_TYPE_DOWNLOAD (mt_download_get_type ())

G_DECLARE_FINAL_TYPE (MtDownload, mt_download, MT, DOWNLOAD, GObject)

MtDownload *mt_download_new              (const MtDownloadOptions *options);
const MtDownloadOptions *mt_download_get_options (MtDownload      *self);

void        mt_download_open_async       (MtDownload           *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    mt_download_open_finish      (MtDownload           *self,
                                          GAsyncResult         *result,
                                          GError              **error);
void        mt_download_write_async      (MtDownload           *self,
                                          GBytes               *chunk,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    mt_download_write_finish     (MtDownload           *self,
                                          GAsyncResult         *result,
                                          GError              **error);
void        mt_download_complete_async   (MtDownload           *self,
                                          const char           *host,
                                          const char           *content_type,
                                          gint64                announced,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GFile      *mt_download_complete_finish  (MtDownload           *self,
                                          GAsyncResult         *result,
                                          GError              **error);
void        mt_download_discard_async    (MtDownload           *self,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);

G_END_DECLS
