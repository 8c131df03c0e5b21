/* test-format-codebook.c: a codebook's verdicts and fields (issue 19) in
 * every export that carries them: JSONL and CSV columns, W3C
 * "classifying" bodies with the codebook's terms, the HTML report's
 * verdict colour and fields, ClaimReview's rating from the scale, brat's
 * attributes and notes; and the statistics and agreement per field
 * (kaynak-codebook-stats.c, kaynak-agreement-fields.c) with figures
 * worked out by hand.  The W3C and HTML files are golden
 * (tests/data/formats/golden/codebook/, KAYNAK_REGENERATE_GOLDEN=1
 * rewrites them), so meson's W3C suite and html-validate check them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "kaynak-agreement-fields.h"
#include "kaynak-codebook-stats.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-source.h"
#include "kaynak-sourcing-stats.h"
#include "kaynak-test-util.h"

static const char article[] =
  "Ukrayna’ya göre Kuzey Kore’nin üç binden fazla asker gönderdiği iddia edilmişti. "
  "Beyaz Saray bunu doğruladı. Kremlin yorum yapmadı.";

#define CLAIM_1 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c1"
#define CLAIM_2 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c2"
#define CLAIM_3 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c3"

static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (article, p - article);
}

static void
add_claim (KaynakDocument *document,
           const char     *id,
           const char     *words,
           const char     *source_id)
{
  guint start = offset_of (words);
  guint length = (guint) g_utf8_strlen (words, -1);
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (id, start, start + length);

  kaynak_claim_set_quote (claim, words);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_created (claim, "2024-11-06T09:00:00Z");
  kaynak_claim_set_modified (claim, "2024-11-06T10:00:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, NULL));
}

static KaynakCodebook *
codebook_from_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return codebook;
}

static KaynakCodebook *
codebook_from_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return codebook;
}

static void
set_field (KaynakDocument *document,
           const char     *claim_id,
           const char     *field_id,
           const char     *json)
{
  g_autoptr(JsonNode) value = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (value);
  g_assert_true (kaynak_document_set_claim_field (document, claim_id, field_id, value, &error));
  g_assert_no_error (error);
}

static void
set_verdict (KaynakDocument *document,
             const char     *claim_id,
             const char     *verdict)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_verdict (document, claim_id, verdict, &error));
  g_assert_no_error (error);
}

static KaynakDocument *
plain_document (void)
{
  KaynakDocument *document = kaynak_document_new (article, -1);

  kaynak_document_set_title (document, "Kuzey Kore askerleri");
  kaynak_document_set_language (document, "tr");
  kaynak_document_set_url (document, "https://example.org/haber/kuzey-kore");
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/kuzey-kore");
  return document;
}

/* The desk's document: the Turkish scale and every type of field */
static KaynakDocument *
fixture (void)
{
  KaynakDocument *document = plain_document ();
  g_autoptr(KaynakCodebook) codebook = codebook_from_file ("teyit-masasi.kaynak-codebook.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) reliability = json_from_string ("4", NULL);

  g_assert_true (kaynak_document_use_codebook (document, codebook, NULL, &error));
  g_assert_no_error (error);
  add_claim (document, CLAIM_1, "üç binden fazla asker gönderdiği", "beyaz-saray");
  add_claim (document, CLAIM_2, "bunu doğruladı", "beyaz-saray");
  add_claim (document, CLAIM_3, "yorum yapmadı", "kremlin");
  set_verdict (document, CLAIM_1, "yanlis");
  set_verdict (document, CLAIM_2, "cogunlukla-dogru");
  set_field (document, CLAIM_1, "konu", "\"savas\"");
  set_field (document, CLAIM_1, "sayi-iceriyor", "true");
  set_field (document, CLAIM_1, "etiketler", "[\"rusya\",\"kore\"]");
  set_field (document, CLAIM_1, "asker-sayisi", "3000");
  set_field (document, CLAIM_1, "tarih", "\"2024-10-27\"");
  set_field (document, CLAIM_1, "not", "\"Sayı \\\"3 bin\\\" diye geçiyor\"");
  set_field (document, CLAIM_1, "kanit", "\"https://example.org/rapor\"");
  set_field (document, CLAIM_2, "sayi-iceriyor", "false");
  g_assert_true (kaynak_document_set_source_field (document, "beyaz-saray", "guvenilirlik",
                                                   reliability, &error));
  g_assert_no_error (error);
  /* the edits stamped the claims with now: back to the fixed time, so
   * that the golden files stay the same */
  for (guint i = 0; i < kaynak_document_get_n_claims (document); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (kaynak_document_get_claims (document), i);

      kaynak_claim_set_modified (claim, "2024-11-06T10:00:00Z");
    }
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

/* A per-article export: its files, name → contents */
static GHashTable *
export_folder (const char     *format,
               KaynakDocument *document)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-codebook-XXXXXX");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  KaynakExportOptions options = { 0 };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *name;

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup (format), &options, folder, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_hash_table_insert (files, g_strdup (name), contents);
    }
  kaynak_test_remove_tree (dir);
  return files;
}

static const char *
file_ending (GHashTable *files,
             const char *suffix)
{
  GHashTableIter iter;
  gpointer name, contents;

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &name, &contents))
    if (g_str_has_suffix (name, suffix))
      return contents;
  g_assert_not_reached ();
  return NULL;
}

