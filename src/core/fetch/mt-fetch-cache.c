/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-fetch-cache.c: the last good copy of each fetched source
 *
 * Each URL has two files named by the SHA-256 of the URL: the body, and a
 * key file with the URL, the validators, when it was saved and the body's
 * SHA-256. Each is written atomically (mt_file_write_atomic); a body and a
 * key file that do not match (a crash between the two writes) are no copy,
 * so a copy is never paired with another body's ETag. */
#define G_LOG_DOMAIN "mt-fetch-cache"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "mt-fetch-cache.h"
#include "mt-file-writer.h"

#define GROUP "copy"

struct _MtFetchCache
{
  GObject parent_instance;

  char *dir;
};

G_DEFINE_FINAL_TYPE (MtFetchCache, mt_fetch_cache, G_TYPE_OBJECT)

void
mt_fetch_copy_free (MtFetchCopy *copy)
{
  if (copy == NULL)
    return;
  g_clear_pointer (&copy->body, g_bytes_unref);
  g_free (copy->etag);
  g_free (copy->last_modified);
  g_clear_pointer (&copy->saved_at, g_date_time_unref);
  g_free (copy);
}

static char *
path_for (MtFetchCache *self,
          const char   *url,
          const char   *suffix)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *name = g_strconcat (hash, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

/**
 * mt_fetch_cache_lookup:
 * @url: the URL as fetched
 *
 * Returns: (transfer full) (nullable): the copy kept for @url, or %NULL
 *   when there is none (or what there is does not hold together)
 */
MtFetchCopy *
mt_fetch_cache_lookup (MtFetchCache *self,
                       const char   *url)
{
  g_autofree char *body_path = path_for (self, url, ".body");
  g_autofree char *info_path = path_for (self, url, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(MtFetchCopy) copy = g_new0 (MtFetchCopy, 1);
  g_autofree char *kept_url = NULL;
  g_autofree char *kept_sum = NULL;
  g_autofree char *sum = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  gint64 saved;

  g_return_val_if_fail (MT_IS_FETCH_CACHE (self), NULL);

  if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;
  kept_url = g_key_file_get_string (info, GROUP, "url", NULL);
  kept_sum = g_key_file_get_string (info, GROUP, "sha256", NULL);
  saved = g_key_file_get_int64 (info, GROUP, "saved", NULL);
  if (g_strcmp0 (kept_url, url) != 0 || kept_sum == NULL || saved <= 0)
    return NULL;
  mapped = g_mapped_file_new (body_path, FALSE, NULL);
  if (mapped == NULL)
    return NULL;
  copy->body = g_mapped_file_get_bytes (mapped);
  sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, copy->body);
  if (g_strcmp0 (sum, kept_sum) != 0)
    return NULL;
  copy->etag = g_key_file_get_string (info, GROUP, "etag", NULL);
  copy->last_modified = g_key_file_get_string (info, GROUP, "last-modified", NULL);
  copy->saved_at = g_date_time_new_from_unix_local (saved);
  return copy->saved_at != NULL ? g_steal_pointer (&copy) : NULL;
}

/**
 * mt_fetch_cache_keep:
 * @body: a document that loaded without a document problem
 * @etag: (nullable): the server's ETag for it
 * @last_modified: (nullable): the server's Last-Modified for it
 *
 * Keeps @body as the copy of @url, replacing the old copy only once the
 * new one is written whole.
 */
gboolean
mt_fetch_cache_keep (MtFetchCache  *self,
                     const char    *url,
                     GBytes        *body,
                     const char    *etag,
                     const char    *last_modified,
                     GError       **error)
{
  g_autofree char *body_path = path_for (self, url, ".body");
  g_autofree char *info_path = path_for (self, url, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);
  g_autofree char *text = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (body, &size);

  g_return_val_if_fail (MT_IS_FETCH_CACHE (self), FALSE);

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", self->dir,
                   g_strerror (saved_errno));
      return FALSE;
    }
  g_key_file_set_string (info, GROUP, "url", url);
  g_key_file_set_string (info, GROUP, "sha256", sum);
  g_key_file_set_int64 (info, GROUP, "saved", g_get_real_time () / G_USEC_PER_SEC);
  if (etag != NULL)
    g_key_file_set_string (info, GROUP, "etag", etag);
  if (last_modified != NULL)
    g_key_file_set_string (info, GROUP, "last-modified", last_modified);
  text = g_key_file_to_data (info, NULL, NULL);
  return mt_file_write_atomic (body_path, data != NULL ? data : "", size, 0600, error) &&
         mt_file_write_atomic (info_path, text, strlen (text), 0600, error);
}

static void
mt_fetch_cache_finalize (GObject *object)
{
  g_free (MT_FETCH_CACHE (object)->dir);
  G_OBJECT_CLASS (mt_fetch_cache_parent_class)->finalize (object);
}

static void
mt_fetch_cache_class_init (MtFetchCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mt_fetch_cache_finalize;
}

static void
mt_fetch_cache_init (MtFetchCache *self)
{
}

/**
 * mt_fetch_cache_new:
 * @dir: (nullable): where the copies go; %NULL for the user's cache folder
 */
MtFetchCache *
mt_fetch_cache_new (const char *dir)
{
  MtFetchCache *self = g_object_new (MT_TYPE_FETCH_CACHE, NULL);

  self->dir = dir != NULL ? g_strdup (dir) : g_build_filename (g_get_user_cache_dir (), "metodist", "sources", NULL);
  return self;
}
