/* test-format-w3c-import.c: the W3C Web Annotation importer on what is not
 * simply our own export, and the ids of the export.
 *
 *  - re-anchoring: annotations made on another copy of an article are put
 *    back where their quote now stands (moved, edited) or kept as orphans,
 *    and reported; the golden two-articles.jsonld, changed in code, is the
 *    input;
 *  - types: a wrong type of anything the importer reads is an error that
 *    names its JSON path, and nothing is imported; what the Web Annotation
 *    model allows but Kaynak does not read is skipped.  Each case changes
 *    one member of tests/data/formats/w3c-import/base.jsonld, which
 *    imports as it is;
 *  - export: annotation ids are unique in a collection even when copies of
 *    one article share their claim ids, and the import gives the claims
 *    their ids back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"
#include "formats/kaynak-format-private.h"

#define C_UKRAYNA "6f0c2b1e-5d7a-4c1b-9a3e-000000000001"
#define C_ABD     "6f0c2b1e-5d7a-4c1b-9a3e-000000000004"

/* tests/data/formats/@folder/@name, parsed */
static JsonNode *
load_json (const char *folder,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "formats", folder, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  root = json_from_string (contents, &error);
  g_assert_no_error (error);
  return root;
}

static JsonNode *
load_golden (void)
{
  return load_json ("golden/w3c", "two-articles.jsonld");
}

static JsonNode *
load_base (void)
{
  return load_json ("w3c-import", "base.jsonld");
}

/* Sets the member at @where ("first/items/0/type": object keys and array
 * indices) to the JSON @value, or removes it when @value is NULL. */
static void
change (JsonNode   *root,
        const char *where,
        const char *value)
{
  g_auto(GStrv) steps = g_strsplit (where, "/", -1);
  guint n = g_strv_length (steps);
  JsonNode *node = root;
  JsonObject *object;

  for (guint i = 0; i + 1 < n; i++)
    {
      node = JSON_NODE_HOLDS_ARRAY (node)
        ? json_array_get_element (json_node_get_array (node), atoi (steps[i]))
        : json_object_get_member (json_node_get_object (node), steps[i]);
      g_assert_nonnull (node);
    }
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  object = json_node_get_object (node);
  if (value == NULL)
    json_object_remove_member (object, steps[n - 1]);
  else
    {
      g_autoptr(GError) error = NULL;
      JsonNode *member = json_from_string (value, &error);

      g_assert_no_error (error);
      json_object_set_member (object, steps[n - 1], member);
    }
}

static GPtrArray *
import_json (JsonNode          *root,
             KaynakLoadReport **report,
             GError           **error)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-w3c-import-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "in.jsonld", NULL);
  g_autofree char *contents = json_to_string (root, TRUE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GPtrArray *documents;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  documents = kaynak_import_w3c_with_report (file, report, NULL, error);
  kaynak_test_remove_tree (dir);
  return documents;
}

static KaynakClaim *
claim_by_id (KaynakDocument *document,
             const char     *id)
{
  KaynakClaim *claim = kaynak_document_lookup_claim (document, id);

  g_assert_nonnull (claim);
  return claim;
}

/* Imports @root, which must import, and its report */
static GPtrArray *
import_ok (JsonNode          *root,
           KaynakLoadReport **report)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = import_json (root, report, &error);

  g_assert_no_error (error);
  return documents;
}

/* --- Re-anchoring -------------------------------------------------------- */

/* Our own export imports without a word */
static void
test_reanchor_none (void)
{
  g_autoptr(JsonNode) root = load_golden ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  documents = import_ok (root, &report);
  g_assert_cmpuint (report->n_reanchored, ==, 0);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 0);
}

/* Made on a copy with five more characters before the claim */
static void
test_reanchor_moved (void)
{
  g_autoptr(JsonNode) root = load_golden ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  const char *message;
  KaynakClaim *claim;

  change (root, "first/items/0/target/selector/1/start", "203");
  change (root, "first/items/0/target/selector/1/end", "304");
  documents = import_ok (root, &report);

  claim = claim_by_id (g_ptr_array_index (documents, 0), C_UKRAYNA);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 198);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 299);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "ABD de doğruladı.");
  g_assert_cmpuint (kaynak_document_get_n_claims (g_ptr_array_index (documents, 0)), ==, 5);

  g_assert_cmpuint (report->n_reanchored, ==, 1);
  g_assert_cmpuint (report->n_orphaned, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 1);
  message = g_ptr_array_index (report->messages, 0);
  g_assert_true (g_str_has_prefix (message, "first.items[0] “Rusya’nın ilk Kuzey Koreli"));
  g_assert_true (g_str_has_suffix (message, "…” moved from 203–304 to 198–299"));
}

