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
#include "kaynak-document-snapshot.h"
#include "kaynak-file-serialize.h"
#include "kaynak-merge.h"
#include "kaynak-source.h"
#include "kaynak-test-util.h"

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
count_signal (guint *n)
{
  (*n)++;
}

static void
test_adopt (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(KaynakCodebook) codebook = load_codebook ("teyit-masasi.kaynak-codebook.json");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sources = g_list_model_get_n_items (kaynak_document_get_sources (document));
  guint n_changed = 0;
  double best, worst;

  g_assert_null (kaynak_document_get_codebook_id (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 0);
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 1);

  g_signal_connect_swapped (document, "codebook-changed", G_CALLBACK (count_signal), &n_changed);
  g_assert_true (kaynak_document_use_codebook (document, codebook, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
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
  g_assert_cmpuint (n_changed, ==, 2);
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

  /* on a scale, a claim not judged yet says so, not its status */
  g_assert_cmpstr (kaynak_document_claim_verdict_label (document, claim), ==, "No verdict");
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

static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

static KaynakDocument *
reload (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_file_load_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return strstr (copy, text) != NULL;
}

static void
test_v1_stays_v1 (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kaynak_document_create_claim (document, 0, 49, NULL, &error));
  g_assert_no_error (error);
  first = kaynak_file_serialize (document);
  g_assert_true (bytes_contain (first, "\"version\" : 1,"));
  g_assert_false (bytes_contain (first, "\"codebook\""));
  g_assert_false (bytes_contain (first, "\"verdict\""));
  g_assert_false (bytes_contain (first, "\"fields\""));
  again = reload (first);
  g_assert_cmpuint (kaynak_document_get_format_version (again), ==, 1);
  second = kaynak_file_serialize (again);
  g_assert_true (g_bytes_equal (first, second));

  /* the bundled sample, saved again, is byte for byte what it was */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.kaynak.json", NULL);
    g_autofree char *contents = NULL;
    gsize length;

    if (g_file_get_contents (path, &contents, &length, NULL))
      {
        g_autoptr(GBytes) original = g_bytes_new_take (g_steal_pointer (&contents), length);
        g_autoptr(KaynakDocument) sample = reload (original);
        g_autoptr(GBytes) saved = kaynak_file_serialize (sample);

        g_assert_cmpuint (kaynak_document_get_format_version (sample), ==, 1);
        g_assert_true (bytes_contain (saved, "\"version\" : 1,"));
      }
  }
}

static void
test_v2_round_trip (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) topic = string_node ("ekonomi");
  g_autoptr(JsonNode) count = number_node (300000);
  g_autoptr(JsonNode) tags = json_from_string ("[\"rusya\", \"kore\"]", NULL);
  g_autoptr(JsonNode) yes = json_from_string ("true", NULL);
  g_autoptr(JsonNode) rating = number_node (2);
  const char *id = kaynak_claim_get_id (claim);
  KaynakClaim *loaded;
  g_autofree char *text = NULL;
  double best, worst;

  g_assert_true (kaynak_document_set_claim_verdict (document, id, "yanlis", &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "konu", topic, &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "asker-sayisi", count, &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "etiketler", tags, &error));
  g_assert_true (kaynak_document_set_claim_field (document, id, "sayi-iceriyor", yes, &error));
  g_assert_true (kaynak_document_set_source_field (document, "kremlin", "guvenilirlik", rating,
                                                   &error));
  g_assert_no_error (error);

  first = kaynak_file_serialize (document);
  g_assert_true (bytes_contain (first, "\"version\" : 2,"));
  g_assert_true (bytes_contain (first, "\"codebook\" : {"));
  g_assert_true (bytes_contain (first, "\"verdict\" : \"yanlis\""));

  again = reload (first);
  g_assert_cmpuint (kaynak_document_get_format_version (again), ==, 2);
  g_assert_cmpstr (kaynak_document_get_codebook_id (again), ==, "teyit-masasi-2026");
  g_assert_cmpstr (kaynak_document_get_codebook_hash (again), ==,
                   kaynak_document_get_codebook_hash (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (again)->len, ==, 5);
  g_assert_cmpuint (kaynak_document_get_fields (again)->len, ==, 8);
  g_assert_true (kaynak_document_get_rating_range (again, &best, &worst));
  g_assert_cmpfloat (worst, ==, 1);
  g_assert_cmpstr (kaynak_document_find_verdict (again, "yanlis")->color, ==, "#c01c28");
  loaded = kaynak_document_lookup_claim (again, id);
  g_assert_cmpstr (kaynak_claim_get_verdict (loaded), ==, "yanlis");
  g_assert_cmpstr (json_node_get_string (kaynak_claim_get_field (loaded, "konu")), ==, "ekonomi");
  g_assert_cmpfloat (json_node_get_double (kaynak_claim_get_field (loaded, "asker-sayisi")), ==, 300000);
  text = kaynak_document_dup_field_text (again, kaynak_document_find_field (again, "etiketler"),
                                         kaynak_claim_get_field (loaded, "etiketler"));
  g_assert_cmpstr (text, ==, "Rusya; Kuzey Kore");
  g_clear_pointer (&text, g_free);
  text = kaynak_document_dup_field_text (again, kaynak_document_find_field (again, "sayi-iceriyor"),
                                         kaynak_claim_get_field (loaded, "sayi-iceriyor"));
  g_assert_cmpstr (text, ==, "yes");
  g_assert_nonnull (kaynak_source_get_field (kaynak_document_lookup_source (again, "kremlin"),
                                             "guvenilirlik"));

  second = kaynak_file_serialize (again);
  g_assert_true (g_bytes_equal (first, second));

  /* A draft or a background save writes a snapshot: the same bytes */
  {
    g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (again);
    g_autoptr(GBytes) third = kaynak_file_serialize_snapshot (snapshot);

    g_assert_true (g_bytes_equal (first, third));
  }

  /* The article changed on disk: the claim is found again, its verdict
   * and fields with it */
  {
    g_autofree char *saved = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
    g_autofree char *changed = replace_once (saved, "\"text\" : \"Beyaz", "\"text\" : \"Dün Beyaz");
    g_autoptr(GBytes) changed_bytes = g_bytes_new (changed, strlen (changed));
    g_autoptr(KaynakDocument) moved = reload (changed_bytes);
    KaynakClaim *found = kaynak_document_lookup_claim (moved, id);

    g_assert_cmpuint (kaynak_claim_get_start (found), ==, 4);
    g_assert_cmpstr (kaynak_claim_get_verdict (found), ==, "yanlis");
    g_assert_nonnull (kaynak_claim_get_field (found, "etiketler"));
  }

  /* Everything undone, the document is version 1 again */
  while (kaynak_document_undo (document))
    ;
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 1);
}

