/* kaynak-file-serialize.c: a document to its *.kaynak.json bytes, saved.
 *
 * json-glib's JsonGenerator writes every value, in a fixed member order
 * (docs/FORMAT.md), the claims one at a time (see serialize_by_parts), so
 * a large save never holds the tree of every claim; the bytes are then
 * written whole or not at all (kaynak_file_write_atomic()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-document-snapshot.h"
#include "kaynak-file.h"
#include "kaynak-file-private.h"
#include "kaynak-file-serialize.h"
#include "kaynak-test-hooks.h"

/* ------------------------------------------------------------------------
 * Serialising
 * ------------------------------------------------------------------------ */

static JsonNode *
string_list_node (const char * const *strings)
{
  JsonArray *array = json_array_sized_new (g_strv_length ((char **) strings));
  JsonNode *node;

  for (guint i = 0; strings[i] != NULL; i++)
    json_array_add_string_element (array, strings[i]);

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return node;
}

static JsonObject *
source_object (KaynakSource *source)
{
  JsonObject *object = json_object_new ();
  guint shortcut = kaynak_source_get_shortcut (source);

  json_object_set_string_member (object, "id", kaynak_source_get_id (source));
  json_object_set_string_member (object, "label", kaynak_source_get_label (source));
  json_object_set_string_member (object, "color", kaynak_source_get_color (source));
  if (shortcut >= 1 && shortcut <= 9)
    json_object_set_int_member (object, "shortcut", shortcut);
  else
    json_object_set_null_member (object, "shortcut");
  json_object_set_string_member (object, "kind",
                                 kaynak_source_kind_to_id (kaynak_source_get_kind (source)));
  json_object_set_member (object, "aliases",
                          string_list_node (kaynak_source_get_aliases (source)));
  json_object_set_string_member (object, "description",
                                 kaynak_source_get_description (source));

  return object;
}

/* From the claim's shared values: this runs on the writer's thread */
static JsonObject *
claim_object (const KaynakClaimData *claim)
{
  static const char * const no_cues[] = { NULL };
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", claim->id);
  json_object_set_int_member (object, "start", claim->start);
  json_object_set_int_member (object, "end", claim->end);
  json_object_set_string_member (object, "quote", claim->quote);
  json_object_set_string_member (object, "prefix", claim->prefix);
  json_object_set_string_member (object, "suffix", claim->suffix);
  if (claim->source_id != NULL)
    json_object_set_string_member (object, "source", claim->source_id);
  else
    json_object_set_null_member (object, "source");
  json_object_set_string_member (object, "status",
                                 kaynak_claim_status_to_id (claim->status));
  json_object_set_string_member (object, "note", claim->note);
  json_object_set_member (object, "cues",
                          string_list_node (claim->cues != NULL ? (const char * const *) claim->cues
                                                                : no_cues));
  json_object_set_string_member (object, "author", claim->author);
  json_object_set_string_member (object, "created", claim->created);
  json_object_set_string_member (object, "modified", claim->modified);
  /* Written only when true, so the usual claim stays short */
  if (claim->orphaned)
    json_object_set_boolean_member (object, "orphaned", TRUE);

  return object;
}

