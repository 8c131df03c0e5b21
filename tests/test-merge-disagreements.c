/* test-merge-disagreements.c: the disagreements a real three-way merge
 * (kaynak-merge.c) of three versions of tests/data/example.kaynak.json
 * leaves, read into a list and resolved (kaynak-document-disagreements.h):
 * keep ours and take theirs each one undo step with the record, a record
 * whose link is gone only dismissed, deletions, and a save that keeps
 * only the unresolved records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-document-disagreements.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-file-serialize.h"
#include "kaynak-merge.h"

#define CLAIM0 "3f1c2a9e-8b7d-4c21-9a55-0e6b1d2f4a10"
#define CLAIM1 "7a4e0c55-2d19-4f8e-b3a1-6c9d8e7f0b21"
#define CLAIM2 "b2d6f3a8-91c4-4e7a-8f0d-3a5b7c9e1d42"
#define CLAIM3 "c9e81f27-5a3b-4d6c-a0e4-7b2f8d1c3e53"
#define CLAIM4 "d4a7b6c3-0e2f-4b9a-8c1d-5e6f7a8b9c64"
#define LINK0 "e5b8c9d0-1f2a-4c3b-9d4e-6f7a8b9c0d75"
#define LINK1 "f6c9d0e1-2a3b-4d5c-8e6f-7a8b9c0d1e86"

static JsonNode *
example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  /* through text: json_node_copy() would share the objects */
  {
    g_autofree char *text = json_to_string (json_parser_get_root (parser), FALSE);
    return json_from_string (text, NULL);
  }
}

static JsonObject *
by_id (JsonNode   *root,
       const char *list,
       const char *id)
{
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (array, i), "id"), id) == 0)
      return json_array_get_object_element (array, i);
  return NULL;
}

static GBytes *
bytes_of (JsonNode *root)
{
  g_autofree char *text = json_to_string (root, FALSE);
  gsize length = strlen (text);
  return g_bytes_new_take (g_steal_pointer (&text), length);
}

/* Two annotators edit the example; the real merge of the three versions,
 * loaded.  Ours: claim 0 supported, claim 3 sourced to Ukraine, claim 1's
 * note, claim 4's note, the outlet, link 0 contradicts, link 1
 * contradicts, Kremlin's label.  Theirs: claim 0 refuted, claim 3 to the
 * Kremlin, claim 1's note otherwise, claim 4 deleted, another outlet,
 * link 0 and link 1 confirm the other way round... */