static void
check_golden (const char *name,
              const char *out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                 "codebook", name, NULL);
  g_autofree char *golden = NULL;

  if (g_getenv ("KAYNAK_REGENERATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (path, out, -1, NULL));
  g_assert_true (g_file_get_contents (path, &golden, NULL, NULL));
  g_assert_cmpstr (out, ==, golden);
}

static void
test_jsonl (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("jsonl", document);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(JsonNode) first = json_from_string (lines[0], NULL);
  g_autoptr(JsonNode) third = json_from_string (lines[2], NULL);
  JsonObject *line = json_node_get_object (first);
  JsonObject *fields;

  g_assert_cmpstr (json_object_get_string_member (line, "verdict"), ==, "yanlis");
  g_assert_cmpstr (json_object_get_string_member (line, "verdict_label"), ==, "Yanlış");
  fields = json_object_get_object_member (line, "fields");
  /* values as the file holds them: ids, numbers, booleans */
  g_assert_cmpstr (json_object_get_string_member (fields, "konu"), ==, "savas");
  g_assert_true (json_object_get_boolean_member (fields, "sayi-iceriyor"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (fields, "etiketler")), ==, 2);
  g_assert_cmpint (json_object_get_int_member (fields, "asker-sayisi"), ==, 3000);
  g_assert_cmpstr (json_object_get_string_member (fields, "tarih"), ==, "2024-10-27");
  g_assert_false (json_object_has_member (fields, "guvenilirlik"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (line, "source_fields"),
                                               "guvenilirlik"), ==, 4);

  /* no verdict: null, and the label of the status it shows */
  line = json_node_get_object (third);
  g_assert_true (json_object_get_null_member (line, "verdict"));
  g_assert_cmpstr (json_object_get_string_member (line, "verdict_label"), ==, "No verdict");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (line, "fields")), ==, 0);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (line, "source_fields")), ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("csv", document);
  g_auto(GStrv) rows = g_strsplit (out, "\r\n", -1);

  g_assert_true (g_str_has_suffix (rows[0], ",checkable,evidence,verdict,verdict_label,field:konu,"
                                            "field:sayi-iceriyor,field:etiketler,field:asker-sayisi,"
                                            "field:tarih,field:not,field:kanit,source_field:guvenilirlik"));
  /* labels for choices, yes/no, numbers as %g; a quote doubled */
  g_assert_true (g_str_has_suffix (rows[1], ",yanlis,Yanlış,Savaş,yes,Rusya; Kuzey Kore,3000,2024-10-27,"
                                            "\"Sayı \"\"3 bin\"\" diye geçiyor\",https://example.org/rapor,4"));
  g_assert_true (g_str_has_suffix (rows[2], ",cogunlukla-dogru,Çoğunlukla doğru,,no,,,,,,4"));
  /* no verdict: the status the claim shows, as the window says */
  g_assert_true (g_str_has_suffix (rows[3], ",,No verdict,,,,,,,,"));
  g_assert_cmpstr (rows[4], ==, "");
  g_assert_null (rows[5]);
}

static void
test_csv_without_articles (void)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  KaynakExportOptions options = { 0 };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;

  /* no article: the header alone, as before codebooks */
  writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup ("csv"), &options, stream, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_str_has_prefix (data, "document_id,"));
  g_assert_nonnull (strstr (data, ",evidence\r\n"));
}

static JsonObject *
find_body (JsonArray  *bodies,
           const char *field)
{
  for (guint i = 0; i < json_array_get_length (bodies); i++)
    {
      JsonObject *body = json_array_get_object_element (bodies, i);

      if (field == NULL ? g_strcmp0 (json_object_get_string_member_with_default (body, "purpose", ""),
                                     "classifying") == 0 &&
                          !json_object_has_member (body, "kaynak:field")
                        : g_strcmp0 (json_object_get_string_member_with_default (body, "kaynak:field", ""),
                                     field) == 0)
        return body;
    }
  return NULL;
}

static void
test_w3c (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("w3c", document);
  g_autoptr(JsonNode) root = json_from_string (out, NULL);
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root),
                                                                                  "first"), "items");
  JsonArray *bodies = json_object_get_array_member (json_array_get_object_element (items, 0), "body");
  JsonObject *body;
  guint n_tags = 0;

  body = find_body (bodies, NULL);
  g_assert_nonnull (body);
  g_assert_cmpstr (json_object_get_string_member (body, "value"), ==, "Yanlış");
  g_assert_cmpstr (json_object_get_string_member (body, "kaynak:term"), ==,
                   "https://kaynak.github.io/ns#codebook/teyit-masasi-2026/verdict/yanlis");
  body = find_body (bodies, "konu");
  g_assert_cmpstr (json_object_get_string_member (body, "purpose"), ==, "classifying");
  g_assert_cmpstr (json_object_get_string_member (body, "value"), ==, "Savaş");
  g_assert_cmpstr (json_object_get_string_member (body, "kaynak:term"), ==,
                   "https://kaynak.github.io/ns#codebook/teyit-masasi-2026/field/konu/savas");
  body = find_body (bodies, "sayi-iceriyor");
  g_assert_cmpstr (json_object_get_string_member (body, "kaynak:term"), ==,
                   "https://kaynak.github.io/ns#codebook/teyit-masasi-2026/field/sayi-iceriyor/yes");
  /* several choices: a body per choice */
  for (guint i = 0; i < json_array_get_length (bodies); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (bodies, i),
                                                               "kaynak:field", ""), "etiketler") == 0)
      n_tags++;
  g_assert_cmpuint (n_tags, ==, 2);
  /* numbers, dates, text and links describe, with no term */
  body = find_body (bodies, "asker-sayisi");
  g_assert_cmpstr (json_object_get_string_member (body, "purpose"), ==, "describing");
  g_assert_cmpstr (json_object_get_string_member (body, "value"), ==, "3000");
  g_assert_false (json_object_has_member (body, "kaynak:term"));

  /* the third claim has no verdict and no field: no classifying body */
  bodies = json_object_get_array_member (json_array_get_object_element (items, 2), "body");
  g_assert_null (find_body (bodies, NULL));

  /* also checked against the W3C suite (meson: w3c-validate) */
  check_golden ("codebook.jsonld", out);
}

