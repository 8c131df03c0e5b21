/* test-cli-codebook.c: `kaynak --stats` and `kaynak --compare` on files
 * made with a codebook (issue 19), run as a user runs them: counts per
 * verdict and field value, agreement per field by type (figures worked
 * out by hand below), in the report, JSON and CSV.  The two annotators'
 * files are made with the core API and saved as Kaynak saves them
 * (version 2), from tests/data/codebook/teyit-masasi.kaynak-codebook.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document-codebook.h"
#include "kaynak-document.h"
#include "kaynak-file-serialize.h"
#include "kaynak-source.h"
#include "kaynak-document-attribution.h"
#include "kaynak-test-util.h"

static const char article[] =
  "Ukrayna’ya göre Kuzey Kore’nin üç binden fazla asker gönderdiği iddia edilmişti. "
  "Beyaz Saray bunu doğruladı. Kremlin yorum yapmadı.";

#define CLAIM_1 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c1"
#define CLAIM_2 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c2"
#define CLAIM_3 "6f0c2b1e-5d7a-4c1b-9a3e-0000000000c3"

typedef struct
{
  char *dir;
  char *a;
  char *b;
} Fixture;

static void
add_claim (KaynakDocument *document,
           const char     *id,
           const char     *words,
           const char     *source_id)
{
  const char *p = strstr (article, words);
  guint start = (guint) g_utf8_strlen (article, p - article);
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (id, start, start + (guint) g_utf8_strlen (words, -1));

  kaynak_claim_set_quote (claim, words);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_created (claim, "2024-11-06T09:00:00Z");
  kaynak_claim_set_modified (claim, "2024-11-06T10:00:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, NULL));
}

static void
set (KaynakDocument *document,
     const char     *claim_id,
     const char     *field_id,
     const char     *json)
{
  g_autoptr(JsonNode) value = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_set_claim_field (document, claim_id, field_id, value, &error));
  g_assert_no_error (error);
}

static KaynakDocument *
annotator (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakCodebook) codebook = kaynak_codebook_new_from_file (file, NULL, NULL);
  KaynakDocument *document = kaynak_document_new (article, -1);

  g_assert_nonnull (codebook);
  g_assert_true (kaynak_document_use_codebook (document, codebook, NULL, NULL));
  add_claim (document, CLAIM_1, "üç binden fazla asker gönderdiği", "beyaz-saray");
  add_claim (document, CLAIM_2, "bunu doğruladı", "beyaz-saray");
  add_claim (document, CLAIM_3, "yorum yapmadı", "kremlin");
  g_assert_true (kaynak_document_set_claim_verdict (document, CLAIM_1, "yanlis", NULL));
  g_assert_true (kaynak_document_set_claim_verdict (document, CLAIM_2, "cogunlukla-dogru", NULL));
  set (document, CLAIM_1, "konu", "\"savas\"");
  set (document, CLAIM_1, "sayi-iceriyor", "true");
  set (document, CLAIM_2, "sayi-iceriyor", "false");
  set (document, CLAIM_1, "asker-sayisi", "3000");
  set (document, CLAIM_1, "not", "\"3 bin\"");
  return document;
}

static void
save (KaynakDocument *document,
      const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
}

/* A as annotator() makes it; B gives claim 2 "yanlis" and claim 1 the
 * number 2000 and another note.
 *   Verdict: units (yanlis, yanlis), (cogunlukla, yanlis): Cohen p_o ½,
 *     p_e ½ · 1 = ½ → kappa 0; alpha (4 values y y c y): D_o ½, D_e ½ → 0.
 *   Yes/no: (yes, yes), (no, no): kappa 1, alpha 1.
 *   Number: one unit (3000, 2000): alpha 0 (D_o = D_e = 10⁶).
 *   Text: one unit lists "3 bin" against "üç bin". */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KaynakDocument) a = annotator ();
  g_autoptr(KaynakDocument) b = annotator ();

  f->dir = kaynak_test_make_temp_dir ("kaynak-cli-codebook-XXXXXX");
  f->a = g_build_filename (f->dir, "ayse.kaynak.json", NULL);
  f->b = g_build_filename (f->dir, "mehmet.kaynak.json", NULL);
  g_assert_true (kaynak_document_set_claim_verdict (b, CLAIM_2, "yanlis", NULL));
  set (b, CLAIM_1, "asker-sayisi", "2000");
  set (b, CLAIM_1, "not", "\"üç bin\"");
  save (a, f->a);
  save (b, f->b);
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
run (KaynakTestRun       *result,
     Fixture             *f,
     const char * const  *args)
{
  kaynak_test_run_binary (result, f->dir, args);
  if (result->status != 0)
    g_printerr ("%s", result->err);
  g_assert_cmpint (result->status, ==, 0);
}

