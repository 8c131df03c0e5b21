/* kaynak-format-w3c.c: W3C Web Annotation (JSON-LD) export and import.
 *
 * The export is one AnnotationCollection with its single AnnotationPage
 * embedded as "first".  Each claim is an Annotation whose target is a
 * SpecificResource on the article with a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (start, end in Unicode code points,
 * end exclusive, as the Web Annotation model counts characters), and whose
 * bodies are TextualBodies: the source (purpose "tagging"), the status
 * ("assessing") and the note ("commenting", only when there is one).
 *
 * The article is identified by its URL when that is an absolute ASCII URI
 * (and not used by another article of the export), by a name-based
 * urn:uuid over its SHA-256 otherwise.  Claim ids are UUIDs, so an
 * annotation's id is "urn:uuid:" + the claim id; every id is stable across
 * exports.
 *
 * Web Annotation does not carry the annotated text itself, so the
 * collection carries it in an extension, "kaynak:documents" (article text,
 * metadata, sources and links), with "kaynak" defined in the @context.
 * That is what lets the importer rebuild the documents; other tools ignore
 * it.  The importer reads collections with that extension (our own
 * export), checks that every quote matches the text at its offsets, and
 * refuses the whole file on the first problem, naming its JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-anchor.h"
#include "kaynak-document-private.h"
#include "kaynak-format-private.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define KAYNAK_NS    "https://kaynak.github.io/ns#"
#define MAX_SIZE     (512u * 1024u * 1024u)

typedef struct
{
  JsonArray  *items;
  JsonArray  *documents;
  GHashTable *iris;      /* article IRIs used so far */
  GString    *ids;       /* what the collection id is made from */
} W3cState;

static void
w3c_state_free (gpointer data)
{
  W3cState *state = data;

  json_array_unref (state->items);
  json_array_unref (state->documents);
  g_hash_table_unref (state->iris);
  g_string_free (state->ids, TRUE);
  g_free (state);
}

static gboolean
w3c_begin (KaynakExportWriter *writer,
           GError            **error)
{
  W3cState *state = g_new0 (W3cState, 1);

  state->items = json_array_new ();
  state->documents = json_array_new ();
  state->iris = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->ids = g_string_new ("kaynak-collection");
  writer->data = state;
  writer->data_free = w3c_state_free;
  return TRUE;
}

static gboolean
is_plain_uri (const char *s)
{
  if (s == NULL || !g_ascii_isalpha (*s) || !g_uri_is_valid (s, G_URI_FLAGS_NONE, NULL))
    return FALSE;
  for (const char *p = s; *p; p++)
    if ((guchar) *p <= 0x20 || (guchar) *p >= 0x7f || strchr ("<>\"{}|\\^`", *p) != NULL)
      return FALSE;
  return TRUE;
}

