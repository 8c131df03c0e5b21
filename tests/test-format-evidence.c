/* test-format-evidence.c: a claim as it is checked (issue 18) in every
 * export that carries it: ClaimReview's claimReviewed and citation, the
 * W3C "linking" bodies (and their import), the JSONL and CSV columns and
 * the HTML report's numbered list.  The W3C and HTML files are golden
 * (tests/data/formats/golden/evidence/, KAYNAK_REGENERATE_GOLDEN=1
 * rewrites them), so meson's W3C suite, JSON-LD expansion and
 * html-validate check exactly what this writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document-evidence.h"
#include "kaynak-document.h"
#include "kaynak-export.h"
#include "kaynak-source.h"
#include "kaynak-test-util.h"

static const char article[] =
  "Ukrayna’ya göre Kuzey Kore’nin üç binden fazla asker gönderdiği iddia edilmişti. "
  "Pentagon da bunu doğrulamıştı.";

#define CHECKABLE "North Korea has sent more than 3,000 soldiers to Russia."
#define HOSTILE_NOTE "Reuters </script><b>“alıntı”</b> & more"

static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (article, p - article);
}

/* A claim as it is read from a file, with fixed id and times so that
 * the golden files stay the same */
static void
add_claim (KaynakDocument           *document,
           const char               *id,
           const char               *words,
           guint                     length,
           const char               *source_id,
           KaynakClaimStatus         status,
           const char               *checkable,
           const KaynakEvidenceList *evidence)
{
  guint start = offset_of (words);
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (id, start, start + length);
  g_autofree char *quote = g_utf8_substring (article, start, start + length);

  kaynak_claim_set_quote (claim, quote);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_status (claim, status);
  kaynak_claim_set_checkable (claim, checkable);
  kaynak_claim_set_evidence (claim, evidence);
  kaynak_claim_set_created (claim, "2024-11-06T09:00:00Z");
  kaynak_claim_set_modified (claim, "2024-11-06T10:00:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, NULL));
}

static KaynakDocument *
fixture (void)
{
  KaynakDocument *document = kaynak_document_new (article, -1);
  g_autoptr(KaynakSource) ukrayna =
    kaynak_source_new ("ukrayna", "Ukrayna", "#1c71d8", 1, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  const KaynakEvidence items[] = {
    { "https://www.reuters.com/world/korea-troops-2024-11-05/",
      "https://web.archive.org/web/20241105/https://www.reuters.com/world/korea-troops-2024-11-05/",
      "2024-11-05", HOSTILE_NOTE },
    { "https://www.defense.gov/News/briefing", NULL, NULL, NULL },
  };
  KaynakEvidenceList *evidence = kaynak_evidence_list_new (items, 2);

  kaynak_document_set_title (document, "Kuzey Kore askerleri");
  kaynak_document_set_language (document, "tr");
  kaynak_document_set_url (document, "https://example.org/haber/kuzey-kore");
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/kuzey-kore");
  g_assert_true (kaynak_document_add_source (document, ukrayna, NULL));
  add_claim (document, "6f0c2b1e-5d7a-4c1b-9a3e-0000000000e1", "üç binden", 21, "ukrayna",
             KAYNAK_CLAIM_STATUS_SUPPORTED, CHECKABLE, evidence);
  /* a claim with a verdict, no checkable sentence and no evidence */
  add_claim (document, "6f0c2b1e-5d7a-4c1b-9a3e-0000000000e2", "Pentagon", 29, NULL,
             KAYNAK_CLAIM_STATUS_REFUTED, NULL, NULL);
  kaynak_evidence_list_unref (evidence);
  kaynak_document_clear_history (document);
  return document;
}

static char *
export (const char     *format,
        KaynakDocument *document)
{
  KaynakExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = kaynak_export_document_to_bytes (kaynak_exporter_lookup (format), &options,
                                           document, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A per-article export that writes into a folder: its one file */
static char *
export_folder (const char     *format,
               KaynakDocument *document)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-evidence-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  KaynakExportOptions options = { 0 };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup (format), &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  path = g_build_filename (dir, g_dir_read_name (d), NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  kaynak_test_remove_tree (dir);
  return contents;
}

static void
check_golden (const char *name,
              const char *out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                 "evidence", name, NULL);
  g_autofree char *golden = NULL;

  if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (path, out, -1, NULL));
  g_assert_true (g_file_get_contents (path, &golden, NULL, NULL));
  g_assert_cmpstr (out, ==, golden);
}

static void
test_claimreview (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export_folder ("claimreview", document);
  g_autoptr(JsonNode) root = json_from_string (out, NULL);
  JsonArray *reviews, *citations;
  JsonObject *review, *citation;

  g_assert_nonnull (root);
  /* safe in a <script> element */
  g_assert_null (strstr (out, "</script>"));
  reviews = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (reviews), ==, 2);

  review = json_array_get_object_element (reviews, 0);
  g_assert_cmpstr (json_object_get_string_member (review, "claimReviewed"), ==, CHECKABLE);
  citations = json_object_get_array_member (review, "citation");
  g_assert_cmpuint (json_array_get_length (citations), ==, 2);
  citation = json_array_get_object_element (citations, 0);
  g_assert_cmpstr (json_object_get_string_member (citation, "@type"), ==, "CreativeWork");
  g_assert_cmpstr (json_object_get_string_member (citation, "url"), ==,
                   "https://www.reuters.com/world/korea-troops-2024-11-05/");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (citation, "archivedAt"),
                                   "https://web.archive.org/"));
  g_assert_cmpstr (json_object_get_string_member (citation, "datePublished"), ==, "2024-11-05");
  g_assert_cmpstr (json_object_get_string_member (citation, "description"), ==, HOSTILE_NOTE);
  /* what is not there is left out, not written empty */
  citation = json_array_get_object_element (citations, 1);
  g_assert_false (json_object_has_member (citation, "archivedAt"));
  g_assert_false (json_object_has_member (citation, "datePublished"));
  g_assert_false (json_object_has_member (citation, "description"));

  /* no checkable sentence: the words; no evidence: no citation */
  review = json_array_get_object_element (reviews, 1);
  g_assert_cmpstr (json_object_get_string_member (review, "claimReviewed"), ==,
                   "Pentagon da bunu doğrulamıştı");
  g_assert_false (json_object_has_member (review, "citation"));
}