static void
test_stats_text (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(KaynakTestRun) result = { 0 };
  const char *args[] = { "--stats", f->a, NULL };

  if (kaynak_test_binary () == NULL)
    return;
  run (&result, f, args);
  g_assert_nonnull (strstr (result.out, "  Verdicts\n    0  Doğru\n    1  Çoğunlukla doğru\n"
                                        "    0  Yarı doğru\n    0  Yanıltıcı\n    1  Yanlış\n"
                                        "    1  No verdict\n"));
  g_assert_nonnull (strstr (result.out, "    Konu (one choice, claims): 1 filled, 2 empty\n"
                                        "      1  Savaş\n      0  Ekonomi\n      0  Sağlık\n"));
  g_assert_nonnull (strstr (result.out, "    Sayı içeriyor (yes/no, claims): 2 filled, 1 empty\n"
                                        "      1  yes\n      1  no\n"));
  g_assert_nonnull (strstr (result.out, "    Asker sayısı (number, claims): 1 filled, 2 empty; "
                                        "least 3000, greatest 3000, mean 3000\n"));
  g_assert_nonnull (strstr (result.out, "    Not (text, claims): 1 filled, 2 empty\n"));
}

static void
test_stats_json (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(KaynakTestRun) result = { 0 };
  const char *args[] = { "--stats", "--json", f->a, f->b, NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *total;
  JsonArray *verdicts, *fields;
  JsonObject *number;

  if (kaynak_test_binary () == NULL)
    return;
  run (&result, f, args);
  root = json_from_string (result.out, NULL);
  g_assert_nonnull (root);
  total = json_object_get_object_member (json_node_get_object (root), "total");
  verdicts = json_object_get_array_member (total, "verdicts");
  /* yanlis: A's claim 1, B's claims 1 and 2 */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (verdicts, 4), "id"), ==, "yanlis");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (verdicts, 4), "claims"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (verdicts, 1), "claims"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (total, "no_verdict"), ==, 2);
  fields = json_object_get_array_member (total, "fields");
  number = json_array_get_object_element (fields, 3);
  g_assert_cmpstr (json_object_get_string_member (number, "id"), ==, "asker-sayisi");
  g_assert_cmpint (json_object_get_int_member (number, "count"), ==, 2);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (number, "min"), 2000, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (number, "max"), 3000, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (number, "mean"), 2500, 1e-9);
  /* the source field counts the sources: 2 per file, none filled */
  number = json_array_get_object_element (fields, 7);
  g_assert_cmpstr (json_object_get_string_member (number, "target"), ==, "source");
  g_assert_cmpint (json_object_get_int_member (number, "empty"), ==, 4);
}

