/* kaynak-test-util.c: temporary folders and main-loop waits for the
 * tests; see kaynak-test-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
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

void
kaynak_test_run_until (KaynakTestCondition  done,
                       gpointer             data,
                       guint                timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  /* The condition is looked at after every event, and at least every
   * 20 ms: some come true with no event to announce them (a file that
   * appears on disk) */
  guint ticker = g_timeout_add (20, wake_up, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () >= deadline)
        g_error ("still waiting after %u ms", timeout_ms);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticker);
}
