/* kaynak-format-w3c.c: W3C Web Annotation (JSON-LD) export and import.
 *
 * The export is one AnnotationCollection with its single AnnotationPage
 * embedded as "first".  Each claim is an Annotation whose target is a
 * SpecificResource on the article with a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (start, end in Unicode code points,
 * end exclusive, as the Web Annotation model counts characters), and whose
 * bodies are TextualBodies: the source (purpose "tagging"), the status
 * ("assessing") and the note ("commenting", only when there is one), and
 * per piece of evidence a SpecificResource on its address ("linking",
 * with kaynak:archived, kaynak:date and kaynak:note); the checkable claim
 * the user wrote is "kaynak:checkable".
 * A claim in pieces has one such target per piece, in order (the model's
 * multiple targets: the bodies apply to each), each with the piece's own
 * words, context and offsets.
 *
 * The article is identified by its URL when that is an absolute ASCII URI
 * (and not used by another article of the export), by a name-based
 * urn:uuid over its SHA-256 otherwise.  Claim ids are UUIDs, so an
 * annotation's id is "urn:uuid:" + the claim id, unless another annotation
 * of the collection has it already (copies of one article share claim
 * ids): then it is a name-based UUID and "kaynak:claimId" keeps the claim
 * id.  Every id is stable across exports.
 *
 * The collection is written as it goes (see W3cState), so exporting a large
 * corpus needs memory for the articles' texts only.
 *
 * Web Annotation does not carry the annotated text itself, so the
 * collection carries it in an extension, "kaynak:documents" (article text,
 * metadata, sources and links), with "kaynak" defined in the @context.
 * That is what lets the importer rebuild the documents; other tools ignore
 * it.  The importer reads collections with that extension (our own
 * export), puts each annotation back where its quote stands in the text
 * (or keeps it as an orphan), and refuses the whole file on the first
 * problem, naming its JSON path (kaynak-format-w3c-import.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-format-private.h"

#define ANNO_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define KAYNAK_NS    "https://kaynak.github.io/ns#"

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
  GHashTable *annotation_iris; /* annotation IRIs used so far */
  GString    *ids;             /* what the collection id is made from */
  guint       total;
} W3cState;

