/* test-format-pieces.c: the exports of claims in pieces and of where a
 * claim's source and cue stand (issue 17), each against output worked out
 * by hand from the fixture below; the W3C one also as a golden file that
 * the W3C schemas and JSON-LD expansion check (tests/meson.build), read
 * back by the W3C importer; doccano's widening counted and told by the
 * command line.
 *
 * The fixture, offsets in code points:
 *
 *   “Vergiler,” dedi Bakan, “gelecek yıl düşecek.” Muhalefet buna itiraz etti.
 *    1      9   12  16 17 22  25                 44  47                      73
 *
 *   claim-a  pieces 1–9 "Vergiler" and 25–44 "gelecek yıl düşecek", source
 *            Bakan, source range 17–22 "Bakan", cue range 12–16 "dedi"
 *   claim-b  12–22 "dedi Bakan", no source: in claim-a's gap
 *   claim-c  47–73 "Muhalefet buna itiraz etti", source Muhalefet
 *
 * KAYNAK_REGENERATE_GOLDEN=1 rewrites the golden files
 * (tests/data/formats/golden/pieces/).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-document-private.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include <glib/gstdio.h>
#include "kaynak-test-util.h"

static const char article[] =
  "“Vergiler,” dedi Bakan, “gelecek yıl düşecek.” Muhalefet buna itiraz etti.";

static KaynakClaim *
add_claim (KaynakDocument    *document,
           const char        *id,
           const KaynakRange *pieces,
           guint              n,
           const char        *source_id,
           const KaynakRange *source_range,
           const KaynakRange *cue_range)
{
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (id, pieces[0].start, pieces[n - 1].end);
  g_autoptr(GError) error = NULL;

  kaynak_document_anchor_pieces (document, claim, pieces, n);
  /* set before it is added: an edit would make its modified time now */
  if (source_range != NULL)
    kaynak_document_anchor_source_ranges (document, claim, source_range, 1);
  if (cue_range != NULL)
    kaynak_document_anchor_cue_ranges (document, claim, cue_range, 1);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_created (claim, "2026-12-01T10:00:00Z");
  kaynak_claim_set_modified (claim, "2026-12-01T10:00:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, &error));
  g_assert_no_error (error);
  return claim;
}

static KaynakDocument *
fixture (void)
{
  KaynakDocument *document = kaynak_document_new (article, -1);
  KaynakRange a[2] = { { 1, 9 }, { 25, 44 } };
  KaynakRange b[1] = { { 12, 22 } };
  KaynakRange c[1] = { { 47, 73 } };
  KaynakRange source = { 17, 22 };
  KaynakRange cue = { 12, 16 };
  g_autoptr(KaynakSource) bakan =
    kaynak_source_new ("bakan", "Bakan", "#1c71d8", 1, KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakSource) muhalefet =
    kaynak_source_new ("muhalefet", "Muhalefet", "#c01c28", 2, KAYNAK_SOURCE_KIND_NAMED);

  kaynak_document_set_title (document, "Vergiler");
  kaynak_document_set_language (document, "tr");
  g_assert_true (kaynak_document_add_source (document, bakan, NULL));
  g_assert_true (kaynak_document_add_source (document, muhalefet, NULL));
  add_claim (document, "claim-a", a, 2, "bakan", &source, &cue);
  add_claim (document, "claim-b", b, 1, NULL, NULL, NULL);
  add_claim (document, "claim-c", c, 1, "muhalefet", NULL, NULL);
  kaynak_document_clear_history (document);
  return document;
}

static char *
export (const char *format,
        guint      *n_widened)
{
  g_autoptr(KaynakDocument) document = fixture ();
  KaynakExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint widened;

  bytes = kaynak_export_document_to_bytes_widened (kaynak_exporter_lookup (format), &options,
                                                   document, &widened, &error);
  g_assert_no_error (error);
  if (n_widened != NULL)
    *n_widened = widened;
  else
    g_assert_cmpuint (widened, ==, 0);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The fixture as Kaynak saves it: the golden file the JSON Schema
 * (data/kaynak.schema.json) is checked against, and its bad variants made
 * from (tests/data/schema) */
static void
test_native_file (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                        "pieces", "vergiler.kaynak.json", NULL);
  g_autofree char *golden = NULL;
  g_autofree char *out = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (golden_path, out, -1, NULL));
  g_assert_true (g_file_get_contents (golden_path, &golden, NULL, NULL));
  g_assert_cmpstr (out, ==, golden);
}