static char *
claim_iri (KaynakClaim *claim,
           const char  *article_iri)
{
  const char *id = kaynak_claim_get_id (claim);
  g_autofree char *name = NULL;

  if (g_uuid_string_is_valid (id))
    return g_strconcat ("urn:uuid:", id, NULL);
  name = g_strconcat (article_iri, "#claim=", id, NULL);
  return kaynak_format_uuid_urn (name);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_nonempty (JsonBuilder *b,
              const char  *key,
              const char  *value)
{
  if (value != NULL && *value != '\0')
    add_string (b, key, value);
}

static void
add_textual_body (JsonBuilder *b,
                  const char  *purpose,
                  const char  *value)
{
  add_string (b, "type", "TextualBody");
  add_string (b, "purpose", purpose);
  add_string (b, "value", value);
}

static JsonNode *
build_annotation (KaynakDocument *document,
                  KaynakClaim    *claim,
                  const char     *article_iri)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autofree char *iri = claim_iri (claim, article_iri);
  const char *source_id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
  const char *language = kaynak_document_get_language (document);

  json_builder_begin_object (b);
  add_string (b, "@context", ANNO_CONTEXT);
  add_string (b, "id", iri);
  add_string (b, "type", "Annotation");
  add_string (b, "motivation", "tagging");
  if (!g_uuid_string_is_valid (kaynak_claim_get_id (claim)))
    add_string (b, "kaynak:claimId", kaynak_claim_get_id (claim));
  if (kaynak_claim_get_cues (claim)[0] != NULL)
    {
      const char * const *cues = kaynak_claim_get_cues (claim);

      json_builder_set_member_name (b, "kaynak:cues");
      json_builder_begin_array (b);
      for (guint i = 0; cues[i] != NULL; i++)
        json_builder_add_string_value (b, cues[i]);
      json_builder_end_array (b);
    }
  add_nonempty (b, "created", kaynak_claim_get_created (claim));
  add_nonempty (b, "modified", kaynak_claim_get_modified (claim));
  if (*kaynak_claim_get_author (claim) != '\0')
    {
      json_builder_set_member_name (b, "creator");
      json_builder_begin_object (b);
      add_string (b, "type", "Person");
      add_string (b, "name", kaynak_claim_get_author (claim));
      json_builder_end_object (b);
    }

  json_builder_set_member_name (b, "body");
  json_builder_begin_array (b);
  if (source != NULL)
    {
      json_builder_begin_object (b);
      add_textual_body (b, "tagging", kaynak_source_get_label (source));
      add_string (b, "kaynak:source", kaynak_source_get_id (source));
      json_builder_end_object (b);
    }
  json_builder_begin_object (b);
  add_textual_body (b, "assessing", kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
  json_builder_end_object (b);
  if (*kaynak_claim_get_note (claim) != '\0')
    {
      json_builder_begin_object (b);
      add_textual_body (b, "commenting", kaynak_claim_get_note (claim));
      add_string (b, "format", "text/plain");
      add_nonempty (b, "language", language);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  add_string (b, "type", "SpecificResource");
  add_string (b, "source", article_iri);
  json_builder_set_member_name (b, "selector");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "type", "TextQuoteSelector");
  add_string (b, "exact", kaynak_claim_get_quote (claim));
  add_nonempty (b, "prefix", kaynak_claim_get_prefix (claim));
  add_nonempty (b, "suffix", kaynak_claim_get_suffix (claim));
  json_builder_end_object (b);
  json_builder_begin_object (b);
  add_string (b, "type", "TextPositionSelector");
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, kaynak_claim_get_start (claim));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, kaynak_claim_get_end (claim));
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static JsonNode *
build_document (KaynakDocument *document,
                const char     *article_iri)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  GListModel *sources = kaynak_document_get_sources (document);
  GListModel *links = kaynak_document_get_links (document);

  json_builder_begin_object (b);
  add_string (b, "id", article_iri);
  add_string (b, "type", "Text");
  add_string (b, "format", "text/plain");
  add_nonempty (b, "language", kaynak_document_get_language (document));
  add_string (b, "kaynak:title", kaynak_document_get_title (document));
  add_string (b, "kaynak:url", kaynak_document_get_url (document));
  add_string (b, "kaynak:outlet", kaynak_document_get_outlet (document));
  add_string (b, "kaynak:published", kaynak_document_get_published (document));
  add_string (b, "kaynak:notes", kaynak_document_get_notes (document));
  add_string (b, "kaynak:sha256", kaynak_document_get_sha256 (document));
  add_string (b, "kaynak:text", kaynak_document_get_text (document));

  json_builder_set_member_name (b, "kaynak:sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char * const *aliases = kaynak_source_get_aliases (source);

      json_builder_begin_object (b);
      add_string (b, "id", kaynak_source_get_id (source));
      add_string (b, "label", kaynak_source_get_label (source));
      add_string (b, "color", kaynak_source_get_color (source));
      json_builder_set_member_name (b, "shortcut");
      json_builder_add_int_value (b, kaynak_source_get_shortcut (source));
      add_string (b, "kind", kaynak_source_kind_to_id (kaynak_source_get_kind (source)));
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      for (guint k = 0; aliases[k] != NULL; k++)
        json_builder_add_string_value (b, aliases[k]);
      json_builder_end_array (b);
      add_string (b, "description", kaynak_source_get_description (source));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "kaynak:links");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);

      json_builder_begin_object (b);
      add_string (b, "id", kaynak_link_get_id (link));
      add_string (b, "type", kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
      add_string (b, "from", kaynak_link_get_from (link));
      add_string (b, "to", kaynak_link_get_to (link));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
w3c_add (KaynakExportWriter *writer,
         KaynakDocument     *document,
         GError            **error)
{
  W3cState *state = writer->data;
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  const char *url = kaynak_document_get_url (document);
  g_autofree char *iri = NULL;

  if (is_plain_uri (url) && !g_hash_table_contains (state->iris, url))
    iri = g_strdup (url);
  else
    {
      g_autofree char *name = g_strconcat ("kaynak-article:", kaynak_document_get_sha256 (document), NULL);

      iri = kaynak_format_uuid_urn (name);
      for (guint n = 2; g_hash_table_contains (state->iris, iri); n++)
        {
          g_autofree char *numbered = g_strdup_printf ("%s:%u", name, n);

          g_free (iri);
          iri = kaynak_format_uuid_urn (numbered);
        }
    }
  g_hash_table_add (state->iris, g_strdup (iri));
  g_string_append_printf (state->ids, ":%s", iri);

  json_array_add_element (state->documents, build_document (document, iri));
  for (guint i = 0; i < claims->len; i++)
    json_array_add_element (state->items, build_annotation (document, g_ptr_array_index (claims, i), iri));
  writer->n_claims += claims->len;
  return TRUE;
}

static gboolean
w3c_finish (KaynakExportWriter *writer,
            GError            **error)
{
  W3cState *state = writer->data;
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *collection_iri = kaynak_format_uuid_urn (state->ids->str);
  g_autofree char *page_name = g_strconcat (collection_iri, "#page=1", NULL);
  g_autofree char *page_iri = kaynak_format_uuid_urn (page_name);
  g_autofree char *text = NULL;
  gsize length;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, ANNO_CONTEXT);
  json_builder_begin_object (b);
  add_string (b, "kaynak", KAYNAK_NS);
  json_builder_end_object (b);
  json_builder_end_array (b);
  add_string (b, "id", collection_iri);
  add_string (b, "type", "AnnotationCollection");
  add_string (b, "label", "Kaynak claims");
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, json_array_get_length (state->items));
  json_builder_set_member_name (b, "kaynak:documents");
  json_builder_add_value (b, json_node_init_array (json_node_alloc (), state->documents));
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  add_string (b, "id", page_iri);
  add_string (b, "type", "AnnotationPage");
  add_string (b, "partOf", collection_iri);
  json_builder_set_member_name (b, "startIndex");
  json_builder_add_int_value (b, 0);
  json_builder_set_member_name (b, "items");
  json_builder_add_value (b, json_node_init_array (json_node_alloc (), state->items));
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  return kaynak_format_write (writer, text, length, error) &&
         kaynak_format_write (writer, "\n", 1, error);
}