/* Only a quote, with a typo the article does not have */
static void
test_reanchor_edited (void)
{
  g_autoptr(JsonNode) root = load_golden ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  KaynakClaim *claim;

  change (root, "first/items/0/target/selector",
          "{\"type\": \"TextQuoteSelector\", \"exact\": \"Rusya’nın ilk Kuzey Koreli askerleri "
          "savaş bölgelerine 27-28 Ekim’de konuşlandırılmasının planlandıgı\","
          " \"prefix\": \"dan 25 Ekim’de gelen açıklamada \", \"suffix\": \" iddia edilmişti. Bunu ABD de do\"}");
  documents = import_ok (root, &report);

  claim = claim_by_id (g_ptr_array_index (documents, 0), C_UKRAYNA);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 198);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 299);
  /* the claim holds what the article says */
  g_assert_true (g_str_has_suffix (kaynak_claim_get_quote (claim), "planlandığı"));
  g_assert_cmpuint (report->n_reanchored, ==, 1);
  g_assert_cmpuint (report->messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->messages, 0), "was edited; it now reads"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (report->messages, 0), "…” at 198–299"));
}

/* A quote that is not in the article is an orphan, with or without
 * offsets, and stays one through a save and a load. */
static void
test_reanchor_orphan (void)
{
  g_autoptr(JsonNode) root = load_golden ();
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-w3c-import-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "orphan.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakDocument) loaded = NULL;
  g_autoptr(KaynakLoadReport) load_report = NULL;
  KaynakDocument *document;
  KaynakClaim *claim;

  change (root, "first/items/1/target/selector/0/exact", "\"Bunu Rusya da yalanlamıştı\"");
  /* the second article's claim, with a quote only */
  change (root, "first/items/5/target/selector",
          "[{\"type\": \"TextQuoteSelector\", \"exact\": \"Hayır dedi\", \"suffix\": \".\"}]");
  documents = import_ok (root, &report);
  document = g_ptr_array_index (documents, 0);

  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 5);
  g_assert_cmpuint (kaynak_document_get_n_orphans (document), ==, 1);
  claim = claim_by_id (document, C_ABD);
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Bunu Rusya da yalanlamıştı");
  g_assert_cmpstr (kaynak_claim_get_prefix (claim), ==, "ın planlandığı iddia edilmişti. ");
  g_assert_cmpstr (kaynak_claim_get_suffix (claim), ==, ". Beyaz Saray’dan aynı gün yapıl");
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 317);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 341);
  g_assert_cmpstr (kaynak_claim_get_created (claim), ==, "2026-11-29T10:00:00Z");
  /* the link from it is kept too */
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 2);

  claim = claim_by_id (g_ptr_array_index (documents, 1), "6f0c2b1e-5d7a-4c1b-9a3e-000000000006");
  g_assert_true (kaynak_claim_get_orphaned (claim));
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Hayır dedi");
  g_assert_cmpstr (kaynak_claim_get_suffix (claim), ==, ".");
  /* no offsets to keep: a range a saved orphan can have */
  g_assert_cmpuint (kaynak_claim_get_end (claim) - kaynak_claim_get_start (claim), ==, 10);

  g_assert_cmpuint (report->n_orphaned, ==, 2);
  g_assert_cmpuint (report->n_reanchored, ==, 0);
  g_assert_cmpuint (report->messages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (report->messages, 0), ==,
                   "first.items[1] “Bunu Rusya da yalanlamıştı”: the quote is not in the article; "
                   "kept as an orphan");
  g_assert_cmpstr (g_ptr_array_index (report->messages, 1), ==,
                   "first.items[5] “Hayır dedi”: the quote is not in the article; kept as an orphan");

  /* as a Kaynak file keeps an orphan */
  for (guint i = 0; i < documents->len; i++)
    {
      g_clear_object (&loaded);
      g_clear_pointer (&load_report, kaynak_load_report_free);
      g_assert_true (kaynak_file_save (g_ptr_array_index (documents, i), file, NULL, &error));
      g_assert_no_error (error);
      loaded = kaynak_file_load (file, NULL, &load_report, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (kaynak_document_get_n_orphans (loaded), ==, 1);
    }
  kaynak_test_remove_tree (dir);
}

