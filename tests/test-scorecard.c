/* test-scorecard.c: the IMVAIN scorecard (kaynak-scorecard.h) with numbers
 * worked out by hand: single-source claims through confirming links (from
 * another source only, in the link's direction), anonymous attributions
 * among the attributed claims (a claim's own attribution over its
 * source's kind), self-interested and not-authoritative sources among
 * those with claims, asserting claims, and what is not rated yet; a
 * document with no claims and one with nothing rated; when it applies
 * (the fields by id, whatever the codebook's id) and when not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-codebook.h"
#include "kaynak-document.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-file-names.h"
#include "kaynak-file-serialize.h"
#include "kaynak-scorecard.h"
#include "kaynak-test-util.h"

/* five sentences of ten letters, at 0, 12, 24, 36 and 48 */
static const char article[] = "Aaaaaaaaaa. Bbbbbbbbbb. Cccccccccc. Dddddddddd. Eeeeeeeeee.";

static KaynakCodebook *
imvain_codebook (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "codebooks",
                                                 "imvain.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return codebook;
}

static void
use_codebook (KaynakDocument *doc,
              KaynakCodebook *codebook)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_use_codebook (doc, codebook, &changes, &error));
  g_assert_no_error (error);
}

static void
add_source (KaynakDocument   *doc,
            const char       *id,
            const char       *color,
            KaynakSourceKind  kind)
{
  g_autoptr(KaynakSource) source = kaynak_source_new (id, id, color, 0, kind);

  g_assert_true (kaynak_document_add_source (doc, source, NULL));
}

static const char *
tag (KaynakDocument *doc,
     guint           start,
     const char     *source_id)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim = kaynak_document_create_claim (doc, start, start + 10, source_id, &error);

  g_assert_no_error (error);
  return kaynak_claim_get_id (claim);
}

static void
set_source (KaynakDocument *doc,
            const char     *source_id,
            const char     *field_id,
            const char     *choice)
{
  g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), choice);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_source_field (doc, source_id, field_id, value, &error));
  g_assert_no_error (error);
}

static void
set_claim (KaynakDocument *doc,
           const char     *claim_id,
           const char     *field_id,
           const char     *choice)
{
  g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), choice);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_field (doc, claim_id, field_id, value, &error));
  g_assert_no_error (error);
}

static void
link_claims (KaynakDocument *doc,
             KaynakLinkType  type,
             const char     *from,
             const char     *to)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kaynak_document_add_link (doc, type, from, to, &error));
  g_assert_no_error (error);
}

/* The document most tests look at:
 *   gov (official statement): self-interested, authoritative
 *   expert (named):            independent, authority not rated
 *   anon (anonymous):          independence not rated, not authoritative
 *   idle (named):              self-interested, but no claims: not counted
 *   c1 gov     asserts      confirmed by c2 (expert): multiple
 *   c2 expert  verifies     only contradicted by c3: single
 *   c3 anon    asserts      "confirmed" by c5, which has no source: single
 *   c4 gov     not rated    claim attributed anonymous; confirmed by c1,
 *                           its own source: single
 *   c5 none    not rated    confirmed by c2 (expert): multiple
 * Single source: c2 c3 c4 = 3 of 5 (60.0 %).  Attributed: c1 (official
 * statement) c2 (named) c3 c4 (anonymous), c5 has no source
 * (unattributed): anonymous 2 of 4 (50.0 %).  Sources with claims: gov
 * expert anon: self-interested 1 of 3 (33.3 %), 1 not rated; not
 * authoritative 1 of 3, 1 not rated.  Asserts: c1 c3 = 2 of 5 (40.0 %),
 * 2 not rated. */