static void
test_jsonl (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("jsonl", document);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(JsonNode) first = json_from_string (lines[0], NULL);
  g_autoptr(JsonNode) second = json_from_string (lines[1], NULL);
  JsonObject *line = json_node_get_object (first);
  JsonArray *evidence;
  JsonObject *item;

  g_assert_cmpstr (json_object_get_string_member (line, "checkable"), ==, CHECKABLE);
  evidence = json_object_get_array_member (line, "evidence");
  g_assert_cmpuint (json_array_get_length (evidence), ==, 2);
  item = json_array_get_object_element (evidence, 0);
  g_assert_cmpstr (json_object_get_string_member (item, "date"), ==, "2024-11-05");
  g_assert_cmpstr (json_object_get_string_member (item, "note"), ==, HOSTILE_NOTE);
  /* every piece has the four members, "" for none: one shape to read */
  item = json_array_get_object_element (evidence, 1);
  g_assert_cmpstr (json_object_get_string_member (item, "archived"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (item, "date"), ==, "");

  line = json_node_get_object (second);
  g_assert_cmpstr (json_object_get_string_member (line, "checkable"), ==,
                   "Pentagon da bunu doğrulamıştı");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (line, "evidence")), ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("csv", document);
  g_auto(GStrv) rows = g_strsplit (out, "\r\n", -1);

  g_assert_nonnull (strstr (rows[0], ",checkable,evidence"));
  /* the evidence is one cell with a line a piece (quoted: it has line breaks) */
  g_assert_nonnull (strstr (out, ",\"" CHECKABLE "\",\"1. https://www.reuters.com/world/korea-troops-2024-11-05/"
                                 " (archived: https://web.archive.org/web/20241105/https://www.reuters.com/world/korea-troops-2024-11-05/)"
                                 " 2024-11-05: " HOSTILE_NOTE "\n"
                                 "2. https://www.defense.gov/News/briefing\""));
}

static void
test_html (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export_folder ("html", document);
  const char *list = strstr (out, "<ol class=\"evidence\">");

  g_assert_nonnull (list);
  g_assert_nonnull (strstr (out, CHECKABLE));
  g_assert_nonnull (strstr (list, "<li><a href=\"https://www.reuters.com/world/korea-troops-2024-11-05/\">"));
  g_assert_nonnull (strstr (list, "<time datetime=\"2024-11-05\">2024-11-05</time>"));
  /* the note is text, never markup */
  g_assert_null (strstr (out, "<b>"));
  g_assert_nonnull (strstr (list, "&lt;/script&gt;&lt;b&gt;"));
  g_assert_null (strstr (strstr (list, "</ol>"), "<ol class=\"evidence\">"));
  /* also checked by html-validate (meson: html-report-validate) */
  check_golden ("evidence.html", out);
}

static void
test_w3c (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("w3c", document);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-evidence-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "in.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *back;
  KaynakClaim *claim = NULL;
  const KaynakEvidenceList *list;
  const char *p = out;
  guint n = 0;

  for (p = out; (p = strstr (p, "\"linking\"")) != NULL; p++)
    n++;
  g_assert_cmpuint (n, ==, 2);
  /* also checked against the W3C suite and by JSON-LD expansion (meson) */
  check_golden ("evidence.jsonld", out);

  g_assert_true (g_file_set_contents (path, out, -1, NULL));
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, NULL, NULL, &error);
  g_assert_no_error (error);
  back = g_ptr_array_index (documents, 0);
  for (guint i = 0; i < kaynak_document_get_n_claims (back); i++)
    {
      g_autoptr(KaynakClaim) c = g_list_model_get_item (kaynak_document_get_claims (back), i);

      if (kaynak_claim_get_evidence (c) != NULL)
        claim = c;
    }
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, CHECKABLE);
  list = kaynak_claim_get_evidence (claim);
  g_assert_cmpuint (kaynak_evidence_list_get_n (list), ==, 2);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 0)->note, ==, HOSTILE_NOTE);
  g_assert_cmpstr (kaynak_evidence_list_get (list, 0)->date, ==, "2024-11-05");
  g_assert_true (g_str_has_prefix (kaynak_evidence_list_get (list, 0)->archived, "https://web.archive.org/"));
  g_assert_cmpstr (kaynak_evidence_list_get (list, 1)->url, ==, "https://www.defense.gov/News/briefing");
  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/format-evidence/claimreview-reviewed-and-citations", test_claimreview);
  g_test_add_func ("/kaynak/format-evidence/jsonl-columns", test_jsonl);
  g_test_add_func ("/kaynak/format-evidence/csv-columns", test_csv);
  g_test_add_func ("/kaynak/format-evidence/html-numbered-list", test_html);
  g_test_add_func ("/kaynak/format-evidence/w3c-linking-bodies-and-import", test_w3c);

  return g_test_run ();
}
