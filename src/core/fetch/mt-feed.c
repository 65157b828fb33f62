/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-feed.c: a document got, read in a worker, its copy kept, got again
 *
 * One object for what the Monitoring and Materials pages and the command
 * line all do with a source: get it (an http(s) address through the
 * fetcher, a file, standard input; or take a pasted table or the demo),
 * read it in a worker thread with the parser its owner gave, and say
 * "loaded" or "failed". A document from the web becomes the copy kept for
 * offline use only once its owner took it; a copy shown because the
 * server was out of reach gives an offline notice. A web source is got
 * again by itself every "interval", but never sooner than the server
 * asked with Retry-After. */
#define G_LOG_DOMAIN "mt-feed"

#include "config.h"

#include <gio/gunixinputstream.h>

#include "mt-feed.h"
#include "mt-offline-notice.h"
#include "mt-set-str.h"
#include "mt-source.h"
#include "mt-worker.h"

/* A document to read: where from, and what of it is got so far. */
typedef struct
{
  MtFeedOrigin origin;
  char *label;
  GFile *file;
  GBytes *bytes;
  char *demo;
  MtFetched *fetched;   /* from the web: the copy is kept from this */
} Input;

static void
input_clear (Input *input)
{
  input->origin = MT_FEED_NONE;
  g_clear_pointer (&input->label, g_free);
  g_clear_object (&input->file);
  g_clear_pointer (&input->bytes, g_bytes_unref);
  g_clear_pointer (&input->demo, g_free);
  g_clear_pointer (&input->fetched, mt_fetched_free);
}

static MtFetched *
fetched_copy (const MtFetched *fetched)
{
  MtFetched *copy = g_new0 (MtFetched, 1);

  copy->url = g_strdup (fetched->url);
  copy->body = g_bytes_ref (fetched->body);
  copy->etag = g_strdup (fetched->etag);
  copy->last_modified = g_strdup (fetched->last_modified);
  copy->from_copy = fetched->from_copy;
  copy->offline_reason = g_strdup (fetched->offline_reason);
  copy->copy_saved_at = fetched->copy_saved_at != NULL ? g_date_time_ref (fetched->copy_saved_at) : NULL;
  return copy;
}

static void
input_copy (Input       *to,
            const Input *from)
{
  input_clear (to);
  to->origin = from->origin;
  to->label = g_strdup (from->label);
  to->file = from->file != NULL ? g_object_ref (from->file) : NULL;
  to->bytes = from->bytes != NULL ? g_bytes_ref (from->bytes) : NULL;
  to->demo = g_strdup (from->demo);
  to->fetched = from->fetched != NULL ? fetched_copy (from->fetched) : NULL;
}

struct _MtFeed
{
  GObject parent_instance;

  MtFetcher *fetcher;
  MtFeedParser parser;
  gpointer owner;               /* handed to parser.prepare, not owned */
  char *source;                 /* the source refreshed: address, path, "-" */
  guint interval;               /* the user's, in seconds; 0 for none */
  guint refresh_timer;
  guint refresh_seconds;
  GCancellable *cancellable;    /* of the load under way */
  gboolean busy;
  gboolean stopped;
  char *offline_notice;

  Input loading;                /* the load under way, or last begun */
  Input last_read;              /* what mt_feed_reload() reads again */
};

G_DEFINE_FINAL_TYPE (MtFeed, mt_feed, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_INTERVAL,
  PROP_BUSY,
  PROP_OFFLINE_NOTICE,
  PROP_REFRESH_SECONDS,
  N_PROPS
};

enum {
  LOADED,
  FAILED,
  COPY_NOT_KEPT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Returns: whether @source is fetched: anything with a scheme but file:
 *   (the fetcher takes only http: and https: and names the rest) */
gboolean
mt_feed_is_web_address (const char *source)
{
  g_autofree char *scheme = source != NULL ? g_uri_parse_scheme (source) : NULL;

  return scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0;
}

/* Returns: the seconds of the "auto-refresh" setting: "hourly", "daily",
 *   else 0 for none */
guint
mt_feed_interval_for (const char *setting)
{
  if (g_strcmp0 (setting, "hourly") == 0)
    return 60 * 60;
  if (g_strcmp0 (setting, "daily") == 0)
    return 24 * 60 * 60;
  return 0;
}

static void
set_busy (MtFeed   *self,
          gboolean  busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Told each time a document is taken, changed or not: an owner may have
 * hidden its banner meanwhile (another source's data gone). */
static void
set_offline_notice (MtFeed     *self,
                    const char *notice)
{
  mt_set_str (&self->offline_notice, notice);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE_NOTICE]);
}

static gboolean
refresh_due_cb (gpointer user_data)
{
  MtFeed *self = user_data;

  self->refresh_timer = 0;
  mt_feed_refresh (self);
  return G_SOURCE_REMOVE;
}

/* The next automatic refresh: the user's interval, but never before the
 * server's Retry-After; none for a source that is not on the web. */
static void
schedule_refresh (MtFeed *self)
{
  guint seconds = 0;

  g_clear_handle_id (&self->refresh_timer, g_source_remove);
  if (self->interval > 0 && mt_feed_is_web_address (self->source))
    {
      seconds = MAX (self->interval, mt_fetcher_get_retry_after (self->fetcher, self->source));
      self->refresh_timer = g_timeout_add_seconds (seconds, refresh_due_cb, self);
    }
  if (self->refresh_seconds != seconds)
    {
      self->refresh_seconds = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESH_SECONDS]);
    }
}