static void
test_stale_saved (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(KaynakCodebook) smaller = load_text (SMALLER_DESK);
  g_autoptr(KaynakDocument) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) stale = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) topic = string_node ("ekonomi");

  g_assert_true (kaynak_document_set_claim_verdict (document, kaynak_claim_get_id (claim),
                                                    "yaniltici", &error));
  g_assert_true (kaynak_document_set_claim_field (document, kaynak_claim_get_id (claim), "konu",
                                                  topic, &error));
  g_assert_true (kaynak_document_use_codebook (document, smaller, NULL, &error));
  g_assert_no_error (error);
  bytes = kaynak_file_serialize (document);
  /* kept in the file, read back, still listed */
  again = reload (bytes);
  stale = kaynak_document_list_stale_values (again);
  g_assert_cmpuint (stale->len, ==, 2);
  g_assert_cmpstr (kaynak_claim_get_verdict (kaynak_document_lookup_claim (again, kaynak_claim_get_id (claim))),
                   ==, "yaniltici");
}

/* A version-2 file, its members replaced one at a time by something
 * hostile or wrong: each refused, the message naming where */
static const struct
{
  const char *find;
  const char *replace;
  const char *message;
} hostile[] = {
  { "\"verdict\" : \"yanlis\"", "\"verdict\" : 5", "claims[0].verdict" },
  { "\"verdict\" : \"yanlis\"", "\"verdict\" : \"\"", "claims[0].verdict" },
  { "\"konu\" : \"ekonomi\"", "\"konu\" : {\"a\": 1}", "claims[0].fields.konu" },
  { "\"konu\" : \"ekonomi\"", "\"konu\" : [[\"a\"]]", "claims[0].fields.konu[0]" },
  { "\"konu\" : \"ekonomi\"", "\"konu\" : null", "claims[0].fields.konu" },
  { "\"konu\" : \"ekonomi\"", "\"konu\" : 1e999", "claims[0].fields.konu" },
  { "\"guvenilirlik\" : 2", "\"guvenilirlik\" : [true, {}]", "sources[2].fields.guvenilirlik[1]" },
  { "\"codebook\" : {", "\"codebook\" : 3, \"x\" : {", "codebook" },
  { "\"hash\" : ", "\"hash\" : 7, \"y\" : ", "codebook.hash" },
  { "\"on\" : \"claim\"", "\"on\" : \"article\"", "codebook.fields[0]" },
};