static void
test_html (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(GHashTable) files = export_folder ("html", document);
  const char *out = file_ending (files, ".html");

  /* the verdict's colour as a class (no inline style), and its label */
  g_assert_nonnull (strstr (out, ".v5{background:#c01c28}"));
  g_assert_nonnull (strstr (out, "<span class=\"swatch v5\"></span>Yanlış"));
  g_assert_nonnull (strstr (out, "<span class=\"swatch v2\"></span>Çoğunlukla doğru"));
  g_assert_nonnull (strstr (out, "<th scope=\"col\">Verdict</th>"));
  /* the fields listed with the claim, the source's too, text escaped */
  g_assert_nonnull (strstr (out, "<dl class=\"fields\"><dt>Konu</dt><dd>Savaş</dd>"));
  g_assert_nonnull (strstr (out, "<dt>Etiketler</dt><dd>Rusya; Kuzey Kore</dd>"));
  g_assert_nonnull (strstr (out, "<dd>Sayı &quot;3 bin&quot; diye geçiyor</dd>"));
  g_assert_nonnull (strstr (out, "<dd><a href=\"https://example.org/rapor\">https://example.org/rapor</a></dd>"));
  g_assert_nonnull (strstr (out, "<dt>Güvenilirlik</dt><dd>4</dd>"));
  /* also checked by html-validate (meson: html-report-validate) */
  check_golden ("codebook.html", out);
}

/* A file may keep a link field's value that is no web address (the
 * definitions are checked when a value is set, and a value off them is
 * kept): the report shows it as text, never as a link */
static void
test_html_link_not_web (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(KaynakDocument) loaded = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GError) error = NULL;
  const char *out;

  g_assert_cmpuint (g_string_replace (text, "\"https://example.org/rapor\"", "\"javascript:alert(1)\"", 0), ==, 1);
  changed = g_bytes_new (text->str, text->len);
  loaded = kaynak_file_load_bytes (changed, NULL, &error);
  g_assert_no_error (error);
  files = export_folder ("html", loaded);
  out = file_ending (files, ".html");
  g_assert_nonnull (strstr (out, "<dd>javascript:alert(1)</dd>"));
  g_assert_null (strstr (out, "href=\"javascript:"));
}

static void
test_claimreview (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(GHashTable) files = export_folder ("claimreview", document);
  g_autoptr(JsonNode) root = json_from_string (file_ending (files, ".claimreview.jsonld"), NULL);
  JsonArray *reviews = json_node_get_array (root);
  JsonObject *rating;

  /* a review per claim with a verdict of the scale: the third has none */
  g_assert_cmpuint (json_array_get_length (reviews), ==, 2);
  rating = json_object_get_object_member (json_array_get_object_element (reviews, 0), "reviewRating");
  g_assert_cmpstr (json_object_get_string_member (rating, "alternateName"), ==, "Yanlış");
  g_assert_cmpint (json_object_get_int_member (rating, "ratingValue"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (rating, "bestRating"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (rating, "worstRating"), ==, 1);
  rating = json_object_get_object_member (json_array_get_object_element (reviews, 1), "reviewRating");
  g_assert_cmpstr (json_object_get_string_member (rating, "alternateName"), ==, "Çoğunlukla doğru");
  g_assert_cmpint (json_object_get_int_member (rating, "ratingValue"), ==, 4);
}

static const char no_ratings[] =
  "{\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"sade\",\"name\":\"Sade\","
  "\"verdicts\":[{\"id\":\"dogru\",\"label\":\"Doğru\"},{\"id\":\"yanlis\",\"label\":\"Yanlış\"}]}";

static void
test_claimreview_without_ratings (void)
{
  g_autoptr(KaynakDocument) document = plain_document ();
  g_autoptr(KaynakCodebook) codebook = codebook_from_string (no_ratings);
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *rating;

  g_assert_true (kaynak_document_use_codebook (document, codebook, NULL, NULL));
  add_claim (document, CLAIM_1, "bunu doğruladı", NULL);
  set_verdict (document, CLAIM_1, "dogru");
  files = export_folder ("claimreview", document);
  root = json_from_string (file_ending (files, ".claimreview.jsonld"), NULL);
  rating = json_object_get_object_member (json_array_get_object_element (json_node_get_array (root), 0),
                                          "reviewRating");
  /* the name only: no number is made up */
  g_assert_cmpstr (json_object_get_string_member (rating, "alternateName"), ==, "Doğru");
  g_assert_false (json_object_has_member (rating, "ratingValue"));
  g_assert_false (json_object_has_member (rating, "bestRating"));
  g_assert_false (json_object_has_member (rating, "worstRating"));
}

static void
test_brat (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(GHashTable) files = export_folder ("brat", document);
  const char *conf = g_hash_table_lookup (files, "annotation.conf");
  const char *ann = file_ending (files, ".ann");

  g_assert_nonnull (conf);
  /* yes/no binary, one choice with its values; nothing else is an attribute */
  g_assert_nonnull (strstr (conf, "\nVerdict\tArg:<ENTITY>, Value:yanlis|cogunlukla-dogru\n"));
  g_assert_nonnull (strstr (conf, "\nField_sayi_iceriyor\tArg:<ENTITY>\n"));
  g_assert_nonnull (strstr (conf, "\nField_konu\tArg:<ENTITY>, Value:savas\n"));
  g_assert_null (strstr (conf, "Field_etiketler"));
  g_assert_null (strstr (conf, "Field_asker"));
  g_assert_nonnull (strstr (ann, "\tVerdict T1 yanlis\n"));
  g_assert_nonnull (strstr (ann, "\tField_konu T1 savas\n"));
  g_assert_nonnull (strstr (ann, "\tField_sayi_iceriyor T1\n"));
  /* "no" is a binary attribute's absence */
  g_assert_null (strstr (ann, "\tField_sayi_iceriyor T2"));
  g_assert_nonnull (strstr (ann, "\tVerdict T2 cogunlukla-dogru\n"));
  /* the rest as a note, on one line */
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes T1\tEtiketler: Rusya; Kuzey Kore; Asker sayısı: 3000; "
                                 "Olay tarihi: 2024-10-27; Not: Sayı \"3 bin\" diye geçiyor; "
                                 "Kanıt bağlantısı: https://example.org/rapor; Güvenilirlik: 4\n"));
  /* the source's fields with each of its claims */
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes T2\tGüvenilirlik: 4\n"));
}

