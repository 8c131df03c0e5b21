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
 * The collection is written as it goes (see W3cState), so exporting a large
 * corpus needs memory for the articles' texts only.
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

/* The collection is streamed: begin writes everything up to the page's
 * "items", each document adds its annotations (and keeps its part of
 * "kaynak:documents" aside), finish closes the page and writes the rest.
 * Ids that depend on every document (the collection's and the page's) come
 * last in their objects, which JSON-LD allows, so nothing has to wait in
 * memory but the articles' texts. */
typedef struct
{
  KaynakJson  json;
  GString    *documents;       /* the "kaynak:documents" items, at depth 2 */
  KaynakJson  documents_json;
  GHashTable *iris;            /* article IRIs used so far */
  GString    *ids;             /* what the collection id is made from */
  guint       total;
} W3cState;

static void
w3c_state_free (gpointer data)
{
  W3cState *state = data;

  g_string_free (state->documents, TRUE);
  g_hash_table_unref (state->iris);
  g_string_free (state->ids, TRUE);
  g_free (state);
}

static gboolean
flush (KaynakExportWriter *writer,
       W3cState           *state,
       GError            **error)
{
  gboolean ok = kaynak_format_write (writer, state->json.out->str, state->json.out->len, error);

  /* the buffer may be replaced when it grew large: follow it */
  state->json.out = kaynak_format_reset_buffer (writer);
  return ok;
}

static gboolean
w3c_begin (KaynakExportWriter *writer,
           GError            **error)
{
  W3cState *state = g_new0 (W3cState, 1);
  KaynakJson *json = &state->json;

  state->documents = g_string_new (NULL);
  kaynak_json_init (&state->documents_json, state->documents);
  state->documents_json.depth = 2;
  state->documents_json.empty[2] = TRUE;
  state->iris = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->ids = g_string_new ("kaynak-collection");
  writer->data = state;
  writer->data_free = w3c_state_free;

  kaynak_json_init (json, kaynak_format_reset_buffer (writer));
  kaynak_json_begin_object (json, NULL);
  kaynak_json_begin_array (json, "@context");
  kaynak_json_string (json, NULL, ANNO_CONTEXT);
  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "kaynak", KAYNAK_NS);
  kaynak_json_end_object (json);
  kaynak_json_end_array (json);
  kaynak_json_string (json, "type", "AnnotationCollection");
  kaynak_json_string (json, "label", "Kaynak claims");
  kaynak_json_begin_object (json, "first");
  kaynak_json_string (json, "type", "AnnotationPage");
  kaynak_json_uint (json, "startIndex", 0);
  kaynak_json_begin_array (json, "items");
  return flush (writer, state, error);
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
add_textual_body (KaynakJson *json,
                  const char *purpose,
                  const char *value)
{
  kaynak_json_string (json, "type", "TextualBody");
  kaynak_json_string (json, "purpose", purpose);
  kaynak_json_string (json, "value", value);
}

static void
write_annotation (KaynakJson     *json,
                  KaynakDocument *document,
                  KaynakClaim    *claim,
                  const char     *article_iri)
{
  g_autofree char *iri = claim_iri (claim, article_iri);
  const char *source_id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
  const char *language = kaynak_document_get_language (document);
  const char * const *cues = kaynak_claim_get_cues (claim);

  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "@context", ANNO_CONTEXT);
  kaynak_json_string (json, "id", iri);
  kaynak_json_string (json, "type", "Annotation");
  kaynak_json_string (json, "motivation", "tagging");
  if (!g_uuid_string_is_valid (kaynak_claim_get_id (claim)))
    kaynak_json_string (json, "kaynak:claimId", kaynak_claim_get_id (claim));
  if (cues[0] != NULL)
    {
      kaynak_json_begin_array (json, "kaynak:cues");
      for (guint i = 0; cues[i] != NULL; i++)
        kaynak_json_string (json, NULL, cues[i]);
      kaynak_json_end_array (json);
    }
  kaynak_json_nonempty (json, "created", kaynak_claim_get_created (claim));
  kaynak_json_nonempty (json, "modified", kaynak_claim_get_modified (claim));
  if (*kaynak_claim_get_author (claim) != '\0')
    {
      kaynak_json_begin_object (json, "creator");
      kaynak_json_string (json, "type", "Person");
      kaynak_json_string (json, "name", kaynak_claim_get_author (claim));
      kaynak_json_end_object (json);
    }

  kaynak_json_begin_array (json, "body");
  if (source != NULL)
    {
      kaynak_json_begin_object (json, NULL);
      add_textual_body (json, "tagging", kaynak_source_get_label (source));
      kaynak_json_string (json, "kaynak:source", kaynak_source_get_id (source));
      kaynak_json_end_object (json);
    }
  kaynak_json_begin_object (json, NULL);
  add_textual_body (json, "assessing", kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
  kaynak_json_end_object (json);
  if (*kaynak_claim_get_note (claim) != '\0')
    {
      kaynak_json_begin_object (json, NULL);
      add_textual_body (json, "commenting", kaynak_claim_get_note (claim));
      kaynak_json_string (json, "format", "text/plain");
      kaynak_json_nonempty (json, "language", language);
      kaynak_json_end_object (json);
    }
  kaynak_json_end_array (json);

  kaynak_json_begin_object (json, "target");
  kaynak_json_string (json, "type", "SpecificResource");
  kaynak_json_string (json, "source", article_iri);
  kaynak_json_begin_array (json, "selector");
  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "type", "TextQuoteSelector");
  kaynak_json_string (json, "exact", kaynak_claim_get_quote (claim));
  kaynak_json_nonempty (json, "prefix", kaynak_claim_get_prefix (claim));
  kaynak_json_nonempty (json, "suffix", kaynak_claim_get_suffix (claim));
  kaynak_json_end_object (json);
  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "type", "TextPositionSelector");
  kaynak_json_uint (json, "start", kaynak_claim_get_start (claim));
  kaynak_json_uint (json, "end", kaynak_claim_get_end (claim));
  kaynak_json_end_object (json);
  kaynak_json_end_array (json);
  kaynak_json_end_object (json);

  kaynak_json_end_object (json);
}

