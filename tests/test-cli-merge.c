/* test-cli-merge.c: `kaynak --merge-sources KEEP OTHER… FILE` run as a
 * subprocess.
 *
 * Sources named by id, label or alias in any case; the file written over
 * itself with the others' claims and names moved, cues and links as they
 * were; and every refusal (an unknown source, the kept source among the
 * others, too few arguments, an article instead of a Kaynak file, a file
 * that cannot be written) a message on stderr, a non-zero exit and the
 * file left byte for byte as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  char *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *data_path = g_test_build_filename (G_TEST_DIST, "data",
                                                      "merge-sources.kaynak.json", NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  f->dir = kaynak_test_make_temp_dir ("kaynak-cli-merge-XXXXXX");
  f->path = g_build_filename (f->dir, "post.kaynak.json", NULL);
  g_file_get_contents (data_path, &f->original, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (f->path, f->original, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->original);
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_file_get_contents (f->path, &now, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (now, ==, f->original);

  /* and nothing left beside it (a temporary file of a failed write) */
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static KaynakDocument *
load (Fixture *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  /* the kept one by its label in other case, the others by id and by an
   * alias ("US daily" is the influential US daily's) */
  const char *args[] = { "--merge-sources", "the WASHINGTON post", "the-newspaper", "us daily",
                         "post.kaynak.json", NULL };
  static const char * const expected_aliases[] = {
    "WaPo", "the newspaper", "The Paper", "the influential US daily", "US daily", NULL
  };
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) check = { 0 };
  const char *check_args[] = { "--check", "post.kaynak.json", NULL };
  g_autoptr(KaynakDocument) document = NULL;
  GListModel *sources;
  KaynakSource *post;
  KaynakClaim *claim;
  KaynakLink *link;

  kaynak_test_run_binary (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "The Washington Post"));

  document = load (f);
  sources = kaynak_document_get_sources (document);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 3);
  post = kaynak_document_lookup_source (document, "the-washington-post");
  g_assert_nonnull (post);
  g_assert_cmpstrv (kaynak_source_get_aliases (post), expected_aliases);
  g_assert_null (kaynak_document_lookup_source (document, "the-newspaper"));
  g_assert_null (kaynak_document_lookup_source (document, "the-influential-us-daily"));
  g_assert_cmpuint (kaynak_document_count_claims_for_source (document, "the-washington-post"), ==, 3);
  g_assert_cmpuint (kaynak_document_count_claims_for_source (document, "aides"), ==, 1);

  /* cues and links as they were */
  claim = kaynak_document_lookup_claim (document, "c1000000-0000-4000-8000-000000000004");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "the-washington-post");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "called");
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 1);
  link = kaynak_document_lookup_link (document, "11000000-0000-4000-8000-000000000001");
  g_assert_nonnull (link);
  g_assert_cmpstr (kaynak_link_get_from (link), ==, "c1000000-0000-4000-8000-000000000004");
  g_assert_cmpstr (kaynak_link_get_to (link), ==, "c1000000-0000-4000-8000-000000000002");

  /* the result is a valid file */
  kaynak_test_run_binary (&check, f->dir, check_args);
  g_assert_cmpint (check.status, ==, 0);
}

static void
refused (Fixture            *f,
         const char * const *args,
         int                 status,
         const char         *in_message)
{
  g_auto(KaynakTestRun) run = { 0 };

  kaynak_test_run_binary (&run, f->dir, (const char **) args);
  g_assert_cmpint (run.status, ==, status);
  g_assert_cmpstr (run.out, ==, "");
  if (g_test_verbose ())
    g_printerr ("%s", run.err);
  g_assert_nonnull (strstr (run.err, in_message));
  assert_unchanged (f);
}

static void
test_unknown_source (Fixture       *f,
                     gconstpointer  data)
{
  const char *keep_unknown[] = { "--merge-sources", "The Guardian", "the-newspaper",
                                 "post.kaynak.json", NULL };
  const char *other_unknown[] = { "--merge-sources", "the-washington-post", "the-newspaper",
                                  "the paperr", "post.kaynak.json", NULL };

  refused (f, keep_unknown, 1, "“The Guardian”");
  /* the message lists what there is */
  refused (f, keep_unknown, 1, "the-newspaper (the newspaper)");
  refused (f, other_unknown, 1, "“the paperr”");
}

static void
test_keep_among_others (Fixture       *f,
                        gconstpointer  data)
{
  /* the same source by its id and by its alias */
  const char *args[] = { "--merge-sources", "the-washington-post", "the-newspaper", "WAPO",
                         "post.kaynak.json", NULL };

  refused (f, args, 1, "cannot also be merged into itself");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *too_few[] = { "--merge-sources", "the-washington-post", "post.kaynak.json", NULL };
  const char *with_output[] = { "--merge-sources", "--output", "out.kaynak.json",
                                "the-washington-post", "the-newspaper", "post.kaynak.json", NULL };
  const char *two_commands[] = { "--merge-sources", "--check", "the-washington-post",
                                 "the-newspaper", "post.kaynak.json", NULL };

  refused (f, too_few, 2, "KEEP OTHER… FILE");
  refused (f, with_output, 2, "--output");
  refused (f, two_commands, 2, "--merge-sources");
}

static void
test_not_kaynak (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *article = g_build_filename (f->dir, "haber.txt", NULL);
  const char *args[] = { "--merge-sources", "a", "b", "haber.txt", NULL };
  const char *missing[] = { "--merge-sources", "a", "b", "gone.kaynak.json", NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) run_missing = { 0 };
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (article, "Ankara said so.\n", -1, NULL));
  kaynak_test_run_binary (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "not a Kaynak file"));
  g_assert_true (g_file_get_contents (article, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "Ankara said so.\n");

  kaynak_test_run_binary (&run_missing, f->dir, missing);
  g_assert_cmpint (run_missing.status, ==, 1);
  g_assert_nonnull (strstr (run_missing.err, "gone.kaynak.json"));
}

/* Root ignores a read-only folder, so the write fails by a file size
 * limit smaller than the file (EFBIG rather than death by SIGXFSZ) */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 512, 512 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
test_cannot_write (Fixture       *f,
                   gconstpointer  data)
{
  const char *args[] = { "--merge-sources", "the-washington-post", "the-newspaper",
                         "post.kaynak.json", NULL };
  g_auto(KaynakTestRun) run = { 0 };

  g_assert_cmpuint (strlen (f->original), >, 512);
  kaynak_test_run_binary_full (&run, f->dir, args, limit_file_size);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "post.kaynak.json"));
  /* atomic: the old file whole, no temporary file left */
  assert_unchanged (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (kaynak_test_binary () == NULL)
    {
      g_test_skip ("KAYNAK_CLI is not set");
      return g_test_run ();
    }

#define ADD(path, func) \
  g_test_add ("/kaynak/cli-merge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("by-id-label-or-alias", test_merge);
  ADD ("unknown-source-refused", test_unknown_source);
  ADD ("keep-among-others-refused", test_keep_among_others);
  ADD ("usage", test_usage);
  ADD ("only-kaynak-files", test_not_kaynak);
  ADD ("cannot-write-leaves-file", test_cannot_write);
#undef ADD

  return g_test_run ();
}