static JsonObject *
link_object (KaynakLink *link)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", kaynak_link_get_id (link));
  json_object_set_string_member (object, "type",
                                 kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
  json_object_set_string_member (object, "from", kaynak_link_get_from (link));
  json_object_set_string_member (object, "to", kaynak_link_get_to (link));

  return object;
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/* "format" to "sources": everything but the claims and the links */
static JsonObject *
head_object (KaynakDocumentSnapshot *document)
{
  JsonObject *root = json_object_new ();
  JsonObject *metadata = json_object_new ();
  JsonObject *article = json_object_new ();
  JsonArray *array;

  json_object_set_string_member (root, "format", KAYNAK_FILE_FORMAT_NAME);
  json_object_set_int_member (root, "version", KAYNAK_FILE_FORMAT_VERSION);

  json_object_set_string_member (metadata, "title", document->title);
  json_object_set_string_member (metadata, "url", document->url);
  json_object_set_string_member (metadata, "outlet", document->outlet);
  json_object_set_string_member (metadata, "published", document->published);
  json_object_set_string_member (metadata, "language", document->language);
  json_object_set_string_member (metadata, "notes", document->notes);
  /* Only when set: a file that never had one stays as it was */
  if (*document->fact_check_url != '\0')
    json_object_set_string_member (metadata, "fact_check_url", document->fact_check_url);
  json_object_set_object_member (root, "metadata", metadata);

  json_object_set_string_member (article, "sha256", document->sha256);
  json_object_set_string_member (article, "text", document->text);
  json_object_set_object_member (root, "article", article);

  array = json_array_sized_new (document->sources->len);
  for (guint i = 0; i < document->sources->len; i++)
    json_array_add_object_element (array, source_object (document->sources->pdata[i]));
  json_object_set_array_member (root, "sources", array);

  return root;
}

static JsonArray *
links_array (KaynakDocumentSnapshot *document)
{
  JsonArray *array = json_array_sized_new (document->links->len);

  for (guint i = 0; i < document->links->len; i++)
    json_array_add_object_element (array, link_object (document->links->pdata[i]));

  return array;
}

/* The whole document as one json-glib tree: the reference that the
 * serialiser below must match byte for byte. */
static JsonNode *
document_tree (KaynakDocumentSnapshot *document)
{
  JsonObject *root = head_object (document);
  guint n = document->claims->len;
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    json_array_add_object_element (array, claim_object (document->claims->pdata[i]));
  json_object_set_array_member (root, "claims", array);
  json_object_set_array_member (root, "links", links_array (document));

  return object_node (root);
}

/* json-glib 1.6 writes members in the order they were set and non-ASCII
 * characters as UTF-8, escaping only '"', '\\' and control characters;
 * the tests check both (a Turkish text must not turn into \u escapes). */
static JsonGenerator *
new_generator (void)
{
  JsonGenerator *generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  return generator;
}

/* Appends json-glib's text for @node (consumed) to @string */
static void
generate (JsonGenerator *generator,
          JsonNode      *node,
          GString       *string)
{
  json_generator_set_root (generator, node);
  json_node_unref (node);
  json_generator_to_gstring (generator, string);
  json_generator_set_root (generator, NULL);
}

/* json-glib's text of @object as a member of a top-level list, which is
 * how a claim sits in the file: generated inside {"c": [object]} and cut
 * out, so that json-glib writes every character of it. */
#define WRAP_HEAD "{\n  \"c\" : [\n"
#define WRAP_TAIL "\n  ]\n}"

static gboolean
append_list_element (JsonGenerator *generator,
                     JsonObject    *object,
                     GString       *scratch,
                     GString       *string)
{
  JsonObject *wrapper = json_object_new ();
  JsonArray *array = json_array_sized_new (1);

  json_array_add_object_element (array, object);
  json_object_set_array_member (wrapper, "c", array);

  g_string_truncate (scratch, 0);
  generate (generator, object_node (wrapper), scratch);

  if (scratch->len < strlen (WRAP_HEAD) + strlen (WRAP_TAIL) ||
      !g_str_has_prefix (scratch->str, WRAP_HEAD) ||
      !g_str_has_suffix (scratch->str, WRAP_TAIL))
    return FALSE;

  g_string_append_len (string, scratch->str + strlen (WRAP_HEAD),
                       scratch->len - strlen (WRAP_HEAD) - strlen (WRAP_TAIL));
  return TRUE;
}

/* The same bytes as generating document_tree(), without ever holding the
 * tree of every claim: that tree is most of the cost of a large save (all
 * of it allocated, then all of it freed).  Each claim is generated on its
 * own by json-glib, while its memory is still in the cache. */
static GString *
serialize_by_parts (KaynakDocumentSnapshot *document)
{
  g_autoptr(JsonGenerator) generator = new_generator ();
  g_autoptr(GString) scratch = g_string_new (NULL);
  guint n = document->claims->len;
  JsonObject *tail;
  GString *string;

  string = g_string_sized_new (strlen (document->text) +
                               n * 640 + 4096);

  /* "{ … "sources" : […]" without the closing brace */
  generate (generator, object_node (head_object (document)), string);
  if (!g_str_has_suffix (string->str, "\n}"))
    goto fail;
  g_string_truncate (string, string->len - 2);

  g_string_append (string, ",\n  \"claims\" : ");
  if (n == 0)
    g_string_append (string, "[]");
  else
    {
      g_string_append (string, "[\n");
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (string, ",\n");
          if (!append_list_element (generator, claim_object (document->claims->pdata[i]),
                                    scratch, string))
            goto fail;
        }
      g_string_append (string, "\n  ]");
    }
  g_string_append (string, ",\n");

  /* "  "links" : […]\n}": {"links": […]} without its opening brace */
  tail = json_object_new ();
  json_object_set_array_member (tail, "links", links_array (document));
  g_string_truncate (scratch, 0);
  generate (generator, object_node (tail), scratch);
  if (!g_str_has_prefix (scratch->str, "{\n"))
    goto fail;
  g_string_append (string, scratch->str + 2);

  return string;

fail:
  /* Only a json-glib that writes differently gets here */
  g_string_free (string, TRUE);
  return NULL;
}