/* Every file the JSON Schema refuses (tests/data/schema) the loader
 * refuses too, with the member's path */
static void
test_schema_cases_refused (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "schema", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);

      g_test_message ("%s: %s", name, error != NULL ? error->message : "loaded");
      g_assert_null (document);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "claims[0]"));
      n++;
    }
  g_assert_cmpuint (n, ==, 11);
}

/* JSON Lines: every line has pieces (one for a claim in one piece),
 * source_ranges and cue_ranges */
static void
test_jsonl (void)
{
  g_autofree char *out = export ("jsonl", NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *line;
  const char * const members[] = { "pieces", "source_ranges", "cue_ranges" };
  const char * const a[] = {
    "[{\"start\":1,\"end\":9,\"quote\":\"Vergiler\"},"
    "{\"start\":25,\"end\":44,\"quote\":\"gelecek yıl düşecek\"}]",
    "[{\"start\":17,\"end\":22,\"quote\":\"Bakan\"}]",
    "[{\"start\":12,\"end\":16,\"quote\":\"dedi\"}]",
  };
  const char * const b[] = { "[{\"start\":12,\"end\":22,\"quote\":\"dedi Bakan\"}]", "[]", "[]" };

  /* three claims and the last newline */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);

  /* the members as written, in the order written */
  g_assert_nonnull (strstr (lines[0], "\"suffix\":\".” Muhalefet buna itiraz etti.\",\"pieces\":"
                                      "[{\"start\":1,\"end\":9,\"quote\":\"Vergiler\"},"
                                      "{\"start\":25,\"end\":44,\"quote\":\"gelecek yıl düşecek\"}],"
                                      "\"sentence\":"));
  g_assert_nonnull (strstr (lines[0], "\"source_kind\":\"named\","
                                      "\"source_ranges\":[{\"start\":17,\"end\":22,\"quote\":\"Bakan\"}],"
                                      "\"cue_ranges\":[{\"start\":12,\"end\":16,\"quote\":\"dedi\"}],"
                                      "\"status\":"));
  for (guint k = 0; k < 2; k++)
    {
      g_assert_true (json_parser_load_from_data (parser, lines[k], -1, NULL));
      line = json_node_get_object (json_parser_get_root (parser));
      /* start/end/quote stay the covering range */
      if (k == 0)
        {
          g_assert_cmpint (json_object_get_int_member (line, "start"), ==, 1);
          g_assert_cmpint (json_object_get_int_member (line, "end"), ==, 44);
          g_assert_cmpstr (json_object_get_string_member (line, "quote"), ==,
                           "Vergiler,” dedi Bakan, “gelecek yıl düşecek");
        }
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          g_autofree char *value = NULL;

          json_generator_set_root (generator, json_object_get_member (line, members[m]));
          value = json_generator_to_data (generator, NULL);
          g_assert_cmpstr (value, ==, k == 0 ? a[m] : b[m]);
        }
    }
}

/* CSV: six columns near the end */
static void
test_csv (void)
{
  g_autofree char *out = export ("csv", NULL);
  g_auto(GStrv) rows = g_strsplit (out, "\r\n", -1);

  /* in this order, with the claim as it is checked after them (test-format-evidence) */
  g_assert_nonnull (strstr (rows[0], ",links,pieces,pieces_quote,source_ranges,source_words,"
                                     "cue_ranges,cue_words,"));
  g_assert_nonnull (strstr (rows[1], ",1 9;25 44,Vergiler … gelecek yıl düşecek,17 22,Bakan,12 16,dedi,"));
  g_assert_nonnull (strstr (rows[2], ",,12 22,dedi Bakan,,,,"));
  g_assert_nonnull (strstr (rows[3], ",47 73,Muhalefet buna itiraz etti,,,,"));
}

/* CoNLL: the pieces' words tagged, each piece from B-, the words between
 * them O, so that the claim in the gap is tagged too */
