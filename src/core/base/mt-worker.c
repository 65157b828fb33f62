/* SPDX-License-Identifier: GPL-3.0-or-later
 * mt-worker.c: Metodist's worker threads, behind the window
 *
 * Reading a national document, rating it, writing the history or a
 * workbook takes a core for a tenth of a second or more. On the office
 * PCs Metodist runs on (two cores, shared with the display server) a
 * worker at the main thread's priority takes the core the window needs,
 * and the window misses frames although its own work is short: measured
 * by bench-window, blocks of 40 ms of which 2 ms on the CPU.
 *
 * GLib's g_task_run_in_thread() runs every job at the process's
 * priority and offers no other, and lowering the priority of one of its
 * shared threads would stay with that thread (an unprivileged process
 * cannot raise it again). So Metodist's jobs run in a pool of its own,
 * exclusive (GLib shares the idle threads of other pools with its own
 * jobs: GIO's, GTK's), whose threads are niced once, at their first job:
 * the window then always gets a core at once, and the jobs still finish
 * when the machine is busy with other programs (a nice level, not
 * SCHED_IDLE, which could starve them). The command line keeps the normal
 * priority: it has no window.
 *
 * Unlike g_task_run_in_thread(), the task's callback may run as soon as
 * the job returns its result: a job returns it last. */
#define G_LOG_DOMAIN "mt-worker"
#define _GNU_SOURCE  /* gettid() */

#include "config.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "mt-worker.h"

/* Between the window and the jobs: the job gets a tenth of a core the
 * window also wants, and all of an idle one. Added to the process's own. */
#define BACKGROUND_NICE 10
#define MAX_THREADS 10
/* malloc arenas: one a thread, the window's and GLib's threads with ours
 * (glibc's default is eight a core: 16 on a two-core PC, where a window
 * has about 18 threads). */
#define MALLOC_ARENAS 64

typedef struct
{
  GTask *task;
  GTaskThreadFunc work;
  /* Or something to free (mt_worker_free()). */
  gpointer data;
  GDestroyNotify free_data;
} Job;

static gboolean run_in_background;
static GPrivate thread_lowered;

/* Linux keeps a nice value per thread: only this one is lowered, by
 * BACKGROUND_NICE from where it is (a session already niced stays below). */
static void
lower_this_thread (void)
{
  int nice;

  if (!g_atomic_int_get (&run_in_background) || g_private_get (&thread_lowered) != NULL)
    return;
  g_private_set (&thread_lowered, GINT_TO_POINTER (1));
  errno = 0;
  nice = getpriority (PRIO_PROCESS, (id_t) gettid ());
  if (nice == -1 && errno != 0)
    nice = 0;
  if (setpriority (PRIO_PROCESS, (id_t) gettid (), MIN (nice + BACKGROUND_NICE, 19)) != 0)
    g_debug ("The worker thread keeps its priority: %s", g_strerror (errno));
}

static void
run_job (gpointer data,
         gpointer pool_data)
{
  Job *job = data;

  lower_this_thread ();
  if (job->task != NULL)
    {
      job->work (job->task, g_task_get_source_object (job->task), g_task_get_task_data (job->task),
                 g_task_get_cancellable (job->task));
      g_object_unref (job->task);
    }
  else
    job->free_data (job->data);
  g_free (job);
}

static GThreadPool *
pool (void)
{
  static GThreadPool *jobs;

  if (g_once_init_enter (&jobs))
    {
      /* Ten, as GLib's own pool: a document read does not wait in line
       * behind the history being written and a period being freed (with
       * as many threads as cores, it did: 400 ms instead of 100 to the
       * first rows, bench-window). They yield to the window anyway. */
      g_autoptr(GError) error = NULL;
      GThreadPool *created = g_thread_pool_new (run_job, NULL, MAX_THREADS, TRUE, &error);

      if (created == NULL)
        g_error ("Metodist's worker threads could not start: %s", error->message);

      g_once_init_leave (&jobs, created);
    }
  return jobs;
}

/**
 * mt_worker_set_background:
 * @background: whether the jobs yield to the window
 *
 * The application (with a window) says so at start-up, before its
 * first job; a thread that already ran a job keeps its priority.
 */
void
mt_worker_set_background (gboolean background)
{
  g_atomic_int_set (&run_in_background, background);
#ifdef __GLIBC__
  /* A niced job holding a lock that the window then asks for makes the
   * window wait until the job's next turn on a core: tens of
   * milliseconds (perf sched, bench-window). glibc gives a thread beyond
   * its arena limit another thread's arena, and its lock: the window's own
   * (the main arena) to some of the jobs, whose every malloc and free held
   * it. With an arena each, the window and a job share a lock only when
   * one frees what the other allocated. glibc fixes the limit once a
   * ninth arena is made: main() says this before any thread starts. A
   * limit the user set is kept. */
  if (background && g_getenv ("MALLOC_ARENA_MAX") == NULL &&
      strstr (g_getenv ("GLIBC_TUNABLES") != NULL ? g_getenv ("GLIBC_TUNABLES") : "", "arena_max") == NULL)
    mallopt (M_ARENA_MAX, MALLOC_ARENAS);
#endif
}

/**
 * mt_worker_run:
 * @task: the task, whose result @work returns
 * @work: what runs in the worker thread
 *
 * As g_task_run_in_thread(), in Metodist's worker threads: @task's
 * callback still runs in its own main context, but may run as soon as
 * @work returns a result, so @work returns it last. A task that returns
 * on cancel is not for this pool.
 */
void
mt_worker_run (GTask           *task,
               GTaskThreadFunc  work)
{
  Job *job;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (work != NULL);
  g_return_if_fail (!g_task_get_return_on_cancel (task));

  job = g_new0 (Job, 1);
  job->task = g_object_ref (task);
  job->work = work;
  g_thread_pool_push (pool (), job, NULL);
}

/**
 * mt_worker_free:
 * @data: (transfer full) (nullable): a period, a rating, a document read,
 *   no longer shown
 * @free_data: how @data is freed (g_object_unref() for an object)
 *
 * Frees @data in a worker: a national dataset holds 40,000 rows, and
 * freeing them is tens of milliseconds the window need not wait. What
 * frees it must be safe off the main thread: no widget, nothing a
 * window still uses without its own reference.
 */
void
mt_worker_free (gpointer       data,
                GDestroyNotify free_data)
{
  Job *job;

  g_return_if_fail (free_data != NULL);

  if (data == NULL)
    return;
  job = g_new0 (Job, 1);
  job->data = data;
  job->free_data = free_data;
  g_thread_pool_push (pool (), job, NULL);
}
