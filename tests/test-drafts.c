/* test-drafts.c: the drafts store: save, list, restore, discard, damaged
 * drafts, and recovery after the writing process is killed with SIGKILL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "kaynak-disk-watch.h"
#include "kaynak-document-private.h"
#include "kaynak-drafts.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

typedef struct
{
  char         *dir;
  GFile        *folder;
  KaynakDrafts *drafts;
  char         *article;   /* path of a copy of the seed article */
  char         *text;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.txt", NULL);
  g_autofree char *drafts_path = NULL;

  fixture->dir = kaynak_test_make_temp_dir ("kaynak-drafts-XXXXXX");
  /* A folder that does not exist yet: the first save makes it */
  drafts_path = g_build_filename (fixture->dir, "state", "kaynak", "drafts", NULL);
  fixture->folder = g_file_new_for_path (drafts_path);
  fixture->drafts = kaynak_drafts_new_for_folder (fixture->folder);

  g_file_get_contents (sample, &fixture->text, NULL, &error);
  g_assert_no_error (error);
  fixture->article = g_build_filename (fixture->dir, "seed-article.txt", NULL);
  g_file_set_contents (fixture->article, fixture->text, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->folder);
  g_clear_object (&fixture->drafts);
  g_free (fixture->article);
  g_free (fixture->text);
}

/* The seed article with @n claims, a source and a link */
static KaynakDocument *
make_document (Fixture *fixture,
               guint    n)
{
  g_autoptr(KaynakSource) source = kaynak_source_new ("ajans", "Ajans", "#1c71d8", 1,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_document_new (fixture->text, -1);
  KaynakClaim *previous = NULL;

  kaynak_document_set_title (document, "Kuzey Kore askerleri");
  kaynak_document_add_source (document, source, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      KaynakClaim *claim = kaynak_document_create_claim (document, 423 + i, 444 + i,
                                                         i % 2 ? "ajans" : NULL, &error);
      g_assert_no_error (error);
      if (previous != NULL)
        {
          kaynak_document_add_link (document, KAYNAK_LINK_TYPE_REPEATS,
                                    kaynak_claim_get_id (previous),
                                    kaynak_claim_get_id (claim), &error);
          g_assert_no_error (error);
        }
      previous = claim;
    }
  return document;
}

static void
assert_same_document (KaynakDocument *a,
                      KaynakDocument *b)
{
  g_autoptr(GBytes) x = kaynak_file_serialize (a);
  g_autoptr(GBytes) y = kaynak_file_serialize (b);

  g_assert_true (g_bytes_equal (x, y));
}

static guint
count_files (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* --- Save, list, restore, discard --------------------------------------- */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KaynakDocument) document = make_document (fixture, 5);
  g_autofree char *id = kaynak_drafts_new_id ();
  g_autofree char *original_path = g_build_filename (fixture->dir, "haber.kaynak.json", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDraftInfo *info;

  g_assert_true (kaynak_drafts_id_is_valid (id));
  kaynak_document_set_file (document, original);

  /* no folder yet: no drafts, no error */
  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (kaynak_drafts_save (fixture->drafts, id, document, &error));
  g_assert_no_error (error);
  /* saving a draft is not saving the document */
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (g_file_equal (kaynak_document_get_file (document), original));

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  info = g_ptr_array_index (list, 0);
  g_assert_no_error (info->error);
  g_assert_cmpstr (info->id, ==, id);
  g_assert_nonnull (info->original);
  g_assert_true (g_file_equal (info->original, original));
  g_assert_cmpuint (info->n_claims, ==, 5);
  g_assert_cmpstr (info->title, ==, "Kuzey Kore askerleri");
  g_assert_nonnull (info->saved);
  g_assert_true (g_file_query_exists (info->file, NULL));

  restored = kaynak_drafts_restore (fixture->drafts, id, &error);
  g_assert_no_error (error);
  assert_same_document (document, restored);
  g_assert_true (kaynak_document_get_modified (restored));
  g_assert_true (g_file_equal (kaynak_document_get_file (restored), original));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (restored)), ==, 4);

  /* a draft is a Kaynak file: the loader reads it, keeping "draft" as a
   * member it does not know (restoring drops it: above) */
  {
    g_autoptr(KaynakDocument) loaded = kaynak_file_load (info->file, NULL, NULL, &error);
    KaynakUnknown *top;

    g_assert_no_error (error);
    top = _kaynak_document_get_unknown (loaded, KAYNAK_UNKNOWN_TOP);
    g_assert_cmpuint (kaynak_unknown_get_n_members (top), ==, 1);
    g_assert_cmpstr (kaynak_unknown_get_name (top, 0), ==, "draft");
    _kaynak_document_set_unknown (loaded, KAYNAK_UNKNOWN_TOP, NULL);
    assert_same_document (document, loaded);
  }

  g_assert_true (kaynak_drafts_discard (fixture->drafts, id, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (info->file, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 0);

  /* discarding twice is fine; restoring what is gone is not */
  g_assert_true (kaynak_drafts_discard (fixture->drafts, id, &error));
  g_assert_no_error (error);
  g_clear_object (&restored);
  restored = kaynak_drafts_restore (fixture->drafts, id, &error);
  g_assert_null (restored);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_never_saved (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KaynakDocument) document = make_document (fixture, 2);
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_drafts_save (fixture->drafts, "new-document", document, &error));
  g_assert_no_error (error);

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_null (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->original);

  restored = kaynak_drafts_restore (fixture->drafts, "new-document", &error);
  g_assert_no_error (error);
  g_assert_null (kaynak_document_get_file (restored));
  g_assert_null (kaynak_document_get_article_file (restored));
  g_assert_true (kaynak_document_get_modified (restored));
  assert_same_document (document, restored);
}

