/* kaynak-format-jsonl.c: JSON Lines datasets.
 *
 * "jsonl": one line per claim with the document's metadata, the claim, the
 * sentence it is in, its source, status, note and links.
 * "doccano": one line per document, {"text": …, "label": [[start, end,
 * "Source"], …]}, the shape doccano imports for sequence labelling.  The
 * importer also reads "labels" and newer doccano's "entities" with
 * {"start_offset", "end_offset", "label"} objects.
 *
 * Offsets are Unicode code points (start inclusive, end exclusive).
 * Keys are always written in the same order, so datasets diff cleanly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-builder.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-json-guard.h"
#include "kaynak-json-reader.h"

#include "kaynak-document-attribution.h"
#include "kaynak-format-private.h"

static void
append_key (GString    *out,
            const char *key)
{
  if (out->str[out->len - 1] != '{')
    g_string_append_c (out, ',');
  kaynak_json_append_string (out, key);
  g_string_append_c (out, ':');
}

static void
append_string_member (GString    *out,
                      const char *key,
                      const char *value)
{
  append_key (out, key);
  if (value == NULL)
    g_string_append (out, "null");
  else
    kaynak_json_append_string (out, value);
}

static void
append_uint (GString *out,
             guint    value)
{
  char buf[16];
  int i = sizeof buf;

  do
    buf[--i] = '0' + value % 10;
  while ((value /= 10) > 0);
  g_string_append_len (out, buf + i, sizeof buf - i);
}

/* "key":[{"start":…,"end":…,"quote":…},…] */
static void
append_ranges (GString            *out,
               const char         *key,
               const KaynakRange  *ranges,
               guint               n,
               KaynakClaim        *claim,
               const char *      (*quote) (KaynakClaim *, guint))
{
  append_key (out, key);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i > 0 ? ",{" : "{");
      append_key (out, "start");
      append_uint (out, ranges[i].start);
      append_key (out, "end");
      append_uint (out, ranges[i].end);
      append_string_member (out, "quote", quote (claim, i));
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* Every claim's pieces (one for most), so that a reader has one shape */
static void
append_pieces (GString     *out,
               KaynakClaim *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);
  g_autofree KaynakRange *pieces = g_new (KaynakRange, n);

  for (guint i = 0; i < n; i++)
    pieces[i] = kaynak_claim_get_piece (claim, i);
  append_ranges (out, "pieces", pieces, n, claim, kaynak_claim_get_piece_quote);
}

/* The byline and this copy of the article as doccano metadata, only when
 * set: a line of an article without them stays as it was */
static void
append_copy_meta (GString        *out,
                  KaynakDocument *document)
{
  const struct { const char *key; const char *value; } meta[] = {
    { "author", kaynak_document_get_article_author (document) },
    { "retrieved", kaynak_document_get_retrieved (document) },
    { "archived_url", kaynak_document_get_archived_url (document) },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (meta); i++)
    if (*meta[i].value != '\0')
      {
        g_string_append_printf (out, ",\"%s\":", meta[i].key);
        kaynak_json_append_string (out, meta[i].value);
      }
}