/* --- Types --------------------------------------------------------------- */

/* Imports @root, a changed base.jsonld, and gives its one claim */
static KaynakClaim *
import_base_claim (JsonNode   *root,
                   GPtrArray **documents)
{
  *documents = import_ok (root, NULL);
  return claim_by_id (g_ptr_array_index (*documents, 0), "0b7e1c2a-3f4d-4e5f-8a9b-000000000001");
}

static void
test_base_imports (void)
{
  g_autoptr(JsonNode) root = load_base ();
  g_autoptr(GPtrArray) documents = NULL;
  KaynakClaim *claim = import_base_claim (root, &documents);
  KaynakDocument *document = g_ptr_array_index (documents, 0);

  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "vergiler düşecek");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, "bakan");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "Tutanakta var.");
  g_assert_cmpstr (kaynak_claim_get_author (claim), ==, "Ayşe Test");
  g_assert_cmpstr (kaynak_claim_get_created (claim), ==, "2026-11-29T10:00:00Z");
  g_assert_cmpstr (kaynak_claim_get_modified (claim), ==, "2026-11-29T11:30:00.25Z");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "dedi");
  g_assert_cmpuint (kaynak_source_get_shortcut (kaynak_document_lookup_source (document, "bakan")), ==, 1);
}

static void
test_wrong_types (void)
{
  static const struct {
    const char *where;
    const char *value;     /* JSON, or NULL to remove the member */
    const char *expected;  /* must appear in the message */
  } cases[] = {
    { "first/items/0/type", "\"NotAnnotation\"", "first.items[0]: the type is “NotAnnotation”; expected “Annotation”" },
    { "first/items/0/type", "[\"Highlight\"]", "first.items[0]: “Annotation” is not among the types" },
    { "first/items/0/type", NULL, "first.items[0]: “type” is missing; expected “Annotation”" },
    { "first/type", "\"Nope\"", "first: the type is “Nope”; expected “AnnotationPage”" },
    { "type", "7", "$: “type” must be a string or an array of strings" },
    { "first/items/0/body", "[5]", "first.items[0].body[0]: a body must be an object or an IRI" },
    { "first/items/0/body", "{\"purpose\": \"assessing\", \"value\": 3}",
      "first.items[0].body[0]: “value” must be a string" },
    { "first/items/0/body", "[\"urn:x:tag\", {\"type\": \"SpecificResource\", \"purpose\": \"tagging\", \"source\": \"urn:x:tag\"}]",
      "first.items[0].body[1]: a body for tagging, assessing or commenting needs a text “value”" },
    { "first/items/0/body", "{\"purpose\": 1, \"value\": \"x\"}",
      "first.items[0].body[0]: “purpose” must be a string or an array of strings" },
    { "first/items/0/body", "{\"purpose\": \"tagging\", \"value\": \"Bakan\", \"kaynak:source\": 1}",
      "first.items[0].body[0]: “kaynak:source” must be a string" },
    { "kaynak:documents/0/kaynak:sources/0/kind", "3", "kaynak:documents[0].kaynak:sources[0]: “kind” must be a string" },
    { "kaynak:documents/0/kaynak:sources/0/shortcut", "12",
      "kaynak:documents[0].kaynak:sources[0]: “shortcut” must be an integer from 0 to 9" },
    { "kaynak:documents/0/kaynak:sources/0/aliases", "[\"Bakan\", 2]",
      "kaynak:documents[0].kaynak:sources[0]: “aliases” must be an array of strings" },
    { "kaynak:documents/0/kaynak:sources", "{}", "kaynak:documents[0]: “kaynak:sources” must be an array" },
    { "kaynak:documents/0/kaynak:text", "\"\"", "kaynak:documents[0]: the article has no text" },
    { "kaynak:documents/0/kaynak:title", "[\"Vergi\"]", "kaynak:documents[0]: “kaynak:title” must be a string" },
    { "kaynak:documents/0/kaynak:links", "{}", "kaynak:documents[0]: “kaynak:links” must be an array" },
    { "kaynak:documents/0/kaynak:links", "[{\"id\": 1, \"type\": \"confirms\", \"from\": \"a\", \"to\": \"b\"}]",
      "kaynak:documents[0].kaynak:links[0]: “id” must be a string" },
    { "first/items/0/target/selector", "[{\"type\": \"Bogus\", \"start\": 10, \"end\": 26}]",
      "first.items[0].target: needs a TextPositionSelector or a TextQuoteSelector" },
    { "first/items/0/target/selector", "{\"type\": \"TextQuoteSelector\", \"exact\": \"\"}",
      "first.items[0].target.selector[0]: a TextQuoteSelector needs a non-empty “exact”" },
    { "first/items/0/target/selector", "[{\"type\": \"TextQuoteSelector\", \"exact\": 5}]",
      "first.items[0].target.selector[0]: “exact” must be a string" },
    { "first/items/0/target/selector", "[{\"type\": \"TextQuoteSelector\", \"exact\": \"dün\", \"prefix\": 5}]",
      "first.items[0].target.selector[0]: “prefix” must be a string" },
    { "first/items/0/target/selector", "[7]", "first.items[0].target.selector[0]: a selector must be an object" },
    { "first/items/0/target/selector", "[{\"type\": 1, \"start\": 10, \"end\": 26}]",
      "first.items[0].target.selector[0]: “type” must be a string or an array of strings" },
    { "first/items/0/target/source", "5", "first.items[0].target: “source” must be a string" },
    { "first/items/0/created", "\"yesterday\"",
      "first.items[0]: “created” “yesterday” is not a date and time like 2026-11-29T14:22:10Z" },
    { "first/items/0/modified", "1764410400", "first.items[0]: “modified” must be a string" },
    { "first/items/0/creator", "{\"name\": 5}", "first.items[0].creator: “name” must be a string" },
    { "first/items/0/creator", "[3]", "first.items[0].creator: a creator must be an object or an IRI" },
    { "first/items/0/kaynak:cues", "[\"dedi\", 1]", "first.items[0]: “kaynak:cues” must be an array of strings" },
    { "first/items/0/kaynak:claimId", "42", "first.items[0]: “kaynak:claimId” must be a string" },
    { "first/items/0/id", "42", "first.items[0]: “id” must be a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = load_base ();
      g_autoptr(GPtrArray) documents = NULL;
      g_autoptr(GError) error = NULL;

      change (root, cases[i].where, cases[i].value);
      documents = import_json (root, NULL, &error);
      g_test_message ("%s = %s: %s", cases[i].where, cases[i].value ? cases[i].value : "(removed)",
                      error ? error->message : "(no error)");
      g_assert_null (documents);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
    }
}

/* What W3C allows and Kaynak does not read is skipped, not refused */
static void
test_lenient (void)
{
  g_autoptr(JsonNode) root = load_base ();
  g_autoptr(GPtrArray) documents = NULL;
  KaynakClaim *claim;
  KaynakSource *source;

  change (root, "type", "[\"AnnotationCollection\"]");
  change (root, "first/type", NULL);
  change (root, "first/items/0/type", "[\"Annotation\", \"oa:Annotation\"]");
  change (root, "first/items/0/body",
          "[\"https://example.org/tags/vergi\","
          " {\"type\": \"TextualBody\", \"purpose\": [\"tagging\"], \"value\": \"Vali\"},"
          " {\"type\": \"TextualBody\", \"purpose\": \"describing\", \"value\": 5},"
          " {\"type\": \"TextualBody\", \"value\": \"no purpose\"},"
          " {\"type\": \"TextualBody\", \"purpose\": \"assessing\", \"value\": \"refuted\"}]");
  change (root, "first/items/0/target/selector",
          "[{\"type\": \"FragmentSelector\", \"value\": \"char=10,26\"}, \"urn:x:selector\","
          " {\"type\": \"TextPositionSelector\", \"start\": 10, \"end\": 26}]");
  change (root, "first/items/0/created", "\"2026-11-29T13:00:00+03:00\"");
  change (root, "first/items/0/modified", "null");
  change (root, "first/items/0/creator", "\"https://example.org/people/ayse\"");
  change (root, "first/items/0/kaynak:cues", "null");
  claim = import_base_claim (root, &documents);

  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 10);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 26);
  source = kaynak_document_lookup_source (g_ptr_array_index (documents, 0),
                                          kaynak_claim_get_source_id (claim));
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Vali");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_REFUTED);
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "");
  g_assert_cmpstr (kaynak_claim_get_created (claim), ==, "2026-11-29T10:00:00Z");
  g_assert_cmpstr (kaynak_claim_get_author (claim), ==, "");
  g_assert_null (kaynak_claim_get_cues (claim)[0]);
}