static GString *
serialize_tree (KaynakDocumentSnapshot *document)
{
  g_autoptr(JsonGenerator) generator = new_generator ();
  GString *string = g_string_new (NULL);
  JsonNode *root = document_tree (document);

  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, string);
  g_clear_object (&generator);
  _kaynak_json_release (root, (GDestroyNotify) json_node_unref, string->len);

  return string;
}

GBytes *
_kaynak_file_serialize_tree (KaynakDocument *document)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (document);
  GString *string = serialize_tree (snapshot);

  g_string_append_c (string, '\n');
  return g_string_free_to_bytes (string);
}

GBytes *
kaynak_file_serialize_snapshot (KaynakDocumentSnapshot *snapshot)
{
  GString *string;

  g_return_val_if_fail (snapshot != NULL, NULL);

  string = serialize_by_parts (snapshot);
  if (string == NULL)
    string = serialize_tree (snapshot);
  g_string_append_c (string, '\n');

  return g_string_free_to_bytes (string);
}

GBytes *
kaynak_file_serialize (KaynakDocument *document)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  snapshot = kaynak_document_snapshot_new (document);
  return kaynak_file_serialize_snapshot (snapshot);
}

GBytes *
kaynak_file_serialize_scheme (GListModel *sources)
{
  g_autoptr(JsonGenerator) generator = new_generator ();
  JsonObject *root = json_object_new ();
  JsonArray *array = json_array_new ();
  JsonNode *node;
  GString *string = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sources), NULL);

  json_object_set_string_member (root, "format", KAYNAK_SCHEME_FORMAT_NAME);
  json_object_set_int_member (root, "version", KAYNAK_SCHEME_FORMAT_VERSION);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

      json_array_add_object_element (array, source_object (source));
    }
  json_object_set_array_member (root, "sources", array);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  generate (generator, node, string);
  g_string_append_c (string, '\n');

  return g_string_free_to_bytes (string);
}

/* ------------------------------------------------------------------------
 * Saving: the bytes, replaced whole (kaynak-atomic-file.c)
 * ------------------------------------------------------------------------ */

gboolean
kaynak_file_save (KaynakDocument  *document,
                  GFile           *file,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = kaynak_file_serialize (document);
  data = g_bytes_get_data (bytes, &length);

  if (!kaynak_file_write_atomic (file, data, length, cancellable, error))
    return FALSE;

  kaynak_document_set_file (document, file);
  kaynak_document_mark_saved (document);
  return TRUE;
}