static void
test_hostile (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) topic = string_node ("ekonomi");
  g_autoptr(JsonNode) rating = number_node (2);
  g_autofree char *text = NULL;

  g_assert_true (kaynak_document_set_claim_verdict (document, kaynak_claim_get_id (claim),
                                                    "yanlis", &error));
  g_assert_true (kaynak_document_set_claim_field (document, kaynak_claim_get_id (claim), "konu",
                                                  topic, &error));
  g_assert_true (kaynak_document_set_source_field (document, "kremlin", "guvenilirlik", rating,
                                                   &error));
  g_assert_no_error (error);
  bytes = kaynak_file_serialize (document);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *bad = replace_once (text, hostile[i].find, hostile[i].replace);
      g_autoptr(GBytes) bad_bytes = g_bytes_new (bad, strlen (bad));
      g_autoptr(KaynakDocument) loaded = NULL;
      g_autoptr(GError) local = NULL;

      g_test_message ("%s", hostile[i].replace);
      loaded = kaynak_file_load_bytes (bad_bytes, NULL, &local);
      g_assert_null (loaded);
      g_assert_nonnull (local);
      if (strstr (local->message, hostile[i].message) == NULL)
        g_error ("“%s” does not name “%s”", local->message, hostile[i].message);
    }

  /* Far too many fields on one claim, and choices on one value */
  {
    GString *many = g_string_new ("\"konu\" : \"ekonomi\"");
    g_autofree char *bad = NULL;
    g_autoptr(GBytes) bad_bytes = NULL;
    g_autoptr(KaynakDocument) loaded = NULL;
    g_autoptr(GError) local = NULL;

    for (guint i = 0; i < 600; i++)
      g_string_append_printf (many, ", \"f%u\" : 1", i);
    bad = replace_once (text, "\"konu\" : \"ekonomi\"", many->str);
    g_string_free (many, TRUE);
    bad_bytes = g_bytes_new (bad, strlen (bad));
    loaded = kaynak_file_load_bytes (bad_bytes, NULL, &local);
    g_assert_null (loaded);
    g_assert_nonnull (strstr (local->message, "claims[0].fields"));
  }
  {
    GString *many = g_string_new ("\"konu\" : [");
    g_autofree char *bad = NULL;
    g_autoptr(GBytes) bad_bytes = NULL;
    g_autoptr(KaynakDocument) loaded = NULL;
    g_autoptr(GError) local = NULL;

    for (guint i = 0; i < 1200; i++)
      g_string_append_printf (many, "%s\"c%u\"", i ? ", " : "", i);
    g_string_append (many, "]");
    bad = replace_once (text, "\"konu\" : \"ekonomi\"", many->str);
    g_string_free (many, TRUE);
    bad_bytes = g_bytes_new (bad, strlen (bad));
    loaded = kaynak_file_load_bytes (bad_bytes, NULL, &local);
    g_assert_null (loaded);
    g_assert_nonnull (strstr (local->message, "claims[0].fields.konu"));
  }
}

/* A codebook, in a file or in a document, with far too many verdicts or
 * choices is refused before it is read, with its path */
static void
test_huge_codebook (void)
{
  GString *text = g_string_new ("{\"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"x\", "
                                "\"name\": \"X\", \"fields\": [{\"id\": \"f\", \"label\": \"F\", "
                                "\"on\": \"claim\", \"type\": \"choice\", \"choices\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakCodebook) codebook = NULL;

  for (guint i = 0; i < 1001; i++)
    g_string_append_printf (text, "%s{\"id\": \"c%u\", \"label\": \"C\"}", i ? ", " : "", i);
  g_string_append (text, "]}]}");
  bytes = g_string_free_to_bytes (text);
  codebook = kaynak_codebook_new_from_bytes (bytes, &error);
  g_assert_null (codebook);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "fields[0].choices"));
}

/* Members Kaynak does not know stay beside the new ones */
static void
test_unknown_kept (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi-v2.kaynak.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *step = NULL;
  g_autofree char *bad = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KaynakDocument) document = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  step = replace_once (text, "\"verdict\": \"yaniltici\",", "\"verdict\": \"yaniltici\", \"x-claim\": 0.1,");
  bad = replace_once (step, "\"codebook\": {", "\"x-top\": [1], \"codebook\": {");
  bytes = g_bytes_new (bad, strlen (bad));
  document = reload (bytes);
  saved = kaynak_file_serialize (document);
  g_assert_true (bytes_contain (saved, "\"x-claim\" : 0.1"));
  g_assert_true (bytes_contain (saved, "\"x-top\" : [1]"));
  g_assert_true (bytes_contain (saved, "\"verdict\" : \"yaniltici\""));
  g_assert_true (bytes_contain (saved, "\"version\" : 2,"));
}