static gboolean
jsonl_add (KaynakExportWriter *writer,
           KaynakDocument     *document,
           GError            **error)
{
  g_autoptr(KaynakFormatDoc) doc = kaynak_format_doc_new (writer, document);
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  /* the writer's buffer, reused from document to document */
  GString *out = kaynak_format_reset_buffer (writer);
  g_autoptr(GString) head = g_string_new ("{");

  /* The document's columns are the same on every line: escape them once */
  append_string_member (head, "document_id", kaynak_format_document_id (document));
  append_string_member (head, "document_path", doc->path);
  append_string_member (head, "title", kaynak_document_get_title (document));
  append_string_member (head, "url", kaynak_document_get_url (document));
  append_string_member (head, "outlet", kaynak_document_get_outlet (document));
  append_string_member (head, "published", kaynak_document_get_published (document));
  append_string_member (head, "language", kaynak_document_get_language (document));
  /* the article's byline and this copy of it (issue 18) */
  append_string_member (head, "author", kaynak_document_get_article_author (document));
  append_string_member (head, "retrieved", kaynak_document_get_retrieved (document));
  append_string_member (head, "archived_url", kaynak_document_get_archived_url (document));

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
      GPtrArray *links = kaynak_format_doc_links (doc, claim);
      gsize sentence_length;
      const char *sentence = kaynak_format_doc_sentence_bytes (doc, claim, &sentence_length);

      g_string_append_len (out, head->str, head->len);
      append_string_member (out, "claim_id", kaynak_claim_get_id (claim));
      append_key (out, "start");
      append_uint (out, kaynak_claim_get_start (claim));
      append_key (out, "end");
      append_uint (out, kaynak_claim_get_end (claim));
      append_string_member (out, "quote", kaynak_claim_get_quote (claim));
      append_string_member (out, "prefix", kaynak_claim_get_prefix (claim));
      append_string_member (out, "suffix", kaynak_claim_get_suffix (claim));
      append_pieces (out, claim);
      append_key (out, "sentence");
      kaynak_json_append_len (out, sentence, sentence_length);
      append_string_member (out, "source_id", source ? kaynak_source_get_id (source) : NULL);
      append_string_member (out, "source_label", source ? kaynak_source_get_label (source) : NULL);
      /* how this claim is attributed: its own, else its source's kind */
      append_string_member (out, "source_kind", kaynak_document_claim_attribution_id (document, claim));
      {
        guint n;
        const KaynakRange *ranges = kaynak_claim_get_source_ranges (claim, &n);

        append_ranges (out, "source_ranges", ranges, n, claim,
                       kaynak_claim_get_source_range_quote);
        ranges = kaynak_claim_get_cue_ranges (claim, &n);
        append_ranges (out, "cue_ranges", ranges, n, claim, kaynak_claim_get_cue_range_quote);
      }
      append_string_member (out, "status", kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
      append_string_member (out, "note", kaynak_claim_get_note (claim));
      /* the claim as it is checked (kaynak-format-evidence.c) */
      kaynak_format_append_checked (out, claim);
      append_key (out, "links");
      g_string_append_c (out, '[');
      for (guint k = 0; links != NULL && k < links->len; k++)
        {
          KaynakLink *link = g_ptr_array_index (links, k);

          if (k > 0)
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          append_string_member (out, "id", kaynak_link_get_id (link));
          append_string_member (out, "type", kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
          append_string_member (out, "from", kaynak_link_get_from (link));
          append_string_member (out, "to", kaynak_link_get_to (link));
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
      /* the codebook's verdict and fields, after everything else */
      kaynak_format_append_codebook_jsonl (out, document, claim, source);
      g_string_append (out, "}\n");
    }

  if (!kaynak_format_write (writer, out->str, out->len, error))
    return FALSE;
  writer->n_claims += claims->len;
  return TRUE;
}

const KaynakExporter kaynak_format_jsonl = {
  .name = "jsonl",
  .label = N_("JSON Lines, one claim per line"),
  .extension = ".jsonl",
  .mime_type = "application/jsonl",
  .kind = KAYNAK_EXPORT_DATASET,
  .add = jsonl_add,
};

/* doccano labels claims by source label; a claim without a source is
 * labelled "Claim".
 *
 * Each line carries the claims twice, once for each kind of doccano
 * project: "label" ([start, end, "Source"]) is what a Sequence Labeling
 * project reads; "entities" ({"id", "label", "start_offset",
 * "end_offset"}) with "relations" ({"id", "from_id", "to_id", "type"}, the
 * claim links, typed by their id: "confirms"…) is what a project with
 * relation labelling reads ("JSONL (Relation)").  Each keeps the keys it
 * does not read as the example's metadata.  An entity's id is its index
 * on the line. */
static const char *
doccano_label (KaynakDocument *document,
               KaynakClaim    *claim)
{
  const char *source_id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;

  return source ? kaynak_source_get_label (source) : "Claim";
}

static gboolean
doccano_add (KaynakExportWriter *writer,
             KaynakDocument     *document,
             GError            **error)
{
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  /* claim id → entity id + 1, for the relations */
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *links = kaynak_document_get_links (document);
  guint n_relations = 0;
  /* the writer's buffer, reused from document to document */
  GString *out = kaynak_format_reset_buffer (writer);

  /* doccano has no pieces: a claim in pieces is written as the range that
   * covers them, gaps included, and the export says how many (README) */
  for (guint i = 0; i < claims->len; i++)
    if (kaynak_claim_get_n_pieces (g_ptr_array_index (claims, i)) > 1)
      writer->n_widened++;

  g_string_append (out, "{\"text\":");
  kaynak_json_append_string (out, kaynak_document_get_text (document));
  g_string_append (out, ",\"label\":[");
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);

      g_string_append_printf (out, "%s[%u,%u,", i ? "," : "",
                              kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
      kaynak_json_append_string (out, doccano_label (document, claim));
      g_string_append_c (out, ']');
    }
  g_string_append (out, "],\"entities\":[");
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);

      g_hash_table_insert (entity_ids, (gpointer) kaynak_claim_get_id (claim),
                           GUINT_TO_POINTER (i + 1));
      g_string_append_printf (out, "%s{\"id\":%u,\"label\":", i ? "," : "", i);
      kaynak_json_append_string (out, doccano_label (document, claim));
      g_string_append_printf (out, ",\"start_offset\":%u,\"end_offset\":%u}",
                              kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
    }
  g_string_append (out, "],\"relations\":[");
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (links, i);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (entity_ids, kaynak_link_get_from (link)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (entity_ids, kaynak_link_get_to (link)));

      /* a link to a claim left out of the export goes with it */
      if (from == 0 || to == 0)
        continue;
      g_string_append_printf (out, "%s{\"id\":%u,\"from_id\":%u,\"to_id\":%u,\"type\":",
                              n_relations ? "," : "", n_relations, from - 1, to - 1);
      kaynak_json_append_string (out, kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
      g_string_append_c (out, '}');
      n_relations++;
    }
  g_string_append_c (out, ']');
  /* Metadata as extra keys: doccano keeps them as the example's metadata,
   * and our importer reads them back. */
  g_string_append (out, ",\"title\":");
  kaynak_json_append_string (out, kaynak_document_get_title (document));
  g_string_append (out, ",\"url\":");
  kaynak_json_append_string (out, kaynak_document_get_url (document));
  g_string_append (out, ",\"outlet\":");
  kaynak_json_append_string (out, kaynak_document_get_outlet (document));
  g_string_append (out, ",\"published\":");
  kaynak_json_append_string (out, kaynak_document_get_published (document));
  g_string_append (out, ",\"language\":");
  kaynak_json_append_string (out, kaynak_document_get_language (document));
  append_copy_meta (out, document);
  g_string_append (out, "}\n");

  if (!kaynak_format_write (writer, out->str, out->len, error))
    return FALSE;
  writer->n_claims += claims->len;
  return TRUE;
}

