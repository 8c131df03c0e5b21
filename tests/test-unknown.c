/* test-unknown.c: members Kaynak does not know are kept through a save.
 *
 * tests/data/unknown-members.kaynak.json has a member Kaynak does not know
 * at every level (the top, metadata, article, a source, a claim, a link),
 * with values json-glib would write otherwise (0.1, 2.50, 1e5, "\u00e7",
 * -0.0): they must come back byte for byte, after the known members, in
 * their order.  A claim's members stay with it when it is edited or moved
 * to a changed article, and go when it is deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-document.h"
#include "kaynak-document-private.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-hooks.h"
#include "kaynak-unknown.h"

static GBytes *
unknown_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "unknown-members.kaynak.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static KaynakDocument *
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  KaynakDocument *document = kaynak_file_load_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
save (KaynakDocument *document)
{
  g_autoptr(GBytes) bytes = kaynak_file_serialize (document);
  g_autoptr(GBytes) tree = _kaynak_file_serialize_tree (document);

  /* the claim-by-claim serialiser and the whole tree agree */
  g_assert_true (g_bytes_equal (bytes, tree));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("the save lacks “%s”:\n%s", needle, haystack);
}

/* Written in Kaynak's own layout, the file comes back byte for byte:
 * the unknown members included, where they were */
static void
test_round_trip (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(KaynakDocument) document = load (bytes);
  g_autofree char *saved = save (document);

  g_assert_cmpstr (saved, ==, g_bytes_get_data (bytes, NULL));
}

/* Each is kept as written, at its level */
static void
test_every_level (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(KaynakDocument) document = load (bytes);
  KaynakSource *source = kaynak_document_lookup_source (document, "s");
  KaynakClaim *a = kaynak_document_lookup_claim (document, "a");
  KaynakClaim *b = kaynak_document_lookup_claim (document, "b");
  g_autoptr(KaynakLink) link = g_list_model_get_item (kaynak_document_get_links (document), 0);
  KaynakUnknown *u;

  u = _kaynak_document_get_unknown (document, KAYNAK_UNKNOWN_TOP);
  g_assert_cmpuint (kaynak_unknown_get_n_members (u), ==, 1);
  g_assert_cmpstr (kaynak_unknown_get_name (u, 0), ==, "x-top");
  g_assert_cmpstr (kaynak_unknown_get_value (u, 0), ==, "[\n    1,\n    -0.0\n  ]");

  u = _kaynak_document_get_unknown (document, KAYNAK_UNKNOWN_METADATA);
  g_assert_cmpstr (kaynak_unknown_get_name (u, 0), ==, "x-meta");
  g_assert_cmpstr (kaynak_unknown_get_value (u, 0), ==, "0.1");

  u = _kaynak_document_get_unknown (document, KAYNAK_UNKNOWN_ARTICLE);
  g_assert_cmpstr (kaynak_unknown_get_value (u, 0), ==, "{\"a\": [1, 2.50, \"\\u00e7\"]}");

  g_assert_nonnull (source);
  g_assert_cmpstr (kaynak_unknown_get_value (kaynak_source_get_unknown (source), 0), ==, "true");

  u = kaynak_claim_get_unknown (a);
  g_assert_cmpuint (kaynak_unknown_get_n_members (u), ==, 2);
  g_assert_cmpstr (kaynak_unknown_get_name (u, 0), ==, "x-claim");
  g_assert_cmpstr (kaynak_unknown_get_value (u, 0), ==, "1e5");
  g_assert_cmpstr (kaynak_unknown_get_name (u, 1), ==, "x-claim-2");
  g_assert_cmpstr (kaynak_unknown_get_value (u, 1), ==, "null");
  g_assert_null (kaynak_claim_get_unknown (b));

  g_assert_cmpstr (kaynak_unknown_get_value (kaynak_link_get_unknown (link), 0), ==, "\"yes\"");
}

/* The usual file has none: nothing is kept, nothing is walked for */
static void
test_none (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaynakDocument) document = kaynak_file_load (file, NULL, NULL, &error);
  GListModel *claims;

  g_assert_no_error (error);
  for (guint level = KAYNAK_UNKNOWN_TOP; level <= KAYNAK_UNKNOWN_ARTICLE; level++)
    g_assert_null (_kaynak_document_get_unknown (document, level));
  claims = kaynak_document_get_claims (document);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);

      g_assert_null (kaynak_claim_get_unknown (claim));
    }
}

