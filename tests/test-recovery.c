/* test-recovery.c: the real `kaynak` killed with SIGKILL after edits
 * leaves a draft that holds exactly those edits; the next start offers it
 * in the recovery dialog and restores it into a window, and saving it
 * there writes those claims and deletes the draft.  A draft of a file that
 * someone changed in the meantime is not saved over it without asking.
 *
 * The app is driven by its test hook KAYNAK_TEST_SCRIPT (see
 * app/ui/kaynak-test-script.h) and writes drafts 100 ms after the last
 * change (KAYNAK_DRAFT_DELAY_MS), into a state folder of this test's own
 * (XDG_STATE_HOME).  $KAYNAK_APP is the binary (set by meson).  Needs a
 * display: skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>

#include "kaynak-document.h"
#include "kaynak-drafts.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

/* "üç binden fazla asker" in the sample, and its first word */
#define CLAIM_START 423
#define CLAIM_END   444
#define WORD_START  0
#define WORD_END    5

typedef struct
{
  char         *dir;
  char         *state_home;
  char         *sample;
  GFile        *drafts_folder;
  KaynakDrafts *drafts;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kaynak_test_make_temp_dir ("kaynak-recovery-XXXXXX");
  f->state_home = g_build_filename (f->dir, "state", NULL);
  f->sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "seed-article.txt", NULL);
  f->drafts_folder = g_file_new_build_filename (f->state_home, "kaynak", "drafts", NULL);
  f->drafts = kaynak_drafts_new_for_folder (f->drafts_folder);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (f->dir);
  g_clear_object (&f->drafts);
  g_clear_object (&f->drafts_folder);
  g_free (f->sample);
  g_free (f->state_home);
  g_free (f->dir);
}

static GSubprocess *
spawn_app (Fixture     *f,
           const char  *script,
           const char  *file,
           GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_autofree char *data_home = g_build_filename (f->dir, "data", NULL);
  g_autofree char *config_home = g_build_filename (f->dir, "config", NULL);
  const char *app = g_getenv ("KAYNAK_APP");

  g_subprocess_launcher_setenv (launcher, "XDG_STATE_HOME", f->state_home, TRUE);
  /* recent files and settings stay in the test's folder too */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_setenv (launcher, "KAYNAK_DRAFT_DELAY_MS", "100", TRUE);
  /* No session bus: each run is its own instance (GApplication goes on
   * without uniqueness), never forwarded to a Kaynak someone else runs,
   * nor refused while the bus still holds the name of the killed one */
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS",
                                "unix:path=/nonexistent/kaynak-test-bus", TRUE);
  g_subprocess_launcher_setenv (launcher, "KAYNAK_TEST_SCRIPT", script, TRUE);
  /* the app's own criticals must not be fatal to it: the test judges by
   * what it leaves on disk */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  if (file != NULL)
    return g_subprocess_launcher_spawn (launcher, error, app, file, NULL);
  return g_subprocess_launcher_spawn (launcher, error, app, NULL);
}

/* The newest draft once it holds @n_claims claims, or NULL after a minute
 * or when the app ended by itself (both fail the test). */
static KaynakDraftInfo *
wait_for_draft (Fixture     *f,
                GSubprocess *process,
                guint        n_claims)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) infos = kaynak_drafts_list (f->drafts);

      if (infos->len > 0)
        {
          KaynakDraftInfo *info = g_ptr_array_index (infos, 0);

          if (info->error == NULL && info->n_claims == n_claims)
            return g_ptr_array_steal_index (infos, 0);
        }

      if (g_subprocess_get_identifier (process) == NULL)
        return NULL;
      kaynak_test_run_for (50);
    }

  return NULL;
}

static void
check_claims (KaynakDocument *document)
{
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakClaim) first = NULL;
  g_autoptr(KaynakClaim) second = NULL;
  /* a new annotation has one source, Unattributed, on key 1 */
  KaynakSource *one = kaynak_document_lookup_shortcut (document, 1);

  g_assert_nonnull (one);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);

  /* document order */
  first = g_list_model_get_item (claims, 0);
  second = g_list_model_get_item (claims, 1);
  g_assert_cmpuint (kaynak_claim_get_start (first), ==, WORD_START);
  g_assert_cmpuint (kaynak_claim_get_end (first), ==, WORD_END);
  g_assert_cmpstr (kaynak_claim_get_source_id (first), ==, kaynak_source_get_id (one));
  g_assert_cmpuint (kaynak_claim_get_start (second), ==, CLAIM_START);
  g_assert_cmpuint (kaynak_claim_get_end (second), ==, CLAIM_END);
  g_assert_cmpstr (kaynak_claim_get_quote (second), ==, "üç binden fazla asker");
  g_assert_cmpstr (kaynak_claim_get_source_id (second), ==, kaynak_source_get_id (one));
  g_assert_false (kaynak_claim_get_orphaned (second));
}