/* What a worker needs of a load, copied: the feed may begin another. */
typedef struct
{
  MtFeedOrigin origin;
  GFile *file;
  GBytes *bytes;
  char *demo;
  gpointer snapshot;
  MtFeedParser parser;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->file);
  g_clear_pointer (&load->bytes, g_bytes_unref);
  g_free (load->demo);
  if (load->snapshot != NULL && load->parser.free_snapshot != NULL)
    load->parser.free_snapshot (load->snapshot);
  g_free (load);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  gpointer result;

  if (load->origin == MT_FEED_FILE)
    load->bytes = mt_source_read_file (load->file, cancellable, &error);
  else if (load->origin == MT_FEED_STDIN)
    {
      g_autoptr(GInputStream) input = g_unix_input_stream_new (0, FALSE);

      load->bytes = mt_source_read_stream (input, cancellable, &error);
    }
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result = load->parser.parse (load->bytes, load->demo, load->snapshot, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, load->parser.free_result);
}

/* The document read: its owner takes it (or not); only a document taken
 * replaces the offline notice and becomes the copy kept. */
static void
parsed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  MtFeed *self = MT_FEED (source);
  g_autoptr(GError) error = NULL;
  gpointer parsed = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *notice = NULL;
  gboolean taken = FALSE;

  /* Cancelled: a newer load (or the owner going) has the feed now. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (parsed == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  g_signal_emit (self, signals[LOADED], 0, parsed, &taken);
  /* What the owner did not take (a national document's rows) is freed
   * in a worker. */
  mt_worker_free (parsed, self->parser.free_result);
  if (!taken)
    return;
  notice = mt_offline_notice_text (self->loading.fetched);
  set_offline_notice (self, notice);
  if (self->loading.fetched != NULL && !mt_fetcher_keep (self->fetcher, self->loading.fetched, &error))
    g_signal_emit (self, signals[COPY_NOT_KEPT], 0, error);
}

/* Reads the input being loaded in a worker; @again when it is the last
 * one read, read again. */
static void
parse (MtFeed   *self,
       gboolean  again)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  if (self->stopped)
    return;
  input_copy (&self->last_read, &self->loading);
  task = g_task_new (self, self->cancellable, parsed_cb, NULL);
  load = g_new0 (Load, 1);
  load->origin = self->loading.origin;
  load->file = self->loading.file != NULL ? g_object_ref (self->loading.file) : NULL;
  load->bytes = self->loading.bytes != NULL ? g_bytes_ref (self->loading.bytes) : NULL;
  load->demo = g_strdup (self->loading.demo);
  load->parser = self->parser;
  /* The owner's choices as they are now: a change meanwhile makes a new
   * load, never a half-changed one. */
  if (self->parser.prepare != NULL)
    load->snapshot = self->parser.prepare (self->owner, again);
  g_task_set_source_tag (task, parse);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  mt_worker_run (task, parse_in_thread);
}

/* A new load: the one under way gives way, and what it read is dropped. */
static void
begin (MtFeed       *self,
       MtFeedOrigin  origin,
       const char   *label)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  input_clear (&self->loading);
  self->loading.origin = origin;
  self->loading.label = g_strdup (label);
  set_busy (self, TRUE);
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  MtFeed *self = user_data;
  g_autoptr(GError) error = NULL;
  MtFetched *fetched = mt_fetcher_get_finish (MT_FETCHER (source), result, &error);
  g_autofree char *label = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      return;
    }
  schedule_refresh (self);
  if (fetched == NULL)
    {
      set_busy (self, FALSE);
      g_signal_emit (self, signals[FAILED], 0, error);
      g_object_unref (self);
      return;
    }
  self->loading.fetched = fetched;
  self->loading.bytes = g_bytes_ref (fetched->body);
  label = mt_offline_source_label (fetched);
  mt_set_str (&self->loading.label, label);
  parse (self, FALSE);
  g_object_unref (self);
}

