/* test-document-file.c: the document and its file as the window and the
 * command line use it: open an article or a Kaynak file, drafts while it
 * is unsaved, a save that will not replace someone else's change unasked,
 * reload, keep mine, and a draft restored under its own id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-test-scheme.h"
#include "kaynak-test-util.h"

typedef struct
{
  char               *dir;
  char               *article;   /* a copy of the seed article */
  char               *saved;     /* where it is saved: ARTICLE.kaynak.json */
  KaynakDrafts       *drafts;
  KaynakDocumentFile *file;
  guint               n_changed_on_disk;
  guint               n_draft_errors;
} Fixture;

static void
on_changed_on_disk (KaynakDocumentFile *file,
                    Fixture            *f)
{
  f->n_changed_on_disk++;
}

static void
on_draft_error (KaynakDocumentFile *file,
                const GError       *error,
                Fixture            *f)
{
  f->n_draft_errors++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.txt", NULL);
  g_autofree char *drafts_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) drafts_folder = NULL;

  f->dir = kaynak_test_make_temp_dir ("kaynak-document-file-XXXXXX");
  f->article = g_build_filename (f->dir, "haber.txt", NULL);
  f->saved = g_build_filename (f->dir, "haber.kaynak.json", NULL);
  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (f->article, text, -1, NULL));

  drafts_path = g_build_filename (f->dir, "drafts", NULL);
  drafts_folder = g_file_new_for_path (drafts_path);
  f->drafts = kaynak_drafts_new_for_folder (drafts_folder);
  f->file = kaynak_document_file_new (f->drafts);
  kaynak_document_file_set_draft_delay (f->file, 20);
  g_signal_connect (f->file, "changed-on-disk", G_CALLBACK (on_changed_on_disk), f);
  g_signal_connect (f->file, "draft-error", G_CALLBACK (on_draft_error), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->file);
  g_clear_object (&f->drafts);
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->article);
  g_free (f->saved);
}

static guint
n_drafts (Fixture *f)
{
  g_autoptr(GPtrArray) list = kaynak_drafts_list (f->drafts);

  return list->len;
}

static gboolean
has_draft (gpointer data)
{
  return n_drafts (data) == 1;
}

/* A draft seen on disk may still be the worker's write in flight: its
 * removal waits for that write's end on the main loop (kaynak-autosave.c,
 * discard_after), so a test waits for it as the window would */
static gboolean
has_no_draft (gpointer data)
{
  return n_drafts (data) == 0;
}