static gboolean
have_display (void)
{
  const char *display = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (display != NULL && display[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

/* FALSE (and the test skipped) when the app cannot be run here */
static gboolean
can_run_app (void)
{
  if (g_getenv ("KAYNAK_APP") == NULL)
    {
      g_test_skip ("KAYNAK_APP is not set (run through meson test)");
      return FALSE;
    }
  if (!have_display ())
    {
      g_test_skip ("no display (run under xvfb-run)");
      return FALSE;
    }
  return TRUE;
}

static void
test_kill_and_recover (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(KaynakDraftInfo) info = NULL;
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(KaynakDocument) saved = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  g_autofree char *out = g_build_filename (f->dir, "recovered" KAYNAK_FILE_SUFFIX, NULL);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autofree char *draft_id = NULL;

  if (!can_run_app ())
    return;

  /* 1. Two edits in the real app, then SIGKILL once the draft has them */
  script = g_strdup_printf ("tag %u %u 1; tag %u %u 1",
                            CLAIM_START, CLAIM_END, WORD_START, WORD_END);
  first = spawn_app (f, script, f->sample, &error);
  g_assert_no_error (error);

  info = wait_for_draft (f, first, 2);
  g_assert_nonnull (info);
  g_assert_null (info->original);   /* an imported article, never saved */
  g_subprocess_send_signal (first, SIGKILL);
  g_assert_true (g_subprocess_wait (first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_cmpint (g_subprocess_get_term_sig (first), ==, SIGKILL);

  /* 2. The draft holds exactly those claims, unsaved */
  draft_id = g_strdup (info->id);
  restored = kaynak_drafts_restore (f->drafts, draft_id, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_document_get_modified (restored));
  check_claims (restored);

  /* 3. The next start restores it into a window; saving there writes the
   * same claims and deletes the draft */
  g_free (script);
  script = g_strdup_printf ("recover; save %s; quit", out);
  second = spawn_app (f, script, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (second, NULL, &error));
  g_assert_no_error (error);

  saved = kaynak_file_load (out_file, NULL, NULL, &error);
  g_assert_no_error (error);
  check_claims (saved);

  left = kaynak_drafts_list (f->drafts);
  g_assert_cmpuint (left->len, ==, 0);
}

/* The same, for a saved file that a colleague changes while Kaynak is
 * down: the restored draft must not be saved over their version without
 * asking (the test hook's save fails, exit status 3, as the window's Save
 * would ask), and saving it elsewhere still keeps every claim. */
static void
test_original_changed_meanwhile (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GSubprocess) third = NULL;
  g_autoptr(KaynakDraftInfo) info = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) theirs = NULL;
  g_autoptr(KaynakDocument) elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "example" KAYNAK_FILE_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (f->dir, "haber" KAYNAK_FILE_SUFFIX, NULL);
  g_autofree char *other = g_build_filename (f->dir, "kopya" KAYNAK_FILE_SUFFIX, NULL);
  g_autoptr(GFile) example_file = g_file_new_for_path (example);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  guint n_claims;

  if (!can_run_app ())
    return;

  document = kaynak_file_load (example_file, NULL, NULL, &error);
  g_assert_no_error (error);
  n_claims = kaynak_document_get_n_claims (document);
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);

  /* 1. One more claim in the real app, killed once the draft has it */
  first = spawn_app (f, "tag 0 5 1", path, &error);
  g_assert_no_error (error);
  info = wait_for_draft (f, first, n_claims + 1);
  g_assert_nonnull (info);
  g_assert_nonnull (info->original);
  g_assert_true (g_file_equal (info->original, file));
  g_subprocess_send_signal (first, SIGKILL);
  g_assert_true (g_subprocess_wait (first, NULL, &error));
  g_assert_no_error (error);

  /* 2. A colleague saves the file meanwhile */
  kaynak_document_set_title (document, "Meslektaşın sürümü");
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);

  /* 3. Restored, saving over the file is refused */
  script = g_strdup_printf ("recover; save %s; quit", path);
  second = spawn_app (f, script, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait (second, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (second));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 3);

  theirs = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_title (theirs), ==, "Meslektaşın sürümü");
  g_assert_cmpuint (kaynak_document_get_n_claims (theirs), ==, n_claims);

  /* 4. The draft is still there, and saves elsewhere with its claim */
  g_free (script);
  script = g_strdup_printf ("recover; save %s; quit", other);
  third = spawn_app (f, script, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (third, NULL, &error));
  g_assert_no_error (error);
  elsewhere = kaynak_file_load (other_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (elsewhere), ==, n_claims + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/kaynak/recovery/kill-and-recover", Fixture, NULL,
              fixture_set_up, test_kill_and_recover, fixture_tear_down);
  g_test_add ("/kaynak/recovery/original-changed-meanwhile", Fixture, NULL,
              fixture_set_up, test_original_changed_meanwhile, fixture_tear_down);

  return g_test_run ();
}