static void
write_document (KaynakJson     *json,
                KaynakDocument *document,
                const char     *article_iri)
{
  GListModel *sources = kaynak_document_get_sources (document);
  GListModel *links = kaynak_document_get_links (document);

  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "id", article_iri);
  kaynak_json_string (json, "type", "Text");
  kaynak_json_string (json, "format", "text/plain");
  kaynak_json_nonempty (json, "language", kaynak_document_get_language (document));
  kaynak_json_string (json, "kaynak:title", kaynak_document_get_title (document));
  kaynak_json_string (json, "kaynak:url", kaynak_document_get_url (document));
  kaynak_json_string (json, "kaynak:outlet", kaynak_document_get_outlet (document));
  kaynak_json_string (json, "kaynak:published", kaynak_document_get_published (document));
  kaynak_json_string (json, "kaynak:notes", kaynak_document_get_notes (document));
  kaynak_json_string (json, "kaynak:sha256", kaynak_document_get_sha256 (document));
  kaynak_json_string (json, "kaynak:text", kaynak_document_get_text (document));

  kaynak_json_begin_array (json, "kaynak:sources");
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      const char * const *aliases = kaynak_source_get_aliases (source);

      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "id", kaynak_source_get_id (source));
      kaynak_json_string (json, "label", kaynak_source_get_label (source));
      kaynak_json_string (json, "color", kaynak_source_get_color (source));
      kaynak_json_uint (json, "shortcut", kaynak_source_get_shortcut (source));
      kaynak_json_string (json, "kind", kaynak_source_kind_to_id (kaynak_source_get_kind (source)));
      kaynak_json_begin_array (json, "aliases");
      for (guint k = 0; aliases[k] != NULL; k++)
        kaynak_json_string (json, NULL, aliases[k]);
      kaynak_json_end_array (json);
      kaynak_json_string (json, "description", kaynak_source_get_description (source));
      kaynak_json_end_object (json);
    }
  kaynak_json_end_array (json);

  kaynak_json_begin_array (json, "kaynak:links");
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);

      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "id", kaynak_link_get_id (link));
      kaynak_json_string (json, "type", kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
      kaynak_json_string (json, "from", kaynak_link_get_from (link));
      kaynak_json_string (json, "to", kaynak_link_get_to (link));
      kaynak_json_end_object (json);
    }
  kaynak_json_end_array (json);
  kaynak_json_end_object (json);
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

  for (guint i = 0; i < claims->len; i++)
    write_annotation (&state->json, document, g_ptr_array_index (claims, i), iri);
  if (!flush (writer, state, error))
    return FALSE;

  /* only now that the annotations are out is the document part of it */
  g_hash_table_add (state->iris, g_strdup (iri));
  g_string_append_printf (state->ids, ":%s", iri);
  write_document (&state->documents_json, document, iri);
  state->total += claims->len;
  writer->n_claims += claims->len;
  return TRUE;
}

static gboolean
w3c_finish (KaynakExportWriter *writer,
            GError            **error)
{
  W3cState *state = writer->data;
  KaynakJson *json = &state->json;
  g_autofree char *collection_iri = kaynak_format_uuid_urn (state->ids->str);
  g_autofree char *page_name = g_strconcat (collection_iri, "#page=1", NULL);
  g_autofree char *page_iri = kaynak_format_uuid_urn (page_name);

  kaynak_json_end_array (json);   /* items */
  kaynak_json_string (json, "id", page_iri);
  kaynak_json_string (json, "partOf", collection_iri);
  kaynak_json_end_object (json);  /* first */
  kaynak_json_begin_array (json, "kaynak:documents");
  g_string_append_len (json->out, state->documents->str, state->documents->len);
  json->empty[json->depth] = state->documents_json.empty[2];
  kaynak_json_end_array (json);
  kaynak_json_uint (json, "total", state->total);
  kaynak_json_string (json, "id", collection_iri);
  kaynak_json_end_object (json);
  g_string_append_c (json->out, '\n');
  return flush (writer, state, error);
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
                              get_string (quote_selector, "suffix"),
                              KAYNAK_ANCHOR_NO_POSITION,
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