static KaynakDocument *
merged_document (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = example ();
  g_autoptr(JsonNode) theirs = example ();
  g_autoptr(GBytes) b = bytes_of (base), o = NULL, t = NULL, merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *claims;
  KaynakDocument *document;

  json_object_set_string_member (by_id (ours, "claims", CLAIM0), "status", "supported");
  json_object_set_string_member (by_id (theirs, "claims", CLAIM0), "status", "refuted");
  json_object_set_string_member (by_id (ours, "claims", CLAIM3), "source", "ukraine");
  json_object_set_string_member (by_id (theirs, "claims", CLAIM3), "source", "kremlin-silence");
  json_object_set_string_member (by_id (ours, "claims", CLAIM1), "note", "Bizim not.");
  json_object_set_string_member (by_id (theirs, "claims", CLAIM1), "note", "Onların notu.");
  json_object_set_string_member (by_id (ours, "claims", CLAIM4), "note", "Düzenlendi.");
  claims = json_object_get_array_member (json_node_get_object (theirs), "claims");
  for (guint i = 0; i < json_array_get_length (claims); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (claims, i), "id"), CLAIM4) == 0)
      json_array_remove_element (claims, i);
  json_object_set_string_member (json_object_get_object_member (json_node_get_object (ours), "metadata"),
                                 "outlet", "Bizim Haber");
  json_object_set_string_member (json_object_get_object_member (json_node_get_object (theirs), "metadata"),
                                 "outlet", "Onların Haberi");
  json_object_set_string_member (by_id (ours, "links", LINK0), "type", "contradicts");
  json_object_set_string_member (by_id (theirs, "links", LINK0), "type", "repeats");
  json_object_set_string_member (by_id (ours, "links", LINK1), "type", "contradicts");
  json_object_set_string_member (by_id (theirs, "links", LINK1), "type", "repeats");
  json_object_set_string_member (by_id (ours, "sources", "kremlin-silence"), "label", "Kremlin");
  json_object_set_string_member (by_id (theirs, "sources", "kremlin-silence"), "label", "Moskova");

  o = bytes_of (ours);
  t = bytes_of (theirs);
  merged = kaynak_merge_files (b, o, t, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_cmpuint (conflicts->len, ==, 8);

  document = kaynak_file_load_bytes (merged, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static KaynakDisagreement *
find (GPtrArray                *all,
      KaynakDisagreementTarget  target,
      const char               *id)
{
  for (guint i = 0; i < all->len; i++)
    {
      KaynakDisagreement *d = g_ptr_array_index (all, i);
      if (kaynak_disagreement_get_target (d) == target &&
          g_strcmp0 (kaynak_disagreement_get_object_id (d), id) == 0)
        return d;
    }
  return NULL;
}

/* The saved file, parsed */
static JsonNode *
saved (KaynakDocument *document)
{
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return json_from_string (text, NULL);
}

static void
test_collect (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  KaynakDisagreement *d;

  g_assert_true (kaynak_document_has_disagreements (document));
  g_assert_cmpuint (all->len, ==, 8);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);

  /* file order: the details and links (top level), sources, claims */
  g_assert_cmpint (kaynak_disagreement_get_target (g_ptr_array_index (all, 0)), ==, KAYNAK_DISAGREEMENT_METADATA);

  d = find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM0);
  g_assert_nonnull (d);
  g_assert_cmpstr (kaynak_disagreement_get_side (d), ==, "theirs");
  g_assert_false (kaynak_disagreement_get_deleted (d));
  g_assert_true (kaynak_disagreement_get_present (d));
  g_assert_true (kaynak_disagreement_can_take_theirs (d));
  g_assert_true (g_str_has_prefix (kaynak_disagreement_get_title (d), "Claim “Rusya’nın ilk Kuzey Koreli"));
  g_assert_cmpstr (kaynak_disagreement_get_members (d)[0], ==, "status");
  g_assert_null (kaynak_disagreement_get_members (d)[1]);
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "Supported");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "Refuted");

  d = find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM3);
  g_assert_cmpstr (kaynak_disagreement_get_members (d)[0], ==, "source");
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "Ukrayna");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "Kremlin");

  d = find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM4);
  g_assert_true (kaynak_disagreement_get_deleted (d));
  g_assert_cmpstr (kaynak_disagreement_get_side (d), ==, "theirs");
  g_assert_null (kaynak_disagreement_get_members (d)[0]);

  d = find (all, KAYNAK_DISAGREEMENT_METADATA, NULL);
  g_assert_cmpstr (kaynak_disagreement_get_members (d)[0], ==, "outlet");
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "Bizim Haber");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "Onların Haberi");

  d = find (all, KAYNAK_DISAGREEMENT_LINK, LINK0);
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "Contradicts");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "Repeats");

  d = find (all, KAYNAK_DISAGREEMENT_SOURCE, "kremlin-silence");
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "Kremlin");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "Moskova");
}

static void
test_take_theirs_claim (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  g_autoptr(GError) error = NULL;
  KaynakDisagreement *d = find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM0);
  KaynakClaim *claim = kaynak_document_lookup_claim (document, CLAIM0);

  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);
  g_assert_true (kaynak_document_take_theirs (document, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_REFUTED);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
  g_assert_true (kaynak_document_get_modified (document));

  /* the record is gone: resolving it again says so */
  g_assert_false (kaynak_document_take_theirs (document, d, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* one undo step brings back both the value and the record */
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);
  g_assert_false (kaynak_document_get_can_undo (document));
  g_assert_true (kaynak_document_redo (document));
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_REFUTED);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);

  /* a source: theirs is the Kremlin's id */
  {
    g_autoptr(GPtrArray) now = kaynak_document_collect_disagreements (document);
    g_assert_true (kaynak_document_take_theirs (document, find (now, KAYNAK_DISAGREEMENT_CLAIM, CLAIM3), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (document, CLAIM3)), ==,
                     "kremlin-silence");
  }
}

static void
test_keep_ours (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim = kaynak_document_lookup_claim (document, CLAIM3);

  g_assert_true (kaynak_document_keep_ours (document, find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM3), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "ukraine");
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
  /* an edit: the document is modified and undo brings the record back */
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);
  g_assert_false (kaynak_document_get_modified (document));
}