const KaynakExporter kaynak_format_doccano = {
  .name = "doccano",
  .label = N_("doccano JSONL, one article per line"),
  .extension = ".jsonl",
  .mime_type = "application/jsonl",
  .kind = KAYNAK_EXPORT_DATASET,
  .add = doccano_add,
};

/* --- doccano import ------------------------------------------------------ */

/* A doccano line is parsed the way the native loader parses a Kaynak
 * file: the pre-scan (kaynak-json-guard.h) first, which counts the values;
 * then the labels array is cut out and each label read on its own, while
 * the rest of the line is parsed by json-glib within the loader's budget.
 * json-glib would take about 540 bytes for a label of 15 ("[12,40,"A"],"):
 * a line of a million labels must not be one tree.  The document is
 * filled through a KaynakDocumentBuilder, in time linear in the labels. */

#define MAX_SIZE (512u * 1024u * 1024u)
/* A label is 4 values; one of many more is not a label, and json-glib
 * need not build it to say so */
#define MAX_LABEL_VALUES 1000

/* "line 3: message", and the import stops.  The members are read through
 * kaynak-json-reader.h in its import dialect, with the line; the labels'
 * messages name their element themselves ("label[0]: …"). */
#define FAIL_AT(...) \
  G_STMT_START { \
    return kaynak_json_reader_fail (reader, NULL, error, __VA_ARGS__); \
  } G_STMT_END

