/* test-cli-compare.c: `kaynak --compare` run as a user runs it: the
 * report, JSON and CSV of two annotators of tests/data/example.kaynak.json
 * (figures computed by hand below), files of different articles refused,
 * folders matched by article.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-test-util.h"

#define EPS 1e-9

typedef struct
{
  char *dir;
  char *a;
  char *b;
} Fixture;

/* B is A (the example: U 198–299 unverified, W 317–342, W 387–456,
 * W 423–444, K 538–562) with 198–299 refuted, 317–342 without a source,
 * 387–456 deleted, the claims in reverse order and no links.
 *   Units: 4 exact pairs and A's 387–456 alone.
 *   F1 exact = overlap = 2·4/(5 + 4) = 8/9
 *   Cohen over (U,U) (W,none) (W,W) (K,K): po = 3/4; A: U ¼ W ½ K ¼;
 *     B: U ¼ none ¼ W ¼ K ¼; pe = 1/16 + 2/16 + 1/16 = ¼;
 *     κ = (¾ − ¼)/(¾) = 2/3
 *   alpha: n = 8 (U 2, W 3, none 1, K 2); observed (4 − 2)/1 = 2;
 *     expected 64 − (4 + 9 + 1 + 4) = 46; α = 1 − 7·2/46 = 16/23
 *   disagreements: status (198), source (317), missing (387) */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *contents = NULL;
  JsonObject *root;
  JsonArray *claims, *reversed;
  g_autoptr(GError) error = NULL;
  gsize length;

  f->dir = kaynak_test_make_temp_dir ("kaynak-cli-compare-XXXXXX");
  f->a = g_build_filename (f->dir, "ayse.kaynak.json", NULL);
  f->b = g_build_filename (f->dir, "mehmet.kaynak.json", NULL);
  g_assert_true (g_file_get_contents (example, &contents, &length, &error));
  g_assert_true (g_file_set_contents (f->a, contents, length, &error));

  g_assert_true (json_parser_load_from_data (parser, contents, length, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  claims = json_object_get_array_member (root, "claims");
  g_assert_cmpuint (json_array_get_length (claims), ==, 5);
  json_object_set_string_member (json_array_get_object_element (claims, 0), "status", "refuted");
  json_object_set_null_member (json_array_get_object_element (claims, 1), "source");
  json_array_remove_element (claims, 2);
  reversed = json_array_new ();
  for (guint i = json_array_get_length (claims); i-- > 0;)
    json_array_add_element (reversed, json_node_copy (json_array_get_element (claims, i)));
  json_object_set_array_member (root, "claims", reversed);
  json_object_set_array_member (root, "links", json_array_new ());
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, f->b, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kaynak_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->a);
  g_free (f->b);
}

static void
assert_member (JsonObject *object,
               const char *name,
               double      expected)
{
  g_assert_true (json_object_has_member (object, name));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, name), expected, EPS);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  const char *args[] = { "--compare", "--json", f->a, f->b, NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *overall;
  JsonArray *disagreements;

  kaynak_test_run_binary (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  overall = json_object_get_object_member (root, "overall");
  g_assert_cmpint (json_object_get_int_member (overall, "claims"), ==, 9);
  assert_member (overall, "exact_f1", 8.0 / 9.0);
  assert_member (overall, "overlap_f1", 8.0 / 9.0);
  assert_member (overall, "kappa", 2.0 / 3.0);
  g_assert_cmpstr (json_object_get_string_member (overall, "kappa_kind"), ==, "cohen");
  assert_member (overall, "alpha", 16.0 / 23.0);

  disagreements = json_object_get_array_member (root, "disagreements");
  g_assert_cmpuint (json_array_get_length (disagreements), ==, 3);
  {
    JsonObject *first = json_array_get_object_element (disagreements, 0);
    JsonArray *spans = json_object_get_array_member (first, "spans");
    JsonObject *theirs = json_array_get_object_element (spans, 1);

    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (first, "kinds"), 0), ==,
                     "different-status");
    g_assert_cmpint (json_object_get_int_member (theirs, "start"), ==, 198);
    g_assert_cmpstr (json_object_get_string_member (theirs, "status"), ==, "refuted");
    g_assert_cmpstr (json_object_get_string_member (theirs, "source"), ==, "Ukrayna");
  }
  {
    JsonObject *last = json_array_get_object_element (disagreements, 2);
    JsonArray *spans = json_object_get_array_member (last, "spans");

    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (last, "kinds"), 0), ==,
                     "missing-span");
    g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (spans, 1)));
  }
}

static void
test_report_and_csv (Fixture       *f,
                     gconstpointer  data)
{
  const char *report[] = { "--compare", f->a, f->b, NULL };
  const char *csv[] = { "--compare", "--csv", f->a, f->b, NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) table = { 0 };

  kaynak_test_run_binary (&run, f->dir, report);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "span F1 exact 0.889, overlap 0.889; Cohen’s kappa 0.667; Krippendorff’s alpha 0.696"));
  g_assert_nonnull (strstr (run.out, "Disagreements (3)"));
  g_assert_nonnull (strstr (run.out, "(not marked)"));
  g_assert_null (strstr (run.out, "nan"));

  kaynak_test_run_binary (&table, f->dir, csv);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_true (g_str_has_prefix (table.out,
                                   "scope,name,annotators,claims,units,exact_f1,overlap_f1,kappa,kappa_kind,alpha\r\n"
                                   "overall,,2,9,5,0.888889,0.888889,0.666667,cohen,0.695652\r\n"));
}