/* --- Export ids ---------------------------------------------------------- */

static KaynakDocument *
make_copy (const char *claim_id)
{
  KaynakDocument *document = kaynak_document_new ("Bakan dün vergiler düşecek dedi.", -1);
  g_autoptr(KaynakClaim) claim = kaynak_claim_new (claim_id, 10, 26);
  g_autoptr(GError) error = NULL;

  kaynak_claim_set_quote (claim, "vergiler düşecek");
  kaynak_claim_set_created (claim, "2026-11-29T10:00:00Z");
  kaynak_claim_set_modified (claim, "2026-11-29T10:00:00Z");
  g_assert_true (kaynak_document_add_claim (document, claim, &error));
  g_assert_no_error (error);
  return document;
}

static GBytes *
export_copies (KaynakDocument **documents,
               guint            n)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  writer = kaynak_export_writer_new_stream (kaynak_exporter_lookup ("w3c"), NULL, stream, &error);
  for (guint i = 0; i < n; i++)
    g_assert_true (kaynak_export_writer_add (writer, documents[i], &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* Three copies of one article share a claim id */
static void
test_export_unique_ids (void)
{
  const char *claim_id = "0b7e1c2a-3f4d-4e5f-8a9b-000000000009";
  KaynakDocument *copies[3] = { make_copy (claim_id), make_copy (claim_id), make_copy (claim_id) };
  g_autoptr(GBytes) bytes = export_copies (copies, G_N_ELEMENTS (copies));
  g_autoptr(GBytes) again = export_copies (copies, G_N_ELEMENTS (copies));
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *items;

  /* stable, so golden files stay the same */
  g_assert_true (g_bytes_equal (bytes, again));

  root = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"),
                                        "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 3);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *id = json_object_get_string_member (item, "id");

      g_assert_true (g_str_has_prefix (id, "urn:uuid:"));
      g_assert_true (g_uuid_string_is_valid (id + strlen ("urn:uuid:")));
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer) id);
      /* the first keeps the claim id as its own; the others say it */
      if (i == 0)
        {
          g_assert_cmpstr (id + strlen ("urn:uuid:"), ==, claim_id);
          g_assert_false (json_object_has_member (item, "kaynak:claimId"));
        }
      else
        g_assert_cmpstr (json_object_get_string_member (item, "kaynak:claimId"), ==, claim_id);
    }

  documents = import_ok (root, NULL);
  g_assert_cmpuint (documents->len, ==, 3);
  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(KaynakClaim) claim =
        g_list_model_get_item (kaynak_document_get_claims (g_ptr_array_index (documents, i)), 0);

      g_assert_cmpstr (kaynak_claim_get_id (claim), ==, claim_id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    g_object_unref (copies[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/w3c-import/reanchor/none", test_reanchor_none);
  g_test_add_func ("/kaynak/w3c-import/reanchor/moved", test_reanchor_moved);
  g_test_add_func ("/kaynak/w3c-import/reanchor/edited", test_reanchor_edited);
  g_test_add_func ("/kaynak/w3c-import/reanchor/orphan", test_reanchor_orphan);
  g_test_add_func ("/kaynak/w3c-import/types/base-file-imports", test_base_imports);
  g_test_add_func ("/kaynak/w3c-import/types/wrong-types-refused", test_wrong_types);
  g_test_add_func ("/kaynak/w3c-import/types/unread-w3c-skipped", test_lenient);
  g_test_add_func ("/kaynak/w3c-import/export/unique-ids", test_export_unique_ids);

  return g_test_run ();
}