static KaynakDocument *
make_document (char **ids)
{
  KaynakDocument *doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakCodebook) codebook = imvain_codebook ();
  g_autoptr(GError) error = NULL;

  use_codebook (doc, codebook);
  add_source (doc, "gov", "#1c71d8", KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  add_source (doc, "expert", "#2ec27e", KAYNAK_SOURCE_KIND_NAMED);
  add_source (doc, "anon", "#e66100", KAYNAK_SOURCE_KIND_ANONYMOUS);
  add_source (doc, "idle", "#9141ac", KAYNAK_SOURCE_KIND_NAMED);
  set_source (doc, "gov", "independence", "self-interested");
  set_source (doc, "gov", "authority", "authoritative");
  set_source (doc, "expert", "independence", "independent");
  set_source (doc, "anon", "authority", "not-authoritative");
  set_source (doc, "idle", "independence", "self-interested");

  ids[0] = g_strdup (tag (doc, 0, "gov"));
  ids[1] = g_strdup (tag (doc, 12, "expert"));
  ids[2] = g_strdup (tag (doc, 24, "anon"));
  ids[3] = g_strdup (tag (doc, 36, "gov"));
  ids[4] = g_strdup (tag (doc, 48, NULL));
  set_claim (doc, ids[0], "verification", "asserts");
  set_claim (doc, ids[1], "verification", "verifies");
  set_claim (doc, ids[2], "verification", "asserts");
  g_assert_true (kaynak_document_set_claim_attribution (doc, ids[3], TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, &error));
  g_assert_no_error (error);

  link_claims (doc, KAYNAK_LINK_TYPE_CONFIRMS, ids[1], ids[0]);
  link_claims (doc, KAYNAK_LINK_TYPE_CONTRADICTS, ids[2], ids[1]);
  link_claims (doc, KAYNAK_LINK_TYPE_CONFIRMS, ids[4], ids[2]);
  link_claims (doc, KAYNAK_LINK_TYPE_CONFIRMS, ids[0], ids[3]);
  link_claims (doc, KAYNAK_LINK_TYPE_CONFIRMS, ids[1], ids[4]);
  return doc;
}

static void
free_ids (char **ids)
{
  for (guint i = 0; i < 5; i++)
    g_free (ids[i]);
}

static void
test_counts (void)
{
  char *ids[5];
  g_autoptr(KaynakDocument) doc = make_document (ids);
  g_autoptr(KaynakScorecard) card = kaynak_scorecard_new (doc);

  g_assert_true (kaynak_scorecard_applies (doc));
  g_assert_nonnull (card);
  g_assert_cmpuint (card->claims, ==, 5);
  g_assert_cmpuint (card->single_source_claims, ==, 3);
  g_assert_cmpuint (card->attributed_claims, ==, 4);
  g_assert_cmpuint (card->anonymous_claims, ==, 2);
  g_assert_cmpuint (card->sources, ==, 3);
  g_assert_cmpuint (card->self_interested_sources, ==, 1);
  g_assert_cmpuint (card->unrated_independence, ==, 1);
  g_assert_true (card->has_authority);
  g_assert_cmpuint (card->not_authoritative_sources, ==, 1);
  g_assert_cmpuint (card->unrated_authority, ==, 1);
  g_assert_cmpuint (card->asserting_claims, ==, 2);
  g_assert_cmpuint (card->unrated_verification, ==, 2);
  free_ids (ids);
}

/* The rows everyone shows, in order, with their words (C.UTF-8) */
static void
test_rows (void)
{
  char *ids[5];
  g_autoptr(KaynakDocument) doc = make_document (ids);
  g_autoptr(KaynakScorecard) card = kaynak_scorecard_new (doc);
  g_autoptr(GPtrArray) rows = kaynak_scorecard_dup_rows (card);
  static const struct { const char *id, *label, *value, *left; } want[] = {
    { "single-source", "Claims resting on a single source", "3 of 5 · 60.0 %", "" },
    { "anonymous", "Anonymous attributions", "2 of 4 · 50.0 %", "" },
    { "self-interested", "Self-interested sources", "1 of 3 · 33.3 %", "1 not rated yet" },
    { "asserts", "Claims that assert without verifying", "2 of 5 · 40.0 %", "2 not rated yet" },
    { "not-authoritative", "Sources neither authoritative nor informed", "1 of 3 · 33.3 %",
      "1 not rated yet" },
  };

  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < rows->len; i++)
    {
      KaynakScorecardRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row->id, ==, want[i].id);
      g_assert_cmpstr (row->label, ==, want[i].label);
      g_assert_cmpstr (row->value, ==, want[i].value);
      g_assert_cmpstr (row->left, ==, want[i].left);
    }
  free_ids (ids);
}

/* Rating what was left and a link the other way change what they should,
 * and undo puts the numbers back */
