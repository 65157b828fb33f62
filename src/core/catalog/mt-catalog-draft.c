/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-catalog-draft.c: the catalog editor's unsaved work, kept on disk
 *
 * A second after the last change the editor's catalog is written, whole,
 * to a draft in the user's data folder (a metodist-catalog document, so
 * that it loads with the same guards as any other), in a worker thread,
 * one write at a time. After a crash the next editor restores it. A draft
 * that does not load is renamed aside, never deleted. Drafts of the demo
 * catalog carry a marker file beside them, so that they stay labelled. */
#define G_LOG_DOMAIN "mt-catalog-draft"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mt-catalog-draft.h"
#include "mt-file-writer.h"
#include "mt-catalog-reader.h"
#include "mt-catalog-writer.h"
#include "mt-limits.h"
#include "mt-set-aside.h"
#include "mt-worker.h"

G_DEFINE_QUARK (mt-catalog-draft-error-quark, mt_catalog_draft_error)

struct _MtCatalogDraft
{
  GObject parent_instance;

  char *path;
  char *demo_marker;     /* beside it when the draft is of the demo */
  MtCatalog *pending;    /* changed since the last write began */
  guint timer;           /* until the pending catalog is written */
  gboolean writing;
  gboolean removed;      /* since the write under way began */
};

G_DEFINE_FINAL_TYPE (MtCatalogDraft, mt_catalog_draft, G_TYPE_OBJECT)

enum {
  WRITTEN,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_files (MtCatalogDraft *self)
{
  /* Gone already is as good as removed. */
  g_unlink (self->path);
  g_unlink (self->demo_marker);
}

typedef struct
{
  char *json;
  gboolean is_demo;
} Write;

static void
write_free (Write *write)
{
  g_free (write->json);
  g_free (write);
}

static Write *
write_new (MtCatalog *catalog)
{
  Write *write = g_new0 (Write, 1);

  write->json = mt_catalog_to_json (catalog);
  write->is_demo = mt_catalog_get_is_demo (catalog);
  return write;
}

/* The whole draft, then its demo marker: in a worker, or on the way out. */
static gboolean
write_files (MtCatalogDraft  *self,
             const Write     *write,
             GError         **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
      return FALSE;
    }
  if (!mt_file_write_atomic (self->path, write->json, strlen (write->json), 0600, error))
    return FALSE;
  if (write->is_demo)
    g_file_set_contents (self->demo_marker, "", 0, NULL);
  else
    g_unlink (self->demo_marker);
  return TRUE;
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_files (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void start_timer (MtCatalogDraft *self);

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  MtCatalogDraft *self = MT_CATALOG_DRAFT (source);
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  if (self->removed)
    {
      /* What was written is what the user threw away. */
      self->removed = FALSE;
      remove_files (self);
    }
  else if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autoptr(GError) reported = g_error_new (error->domain, error->code,
                                                _("Could not keep a draft of the catalog: %s"), error->message);

      g_signal_emit (self, signals[FAILED], 0, reported);
    }
  else
    g_signal_emit (self, signals[WRITTEN], 0);
  if (self->pending != NULL)
    start_timer (self);
}

static gboolean
due_cb (gpointer user_data)
{
  MtCatalogDraft *self = user_data;
  g_autoptr(MtCatalog) catalog = g_steal_pointer (&self->pending);
  g_autoptr(GTask) task = g_task_new (self, NULL, written_cb, NULL);
  /* Made here, in the thread that owns the catalog; only the bytes go. */
  Write *write = write_new (catalog);

  self->timer = 0;
  self->writing = TRUE;
  self->removed = FALSE;
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  mt_worker_run (task, write_in_thread);
  return G_SOURCE_REMOVE;
}

static void
start_timer (MtCatalogDraft *self)
{
  if (self->timer == 0 && !self->writing)
    self->timer = g_timeout_add (MT_CATALOG_DRAFT_DELAY_MS, due_cb, self);
}

