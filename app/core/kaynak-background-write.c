/* kaynak-background-write.c: serialise and write on a worker thread (see
 * kaynak-background-write.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-atomic-file.h"
#include "kaynak-background-write.h"
#include "kaynak-test-hooks.h"

typedef struct
{
  GFile                   *file;
  KaynakDocumentSnapshot  *snapshot;
  KaynakSnapshotBytesFunc  bytes_func;
  gpointer                 data;
  GDestroyNotify           data_free;
} WriteJob;

static GMutex writing_lock;
static GCond  writing_done;
static guint  n_writing;
static guint  test_delay_ms;

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->snapshot, kaynak_document_snapshot_free);
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job);
}

static void
writing_ended (void)
{
  g_mutex_lock (&writing_lock);
  n_writing--;
  g_cond_broadcast (&writing_done);
  g_mutex_unlock (&writing_lock);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gconstpointer data;
  gsize length;
  gboolean ok = FALSE;

  if (test_delay_ms > 0)
    g_usleep (test_delay_ms * 1000);

  bytes = job->bytes_func (job->snapshot, job->data, &error);
  /* The snapshot is no longer needed: its memory goes now, not when the
   * main thread gets to the callback */
  g_clear_pointer (&job->snapshot, kaynak_document_snapshot_free);

  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      ok = kaynak_file_write_atomic (job->file, data, length, cancellable, &error);
    }

  /* Counted until the file is in place or the temporary file removed */
  writing_ended ();

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
kaynak_background_write (GFile                   *file,
                         KaynakDocumentSnapshot  *snapshot,
                         KaynakSnapshotBytesFunc  bytes_func,
                         gpointer                 data,
                         GDestroyNotify           data_free,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (bytes_func != NULL);

  job = g_new0 (WriteJob, 1);
  job->file = g_object_ref (file);
  job->snapshot = snapshot;
  job->bytes_func = bytes_func;
  job->data = data;
  job->data_free = data_free;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kaynak_background_write);
  g_task_set_name (task, "[kaynak] background write");
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  /* A write once started finishes: cancelling it halfway would only
   * leave the old file, which the rename already guarantees */
  g_task_set_return_on_cancel (task, FALSE);

  g_mutex_lock (&writing_lock);
  n_writing++;
  g_mutex_unlock (&writing_lock);

  g_task_run_in_thread (task, write_in_thread);
}

gboolean
kaynak_background_write_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
kaynak_background_write_wait_all (void)
{
  g_mutex_lock (&writing_lock);
  while (n_writing > 0)
    g_cond_wait (&writing_done, &writing_lock);
  g_mutex_unlock (&writing_lock);
}

guint
kaynak_background_write_get_n_writing (void)
{
  guint n;

  g_mutex_lock (&writing_lock);
  n = n_writing;
  g_mutex_unlock (&writing_lock);
  return n;
}

void
_kaynak_background_write_set_delay (guint delay_ms)
{
  test_delay_ms = delay_ms;
}
