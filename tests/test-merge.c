/* test-merge.c: the three-way merge of kaynak-merge.h (the git merge
 * driver's core) on edits of tests/data/example.kaynak.json: one-sided
 * edits, additions and deletions taken, conflicts kept as ours with
 * theirs recorded (and kept through a load and save), edit/delete, the
 * clean-ups, and the inputs it refuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-merge.h"

/* The example file as a tree to edit */
static JsonNode *
example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  return json_node_copy (json_parser_get_root (parser));
}

/* json_node_copy() shares the objects: a real copy goes through text */
static JsonNode *
deep_copy (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  return json_from_string (text, NULL);
}

static JsonArray *
list (JsonNode   *root,
      const char *name)
{
  return json_object_get_array_member (json_node_get_object (root), name);
}

static JsonObject *
claim (JsonNode *root,
       guint     i)
{
  return json_array_get_object_element (list (root, "claims"), i);
}

static GBytes *
bytes_of (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *data;

  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/* Merges and parses the result back into a tree */
static JsonNode *
merge (JsonNode   *base,
       JsonNode   *ours,
       JsonNode   *theirs,
       GPtrArray **conflicts)
{
  g_autoptr(GBytes) b = base != NULL ? bytes_of (base) : g_bytes_new (NULL, 0);
  g_autoptr(GBytes) o = bytes_of (ours);
  g_autoptr(GBytes) t = bytes_of (theirs);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  merged = kaynak_merge_files (b, o, t, conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (merged, NULL),
                                             g_bytes_get_size (merged), &error));
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
find_claim (JsonNode   *root,
            const char *id)
{
  JsonArray *claims = list (root, "claims");

  for (guint i = 0; i < json_array_get_length (claims); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (claims, i), "id"), id) == 0)
      return json_array_get_object_element (claims, i);
  return NULL;
}

/* Ours retags claim 0 refuted; theirs writes a note on claim 0, deletes
 * claim 4 (and so its links) and adds a claim: all of it is taken, no
 * conflict */
static void
test_clean (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *deleted = g_strdup (json_object_get_string_member (claim (base, 4), "id"));
  g_autofree char *first = g_strdup (json_object_get_string_member (claim (base, 0), "id"));
  JsonObject *added;

  json_object_set_string_member (claim (ours, 0), "status", "refuted");
  json_object_set_string_member (claim (theirs, 0), "note", "their note");
  json_array_remove_element (list (theirs, "claims"), 4);
  added = json_object_ref (claim (theirs, 3));
  {
    JsonObject *copy = json_object_new ();
    JsonObjectIter iter;
    const char *name;
    JsonNode *node;

    json_object_iter_init (&iter, added);
    while (json_object_iter_next (&iter, &name, &node))
      json_object_set_member (copy, name, json_node_copy (node));
    json_object_set_string_member (copy, "id", "added-by-theirs");
    json_array_add_object_element (list (theirs, "claims"), copy);
  }
  json_object_unref (added);

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (json_object_get_string_member (find_claim (merged, first), "status"), ==, "refuted");
  g_assert_cmpstr (json_object_get_string_member (find_claim (merged, first), "note"), ==, "their note");
  g_assert_false (json_object_has_member (find_claim (merged, first), "disagreements"));
  g_assert_null (find_claim (merged, deleted));
  g_assert_nonnull (find_claim (merged, "added-by-theirs"));
  /* the example links claim 4 to nothing else; every link left has both ends */
  for (guint i = 0; i < json_array_get_length (list (merged, "links")); i++)
    {
      JsonObject *link = json_array_get_object_element (list (merged, "links"), i);
      g_assert_nonnull (find_claim (merged, json_object_get_string_member (link, "from")));
      g_assert_nonnull (find_claim (merged, json_object_get_string_member (link, "to")));
    }
}

/* Both change claim 1's status, differently: ours kept, theirs recorded
 * as {"side": "theirs", "members": {"status": "refuted"}}, one conflict;
 * the member is still there after Kaynak loads and saves the file */
static void
test_conflict_recorded (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *c, *entry;
  JsonArray *disagreements;

  json_object_set_string_member (claim (ours, 1), "status", "misleading");
  json_object_set_string_member (claim (theirs, 1), "status", "refuted");
  /* the same change on both sides is no conflict */
  json_object_set_string_member (claim (ours, 2), "note", "both");
  json_object_set_string_member (claim (theirs, 2), "note", "both");

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (conflicts, 0), "status"));
  c = claim (merged, 1);
  g_assert_cmpstr (json_object_get_string_member (c, "status"), ==, "misleading");
  disagreements = json_object_get_array_member (c, "disagreements");
  g_assert_cmpuint (json_array_get_length (disagreements), ==, 1);
  entry = json_array_get_object_element (disagreements, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "side"), ==, "theirs");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "members"), "status"),
                   ==, "refuted");
  g_assert_cmpstr (json_object_get_string_member (claim (merged, 2), "note"), ==, "both");

  /* through a load and a save: kept as a member Kaynak does not
   * interpret (docs/FORMAT.md says why it is not on kaynak-unknown.c's
   * known list: there, the loader would drop it) */
  bytes = bytes_of (merged);
  document = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  saved = kaynak_file_serialize (document);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"disagreements\""));
}