static void
test_conll (void)
{
  g_autofree char *out = export ("conll", NULL);

  g_assert_cmpstr (out, ==,
                   "-DOCSTART-\tO\n"
                   "\n"
                   "“\tO\n"
                   "Vergiler\tB-Bakan\n"
                   ",\tO\n"
                   "”\tO\n"
                   "dedi\tB-Claim\n"
                   "Bakan\tI-Claim\n"
                   ",\tO\n"
                   "“\tO\n"
                   "gelecek\tB-Bakan\n"
                   "yıl\tI-Bakan\n"
                   "düşecek\tI-Bakan\n"
                   ".\tO\n"
                   "”\tO\n"
                   "\n"
                   "Muhalefet\tB-Muhalefet\n"
                   "buna\tI-Muhalefet\n"
                   "itiraz\tI-Muhalefet\n"
                   "etti\tI-Muhalefet\n"
                   ".\tO\n"
                   "\n");
}

/* HTML: each piece marked, the gap not (its own claim is marked there);
 * the claim's number after its last piece; the table shows the pieces */
static void
test_html (void)
{
  g_autofree char *out = NULL;
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-pieces-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autofree char *path = NULL;
  KaynakExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  const char *article_html;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("html"), &options, folder,
                                            &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_cmpuint (kaynak_export_writer_get_n_widened (writer), ==, 0);
  path = g_build_filename (dir, "vergiler.html", NULL);
  g_assert_true (g_file_get_contents (path, &out, NULL, NULL));
  /* byte for byte the golden one, which html-validate checks */
  {
    g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                          "pieces", "vergiler.html", NULL);
    g_autofree char *golden = NULL;

    if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
      g_assert_true (g_file_set_contents (golden_path, out, -1, NULL));
    g_assert_true (g_file_get_contents (golden_path, &golden, NULL, NULL));
    g_assert_cmpstr (out, ==, golden);
  }

  article_html = strstr (out, "<div class=\"article\">");
  g_assert_nonnull (article_html);
  g_assert_true (g_str_has_prefix (article_html,
    "<div class=\"article\">\n<p>“"
    "<mark class=\"s1\" title=\"Bakan\">Vergiler</mark>,” "
    "<mark class=\"s0\" title=\"No source\">dedi Bakan</mark>"
    "<sup class=\"n\"><a href=\"#claim-2\">2</a></sup>, “"
    "<mark class=\"s1\" title=\"Bakan\">gelecek yıl düşecek</mark>"
    "<sup class=\"n\"><a href=\"#claim-1\">1</a></sup>.” "
    "<mark class=\"s2\" title=\"Muhalefet\">Muhalefet buna itiraz etti</mark>"
    "<sup class=\"n\"><a href=\"#claim-3\">3</a></sup>.</p>\n</div>\n"));
  g_assert_nonnull (strstr (out, "<tr id=\"claim-1\"><th scope=\"row\">1</th><td>Vergiler … gelecek yıl düşecek</td>"));

  g_unlink (path);
  kaynak_test_remove_tree (dir);
}

/* doccano has no pieces: the covering range, counted */
static void
test_doccano (void)
{
  guint widened = 0;
  g_autofree char *out = export ("doccano", &widened);

  g_assert_cmpuint (widened, ==, 1);
  g_assert_true (g_str_has_prefix (out, "{\"text\":\"“Vergiler,” dedi Bakan, “gelecek yıl düşecek.” "
                                        "Muhalefet buna itiraz etti.\",\"label\":"
                                        "[[1,44,\"Bakan\"],[12,22,\"Claim\"],[47,73,\"Muhalefet\"]],"));
}

/* W3C: one target per piece, byte for byte the golden file (which the
 * schemas and JSON-LD expansion check), read back as pieces */