/* The desk's next codebook drops "Yanlış" and the topic: the document
 * keeps the values (never dropped), and the exports say them as they are */
static const char fewer[] =
  "{\"format\":\"kaynak-codebook\",\"version\":1,\"id\":\"teyit-masasi-2026\",\"name\":\"Teyit\","
  "\"rating\":{\"best\":5,\"worst\":1},"
  "\"verdicts\":[{\"id\":\"dogru\",\"label\":\"Doğru\",\"rating\":5},"
  "{\"id\":\"cogunlukla-dogru\",\"label\":\"Çoğunlukla doğru\",\"rating\":4}],"
  "\"fields\":[{\"id\":\"sayi-iceriyor\",\"label\":\"Sayı içeriyor\",\"on\":\"claim\",\"type\":\"yes-no\"}]}";

static void
test_stale_values (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(KaynakCodebook) codebook = codebook_from_string (fewer);
  g_autofree char *jsonl = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *line, *fields, *rating;

  g_assert_true (kaynak_document_use_codebook (document, codebook, NULL, NULL));
  jsonl = export ("jsonl", document);
  lines = g_strsplit (jsonl, "\n", -1);
  first = json_from_string (lines[0], NULL);
  line = json_node_get_object (first);
  /* a verdict off the scale: its id, as the window shows it */
  g_assert_cmpstr (json_object_get_string_member (line, "verdict"), ==, "yanlis");
  g_assert_cmpstr (json_object_get_string_member (line, "verdict_label"), ==, "yanlis");
  fields = json_object_get_object_member (line, "fields");
  g_assert_true (json_object_get_boolean_member (fields, "sayi-iceriyor"));
  g_assert_cmpstr (json_object_get_string_member (fields, "konu"), ==, "savas");
  g_assert_cmpint (json_object_get_int_member (fields, "asker-sayisi"), ==, 3000);

  /* CSV: a column per field id the codebook no longer defines, named as
   * the others, after them; the value as the file keeps it */
  {
    g_autofree char *csv = export ("csv", document);
    g_auto(GStrv) rows = g_strsplit (csv, "\r\n", -1);

    g_assert_true (g_str_has_suffix (rows[0], ",verdict,verdict_label,field:sayi-iceriyor,field:konu,"
                                              "field:etiketler,field:asker-sayisi,field:tarih,field:not,"
                                              "field:kanit,source_field:guvenilirlik"));
    g_assert_true (g_str_has_suffix (rows[1], ",yanlis,yanlis,yes,savas,rusya; kore,3000,2024-10-27,"
                                              "\"Sayı \"\"3 bin\"\" diye geçiyor\",https://example.org/rapor,4"));
    g_assert_true (g_str_has_suffix (rows[2], ",cogunlukla-dogru,Çoğunlukla doğru,no,,,,,,,4"));
    g_assert_true (g_str_has_suffix (rows[3], ",,No verdict,,,,,,,,"));
  }
  /* HTML: listed under the field's id, after the defined fields */
  {
    g_autoptr(GHashTable) html = export_folder ("html", document);
    const char *report = file_ending (html, ".html");

    g_assert_nonnull (strstr (report, "<dl class=\"fields\"><dt>Sayı içeriyor</dt><dd>yes</dd>"
                                      "<dt>konu</dt><dd>savas</dd><dt>etiketler</dt><dd>rusya; kore</dd>"
                                      "<dt>asker-sayisi</dt><dd>3000</dd><dt>tarih</dt><dd>2024-10-27</dd>"
                                      "<dt>not</dt><dd>Sayı &quot;3 bin&quot; diye geçiyor</dd>"
                                      "<dt>kanit</dt><dd>https://example.org/rapor</dd>"
                                      "<dt>guvenilirlik</dt><dd>4</dd></dl>"));
    g_assert_nonnull (strstr (report, "<dl class=\"fields\"><dt>Sayı içeriyor</dt><dd>no</dd>"
                                      "<dt>guvenilirlik</dt><dd>4</dd></dl>"));
  }
  /* brat: in the claim's AnnotatorNotes, under the field's id (an
   * attribute would need a definition) */
  {
    g_autoptr(GHashTable) brat = export_folder ("brat", document);
    const char *ann = file_ending (brat, ".ann");
    const char *conf = g_hash_table_lookup (brat, "annotation.conf");

    g_assert_nonnull (strstr (ann, "\tAnnotatorNotes T1\tkonu: savas; etiketler: rusya; kore; "
                                   "asker-sayisi: 3000; tarih: 2024-10-27; not: Sayı \"3 bin\" diye geçiyor; "
                                   "kanit: https://example.org/rapor; guvenilirlik: 4\n"));
    g_assert_nonnull (strstr (ann, "\tAnnotatorNotes T2\tguvenilirlik: 4\n"));
    g_assert_null (strstr (conf, "Field_konu"));
  }

  /* ClaimReview: the name only, no rating is made up for it */
  files = export_folder ("claimreview", document);
  root = json_from_string (file_ending (files, ".claimreview.jsonld"), NULL);
  rating = json_object_get_object_member (json_array_get_object_element (json_node_get_array (root), 0),
                                          "reviewRating");
  g_assert_cmpstr (json_object_get_string_member (rating, "alternateName"), ==, "yanlis");
  g_assert_false (json_object_has_member (rating, "ratingValue"));
  rating = json_object_get_object_member (json_array_get_object_element (json_node_get_array (root), 1),
                                          "reviewRating");
  g_assert_cmpint (json_object_get_int_member (rating, "ratingValue"), ==, 4);
}

/* The W3C import reads a codebook's export back, its claims and sources,
 * skipping the bodies it has no place for */
static void
test_w3c_import (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autofree char *out = export ("w3c", document);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-codebook-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "in.jsonld", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, out, -1, NULL));
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpuint (kaynak_document_get_n_claims (g_ptr_array_index (documents, 0)), ==, 3);
  kaynak_test_remove_tree (dir);
}

