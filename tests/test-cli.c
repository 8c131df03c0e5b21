/* test-cli.c: the headless `kaynak` commands, run as a subprocess.
 *
 * The binary comes from $KAYNAK_CLI (set by meson).  Every run has DISPLAY
 * and WAYLAND_DISPLAY removed from its environment, so these tests also
 * prove the commands never need a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-source.h"
#include "kaynak-test-util.h"

typedef struct
{
  char *dir;          /* a fresh temporary folder, the child's cwd */
  char *article;      /* dir/seed-article.txt, a copy of the sample */
  char *sample_text;  /* the sample's contents */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = NULL;
  gsize length;

  fixture->dir = kaynak_test_make_temp_dir ("kaynak-cli-XXXXXX");

  sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "seed-article.txt", NULL);
  g_file_get_contents (sample, &fixture->sample_text, &length, &error);
  g_assert_no_error (error);

  fixture->article = g_build_filename (fixture->dir, "seed-article.txt", NULL);
  g_file_set_contents (fixture->article, fixture->sample_text, length, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->article);
  g_free (fixture->sample_text);
}

static gboolean
binary_is_headless_only (void)
{
  g_autofree char *base = g_path_get_basename (kaynak_test_binary ());
  return g_str_has_prefix (base, "kaynak-headless");
}

static KaynakDocument *
load_or_fail (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static void
save_or_fail (KaynakDocument *document,
              const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  kaynak_file_save (document, file, NULL, &error);
  g_assert_no_error (error);
}

/* The sample with two sources of our own, three claims and a link:
 *   bakanlik: 2 claims (one supported), ajans: 0, no source: 1. */
static KaynakDocument *
make_annotated (Fixture *fixture)
{
  g_autoptr(KaynakSource) ministry = kaynak_source_new ("bakanlik", "Bakanlık", "#1c71d8", 1,
                                                        KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) agency = kaynak_source_new ("ajans", "Ajans", "#e66100", 2,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_document_new (fixture->sample_text, -1);
  KaynakClaim *a, *b, *c;

  kaynak_document_add_source (document, ministry, &error);
  g_assert_no_error (error);
  kaynak_document_add_source (document, agency, &error);
  g_assert_no_error (error);

  /* "üç binden fazla asker", and two nested/overlapping claims */
  a = kaynak_document_create_claim (document, 423, 444, "bakanlik", &error);
  g_assert_no_error (error);
  b = kaynak_document_create_claim (document, 427, 433, "bakanlik", &error);
  g_assert_no_error (error);
  c = kaynak_document_create_claim (document, 430, 460, NULL, &error);
  g_assert_no_error (error);

  kaynak_document_set_claim_status (document, kaynak_claim_get_id (a),
                                    KAYNAK_CLAIM_STATUS_SUPPORTED, &error);
  g_assert_no_error (error);
  kaynak_document_add_link (document, KAYNAK_LINK_TYPE_CONFIRMS,
                            kaynak_claim_get_id (b), kaynak_claim_get_id (c), &error);
  g_assert_no_error (error);

  return document;
}

/* --- --new ---------------------------------------------------------------- */

static void
test_new_default (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *args[] = { "--new", "seed-article.txt", NULL };
  g_autofree char *expected = g_build_filename (fixture->dir, "seed-article.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) scheme = kaynak_source_default_scheme ();
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  /* it tells where it wrote */
  g_assert_nonnull (strstr (run.out, "seed-article.kaynak.json"));
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  document = load_or_fail (expected);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, fixture->sample_text);
  g_assert_cmpuint (kaynak_document_get_length (document), ==, 2017);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)),
                    ==, scheme->len);
  /* the language detected from the text, as the window does */
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr");
  kaynak_test_run_clear (&run);
}