static void
test_w3c (void)
{
  g_autofree char *out = export ("w3c", NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                        "pieces", "pieces.jsonld", NULL);
  g_autofree char *golden = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-pieces-XXXXXX");
  g_autofree char *copy = g_build_filename (dir, "pieces.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *back;
  KaynakClaim *claim;
  KaynakRange piece;

  if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (golden_path, out, -1, NULL));
  g_assert_true (g_file_get_contents (golden_path, &golden, NULL, NULL));
  g_assert_cmpstr (out, ==, golden);

  /* the claim's target is a list of two, each its piece's */
  g_assert_nonnull (strstr (out, "\"target\": [\n"));
  g_assert_nonnull (strstr (out, "\"exact\": \"gelecek yıl düşecek\""));
  g_assert_nonnull (strstr (out, "\"start\": 25,\n"));

  g_assert_true (g_file_set_contents (copy, out, -1, NULL));
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, NULL, NULL, &error);
  g_assert_no_error (error);
  back = g_ptr_array_index (documents, 0);
  claim = kaynak_document_lookup_claim (back, "claim-a");
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  piece = kaynak_claim_get_piece (claim, 1);
  g_assert_cmpuint (piece.start, ==, 25);
  g_assert_cmpuint (piece.end, ==, 44);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 0), ==, "Vergiler");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "bakan");
  g_assert_cmpuint (kaynak_claim_get_n_pieces (kaynak_document_lookup_claim (back, "claim-b")), ==, 1);

  g_unlink (copy);
  kaynak_test_remove_tree (dir);
}

/* A W3C annotation whose second target's words are not in the article:
 * an orphan, told; targets on two articles: refused */
static void
test_w3c_import_lost_piece (void)
{
  g_autofree char *out = export ("w3c", NULL);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-pieces-XXXXXX");
  g_autofree char *copy = g_build_filename (dir, "lost.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GString *edited = g_string_new (out);
  KaynakClaim *claim;

  g_assert_cmpuint (g_string_replace (edited, "\"exact\": \"gelecek yıl düşecek\"",
                                      "\"exact\": \"önümüzdeki ay artacak\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (copy, edited->str, -1, NULL));
  g_string_free (edited, TRUE);
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, &report, NULL, &error);
  g_assert_no_error (error);
  claim = kaynak_document_lookup_claim (g_ptr_array_index (documents, 0), "claim-a");
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Vergiler … önümüzdeki ay artacak");
  g_assert_cmpuint (report->n_orphaned, ==, 1);

  g_unlink (copy);
  kaynak_test_remove_tree (dir);
}

/* The command line says how many claims doccano widened */
static void
test_cli_widened (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-pieces-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "vergiler.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_auto(KaynakTestRun) run = { 0, };
  g_auto(KaynakTestRun) run2 = { 0, };

  if (kaynak_test_binary () == NULL)
    {
      g_test_skip ("KAYNAK_CLI is not set");
      return;
    }
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
  kaynak_test_run_binary (&run, dir, (const char *[]) { "--export", "doccano", "--output",
                                                         "out.jsonl", "vergiler.kaynak.json",
                                                         NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "; 1 claim in pieces written as the one range covering its pieces"));
  /* a format with pieces says nothing of the kind */
  kaynak_test_run_binary (&run2, dir, (const char *[]) { "--export", "jsonl", "--output",
                                                          "out2.jsonl", "vergiler.kaynak.json",
                                                          NULL });
  g_assert_cmpint (run2.status, ==, 0);
  g_assert_null (strstr (run2.err, "covering"));
  kaynak_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/format-pieces/native-file", test_native_file);
  g_test_add_func ("/kaynak/format-pieces/schema-cases-refused-by-the-loader",
                   test_schema_cases_refused);
  g_test_add_func ("/kaynak/format-pieces/jsonl", test_jsonl);
  g_test_add_func ("/kaynak/format-pieces/csv", test_csv);
  g_test_add_func ("/kaynak/format-pieces/conll-gap-is-o", test_conll);
  g_test_add_func ("/kaynak/format-pieces/html-marks-pieces", test_html);
  g_test_add_func ("/kaynak/format-pieces/doccano-widened-counted", test_doccano);
  g_test_add_func ("/kaynak/format-pieces/w3c-target-per-piece", test_w3c);
  g_test_add_func ("/kaynak/format-pieces/w3c-import-lost-piece", test_w3c_import_lost_piece);
  g_test_add_func ("/kaynak/format-pieces/cli-tells-widened", test_cli_widened);

  return g_test_run ();
}