static void
test_details_link_source (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  g_autoptr(GError) error = NULL;
  KaynakLink *link;

  g_assert_true (kaynak_document_take_theirs (document, find (all, KAYNAK_DISAGREEMENT_METADATA, NULL), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Onların Haberi");
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpstr (kaynak_document_get_outlet (document), ==, "Bizim Haber");
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);

  g_assert_true (kaynak_document_take_theirs (document, find (all, KAYNAK_DISAGREEMENT_LINK, LINK0), &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_document_lookup_link (document, LINK0));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 2);
  link = g_list_model_get_item (kaynak_document_get_links (document), 1);
  g_assert_cmpint (kaynak_link_get_link_type (link), ==, KAYNAK_LINK_TYPE_REPEATS);
  g_object_unref (link);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
  g_assert_true (kaynak_document_undo (document));
  g_assert_nonnull (kaynak_document_lookup_link (document, LINK0));
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);

  g_assert_true (kaynak_document_take_theirs (document, find (all, KAYNAK_DISAGREEMENT_SOURCE, "kremlin-silence"),
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (document, "kremlin-silence")), ==,
                   "Moskova");
}

/* Link 1 goes with claim 2: its record stays, shown as gone, and can only
 * be dismissed */
static void
test_gone (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDisagreement *d;

  g_assert_true (kaynak_document_remove_claim (document, CLAIM2, &error));
  g_assert_null (kaynak_document_lookup_link (document, LINK1));
  all = kaynak_document_collect_disagreements (document);
  d = find (all, KAYNAK_DISAGREEMENT_LINK, LINK1);
  g_assert_nonnull (d);
  g_assert_false (kaynak_disagreement_get_present (d));
  g_assert_false (kaynak_disagreement_can_take_theirs (d));
  g_assert_cmpstr (kaynak_disagreement_get_title (d), ==, "A link that is no longer in the article");
  g_assert_false (kaynak_document_take_theirs (document, d, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kaynak_document_keep_ours (document, d, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
}

/* Claim 4: theirs deleted it, ours edited it (kept).  Take theirs deletes
 * it, record and all, as one step; keep ours keeps it without the record */
static void
test_deleted (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  g_autoptr(GError) error = NULL;
  KaynakDisagreement *d = find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM4);

  g_assert_true (kaynak_disagreement_can_take_theirs (d));
  g_assert_true (kaynak_document_take_theirs (document, d, &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_document_lookup_claim (document, CLAIM4));
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
  g_assert_true (kaynak_document_undo (document));
  g_assert_nonnull (kaynak_document_lookup_claim (document, CLAIM4));
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 8);

  g_assert_true (kaynak_document_keep_ours (document, d, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kaynak_document_lookup_claim (document, CLAIM4));
  g_assert_cmpstr (kaynak_claim_get_note (kaynak_document_lookup_claim (document, CLAIM4)), ==, "Düzenlendi.");
  g_assert_cmpuint (kaynak_document_count_disagreements (document), ==, 7);
}

/* The saved file loses the resolved records and keeps the rest; once all
 * are resolved there is no "disagreements" left anywhere */
static void
test_saved (void)
{
  g_autoptr(KaynakDocument) document = merged_document ();
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KaynakDocument) again = NULL;
  g_autofree char *text = NULL;

  g_assert_true (kaynak_document_take_theirs (document, find (all, KAYNAK_DISAGREEMENT_CLAIM, CLAIM0), &error));
  g_assert_true (kaynak_document_keep_ours (document, find (all, KAYNAK_DISAGREEMENT_METADATA, NULL), &error));
  g_assert_no_error (error);
  file = saved (document);
  g_assert_false (json_object_has_member (by_id (file, "claims", CLAIM0), "disagreements"));
  g_assert_cmpstr (json_object_get_string_member (by_id (file, "claims", CLAIM0), "status"), ==, "refuted");
  g_assert_true (json_object_has_member (by_id (file, "claims", CLAIM3), "disagreements"));
  /* the top level keeps the links' records, not the details' */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (file),
                                                                         "disagreements")), ==, 2);

  /* and loads again with the six left */
  bytes = kaynak_file_serialize (document);
  again = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_count_disagreements (again), ==, 6);

  for (guint i = 0; i < all->len; i++)
    {
      KaynakDisagreement *d = g_ptr_array_index (all, i);
      if (kaynak_disagreement_get_target (d) == KAYNAK_DISAGREEMENT_CLAIM &&
          g_strcmp0 (kaynak_disagreement_get_object_id (d), CLAIM0) == 0)
        continue;
      if (kaynak_disagreement_get_target (d) == KAYNAK_DISAGREEMENT_METADATA)
        continue;
      g_assert_true (kaynak_document_keep_ours (document, d, &error));
      g_assert_no_error (error);
    }
  g_assert_false (kaynak_document_has_disagreements (document));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = kaynak_file_serialize (document);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_null (strstr (text, "disagreements"));
}