static void
test_new_refuses_overwrite (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *args[] = { "--new", "seed-article.txt", NULL };
  const char *force_args[] = { "--new", "seed-article.txt", "--force", NULL };
  g_autofree char *output = g_build_filename (fixture->dir, "seed-article.kaynak.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  /* something that is not ours sits where the output goes */
  g_file_set_contents (output, "mine, do not touch\n", -1, &error);
  g_assert_no_error (error);

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  g_assert_nonnull (strstr (run.err, "--force"));
  g_assert_cmpstr (run.out, ==, "");
  kaynak_test_run_clear (&run);

  g_file_get_contents (output, &before, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (before, ==, "mine, do not touch\n");

  kaynak_test_run_binary (&run, fixture->dir, force_args);
  g_assert_cmpint (run.status, ==, 0);
  kaynak_test_run_clear (&run);

  g_file_get_contents (output, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, !=, before);
  g_object_unref (load_or_fail (output));
}

static void
test_new_output_and_sources (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *scheme = g_build_filename (fixture->dir, "scheme.kaynak.json", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "custom.kaynak.json", NULL);
  g_autofree char *beside = g_build_filename (fixture->dir, "seed-article.kaynak.json", NULL);
  g_autoptr(KaynakDocument) annotated = make_annotated (fixture);
  g_autoptr(KaynakDocument) document = NULL;
  GListModel *sources;
  g_autoptr(KaynakSource) first = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  /* a whole .kaynak.json serves as a scheme: its sources are taken */
  save_or_fail (annotated, scheme);

  {
    const char *args[] = { "--new", "seed-article.txt", "--output", "custom.kaynak.json",
                           "--sources", "scheme.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "custom.kaynak.json"));
  kaynak_test_run_clear (&run);

  g_assert_false (g_file_test (beside, G_FILE_TEST_EXISTS));

  document = load_or_fail (output);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, fixture->sample_text);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  sources = kaynak_document_get_sources (document);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  first = g_list_model_get_item (sources, 0);
  g_assert_cmpstr (kaynak_source_get_id (first), ==, "bakanlik");
  g_assert_cmpstr (kaynak_source_get_label (first), ==, "Bakanlık");

  /* a scheme that does not exist fails and writes nothing */
  {
    const char *args[] = { "--new", "seed-article.txt", "--sources", "nope.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  g_assert_nonnull (strstr (run.err, "nope.json"));
  g_assert_false (g_file_test (beside, G_FILE_TEST_EXISTS));
  kaynak_test_run_clear (&run);
}

static void
test_new_never_replaces_article (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *args[] = { "--new", "seed-article.txt", "--output", "seed-article.txt",
                         "--force", NULL };
  g_autofree char *contents = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  kaynak_test_run_clear (&run);

  g_file_get_contents (fixture->article, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, fixture->sample_text);
}

static void
test_new_missing (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *args[] = { "--new", "no-such-article.txt", NULL };
  g_autofree char *output = g_build_filename (fixture->dir, "no-such-article.kaynak.json", NULL);
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  g_assert_nonnull (strstr (run.err, "no-such-article.txt"));
  g_assert_cmpstr (run.out, ==, "");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  kaynak_test_run_clear (&run);
}

/* --new starts an annotation from an article: a Kaynak file (which the
 * window would open as saved) is refused rather than copied or read as
 * text, and the same name rule says which files are Kaynak's */
static void
test_new_refuses_kaynak_file (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *args[] = { "--new", "renamed.json", NULL };
  g_autofree char *path = g_build_filename (fixture->dir, "renamed.json", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "renamed.kaynak.json", NULL);
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  g_assert_true (g_file_set_contents (path, "{ \"format\" : \"kaynak\", \"version\" : 1 }", -1, NULL));
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "is a Kaynak file already"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  kaynak_test_run_clear (&run);
}

static void
test_new_windows_1254 (Fixture       *fixture,
                       gconstpointer  data)
{
  /* "Güneş ışığı" in Windows-1254: not valid UTF-8 */
  static const char cp1254[] = "G\xfcne\xfe \xfd\xfe\xfd\xf0\xfd.\n";
  const char *args[] = { "--new", "eski.txt", NULL };
  g_autofree char *path = g_build_filename (fixture->dir, "eski.txt", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "eski.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  g_file_set_contents (path, cp1254, -1, &error);
  g_assert_no_error (error);

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  /* the user is told which encoding was assumed */
  g_assert_nonnull (strstr (run.err, "1254"));
  kaynak_test_run_clear (&run);

  document = load_or_fail (output);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, "Güneş ışığı.\n");
}

static void
test_new_binary (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char binary[] = "\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00";
  const char *args[] = { "--new", "program", NULL };
  g_autofree char *path = g_build_filename (fixture->dir, "program", NULL);
  g_autofree char *output = g_build_filename (fixture->dir, "program.kaynak.json", NULL);
  g_autoptr(GError) error = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  g_file_set_contents (path, binary, sizeof binary, &error);
  g_assert_no_error (error);

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  kaynak_test_run_clear (&run);
}

/* --- --check -------------------------------------------------------------- */

/* Writes a copy of @document's file with claims[0].end moved past the end
 * of the article. */
static void
write_broken (KaynakDocument *document,
              const char     *path)
{
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *claims;
  JsonObject *claim;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                              g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  claims = json_object_get_array_member (root, "claims");
  g_assert_cmpuint (json_array_get_length (claims), >, 0);
  claim = json_array_get_object_element (claims, 0);
  g_assert_true (json_object_has_member (claim, "end"));
  json_object_set_int_member (claim, "end", 99999);

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
}

static void
test_check_good (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "good.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  save_or_fail (document, path);

  {
    const char *args[] = { "--check", "good.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  /* good files are silent unless --verbose */
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  kaynak_test_run_clear (&run);

  {
    const char *args[] = { "--check", "--verbose", "good.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "good.kaynak.json: ok\n");
  kaynak_test_run_clear (&run);
}

static void
test_check_broken (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *good = g_build_filename (fixture->dir, "good.kaynak.json", NULL);
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.kaynak.json", NULL);
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  save_or_fail (document, good);
  write_broken (document, broken);
  g_file_set_contents (garbage, "{ \"format\": ", -1, &error);
  g_assert_no_error (error);

  {
    const char *args[] = { "--check", "broken.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  /* the line names the file and the JSON path of the problem */
  g_assert_true (g_str_has_prefix (run.out, "broken.kaynak.json: "));
  g_assert_nonnull (strstr (run.out, "claims[0]"));
  g_assert_nonnull (strstr (run.err, "kaynak: "));
  kaynak_test_run_clear (&run);

  /* every file is checked; one line per bad file here */
  {
    const char *args[] = { "--check", "good.kaynak.json", "garbage.kaynak.json",
                           "missing.kaynak.json", "broken.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], "garbage.kaynak.json: "));
  g_assert_true (g_str_has_prefix (lines[1], "missing.kaynak.json: "));
  g_assert_true (g_str_has_prefix (lines[2], "broken.kaynak.json: "));
  g_assert_nonnull (strstr (run.err, "3"));
  kaynak_test_run_clear (&run);
}

static void
test_check_orphan (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "changed.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *claim;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  /* a quote that is nowhere in the article: the loader either refuses the
   * file or keeps the claim as an orphan; --check must flag it either way */
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                              g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  claim = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "claims"),
    0);
  g_assert_true (json_object_has_member (claim, "quote"));
  json_object_set_string_member (claim, "quote", "bu cümle makalede yok");
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);

  {
    const char *args[] = { "--check", "changed.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "changed.kaynak.json: "));
  g_assert_nonnull (strstr (run.out, "claims[0]"));
  kaynak_test_run_clear (&run);

  /* if the loader keeps it as an orphan, --stats counts it */
  {
    const char *args[] = { "--stats", "changed.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  if (run.status == 0)
    g_assert_true (g_str_has_prefix (run.out, "changed.kaynak.json: 3 claims, 1 orphaned, 1 link\n"));
  else
    g_assert_cmpint (run.status, ==, 1);
  kaynak_test_run_clear (&run);
}

static void
test_check_text_changed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "edited.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *article;
  gsize len;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  /* the article edited by hand after the claims (same length, so every
   * claim is still where it was): only the stale sha256 is wrong */
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                              g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  article = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                           "article");
  g_assert_nonnull (article);
  text = g_strdup (json_object_get_string_member (article, "text"));
  len = strlen (text);
  g_assert_cmpuint (len, >, 1000);
  text[len - 1] = text[len - 1] == 'X' ? 'Y' : 'X';
  json_object_set_string_member (article, "text", text);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);

  {
    const char *args[] = { "--check", "edited.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "edited.kaynak.json: "));
  g_assert_nonnull (strstr (run.out, "sha256"));
  kaynak_test_run_clear (&run);
}

/* --- --stats -------------------------------------------------------------- */

static void
test_stats_text (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "a.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  save_or_fail (document, path);

  {
    const char *args[] = { "--stats", "a.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "a.kaynak.json: 3 claims, 0 orphaned, 1 link\n"));
  g_assert_nonnull (strstr (run.out, "    2  Bakanlık\n"));
  g_assert_nonnull (strstr (run.out, "    0  Ajans\n"));
  g_assert_nonnull (strstr (run.out, "    1  No source\n"));
  /* one file: no total */
  g_assert_null (strstr (run.out, "Total"));
  kaynak_test_run_clear (&run);

  {
    const char *args[] = { "--stats", "a.kaynak.json", "a.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Total (2 files): 6 claims, 0 orphaned, 2 links\n"));
  kaynak_test_run_clear (&run);
}

static JsonObject *
get_source_count (JsonObject *stats,
                  const char *id)
{
  JsonArray *sources = json_object_get_array_member (stats, "sources");

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);
      if (g_strcmp0 (json_object_get_string_member (source, "id"), id) == 0)
        return source;
    }

  g_assert_not_reached ();
}

static void
test_stats_json (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "a.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = make_annotated (fixture);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *file, *total, *statuses;
  JsonArray *files, *errors;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  save_or_fail (document, path);

  {
    const char *args[] = { "--stats", "--json", "a.kaynak.json", "a.kaynak.json",
                           "missing.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  /* a file that cannot be read fails the run, the others are counted */
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing.kaynak.json"));

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  files = json_object_get_array_member (root, "files");
  g_assert_cmpuint (json_array_get_length (files), ==, 2);
  file = json_array_get_object_element (files, 0);
  g_assert_cmpstr (json_object_get_string_member (file, "path"), ==, "a.kaynak.json");
  g_assert_cmpint (json_object_get_int_member (file, "claims"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (file, "orphans"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (file, "links"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (file, "unsourced"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (get_source_count (file, "bakanlik"), "claims"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (get_source_count (file, "bakanlik"), "label"),
                   ==, "Bakanlık");
  g_assert_cmpint (json_object_get_int_member (get_source_count (file, "ajans"), "claims"), ==, 0);
  statuses = json_object_get_object_member (file, "statuses");
  g_assert_cmpint (json_object_get_int_member (statuses, "supported"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (statuses, "unverified"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (statuses, "refuted"), ==, 0);

  total = json_object_get_object_member (root, "total");
  g_assert_cmpint (json_object_get_int_member (total, "files"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (total, "claims"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (get_source_count (total, "bakanlik"), "claims"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (total, "statuses"),
                                               "supported"), ==, 2);

  errors = json_object_get_array_member (root, "errors");
  g_assert_cmpuint (json_array_get_length (errors), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (errors, 0), "path"),
                   ==, "missing.kaynak.json");
  kaynak_test_run_clear (&run);
}

/* --- help, version, usage errors ------------------------------------------ */

static void
test_help_version (Fixture       *fixture,
                   gconstpointer  data)
{
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  {
    const char *args[] = { "--help", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < 5; i++)
    {
      static const char * const words[] = { "--new", "--check", "--stats", "--export", "--import" };
      g_assert_nonnull (strstr (run.out, words[i]));
    }
  /* and that plain file names open the window */
  g_assert_nonnull (strstr (run.out, "window"));
  kaynak_test_run_clear (&run);

  {
    const char *args[] = { "-h", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--stats"));
  kaynak_test_run_clear (&run);

  {
    const char *args[] = { "--version", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "kaynak "));
  kaynak_test_run_clear (&run);
}

/* --import-scheme merges a scheme (or a Kaynak file's sources) into the
 * user's library, --export-scheme writes the library as a scheme; a
 * library that cannot be read is refused and left as it is */
static void
test_scheme_import_and_export (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *data_home = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *library = g_build_filename (data_home, "kaynak", "library.json", NULL);
  g_autofree char *annotated = g_build_filename (fixture->dir, "haber.kaynak.json", NULL);
  g_autofree char *exported = g_build_filename (fixture->dir, "team.kaynak-scheme.json", NULL);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GFile) exported_file = NULL;
  g_autoptr(GPtrArray) scheme = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  document = make_annotated (fixture);
  save_or_fail (document, annotated);

  {
    const char *args[] = { "--import-scheme", annotated, NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 new, 0 updated"));
  kaynak_test_run_clear (&run);
  g_assert_true (g_file_test (library, G_FILE_TEST_IS_REGULAR));

  {
    const char *args[] = { "--export-scheme", exported, NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  kaynak_test_run_clear (&run);
  exported_file = g_file_new_for_path (exported);
  scheme = kaynak_file_load_scheme (exported_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scheme->len, ==, 2);
  /* sorted by label, keys left to each article */
  g_assert_cmpstr (kaynak_source_get_label (g_ptr_array_index (scheme, 0)), ==, "Ajans");
  g_assert_cmpstr (kaynak_source_get_label (g_ptr_array_index (scheme, 1)), ==, "Bakanlık");
  g_assert_cmpint (kaynak_source_get_kind (g_ptr_array_index (scheme, 1)), ==,
                   KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_cmpuint (kaynak_source_get_shortcut (g_ptr_array_index (scheme, 1)), ==, 0);

  /* a broken library: refused, named, untouched */
  g_assert_true (g_file_set_contents (library, "{ \"sources\": [", -1, NULL));
  {
    const char *args[] = { "--import-scheme", exported, NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "library.json"));
  kaynak_test_run_clear (&run);
  g_assert_true (g_file_get_contents (library, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ \"sources\": [");

  g_unsetenv ("XDG_DATA_HOME");
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  /* each must exit 2 with a message on stderr */
  static const char * const cases[][6] = {
    { "--check", "--frobnicate", "a.kaynak.json", NULL },
    { "--check", NULL },
    { "--stats", NULL },
    { "--check", "--stats", "a.kaynak.json", NULL },
    { "--json", "--check", "a.kaynak.json", NULL },
    { "--force", "a.kaynak.json", NULL },
    { "--check", "--output", "x", "a.kaynak.json", NULL },
    { "--new", NULL },
    { "--new", "a.txt", "b.txt", NULL },
    { "--export", "jsonl", NULL },
    { "--import", "brat", NULL },
    { "--export-scheme", "a.json", "b.json", NULL },
    { "--import-scheme", "a.json", "--output", "x", NULL },
    { "--export-scheme", "a.json", "--import-scheme", "b.json", NULL },
    { "--export-scheme", NULL },
  };
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      kaynak_test_run_binary (&run, fixture->dir, cases[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
      g_assert_cmpstr (run.out, ==, "");
      kaynak_test_run_clear (&run);
    }

  /* What is not a headless command goes to the window unparsed (file
   * names, options we do not know, anything after "--").  Only the
   * headless binary can show it: it has no window and says so. */
  if (binary_is_headless_only ())
    {
      static const char * const window_cases[][4] = {
        { "--frobnicate", NULL },
        { "seed-article.txt", NULL },
        { "seed-article.txt", "other.kaynak.json", NULL },
        { "--", "--check", "a.kaynak.json", NULL },
        { "-o", "x", NULL },
      };

      for (guint i = 0; i < G_N_ELEMENTS (window_cases); i++)
        {
          kaynak_test_run_binary (&run, fixture->dir, window_cases[i]);
          g_assert_cmpint (run.status, ==, 2);
          g_assert_nonnull (strstr (run.err, "has no window"));
          kaynak_test_run_clear (&run);
        }
    }
}

static void
test_new_option_forms (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "x.kaynak.json", NULL);
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "no-such-folder",
                                                 "x.kaynak.json", NULL);
  g_autoptr(KaynakDocument) document = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;

  /* --opt=value and -o work as well as --opt value */
  {
    const char *args[] = { "--new=seed-article.txt", "-o", "x.kaynak.json", NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  kaynak_test_run_clear (&run);
  document = load_or_fail (output);
  g_assert_cmpstr (kaynak_document_get_text (document), ==, fixture->sample_text);

  /* a folder that does not exist: an error, and nothing is created */
  {
    const char *args[] = { "--new", "seed-article.txt", "--output", "no-such-folder/x.kaynak.json",
                           NULL };
    kaynak_test_run_binary (&run, fixture->dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
  g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
  kaynak_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kaynak/cli/new/names-the-file-after-the-article", test_new_default);
  ADD ("/kaynak/cli/new/refuses-overwrite", test_new_refuses_overwrite);
  ADD ("/kaynak/cli/new/output-and-sources", test_new_output_and_sources);
  ADD ("/kaynak/cli/new/never-replaces-article", test_new_never_replaces_article);
  ADD ("/kaynak/cli/new/option-forms", test_new_option_forms);
  ADD ("/kaynak/cli/new/missing-article", test_new_missing);
  ADD ("/kaynak/cli/new/refuses-a-kaynak-file", test_new_refuses_kaynak_file);
  ADD ("/kaynak/cli/new/windows-1254", test_new_windows_1254);
  ADD ("/kaynak/cli/new/refuses-a-binary-file", test_new_binary);
  ADD ("/kaynak/cli/check/good-file", test_check_good);
  ADD ("/kaynak/cli/check/broken-file", test_check_broken);
  ADD ("/kaynak/cli/check/orphan", test_check_orphan);
  ADD ("/kaynak/cli/check/text-changed", test_check_text_changed);
  ADD ("/kaynak/cli/stats/as-text", test_stats_text);
  ADD ("/kaynak/cli/stats/as-json", test_stats_json);
  ADD ("/kaynak/cli/help-and-version", test_help_version);
  ADD ("/kaynak/cli/usage-errors", test_usage_errors);
  ADD ("/kaynak/cli/scheme/import-then-export-the-library", test_scheme_import_and_export);

#undef ADD

  return g_test_run ();
}