static void
open_article (Fixture *f)
{
  g_autoptr(GFile) article = g_file_new_for_path (f->article);
  g_autoptr(GPtrArray) scheme = kaynak_test_six_sources ();
  g_autoptr(GError) error = NULL;
  KaynakTextEncoding encoding;

  kaynak_document_file_set_new_annotation (f->file, scheme, "Deniz");
  g_assert_true (kaynak_document_file_open (f->file, article, NULL, &encoding, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (encoding, ==, KAYNAK_TEXT_ENCODING_UTF8);
}

static KaynakClaim *
tag (Fixture *f,
     guint    start,
     guint    end)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim = kaynak_document_tag_range (kaynak_document_file_get_document (f->file),
                                                  start, end, "official", &error);

  g_assert_no_error (error);
  return claim;
}

/* An article opens as a new annotation (default sources, the author, nothing
 * unsaved); a change is kept in a draft a moment later; the save writes the
 * file and drops the draft; the saved file opens as it was saved. */
static void
test_open_edit_save (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  open_article (f);
  document = kaynak_document_file_get_document (f->file);
  g_assert_nonnull (document);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 6);

  g_assert_cmpstr (kaynak_claim_get_author (tag (f, 423, 444)), ==, "Deniz");
  kaynak_test_run_until (has_draft, f, 5000);

  g_assert_true (kaynak_document_file_save (f->file, saved, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_document_get_modified (document));
  kaynak_test_run_until (has_no_draft, f, 5000);
  g_assert_cmpuint (n_drafts (f), ==, 0);
  g_assert_true (g_file_equal (kaynak_document_get_file (document), saved));

  g_assert_true (kaynak_document_file_open (f->file, saved, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_document_file_get_document (f->file)), ==, 1);
  g_assert_cmpuint (f->n_draft_errors, ==, 0);
}

/* A save over our own file that someone else changed meanwhile is refused
 * (KAYNAK_ERROR_CHANGED_ON_DISK) until the user says to overwrite; reading
 * it again drops our version and its draft. */
static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;

  open_article (f);
  tag (f, 0, 5);
  g_assert_true (kaynak_document_file_save (f->file, saved, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);

  /* someone else saves a version with two claims */
  tag (f, 10, 20);
  g_assert_true (g_file_get_contents (f->saved, &theirs, NULL, NULL));
  {
    g_autoptr(KaynakDocumentFile) other = kaynak_document_file_new (f->drafts);

    g_assert_true (kaynak_document_file_open (other, saved, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_usleep (1100 * 1000);   /* a modification time of its own */
    kaynak_document_tag_range (kaynak_document_file_get_document (other), 30, 40, "media", NULL);
    g_assert_true (kaynak_document_file_save (other, NULL, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
    g_assert_no_error (error);
    kaynak_document_file_discard_draft (other);
  }

  g_assert_false (kaynak_document_file_save (f->file, NULL, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  kaynak_test_run_until (has_draft, f, 5000);

  /* reload: their version, and ours is gone with its draft */
  g_assert_true (kaynak_document_file_reload (f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_document_file_get_document (f->file)), ==, 2);
  kaynak_test_run_until (has_no_draft, f, 5000);
  g_assert_cmpuint (n_drafts (f), ==, 0);

  /* ours again, saved over theirs when told to */
  tag (f, 50, 60);
  {
    g_autoptr(KaynakDocumentFile) other = kaynak_document_file_new (f->drafts);

    g_assert_true (kaynak_document_file_open (other, saved, NULL, NULL, NULL, &error));
    g_usleep (1100 * 1000);
    kaynak_document_tag_range (kaynak_document_file_get_document (other), 70, 80, "media", NULL);
    g_assert_true (kaynak_document_file_save (other, NULL, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
    kaynak_document_file_discard_draft (other);
  }
  g_assert_true (kaynak_document_file_save (f->file, NULL, KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES,
                                            NULL, &error));
  g_assert_no_error (error);
}

/* Keep mine: marked unsaved and its draft written at once */
static void
test_keep_mine (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  kaynak_document_file_set_draft_delay (f->file, 600000);
  open_article (f);
  tag (f, 0, 5);
  g_assert_true (kaynak_document_file_save (f->file, saved, KAYNAK_DOCUMENT_SAVE_NONE, NULL, &error));
  document = kaynak_document_file_get_document (f->file);
  g_assert_false (kaynak_document_get_modified (document));

  g_assert_true (kaynak_document_file_keep_mine (f->file, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_cmpuint (n_drafts (f), ==, 1);
}

/* A draft left behind opens unsaved, keeps its id until the work is saved,
 * and knows its article */
static void
test_restore_draft (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocumentFile) again = NULL;
  g_autofree char *id = NULL;
  KaynakDocument *document;

  open_article (f);
  tag (f, 423, 444);
  kaynak_test_run_until (has_draft, f, 5000);
  list = kaynak_drafts_list (f->drafts);
  id = g_strdup (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->id);
  g_clear_object (&f->file);    /* as a crash would leave it */

  again = kaynak_document_file_new (f->drafts);
  kaynak_document_file_set_draft_delay (again, 20);
  g_assert_true (kaynak_document_file_restore_draft (again, id, &error));
  g_assert_no_error (error);
  document = kaynak_document_file_get_document (again);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  g_assert_nonnull (kaynak_document_get_article_file (document));

  /* a second change keeps the same draft, not a second one */
  kaynak_document_tag_range (document, 0, 5, "media", NULL);
  kaynak_test_run_for (200);
  g_assert_cmpuint (n_drafts (f), ==, 1);
}

/* What cannot be opened leaves what was held */
static void
test_open_failure_keeps_document (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *broken_path = g_build_filename (f->dir, "broken.kaynak.json", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "notes.json", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) json = g_file_new_for_path (json_path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *held;

  open_article (f);
  held = kaynak_document_file_get_document (f->file);
  g_assert_true (g_file_set_contents (broken_path, "{", -1, NULL));
  g_assert_false (kaynak_document_file_open (f->file, broken, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (kaynak_document_file_get_document (f->file) == held);

  /* JSON that is not Kaynak's is refused, not opened as an article */
  g_assert_true (g_file_set_contents (json_path, "{\"notes\": []}", -1, NULL));
  g_assert_false (kaynak_document_file_open (f->file, json, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (kaynak_document_file_get_document (f->file) == held);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kaynak/document-file/open-edit-save", test_open_edit_save);
  ADD ("/kaynak/document-file/changed-on-disk", test_changed_on_disk);
  ADD ("/kaynak/document-file/keep-mine", test_keep_mine);
  ADD ("/kaynak/document-file/restore-draft", test_restore_draft);
  ADD ("/kaynak/document-file/open-failure-keeps-document", test_open_failure_keeps_document);

  return g_test_run ();
}