static void
test_follows_edits (void)
{
  char *ids[5];
  g_autoptr(KaynakDocument) doc = make_document (ids);
  g_autoptr(KaynakScorecard) after = NULL;
  g_autoptr(KaynakScorecard) undone = NULL;

  set_claim (doc, ids[3], "verification", "asserts");
  set_source (doc, "anon", "independence", "self-interested");
  /* c3 (anon) confirms c2 (expert): c2 is no longer single */
  link_claims (doc, KAYNAK_LINK_TYPE_CONFIRMS, ids[2], ids[1]);
  after = kaynak_scorecard_new (doc);
  g_assert_cmpuint (after->asserting_claims, ==, 3);
  g_assert_cmpuint (after->unrated_verification, ==, 1);
  g_assert_cmpuint (after->self_interested_sources, ==, 2);
  g_assert_cmpuint (after->unrated_independence, ==, 0);
  g_assert_cmpuint (after->single_source_claims, ==, 2);

  g_assert_true (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_undo (doc));
  g_assert_true (kaynak_document_undo (doc));
  undone = kaynak_scorecard_new (doc);
  g_assert_cmpuint (undone->asserting_claims, ==, 2);
  g_assert_cmpuint (undone->self_interested_sources, ==, 1);
  g_assert_cmpuint (undone->single_source_claims, ==, 3);
  free_ids (ids);
}

/* The codebook and no claims: every count 0, no share, nothing left */
static void
test_no_claims (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakCodebook) codebook = imvain_codebook ();
  g_autoptr(KaynakScorecard) card = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  use_codebook (doc, codebook);
  add_source (doc, "gov", "#1c71d8", KAYNAK_SOURCE_KIND_NAMED);
  card = kaynak_scorecard_new (doc);
  g_assert_nonnull (card);
  g_assert_cmpuint (card->claims, ==, 0);
  g_assert_cmpuint (card->sources, ==, 0);
  g_assert_cmpuint (card->unrated_independence, ==, 0);
  rows = kaynak_scorecard_dup_rows (card);
  for (guint i = 0; i < rows->len; i++)
    {
      KaynakScorecardRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (row->count, ==, 0);
      g_assert_cmpuint (row->of, ==, 0);
      g_assert_cmpstr (row->value, ==, "0 of 0");
      g_assert_cmpstr (row->left, ==, "");
    }
  g_assert_cmpfloat (kaynak_scorecard_share (0, 0), ==, 0.0);
}

/* Claims and sources, nothing rated yet: everything is left to do */
static void
test_nothing_rated (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakCodebook) codebook = imvain_codebook ();
  g_autoptr(KaynakScorecard) card = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  use_codebook (doc, codebook);
  add_source (doc, "a", "#1c71d8", KAYNAK_SOURCE_KIND_NAMED);
  add_source (doc, "b", "#2ec27e", KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  tag (doc, 0, "a");
  tag (doc, 12, "a");
  tag (doc, 24, "b");
  card = kaynak_scorecard_new (doc);
  g_assert_cmpuint (card->claims, ==, 3);
  g_assert_cmpuint (card->single_source_claims, ==, 3);
  /* b names nobody: its claim is not among the attributed */
  g_assert_cmpuint (card->attributed_claims, ==, 2);
  g_assert_cmpuint (card->anonymous_claims, ==, 0);
  g_assert_cmpuint (card->sources, ==, 2);
  g_assert_cmpuint (card->self_interested_sources, ==, 0);
  g_assert_cmpuint (card->unrated_independence, ==, 2);
  g_assert_cmpuint (card->unrated_authority, ==, 2);
  g_assert_cmpuint (card->asserting_claims, ==, 0);
  g_assert_cmpuint (card->unrated_verification, ==, 3);
  rows = kaynak_scorecard_dup_rows (card);
  g_assert_cmpstr (((KaynakScorecardRow *) g_ptr_array_index (rows, 3))->value, ==, "0 of 3 · 0.0 %");
  g_assert_cmpstr (((KaynakScorecardRow *) g_ptr_array_index (rows, 3))->left, ==, "3 not rated yet");
}

