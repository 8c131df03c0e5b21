/* test-autosave.c: drafts written after a quiet moment, deleted after a
 * save or a discard, failures reported once.
 *
 * Main-loop driven with a short delay and a draft folder of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "kaynak-autosave.h"
#include "kaynak-document.h"
#include "kaynak-drafts.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

#define DELAY_MS 50
#define ARTICLE "Bakan, üç binden fazla asker gönderildiğini söyledi. Muhalefet bunu yalanladı."

typedef struct
{
  char            *tmpdir;
  GFile           *folder;
  KaynakDrafts    *drafts;
  KaynakDocument  *document;
  KaynakAutosave  *autosave;
  guint            n_saved;
  guint            n_errors;
  GError          *last_error;
} Fixture;

static void
on_saved (KaynakAutosave *autosave,
          Fixture        *f)
{
  f->n_saved++;
}

static void
on_error (KaynakAutosave *autosave,
          const GError   *error,
          Fixture        *f)
{
  f->n_errors++;
  g_clear_error (&f->last_error);
  f->last_error = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmpdir = kaynak_test_make_temp_dir ("kaynak-autosave-XXXXXX");
  f->folder = g_file_new_build_filename (f->tmpdir, "drafts", NULL);
  f->drafts = kaynak_drafts_new_for_folder (f->folder);
  f->document = kaynak_document_new (ARTICLE, -1);
  f->autosave = kaynak_autosave_new (f->document, f->drafts, "test-draft");
  kaynak_autosave_set_delay (f->autosave, DELAY_MS);
  g_signal_connect (f->autosave, "saved", G_CALLBACK (on_saved), f);
  g_signal_connect (f->autosave, "error", G_CALLBACK (on_error), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->autosave);
  g_clear_object (&f->document);
  g_clear_object (&f->drafts);
  g_clear_object (&f->folder);
  g_clear_error (&f->last_error);
  kaynak_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

static gboolean
nothing_pending (gpointer data)
{
  Fixture *f = data;

  /* the draft is written on a worker after the quiet time */
  return !kaynak_autosave_get_pending (f->autosave) &&
         !kaynak_autosave_get_writing (f->autosave);
}

/* Runs the main loop until the scheduled save has run and its draft is
 * written (or 10 s passed,
 * which fails the test: no draft is that slow). */
static void
wait_for_pending (Fixture *f)
{
  kaynak_test_run_until (nothing_pending, f, 10 * 1000);
}

static gboolean
draft_exists (Fixture *f)
{
  g_autoptr(GFile) file = g_file_get_child (f->folder, "test-draft" KAYNAK_DRAFTS_SUFFIX);

  return g_file_query_exists (file, NULL);
}

static void
add_claim (Fixture *f,
           guint    start,
           guint    end)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kaynak_document_create_claim (f->document, start, end, NULL, &error));
  g_assert_no_error (error);
}

static void
test_delay_default (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new (ARTICLE, -1);
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/kaynak-drafts");
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new_for_folder (folder);
  g_autoptr(KaynakAutosave) autosave = kaynak_autosave_new (document, drafts, NULL);

  g_assert_cmpuint (kaynak_autosave_get_delay (autosave), ==, KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS);
  /* no id given: a fresh valid one */
  g_assert_true (kaynak_drafts_id_is_valid (kaynak_autosave_get_draft_id (autosave)));
  g_assert_true (kaynak_autosave_get_document (autosave) == document);
  g_assert_true (kaynak_autosave_get_drafts (autosave) == drafts);
  /* nothing changed, nothing scheduled, nothing written */
  g_assert_false (kaynak_autosave_get_pending (autosave));
}

static void
test_change_writes_draft (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (draft_exists (f));

  add_claim (f, 7, 28);
  g_assert_true (kaynak_autosave_get_pending (f->autosave));
  /* not before the quiet time */
  g_assert_false (draft_exists (f));

  wait_for_pending (f);
  g_assert_cmpuint (f->n_saved, ==, 1);
  g_assert_cmpuint (f->n_errors, ==, 0);
  g_assert_true (draft_exists (f));

  restored = kaynak_drafts_restore (f->drafts, "test-draft", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (restored), ==, 1);
  g_assert_true (kaynak_document_get_modified (restored));
}

static void
test_burst_writes_once (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GError) error = NULL;

  /* Changes in a row restart the clock: one draft, with all of them */
  add_claim (f, 0, 5);
  add_claim (f, 7, 28);
  kaynak_document_set_title (f->document, "Asker");
  add_claim (f, 53, 62);
  wait_for_pending (f);

  g_assert_cmpuint (f->n_saved, ==, 1);
  restored = kaynak_drafts_restore (f->drafts, "test-draft", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (restored), ==, 3);
  g_assert_cmpstr (kaynak_document_get_title (restored), ==, "Asker");

  /* a later change replaces the draft */
  g_clear_object (&restored);
  g_assert_true (kaynak_document_undo (f->document));
  wait_for_pending (f);
  g_assert_cmpuint (f->n_saved, ==, 2);
  restored = kaynak_drafts_restore (f->drafts, "test-draft", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (restored), ==, 2);
}

