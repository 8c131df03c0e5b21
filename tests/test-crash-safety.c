/* test-crash-safety.c: the save path killed or failed at many points
 * always leaves the file on disk byte-identical to the old or the new
 * complete version, and loadable.
 *
 *  - killed: a forked child saves a large document while the parent sends
 *    SIGKILL after a random delay spread over the time a save takes, so
 *    kills land before, during and after the write, the fsync and the
 *    rename (over an existing file and over none);
 *  - disk full: a forked child saves under an RLIMIT_FSIZE budget smaller
 *    than the file, so write() fails at a random byte, as on a full disk;
 *  - failed before the rename: the _kaynak_file_set_fail_before_rename()
 *    hook.
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
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

/* How many runs of each kind.  Under valgrind (the "valgrind" test setup
 * sets KAYNAK_TEST_UNDER_VALGRIND) every forked child runs under it too
 * and is some 50 times slower: there a few runs of each kind check the
 * memory, and the full count runs in the normal and sanitizer builds. */
static guint n_kill_runs = 100;
static guint n_kill_new_runs = 20;
static guint n_budget_runs = 40;
static guint n_hook_runs = 10;

static char    *dir;
static char    *target;
static GBytes  *old_version;
static GBytes  *new_version;
static gint64   save_usec;   /* how long one save takes here */

/* An article of about 60 kB (the seed article repeated) with 300 claims:
 * large enough that a save takes a while and can be cut in the middle. */
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

/* In the child: save the new version and exit. */
G_GNUC_NORETURN static void
child_save (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (target);
  gsize length;
  const void *data = g_bytes_get_data (new_version, &length);

  _exit (kaynak_file_write_atomic (file, data, length, NULL, NULL) ? 0 : 1);
}

static void
kill_runs (guint    runs,
           gboolean file_exists)
{
  guint seen[3] = { 0, 0, 0 };   /* absent, old, new */
  guint leftovers = 0;

  for (guint run = 0; run < runs; run++)
    {
      int status;
      pid_t pid;
      int which;

      if (file_exists)
        write_version (old_version);
      else
        g_remove (target);

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        child_save ();

      /* Spread the kills from before the child starts writing to after it
       * has finished. */
      g_usleep (g_test_rand_int_range (0, (gint32) MIN (save_usec * 3 / 2 + 2000, G_MAXINT32)));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      which = check_on_disk (file_exists ? old_version : NULL, new_version);
      seen[which + 1]++;
      leftovers += remove_leftovers ();
    }

  g_test_message ("%u kills: %u left no file, %u the old version, %u the new; "
                  "%u temporary files left by killed saves",
                  runs, seen[0], seen[1], seen[2], leftovers);
}

static void
test_killed_over_existing (void)
{
  kill_runs (n_kill_runs, TRUE);
}

static void
test_killed_new_file (void)
{
  kill_runs (n_kill_new_runs, FALSE);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaynakDocument) old_document = NULL;
  g_autoptr(KaynakDocument) new_document = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("KAYNAK_TEST_UNDER_VALGRIND") != NULL)
    {
      n_kill_runs = 6;
      n_kill_new_runs = 2;
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

  /* How long one save takes on this machine, to spread the kills over it
   * (not an assertion) */
  {
    g_autoptr(GFile) file = g_file_new_for_path (target);
    gint64 start = g_get_monotonic_time ();

    kaynak_file_write_atomic (file, g_bytes_get_data (new_version, NULL),
                              g_bytes_get_size (new_version), NULL, &error);
    g_assert_no_error (error);
    /* fork and start-up of the child come on top */
    save_usec = g_get_monotonic_time () - start + 1000;
    g_test_message ("one save of %" G_GSIZE_FORMAT " bytes: %" G_GINT64_FORMAT " µs",
                    g_bytes_get_size (new_version), save_usec);
  }

  g_test_add_func ("/crash-safety/killed-over-existing", test_killed_over_existing);
  g_test_add_func ("/crash-safety/killed-new-file", test_killed_new_file);
  g_test_add_func ("/crash-safety/disk-full", test_disk_full);
  g_test_add_func ("/crash-safety/fail-before-rename", test_fail_before_rename);

  status = g_test_run ();

  kaynak_test_remove_tree (dir);
  g_free (dir);
  g_free (target);
  g_bytes_unref (old_version);
  g_bytes_unref (new_version);
  return status;
}