/* Without a codebook nothing changes: the test-formats golden files hold
 * every format byte for byte; here, that no codebook member appears */
static void
test_without_codebook (void)
{
  g_autoptr(KaynakDocument) document = plain_document ();
  g_autofree char *jsonl = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *w3c = NULL;

  add_claim (document, CLAIM_1, "bunu doğruladı", NULL);
  jsonl = export ("jsonl", document);
  csv = export ("csv", document);
  w3c = export ("w3c", document);
  g_assert_null (strstr (jsonl, "verdict"));
  g_assert_null (strstr (jsonl, "fields"));
  g_assert_nonnull (strstr (csv, ",checkable,evidence\r\n"));
  g_assert_null (strstr (csv, "verdict"));
  g_assert_null (strstr (w3c, "classifying"));
}

/* --- --stats ------------------------------------------------------------ */

static void
test_stats (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(KaynakDocument) second = fixture ();
  g_autoptr(KaynakCodebookStats) stats = kaynak_codebook_stats_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *verdicts, *fields;
  JsonObject *field;

  set_field (second, CLAIM_2, "asker-sayisi", "1000");
  set_field (second, CLAIM_3, "tarih", "\"2023-01-02\"");
  kaynak_codebook_stats_add_document (stats, document);
  kaynak_codebook_stats_add_document (stats, second);
  kaynak_codebook_stats_append_text (stats, text);
  /* the scale's order, never-given verdicts too */
  g_assert_nonnull (strstr (text->str, "  Verdicts\n    0  Doğru\n    2  Çoğunlukla doğru\n"
                                       "    0  Yarı doğru\n    0  Yanıltıcı\n    2  Yanlış\n    2  No verdict\n"));
  g_assert_nonnull (strstr (text->str, "    Konu (one choice, claims): 2 filled, 4 empty\n      2  Savaş\n"
                                       "      0  Ekonomi\n      0  Sağlık\n"));
  g_assert_nonnull (strstr (text->str, "    Sayı içeriyor (yes/no, claims): 4 filled, 2 empty\n"
                                       "      2  yes\n      2  no\n"));
  /* 3000, 3000, 1000: mean 2333.333 */
  g_assert_nonnull (strstr (text->str, "    Asker sayısı (number, claims): 3 filled, 3 empty; "
                                       "least 1000, greatest 3000, mean 2333.333\n"));
  g_assert_nonnull (strstr (text->str, "earliest 2023-01-02, latest 2024-10-27\n"));
  g_assert_nonnull (strstr (text->str, "    Kanıt bağlantısı (link, claims): 2 filled, 4 empty\n"));
  /* a source field counts the sources: two per document */
  g_assert_nonnull (strstr (text->str, "    Güvenilirlik (number, sources): 2 filled, 2 empty; "
                                       "least 4, greatest 4, mean 4\n"));

  /* the rows the statistics window's chart shows, the same counts */
  {
    const char *id, *label;
    guint claims;

    g_assert_cmpuint (kaynak_codebook_stats_get_n_verdicts (stats), ==, 5);
    kaynak_codebook_stats_get_verdict (stats, 1, &id, &label, &claims);
    g_assert_cmpstr (id, ==, "cogunlukla-dogru");
    g_assert_cmpstr (label, ==, "Çoğunlukla doğru");
    g_assert_cmpuint (claims, ==, 2);
    kaynak_codebook_stats_get_verdict (stats, 0, NULL, NULL, &claims);
    g_assert_cmpuint (claims, ==, 0);
    g_assert_cmpuint (kaynak_codebook_stats_get_no_verdict (stats), ==, 2);
  }

  json_builder_begin_object (builder);
  kaynak_codebook_stats_build_json (stats, builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  object = json_node_get_object (root);
  verdicts = json_object_get_array_member (object, "verdicts");
  g_assert_cmpuint (json_array_get_length (verdicts), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (verdicts, 4), "id"), ==, "yanlis");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (verdicts, 4), "claims"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "no_verdict"), ==, 2);
  fields = json_object_get_array_member (object, "fields");
  field = json_array_get_object_element (fields, 3);
  g_assert_cmpstr (json_object_get_string_member (field, "id"), ==, "asker-sayisi");
  g_assert_cmpint (json_object_get_int_member (field, "count"), ==, 3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (field, "mean"), 7000.0 / 3, 1e-9);
  field = json_array_get_object_element (fields, 2);
  g_assert_cmpstr (json_object_get_string_member (field, "type"), ==, "choices");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (
                     json_object_get_array_member (field, "values"), 1), "count"), ==, 2);
}

static void
test_stats_without_codebook (void)
{
  g_autoptr(KaynakDocument) document = plain_document ();
  g_autoptr(KaynakCodebookStats) stats = kaynak_codebook_stats_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  add_claim (document, CLAIM_1, "bunu doğruladı", NULL);
  kaynak_codebook_stats_add_document (stats, document);
  kaynak_codebook_stats_append_text (stats, text);
  g_assert_true (kaynak_codebook_stats_is_empty (stats));
  g_assert_cmpstr (text->str, ==, "");
}

/* The statistics window's CSV of a document with a scale: the verdict
 * rows of the one count above instead of the five statuses, the scale's
 * order, never-given verdicts too, then "No verdict"; the rest as
 * without a scale */