/**
 * mt_feed_refresh:
 *
 * Gets the source now: fetched from the web, or read from its file or
 * standard input. A source not set does nothing.
 */
void
mt_feed_refresh (MtFeed *self)
{
  g_return_if_fail (MT_IS_FEED (self));

  if (self->stopped || self->source == NULL || *self->source == '\0')
    return;
  if (!mt_feed_is_web_address (self->source))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (self->source);
      g_autofree char *name = g_file_get_basename (file);

      mt_feed_load_file (self, file, name);
      return;
    }

  /* Set again now, so that a fetch given up (another document opened
   * meanwhile) leaves the next one due; set again once it is answered,
   * for the server's Retry-After. */
  schedule_refresh (self);
  begin (self, MT_FEED_WEB, self->source);
  mt_fetcher_get_async (self->fetcher, self->source, MT_FETCH_FEED_DEADLINE_SECONDS, MT_FETCH_FEED_MAX_BYTES,
                        self->cancellable, fetched_cb, g_object_ref (self));
}

/** mt_feed_load_file: reads @file (not the source), @label naming it */
void
mt_feed_load_file (MtFeed     *self,
                   GFile      *file,
                   const char *label)
{
  g_return_if_fail (MT_IS_FEED (self));
  g_return_if_fail (G_IS_FILE (file));

  begin (self, MT_FEED_FILE, label);
  self->loading.file = g_object_ref (file);
  parse (self, FALSE);
}

/** mt_feed_load_bytes: reads a document the user gave (a pasted table) */
void
mt_feed_load_bytes (MtFeed     *self,
                    GBytes     *bytes,
                    const char *label)
{
  g_return_if_fail (MT_IS_FEED (self));
  g_return_if_fail (bytes != NULL);

  begin (self, MT_FEED_TEXT, label);
  self->loading.bytes = g_bytes_ref (bytes);
  parse (self, FALSE);
}

/** mt_feed_load_demo: @which: (nullable): the demo to read, %NULL the latest */
void
mt_feed_load_demo (MtFeed     *self,
                   const char *which,
                   const char *label)
{
  g_return_if_fail (MT_IS_FEED (self));

  begin (self, MT_FEED_DEMO, label);
  self->loading.demo = g_strdup (which);
  parse (self, FALSE);
}

/** mt_feed_load_stdin: reads standard input (the command line's "-") */
void
mt_feed_load_stdin (MtFeed *self)
{
  g_return_if_fail (MT_IS_FEED (self));

  begin (self, MT_FEED_STDIN, "-");
  parse (self, FALSE);
}

/**
 * mt_feed_reload:
 *
 * Reads the last document read again, with the owner's choices as they
 * are now (a table's columns given): the same bytes, or the file again.
 * A web document is not fetched again; taken, it becomes the copy kept.
 * Standard input, read once, is not read again.
 */
void
mt_feed_reload (MtFeed *self)
{
  g_return_if_fail (MT_IS_FEED (self));

  if (self->last_read.origin == MT_FEED_NONE || self->last_read.origin == MT_FEED_STDIN)
    return;
  begin (self, self->last_read.origin, NULL);
  input_copy (&self->loading, &self->last_read);
  parse (self, TRUE);
}

/** mt_feed_cancel: the load under way is dropped; what was taken stays */
void
mt_feed_cancel (MtFeed *self)
{
  g_return_if_fail (MT_IS_FEED (self));

  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
}

/**
 * mt_feed_stop:
 *
 * For an owner going away: the load under way is dropped, no refresh
 * comes by itself, and the owner is never called again (a worker may
 * still hold the feed a moment).
 */
void
mt_feed_stop (MtFeed *self)
{
  g_return_if_fail (MT_IS_FEED (self));

  mt_feed_cancel (self);
  self->stopped = TRUE;
  g_clear_handle_id (&self->refresh_timer, g_source_remove);
  if (self->refresh_seconds != 0)
    {
      self->refresh_seconds = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESH_SECONDS]);
    }
  self->owner = NULL;
  self->parser.prepare = NULL;
}

/** mt_feed_set_source: @source: (nullable): an http(s) address, a file, "-" */
void
mt_feed_set_source (MtFeed     *self,
                    const char *source)
{
  g_return_if_fail (MT_IS_FEED (self));

  if (!mt_set_str (&self->source, source))
    return;
  schedule_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
mt_feed_get_source (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), NULL);
  return self->source;
}