/* Moves a claim of the tree @root to [@start, @end) with its quote */
static void
move_claim (JsonNode   *root,
            const char *id,
            guint       start,
            guint       end)
{
  JsonObject *article = json_object_get_object_member (json_node_get_object (root), "article");
  const char *text = json_object_get_string_member (article, "text");
  g_autofree char *quote = g_utf8_substring (text, start, end);
  JsonObject *object = by_id (root, "claims", id);

  json_object_set_int_member (object, "start", start);
  json_object_set_int_member (object, "end", end);
  json_object_set_string_member (object, "quote", quote);
  json_object_set_string_member (object, "prefix", "");
  json_object_set_string_member (object, "suffix", "");
}

/* Both moved claim 3 (its place conflicts as one member, "start"): take
 * theirs gives it their range and words, one undo step */
static void
test_place (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = example ();
  g_autoptr(JsonNode) theirs = example ();
  g_autoptr(GBytes) b = bytes_of (base), o = NULL, t = NULL, merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GPtrArray) all = NULL;
  KaynakDisagreement *d;
  KaynakClaim *claim;

  move_claim (ours, CLAIM3, 423, 456);     /* … asker getirildiği */
  move_claim (theirs, CLAIM3, 414, 444);   /* Rusya’ya üç binden … */
  o = bytes_of (ours);
  t = bytes_of (theirs);
  merged = kaynak_merge_files (b, o, t, NULL, &error);
  g_assert_no_error (error);
  document = kaynak_file_load_bytes (merged, NULL, &error);
  g_assert_no_error (error);
  all = kaynak_document_collect_disagreements (document);
  g_assert_cmpuint (all->len, ==, 1);
  d = g_ptr_array_index (all, 0);
  g_assert_cmpstr (kaynak_disagreement_get_members (d)[0], ==, "start");
  g_assert_null (kaynak_disagreement_get_members (d)[1]);
  g_assert_cmpstr (kaynak_disagreement_get_ours (d, 0), ==, "“üç binden fazla asker getirildiği”");
  g_assert_cmpstr (kaynak_disagreement_get_theirs (d, 0), ==, "“Rusya’ya üç binden fazla asker”");
  g_assert_true (kaynak_disagreement_can_take_theirs (d));

  g_assert_true (kaynak_document_take_theirs (document, d, &error));
  g_assert_no_error (error);
  claim = kaynak_document_lookup_claim (document, CLAIM3);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 414);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 444);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Rusya’ya üç binden fazla asker");
  g_assert_false (kaynak_document_has_disagreements (document));
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 423);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 456);
  g_assert_true (kaynak_document_has_disagreements (document));
}

/* A document no merge touched has none, and collecting is cheap */
static void
test_none (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);
  g_autoptr(GPtrArray) all = NULL;

  g_assert_no_error (error);
  g_assert_false (kaynak_document_has_disagreements (document));
  all = kaynak_document_collect_disagreements (document);
  g_assert_cmpuint (all->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/merge-disagreements/collect", test_collect);
  g_test_add_func ("/kaynak/merge-disagreements/take-theirs-claim", test_take_theirs_claim);
  g_test_add_func ("/kaynak/merge-disagreements/keep-ours", test_keep_ours);
  g_test_add_func ("/kaynak/merge-disagreements/details-link-source", test_details_link_source);
  g_test_add_func ("/kaynak/merge-disagreements/gone", test_gone);
  g_test_add_func ("/kaynak/merge-disagreements/deleted", test_deleted);
  g_test_add_func ("/kaynak/merge-disagreements/saved", test_saved);
  g_test_add_func ("/kaynak/merge-disagreements/none", test_none);
  g_test_add_func ("/kaynak/merge-disagreements/place", test_place);

  return g_test_run ();
}
