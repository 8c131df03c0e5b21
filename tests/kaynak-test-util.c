/* kaynak-test-util.c: temporary folders, main-loop waits and the
 * command line as a subprocess for the tests; see kaynak-test-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "kaynak-test-util.h"

char *
kaynak_test_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

static void
for_each_json_file_under (const char         *path,
                          KaynakTestFileFunc  func,
                          gpointer            data)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (strcmp (name, "node_modules") != 0)
            for_each_json_file_under (child, func, data);
        }
      else if (g_str_has_suffix (name, ".json") || strstr (path, "corpus") != NULL)
        {
          g_autofree char *contents = NULL;
          gsize length;

          if (g_file_get_contents (child, &contents, &length, NULL))
            {
              g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

              func (bytes, child, data);
            }
        }
    }
}

void
kaynak_test_for_each_json_file (KaynakTestFileFunc func,
                                gpointer           data)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_autofree char *tests = g_test_build_filename (G_TEST_DIST, ".", NULL);

  for_each_json_file_under (samples, func, data);
  for_each_json_file_under (tests, func, data);
}

void
kaynak_test_remove_tree (const char *path)
{
  GStatBuf st;

  /* lstat, not stat: a link to a folder is not descended into, so a test
   * that leaves such a link behind cannot make this delete outside its
   * own folder */
  if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          kaynak_test_remove_tree (child);
        }
    }
  g_remove (path);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
kaynak_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
wake_up (gpointer data)
{
  /* Nothing to do: being dispatched is what makes the loop in
   * kaynak_test_run_until() look at its condition again */
  return G_SOURCE_CONTINUE;
}

double
kaynak_test_timeout_scale (void)
{
  const char *env = g_getenv ("KAYNAK_TEST_TIMEOUT_SCALE");
  double scale = env != NULL ? g_ascii_strtod (env, NULL) : 1.0;

  /* a mistyped value must not make every wait fail at once */
  return scale >= 1.0 && scale <= 100.0 ? scale : 1.0;
}

void
kaynak_test_run_until (KaynakTestCondition  done,
                       gpointer             data,
                       guint                timeout_ms)
{
  gint64 scaled_ms = (gint64) (timeout_ms * kaynak_test_timeout_scale ());
  gint64 deadline = g_get_monotonic_time () + scaled_ms * G_TIME_SPAN_MILLISECOND;
  /* The condition is looked at after every event, and at least every
   * 20 ms: some come true with no event to announce them (a file that
   * appears on disk) */
  guint ticker = g_timeout_add (20, wake_up, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () >= deadline)
        g_error ("still waiting after %" G_GINT64_FORMAT " ms", scaled_ms);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticker);
}

const char *
kaynak_test_binary (void)
{
  const char *binary = g_getenv ("KAYNAK_CLI");

  if (binary == NULL)
    g_test_skip ("KAYNAK_CLI is not set");
  return binary;
}

void
kaynak_test_run_binary (KaynakTestRun      *run,
                        const char         *cwd,
                        const char * const *args)
{
  kaynak_test_run_binary_full (run, cwd, args, NULL);
}

void
kaynak_test_run_binary_full (KaynakTestRun        *run,
                             const char           *cwd,
                             const char * const   *args,
                             GSpawnChildSetupFunc  child_setup)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GString) command = g_string_new ("kaynak");
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("KAYNAK_CLI");

  memset (run, 0, sizeof *run);
  g_assert_nonnull (binary);

  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_ptr_array_add (argv, (gpointer) args[i]);
      g_string_append_printf (command, " %s", args[i]);
    }
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* the command line must never need a display, even from the real
   * kaynak, which is also the app */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, cwd);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("%s → %d\nstdout: %s\nstderr: %s",
                  command->str, run->status, run->out, run->err);
}

void
kaynak_test_run_clear (KaynakTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}