static void
test_newer_version (void)
{
  g_autoptr(KaynakDocument) document = new_document ();
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *bad = replace_once (text, "\"version\" : 1,", "\"version\" : 3,");
  g_autoptr(GBytes) bad_bytes = g_bytes_new (bad, strlen (bad));
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) loaded = kaynak_file_load_bytes (bad_bytes, NULL, &error);

  g_assert_null (loaded);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "format version 3"));
  g_assert_nonnull (strstr (error->message, "reads version 2"));
}

/* The git merge driver: one-sided edits of a verdict and of fields are
 * taken, field by field; a field set on both sides is a conflict, ours
 * kept and theirs recorded */
static void
test_merge (void)
{
  KaynakClaim *claim;
  g_autoptr(KaynakDocument) document = desk_document (&claim);
  g_autofree char *id = g_strdup (kaynak_claim_get_id (claim));
  g_autoptr(GBytes) base = NULL, ours = NULL, theirs = NULL, merged = NULL;
  g_autoptr(KaynakDocument) result = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) economy = string_node ("ekonomi");
  g_autoptr(JsonNode) war = string_node ("savas");
  g_autoptr(JsonNode) count = number_node (1200);
  KaynakClaim *loaded;

  base = kaynak_file_serialize (document);
  g_assert_true (kaynak_document_set_claim_field (document, id, "konu", economy, &error));
  ours = kaynak_file_serialize (document);
  g_assert_true (kaynak_document_undo (document));
  g_assert_true (kaynak_document_set_claim_field (document, id, "asker-sayisi", count, &error));
  g_assert_true (kaynak_document_set_claim_verdict (document, id, "dogru", &error));
  theirs = kaynak_file_serialize (document);
  g_assert_no_error (error);

  merged = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  result = reload (merged);
  loaded = kaynak_document_lookup_claim (result, id);
  g_assert_cmpstr (kaynak_claim_get_verdict (loaded), ==, "dogru");
  g_assert_cmpstr (json_node_get_string (kaynak_claim_get_field (loaded, "konu")), ==, "ekonomi");
  g_assert_cmpint (json_node_get_int (kaynak_claim_get_field (loaded, "asker-sayisi")), ==, 1200);
  g_assert_cmpuint (kaynak_document_get_verdicts (result)->len, ==, 5);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_clear_pointer (&merged, g_bytes_unref);

  /* both sides set the topic */
  g_clear_pointer (&theirs, g_bytes_unref);
  g_assert_true (kaynak_document_set_claim_field (document, id, "konu", war, &error));
  theirs = kaynak_file_serialize (document);
  merged = kaynak_merge_files (base, ours, theirs, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (conflicts, 0), "fields.konu"));
  g_assert_true (bytes_contain (merged, "\"savas\""));
  g_clear_object (&result);
  result = reload (merged);
  loaded = kaynak_document_lookup_claim (result, id);
  g_assert_cmpstr (json_node_get_string (kaynak_claim_get_field (loaded, "konu")), ==, "ekonomi");
}

/* The command line: --check says which version a file is and which this
 * Kaynak reads; a version-2 file checks fine; --new --codebook, and the
 * folder's kaynak-codebook.json without it */