/** mt_feed_set_interval: @seconds: between automatic refreshes; 0 for none */
void
mt_feed_set_interval (MtFeed *self,
                      guint   seconds)
{
  g_return_if_fail (MT_IS_FEED (self));

  if (self->interval == seconds)
    return;
  self->interval = seconds;
  schedule_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

guint
mt_feed_get_interval (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), 0);
  return self->interval;
}

/** mt_feed_get_busy: Returns: whether a document is being got or read */
gboolean
mt_feed_get_busy (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), FALSE);
  return self->busy;
}

/** mt_feed_get_refresh_seconds: Returns: what the next automatic refresh was set for; 0 for none */
guint
mt_feed_get_refresh_seconds (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), 0);
  return self->refresh_timer != 0 ? self->refresh_seconds : 0;
}

/** mt_feed_get_offline_notice: Returns: (nullable): why the copy kept is shown, and how old it is */
const char *
mt_feed_get_offline_notice (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), NULL);
  return self->offline_notice;
}

/** mt_feed_get_origin: Returns: where the load under way or last begun reads from */
MtFeedOrigin
mt_feed_get_origin (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), MT_FEED_NONE);
  return self->loading.origin;
}

/** mt_feed_get_label: Returns: (nullable): what that load's document is called: "file.csv", a server */
const char *
mt_feed_get_label (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), NULL);
  return self->loading.label;
}

/** mt_feed_get_file: Returns: (transfer none) (nullable): that load's file */
GFile *
mt_feed_get_file (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), NULL);
  return self->loading.file;
}

/** mt_feed_get_fetched: Returns: (nullable): what that load got from the web */
const MtFetched *
mt_feed_get_fetched (MtFeed *self)
{
  g_return_val_if_fail (MT_IS_FEED (self), NULL);
  return self->loading.fetched;
}

static void
mt_feed_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MtFeed *self = MT_FEED (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_OFFLINE_NOTICE:
      g_value_set_string (value, self->offline_notice);
      break;
    case PROP_REFRESH_SECONDS:
      g_value_set_uint (value, mt_feed_get_refresh_seconds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_feed_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MtFeed *self = MT_FEED (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      mt_feed_set_source (self, g_value_get_string (value));
      break;
    case PROP_INTERVAL:
      mt_feed_set_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mt_feed_dispose (GObject *object)
{
  MtFeed *self = MT_FEED (object);

  mt_feed_stop (self);

  G_OBJECT_CLASS (mt_feed_parent_class)->dispose (object);
}

static void
mt_feed_finalize (GObject *object)
{
  MtFeed *self = MT_FEED (object);

  g_clear_object (&self->fetcher);
  g_clear_object (&self->cancellable);
  g_free (self->source);
  g_free (self->offline_notice);
  input_clear (&self->loading);
  input_clear (&self->last_read);

  G_OBJECT_CLASS (mt_feed_parent_class)->finalize (object);
}

static void
mt_feed_class_init (MtFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = mt_feed_get_property;
  object_class->set_property = mt_feed_set_property;
  object_class->dispose = mt_feed_dispose;
  object_class->finalize = mt_feed_finalize;

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFLINE_NOTICE] =
    g_param_spec_string ("offline-notice", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFRESH_SECONDS] =
    g_param_spec_uint ("refresh-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MtFeed::loaded:
   * @parsed: what the parser made of the document
   *
   * Returns: whether the owner took it (then a web document is kept)
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  g_signal_accumulator_true_handled, NULL, NULL,
                                  G_TYPE_BOOLEAN, 1, G_TYPE_POINTER);
  /**
   * MtFeed::failed:
   * @error: why: a #MT_FETCH_ERROR when the document was not got, else
   *   the reading's (#MT_LOAD_ERROR, the parser's own)
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  /** MtFeed::copy-not-kept: a document taken could not be kept for offline use */
  signals[COPY_NOT_KEPT] = g_signal_new ("copy-not-kept", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
mt_feed_init (MtFeed *self)
{
}

/**
 * mt_feed_new:
 * @fetcher: the session, and the copies kept, for web sources
 * @parser: what documents are read into
 * @owner: (nullable): handed to @parser's prepare (not referenced: the
 *   owner owns the feed)
 */
MtFeed *
mt_feed_new (MtFetcher          *fetcher,
             const MtFeedParser *parser,
             gpointer            owner)
{
  MtFeed *self;

  g_return_val_if_fail (MT_IS_FETCHER (fetcher), NULL);
  g_return_val_if_fail (parser != NULL && parser->parse != NULL && parser->free_result != NULL, NULL);

  self = g_object_new (MT_TYPE_FEED, NULL);
  self->fetcher = g_object_ref (fetcher);
  self->parser = *parser;
  self->owner = owner;
  return self;
}
