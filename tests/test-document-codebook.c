/* test-document-codebook.c: what a document carries of a codebook
 * (kaynak-document-codebook.h, docs/FORMAT.md version 2): adopting a
 * codebook and undoing it, verdicts and field values with undo, values a
 * changed codebook no longer holds kept and listed, a version-1 document
 * written byte for byte as before, a version-2 round trip, hostile
 * version-2 members refused with their path, and a version this Kaynak
 * does not know.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kaynak-codebook.h"
#include "kaynak-document-codebook.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-source.h"

#define ARTICLE "Beyaz Saray 300 bin asker gönderildiğini söyledi. Kremlin yorum yapmadı.\n"

static KaynakCodebook *
load_codebook (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return codebook;
}

static KaynakCodebook *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return codebook;
}

static KaynakDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_document_new_for_article (ARTICLE, -1, NULL, "ayse", &error);

  g_assert_no_error (error);
  return document;
}

static JsonNode *
string_node (const char *text)
{
  JsonNode *node = json_node_alloc ();

  return json_node_init_string (node, text);
}

static JsonNode *
number_node (double value)
{
  JsonNode *node = json_node_alloc ();

  return json_node_init_double (node, value);
}

static void
test_adopt (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(KaynakCodebook) codebook = load_codebook ("teyit-masasi.kaynak-codebook.json");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sources = g_list_model_get_n_items (kaynak_document_get_sources (document));
  double best, worst;

  g_assert_null (kaynak_document_get_codebook_id (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 0);
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 1);

  g_assert_true (kaynak_document_use_codebook (document, codebook, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_codebook_id (document), ==, "teyit-masasi-2026");
  g_assert_cmpstr (kaynak_document_get_codebook_name (document), ==, "Teyit masası");
  g_assert_cmpstr (kaynak_document_get_codebook_hash (document), ==,
                   kaynak_codebook_get_hash (codebook));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 5);
  g_assert_cmpuint (kaynak_document_get_fields (document)->len, ==, 8);
  g_assert_true (kaynak_document_get_rating_range (document, &best, &worst));
  g_assert_cmpfloat (best, ==, 5);
  g_assert_nonnull (kaynak_document_find_verdict (document, "yanlis"));
  g_assert_nonnull (kaynak_document_find_field (document, "konu"));
  g_assert_nonnull (kaynak_document_lookup_source (document, "kremlin"));
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 2);
  /* every verdict and field is new; the sources are not listed */
  g_assert_cmpuint (changes->len, ==, 5 + 8);

  /* One undo step takes it all back */
  g_assert_true (kaynak_document_undo (document));
  g_assert_null (kaynak_document_get_codebook_id (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, n_sources);
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 1);
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 5);
}

static KaynakDocument *
desk_document (KaynakClaim **claim)
{
  KaynakDocument *document = new_document ();
  g_autoptr(KaynakCodebook) codebook = load_codebook ("teyit-masasi.kaynak-codebook.json");
  g_autoptr(GError) error = NULL;

  g_assert_true (kaynak_document_use_codebook (document, codebook, NULL, &error));
  *claim = kaynak_document_create_claim (document, 0, 49, "beyaz-saray", &error);
  g_assert_no_error (error);
  return document;
}