static void
w3c_state_free (gpointer data)
{
  W3cState *state = data;

  g_string_free (state->documents, TRUE);
  g_hash_table_unref (state->iris);
  g_hash_table_unref (state->annotation_iris);
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

/* Kaynak's own terms, so that a JSON-LD processor keeps them: "kaynak:"
 * names a term in Kaynak's namespace, and the objects inside
 * "kaynak:sources" and "kaynak:links" get a context of their own
 * (property-scoped, JSON-LD 1.1) in which their plain keys are Kaynak's
 * terms.  There "id" is a source's or link's id as Kaynak writes it ("abd",
 * a UUID), a string rather than an IRI, and "type" a link's type
 * ("confirms"), not an RDF class: under the Web Annotation context alone
 * they would be relative IRIs, and "kind", "color", "from"… would be
 * dropped.  A test expands every export with npm's jsonld in safe mode
 * (tests/jsonld-expand.cjs). */
static void
write_kaynak_context (KaynakJson *json)
{
  static const char * const source_terms[] = {
    "id", "sourceId", "color", "color", "shortcut", "shortcut", "kind", "kind",
    "description", "description",
  };
  static const char * const link_terms[] = {
    "id", "linkId", "type", "linkType", "from", "from", "to", "to",
  };

  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "kaynak", KAYNAK_NS);

  kaynak_json_begin_object (json, "kaynak:sources");
  kaynak_json_string (json, "@id", "kaynak:sources");
  kaynak_json_begin_object (json, "@context");
  for (guint i = 0; i < G_N_ELEMENTS (source_terms); i += 2)
    {
      g_autofree char *iri = g_strconcat ("kaynak:", source_terms[i + 1], NULL);

      kaynak_json_string (json, source_terms[i], iri);
    }
  /* the other names keep their order */
  kaynak_json_begin_object (json, "aliases");
  kaynak_json_string (json, "@id", "kaynak:aliases");
  kaynak_json_string (json, "@container", "@list");
  kaynak_json_end_object (json);
  kaynak_json_end_object (json);
  kaynak_json_end_object (json);

  kaynak_json_begin_object (json, "kaynak:links");
  kaynak_json_string (json, "@id", "kaynak:links");
  kaynak_json_begin_object (json, "@context");
  for (guint i = 0; i < G_N_ELEMENTS (link_terms); i += 2)
    {
      g_autofree char *iri = g_strconcat ("kaynak:", link_terms[i + 1], NULL);

      kaynak_json_string (json, link_terms[i], iri);
    }
  kaynak_json_end_object (json);
  kaynak_json_end_object (json);

  kaynak_json_end_object (json);
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
  state->annotation_iris = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->ids = g_string_new ("kaynak-collection");
  writer->data = state;
  writer->data_free = w3c_state_free;

  kaynak_json_init (json, kaynak_format_reset_buffer (writer));
  kaynak_json_begin_object (json, NULL);
  kaynak_json_begin_array (json, "@context");
  kaynak_json_string (json, NULL, ANNO_CONTEXT);
  write_kaynak_context (json);
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

/* The annotation's IRI: "urn:uuid:" + the claim id when that is a UUID
 * not used yet in this collection.  Two copies of one article share their
 * claim ids, and an id must name one annotation only, so a repeat (or an
 * id that is no UUID) gets a name-based UUID over the article's IRI, which
 * is unique in the collection, and the claim id.  The caller then writes
 * "kaynak:claimId" so that the import gives the claim its own id back. */
static char *
claim_iri (KaynakClaim *claim,
           const char  *article_iri,
           GHashTable  *used)
{
  const char *id = kaynak_claim_get_id (claim);
  g_autofree char *name = g_strconcat (article_iri, "#claim=", id, NULL);
  char *iri;

  if (g_uuid_string_is_valid (id))
    iri = g_strconcat ("urn:uuid:", id, NULL);
  else
    iri = kaynak_format_uuid_urn (name);
  /* (numbered past the first try only in case a claim id happens to be
   * another's derived UUID) */
  for (guint n = 1; g_hash_table_contains (used, iri); n++)
    {
      g_autofree char *numbered = n == 1 ? g_strdup (name) : g_strdup_printf ("%s:%u", name, n);

      g_free (iri);
      iri = kaynak_format_uuid_urn (numbered);
    }
  g_hash_table_add (used, g_strdup (iri));
  return iri;
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

/* The claim's evidence, a body each: the web page itself as a
 * SpecificResource with purpose "linking", its archived copy, date and
 * note in Kaynak's own terms (the model has none for them) */
static void
add_evidence_bodies (KaynakJson  *json,
                     KaynakClaim *claim)
{
  const KaynakEvidenceList *list = kaynak_claim_get_evidence (claim);

  for (guint i = 0; i < kaynak_evidence_list_get_n (list); i++)
    {
      const KaynakEvidence *item = kaynak_evidence_list_get (list, i);

      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "type", "SpecificResource");
      kaynak_json_string (json, "purpose", "linking");
      kaynak_json_string (json, "source", item->url);
      kaynak_json_nonempty (json, "kaynak:archived", item->archived);
      kaynak_json_nonempty (json, "kaynak:date", item->date);
      kaynak_json_nonempty (json, "kaynak:note", item->note);
      kaynak_json_end_object (json);
    }
}

static void
write_annotation (KaynakJson     *json,
                  KaynakDocument *document,
                  KaynakClaim    *claim,
                  const char     *article_iri,
                  GHashTable     *used_iris)
{
  g_autofree char *iri = claim_iri (claim, article_iri, used_iris);
  const char *id = kaynak_claim_get_id (claim);
  const char *source_id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
  const char *language = kaynak_document_get_language (document);
  const char * const *cues = kaynak_claim_get_cues (claim);
  guint n_pieces;

  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "@context", ANNO_CONTEXT);
  kaynak_json_string (json, "id", iri);
  kaynak_json_string (json, "type", "Annotation");
  kaynak_json_string (json, "motivation", "tagging");
  if (strcmp (iri + strlen ("urn:uuid:"), id) != 0)
    kaynak_json_string (json, "kaynak:claimId", id);
  if (cues[0] != NULL)
    {
      kaynak_json_begin_array (json, "kaynak:cues");
      for (guint i = 0; cues[i] != NULL; i++)
        kaynak_json_string (json, NULL, cues[i]);
      kaynak_json_end_array (json);
    }
  /* the sentence the user wrote to check, for the importer */
  kaynak_json_nonempty (json, "kaynak:checkable", kaynak_claim_get_checkable (claim));
  /* the claim's own attribution (issue 19), for the importer; its kind
   * otherwise is its source's, in kaynak:sources */
  {
    KaynakSourceKind own;

    if (kaynak_claim_get_attribution (claim, &own))
      kaynak_json_string (json, "kaynak:attribution", kaynak_source_kind_to_id (own));
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
  add_evidence_bodies (json, claim);
  kaynak_format_append_codebook_w3c (json, document, claim);
  kaynak_json_end_array (json);

  n_pieces = kaynak_claim_get_n_pieces (claim);
  if (n_pieces > 1)
    kaynak_json_begin_array (json, "target");
  for (guint p = 0; p < n_pieces; p++)
    {
      KaynakRange piece = kaynak_claim_get_piece (claim, p);

      kaynak_json_begin_object (json, n_pieces > 1 ? NULL : "target");
      kaynak_json_string (json, "type", "SpecificResource");
      kaynak_json_string (json, "source", article_iri);
      kaynak_json_begin_array (json, "selector");
      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "type", "TextQuoteSelector");
      kaynak_json_string (json, "exact", kaynak_claim_get_piece_quote (claim, p));
      kaynak_json_nonempty (json, "prefix", kaynak_claim_get_piece_prefix (claim, p));
      kaynak_json_nonempty (json, "suffix", kaynak_claim_get_piece_suffix (claim, p));
      kaynak_json_end_object (json);
      kaynak_json_begin_object (json, NULL);
      kaynak_json_string (json, "type", "TextPositionSelector");
      kaynak_json_uint (json, "start", piece.start);
      kaynak_json_uint (json, "end", piece.end);
      kaynak_json_end_object (json);
      kaynak_json_end_array (json);
      kaynak_json_end_object (json);
    }
  if (n_pieces > 1)
    kaynak_json_end_array (json);

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
  /* as in the native file: only when set */
  kaynak_json_nonempty (json, "kaynak:factCheckUrl", kaynak_document_get_fact_check_url (document));
  kaynak_json_nonempty (json, "kaynak:author", kaynak_document_get_article_author (document));
  kaynak_json_nonempty (json, "kaynak:retrieved", kaynak_document_get_retrieved (document));
  kaynak_json_nonempty (json, "kaynak:archivedUrl", kaynak_document_get_archived_url (document));
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
      /* what the source is (issue 19), only when said: a full term, so
       * that the context, and files without it, stay as they were */
      if (kaynak_source_get_source_type (source) != KAYNAK_SOURCE_TYPE_UNSET)
        kaynak_json_string (json, "kaynak:sourceType",
                            kaynak_source_type_to_id (kaynak_source_get_source_type (source)));
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
    write_annotation (&state->json, document, g_ptr_array_index (claims, i), iri,
                      state->annotation_iris);
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