/* A claim edited (status, note, range) keeps its members unchanged, also
 * through undo and redo */
static void
test_claim_edited (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(KaynakDocument) document = load (bytes);
  g_autoptr(GError) error = NULL;
  const char *members = "      \"x-claim\" : 1e5,\n      \"x-claim-2\" : null\n";
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_true (kaynak_document_set_claim_status (document, "a", KAYNAK_CLAIM_STATUS_SUPPORTED,
                                                   &error));
  g_assert_true (kaynak_document_set_claim_note (document, "a", "checked", &error));
  g_assert_true (kaynak_document_set_claim_range (document, "a", 0, 4, &error));
  g_assert_no_error (error);
  edited = save (document);
  assert_contains (edited, "\"status\" : \"supported\"");
  assert_contains (edited, "\"end\" : 4,");
  assert_contains (edited, members);

  g_assert_true (kaynak_document_undo (document));
  g_assert_true (kaynak_document_undo (document));
  g_assert_true (kaynak_document_undo (document));
  undone = save (document);
  g_assert_cmpstr (undone, ==, g_bytes_get_data (bytes, NULL));

  g_assert_true (kaynak_document_redo (document));
  redone = save (document);
  assert_contains (redone, members);
}

/* Moved to a changed article (re-anchored: the words moved 7 characters
 * on), a claim keeps its members */
static void
test_claim_moved (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(GString) changed = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes));
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Well, hello world", -1);
  g_autoptr(GBytes) changed_bytes = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autofree char *saved = NULL;
  KaynakClaim *a;

  g_assert_cmpuint (g_string_replace (changed, "\"text\" : \"hello world\"",
                                      "\"text\" : \"Well, hello world\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
                                      sha, 1), ==, 1);
  changed_bytes = g_bytes_new (changed->str, changed->len);
  document = load (changed_bytes);

  a = kaynak_document_lookup_claim (document, "a");
  g_assert_cmpuint (kaynak_claim_get_start (a), ==, 6);
  g_assert_false (kaynak_claim_get_orphaned (a));
  saved = save (document);
  assert_contains (saved, "      \"start\" : 6,\n      \"end\" : 11,");
  assert_contains (saved, "      \"x-claim\" : 1e5,\n      \"x-claim-2\" : null\n    }");
}

/* A deleted claim's members go with it (and its link's, which goes too) */
static void
test_claim_deleted (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(KaynakDocument) document = load (bytes);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *undone = NULL;

  g_assert_true (kaynak_document_remove_claim (document, "a", &error));
  g_assert_no_error (error);
  saved = save (document);
  g_assert_null (strstr (saved, "x-claim"));
  g_assert_null (strstr (saved, "x-link"));
  /* the rest is still there */
  assert_contains (saved, "\"x-top\" : [\n    1,\n    -0.0\n  ]\n}");
  assert_contains (saved, "\"x-source\" : true");

  g_assert_true (kaynak_document_undo (document));
  undone = save (document);
  g_assert_cmpstr (undone, ==, g_bytes_get_data (bytes, NULL));
}

/* Whatever the layout of the file, the members are kept and the save is
 * valid JSON that loads with the same members; a name written with
 * escapes is known by what it says */
static void
test_other_layout (void)
{
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "hello world", -1);
  g_autofree char *json = g_strdup_printf (
    "{\"x-first\":{\"deep\":[{\"a\":1.10}]},\"format\":\"kaynak\",\"version\":1,"
    "\"article\":{\"sha256\":\"%s\",\"text\":\"hello world\",\"t\\u0065xt2\":\"\\u011f\"},"
    "\"claims\":[{\"id\":\"a\",\"start\":0,\"end\":5,\"quote\":\"hello\",\"x\":[],"
    "\"status\":\"unverified\",\"created\":\"2026-11-29T09:12:44Z\","
    "\"modified\":\"2026-11-29T09:12:44Z\",\"y\":\"\\\"q\\\"\"}]}", sha);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(KaynakDocument) document = load (bytes);
  g_autofree char *saved = save (document);
  g_autoptr(GBytes) saved_bytes = g_bytes_new (saved, strlen (saved));
  g_autoptr(KaynakDocument) again = load (saved_bytes);
  g_autofree char *saved_again = save (again);

  g_test_message ("%s", saved);
  assert_contains (saved, "      \"x\" : [],\n      \"y\" : \"\\\"q\\\"\"\n    }");
  assert_contains (saved, "\"text2\" : \"\\u011f\"\n  }");
  assert_contains (saved, "  \"links\" : [],\n  \"x-first\" : {\"deep\":[{\"a\":1.10}]}\n}");
  g_assert_cmpstr (saved_again, ==, saved);
}