static void
test_stats_csv (void)
{
  g_autoptr(KaynakDocument) document = fixture ();
  g_autoptr(KaynakDocument) plain = plain_document ();
  g_autoptr(KaynakCodebookStats) verdicts = kaynak_codebook_stats_new ();
  g_autoptr(KaynakCodebookStats) no_scale = kaynak_codebook_stats_new ();
  g_autoptr(KaynakSourcingStats) stats = kaynak_sourcing_stats_new (document);
  g_autoptr(KaynakSourcingStats) plain_stats = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *without = NULL;
  g_autofree char *plain_csv = NULL;
  g_autofree char *plain_with = NULL;

  kaynak_codebook_stats_add_document (verdicts, document);
  csv = kaynak_sourcing_stats_to_csv (stats, verdicts);
  g_assert_nonnull (strstr (csv, "\r\nkind,unattributed,Unattributed,,0,,,\r\n"
                                 "verdict,dogru,Doğru,,0,,,\r\n"
                                 "verdict,cogunlukla-dogru,Çoğunlukla doğru,,1,,,\r\n"
                                 "verdict,yari-dogru,Yarı doğru,,0,,,\r\n"
                                 "verdict,yaniltici,Yanıltıcı,,0,,,\r\n"
                                 "verdict,yanlis,Yanlış,,1,,,\r\n"
                                 "verdict,,No verdict,,1,,,\r\n"
                                 "total,article,Article,,3,0,"));
  g_assert_null (strstr (csv, "\r\nstatus,"));
  /* only the status rows differ from the CSV without the verdicts */
  without = kaynak_sourcing_stats_to_csv (stats, NULL);
  g_assert_nonnull (strstr (without, "\r\nstatus,unverified,Unverified,,3,,,\r\n"));
  g_assert_null (strstr (without, "verdict"));
  g_assert_true (g_str_has_prefix (csv, "section,id,label,kind,claims,orphaned,characters,share_percent\r\n"));
  g_assert_true (g_str_has_suffix (csv, strstr (without, "\r\ntotal,article,")));

  /* a document without a scale counts no verdicts: the statuses, byte for
   * byte as without the count */
  add_claim (plain, CLAIM_1, "bunu doğruladı", NULL);
  kaynak_codebook_stats_add_document (no_scale, plain);
  plain_stats = kaynak_sourcing_stats_new (plain);
  plain_csv = kaynak_sourcing_stats_to_csv (plain_stats, NULL);
  plain_with = kaynak_sourcing_stats_to_csv (plain_stats, no_scale);
  g_assert_cmpstr (plain_with, ==, plain_csv);
  g_assert_nonnull (strstr (plain_csv, "\r\nstatus,unverified,Unverified,,1,,,\r\n"));
}

/* --- agreement per field -------------------------------------------------- */

/* Two or three annotators' copies of the fixture, compared as the
 * window compares open documents (the command line reads the same from
 * files: test-cli-codebook) */
static KaynakAgreementFiles *
compare (KaynakDocument *a,
         KaynakDocument *b,
         KaynakDocument *c)
{
  KaynakDocument *documents[] = { a, b, c };
  const char *names[] = { "a", "b", "c" };
  g_autoptr(GError) error = NULL;
  KaynakAgreementFiles *files;

  files = kaynak_agreement_files_new_for_documents (documents, names, c != NULL ? 3 : 2, &error);
  g_assert_no_error (error);
  return files;
}

static KaynakFieldAgreement *
field_named (GPtrArray  *fields,
             const char *id)
{
  for (guint i = 0; i < fields->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (fields, i);

      if (g_strcmp0 (field->id, id) == 0)
        return field;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_agreement_two (void)
{
  g_autoptr(KaynakDocument) a = fixture ();
  g_autoptr(KaynakDocument) b = fixture ();
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  KaynakFieldAgreement *field;

  /* B: claim 2 "yanlis" (A: cogunlukla-dogru), claim 3 "yanlis" (A: none);
   * number 2000 on claim 1 (A: 3000) and 1000 on claim 2 (A: none);
   * tags [rusya] on claim 1 (A: [rusya, kore]); another text */
  set_verdict (b, CLAIM_2, "yanlis");
  set_verdict (b, CLAIM_3, "yanlis");
  set_field (b, CLAIM_1, "asker-sayisi", "2000");
  set_field (b, CLAIM_2, "asker-sayisi", "1000");
  set_field (b, CLAIM_1, "etiketler", "[\"rusya\"]");
  set_field (b, CLAIM_1, "not", "\"Başka bir not\"");
  set_field (b, CLAIM_1, "tarih", "\"2024-10-29\"");
  set_field (a, CLAIM_2, "tarih", "\"2024-10-27\"");
  set_field (b, CLAIM_2, "tarih", "\"2024-10-27\"");
  files = compare (a, b, NULL);
  fields = kaynak_agreement_fields_compute (files);
  g_assert_cmpuint (fields->len, ==, 9);   /* verdict and eight fields */

  /* Verdict: units (yanlis, yanlis), (cogunlukla, yanlis); claim 3 has
   * one value.  Cohen: p_o = 1/2; A's marginals y 1/2, c 1/2, B's y 1;
   * p_e = 1/2 · 1 = 1/2: kappa (1/2 − 1/2)/(1 − 1/2) = 0.
   * Alpha: 4 values y,y,c,y: D_o = (0 + 2)/4 = 1/2; D_e = 2·(3·1)/(4·3)
   * = 1/2 → alpha = 0... with n = 4: D_e = Σ n_c n_k / (n(n−1)) = 6/12
   * = 1/2, alpha = 1 − (1/2)/(1/2) = 0. */
  field = g_ptr_array_index (fields, 0);
  g_assert_null (field->id);
  g_assert_cmpint (field->method, ==, KAYNAK_FIELD_AGREEMENT_NOMINAL);
  g_assert_cmpuint (field->n_units, ==, 2);
  g_assert_true (field->kappa.defined);
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 0.0, 1e-9);
  g_assert_true (field->alpha.defined);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 0.0, 1e-9);

  /* Yes/no: claims 1 (yes, yes) and 2 (no, no): perfect.  Kappa: p_o 1,
   * p_e 1/2 → 1; alpha 1. */
  field = field_named (fields, "sayi-iceriyor");
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 1.0, 1e-9);

  /* One choice: a single unit (savas, savas), one category: undefined
   * (expected agreement 1), never NaN */
  field = field_named (fields, "konu");
  g_assert_cmpuint (field->n_units, ==, 1);
  g_assert_false (field->kappa.defined);
  g_assert_false (field->alpha.defined);

  /* Number: one pairable unit (3000, 2000); claim 2 has one value.
   * D_o = 2·1000²/2 = 10⁶·... with one unit of two values: D_o =
   * (1/2)·(1/1)·2·(1000)² = 10⁶; D_e over the same two values =
   * 2·10⁶/(2·1) = 10⁶: alpha = 0. */
  field = field_named (fields, "asker-sayisi");
  g_assert_cmpint (field->method, ==, KAYNAK_FIELD_AGREEMENT_INTERVAL);
  g_assert_cmpuint (field->n_units, ==, 1);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 0.0, 1e-9);
  g_assert_false (field->kappa.defined);

  /* Date as day numbers: units (27, 29 Oct) and (27, 27 Oct): values
   * d, d+2, d, d.  D_o = (1/4)(2·4 + 0) = 2; D_e = Σ pairs δ/(4·3):
   * the pairs with d+2: 3 values d → 2·3·4 = 24, /12 = 2: alpha 0...
   * D_o = (1/n) Σ_u 1/(m_u−1) Σ_{i≠j} δ = (1/4)(1·(4+4) + 0) = 2,
   * D_e = 24/12 = 2 → alpha = 0. */
  field = field_named (fields, "tarih");
  g_assert_cmpuint (field->n_units, ==, 2);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 0.0, 1e-9);

  /* Several choices: one unit ({rusya, kore}, {rusya}): a subset, δ =
   * 1 − (1/2)(2/3) = 2/3; D_o = D_e over the same pair: alpha 0 */
  field = field_named (fields, "etiketler");
  g_assert_cmpint (field->method, ==, KAYNAK_FIELD_AGREEMENT_MASI);
  g_assert_cmpuint (field->n_units, ==, 1);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 0.0, 1e-9);

  /* Text: listed, not scored */
  field = field_named (fields, "not");
  g_assert_cmpint (field->method, ==, KAYNAK_FIELD_AGREEMENT_LISTED);
  g_assert_cmpuint (field->differences->len, ==, 1);
  {
    KaynakFieldDifference *difference = g_ptr_array_index (field->differences, 0);

    g_assert_cmpstr (difference->where, ==, "üç binden fazla asker gönderdiği");
    g_assert_cmpstr (difference->values[0], ==, "Sayı \"3 bin\" diye geçiyor");
    g_assert_cmpstr (difference->values[1], ==, "Başka bir not");
  }
  /* the same link: nothing to list */
  g_assert_cmpuint (field_named (fields, "kanit")->differences->len, ==, 0);

  /* Source field over sources matched by id: beyaz-saray (4, 4) */
  field = field_named (fields, "guvenilirlik");
  g_assert_cmpuint (field->n_units, ==, 1);
  g_assert_false (field->alpha.defined);   /* one value only: D_e = 0 */

}

