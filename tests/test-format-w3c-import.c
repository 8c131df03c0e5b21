/* test-format-w3c-import.c: the W3C Web Annotation importer on what is not
 * simply our own export, and the ids of the export.
 *
 *  - export: annotation ids are unique in a collection even when copies of
 *    one article share their claim ids, and the import gives the claims
 *    their ids back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-test-util.h"

static GPtrArray *
import_json (JsonNode  *root,
             GError   **error)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-w3c-import-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "in.jsonld", NULL);
  g_autofree char *contents = json_to_string (root, TRUE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GPtrArray *documents;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  documents = kaynak_importer_import (kaynak_importer_lookup ("w3c"), file, NULL, error);
  kaynak_test_remove_tree (dir);
  return documents;
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

  documents = import_json (root, &error);
  g_assert_no_error (error);
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

  g_test_add_func ("/w3c-import/export/unique-ids", test_export_unique_ids);

  return g_test_run ();
}