static void
mt_catalog_draft_dispose (GObject *object)
{
  MtCatalogDraft *self = MT_CATALOG_DRAFT (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  /* Changes not yet written go now, before the editor is gone: a write
   * under way holds the draft, so none can be running here. */
  if (self->pending != NULL)
    {
      Write *write = write_new (self->pending);
      g_autoptr(GError) error = NULL;

      if (!write_files (self, write, &error))
        g_warning ("The last changes to the catalog could not be kept as a draft: %s", error->message);
      write_free (write);
      g_clear_object (&self->pending);
    }
  G_OBJECT_CLASS (mt_catalog_draft_parent_class)->dispose (object);
}

static void
mt_catalog_draft_finalize (GObject *object)
{
  MtCatalogDraft *self = MT_CATALOG_DRAFT (object);

  g_free (self->path);
  g_free (self->demo_marker);
  G_OBJECT_CLASS (mt_catalog_draft_parent_class)->finalize (object);
}

static void
mt_catalog_draft_class_init (MtCatalogDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mt_catalog_draft_dispose;
  object_class->finalize = mt_catalog_draft_finalize;

  /**
   * MtCatalogDraft::written:
   *
   * The latest changes are on disk.
   */
  signals[WRITTEN] = g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  /**
   * MtCatalogDraft::failed:
   * @error: why the draft could not be written, for the user
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
mt_catalog_draft_init (MtCatalogDraft *self)
{
}

/**
 * mt_catalog_draft_new:
 * @path: where the draft is kept
 */
MtCatalogDraft *
mt_catalog_draft_new (const char *path)
{
  MtCatalogDraft *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (MT_TYPE_CATALOG_DRAFT, NULL);
  self->path = g_strdup (path);
  self->demo_marker = g_strconcat (path, ".demo", NULL);
  return self;
}

/* The draft of the user's data folder: "~/.local/share/metodist/catalog-draft.json". */
MtCatalogDraft *
mt_catalog_draft_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "metodist", "catalog-draft.json", NULL);

  return mt_catalog_draft_new (path);
}

const char *
mt_catalog_draft_get_path (MtCatalogDraft *self)
{
  g_return_val_if_fail (MT_IS_CATALOG_DRAFT (self), NULL);
  return self->path;
}

/**
 * mt_catalog_draft_restore:
 * @written: (out) (optional) (nullable): when the draft was last written
 *
 * Reads the draft left by an editor that did not close (a crash, a power
 * cut). A draft that does not load is renamed aside and reported.
 *
 * Returns: (transfer full) (nullable): the unsaved catalog; %NULL without
 *   @error when there is no draft
 */
MtCatalog *
mt_catalog_draft_restore (MtCatalogDraft  *self,
                          GDateTime      **written,
                          GError         **error)
{
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MtCatalog) catalog = NULL;
  g_autofree char *aside = NULL;
  GStatBuf info;

  g_return_val_if_fail (MT_IS_CATALOG_DRAFT (self), NULL);

  if (written != NULL)
    *written = NULL;
  if (g_stat (self->path, &info) != 0 && errno == ENOENT)
    return NULL;
  if (info.st_size > MT_MAX_DOCUMENT_SIZE)
    load_error = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, _("it is too large"));
  else if ((mapped = g_mapped_file_new (self->path, FALSE, &load_error)) != NULL)
    {
      bytes = g_mapped_file_get_bytes (mapped);
      catalog = mt_catalog_load (bytes, &load_error);
    }
  if (catalog != NULL)
    {
      mt_catalog_set_is_demo (catalog, g_file_test (self->demo_marker, G_FILE_TEST_EXISTS));
      if (written != NULL)
        *written = g_date_time_new_from_unix_local (info.st_mtime);
      return g_steal_pointer (&catalog);
    }

  aside = mt_set_aside (self->path, &move_error);
  if (aside == NULL)
    {
      g_set_error (error, MT_CATALOG_DRAFT_ERROR, MT_CATALOG_DRAFT_ERROR_UNREADABLE,
                   _("The unsaved draft of the catalog “%s” does not load (%s), and could not be set aside: %s"),
                   self->path, load_error->message, move_error->message);
      return NULL;
    }
  g_unlink (self->demo_marker);
  g_set_error (error, MT_CATALOG_DRAFT_ERROR, MT_CATALOG_DRAFT_ERROR_SET_ASIDE,
               _("The unsaved draft of the catalog does not load (%s); it was set aside as “%s”."),
               load_error->message, aside);
  return NULL;
}

/**
 * mt_catalog_draft_save_later:
 * @catalog: the editor's catalog, changed
 *
 * Writes @catalog as it will be %MT_CATALOG_DRAFT_DELAY_MS from now (or
 * after the write under way), so that typing writes once, not per key.
 * Emits #MtCatalogDraft::written or #MtCatalogDraft::failed.
 */
void
mt_catalog_draft_save_later (MtCatalogDraft *self,
                             MtCatalog      *catalog)
{
  g_return_if_fail (MT_IS_CATALOG_DRAFT (self));
  g_return_if_fail (MT_IS_CATALOG (catalog));

  g_set_object (&self->pending, catalog);
  start_timer (self);
}

/* Returns: whether changes are waiting to be written, or being written */
gboolean
mt_catalog_draft_get_busy (MtCatalogDraft *self)
{
  g_return_val_if_fail (MT_IS_CATALOG_DRAFT (self), FALSE);
  return self->pending != NULL || self->writing;
}

/**
 * mt_catalog_draft_remove:
 *
 * Forgets the draft: the catalog was saved, or its changes thrown away on
 * purpose. A write under way is removed as soon as it ends.
 */
void
mt_catalog_draft_remove (MtCatalogDraft *self)
{
  g_return_if_fail (MT_IS_CATALOG_DRAFT (self));

  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_object (&self->pending);
  if (self->writing)
    self->removed = TRUE;
  else
    remove_files (self);
}