static void
test_agreement_three (void)
{
  g_autoptr(KaynakDocument) a = fixture ();
  g_autoptr(KaynakDocument) b = fixture ();
  g_autoptr(KaynakDocument) c = fixture ();
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  KaynakFieldAgreement *field;

  /* yes/no over three annotators: claim 1 (yes, yes, no), claim 2
   * (no, no, no), claim 3 (yes, yes, yes).
   * Fleiss: P_i = (Σ n_ij² − 3)/(3·2): claim 1 (4+1−3)/6 = 1/3, claim 2
   * 1, claim 3 1; P̄ = 7/9.  p_yes = 5/9, p_no = 4/9: P_e = 41/81.
   * kappa = (7/9 − 41/81)/(1 − 41/81) = (63 − 41)/(81 − 41) = 22/40.
   * Alpha: 9 values, 5 yes 4 no; D_o = (1/9)·(1/2)·(2·2) = 2/9;
   * D_e = 2·5·4/(9·8) = 40/72 = 5/9: alpha = 1 − (2/9)/(5/9) = 3/5. */
  set_field (c, CLAIM_1, "sayi-iceriyor", "false");
  set_field (a, CLAIM_3, "sayi-iceriyor", "true");
  set_field (b, CLAIM_3, "sayi-iceriyor", "true");
  set_field (c, CLAIM_3, "sayi-iceriyor", "true");
  files = compare (a, b, c);
  fields = kaynak_agreement_fields_compute (files);
  field = field_named (fields, "sayi-iceriyor");
  g_assert_cmpuint (field->n_units, ==, 3);
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 22.0 / 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 3.0 / 5, 1e-9);
  /* every verdict the same where given (yanlis ×3, cogunlukla ×3): alpha
   * 1, kappa 1 */
  field = g_ptr_array_index (fields, 0);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 1.0, 1e-9);
}

/* Two files of one codebook whose sources share a label but not an id are
 * two sources: the codebook's ids decide, not the labels */
