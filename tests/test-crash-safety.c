/* test-crash-safety.c: the save path killed or failed at many points
 * always leaves the file on disk byte-identical to the old or the new
 * complete version, and loadable.
 *
 *  - killed: a forked child saves a large document with the kill hook of
 *    kaynak-test-hooks.h set, so it dies of SIGKILL at a chosen step:
 *    after the temporary file is created, after each of the (up to 64)
 *    chunks of the write, after the fsync, after the close, and after the
 *    rename before the folder is synced; over an existing file and for a
 *    new one.  Each run checks that the child died of SIGKILL, that it
 *    died where it was meant to (the temporary file it left holds exactly
 *    the bytes written up to that step), and which version is on disk:
 *    the old one (or none) before the rename, the new one after;
 *  - disk full: a forked child saves under an RLIMIT_FSIZE budget smaller
 *    than the file, so write() fails at a random byte, as on a full disk;
 *  - failed before the rename: the _kaynak_file_set_fail_before_rename()
 *    hook.
 *
 * The kills used to be sent by the parent after a random delay.  Most of
 * them landed after the save had finished, and none could be shown to
 * have interrupted anything; the hook makes every kill land at its step
 * and lets the test prove it.  The hooked save runs the same code as a
 * real one; only its write() calls are smaller.
 *
 * Everything happens in a temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kaynak-atomic-file.h"
#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-file-batch.h"
#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"
#include "kaynak-test-util.h"

/* How many runs of each kind.  Under valgrind (the "valgrind" test setup
 * sets KAYNAK_TEST_UNDER_VALGRIND) every forked child runs under it too
 * and is some 50 times slower: there a few runs of each kind check the
 * memory, and the full count runs in the normal and sanitizer builds. */
static gboolean every_kill_point = TRUE;
static guint n_budget_runs = 40;
static guint n_hook_runs = 10;

static char    *dir;
static char    *target;
static GBytes  *old_version;
static GBytes  *new_version;

/* An article of about 60 kB (the seed article repeated) with 300 claims:
 * large enough that a save is written in many chunks under the kill hook
 * (and that a disk can fill up in the middle of it). */
static gsize article_size = 60 * 1000;

static KaynakDocument *
make_large_document (guint extra_claims)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.txt", NULL);
  g_autofree char *seed = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;
  guint length;

  g_file_get_contents (sample, &seed, NULL, &error);
  g_assert_no_error (error);
  while (text->len < article_size)
    g_string_append (text, seed);

  document = kaynak_document_new (text->str, text->len);
  length = kaynak_document_get_length (document);
  for (guint i = 0; i < 300 + extra_claims; i++)
    {
      guint start = (i * 331) % (length - 40);

      kaynak_document_create_claim (document, start, start + 5 + i % 30, NULL, &error);
      g_assert_no_error (error);
    }
  return document;
}

static void
write_version (GBytes *version)
{
  gsize length;
  const char *data = g_bytes_get_data (version, &length);

  FILE *f;

  /* A plain write, no fsync: what is tested is the save, not this set-up */
  f = fopen (target, "wb");
  g_assert_nonnull (f);
  g_assert_cmpuint (fwrite (data, 1, length, f), ==, length);
  g_assert_cmpint (fclose (f), ==, 0);
}

/* The file on disk is exactly @old or @new (either may be NULL: the file
 * may then be absent), and loads.  Returns which: 0 old, 1 new, -1 absent. */
static int
check_on_disk (GBytes *old,
               GBytes *new)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  gsize length;

  if (!g_file_get_contents (target, &contents, &length, &error))
    {
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      g_assert_null (old);  /* only a new file may be absent */
      return -1;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (!(old != NULL && g_bytes_equal (bytes, old)) &&
      !(new != NULL && g_bytes_equal (bytes, new)))
    g_error ("%s is neither the old nor the new version (%" G_GSIZE_FORMAT " bytes)",
             target, length);

  file = g_file_new_for_path (target);
  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return old != NULL && g_bytes_equal (bytes, old) ? 0 : 1;
}

/* Removes what killed saves left behind (their temporary files); only the
 * target itself may be in the folder afterwards.  Returns how many. */