const KaynakExporter kaynak_format_w3c = {
  .name = "w3c",
  .label = N_("W3C Web Annotation (JSON-LD)"),
  .extension = ".jsonld",
  .mime_type = "application/ld+json",
  .kind = KAYNAK_EXPORT_DATASET,
  .begin = w3c_begin,
  .add = w3c_add,
  .finish = w3c_finish,
};

/* --- Import -------------------------------------------------------------- */

#define FAIL(path, ...) \
  G_STMT_START { \
    g_autofree char *_msg = g_strdup_printf (__VA_ARGS__); \
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, "%s: %s", (path), _msg); \
    return FALSE; \
  } G_STMT_END

static const char *
get_string (JsonObject *object,
            const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_uint (JsonObject *object,
          const char *key,
          guint      *value)
{
  JsonNode *node = json_object_get_member (object, key);
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  v = json_node_get_int (node);
  if (v < 0 || v > G_MAXUINT)
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

static JsonArray *
get_array (JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
import_document (JsonObject      *object,
                 const char      *path,
                 GHashTable      *by_iri,
                 GPtrArray       *documents,
                 GError         **error)
{
  static const char * const metadata[] = { "title", "url", "outlet", "published", "notes" };
  const char *iri = get_string (object, "id");
  const char *text = get_string (object, "kaynak:text");
  JsonArray *sources = get_array (object, "kaynak:sources");
  g_autoptr(KaynakDocument) document = NULL;

  if (iri == NULL)
    FAIL (path, _("the article has no “id”"));
  if (text == NULL)
    FAIL (path, _("the article has no text (“kaynak:text”)"));
  if (g_hash_table_contains (by_iri, iri))
    FAIL (path, _("the article id “%s” is used twice"), iri);

  document = kaynak_document_new (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (metadata); i++)
    {
      g_autofree char *key = g_strconcat ("kaynak:", metadata[i], NULL);
      const char *value = get_string (object, key);

      if (value != NULL)
        g_object_set (document, metadata[i], value, NULL);
    }
  if (get_string (object, "language") != NULL)
    kaynak_document_set_language (document, get_string (object, "language"));

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      g_autofree char *spath = g_strdup_printf ("%s.kaynak:sources[%u]", path, i);
      JsonNode *node = json_array_get_element (sources, i);
      JsonObject *s = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = s ? get_string (s, "id") : NULL;
      const char *label = s ? get_string (s, "label") : NULL;
      const char *color = s ? get_string (s, "color") : NULL;
      const char *kind_id = s ? get_string (s, "kind") : NULL;
      KaynakSourceKind kind = KAYNAK_SOURCE_KIND_NAMED;
      guint shortcut = 0;
      g_autoptr(KaynakSource) source = NULL;
      g_autoptr(GError) local_error = NULL;
      JsonArray *aliases;

      if (id == NULL || label == NULL)
        FAIL (spath, _("a source needs a string “id” and “label”"));
      if (kind_id != NULL && !kaynak_source_kind_from_id (kind_id, &kind))
        FAIL (spath, _("unknown source kind “%s”"), kind_id);
      if (!get_uint (s, "shortcut", &shortcut) || shortcut > 9)
        shortcut = 0;
      source = kaynak_source_new (id, label,
                                  kaynak_color_is_valid (color) ? color : kaynak_source_palette_color (i),
                                  shortcut, kind);
      if (get_string (s, "description") != NULL)
        kaynak_source_set_description (source, get_string (s, "description"));
      if ((aliases = get_array (s, "aliases")) != NULL)
        {
          g_autoptr(GPtrArray) list = g_ptr_array_new ();

          for (guint k = 0; k < json_array_get_length (aliases); k++)
            if (JSON_NODE_HOLDS_VALUE (json_array_get_element (aliases, k)) &&
                json_node_get_value_type (json_array_get_element (aliases, k)) == G_TYPE_STRING)
              g_ptr_array_add (list, (gpointer) json_array_get_string_element (aliases, k));
          g_ptr_array_add (list, NULL);
          kaynak_source_set_aliases (source, (const char * const *) list->pdata);
        }
      if (!kaynak_document_add_source (document, source, &local_error))
        FAIL (spath, "%s", local_error->message);
    }

  g_hash_table_insert (by_iri, g_strdup (iri), document);
  g_ptr_array_add (documents, g_steal_pointer (&document));
  return TRUE;
}

/* What a Kaynak file accepts as a time: ISO 8601 in UTC, "…Z" */
static gboolean
is_utc_time (const char *s)
{
  g_autoptr(GDateTime) time = NULL;

  if (s == NULL || !g_str_has_suffix (s, "Z"))
    return FALSE;
  time = g_date_time_new_from_iso8601 (s, NULL);
  return time != NULL;
}

static gboolean
import_annotation (JsonObject  *object,
                   const char  *path,
                   GHashTable  *by_iri,
                   GError     **error)
{
  JsonNode *target_node = json_object_get_member (object, "target");
  JsonObject *target = NULL;
  JsonNode *body_node = json_object_get_member (object, "body");
  JsonArray *selectors;
  const char *iri;
  const char *id;
  KaynakDocument *document;
  JsonObject *quote_selector = NULL;
  gboolean have_position = FALSE;
  guint start = 0, end = 0;
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tpath = g_strdup_printf ("%s.target", path);

  if (target_node != NULL && JSON_NODE_HOLDS_ARRAY (target_node) &&
      json_array_get_length (json_node_get_array (target_node)) == 1)
    target_node = json_array_get_element (json_node_get_array (target_node), 0);
  if (target_node != NULL && JSON_NODE_HOLDS_OBJECT (target_node))
    target = json_node_get_object (target_node);
  if (target == NULL)
    FAIL (tpath, _("expected one target object with a source and selectors"));
  iri = get_string (target, "source");
  if (iri == NULL || (document = g_hash_table_lookup (by_iri, iri)) == NULL)
    FAIL (tpath, _("the target’s source names no article of “kaynak:documents”"));

  if (json_object_has_member (target, "selector") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (target, "selector")))
    {
      selectors = json_array_new ();
      json_array_add_object_element (selectors, json_object_ref (get_object (target, "selector")));
    }
  else if ((selectors = get_array (target, "selector")) != NULL)
    json_array_ref (selectors);
  else
    FAIL (tpath, _("no selector"));

  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonNode *node = json_array_get_element (selectors, i);
      JsonObject *selector = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *type = selector ? get_string (selector, "type") : NULL;

      if (g_strcmp0 (type, "TextPositionSelector") == 0)
        {
          if (!get_uint (selector, "start", &start) || !get_uint (selector, "end", &end))
            {
              json_array_unref (selectors);
              FAIL (tpath, _("selector[%u]: start and end must be non-negative integers"), i);
            }
          have_position = TRUE;
        }
      else if (g_strcmp0 (type, "TextQuoteSelector") == 0 && get_string (selector, "exact") != NULL)
        quote_selector = selector;
    }

  if (!have_position && quote_selector != NULL)
    {
      /* A foreign annotation with only a quote: find it in the text */
      const char *exact = get_string (quote_selector, "exact");

      if (kaynak_anchor_find (kaynak_document_get_text (document),
                              kaynak_document_get_length (document), exact,
                              get_string (quote_selector, "prefix"),
                              get_string (quote_selector, "suffix"), 0,
                              &start, &end) == KAYNAK_ANCHOR_NOT_FOUND)
        {
          json_array_unref (selectors);
          FAIL (tpath, _("the quote “%s” is not in the article"), exact);
        }
      have_position = TRUE;
    }
  if (!have_position)
    {
      json_array_unref (selectors);
      FAIL (tpath, _("needs a TextPositionSelector or a TextQuoteSelector"));
    }
  if (start >= end || end > kaynak_document_get_length (document))
    {
      json_array_unref (selectors);
      FAIL (tpath, _("the range %u–%u is empty or past the end of the article (%u characters)"),
            start, end, kaynak_document_get_length (document));
    }
  if (quote_selector != NULL)
    {
      g_autofree char *slice = kaynak_document_dup_slice (document, start, end);

      if (g_strcmp0 (slice, get_string (quote_selector, "exact")) != 0)
        {
          json_array_unref (selectors);
          FAIL (tpath, _("the quote does not match the article at %u–%u"), start, end);
        }
    }
  json_array_unref (selectors);

  id = get_string (object, "kaynak:claimId");
  if (id == NULL && (id = get_string (object, "id")) != NULL && g_str_has_prefix (id, "urn:uuid:"))
    id += strlen ("urn:uuid:");
  claim = kaynak_format_new_claim (document, id, start, end);
  if (is_utc_time (get_string (object, "created")))
    kaynak_claim_set_created (claim, get_string (object, "created"));
  if (is_utc_time (get_string (object, "modified")))
    kaynak_claim_set_modified (claim, get_string (object, "modified"));
  if (get_object (object, "creator") != NULL && get_string (get_object (object, "creator"), "name"))
    kaynak_claim_set_author (claim, get_string (get_object (object, "creator"), "name"));

  if (get_array (object, "kaynak:cues") != NULL)
    {
      JsonArray *cues = get_array (object, "kaynak:cues");
      g_autoptr(GPtrArray) list = g_ptr_array_new ();

      for (guint i = 0; i < json_array_get_length (cues); i++)
        {
          JsonNode *node = json_array_get_element (cues, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_ptr_array_add (list, (gpointer) json_node_get_string (node));
        }
      g_ptr_array_add (list, NULL);
      kaynak_claim_set_cues (claim, (const char * const *) list->pdata);
    }

  if (body_node != NULL)
    {
      g_autoptr(JsonArray) bodies = NULL;

      if (JSON_NODE_HOLDS_ARRAY (body_node))
        bodies = json_array_ref (json_node_get_array (body_node));
      else
        {
          bodies = json_array_new ();
          json_array_add_element (bodies, json_node_copy (body_node));
        }
      for (guint i = 0; i < json_array_get_length (bodies); i++)
        {
          JsonNode *node = json_array_get_element (bodies, i);
          JsonObject *body = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *purpose = body ? get_string (body, "purpose") : NULL;
          const char *value = body ? get_string (body, "value") : NULL;
          g_autofree char *bpath = g_strdup_printf ("%s.body[%u]", path, i);

          if (purpose == NULL || value == NULL)
            continue;
          if (g_str_equal (purpose, "tagging"))
            {
              const char *source_id = get_string (body, "kaynak:source");

              if (source_id != NULL && kaynak_document_lookup_source (document, source_id) == NULL)
                FAIL (bpath, _("unknown source “%s”"), source_id);
              if (source_id == NULL &&
                  (source_id = kaynak_format_ensure_source (document, NULL, value, &local_error)) == NULL)
                FAIL (bpath, "%s", local_error->message);
              kaynak_claim_set_source_id (claim, source_id);
            }
          else if (g_str_equal (purpose, "assessing"))
            {
              KaynakClaimStatus status;

              if (!kaynak_claim_status_from_id (value, &status))
                FAIL (bpath, _("unknown status “%s”"), value);
              kaynak_claim_set_status (claim, status);
            }
          else if (g_str_equal (purpose, "commenting"))
            kaynak_claim_set_note (claim, value);
        }
    }

  if (!kaynak_document_add_claim (document, claim, &local_error))
    FAIL (path, "%s", local_error->message);
  return TRUE;
}

static gboolean
import_links (JsonObject     *object,
              const char     *path,
              KaynakDocument *document,
              GError        **error)
{
  JsonArray *links = get_array (object, "kaynak:links");

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      g_autofree char *lpath = g_strdup_printf ("%s.kaynak:links[%u]", path, i);
      JsonNode *node = json_array_get_element (links, i);
      JsonObject *link = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *type_id = link ? get_string (link, "type") : NULL;
      KaynakLinkType type;
      g_autoptr(GError) local_error = NULL;

      if (type_id == NULL || !kaynak_link_type_from_id (type_id, &type))
        FAIL (lpath, _("unknown link type"));
      const char *id = get_string (link, "id");
      const char *from = get_string (link, "from");
      const char *to = get_string (link, "to");

      /* keep the link's id when it is free; the checks are add_link's */
      if (id != NULL && *id != '\0' && kaynak_document_lookup_link (document, id) == NULL &&
          from != NULL && to != NULL && g_strcmp0 (from, to) != 0 &&
          kaynak_document_lookup_claim (document, from) != NULL &&
          kaynak_document_lookup_claim (document, to) != NULL)
        {
          g_autoptr(KaynakLink) kept = kaynak_link_new (id, type, from, to);

          _kaynak_document_bulk_add_link (document, kept);
        }
      else if (kaynak_document_add_link (document, type, from, to, &local_error) == NULL)
        FAIL (lpath, "%s", local_error->message);
    }
  return TRUE;
}