static void
test_agreement_sources_by_id (void)
{
  g_autoptr(KaynakDocument) a = fixture ();
  g_autoptr(KaynakDocument) b = fixture ();
  g_autoptr(KaynakSource) other = kaynak_source_new ("beyaz-saray-2", "Beyaz Saray", "#1c71d8", 0,
                                                     KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(KaynakAgreementFiles) files = NULL;

  g_assert_true (kaynak_document_add_source (b, other, NULL));
  g_assert_true (kaynak_document_set_claim_source (b, CLAIM_2, "beyaz-saray-2", NULL));
  files = compare (a, b, NULL);
  /* beyaz-saray, kremlin, beyaz-saray-2 */
  g_assert_cmpuint (kaynak_agreement_get_n_sources (files->agreement), ==, 3);
}

/* A claim's attribution and a source's type, compared as nominal values
 * when a document says them */
static KaynakFieldAgreement *
field_of (GPtrArray              *fields,
          KaynakFieldAgreementOf  of)
{
  for (guint i = 0; i < fields->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (fields, i);

      if (field->of == of)
        return field;
    }
  return NULL;
}

static void
add_typed_source (KaynakDocument   *document,
                  KaynakSourceType  type)
{
  g_autoptr(KaynakSource) abd = kaynak_source_new ("abd", "ABD", "#1c71d8", 0, KAYNAK_SOURCE_KIND_NAMED);

  g_assert_true (kaynak_document_add_source (document, abd, NULL));
  g_assert_true (kaynak_document_set_source_type (document, "abd", type, NULL));
}

static void
test_agreement_attribution_and_type (void)
{
  g_autoptr(KaynakDocument) a = fixture ();
  g_autoptr(KaynakDocument) b = fixture ();
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  KaynakFieldAgreement *field;

  /* Attribution, claim by claim (the sources' kinds apply unless the
   * claim says otherwise): claim 1 A official-statement (Beyaz Saray's
   * kind), B anonymous (its own); claim 2 official-statement in both (A
   * says it, the same as the kind); claim 3 no-comment (Kremlin's) in
   * both. */
  g_assert_true (kaynak_document_set_claim_attribution (b, CLAIM_1, TRUE, KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_document_set_claim_attribution (a, CLAIM_2, TRUE,
                                                        KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL));
  /* Source type: beyaz-saray government in both, kremlin government (A)
   * and organization (B), abd person in both */
  g_assert_true (kaynak_document_set_source_type (a, "beyaz-saray", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (b, "beyaz-saray", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (a, "kremlin", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (b, "kremlin", KAYNAK_SOURCE_TYPE_ORGANIZATION, NULL));
  add_typed_source (a, KAYNAK_SOURCE_TYPE_PERSON);
  add_typed_source (b, KAYNAK_SOURCE_TYPE_PERSON);
  files = compare (a, b, NULL);
  fields = kaynak_agreement_fields_compute (files);
  /* the verdict, eight fields, the attribution and the source type */
  g_assert_cmpuint (fields->len, ==, 11);

  /* Attribution: units (o, a), (o, o), (n, n).  Cohen: p_o = 2/3; A's
   * marginals o 2/3, n 1/3; B's a 1/3, o 1/3, n 1/3; p_e = 2/9 + 1/9 =
   * 1/3; kappa = (2/3 − 1/3)/(2/3) = 1/2.  Alpha: six values, o 3, a 1,
   * n 2; the disagreeing pair puts 2 of 6 off the diagonal: D_o = 1/3;
   * D_e = (6² − 3² − 1² − 2²)/(6 · 5) = 22/30 = 11/15; alpha = 1 −
   * (1/3)/(11/15) = 1 − 5/11 = 6/11. */
  field = field_of (fields, KAYNAK_FIELD_AGREEMENT_OF_ATTRIBUTION);
  g_assert_nonnull (field);
  g_assert_null (field->id);
  g_assert_cmpstr (kaynak_field_agreement_type_id (field), ==, "attribution");
  g_assert_cmpint (field->target, ==, KAYNAK_FIELD_ON_CLAIM);
  g_assert_cmpint (field->method, ==, KAYNAK_FIELD_AGREEMENT_NOMINAL);
  g_assert_cmpuint (field->n_units, ==, 3);
  g_assert_cmpuint (field->n_values, ==, 6);
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 6.0 / 11, 1e-9);

  /* Source type, by the sources' ids: (g, g), (g, o), (p, p): the same
   * figures, kappa 1/2 and alpha 6/11 */
  field = field_of (fields, KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE);
  g_assert_nonnull (field);
  g_assert_cmpstr (kaynak_field_agreement_type_id (field), ==, "source-type");
  g_assert_cmpint (field->target, ==, KAYNAK_FIELD_ON_SOURCE);
  g_assert_cmpuint (field->n_units, ==, 3);
  g_assert_cmpfloat_with_epsilon (field->kappa.value, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (field->alpha.value, 6.0 / 11, 1e-9);

  /* Documents that say neither: not reported (test_agreement_two: the
   * verdict and the eight fields only) */
  g_clear_pointer (&fields, g_ptr_array_unref);
  g_clear_pointer (&files, kaynak_agreement_files_free);
  {
    g_autoptr(KaynakDocument) c = fixture ();
    g_autoptr(KaynakDocument) d = fixture ();

    files = compare (c, d, NULL);
    fields = kaynak_agreement_fields_compute (files);
    g_assert_null (field_of (fields, KAYNAK_FIELD_AGREEMENT_OF_ATTRIBUTION));
    g_assert_null (field_of (fields, KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_add_func ("/kaynak/format-codebook/jsonl", test_jsonl);
  g_test_add_func ("/kaynak/format-codebook/csv", test_csv);
  g_test_add_func ("/kaynak/format-codebook/csv-without-articles", test_csv_without_articles);
  g_test_add_func ("/kaynak/format-codebook/w3c", test_w3c);
  g_test_add_func ("/kaynak/format-codebook/html", test_html);
  g_test_add_func ("/kaynak/format-codebook/html-link-not-web", test_html_link_not_web);
  g_test_add_func ("/kaynak/format-codebook/claimreview", test_claimreview);
  g_test_add_func ("/kaynak/format-codebook/claimreview-without-ratings", test_claimreview_without_ratings);
  g_test_add_func ("/kaynak/format-codebook/brat", test_brat);
  g_test_add_func ("/kaynak/format-codebook/without-codebook", test_without_codebook);
  g_test_add_func ("/kaynak/format-codebook/stale-values", test_stale_values);
  g_test_add_func ("/kaynak/format-codebook/w3c-import", test_w3c_import);
  g_test_add_func ("/kaynak/format-codebook/stats", test_stats);
  g_test_add_func ("/kaynak/format-codebook/stats-without-codebook", test_stats_without_codebook);
  g_test_add_func ("/kaynak/format-codebook/stats-csv-by-verdict", test_stats_csv);
  g_test_add_func ("/kaynak/format-codebook/agreement-two", test_agreement_two);
  g_test_add_func ("/kaynak/format-codebook/agreement-three", test_agreement_three);
  g_test_add_func ("/kaynak/format-codebook/agreement-sources-by-id", test_agreement_sources_by_id);
  g_test_add_func ("/kaynak/format-codebook/agreement-attribution-and-source-type",
                   test_agreement_attribution_and_type);

  return g_test_run ();
}