/* The article's details and a link changed on both sides: they have no
 * member of their own for theirs, so the file's top-level
 * "disagreements" records them (docs/FORMAT.md), and it survives a load
 * and a save */
static void
test_metadata_link_recorded (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *link_of_ours = json_array_get_object_element (list (ours, "links"), 0);
  JsonObject *link_of_theirs = json_array_get_object_element (list (theirs, "links"), 0);
  g_autofree char *link_id = g_strdup (json_object_get_string_member (link_of_ours, "id"));
  JsonArray *entries;
  JsonObject *entry;

  json_object_set_string_member (json_object_get_object_member (json_node_get_object (ours), "metadata"),
                                 "outlet", "Bizim Haber");
  json_object_set_string_member (json_object_get_object_member (json_node_get_object (theirs), "metadata"),
                                 "outlet", "Onların Haberi");
  json_object_set_string_member (link_of_ours, "type", "repeats");
  json_object_set_string_member (link_of_theirs, "type", "contradicts");

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 2);
  for (guint i = 0; i < conflicts->len; i++)
    g_assert_nonnull (strstr (g_ptr_array_index (conflicts, i), "theirs recorded in “disagreements”"));
  /* ours kept */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_node_get_object (merged), "metadata"),
                                                  "outlet"), ==, "Bizim Haber");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list (merged, "links"), 0), "type"),
                   ==, "repeats");
  /* theirs recorded at the top, in the order met: the details, then the link */
  entries = json_object_get_array_member (json_node_get_object (merged), "disagreements");
  g_assert_nonnull (entries);
  g_assert_cmpuint (json_array_get_length (entries), ==, 2);
  entry = json_array_get_object_element (entries, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "side"), ==, "theirs");
  g_assert_true (json_object_get_boolean_member (entry, "metadata"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "members"), "outlet"),
                   ==, "Onların Haberi");
  entry = json_array_get_object_element (entries, 1);
  g_assert_cmpstr (json_object_get_string_member (entry, "link"), ==, link_id);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (entry, "members"), "type"),
                   ==, "contradicts");

  /* a later merge of the merged file with itself adds nothing twice */
  again = merge (merged, merged, merged, NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (again),
                                                                         "disagreements")), ==, 2);

  /* kept through a load and a save */
  bytes = bytes_of (merged);
  document = kaynak_file_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  saved = kaynak_file_serialize (document);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"Onların Haberi\""));
}

/* A claim moved on both sides to different places: the place (start,
 * end, quote, prefix, suffix) is one member; theirs' whole place is
 * recorded */
static void
test_place_conflict (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  JsonObject *members;

  /* 423–444 "üç binden fazla asker": ours drops the first word, theirs
   * the last (both still quote the text where they stand) */
  json_object_set_int_member (claim (ours, 3), "start", 426);
  json_object_set_string_member (claim (ours, 3), "quote", "binden fazla asker");
  json_object_set_int_member (claim (theirs, 3), "end", 438);
  json_object_set_string_member (claim (theirs, 3), "quote", "üç binden fazla");

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (claim (merged, 3), "start"), ==, 426);
  members = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (claim (merged, 3), "disagreements"), 0),
    "members");
  g_assert_cmpint (json_object_get_int_member (members, "start"), ==, 423);
  g_assert_cmpint (json_object_get_int_member (members, "end"), ==, 438);
  g_assert_cmpstr (json_object_get_string_member (members, "quote"), ==, "üç binden fazla");
}

/* Ours deletes claim 0, theirs edits it: kept as edited, the deletion
 * recorded; a conflict */
static void
test_edit_delete (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *id = g_strdup (json_object_get_string_member (claim (base, 0), "id"));
  JsonObject *entry;

  json_array_remove_element (list (ours, "claims"), 0);
  /* ours also drops the links of the claim it deleted, as Kaynak does */
  json_object_set_array_member (json_node_get_object (ours), "links", json_array_new ());
  json_object_set_string_member (claim (theirs, 0), "status", "supported");

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_nonnull (find_claim (merged, id));
  g_assert_cmpstr (json_object_get_string_member (find_claim (merged, id), "status"), ==, "supported");
  entry = json_array_get_object_element (json_object_get_array_member (find_claim (merged, id), "disagreements"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "side"), ==, "ours");
  g_assert_true (json_object_get_boolean_member (entry, "deleted"));
}