static guint
remove_leftovers (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (target);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_equal (name, base))
        continue;
      /* a temporary file of a save, next to the target, hidden */
      g_assert_true (g_str_has_prefix (name, "."));
      g_remove (path);
      n++;
    }
  return n;
}

/* How many names in the folder are not the target */
static guint
count_others (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (target);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    n += !g_str_equal (name, base);
  return n;
}

/* The contents of the one temporary file a killed save left (it stays);
 * NULL if it left none.  Its name is Kaynak's own:
 * ".~kaynak-NAME.XXXXXX.tmp". */
static GBytes *
read_leftover (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *prefix = g_strdup_printf (".~kaynak-%s.", base);
  GBytes *contents = NULL;
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      char *data;
      gsize length;

      if (g_str_equal (name, base))
        continue;
      g_assert_true (g_str_has_prefix (name, prefix));
      g_assert_true (g_str_has_suffix (name, ".tmp"));
      g_assert_cmpuint (strlen (name), ==, strlen (prefix) + 6 + strlen (".tmp"));
      g_assert_null (contents);  /* one save, one temporary file */
      g_file_get_contents (path, &data, &length, &error);
      g_assert_no_error (error);
      contents = g_bytes_new_take (data, length);
    }
  return contents;
}

/* Makes everything in the folder but the target two minutes old, as if
 * the kill had come that long ago */
static void
age_leftovers (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (target);
  const char *name;
  struct timeval old[2];

  gettimeofday (&old[0], NULL);
  old[0].tv_sec -= 120;
  old[1] = old[0];
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_str_equal (name, base))
        g_assert_cmpint (utimes (path, old), ==, 0);
    }
}

/* The next save into the folder removes what the killed one left: the
 * folder then holds the target and nothing else.  A leftover less than a
 * minute old is left alone (its writer may be alive, between making it
 * and locking it), and so is one whose writer still holds its lock. */