/* No codebook, or one without those fields: no scorecard */
static void
test_not_applies (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);

  add_source (doc, "a", "#1c71d8", KAYNAK_SOURCE_KIND_NAMED);
  tag (doc, 0, "a");
  g_assert_false (kaynak_scorecard_applies (doc));
  g_assert_null (kaynak_scorecard_new (doc));
}

static KaynakCodebook *
codebook_from (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return codebook;
}

#define CHOICE_FIELD(id, on, a, b) \
  "{\"id\":\"" id "\",\"label\":\"" id "\",\"on\":\"" on "\",\"type\":\"choice\"," \
  "\"choices\":[{\"id\":\"" a "\",\"label\":\"" a "\"},{\"id\":\"" b "\",\"label\":\"" b "\"}]}"
#define CODEBOOK(id, fields) \
  "{\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"" id "\",\"name\":\"" id "\"," \
  "\"sources\":[],\"verdicts\":[],\"fields\":[" fields "]}"

/* Recognised by the fields' ids, not the codebook's: a teacher's own
 * codebook with IMVAIN's two fields and another gets a scorecard (without
 * the authority row); one where a field is on the wrong thing, or lacks
 * the choice counted, does not */
static void
test_recognised_by_fields (void)
{
  static const struct { const char *json; gboolean applies; } cases[] = {
    { CODEBOOK ("my-class",
                CHOICE_FIELD ("independence", "source", "independent", "self-interested") ","
                CHOICE_FIELD ("verification", "claim", "verifies", "asserts") ","
                CHOICE_FIELD ("topic", "claim", "war", "peace")), TRUE },
    { CODEBOOK ("kaynak-imvain",
                CHOICE_FIELD ("independence", "claim", "independent", "self-interested") ","
                CHOICE_FIELD ("verification", "claim", "verifies", "asserts")), FALSE },
    { CODEBOOK ("kaynak-imvain",
                CHOICE_FIELD ("independence", "source", "independent", "partisan") ","
                CHOICE_FIELD ("verification", "claim", "verifies", "asserts")), FALSE },
    { CODEBOOK ("kaynak-imvain",
                CHOICE_FIELD ("independence", "source", "independent", "self-interested")), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
      g_autoptr(KaynakCodebook) codebook = codebook_from (cases[i].json);
      g_autoptr(KaynakScorecard) card = NULL;

      use_codebook (doc, codebook);
      g_assert_cmpint (kaynak_scorecard_applies (doc), ==, cases[i].applies);
      card = kaynak_scorecard_new (doc);
      g_assert_true ((card != NULL) == cases[i].applies);
      if (card != NULL)
        {
          g_autoptr(GPtrArray) rows = kaynak_scorecard_dup_rows (card);

          g_assert_false (card->has_authority);
          g_assert_cmpuint (rows->len, ==, 4);
        }
    }
}

/* The report of @doc, written as the html exporter writes it: a file in
 * a folder */
static char *
html_report (KaynakDocument *doc)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-scorecard-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  char *html = NULL;

  kaynak_document_set_title (doc, "Scorecard");
  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("html"), NULL, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, doc, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  stem = kaynak_document_dup_stem (doc);
  name = g_strconcat (stem, ".html", NULL);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (path, &html, NULL, &error));
  g_assert_no_error (error);
  kaynak_test_remove_tree (dir);
  return html;
}

/* The HTML report has the same rows after its legend, headers scoped;
 * a report of a document without the fields has no such table */
static void
test_html (void)
{
  char *ids[5];
  g_autoptr(KaynakDocument) doc = make_document (ids);
  g_autoptr(KaynakDocument) plain = kaynak_document_new (article, -1);
  g_autofree char *text = html_report (doc);
  g_autofree char *plain_text = html_report (plain);
  const char *legend, *table, *claims;

  legend = strstr (text, "<ul class=\"legend\">");
  table = strstr (text, "<h2>Source evaluation (IMVAIN)</h2>\n<table class=\"scorecard\">");
  claims = strstr (text, "<h2>Claims</h2>");
  g_assert_nonnull (legend);
  g_assert_nonnull (table);
  g_assert_true (legend < table && table < claims);
  g_assert_nonnull (strstr (table, "<tr id=\"scorecard-single-source\"><th scope=\"row\">Claims resting on "
                                   "a single source</th><td>3 of 5 · 60.0 %</td><td></td></tr>"));
  g_assert_nonnull (strstr (table, "<tr id=\"scorecard-asserts\"><th scope=\"row\">Claims that assert "
                                   "without verifying</th><td>2 of 5 · 40.0 %</td><td>2</td></tr>"));
  g_assert_null (strstr (plain_text, "scorecard"));
  free_ids (ids);
}