/* The list of known members is the serialiser's: every member a save of a
 * document with every field set writes is known at its level */
static void
test_known_members_are_written (void)
{
  g_autoptr(GBytes) bytes = unknown_file ();
  g_autoptr(KaynakDocument) document = load (bytes);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top;
  struct { const char *member; KaynakUnknownLevel level; } lists[] = {
    { "sources", KAYNAK_UNKNOWN_SOURCE },
    { "claims", KAYNAK_UNKNOWN_CLAIM },
    { "links", KAYNAK_UNKNOWN_LINK },
  };

  /* the unknown ones out of the way */
  _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_TOP, NULL);
  _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_METADATA, NULL);
  _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_ARTICLE, NULL);
  kaynak_source_set_unknown (kaynak_document_lookup_source (document, "s"), NULL);
  kaynak_claim_set_unknown (kaynak_document_lookup_claim (document, "a"), NULL);
  {
    g_autoptr(KaynakLink) link = g_list_model_get_item (kaynak_document_get_links (document), 0);

    kaynak_link_set_unknown (link, NULL);
  }
  /* every optional member written */
  kaynak_source_set_shortcut (kaynak_document_lookup_source (document, "s"), 3);
  kaynak_claim_set_orphaned (kaynak_document_lookup_claim (document, "b"), TRUE);
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/x");

  saved = save (document);
  root = json_from_string (saved, &error);
  g_assert_no_error (error);
  top = json_node_get_object (root);

#define CHECK_ALL(object, level)                                                 \
  {                                                                              \
    JsonObjectIter iter;                                                         \
    const char *name;                                                            \
    json_object_iter_init (&iter, (object));                                     \
    while (json_object_iter_next (&iter, &name, NULL))                           \
      if (!kaynak_unknown_is_known_member ((level), name, strlen (name)))        \
        g_error ("a save writes “%s”, which kaynak-unknown.c does not know", name); \
  }
  CHECK_ALL (top, KAYNAK_UNKNOWN_TOP);
  CHECK_ALL (json_object_get_object_member (top, "metadata"), KAYNAK_UNKNOWN_METADATA);
  CHECK_ALL (json_object_get_object_member (top, "article"), KAYNAK_UNKNOWN_ARTICLE);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = json_object_get_array_member (top, lists[l].member);

      g_assert_cmpuint (json_array_get_length (array), >, 0);
      for (guint i = 0; i < json_array_get_length (array); i++)
        CHECK_ALL (json_array_get_object_element (array, i), lists[l].level);
    }
#undef CHECK_ALL
  g_assert_nonnull (strstr (saved, "\"orphaned\" : true"));
  g_assert_nonnull (strstr (saved, "\"shortcut\" : 3"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/unknown/round-trip-byte-identical", test_round_trip);
  g_test_add_func ("/kaynak/unknown/every-level", test_every_level);
  g_test_add_func ("/kaynak/unknown/none-in-usual-file", test_none);
  g_test_add_func ("/kaynak/unknown/claim-edited-keeps", test_claim_edited);
  g_test_add_func ("/kaynak/unknown/claim-moved-keeps", test_claim_moved);
  g_test_add_func ("/kaynak/unknown/claim-deleted-drops", test_claim_deleted);
  g_test_add_func ("/kaynak/unknown/other-layout", test_other_layout);
  g_test_add_func ("/kaynak/unknown/known-list-is-what-save-writes", test_known_members_are_written);

  return g_test_run ();
}