/* A document made from an article and never saved: its draft remembers
 * the article, so that after a crash and Restore, Save As still proposes
 * the article's folder rather than the home folder. */
static void
test_keeps_article (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KaynakDocument) document = make_document (fixture, 1);
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GFile) article = g_file_new_for_path (fixture->article);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  kaynak_document_set_article_file (document, article);
  g_assert_true (kaynak_drafts_save (fixture->drafts, "from-article", document, &error));
  g_assert_no_error (error);

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (g_file_equal (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->article, article));

  restored = kaynak_drafts_restore (fixture->drafts, "from-article", &error);
  g_assert_no_error (error);
  g_assert_null (kaynak_document_get_file (restored));
  g_assert_nonnull (kaynak_document_get_article_file (restored));
  g_assert_true (g_file_equal (kaynak_document_get_article_file (restored), article));
}

/* Saving again replaces the draft: one file per document, the newest. */
static void
test_replace_and_order (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KaynakDocument) first = make_document (fixture, 1);
  g_autoptr(KaynakDocument) second = make_document (fixture, 3);
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_drafts_save (fixture->drafts, "aaa", first, &error));
  g_assert_true (kaynak_drafts_save (fixture->drafts, "bbb", second, &error));
  g_assert_no_error (error);
  kaynak_document_create_claim (first, 0, 5, NULL, &error);
  g_assert_no_error (error);
  /* the saved times have microseconds; make sure they differ */
  g_usleep (2000);
  g_assert_true (kaynak_drafts_save (fixture->drafts, "aaa", first, &error));
  g_assert_no_error (error);

  /* two drafts, no temporary files left behind */
  g_assert_cmpuint (count_files (fixture->folder), ==, 2);

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 2);
  /* newest first: "aaa" was written last */
  g_assert_cmpstr (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->id, ==, "aaa");
  g_assert_cmpuint (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->n_claims, ==, 2);
  g_assert_cmpstr (((KaynakDraftInfo *) g_ptr_array_index (list, 1))->id, ==, "bbb");
  g_assert_cmpint (g_date_time_compare (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->saved,
                                        ((KaynakDraftInfo *) g_ptr_array_index (list, 1))->saved),
                   >, 0);

  restored = kaynak_drafts_restore (fixture->drafts, "aaa", &error);
  g_assert_no_error (error);
  assert_same_document (first, restored);
}

/* Damaged drafts are listed with an error, never crash the listing, and
 * can be discarded.  Files that are not drafts are left alone. */
static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KaynakDocument) document = make_document (fixture, 2);
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *deep = NULL;
  struct {
    const char *name;
    const char *contents;
  } files[] = {
    { "garbage.kaynak.json",   "\x89PNG\r\n\x1a\n not json at all" },
    { "truncated.kaynak.json", "{\"draft\" : {\"id\" : \"truncated\"}, \"format\" : \"kai" },
    { "empty.kaynak.json",     "" },
    { "other.kaynak.json",     "{\"format\" : \"something-else\"}" },
    { "deep.kaynak.json",      NULL },   /* 100,000 '[' */
  };
  guint n_broken = 0, n_good = 0;

  g_assert_true (kaynak_drafts_save (fixture->drafts, "good", document, &error));
  g_assert_no_error (error);

  folder = g_file_get_path (fixture->folder);
  deep = g_strnfill (100000, '[');
  files[G_N_ELEMENTS (files) - 1].contents = deep;
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i].name, NULL);
      g_file_set_contents (path, files[i].contents, -1, &error);
      g_assert_no_error (error);
    }
  /* not drafts: a save's temporary file, another suffix, a bad id, a folder */
  {
    const char *others[] = { ".~kaynak-good.kaynak.json.AB12CD.tmp", "notes.txt", "bad id!.kaynak.json" };
    g_autofree char *sub = g_build_filename (folder, "sub.kaynak.json", NULL);

    for (guint i = 0; i < G_N_ELEMENTS (others); i++)
      {
        g_autofree char *path = g_build_filename (folder, others[i], NULL);
        g_file_set_contents (path, "{", -1, &error);
        g_assert_no_error (error);
      }
    g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  }

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1 + G_N_ELEMENTS (files));
  for (guint i = 0; i < list->len; i++)
    {
      KaynakDraftInfo *info = g_ptr_array_index (list, i);

      g_assert_nonnull (info->saved);
      g_assert_nonnull (info->title);
      if (g_str_equal (info->id, "good"))
        {
          g_assert_no_error (info->error);
          n_good++;
        }
      else
        {
          g_assert_nonnull (info->error);
          g_assert_true (g_str_has_prefix (info->error->message, "The draft is damaged"));
          g_test_message ("%s: %s", info->id, info->error->message);
          n_broken++;
        }
    }
  g_assert_cmpuint (n_good, ==, 1);
  g_assert_cmpuint (n_broken, ==, G_N_ELEMENTS (files));

  restored = kaynak_drafts_restore (fixture->drafts, "garbage", &error);
  g_assert_null (restored);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (kaynak_drafts_discard (fixture->drafts, "garbage", &error));
  g_assert_no_error (error);
}