static void
test_compare_text (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(KaynakTestRun) result = { 0 };
  const char *args[] = { "--compare", f->a, f->b, NULL };

  if (kaynak_test_binary () == NULL)
    return;
  run (&result, f, args);
  g_assert_nonnull (strstr (result.out, "\nPer field:\n  Verdict (nominal): units: 2, values: 4; "
                                        "Cohen’s kappa 0.000; Krippendorff’s alpha 0.000\n"));
  g_assert_nonnull (strstr (result.out, "  Sayı içeriyor (nominal): units: 2, values: 4; "
                                        "Cohen’s kappa 1.000; Krippendorff’s alpha 1.000\n"));
  g_assert_nonnull (strstr (result.out, "  Asker sayısı (interval): units: 1, values: 2; "
                                        "Krippendorff’s alpha 0.000\n"));
  /* one unit of one choice, one category: undefined, never NaN */
  g_assert_nonnull (strstr (result.out, "  Konu (nominal): units: 1, values: 2; "
                                        "Cohen’s kappa undefined; Krippendorff’s alpha undefined\n"));
  g_assert_nonnull (strstr (result.out, "  Not (listed, not scored): units: 1, differing: 1\n"));
  g_assert_nonnull (strstr (result.out, "ayse.kaynak.json: 3 bin\n"));
  g_assert_nonnull (strstr (result.out, "mehmet.kaynak.json: üç bin\n"));
  g_assert_null (strstr (result.out, "nan"));
}

static void
test_compare_json (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(KaynakTestRun) result = { 0 };
  const char *args[] = { "--compare", "--json", f->a, f->b, NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *fields;
  JsonObject *field;

  if (kaynak_test_binary () == NULL)
    return;
  run (&result, f, args);
  root = json_from_string (result.out, NULL);
  g_assert_nonnull (root);
  fields = json_object_get_array_member (json_node_get_object (root), "fields");
  g_assert_cmpuint (json_array_get_length (fields), ==, 9);
  field = json_array_get_object_element (fields, 0);
  g_assert_true (json_object_get_null_member (field, "id"));
  g_assert_cmpstr (json_object_get_string_member (field, "type"), ==, "verdict");
  g_assert_cmpstr (json_object_get_string_member (field, "kappa_kind"), ==, "cohen");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (field, "kappa"), 0, 1e-9);
  field = json_array_get_object_element (fields, 1);
  g_assert_cmpstr (json_object_get_string_member (field, "id"), ==, "konu");
  g_assert_true (json_object_get_null_member (field, "alpha"));
  field = json_array_get_object_element (fields, 3);
  g_assert_cmpstr (json_object_get_string_member (field, "method"), ==, "masi");
  field = json_array_get_object_element (fields, 6);
  g_assert_cmpstr (json_object_get_string_member (field, "id"), ==, "not");
  g_assert_cmpstr (json_object_get_string_member (field, "method"), ==, "listed");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (field, "differences")), ==, 1);
}

static void
test_compare_csv (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(KaynakTestRun) result = { 0 };
  const char *args[] = { "--compare", "--csv", f->a, f->b, NULL };

  if (kaynak_test_binary () == NULL)
    return;
  run (&result, f, args);
  g_assert_nonnull (strstr (result.out, "\r\nfield,verdict,2,4,2,,,0.000000,cohen,0.000000\r\n"));
  g_assert_nonnull (strstr (result.out, "\r\nfield,sayi-iceriyor,2,4,2,,,1.000000,cohen,1.000000\r\n"));
  g_assert_nonnull (strstr (result.out, "\r\nfield,asker-sayisi,2,2,1,,,,interval,0.000000\r\n"));
  /* text and links are listed in the report and JSON only */
  g_assert_null (strstr (result.out, "field,not,"));
}

/* A claim's attribution and a source's type, reported as the per-claim
 * values are.  B attributes claim 1 as anonymous (A: Beyaz Saray's kind,
 * official-statement) and A says claim 2 is an official statement (the
 * same as B's, from the kind); claim 3 is Kremlin's no-comment in both:
 *   Attribution: (o, a), (o, o), (n, n): Cohen p_o 2/3, p_e 2/9 + 1/9 =
 *     1/3 → kappa 1/2; alpha: D_o 1/3, D_e 22/30 → 1 − 5/11 = 0.545.
 *   Source type: Beyaz Saray government in both, Kremlin government (A)
 *     and organization (B): p_o ½, p_e 1 · ½ → kappa 0; alpha: D_o ½,
 *     D_e (16 − 9 − 1)/12 = ½ → 0. */