/* The same file twice: total agreement; no figure printed as NaN (the
 * undefined ones are checked in test-agreement and below in JSON) */
static void
test_undefined (Fixture       *f,
                gconstpointer  data)
{
  const char *report[] = { "--compare", f->a, f->a, NULL };
  g_auto(KaynakTestRun) run = { 0 };

  kaynak_test_run_binary (&run, f->dir, report);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Cohen’s kappa 1.000"));
  g_assert_nonnull (strstr (run.out, "Disagreements (0)"));
  g_assert_null (strstr (run.out, "nan"));
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  const char *differ[] = { "--compare", f->a, seed, NULL };
  const char *one[] = { "--compare", f->a, NULL };
  const char *both[] = { "--compare", "--json", "--csv", f->a, f->b, NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) alone = { 0 };
  g_auto(KaynakTestRun) formats = { 0 };

  kaynak_test_run_binary (&run, f->dir, differ);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "annotates another article"));
  g_assert_nonnull (strstr (run.err, "SHA-256"));

  kaynak_test_run_binary (&alone, f->dir, one);
  g_assert_cmpint (alone.status, ==, 2);
  g_assert_nonnull (strstr (alone.err, "--compare needs two"));

  kaynak_test_run_binary (&formats, f->dir, both);
  g_assert_cmpint (formats.status, ==, 2);
}

/* --help names both commands; their usage errors are exit 2 */
static void
test_help_and_usage (Fixture       *f,
                     gconstpointer  data)
{
  const char *help[] = { "--help", NULL };
  const char *csv_alone[] = { "--check", "--csv", f->a, NULL };
  const char *merge_two[] = { "--merge", f->a, f->b, NULL };
  const char *merge_missing[] = { "--merge", "no-base", f->a, f->b, NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) csv = { 0 };
  g_auto(KaynakTestRun) two = { 0 };
  g_auto(KaynakTestRun) missing = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  kaynak_test_run_binary (&run, f->dir, help);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--compare"));
  g_assert_nonnull (strstr (run.out, "--merge BASE OURS THEIRS"));
  g_assert_nonnull (strstr (run.out, "--csv"));

  kaynak_test_run_binary (&csv, f->dir, csv_alone);
  g_assert_cmpint (csv.status, ==, 2);
  g_assert_nonnull (strstr (csv.err, "--csv only works with --compare"));

  kaynak_test_run_binary (&two, f->dir, merge_two);
  g_assert_cmpint (two.status, ==, 2);
  g_assert_nonnull (strstr (two.err, "BASE OURS THEIRS"));

  /* an unreadable BASE: exit 2 and OURS untouched */
  g_assert_true (g_file_get_contents (f->a, &before, NULL, NULL));
  kaynak_test_run_binary (&missing, f->dir, merge_missing);
  g_assert_cmpint (missing.status, >=, 2);
  g_assert_nonnull (strstr (missing.err, "no-base"));
  g_assert_true (g_file_get_contents (f->a, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

/* Folders: the same article under other names is matched by its hash; a
 * file no other folder has is reported */
static void
test_folders (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->dir, "ayse", NULL);
  g_autofree char *two = g_build_filename (f->dir, "mehmet", NULL);
  g_autofree char *a = g_build_filename (one, "haber.kaynak.json", NULL);
  g_autofree char *b = g_build_filename (two, "baska-ad.kaynak.json", NULL);
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  g_autofree char *lonely = g_build_filename (two, "seed.kaynak.json", NULL);
  g_autofree char *contents = NULL;
  const char *args[] = { "--compare", "--json", one, two, NULL };
  g_auto(KaynakTestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  gsize length;

  g_assert_cmpint (g_mkdir (one, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (two, 0700), ==, 0);
  g_assert_cmpint (g_rename (f->a, a), ==, 0);
  g_assert_cmpint (g_rename (f->b, b), ==, 0);
  g_assert_true (g_file_get_contents (seed, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (lonely, contents, length, NULL));

  kaynak_test_run_binary (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 1);
  assert_member (json_object_get_object_member (root, "overall"), "kappa", 2.0 / 3.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "unpartnered")), ==, 1);
  g_assert_nonnull (strstr (json_array_get_string_element (json_object_get_array_member (root, "unpartnered"), 0),
                            "seed.kaynak.json"));
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
  g_test_add ("/kaynak/cli-compare/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("json-figures-by-hand", test_json);
  ADD ("report-and-csv", test_report_and_csv);
  ADD ("no-nan", test_undefined);
  ADD ("refusals", test_refusals);
  ADD ("help-and-usage", test_help_and_usage);
  ADD ("folders-by-article", test_folders);
#undef ADD

  return g_test_run ();
}