/* Saved and read back, the document has the same scorecard; `kaynak
 * --stats` prints its rows under the counts and --json keys them by id.
 * (KAYNAK_CLI is set for every test by tests/meson.build: this runs
 * kaynak-headless.) */
static void
test_file_and_cli (void)
{
  char *ids[5];
  g_autoptr(KaynakDocument) doc = make_document (ids);
  g_autoptr(GBytes) bytes = kaynak_file_serialize (doc);
  g_autoptr(KaynakDocument) loaded = NULL;
  g_autoptr(KaynakScorecard) card = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-scorecard-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "rated.kaynak.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(KaynakTestRun) run = { 0 };
  g_auto(KaynakTestRun) json_run = { 0 };
  JsonObject *file, *row;

  loaded = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  card = kaynak_scorecard_new (loaded);
  g_assert_nonnull (card);
  g_assert_cmpuint (card->single_source_claims, ==, 3);
  g_assert_cmpuint (card->anonymous_claims, ==, 2);
  g_assert_cmpuint (card->self_interested_sources, ==, 1);
  g_assert_cmpuint (card->asserting_claims, ==, 2);
  g_assert_cmpuint (card->unrated_verification, ==, 2);

  g_assert_nonnull (kaynak_test_binary ());
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  kaynak_test_run_binary (&run, dir, (const char *[]) { "--stats", "rated.kaynak.json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out,
                            "  Source evaluation (IMVAIN)\n"
                            "    Claims resting on a single source: 3 of 5 · 60.0 %\n"
                            "    Anonymous attributions: 2 of 4 · 50.0 %\n"
                            "    Self-interested sources: 1 of 3 · 33.3 % (1 not rated yet)\n"
                            "    Claims that assert without verifying: 2 of 5 · 40.0 % (2 not rated yet)\n"
                            "    Sources neither authoritative nor informed: 1 of 3 · 33.3 % (1 not rated yet)\n"));

  kaynak_test_run_binary (&json_run, dir, (const char *[]) { "--stats", "--json", "rated.kaynak.json", NULL });
  g_assert_cmpint (json_run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json_run.out, -1, &error));
  g_assert_no_error (error);
  file = json_array_get_object_element (json_object_get_array_member (
           json_node_get_object (json_parser_get_root (parser)), "files"), 0);
  row = json_object_get_object_member (json_object_get_object_member (file, "scorecard"), "asserts");
  g_assert_cmpint (json_object_get_int_member (row, "count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (row, "of"), ==, 5);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (row, "share_percent"), 40.0, 1e-9);
  g_assert_cmpint (json_object_get_int_member (row, "not_rated"), ==, 2);
  row = json_object_get_object_member (json_object_get_object_member (file, "scorecard"), "single-source");
  g_assert_false (json_object_has_member (row, "not_rated"));
  g_assert_false (json_object_has_member (json_object_get_object_member (
                    json_node_get_object (json_parser_get_root (parser)), "total"), "scorecard"));

  kaynak_test_remove_tree (dir);
  free_ids (ids);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/scorecard/counts", test_counts);
  g_test_add_func ("/kaynak/scorecard/rows", test_rows);
  g_test_add_func ("/kaynak/scorecard/follows-edits", test_follows_edits);
  g_test_add_func ("/kaynak/scorecard/no-claims", test_no_claims);
  g_test_add_func ("/kaynak/scorecard/nothing-rated", test_nothing_rated);
  g_test_add_func ("/kaynak/scorecard/not-applies", test_not_applies);
  g_test_add_func ("/kaynak/scorecard/recognised-by-fields", test_recognised_by_fields);
  g_test_add_func ("/kaynak/scorecard/html-report", test_html);
  g_test_add_func ("/kaynak/scorecard/file-and-stats", test_file_and_cli);

  return g_test_run ();
}