static void
test_compare_attribution_and_type (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(KaynakDocument) a = annotator ();
  g_autoptr(KaynakDocument) b = annotator ();
  g_auto(KaynakTestRun) text = { 0 };
  g_auto(KaynakTestRun) json = { 0 };
  g_auto(KaynakTestRun) csv = { 0 };
  const char *text_args[] = { "--compare", f->a, f->b, NULL };
  const char *json_args[] = { "--compare", "--json", f->a, f->b, NULL };
  const char *csv_args[] = { "--compare", "--csv", f->a, f->b, NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *fields;
  JsonObject *field;

  if (kaynak_test_binary () == NULL)
    return;
  g_assert_true (kaynak_document_set_claim_attribution (b, CLAIM_1, TRUE, KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  g_assert_true (kaynak_document_set_claim_attribution (a, CLAIM_2, TRUE,
                                                        KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (a, "beyaz-saray", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (b, "beyaz-saray", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (a, "kremlin", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  g_assert_true (kaynak_document_set_source_type (b, "kremlin", KAYNAK_SOURCE_TYPE_ORGANIZATION, NULL));
  save (a, f->a);
  save (b, f->b);

  run (&text, f, text_args);
  g_assert_nonnull (strstr (text.out, "  Attribution (nominal): units: 3, values: 6; "
                                      "Cohen’s kappa 0.500; Krippendorff’s alpha 0.545\n"));
  g_assert_nonnull (strstr (text.out, "  Source type (nominal): units: 2, values: 4; "
                                      "Cohen’s kappa 0.000; Krippendorff’s alpha 0.000\n"));
  /* claim 1, the same source attributed otherwise, is a disagreement of
   * its own */
  g_assert_nonnull (strstr (text.out, ": different attribution\n"));
  /* claim 3, Kremlin's, whose type they say otherwise */
  g_assert_nonnull (strstr (text.out, ": different source type\n"));

  run (&json, f, json_args);
  root = json_from_string (json.out, NULL);
  g_assert_nonnull (root);
  fields = json_object_get_array_member (json_node_get_object (root), "fields");
  g_assert_cmpuint (json_array_get_length (fields), ==, 11);
  field = json_array_get_object_element (fields, 9);
  g_assert_true (json_object_get_null_member (field, "id"));
  g_assert_cmpstr (json_object_get_string_member (field, "type"), ==, "attribution");
  g_assert_cmpstr (json_object_get_string_member (field, "target"), ==, "claim");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (field, "kappa"), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (field, "alpha"), 6.0 / 11, 1e-9);
  g_assert_nonnull (strstr (json.out, "\"different-attribution\""));
  field = json_array_get_object_element (fields, 10);
  g_assert_cmpstr (json_object_get_string_member (field, "type"), ==, "source-type");
  g_assert_cmpstr (json_object_get_string_member (field, "target"), ==, "source");

  run (&csv, f, csv_args);
  g_assert_nonnull (strstr (csv.out, "\r\nfield,attribution,2,6,3,,,0.500000,cohen,0.545455\r\n"));
  g_assert_nonnull (strstr (csv.out, "\r\nfield,source-type,2,4,2,,,0.000000,cohen,0.000000\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

#define ADD(path, fn) g_test_add ("/kaynak/cli-codebook/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("stats-text", test_stats_text);
  ADD ("stats-json", test_stats_json);
  ADD ("compare-text", test_compare_text);
  ADD ("compare-json", test_compare_json);
  ADD ("compare-csv", test_compare_csv);
  ADD ("compare-attribution-and-source-type", test_compare_attribution_and_type);
#undef ADD

  return g_test_run ();
}