static void
check_next_save_cleans (gboolean left_one)
{
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;
  gsize length;
  const void *data = g_bytes_get_data (new_version, &length);

  if (left_one)
    {
      /* young: it stays */
      g_assert_true (kaynak_file_write_atomic (file, data, length, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count_others (), ==, 1);
    }
  age_leftovers ();
  g_assert_true (kaynak_file_write_atomic (file, data, length, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_others (), ==, 0);
  g_assert_cmpint (check_on_disk (NULL, new_version), ==, 1);
}

/* In the child: save the new version and exit. */
G_GNUC_NORETURN static void
child_save (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (target);
  gsize length;
  const void *data = g_bytes_get_data (new_version, &length);

  _exit (kaynak_file_write_atomic (file, data, length, NULL, NULL) ? 0 : 1);
}

static const char *const step_names[] = {
  "none", "created", "chunk", "synced", "closed", "renamed",
};

typedef struct {
  KaynakFileSaveStep step;
  guint chunk;  /* for KAYNAK_FILE_SAVE_STEP_CHUNK */
} KillPoint;

/* One save killed at @point; checks that it died there and what it left. */
static void
kill_at (KillPoint point,
         gboolean  file_exists)
{
  gsize new_length = g_bytes_get_size (new_version);
  g_autoptr(GBytes) leftover = NULL;
  int status;
  pid_t pid;

  if (file_exists)
    write_version (old_version);
  else
    g_remove (target);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      _kaynak_file_set_kill_at (point.step, point.chunk);
      child_save ();
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("the save to be killed at step \"%s\" (chunk %u) was not killed: status %d",
             step_names[point.step], point.chunk, status);

  /* Where it died shows in what it left: before the rename the temporary
   * file holds exactly the bytes written so far, afterwards there is
   * none. */
  leftover = read_leftover ();
  if (point.step == KAYNAK_FILE_SAVE_STEP_RENAMED)
    g_assert_null (leftover);
  else
    {
      gsize written = new_length;

      if (point.step == KAYNAK_FILE_SAVE_STEP_CREATED)
        written = 0;
      else if (point.step == KAYNAK_FILE_SAVE_STEP_CHUNK)
        {
          gsize chunk_size = (new_length + KAYNAK_FILE_SAVE_CHUNKS - 1) / KAYNAK_FILE_SAVE_CHUNKS;

          written = MIN (point.chunk * chunk_size, new_length);
        }

      g_assert_nonnull (leftover);
      g_assert_cmpuint (g_bytes_get_size (leftover), ==, written);
      g_assert_cmpmem (g_bytes_get_data (leftover, NULL), written,
                       g_bytes_get_data (new_version, NULL), written);
    }

  /* Before the rename the old version (or no file) is there, after it
   * the new one: never anything else. */
  if (point.step == KAYNAK_FILE_SAVE_STEP_RENAMED)
    g_assert_cmpint (check_on_disk (file_exists ? old_version : NULL, new_version), ==, 1);
  else
    g_assert_cmpint (check_on_disk (file_exists ? old_version : NULL, new_version),
                     ==, file_exists ? 0 : -1);

  /* and nothing of it stays after the next save */
  check_next_save_cleans (leftover != NULL);
}

static void
kill_runs (gboolean file_exists)
{
  guint n_chunks = _kaynak_file_count_save_chunks (g_bytes_get_size (new_version));
  guint runs = 0;
  guint mid_write = 0;
  guint at_step[KAYNAK_FILE_SAVE_STEP_RENAMED + 1] = { 0, };

  /* enough chunks that "mid-write" means many different points */
  g_assert_cmpuint (n_chunks, ==, KAYNAK_FILE_SAVE_CHUNKS);

  for (KaynakFileSaveStep step = KAYNAK_FILE_SAVE_STEP_CREATED;
       step <= KAYNAK_FILE_SAVE_STEP_RENAMED;
       step++)
    {
      for (guint chunk = 1; chunk <= (step == KAYNAK_FILE_SAVE_STEP_CHUNK ? n_chunks : 1); chunk++)
        {
          KillPoint point = { step, step == KAYNAK_FILE_SAVE_STEP_CHUNK ? chunk : 0 };

          /* under valgrind the first, a middle and the last chunk only */
          if (!every_kill_point && step == KAYNAK_FILE_SAVE_STEP_CHUNK &&
              chunk != 1 && chunk != n_chunks / 2 && chunk != n_chunks)
            continue;

          kill_at (point, file_exists);
          runs++;
          at_step[step]++;
          if (step == KAYNAK_FILE_SAVE_STEP_CHUNK && chunk < n_chunks)
            mid_write++;
        }
    }

  g_test_message ("%u saves killed%s: %u after the temporary file was created, "
                  "%u after a chunk of the write (%u of them before the last), "
                  "%u after the fsync, %u after the close, %u after the rename",
                  runs, file_exists ? " over an existing file" : " writing a new file",
                  at_step[KAYNAK_FILE_SAVE_STEP_CREATED], at_step[KAYNAK_FILE_SAVE_STEP_CHUNK],
                  mid_write, at_step[KAYNAK_FILE_SAVE_STEP_SYNCED],
                  at_step[KAYNAK_FILE_SAVE_STEP_CLOSED], at_step[KAYNAK_FILE_SAVE_STEP_RENAMED]);

  /* every step was hit, and most kills cut the write in the middle */
  for (KaynakFileSaveStep step = KAYNAK_FILE_SAVE_STEP_CREATED;
       step <= KAYNAK_FILE_SAVE_STEP_RENAMED;
       step++)
    g_assert_cmpuint (at_step[step], >=, 1);
  if (every_kill_point)
    {
      g_assert_cmpuint (runs, >=, 50);
      g_assert_cmpuint (mid_write, >=, 50);
    }
  else
    g_assert_cmpuint (mid_write, >=, 2);
}

static void
test_killed_over_existing (void)
{
  kill_runs (TRUE);
}

static void
test_killed_new_file (void)
{
  kill_runs (FALSE);
}

/* The disk fills up at a random byte of the temporary file. */
static void
test_disk_full (void)
{
  gsize new_length = g_bytes_get_size (new_version);

  for (guint run = 0; run < n_budget_runs; run++)
    {
      rlim_t budget = (rlim_t) g_test_rand_int_range (0, (gint32) new_length);
      int status;
      pid_t pid;

      write_version (old_version);

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          struct rlimit limit = { budget, budget };

          /* EFBIG from write() instead of death by SIGXFSZ */
          signal (SIGXFSZ, SIG_IGN);
          if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
            _exit (3);
          child_save ();
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFEXITED (status));
      /* the save reported the failure */
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);

      g_assert_cmpint (check_on_disk (old_version, NULL), ==, 0);
      /* a failed (not killed) save cleans up after itself */
      g_assert_cmpuint (remove_leftovers (), ==, 0);
    }
}