/* What one label says */
typedef struct
{
  guint       start;
  guint       end;
  const char *label;   /* NULL when it is not a string */
  gboolean    has_id;  /* an entity's "id", for the relations */
  guint       id;
} Label;

/* What the relations of a line are resolved against */
typedef struct
{
  GHashTable *by_id;    /* entity id → claim id */
  GHashTable *by_span;  /* "start end label" → claim id, the first such */
} Entities;

/* A label as json-glib gives it: [start, end, "Label"] or doccano's newer
 * {"start_offset", "end_offset", "label"} */
static gboolean
label_from_node (const KaynakJsonReader  *reader,
                 JsonNode                *node,
                 const char              *key,
                 guint                    i,
                 Label                   *out,
                 GError                 **error)
{
  out->label = NULL;
  out->has_id = FALSE;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 3)
    {
      JsonArray *triple = json_node_get_array (node);
      JsonNode *third = json_array_get_element (triple, 2);

      if (!kaynak_json_node_get_uint (json_array_get_element (triple, 0), &out->start) ||
          !kaynak_json_node_get_uint (json_array_get_element (triple, 1), &out->end))
        FAIL_AT (_("%s[%u]: start and end must be non-negative integers"), key, i);
      if (kaynak_json_node_is_string (third))
        out->label = json_node_get_string (third);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *span = json_node_get_object (node);

      if (!kaynak_json_node_get_uint (json_object_get_member (span, "start_offset"), &out->start) ||
          !kaynak_json_node_get_uint (json_object_get_member (span, "end_offset"), &out->end))
        FAIL_AT (_("%s[%u]: start_offset and end_offset must be non-negative integers"), key, i);
      out->label = kaynak_json_object_get_string (span, "label");
      if (json_object_has_member (span, "id") &&
          !(out->has_id = kaynak_json_node_get_uint (json_object_get_member (span, "id"), &out->id)))
        FAIL_AT (_("%s[%u]: the id must be a non-negative integer"), key, i);
    }
  else
    FAIL_AT (_("%s[%u]: expected [start, end, \"label\"]"), key, i);
  return TRUE;
}

/* The usual label, [12, 40, "Label"] with no escape in the label, read
 * straight from the bytes (the pre-scan has checked them); FALSE for any
 * other shape, which json-glib reads then.  @label gets the label's
 * bytes, copied into @scratch. */
static gboolean
label_from_bytes (const char *p,
                  const char *end,
                  Label      *out,
                  GString    *scratch)
{
  guint64 values[2];
  const char *quote;

#define SKIP_SPACE() while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++
  if (p >= end || *p++ != '[')
    return FALSE;
  for (guint v = 0; v < 2; v++)
    {
      guint digits = 0;

      SKIP_SPACE ();
      values[v] = 0;
      while (p < end && g_ascii_isdigit (*p) && digits < 11)
        {
          values[v] = values[v] * 10 + (guint64) (*p++ - '0');
          digits++;
        }
      /* no leading zeros, signs, fractions or exponents here */
      if (digits == 0 || digits > 10 || values[v] > G_MAXUINT ||
          (digits > 1 && *(p - digits) == '0'))
        return FALSE;
      SKIP_SPACE ();
      if (p >= end || *p++ != ',')
        return FALSE;
    }
  SKIP_SPACE ();
  if (p >= end || *p++ != '"')
    return FALSE;
  quote = memchr (p, '"', end - p);
  if (quote == NULL || memchr (p, '\\', quote - p) != NULL)
    return FALSE;
  g_string_truncate (scratch, 0);
  g_string_append_len (scratch, p, quote - p);
  p = quote + 1;
  SKIP_SPACE ();
  if (p >= end || *p++ != ']')
    return FALSE;
  SKIP_SPACE ();
#undef SKIP_SPACE
  if (p != end)
    return FALSE;
  out->start = (guint) values[0];
  out->end = (guint) values[1];
  out->label = scratch->str;
  out->has_id = FALSE;
  return TRUE;
}

