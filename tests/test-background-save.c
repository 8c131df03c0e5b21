/* test-background-save.c: saves and drafts written on a worker thread:
 * the same bytes as the synchronous save, from a snapshot that later
 * edits do not reach; edits made while a save is written keep the
 * document modified; saves asked for meanwhile are queued; a failure is
 * returned as a synchronous save's would be, with no temporary file
 * left; waiting (close, quit) finds the file in place; and the check of
 * the file on disk that works without a file monitor (the Flatpak
 * sandbox), on focus and before a save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kaynak-background-write.h"
#include "kaynak-document-file.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-hooks.h"
#include "kaynak-test-scheme.h"
#include "kaynak-test-util.h"

typedef struct
{
  char               *dir;
  char               *saved;     /* haber.kaynak.json */
  KaynakDrafts       *drafts;
  KaynakDocumentFile *file;
  guint               n_changed_on_disk;
  /* the last save_async's outcome */
  gboolean            done;
  gboolean            ok;
  GError             *error;
  guint               n_done;
} Fixture;

static void
on_changed_on_disk (KaynakDocumentFile *file,
                    Fixture            *f)
{
  f->n_changed_on_disk++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.txt", NULL);
  g_autofree char *drafts_path = NULL;
  g_autoptr(GFile) drafts_folder = NULL;
  g_autoptr(GFile) article = g_file_new_for_path (sample);
  g_autoptr(GPtrArray) scheme = kaynak_test_six_sources ();
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  f->dir = kaynak_test_make_temp_dir ("kaynak-background-save-XXXXXX");
  f->saved = g_build_filename (f->dir, "haber.kaynak.json", NULL);
  drafts_path = g_build_filename (f->dir, "drafts", NULL);
  drafts_folder = g_file_new_for_path (drafts_path);
  f->drafts = kaynak_drafts_new_for_folder (drafts_folder);
  f->file = kaynak_document_file_new (f->drafts);
  kaynak_document_file_set_draft_delay (f->file, 20);
  g_signal_connect (f->file, "changed-on-disk", G_CALLBACK (on_changed_on_disk), f);

  /* The seed article with a few claims, saved once */
  kaynak_document_file_set_new_annotation (f->file, scheme, "Deniz");
  g_assert_true (kaynak_document_file_open (f->file, article, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  document = kaynak_document_file_get_document (f->file);
  for (guint i = 0; i < 20; i++)
    {
      g_assert_nonnull (kaynak_document_tag_range (document, 10 + i * 30, 25 + i * 30,
                                                   "official", &error));
      g_assert_no_error (error);
    }
  saved = g_file_new_for_path (f->saved);
  g_assert_true (kaynak_document_file_save (f->file, saved, KAYNAK_DOCUMENT_SAVE_NONE,
                                            NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  _kaynak_background_write_set_delay (0);
  _kaynak_file_set_fail_before_rename (FALSE);
  _kaynak_disk_watch_set_monitor_disabled (FALSE);
  g_clear_object (&f->file);
  g_clear_object (&f->drafts);
  g_clear_error (&f->error);
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->saved);
}

static KaynakDocument *
document_of (Fixture *f)
{
  return kaynak_document_file_get_document (f->file);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Fixture *f = user_data;

  g_clear_error (&f->error);
  f->ok = kaynak_document_file_save_finish (KAYNAK_DOCUMENT_FILE (object), result, &f->error);
  f->done = TRUE;
  f->n_done++;
}

static gboolean
save_done (gpointer data)
{
  return ((Fixture *) data)->done;
}

static gboolean
busy (gpointer data)
{
  return kaynak_document_file_get_busy (((Fixture *) data)->file);
}

static gboolean
not_busy (gpointer data)
{
  return !kaynak_document_file_get_busy (((Fixture *) data)->file);
}

static void
save_async (Fixture *f,
            GFile   *file)
{
  f->done = FALSE;
  kaynak_document_file_save_async (f->file, file, KAYNAK_DOCUMENT_SAVE_NONE, NULL, on_saved, f);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* Files in @dir whose name starts as a temporary file's does (".~") */
static guint
count_temp_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, ".~"))
      n++;
  return n;
}

/* The background save writes exactly what the synchronous one does */
static void
test_same_bytes (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *sync_path = g_build_filename (f->dir, "sync.kaynak.json", NULL);
  g_autofree char *async_path = g_build_filename (f->dir, "async.kaynak.json", NULL);
  g_autoptr(GFile) sync_file = g_file_new_for_path (sync_path);
  g_autoptr(GFile) async_file = g_file_new_for_path (async_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *sync_bytes = NULL;
  g_autofree char *async_bytes = NULL;
  KaynakDocument *document = document_of (f);
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);

  /* characters the generator escapes, and some it must not */
  g_assert_true (kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim), "ağır “not” \\ \"x\"\n", NULL));
  g_assert_true (kaynak_file_save (document, sync_file, NULL, &error));
  g_assert_no_error (error);
  kaynak_document_mark_unsaved (document);

  save_async (f, async_file);
  g_assert_true (kaynak_document_file_get_busy (f->file));
  kaynak_test_run_until (save_done, f, 20000);
  g_assert_no_error (f->error);
  g_assert_true (f->ok);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_true (g_file_equal (kaynak_document_get_file (document), async_file));

  sync_bytes = read_file (sync_path);
  async_bytes = read_file (async_path);
  g_assert_cmpstr (sync_bytes, ==, async_bytes);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* A snapshot keeps what the claims held when it was taken: a claim
 * changed afterwards copies its values first (copy-on-write) */