/* Failure injected between the fsync and the rename */
static void
test_fail_before_rename (void)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (target);

  write_version (old_version);
  {
    g_autoptr(GError) error = NULL;
    document = kaynak_file_load (file, NULL, NULL, &error);
    g_assert_no_error (error);
  }

  for (guint run = 0; run < n_hook_runs; run++)
    {
      g_autoptr(GError) error = NULL;

      kaynak_document_create_claim (document, run * 7, run * 7 + 3, NULL, &error);
      g_assert_no_error (error);

      _kaynak_file_set_fail_before_rename (TRUE);
      g_assert_false (kaynak_file_save (document, file, NULL, &error));
      _kaynak_file_set_fail_before_rename (FALSE);
      g_assert_nonnull (error);
      /* still unsaved: the user must not be told it is saved */
      g_assert_true (kaynak_document_get_modified (document));

      g_assert_cmpint (check_on_disk (old_version, NULL), ==, 0);
      g_assert_cmpuint (remove_leftovers (), ==, 0);
    }

  /* and then a save that is let through replaces it completely */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) expected = kaynak_file_serialize (document);

    g_assert_true (kaynak_file_save (document, file, NULL, &error));
    g_assert_no_error (error);
    g_assert_false (kaynak_document_get_modified (document));
    g_assert_cmpint (check_on_disk (NULL, expected), ==, 1);
  }
}

/* A temporary file whose writer is alive (it holds its lock) is never
 * taken for stale, however old; a link of that name shape is not Kaynak's
 * and stays; once the writer is gone, the next save removes the file. */
static void
test_sweep_spares_live (void)
{
  g_autofree char *live = g_build_filename (dir, ".~kaynak-haber.kaynak.json.AbC123.tmp", NULL);
  g_autofree char *link = g_build_filename (dir, ".~kaynak-link.AbC123.tmp", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;
  gsize length;
  const void *data = g_bytes_get_data (new_version, &length);
  int fd;

  write_version (old_version);
  fd = open (live, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  g_assert_cmpint (symlink (target, link), ==, 0);
  age_leftovers ();

  g_assert_true (kaynak_file_write_atomic (file, data, length, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  close (fd);  /* the writer is gone */
  g_assert_true (kaynak_file_write_atomic (file, data, length, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpint (check_on_disk (NULL, new_version), ==, 1);
  g_unlink (link);
  g_assert_cmpuint (count_others (), ==, 0);
}

/* --- A batch of new files (what an import writes) ------------------------- */

static const char * const batch_names[] = { "a.kaynak.json", "b.kaynak.json", "c.kaynak.json" };

/* Stages the three files with @tag in their contents and commits */
static gboolean
run_batch (const char *folder,
           const char *tag,
           GError    **error)
{
  g_autoptr(KaynakFileBatch) batch = kaynak_file_batch_new ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);

  for (guint i = 0; i < G_N_ELEMENTS (batch_names); i++)
    {
      g_autofree char *contents = g_strdup_printf ("%s %u\n", tag, i);

      if (!kaynak_file_batch_add (batch, file, batch_names[i], contents, strlen (contents), error))
        return FALSE;
    }
  return kaynak_file_batch_commit (batch, error);
}

/* Everything in @folder two minutes old */
static void
age_folder (const char *folder)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  const char *name;
  struct timeval old[2];

  gettimeofday (&old[0], NULL);
  old[0].tv_sec -= 120;
  old[1] = old[0];
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (utimes (path, old), ==, 0);
    }
}

/* Sweeps @folder as the next write into it does; returns how many of the
 * batch's targets are there, and that they hold @tag */
static guint
sweep_and_count (const char *folder,
                 const char *tag)
{
  g_autoptr(KaynakFileBatch) batch = kaynak_file_batch_new ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint n = 0;

  g_assert_true (kaynak_file_batch_check_name (batch, file, "unused", &error));
  g_assert_no_error (error);
  d = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;

      if (_kaynak_temp_name_is_ours (name))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, tag));
      n++;
    }
  return n;
}