static void
test_verdict_and_fields (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) topic = string_node ("ekonomi");
  g_autoptr(JsonNode) sports = string_node ("spor");
  g_autoptr(JsonNode) rating = number_node (4);
  g_autoptr(JsonNode) too_high = number_node (9);
  const char *id = kaynak_claim_get_id (claim);
  g_autofree char *text = NULL;

  g_assert_cmpstr (kaynak_document_claim_verdict_label (document, claim), ==,
                   kaynak_claim_status_to_label (kaynak_claim_get_status (claim)));
  g_assert_true (kaynak_document_set_claim_verdict (document, id, "yaniltici", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");
  g_assert_cmpstr (kaynak_document_claim_verdict_label (document, claim), ==, "Yanıltıcı");

  g_assert_false (kaynak_document_set_claim_verdict (document, id, "belki", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kaynak_document_set_claim_field (document, id, "konu", topic, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_node_get_string (kaynak_claim_get_field (claim, "konu")), ==, "ekonomi");
  text = kaynak_document_dup_field_text (document, kaynak_document_find_field (document, "konu"),
                                         kaynak_claim_get_field (claim, "konu"));
  g_assert_cmpstr (text, ==, "Ekonomi");

  g_assert_false (kaynak_document_set_claim_field (document, id, "konu", sports, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  /* a source field is not a claim's */
  g_assert_false (kaynak_document_set_claim_field (document, id, "guvenilirlik", rating, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kaynak_document_set_source_field (document, "kremlin", "guvenilirlik", rating,
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (json_node_get_double (kaynak_source_get_field (kaynak_document_lookup_source (document, "kremlin"),
                                                                    "guvenilirlik")), ==, 4);
  g_assert_false (kaynak_document_set_source_field (document, "kremlin", "guvenilirlik", too_high,
                                                    &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == KAYNAK_ERROR);
  g_clear_error (&error);

  /* each edit is one undo step */
  g_assert_true (kaynak_document_undo (document));
  g_assert_null (kaynak_source_get_field (kaynak_document_lookup_source (document, "kremlin"),
                                          "guvenilirlik"));
  g_assert_true (kaynak_document_undo (document));
  g_assert_null (kaynak_claim_get_field (claim, "konu"));
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");
  g_assert_true (kaynak_document_undo (document));
  g_assert_null (kaynak_claim_get_verdict (claim));
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");

  /* NULL unsets */
  g_assert_true (kaynak_document_set_claim_verdict (document, id, NULL, &error));
  g_assert_null (kaynak_claim_get_verdict (claim));
}

#define SMALLER_DESK \
  "{\"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"teyit-masasi-2026\"," \
  " \"name\": \"Teyit masası\", \"sources\": []," \
  " \"verdicts\": [{\"id\": \"dogru\", \"label\": \"Doğru\"}, {\"id\": \"yanlis\", \"label\": \"Yanlış\"}]," \
  " \"fields\": [{\"id\": \"konu\", \"label\": \"Konu\", \"on\": \"claim\", \"type\": \"choice\"," \
  "   \"choices\": [{\"id\": \"savas\", \"label\": \"Savaş\"}]}]}"

static void
test_stale_kept (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(KaynakCodebook) smaller = load_text (SMALLER_DESK);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) stale = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) topic = string_node ("ekonomi");
  g_autoptr(JsonNode) count = number_node (300000);
  const char *id = kaynak_claim_get_id (claim);
  gboolean verdict_removed = FALSE;

  g_assert_true (kaynak_document_set_claim_verdict (document, id, "yaniltici", &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "konu", topic, &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "asker-sayisi", count, &error));
  g_assert_no_error (error);
  stale = kaynak_document_list_stale_values (document);
  g_assert_cmpuint (stale->len, ==, 0);
  g_clear_pointer (&stale, g_ptr_array_unref);

  g_assert_true (kaynak_document_use_codebook (document, smaller, &changes, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      KaynakCodebookChange *change = g_ptr_array_index (changes, i);

      if (change->kind == KAYNAK_CODEBOOK_VERDICT_REMOVED && g_str_equal (change->id, "yaniltici"))
        verdict_removed = TRUE;
    }
  g_assert_true (verdict_removed);

  /* kept, never dropped, and listed */
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");
  g_assert_cmpstr (kaynak_document_claim_verdict_label (document, claim), ==, "yaniltici");
  g_assert_cmpstr (json_node_get_string (kaynak_claim_get_field (claim, "konu")), ==, "ekonomi");
  g_assert_nonnull (kaynak_claim_get_field (claim, "asker-sayisi"));
  stale = kaynak_document_list_stale_values (document);
  g_assert_cmpuint (stale->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (stale, 0), "yaniltici"));
  g_assert_nonnull (strstr (g_ptr_array_index (stale, 1), "ekonomi"));
  g_assert_nonnull (strstr (g_ptr_array_index (stale, 2), "asker-sayisi"));

  /* a stale value may be unset, not set again */
  g_assert_false (kaynak_document_set_claim_field (document, id, "asker-sayisi", count, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kaynak_document_set_claim_field (document, id, "asker-sayisi", NULL, &error));
  g_assert_null (kaynak_claim_get_field (claim, "asker-sayisi"));
}

static void
test_make_codebook (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(KaynakCodebook) made = NULL;
  g_autoptr(KaynakCodebook) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (kaynak_document_make_codebook (document, "", "x", &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);

  made = kaynak_document_make_codebook (document, "bizim", "Bizim masa", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_codebook_get_verdicts (made)->len, ==, 5);
  g_assert_cmpuint (kaynak_codebook_get_fields (made)->len, ==, 8);
  g_assert_cmpuint (kaynak_codebook_get_sources (made)->len, ==,
                    g_list_model_get_n_items (kaynak_document_get_sources (document)));
  /* what it writes reads back the same */
  bytes = kaynak_codebook_to_bytes (made);
  again = kaynak_codebook_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_hash (again), ==, kaynak_codebook_get_hash (made));
}

static void
test_find_for_file (void)
{
  g_autofree char *root = g_dir_make_tmp ("kaynak-cb-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (root, "a", "b", NULL);
  g_autofree char *book = g_build_filename (root, KAYNAK_CODEBOOK_FOLDER_NAME, NULL);
  g_autofree char *article = g_build_filename (sub, "x.kaynak.json", NULL);
  g_autoptr(GFile) top = g_file_new_for_path (root);
  g_autoptr(GFile) file = g_file_new_for_path (article);
  g_autoptr(GFile) found = NULL;
  g_autoptr(GFile) none = NULL;
  g_autoptr(GFile) linked = NULL;
  g_autofree char *link = g_build_filename (sub, KAYNAK_CODEBOOK_FOLDER_NAME, NULL);

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (book, SMALLER_DESK, -1, NULL));

  found = kaynak_codebook_find_for_file (file, top);
  g_assert_nonnull (found);
  g_assert_cmpstr (g_file_peek_path (found), ==, book);
  /* not above the folder the user opened: without one, the file's folder only */
  none = kaynak_codebook_find_for_file (file, NULL);
  g_assert_null (none);
  /* a symbolic link is not taken; the search stops at none further up
   * either, since the link's folder is searched first and then its parents */
  g_assert_cmpint (symlink (book, link), ==, 0);
  linked = kaynak_codebook_find_for_file (file, NULL);
  g_assert_null (linked);

  g_remove (link);
  g_remove (book);
  g_rmdir (sub);
  *strrchr (sub, '/') = '\0';
  g_rmdir (sub);
  g_rmdir (root);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/document-codebook/adopt", test_adopt);
  g_test_add_func ("/kaynak/document-codebook/verdict-and-fields", test_verdict_and_fields);
  g_test_add_func ("/kaynak/document-codebook/stale-kept", test_stale_kept);
  g_test_add_func ("/kaynak/document-codebook/make-codebook", test_make_codebook);
  g_test_add_func ("/kaynak/document-codebook/find-for-file", test_find_for_file);

  return g_test_run ();
}