static void
test_snapshot_isolated (Fixture       *f,
                        gconstpointer  data)
{
  KaynakDocument *document = document_of (f);
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (document), 3);
  g_autoptr(GBytes) before = kaynak_file_serialize (document);
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (document);
  g_autoptr(GBytes) from_snapshot = NULL;
  g_autoptr(GBytes) after = NULL;
  const char *id = kaynak_claim_get_id (claim);
  const char *quote = kaynak_claim_get_quote (claim);

  g_assert_true (kaynak_document_set_claim_note (document, kaynak_claim_get_id (claim), "later", NULL));
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (claim), KAYNAK_CLAIM_STATUS_REFUTED, NULL));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "later");

  from_snapshot = kaynak_file_serialize_snapshot (snapshot);
  g_assert_true (g_bytes_equal (before, from_snapshot));
  after = kaynak_file_serialize (document);
  g_assert_false (g_bytes_equal (before, after));

  /* The strings that did not change are the same strings, still there
   * once the snapshot is gone: the document's table of claims by id
   * keys on the id's pointer */
  g_clear_pointer (&snapshot, kaynak_document_snapshot_free);
  g_assert_true (kaynak_claim_get_id (claim) == id);
  g_assert_true (kaynak_claim_get_quote (claim) == quote);
  g_assert_true (kaynak_document_lookup_claim (document, id) == claim);
}

/* What is written is the document when the save began; edits made while
 * it is written keep the document modified (and its draft) */