/* Ours deletes the source "kremlin-silence" (retagging its claim to no
 * source); theirs adds a claim with that source: the source comes back.
 * Both add a source with one id and the same shortcut 9: one source. */
static void
test_sources_repaired (void)
{
  g_autoptr(JsonNode) base = example ();
  g_autoptr(JsonNode) ours = deep_copy (base);
  g_autoptr(JsonNode) theirs = deep_copy (base);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  JsonArray *sources;
  guint n_kremlin = 0, n_new = 0;

  sources = list (ours, "sources");
  for (guint i = json_array_get_length (sources); i-- > 0;)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (sources, i), "id"),
                   "kremlin-silence") == 0)
      json_array_remove_element (sources, i);
  json_object_set_null_member (claim (ours, 4), "source");
  {
    JsonObject *added = json_object_new ();

    json_object_set_string_member (added, "id", "nato");
    json_object_set_string_member (added, "label", "NATO");
    json_object_set_string_member (added, "color", "#123456");
    json_object_set_int_member (added, "shortcut", 9);
    json_object_set_string_member (added, "kind", "named");
    json_array_add_object_element (list (ours, "sources"), json_object_ref (added));
    json_array_add_object_element (list (theirs, "sources"), added);
  }
  /* theirs' new claim over 538–562 keeps the source ours deleted */
  {
    JsonObject *c = json_object_new ();
    JsonObjectIter iter;
    const char *name;
    JsonNode *node;

    json_object_iter_init (&iter, claim (theirs, 4));
    while (json_object_iter_next (&iter, &name, &node))
      json_object_set_member (c, name, json_node_copy (node));
    json_object_set_string_member (c, "id", "theirs-new");
    json_array_add_object_element (list (theirs, "claims"), c);
  }

  merged = merge (base, ours, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  sources = list (merged, "sources");
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (sources, i), "id");
      n_kremlin += g_strcmp0 (id, "kremlin-silence") == 0;
      n_new += g_strcmp0 (id, "nato") == 0;
    }
  g_assert_cmpuint (n_kremlin, ==, 1);
  g_assert_cmpuint (n_new, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (find_claim (merged, "theirs-new"), "source"), ==,
                   "kremlin-silence");
}

/* No common ancestor (git's add/add, an empty BASE): identical sides
 * merge to themselves */
static void
test_empty_base (void)
{
  g_autoptr(JsonNode) ours = example ();
  g_autoptr(JsonNode) theirs = deep_copy (ours);
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  json_object_set_string_member (claim (theirs, 0), "note", "theirs");
  merged = merge (NULL, ours, theirs, &conflicts);
  /* added on both sides with different notes: a conflict, ours kept */
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpuint (json_array_get_length (list (merged, "claims")), ==, 5);
}

static void
test_refused (void)
{
  g_autoptr(JsonNode) ours = example ();
  g_autoptr(JsonNode) other = deep_copy (ours);
  g_autoptr(GBytes) o = bytes_of (ours);
  g_autoptr(GBytes) broken = g_bytes_new_static ("{\"format\": \"kaynak\",", 20);
  g_autoptr(GBytes) t = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *article = json_object_get_object_member (json_node_get_object (other), "article");
  g_autofree char *text = g_strconcat (json_object_get_string_member (article, "text"), " Ek.", NULL);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  g_assert_null (kaynak_merge_files (o, o, broken, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "theirs: "));
  g_clear_error (&error);

  json_object_set_string_member (article, "text", text);
  json_object_set_string_member (article, "sha256", sha);
  t = bytes_of (other);
  g_assert_null (kaynak_merge_files (o, o, t, NULL, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "SHA-256"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/merge/clean", test_clean);
  g_test_add_func ("/kaynak/merge/conflict-recorded", test_conflict_recorded);
  g_test_add_func ("/kaynak/merge/metadata-link-recorded", test_metadata_link_recorded);
  g_test_add_func ("/kaynak/merge/place-conflict", test_place_conflict);
  g_test_add_func ("/kaynak/merge/edit-delete", test_edit_delete);
  g_test_add_func ("/kaynak/merge/sources-repaired", test_sources_repaired);
  g_test_add_func ("/kaynak/merge/empty-base", test_empty_base);
  g_test_add_func ("/kaynak/merge/refused", test_refused);

  return g_test_run ();
}