/* Checks one label and makes its claim */
static gboolean
add_label (const KaynakJsonReader  *reader,
           KaynakDocumentBuilder   *builder,
           const Label             *label,
           const char              *key,
           guint                    i,
           guint                   *n_claims,
           Entities                *entities,
           GError                 **error)
{
  KaynakDocument *document = kaynak_document_builder_get_document (builder);
  g_autoptr(GError) local_error = NULL;
  const char *source_id = NULL;
  KaynakClaim *claim;

  if (label->label == NULL || *label->label == '\0')
    FAIL_AT (_("%s[%u]: the label must be a non-empty string"), key, i);
  if (label->start >= label->end || label->end > kaynak_document_get_length (document))
    FAIL_AT (_("%s[%u]: the span %u–%u is empty or past the end of the text (%u characters)"),
             key, i, label->start, label->end, kaynak_document_get_length (document));
  /* the native loader's memory bound, for every article of the file */
  if (++*n_claims > KAYNAK_IMPORT_MAX_CLAIMS)
    FAIL_AT (_("%s[%u]: the file has more labels than Kaynak imports at once (%u); "
               "importing them could fill the memory"),
             key, i, (guint) KAYNAK_IMPORT_MAX_CLAIMS);

  if (!g_str_equal (label->label, "Claim") &&
      (source_id = kaynak_document_builder_source_for_label (builder, label->label,
                                                             &local_error)) == NULL)
    FAIL_AT ("%s[%u]: %s", key, i, local_error->message);
  claim = kaynak_document_builder_add_claim_at (builder, NULL, label->start, label->end,
                                                &local_error);
  if (claim == NULL)
    FAIL_AT ("%s[%u]: %s", key, i, local_error->message);
  kaynak_claim_set_source_id (claim, source_id);
  if (label->has_id)
    g_hash_table_insert (entities->by_id, GUINT_TO_POINTER (label->id),
                         (gpointer) kaynak_claim_get_id (claim));
  g_hash_table_insert (entities->by_span,
                       g_strdup_printf ("%u %u %s", label->start, label->end, label->label),
                       (gpointer) kaynak_claim_get_id (claim));
  return TRUE;
}

/* doccano's relations ({"from_id", "to_id", "type"}, the type one of
 * Kaynak's link ids) become links.  The entities they name are the ones
 * read as claims; when the claims came from "label", which has no ids,
 * the line's "entities" (Kaynak writes both) say which span each id is. */
static gboolean
add_relations (const KaynakJsonReader  *reader,
               KaynakDocumentBuilder   *builder,
               JsonObject              *object,
               Entities                *entities,
               GError                 **error)
{
  JsonArray *relations = NULL;
  JsonArray *list = NULL;

  if (!kaynak_json_reader_get_array (reader, object, NULL, "relations", &relations, error))
    return FALSE;
  if (relations == NULL || json_array_get_length (relations) == 0)
    return TRUE;

  if (g_hash_table_size (entities->by_id) == 0 &&
      !kaynak_json_reader_get_array (reader, object, NULL, "entities", &list, error))
    return FALSE;
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      Label label;
      g_autofree char *span = NULL;
      const char *claim_id;

      if (!label_from_node (reader, json_array_get_element (list, i), "entities", i, &label, error))
        return FALSE;
      if (!label.has_id || label.label == NULL)
        continue;
      span = g_strdup_printf ("%u %u %s", label.start, label.end, label.label);
      if ((claim_id = g_hash_table_lookup (entities->by_span, span)) != NULL)
        g_hash_table_insert (entities->by_id, GUINT_TO_POINTER (label.id), (gpointer) claim_id);
    }

  for (guint i = 0; i < json_array_get_length (relations); i++)
    {
      JsonNode *node = json_array_get_element (relations, i);
      g_autoptr(GError) local_error = NULL;
      JsonObject *relation;
      const char *type_id;
      const char *from, *to;
      KaynakLinkType type;
      guint from_id, to_id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        FAIL_AT (_("relations[%u]: expected {\"from_id\", \"to_id\", \"type\"}"), i);
      relation = json_node_get_object (node);
      if (!kaynak_json_node_get_uint (json_object_get_member (relation, "from_id"), &from_id) ||
          !kaynak_json_node_get_uint (json_object_get_member (relation, "to_id"), &to_id))
        FAIL_AT (_("relations[%u]: from_id and to_id must be non-negative integers"), i);
      type_id = kaynak_json_object_get_string (relation, "type");
      if (type_id == NULL || !kaynak_link_type_from_id (type_id, &type))
        FAIL_AT (_("relations[%u]: the type must be one of Kaynak’s links: "
                   "confirms, contradicts, repeats, responds-to"), i);
      from = g_hash_table_lookup (entities->by_id, GUINT_TO_POINTER (from_id));
      to = g_hash_table_lookup (entities->by_id, GUINT_TO_POINTER (to_id));
      if (from == NULL || to == NULL)
        FAIL_AT (_("relations[%u]: no entity of this line has the id %u"),
                 i, from == NULL ? from_id : to_id);
      if (!kaynak_document_builder_add_link (builder, NULL, type, from, to, &local_error))
        FAIL_AT ("relations[%u]: %s", i, local_error->message);
    }
  return TRUE;
}