static void
test_save_discards (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  add_claim (f, 7, 28);
  wait_for_pending (f);
  g_assert_true (draft_exists (f));

  target = g_file_new_build_filename (f->tmpdir, "haber" KAYNAK_FILE_SUFFIX, NULL);
  g_assert_true (kaynak_file_save (f->document, target, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (draft_exists (f));

  /* a save while a draft is pending cancels it: nothing to draft */
  add_claim (f, 0, 5);
  g_assert_true (kaynak_autosave_get_pending (f->autosave));
  g_assert_true (kaynak_file_save (f->document, target, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_autosave_get_pending (f->autosave));
  g_assert_false (draft_exists (f));
  g_assert_cmpuint (f->n_errors, ==, 0);
}

static void
test_undo_to_saved_discards (Fixture       *f,
                             gconstpointer  data)
{
  add_claim (f, 7, 28);
  wait_for_pending (f);
  g_assert_true (draft_exists (f));

  /* back to the saved state: the draft holds nothing the file lacks */
  kaynak_document_mark_saved (f->document);
  g_assert_false (draft_exists (f));
  add_claim (f, 0, 5);
  wait_for_pending (f);
  g_assert_true (draft_exists (f));
  g_assert_true (kaynak_document_undo (f->document));
  g_assert_false (kaynak_document_get_modified (f->document));
  g_assert_false (draft_exists (f));
}

static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  add_claim (f, 7, 28);
  wait_for_pending (f);
  g_assert_true (draft_exists (f));

  kaynak_autosave_discard (f->autosave);
  g_assert_false (draft_exists (f));

  /* discarding a pending save cancels it */
  add_claim (f, 0, 5);
  g_assert_true (kaynak_autosave_get_pending (f->autosave));
  kaynak_autosave_discard (f->autosave);
  g_assert_false (kaynak_autosave_get_pending (f->autosave));
  g_assert_false (draft_exists (f));
  /* discarding when there is nothing is no error */
  kaynak_autosave_discard (f->autosave);
  g_assert_cmpuint (f->n_errors, ==, 0);
}

static void
test_flush (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* nothing unsaved: nothing written */
  g_assert_true (kaynak_autosave_flush (f->autosave, &error));
  g_assert_no_error (error);
  g_assert_false (draft_exists (f));

  add_claim (f, 7, 28);
  g_assert_true (kaynak_autosave_flush (f->autosave, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_autosave_get_pending (f->autosave));
  g_assert_true (draft_exists (f));
}

static void
test_dispose_keeps_draft (Fixture       *f,
                          gconstpointer  data)
{
  add_claim (f, 7, 28);
  wait_for_pending (f);
  g_assert_true (draft_exists (f));

  /* The program going away is not a discard */
  add_claim (f, 0, 5);
  g_clear_object (&f->autosave);
  g_assert_true (draft_exists (f));
  /* and the pending save died with it: no callback on a freed object */
  g_main_context_iteration (NULL, FALSE);
}

static void
test_failure_reported_once (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) blocker = NULL;
  g_autofree char *folder = g_file_get_path (f->folder);
  g_autoptr(GError) error = NULL;

  /* A file where the drafts folder should be: every draft fails */
  blocker = g_object_ref (f->folder);
  g_assert_true (g_file_replace_contents (blocker, "x", 1, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  add_claim (f, 7, 28);
  wait_for_pending (f);
  g_assert_cmpuint (f->n_errors, ==, 1);
  g_assert_nonnull (f->last_error);
  g_assert_cmpuint (f->n_saved, ==, 0);

  /* the next failures are not repeated */
  add_claim (f, 0, 5);
  wait_for_pending (f);
  g_assert_cmpuint (f->n_errors, ==, 1);

  /* fixed: drafts again, and a later failure is news */
  g_assert_true (g_file_delete (blocker, NULL, &error));
  g_assert_no_error (error);
  add_claim (f, 53, 62);
  wait_for_pending (f);
  g_assert_cmpuint (f->n_saved, ==, 1);
  g_assert_true (draft_exists (f));

  kaynak_test_remove_tree (folder);
  g_assert_true (g_file_replace_contents (blocker, "x", 1, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_undo (f->document));
  wait_for_pending (f);
  g_assert_cmpuint (f->n_errors, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/autosave/default-delay", test_delay_default);
#define ADD(path, func) \
  g_test_add ("/kaynak/autosave/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("change-writes-draft", test_change_writes_draft);
  ADD ("burst-writes-once", test_burst_writes_once);
  ADD ("save-discards", test_save_discards);
  ADD ("undo-to-saved-discards", test_undo_to_saved_discards);
  ADD ("discard", test_discard);
  ADD ("flush", test_flush);
  ADD ("dispose-keeps-draft", test_dispose_keeps_draft);
  ADD ("failure-reported-once", test_failure_reported_once);
#undef ADD

  return g_test_run ();
}