static gboolean
import_collection (JsonNode   *root,
                   GPtrArray  *documents,
                   GError    **error)
{
  g_autoptr(GHashTable) by_iri = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *collection = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonArray *docs;
  JsonObject *page;
  JsonArray *items;

  if (collection == NULL || g_strcmp0 (get_string (collection, "type"), "AnnotationCollection") != 0)
    FAIL ("$", _("not a W3C AnnotationCollection"));
  if ((docs = get_array (collection, "kaynak:documents")) == NULL)
    FAIL ("$", _("the collection does not carry the article text (“kaynak:documents”); "
                 "only collections exported by Kaynak can be imported"));

  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      g_autofree char *path = g_strdup_printf ("kaynak:documents[%u]", i);
      JsonNode *node = json_array_get_element (docs, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (path, _("expected an object"));
      if (!import_document (json_node_get_object (node), path, by_iri, documents, error))
        return FALSE;
    }

  page = get_object (collection, "first");
  items = page ? get_array (page, "items") : NULL;
  if (items == NULL && json_object_has_member (collection, "first"))
    FAIL ("first", _("expected an embedded AnnotationPage with “items”"));
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      g_autofree char *path = g_strdup_printf ("first.items[%u]", i);
      JsonNode *node = json_array_get_element (items, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL (path, _("expected an Annotation object"));
      if (!import_annotation (json_node_get_object (node), path, by_iri, error))
        return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      g_autofree char *path = g_strdup_printf ("kaynak:documents[%u]", i);

      if (!import_links (json_array_get_object_element (docs, i), path,
                         g_ptr_array_index (documents, i), error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
kaynak_import_w3c (GFile        *file,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length;

  if ((data = kaynak_format_read_file (file, MAX_SIZE, &length, cancellable, error)) == NULL)
    return NULL;
  if ((root = kaynak_format_parse_json (data, length, NULL, error)) == NULL ||
      !import_collection (root, documents, error))
    {
      kaynak_format_prefix_error (error, file);
      return NULL;
    }
  return g_steal_pointer (&documents);
}
