/* test-cli-folder.c: a folder's progress on the command line (issue 18):
 * `kaynak --stats FOLDER` counts the articles per state, also those not
 * annotated yet, and `--export … --state done,reviewed` exports only
 * those and says how many it left out.  Run as a subprocess ($KAYNAK_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document.h"
#include "kaynak-file-serialize.h"
#include "kaynak-test-util.h"

#define TEXT "Bakan, “ekonomi büyüyor” dedi. Muhalefet ise buna itiraz etti ve rakamların yanlış olduğunu söyledi."

static void
write_document (const char        *dir,
                const char        *name,
                KaynakArticleState state,
                guint              n_claims)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_document_new_for_article (TEXT, -1, NULL, NULL, &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < n_claims; i++)
    g_assert_nonnull (kaynak_document_tag_range (document, i * 5, i * 5 + 4, "unattributed", &error));
  kaynak_document_set_title (document, name);
  kaynak_document_set_state (document, state);
  bytes = kaynak_file_serialize (document);
  g_mkdir_with_parents (parent, 0700);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static char *
make_folder (void)
{
  char *dir = kaynak_test_make_temp_dir ("kaynak-cli-folder-XXXXXX");
  g_autofree char *plain = g_build_filename (dir, "articles", "e.txt", NULL);

  write_document (dir, "articles/a.kaynak.json", KAYNAK_ARTICLE_STATE_DONE, 2);
  write_document (dir, "articles/b.kaynak.json", KAYNAK_ARTICLE_STATE_IN_PROGRESS, 1);
  write_document (dir, "articles/c.kaynak.json", KAYNAK_ARTICLE_STATE_DONE, 0);
  write_document (dir, "articles/more/d.kaynak.json", KAYNAK_ARTICLE_STATE_REVIEWED, 3);
  g_assert_true (g_file_set_contents (plain, TEXT, -1, NULL));
  return dir;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_stats_folder (void)
{
  g_autofree char *dir = NULL;
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) json_run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *total, *states;

  if (kaynak_test_binary () == NULL)
    {
      g_test_skip ("KAYNAK_CLI is not set");
      return;
    }
  dir = make_folder ();

  kaynak_test_run_binary (&run, dir, (const char *[]) { "--stats", "articles", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Total (4 files)"));
  /* the plain article counts as new; done without claims is said */
  g_assert_nonnull (strstr (run.out, "  Articles\n    1  New\n    1  In Progress\n"
                                     "    2  Done (1 with no claims)\n    1  Reviewed\n"));

  kaynak_test_run_binary (&json_run, dir, (const char *[]) { "--stats", "--json", "articles", NULL });
  g_assert_cmpint (json_run.status, ==, 0);
  total = json_object_get_object_member (parse_object (parser, json_run.out), "total");
  g_assert_cmpint (json_object_get_int_member (total, "files"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (total, "articles"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (total, "claims"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (total, "done_no_claims"), ==, 1);
  states = json_object_get_object_member (total, "states");
  g_assert_cmpint (json_object_get_int_member (states, "new"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (states, "in-progress"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (states, "done"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (states, "reviewed"), ==, 1);

  kaynak_test_remove_tree (dir);
}

static void
test_export_state (void)
{
  g_autofree char *dir = NULL;
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) none = { 0 };
  g_auto(KaynakTestRun) bad = { 0 };
  g_auto(KaynakTestRun) wrong = { 0 };
  g_auto(GStrv) lines = NULL;

  if (kaynak_test_binary () == NULL)
    {
      g_test_skip ("KAYNAK_CLI is not set");
      return;
    }
  dir = make_folder ();

  kaynak_test_run_binary (&run, dir, (const char *[]) {
    "--export", "jsonl", "--state", "done,reviewed", "articles", NULL });
  g_assert_cmpint (run.status, ==, 0);
  /* a, c (no claims: nothing in JSONL) and d: 5 claims */
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_nonnull (strstr (run.err, "Exported 3 articles, 5 claims as jsonl to standard output; "
                                     "1 article skipped for its state"));
  g_assert_null (strstr (run.out, "b.kaynak.json"));

  kaynak_test_run_binary (&none, dir, (const char *[]) {
    "--export", "jsonl", "--state", "new", "articles", NULL });
  g_assert_cmpint (none.status, ==, 1);
  g_assert_nonnull (strstr (none.err, "no article in the states asked for (4 skipped for their state)"));

  kaynak_test_run_binary (&bad, dir, (const char *[]) {
    "--export", "jsonl", "--state", "done,finished", "articles", NULL });
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "“finished” is not an article state"));

  kaynak_test_run_binary (&wrong, dir, (const char *[]) { "--stats", "--state", "done", "articles", NULL });
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "--state only works with --export"));

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/cli-folder/stats", test_stats_folder);
  g_test_add_func ("/kaynak/cli-folder/export-state", test_export_state);

  return g_test_run ();
}
