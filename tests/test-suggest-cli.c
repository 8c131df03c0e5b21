/* test-suggest-cli.c: `kaynak --suggest` as a subprocess ($KAYNAK_CLI):
 * the readable list, --json, --output (a Kaynak file whose claims are the
 * suggestions), the command-line mistakes it refuses, and rules that are
 * missing or malformed ($KAYNAK_SUGGEST_DIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

typedef struct
{
  char *dir;
  char *tr_article;
  char *en_article;
} Fixture;

static char *
copy_in (const char *dir,
         const char *from,
         const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *tr = g_test_build_filename (G_TEST_DIST, "data", "suggest", "tr-article.txt", NULL);
  g_autofree char *en = g_test_build_filename (G_TEST_DIST, "data", "suggest", "en-article.txt", NULL);
  g_autofree char *home = NULL;

  fixture->dir = kaynak_test_make_temp_dir ("kaynak-suggest-cli-XXXXXX");
  fixture->tr_article = copy_in (fixture->dir, tr, "haber.txt");
  fixture->en_article = copy_in (fixture->dir, en, "news.txt");
  /* an empty library of the user's own: the test's names only */
  home = g_build_filename (fixture->dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->tr_article);
  g_free (fixture->en_article);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(KaynakTestRun) run = { 0 };
  const char *args[] = { "--suggest", "haber.txt", NULL };

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* span, quoted words, source, cue, rule */
  g_assert_nonnull (strstr (run.out, "58–100  “bölgeye üç binden fazla asker gönderildiği”\n"));
  g_assert_nonnull (strstr (run.out, "source: Pentagon (Named source) · cue: açıklandı · rule: report-clause\n"));
  g_assert_nonnull (strstr (run.out, "cue: yorum yapmadı · rule: silence"));
  g_assert_nonnull (strstr (run.out, "7 suggestions (rules: tr)\n"));
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(KaynakTestRun) run = { 0 };
  const char *args[] = { "--suggest", "news.txt", "--json", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *first;
  JsonArray *suggestions;

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "language"), ==, "en");
  suggestions = json_object_get_array_member (root, "suggestions");
  g_assert_cmpuint (json_array_get_length (suggestions), ==, 9);
  first = json_array_get_object_element (suggestions, 0);
  g_assert_cmpint (json_object_get_int_member (first, "start"), ==, 70);
  g_assert_cmpint (json_object_get_int_member (first, "end"), ==, 124);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==,
                   "more than 3,000 troops had arrived in the Kursk region");
  g_assert_cmpstr (json_object_get_string_member (first, "cue"), ==, "said");
  g_assert_cmpstr (json_object_get_string_member (first, "source_label"), ==, "White House");
  g_assert_true (json_object_get_null_member (first, "source_id"));
  g_assert_cmpstr (json_object_get_string_member (first, "source_kind"), ==, "named");
  g_assert_cmpstr (json_object_get_string_member (first, "rule"), ==, "report-after");
}

static void
test_output (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) again = { 0 };
  g_auto(KaynakTestRun) forced = { 0 };
  g_auto(KaynakTestRun) second = { 0 };
  const char *args[] = { "--suggest", "haber.txt", "--output", "haber.kaynak.json", NULL };
  const char *force[] = { "--suggest", "haber.txt", "--output", "haber.kaynak.json", "--force", NULL };
  const char *from_file[] = { "--suggest", "haber.kaynak.json", NULL };
  g_autofree char *out = g_build_filename (fixture->dir, "haber.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(KaynakClaim) claim = NULL;
  KaynakSource *source;

  kaynak_test_run_binary (&run, fixture->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "7 claims suggested: "));

  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 7);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 58);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 100);
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Pentagon");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "açıklandı");

  /* never over a file without --force */
  kaynak_test_run_binary (&again, fixture->dir, args);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "--force"));
  kaynak_test_run_binary (&forced, fixture->dir, force);
  g_assert_cmpint (forced.status, ==, 0);

  /* a Kaynak file: what is claimed already is not suggested again */
  kaynak_test_run_binary (&second, fixture->dir, from_file);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_nonnull (strstr (second.out, "0 suggestions (rules: tr)\n"));
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  const char *two[] = { "--suggest", "haber.txt", "news.txt", NULL };
  const char *force[] = { "--suggest", "haber.txt", "--force", NULL };
  const char *with_new[] = { "--suggest", "haber.txt", "--new", "news.txt", NULL };
  const char *missing[] = { "--suggest", "nothing-here.txt", NULL };
  const char * const *usage[] = { two, force, with_new };

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(KaynakTestRun) run = { 0 };

      kaynak_test_run_binary (&run, fixture->dir, usage[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "kaynak: "));
    }
  {
    g_auto(KaynakTestRun) run = { 0 };

    kaynak_test_run_binary (&run, fixture->dir, missing);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "nothing-here.txt"));
  }
}

static void
test_bad_rules (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *rules_dir = g_build_filename (fixture->dir, "rules", NULL);
  g_autofree char *tr = g_build_filename (rules_dir, "tr.rules", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("KAYNAK_SUGGEST_DIR"));
  g_autoptr(GError) error = NULL;
  const char *args[] = { "--suggest", "haber.txt", NULL };
  g_auto(KaynakTestRun) malformed = { 0 };
  g_auto(KaynakTestRun) missing = { 0 };

  g_assert_cmpint (g_mkdir (rules_dir, 0700), ==, 0);
  g_file_set_contents (tr, "language tr\nreport açıkla(dı\n", -1, &error);
  g_assert_no_error (error);
  g_setenv ("KAYNAK_SUGGEST_DIR", rules_dir, TRUE);

  kaynak_test_run_binary (&malformed, fixture->dir, args);
  g_assert_cmpint (malformed.status, ==, 1);
  g_assert_nonnull (strstr (malformed.err, "tr.rules:2: "));

  g_assert_cmpint (g_remove (tr), ==, 0);
  kaynak_test_run_binary (&missing, fixture->dir, args);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "tr.rules"));

  g_setenv ("KAYNAK_SUGGEST_DIR", saved, TRUE);
}

/* Without $KAYNAK_SUGGEST_DIR, an uninstalled build finds the source
 * tree's rules */
static void
test_uninstalled (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *saved = g_strdup (g_getenv ("KAYNAK_SUGGEST_DIR"));
  const char *args[] = { "--suggest", "news.txt", NULL };
  g_auto(KaynakTestRun) run = { 0 };

  g_unsetenv ("KAYNAK_SUGGEST_DIR");
  kaynak_test_run_binary (&run, fixture->dir, args);
  g_setenv ("KAYNAK_SUGGEST_DIR", saved, TRUE);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "9 suggestions (rules: en)\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (kaynak_test_binary () == NULL)
    {
      g_printerr ("KAYNAK_CLI is not set\n");
      return 1;
    }

  g_test_add ("/kaynak/suggest-cli/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/kaynak/suggest-cli/json", Fixture, NULL, fixture_set_up, test_json, fixture_tear_down);
  g_test_add ("/kaynak/suggest-cli/output", Fixture, NULL, fixture_set_up, test_output, fixture_tear_down);
  g_test_add ("/kaynak/suggest-cli/usage", Fixture, NULL, fixture_set_up, test_usage, fixture_tear_down);
  g_test_add ("/kaynak/suggest-cli/uninstalled", Fixture, NULL, fixture_set_up, test_uninstalled, fixture_tear_down);
  g_test_add ("/kaynak/suggest-cli/bad-rules", Fixture, NULL, fixture_set_up, test_bad_rules, fixture_tear_down);

  return g_test_run ();
}