static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *desk = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi.kaynak-codebook.json", NULL);
  g_autofree char *article = NULL;
  g_autofree char *folder_book = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *made = NULL;
  g_autoptr(KaynakDocument) loaded = NULL;
  KaynakTestRun run;

  if (kaynak_test_binary () == NULL)
    return;
  dir = kaynak_test_make_temp_dir ("kaynak-cb-cli-XXXXXX");
  article = g_build_filename (dir, "haber.txt", NULL);
  g_assert_true (g_file_set_contents (article, ARTICLE, -1, NULL));

  {
    const char *args[] = { "--new", "haber.txt", "--codebook", desk, NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  kaynak_test_run_clear (&run);
  made = g_build_filename (dir, "haber.kaynak.json", NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (made);
    g_autoptr(GError) error = NULL;

    loaded = kaynak_file_load (file, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpstr (kaynak_document_get_codebook_id (loaded), ==, "teyit-masasi-2026");
  g_assert_cmpuint (kaynak_document_get_format_version (loaded), ==, 2);
  g_assert_nonnull (kaynak_document_lookup_source (loaded, "kremlin"));
  g_clear_object (&loaded);

  /* a version-2 file checks fine */
  {
    const char *args[] = { "--check", "haber.kaynak.json", NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  kaynak_test_run_clear (&run);

  /* a version this Kaynak does not know */
  {
    g_autofree char *text = NULL;
    g_autofree char *bad = NULL;

    g_assert_true (g_file_get_contents (made, &text, NULL, NULL));
    bad = replace_once (text, "\"version\" : 2,", "\"version\" : 7,");
    newer = g_build_filename (dir, "newer.kaynak.json", NULL);
    g_assert_true (g_file_set_contents (newer, bad, -1, NULL));
  }
  {
    const char *args[] = { "--check", "newer.kaynak.json", NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.out, "newer.kaynak.json: "));
  g_assert_nonnull (strstr (run.out, "format version 7"));
  g_assert_nonnull (strstr (run.out, "reads version 2"));
  kaynak_test_run_clear (&run);

  /* the folder's codebook applies without --codebook */
  folder_book = g_build_filename (dir, KAYNAK_CODEBOOK_FOLDER_NAME, NULL);
  g_assert_true (g_file_set_contents (folder_book, SMALLER_DESK, -1, NULL));
  {
    const char *args[] = { "--new", "haber.txt", "--force", NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  kaynak_test_run_clear (&run);
  {
    g_autoptr(GFile) file = g_file_new_for_path (made);
    g_autoptr(GError) error = NULL;

    loaded = kaynak_file_load (file, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (kaynak_document_get_verdicts (loaded)->len, ==, 2);

  /* --codebook is for --new only, and a bad codebook is named */
  {
    const char *args[] = { "--check", "haber.kaynak.json", "--codebook", desk, NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--codebook"));
  kaynak_test_run_clear (&run);
  {
    const char *args[] = { "--new", "haber.txt", "--force", "--codebook", "haber.txt", NULL };
    kaynak_test_run_binary (&run, dir, args);
  }
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "haber.txt"));
  kaynak_test_run_clear (&run);

  kaynak_test_remove_tree (dir);
}

/* Every version-2 file the JSON Schema refuses (tests/data/schema-v2) the
 * loader refuses too, with the member's path or the version */
static const struct
{
  const char *name;
  const char *where;
} schema_cases[] = {
  { "v2-codebook-field-on-article.kaynak.json", "codebook.fields[0]" },
  { "v2-field-an-object.kaynak.json", "claims[0].fields.konu" },
  { "v2-field-list-of-lists.kaynak.json", "claims[0].fields.etiketler[0]" },
  { "v2-source-fields-a-list.kaynak.json", "sources[2].fields" },
  { "v2-verdict-a-number.kaynak.json", "claims[0].verdict" },
  { "version-3.kaynak.json", "format version 3" },
};

static void
test_schema_cases (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "schema-v2", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                                 "teyit-masasi-v2.kaynak.json", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (schema_cases));
  for (guint i = 0; i < G_N_ELEMENTS (schema_cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, schema_cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);

      g_test_message ("%s: %s", schema_cases[i].name, error != NULL ? error->message : "loaded");
      g_assert_null (document);
      g_assert_nonnull (strstr (error->message, schema_cases[i].where));
    }

  /* and the good one loads, its stale-free values all there */
  {
    g_autoptr(GFile) file = g_file_new_for_path (good);
    g_autoptr(GError) error = NULL;
    g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);
    g_autoptr(GPtrArray) stale = NULL;

    g_assert_no_error (error);
    stale = kaynak_document_list_stale_values (document);
    g_assert_cmpuint (stale->len, ==, 0);
    g_assert_cmpstr (kaynak_claim_get_verdict (kaynak_document_lookup_claim (document, "c1")), ==,
                     "yaniltici");
  }
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
  g_test_add_func ("/kaynak/document-codebook/v1-stays-v1", test_v1_stays_v1);
  g_test_add_func ("/kaynak/document-codebook/v2-round-trip", test_v2_round_trip);
  g_test_add_func ("/kaynak/document-codebook/stale-saved", test_stale_saved);
  g_test_add_func ("/kaynak/document-codebook/hostile", test_hostile);
  g_test_add_func ("/kaynak/document-codebook/newer-version", test_newer_version);
  g_test_add_func ("/kaynak/document-codebook/huge-codebook", test_huge_codebook);
  g_test_add_func ("/kaynak/document-codebook/unknown-kept", test_unknown_kept);
  g_test_add_func ("/kaynak/document-codebook/merge", test_merge);
  g_test_add_func ("/kaynak/document-codebook/cli", test_cli);
  g_test_add_func ("/kaynak/document-codebook/schema-cases", test_schema_cases);

  return g_test_run ();
}