static void
test_edit_while_writing (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(KaynakDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = document_of (f);
  guint n = kaynak_document_get_n_claims (document);

  g_assert_nonnull (kaynak_document_tag_range (document, 700, 720, "official", &error));
  _kaynak_background_write_set_delay (300);
  save_async (f, NULL);
  g_assert_nonnull (kaynak_document_tag_range (document, 730, 750, "official", &error));
  g_assert_no_error (error);

  kaynak_test_run_until (save_done, f, 20000);
  g_assert_no_error (f->error);
  g_assert_true (kaynak_document_get_modified (document));

  on_disk = kaynak_file_load (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (on_disk), ==, n + 1);
}

/* A save asked for while one is written waits its turn: both are done,
 * and the file holds the later one, saved */
static void
test_queued (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(KaynakDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = document_of (f);
  guint n = kaynak_document_get_n_claims (document);

  _kaynak_background_write_set_delay (200);
  g_assert_nonnull (kaynak_document_tag_range (document, 700, 720, "official", &error));
  save_async (f, NULL);
  g_assert_nonnull (kaynak_document_tag_range (document, 730, 750, "official", &error));
  save_async (f, NULL);

  kaynak_test_run_until (not_busy, f, 20000);
  g_assert_cmpuint (f->n_done, ==, 2);
  g_assert_no_error (f->error);
  g_assert_false (kaynak_document_get_modified (document));

  on_disk = kaynak_file_load (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (on_disk), ==, n + 2);
}

/* A write that fails on the worker is returned as a failed save: the
 * same error, the document still modified, the old file whole, no
 * temporary file */
static void
test_failure (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autofree char *old_bytes = read_file (f->saved);
  g_autofree char *now_bytes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = document_of (f);

  g_assert_nonnull (kaynak_document_tag_range (document, 700, 720, "official", &error));
  _kaynak_file_set_fail_before_rename (TRUE);
  save_async (f, NULL);
  kaynak_test_run_until (save_done, f, 20000);
  g_assert_false (f->ok);
  g_assert_nonnull (f->error);
  g_assert_nonnull (strstr (f->error->message, "haber.kaynak.json"));
  g_assert_true (kaynak_document_get_modified (document));
  now_bytes = read_file (f->saved);
  g_assert_cmpstr (old_bytes, ==, now_bytes);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
  /* our own failed write is nobody's change on disk */
  g_assert_true (kaynak_document_file_check_disk (f->file));

  /* A folder that is not there (removed meanwhile, say): the same message
   * a synchronous save gives (a read-only folder would not do: the tests
   * may run as root) */
  _kaynak_file_set_fail_before_rename (FALSE);
  {
    g_autofree char *missing_path = g_build_filename (f->dir, "gone", "haber.kaynak.json", NULL);
    g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
    g_autofree char *sync_message = NULL;

    g_assert_false (kaynak_document_file_save (f->file, missing, KAYNAK_DOCUMENT_SAVE_NONE,
                                               NULL, &error));
    sync_message = g_strdup (error->message);
    save_async (f, missing);
    kaynak_test_run_until (save_done, f, 20000);
    g_assert_false (f->ok);
    g_assert_cmpstr (f->error->message, ==, sync_message);
    g_assert_true (kaynak_document_get_modified (document));
    g_assert_true (g_file_equal (kaynak_document_get_file (document), saved));
  }
}

/* Waiting for what is written (closing, quitting) finds the file in
 * place and no temporary file */
static void
test_wait (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(KaynakDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = document_of (f);
  guint n = kaynak_document_get_n_claims (document);

  _kaynak_background_write_set_delay (300);
  g_assert_nonnull (kaynak_document_tag_range (document, 700, 720, "official", &error));
  save_async (f, NULL);
  g_assert_true (kaynak_document_file_get_busy (f->file));
  g_assert_cmpuint (kaynak_background_write_get_n_writing (), ==, 1);

  /* As the application does before it exits: the file is in place */
  kaynak_background_write_wait_all ();
  g_assert_cmpuint (kaynak_background_write_get_n_writing (), ==, 0);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
  on_disk = kaynak_file_load (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (on_disk), ==, n + 1);

  /* As the window does when it closes: the callback has run */
  kaynak_document_file_wait (f->file);
  g_assert_true (f->done);
  g_assert_false (kaynak_document_file_get_busy (f->file));
  g_assert_false (kaynak_document_get_modified (document));
}

static gboolean
has_draft (gpointer data)
{
  g_autoptr(GPtrArray) list = kaynak_drafts_list (((Fixture *) data)->drafts);

  return list->len == 1;
}

static guint
n_drafts (Fixture *f)
{
  g_autoptr(GPtrArray) list = kaynak_drafts_list (f->drafts);

  return list->len;
}

/* A draft is written on a worker; a save while it is written removes it
 * once it has landed, never to come back */
static void
test_draft_then_save (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = document_of (f);

  g_assert_nonnull (kaynak_document_tag_range (document, 700, 720, "official", &error));
  kaynak_test_run_until (has_draft, f, 20000);
  kaynak_test_run_until (not_busy, f, 20000);

  /* The next draft is slow; the save lands while it is written */
  _kaynak_background_write_set_delay (300);
  g_assert_nonnull (kaynak_document_tag_range (document, 730, 750, "official", &error));
  kaynak_test_run_until (busy, f, 20000);
  _kaynak_background_write_set_delay (0);
  save_async (f, NULL);
  kaynak_test_run_until (not_busy, f, 20000);
  g_assert_true (f->ok);
  g_assert_false (kaynak_document_get_modified (document));
  kaynak_test_run_for (100);
  g_assert_cmpuint (n_drafts (f), ==, 0);
  g_assert_cmpuint (count_temp_files (f->dir), ==, 0);
}

/* Without a file monitor (the Flatpak sandbox), another program's change
 * is still seen: when asked (the window asks on focus) and before a save */
static void
test_changed_without_monitor (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GFile) saved = g_file_new_for_path (f->saved);
  g_autoptr(GFile) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Opened again with the monitor off */
  _kaynak_disk_watch_set_monitor_disabled (TRUE);
  g_assert_true (kaynak_document_file_open (f->file, saved, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_document_file_check_disk (f->file));

  /* Another program rewrites the file: nothing says so by itself... */
  g_assert_true (g_file_load_contents (saved, NULL, &contents, &length, NULL, &error));
  g_usleep (20000);
  g_assert_true (g_file_replace_contents (saved, contents, length, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  kaynak_test_run_for (400);
  g_assert_cmpuint (f->n_changed_on_disk, ==, 0);

  /* ...but looking, as the window does when it gains focus, does */
  g_assert_false (kaynak_document_file_check_disk (f->file));
  g_assert_cmpuint (f->n_changed_on_disk, ==, 1);

  /* and a save refuses to replace it unasked, in the background too */
  g_assert_nonnull (kaynak_document_tag_range (document_of (f), 700, 720, "official", &error));
  save_async (f, NULL);
  kaynak_test_run_until (save_done, f, 20000);
  g_assert_error (f->error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
  g_assert_true (kaynak_document_get_modified (document_of (f)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kaynak/background-save/same-bytes", test_same_bytes);
  ADD ("/kaynak/background-save/snapshot-isolated", test_snapshot_isolated);
  ADD ("/kaynak/background-save/edit-while-writing", test_edit_while_writing);
  ADD ("/kaynak/background-save/queued", test_queued);
  ADD ("/kaynak/background-save/failure-reported", test_failure);
  ADD ("/kaynak/background-save/wait", test_wait);
  ADD ("/kaynak/background-save/draft-then-save", test_draft_then_save);
  ADD ("/kaynak/background-save/changed-without-monitor", test_changed_without_monitor);

  return g_test_run ();
}