static void
test_invalid_ids (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KaynakDocument) document = make_document (fixture, 1);
  g_autofree char *long_id = g_strnfill (65, 'a');
  g_autofree char *longest_id = g_strnfill (64, 'a');
  const char *bad[] = { "", "../escape", "a/b", "a b", ".hidden", "é", long_id };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) restored = NULL;

      g_assert_false (kaynak_drafts_id_is_valid (bad[i]));
      g_assert_false (kaynak_drafts_save (fixture->drafts, bad[i], document, &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (kaynak_drafts_discard (fixture->drafts, bad[i], &error));
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_clear_error (&error);
      restored = kaynak_drafts_restore (fixture->drafts, bad[i], &error);
      g_assert_null (restored);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
    }
  g_assert_false (kaynak_drafts_id_is_valid (NULL));
  g_assert_true (kaynak_drafts_id_is_valid (longest_id));

  /* nothing was written anywhere */
  g_assert_false (g_file_query_exists (fixture->folder, NULL));
}

static void
test_default_folder (void)
{
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
  g_autofree char *expected = g_build_filename (g_get_user_state_dir (), "kaynak", "drafts", NULL);
  g_autofree char *path = g_file_get_path (kaynak_drafts_get_folder (drafts));

  g_assert_cmpstr (path, ==, expected);
}

/* --- Killed writers ----------------------------------------------------- */

static GSubprocess *
spawn_writer (Fixture     *fixture,
              const char  *id,
              guint        n_claims,
              const char  *original,
              GError     **error)
{
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "draft-writer", NULL);
  g_autofree char *folder = g_file_get_path (fixture->folder);
  g_autofree char *count = g_strdup_printf ("%u", n_claims);

  return g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, error,
                           writer, folder, id, fixture->article, count, original, NULL);
}

static void
kill_and_reap (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
}

/* The app (a subprocess) makes 12 claims, autosaving a draft after each,
 * and is killed with SIGKILL.  Recovery finds exactly those claims. */
static void
test_recover_after_kill (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *original = g_build_filename (fixture->dir, "haber.kaynak.json", NULL);
  g_autoptr(GFile) original_file = g_file_new_for_path (original);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const char *id = "0d5e6f1a-7b2c-4d3e-9f4a-5b6c7d8e9f00";
  GListModel *claims;

  process = spawn_writer (fixture, id, 12, original, &error);
  g_assert_no_error (error);

  /* Wait until it says the last draft is on disk */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "started");
  g_free (line);
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "saved 12");

  kill_and_reap (process);

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_no_error (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->error);
  g_assert_cmpstr (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->id, ==, id);
  g_assert_cmpuint (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->n_claims, ==, 12);

  restored = kaynak_drafts_restore (fixture->drafts, id, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_document_get_modified (restored));
  g_assert_true (g_file_equal (kaynak_document_get_file (restored), original_file));
  g_assert_cmpstr (kaynak_document_get_text (restored), ==, fixture->text);
  g_assert_cmpstr (kaynak_document_get_title (restored), ==, "Taslak");
  /* notes were changed in memory after the last draft: not in it */
  g_assert_cmpstr (kaynak_document_get_notes (restored), ==, "");

  claims = kaynak_document_get_claims (restored);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *quote = kaynak_document_dup_slice (restored, i * 20, i * 20 + 10);

      g_assert_cmpuint (kaynak_claim_get_start (claim), ==, i * 20);
      g_assert_cmpuint (kaynak_claim_get_end (claim), ==, i * 20 + 10);
      g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, quote);
      g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "taslak notu");
      g_assert_false (kaynak_claim_get_orphaned (claim));
    }

  /* the folder holds the draft and nothing else */
  g_assert_cmpuint (count_files (fixture->folder), ==, 1);
}

