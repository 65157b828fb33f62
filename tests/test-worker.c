/* SPDX-License-Identifier: GPL-3.0-or-later
 * test-worker.c: Metodist's worker threads: a job runs off the calling
 * thread, its result reaches the caller's main context, and behind a
 * window the worker yields the core (a higher nice value). */
#define _GNU_SOURCE  /* gettid() */

#include "config.h"

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "mt-worker.h"

typedef struct
{
  GThread *thread;
  int nice;
} Seen;

static void
work (GTask        *task,
      gpointer      source_object,
      gpointer      task_data,
      GCancellable *cancellable)
{
  Seen *seen = g_new0 (Seen, 1);

  seen->thread = g_thread_self ();
  errno = 0;
  seen->nice = getpriority (PRIO_PROCESS, (id_t) gettid ());
  g_task_return_pointer (task, seen, g_free);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Seen **seen = user_data;

  /* Back in the caller's thread. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  *seen = g_task_propagate_pointer (G_TASK (result), NULL);
}

static Seen *
run_one (void)
{
  Seen *seen = NULL;
  g_autoptr(GTask) task = g_task_new (NULL, NULL, done_cb, &seen);

  mt_worker_run (task, work);
  while (seen == NULL)
    g_main_context_iteration (NULL, TRUE);
  return seen;
}

static void
test_background (void)
{
  int main_nice = getpriority (PRIO_PROCESS, (id_t) gettid ());
  g_autofree Seen *seen = NULL;

  mt_worker_set_background (TRUE);
  seen = run_one ();
  g_assert_true (seen->thread != g_thread_self ());
  g_assert_cmpint (seen->nice, ==, MIN (main_nice + 10, 19));
  /* The main thread keeps its own. */
  g_assert_cmpint (getpriority (PRIO_PROCESS, (id_t) gettid ()), ==, main_nice);
}

/* Many jobs at once: each returns once, to its own callback. */
static void
count_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  guint *done = user_data;
  g_autofree Seen *seen = g_task_propagate_pointer (G_TASK (result), NULL);

  g_assert_nonnull (seen);
  (*done)++;
}

static void
test_many (void)
{
  guint done = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, count_cb, &done);

      mt_worker_run (task, work);
    }
  while (done < 100)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (done, ==, 100);
}

/* Jobs that each wait for the others to start: with a pool as small as
 * the cores, a document read once waited behind the history written. */
static gint started;

static void
wait_for_others (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint wanted = GPOINTER_TO_UINT (task_data);

  g_atomic_int_inc (&started);
  while ((guint) g_atomic_int_get (&started) < wanted && g_get_monotonic_time () < deadline)
    g_usleep (1000);
  g_task_return_boolean (task, (guint) g_atomic_int_get (&started) >= wanted);
}

static void
together_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  guint *together = user_data;

  if (g_task_propagate_boolean (G_TASK (result), NULL))
    (*together)++;
  else
    together[1]++;
}

static void
test_no_waiting_in_line (void)
{
  guint counts[2] = { 0, 0 };  /* together, alone */
  const guint jobs = 6;

  for (guint i = 0; i < jobs; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, together_cb, counts);

      g_task_set_task_data (task, GUINT_TO_POINTER (jobs), NULL);
      mt_worker_run (task, wait_for_others);
    }
  while (counts[0] + counts[1] < jobs)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (counts[0], ==, jobs);
}

static void
glib_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GArray *nices = user_data;
  g_autofree Seen *seen = g_task_propagate_pointer (G_TASK (result), NULL);

  g_array_append_val (nices, seen->nice);
}

static gboolean
time_passed (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* GLib's own jobs (GIO's, GTK's) never run in a lowered thread: GLib
 * lends the idle threads of a shared pool to its own after half a second,
 * so Metodist's pool is exclusive. */
static void
test_glib_threads_untouched (void)
{
  int main_nice = getpriority (PRIO_PROCESS, (id_t) gettid ());
  g_autoptr(GArray) nices = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean waited = FALSE;

  mt_worker_set_background (TRUE);
  for (guint i = 0; i < 4; i++)
    g_free (run_one ());
  /* Idle long enough for GLib to lend idle threads to others. */
  g_timeout_add (1200, time_passed, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, glib_done_cb, nices);

      g_task_run_in_thread (task, work);
    }
  while (nices->len < 8)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < nices->len; i++)
    g_assert_cmpint (g_array_index (nices, int, i), ==, main_nice);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metodist/worker/background", test_background);
  g_test_add_func ("/metodist/worker/many", test_many);
  g_test_add_func ("/metodist/worker/no-waiting-in-line", test_no_waiting_in_line);
  g_test_add_func ("/metodist/worker/glib-threads-untouched", test_glib_threads_untouched);
  return g_test_run ();
}