/* The line with the labels array emptied ("[]"), parsed */
static JsonNode *
parse_rest (const char           *line,
            gsize                 length,
            const KaynakJsonSpan *array,
            guint                 lineno,
            gsize                 byte,
            GError              **error)
{
  g_autoptr(GString) rest = g_string_sized_new (length - array->length + 2);
  JsonNode *root;

  g_string_append_len (rest, line, array->offset);
  g_string_append (rest, "[]");
  g_string_append_len (rest, line + array->offset + array->length,
                       length - array->offset - array->length);
  root = kaynak_format_parse_json_line (rest->str, rest->len, lineno, byte, NULL);
  /* A syntax error: the whole line says where, within the budget */
  if (root == NULL)
    root = kaynak_format_parse_json_line (line, length, lineno, byte, error);
  return root;
}

static gboolean
doccano_line (const char  *line,
              gsize        length,
              guint        lineno,
              gsize        byte,
              guint       *n_claims,
              GPtrArray   *documents,
              GError     **error)
{
  static const char * const keys[] = { "label", "labels", "entities" };  /* entities: doccano ≥ 1.6 */
  const KaynakJsonReader line_reader = { .dialect = KAYNAK_JSON_DIALECT_IMPORT, .line = lineno };
  const KaynakJsonReader *reader = &line_reader;
  g_autoptr(GArray) elements = g_array_new (FALSE, FALSE, sizeof (KaynakJsonSpan));
  g_autoptr(KaynakDocumentBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakJsonCount count;
  KaynakJsonSpan array;
  const char *split_key = NULL;
  const char *key = NULL;
  JsonObject *object;
  JsonArray *labels = NULL;
  const char *text;
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) by_span = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Entities entities = { by_id, by_span };

  if (!kaynak_json_guard_check_part (line, length, KAYNAK_FILE_MAX_DEPTH, NULL, lineno, byte,
                                     &count, &local_error))
    {
      /* the guard's message names the line already */
      g_set_error_literal (error, KAYNAK_ERROR, local_error->code, local_error->message);
      return FALSE;
    }

  for (guint k = 0; k < G_N_ELEMENTS (keys) && split_key == NULL; k++)
    if (kaynak_json_split_member (line, length, keys[k], &array, elements))
      split_key = keys[k];
  if (split_key != NULL)
    {
      KaynakJsonCount rest_count = count;

      for (guint i = 0; i < elements->len; i++)
        {
          const KaynakJsonSpan *span = &g_array_index (elements, KaynakJsonSpan, i);

          rest_count.values -= span->count.values;
          rest_count.containers -= span->count.containers;
          if (span->count.values > MAX_LABEL_VALUES)
            FAIL_AT (_("%s[%u]: expected [start, end, \"label\"]"), split_key, i);
        }
      if (!kaynak_json_guard_check_budget (&rest_count, error))
        {
          g_prefix_error (error, _("line %u: "), lineno);
          return FALSE;
        }
      root = parse_rest (line, length, &array, lineno, byte, error);
    }
  else
    root = kaynak_format_parse_json_line (line, length, lineno, byte, error);
  if (root == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    FAIL_AT (_("expected an object with “text” and “label”"));
  object = json_node_get_object (root);
  if ((text = kaynak_json_object_get_string (object, "text")) == NULL)
    FAIL_AT (_("“text” is missing or not a string"));
  if (*text == '\0')
    FAIL_AT (_("“text” is empty"));

  builder = kaynak_document_builder_new (text, -1);
  {
    KaynakDocument *document = kaynak_document_builder_get_document (builder);

    if (kaynak_json_object_get_string (object, "title") != NULL)
      kaynak_document_set_title (document, kaynak_json_object_get_string (object, "title"));
    if (kaynak_json_object_get_string (object, "url") != NULL)
      kaynak_document_set_url (document, kaynak_json_object_get_string (object, "url"));
    if (kaynak_json_object_get_string (object, "outlet") != NULL)
      kaynak_document_set_outlet (document, kaynak_json_object_get_string (object, "outlet"));
    if (kaynak_json_object_get_string (object, "published") != NULL)
      kaynak_document_set_published (document, kaynak_json_object_get_string (object, "published"));
    if (kaynak_json_object_get_string (object, "language") != NULL)
      kaynak_document_set_language (document, kaynak_json_object_get_string (object, "language"));
    if (kaynak_json_object_get_string (object, "author") != NULL)
      kaynak_document_set_article_author (document, kaynak_json_object_get_string (object, "author"));
    if (kaynak_json_object_get_string (object, "retrieved") != NULL)
      kaynak_document_set_retrieved (document, kaynak_json_object_get_string (object, "retrieved"));
    if (kaynak_json_object_get_string (object, "archived_url") != NULL)
      kaynak_document_set_archived_url (document, kaynak_json_object_get_string (object, "archived_url"));
  }

  /* the first of the keys the line has, null or not */
  for (guint k = 0; k < G_N_ELEMENTS (keys) && key == NULL; k++)
    if (json_object_has_member (object, keys[k]))
      key = keys[k];
  if (key != NULL && !kaynak_json_reader_get_array (reader, object, NULL, key, &labels, error))
    return FALSE;

  if (split_key != NULL && g_str_equal (key, split_key))
    {
      /* the labels cut out: one at a time */
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GString) scratch = g_string_new (NULL);

      for (guint i = 0; i < elements->len; i++)
        {
          const KaynakJsonSpan *span = &g_array_index (elements, KaynakJsonSpan, i);
          const char *p = line + span->offset;
          Label label;

          if (!label_from_bytes (p, p + span->length, &label, scratch))
            {
              if (!json_parser_load_from_data (parser, p, span->length, NULL))
                FAIL_AT (_("%s[%u]: expected [start, end, \"label\"]"), key, i);
              if (!label_from_node (reader, json_parser_get_root (parser), key, i, &label, error))
                return FALSE;
            }
          if (!add_label (reader, builder, &label, key, i, n_claims, &entities, error))
            return FALSE;
        }
    }
  else if (labels != NULL)
    {
      for (guint i = 0; i < json_array_get_length (labels); i++)
        {
          Label label;

          if (!label_from_node (reader, json_array_get_element (labels, i), key, i, &label,
                                error) ||
              !add_label (reader, builder, &label, key, i, n_claims, &entities, error))
            return FALSE;
        }
    }
  if (!add_relations (reader, builder, object, &entities, error))
    return FALSE;

  g_ptr_array_add (documents, kaynak_document_builder_finish (builder));
  return TRUE;
}

GPtrArray *
kaynak_import_doccano (GFile        *file,
                       GCancellable *cancellable,
                       GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length;
  const char *line;
  guint lineno = 0;
  guint n_claims = 0;

  if ((data = kaynak_format_read_file (file, MAX_SIZE, &length, cancellable, error)) == NULL)
    return NULL;

  line = data;
  /* a UTF-8 byte order mark is not part of the first line */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    line += 3;
  while (line < data + length)
    {
      const char *nl = memchr (line, '\n', data + length - line);
      const char *end = nl ? nl : data + length;
      gsize len = end - line;

      lineno++;
      while (len > 0 && g_ascii_isspace (line[len - 1]))
        len--;
      if (len > 0 &&
          !doccano_line (line, len, lineno, line - data, &n_claims, documents, error))
        {
          kaynak_format_prefix_error (error, file);
          return NULL;
        }
      line = end + 1;
    }
  return g_steal_pointer (&documents);
}