/* Killed at random moments while it is still writing drafts: whatever is
 * on disk is a whole draft (some prefix of the claims), never a broken
 * one. */
static void
test_kill_while_writing (Fixture       *fixture,
                         gconstpointer  data)
{
  const guint runs = 12;

  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *id = g_strdup_printf ("run-%u", run);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GError) error = NULL;

      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *line = NULL;

      process = spawn_writer (fixture, id, 60, fixture->article, &error);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "started");
      g_usleep (g_test_rand_int_range (0, 100000));
      kill_and_reap (process);

      list = kaynak_drafts_list (fixture->drafts);
      for (guint i = 0; i < list->len; i++)
        {
          KaynakDraftInfo *info = g_ptr_array_index (list, i);

          if (!g_str_equal (info->id, id))
            continue;
          g_assert_no_error (info->error);
          g_assert_cmpuint (info->n_claims, >=, 1);
          g_assert_cmpuint (info->n_claims, <=, 60);
          g_test_message ("run %u: a draft with %u claims", run, info->n_claims);
        }
      g_assert_true (kaynak_drafts_discard (fixture->drafts, id, &error));
      g_assert_no_error (error);
    }

  /* Discarding also removed the temporary files of the saves that were
   * cut short: nothing is left to pile up crash after crash. */
  g_assert_cmpuint (count_files (fixture->folder), ==, 0);
}

/* A draft keeps what the original looked like when its document was read,
 * so that a change someone made to the original while Kaynak was not
 * running (after a crash) is not saved over when the draft is restored. */
static void
test_original_changed_meanwhile (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(KaynakDocument) saved = make_document (fixture, 3);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakDocument) restored = NULL;
  g_autoptr(KaynakDiskWatch) watch = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = kaynak_drafts_new_id ();
  g_autofree char *path = g_build_filename (fixture->dir, "haber.kaynak.json", NULL);
  g_autofree char *stamp = NULL;
  g_autoptr(GFile) original = g_file_new_for_path (path);

  g_assert_true (kaynak_file_save (saved, original, NULL, &error));
  g_assert_no_error (error);

  /* as the window opens it: stamp, load, watch; then an edit and a draft */
  stamp = kaynak_disk_watch_stamp_file (original);
  g_assert_nonnull (stamp);
  document = kaynak_file_load (original, NULL, NULL, &error);
  g_assert_no_error (error);
  kaynak_document_set_file_stamp (document, stamp);
  watch = kaynak_disk_watch_new (document);
  kaynak_document_set_title (document, "Taslak");
  g_assert_true (kaynak_drafts_save (fixture->drafts, id, document, &error));
  g_assert_no_error (error);
  g_clear_object (&watch);
  g_clear_object (&document);

  list = kaynak_drafts_list (fixture->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((KaynakDraftInfo *) g_ptr_array_index (list, 0))->original_stamp, ==, stamp);

  /* restored with the file untouched: saving may go ahead */
  restored = kaynak_drafts_restore (fixture->drafts, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_file_stamp (restored), ==, stamp);
  watch = kaynak_disk_watch_new (restored);
  g_assert_true (kaynak_disk_watch_check_before_save (watch, &error));
  g_assert_no_error (error);
  g_clear_object (&watch);
  g_clear_object (&restored);

  /* a colleague saves the original before the restart */
  kaynak_document_set_title (saved, "Meslektaşın değişikliği");
  g_assert_true (kaynak_file_save (saved, original, NULL, &error));
  g_assert_no_error (error);

  restored = kaynak_drafts_restore (fixture->drafts, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_title (restored), ==, "Taslak");
  watch = kaynak_disk_watch_new (restored);
  g_assert_false (kaynak_disk_watch_check_before_save (watch, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kaynak/drafts/round-trip", test_round_trip);
  ADD ("/kaynak/drafts/never-saved", test_never_saved);
  ADD ("/kaynak/drafts/keeps-article", test_keeps_article);
  ADD ("/kaynak/drafts/replace-and-order", test_replace_and_order);
  ADD ("/kaynak/drafts/damaged", test_damaged);
  ADD ("/kaynak/drafts/invalid-ids", test_invalid_ids);
  g_test_add_func ("/kaynak/drafts/default-folder", test_default_folder);
  ADD ("/kaynak/drafts/original-changed-meanwhile", test_original_changed_meanwhile);
  ADD ("/kaynak/drafts/recover-after-kill", test_recover_after_kill);
  ADD ("/kaynak/drafts/kill-while-writing", test_kill_while_writing);

  return g_test_run ();
}