static guint
count_ours (const char *folder)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    n += _kaynak_temp_name_is_ours (name);
  return n;
}

/* A batch killed at every step of every file (staging each, the journal,
 * each rename into place, the commit): afterwards the folder holds all
 * of the batch or none of it, a rerun succeeds, and once the leftovers
 * are a minute old the next write leaves nothing but the files. */
static void
test_batch_killed_at_every_step (void)
{
  g_autofree char *folder = g_build_filename (dir, "batch", NULL);
  guint runs = 0, all = 0, none = 0;

  for (KaynakFileSaveStep step = KAYNAK_FILE_SAVE_STEP_CREATED;
       step <= KAYNAK_FILE_SAVE_STEP_COMMITTED;
       step++)
    for (guint k = 1; k <= 6; k++)
      {
        g_autoptr(GError) error = NULL;
        guint n_before;
        int status;
        pid_t pid;

        /* a chunk is counted within one write: its first few only */
        if (step == KAYNAK_FILE_SAVE_STEP_CHUNK && k > 3)
          continue;
        g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
        pid = fork ();
        g_assert_cmpint (pid, >=, 0);
        if (pid == 0)
          {
            _kaynak_file_set_kill_at (step, k);
            _exit (run_batch (folder, "killed", NULL) ? 0 : 1);
          }
        g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
        if (WIFEXITED (status))
          {
            /* the step happens fewer than k times */
            g_assert_cmpint (WEXITSTATUS (status), ==, 0);
            kaynak_test_remove_tree (folder);
            continue;
          }
        g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
        runs++;

        /* all or nothing, at once for a batch killed while putting its
         * files in place (its journal says so), after a minute for one
         * killed while staging them */
        age_folder (folder);
        n_before = sweep_and_count (folder, "killed");
        g_assert_true (n_before == 0 || n_before == G_N_ELEMENTS (batch_names));
        if (n_before == 0)
          {
            none++;
            g_assert_true (run_batch (folder, "rerun", &error));
            g_assert_no_error (error);
          }
        else
          all++;
        age_folder (folder);
        g_assert_cmpuint (sweep_and_count (folder, n_before ? "killed" : "rerun"),
                          ==, G_N_ELEMENTS (batch_names));
        g_assert_cmpuint (count_ours (folder), ==, 0);
        kaynak_test_remove_tree (folder);
      }
  g_test_message ("%u batches killed: %u left nothing, %u left all", runs, none, all);
  g_assert_cmpuint (runs, >=, 20);
  g_assert_cmpuint (all, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaynakDocument) old_document = NULL;
  g_autoptr(KaynakDocument) new_document = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("KAYNAK_TEST_UNDER_VALGRIND") != NULL)
    {
      every_kill_point = FALSE;
      n_budget_runs = 4;
      n_hook_runs = 2;
      article_size = 20 * 1000;
    }

  dir = kaynak_test_make_temp_dir ("kaynak-crash-XXXXXX");
  target = g_build_filename (dir, "haber.kaynak.json", NULL);

  old_document = make_large_document (0);
  new_document = make_large_document (100);
  old_version = kaynak_file_serialize (old_document);
  new_version = kaynak_file_serialize (new_document);
  g_assert_false (g_bytes_equal (old_version, new_version));

  g_test_add_func ("/kaynak/atomic-file/killed-over-existing", test_killed_over_existing);
  g_test_add_func ("/kaynak/atomic-file/killed-new-file", test_killed_new_file);
  g_test_add_func ("/kaynak/atomic-file/disk-full", test_disk_full);
  g_test_add_func ("/kaynak/atomic-file/fail-before-rename", test_fail_before_rename);
  g_test_add_func ("/kaynak/atomic-file/sweep-spares-a-live-writer", test_sweep_spares_live);
  g_test_add_func ("/kaynak/atomic-file/batch-killed-at-every-step", test_batch_killed_at_every_step);

  status = g_test_run ();

  kaynak_test_remove_tree (dir);
  g_free (dir);
  g_free (target);
  g_bytes_unref (old_version);
  g_bytes_unref (new_version);
  return status;
}
