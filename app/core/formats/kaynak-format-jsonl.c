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

#include "kaynak-error.h"

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
  append_string_member (head, "language", kaynak_document_get_language (document));

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
      append_key (out, "sentence");
      kaynak_json_append_len (out, sentence, sentence_length);
      append_string_member (out, "source_id", source ? kaynak_source_get_id (source) : NULL);
      append_string_member (out, "source_label", source ? kaynak_source_get_label (source) : NULL);
      append_string_member (out, "source_kind",
                            source ? kaynak_source_kind_to_id (kaynak_source_get_kind (source)) : NULL);
      append_string_member (out, "status", kaynak_claim_status_to_id (kaynak_claim_get_status (claim)));
      append_string_member (out, "note", kaynak_claim_get_note (claim));
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
      g_string_append (out, "]}\n");
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
 * labelled "Claim". */
static gboolean
doccano_add (KaynakExportWriter *writer,
             KaynakDocument     *document,
             GError            **error)
{
  g_autoptr(GPtrArray) claims = kaynak_format_export_claims (writer, document);
  /* the writer's buffer, reused from document to document */
  GString *out = kaynak_format_reset_buffer (writer);

  g_string_append (out, "{\"text\":");
  kaynak_json_append_string (out, kaynak_document_get_text (document));
  g_string_append (out, ",\"label\":[");
  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);
      const char *source_id = kaynak_claim_get_source_id (claim);
      KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;

      g_string_append_printf (out, "%s[%u,%u,", i ? "," : "",
                              kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
      kaynak_json_append_string (out, source ? kaynak_source_get_label (source) : "Claim");
      g_string_append_c (out, ']');
    }
  /* Metadata as extra keys: doccano keeps them as the example's metadata,
   * and our importer reads them back. */
  g_string_append (out, "],\"title\":");
  kaynak_json_append_string (out, kaynak_document_get_title (document));
  g_string_append (out, ",\"url\":");
  kaynak_json_append_string (out, kaynak_document_get_url (document));
  g_string_append (out, ",\"language\":");
  kaynak_json_append_string (out, kaynak_document_get_language (document));
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

#define MAX_SIZE (512u * 1024u * 1024u)

#define FAIL_AT(...) \
  G_STMT_START { \
    g_autofree char *_msg = g_strdup_printf (__VA_ARGS__); \
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("line %u: %s"), lineno, _msg); \
    return NULL; \
  } G_STMT_END

static gboolean
node_to_uint (JsonNode *node,
              guint    *value)
{
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

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static KaynakDocument *
doccano_line (const char *line,
              gsize       length,
              guint       lineno,
              gsize       byte,
              GError    **error)
{
  g_autoptr(JsonNode) root = kaynak_format_parse_json_line (line, length, lineno, byte, error);
  g_autoptr(KaynakDocument) document = NULL;
  JsonObject *object;
  JsonNode *labels_node;
  JsonArray *labels;
  const char *text;
  const char *key = "label";

  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    FAIL_AT (_("expected an object with “text” and “label”"));
  object = json_node_get_object (root);
  if ((text = member_string (object, "text")) == NULL)
    FAIL_AT (_("“text” is missing or not a string"));
  if (*text == '\0')
    FAIL_AT (_("“text” is empty"));

  document = kaynak_document_new (text, -1);
  if (member_string (object, "title") != NULL)
    kaynak_document_set_title (document, member_string (object, "title"));
  if (member_string (object, "url") != NULL)
    kaynak_document_set_url (document, member_string (object, "url"));
  if (member_string (object, "language") != NULL)
    kaynak_document_set_language (document, member_string (object, "language"));

  labels_node = json_object_get_member (object, "label");
  if (labels_node == NULL)
    labels_node = json_object_get_member (object, key = "labels");
  if (labels_node == NULL)
    labels_node = json_object_get_member (object, key = "entities");  /* doccano ≥ 1.6 */
  if (labels_node == NULL || JSON_NODE_HOLDS_NULL (labels_node))
    return g_steal_pointer (&document);
  if (!JSON_NODE_HOLDS_ARRAY (labels_node))
    FAIL_AT (_("“%s” must be an array"), key);
  labels = json_node_get_array (labels_node);

  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonNode *node = json_array_get_element (labels, i);
      guint start = 0, end = 0;
      const char *label = NULL;
      const char *source_id = NULL;
      g_autoptr(KaynakClaim) claim = NULL;
      g_autoptr(GError) local_error = NULL;

      if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 3)
        {
          JsonArray *triple = json_node_get_array (node);
          JsonNode *third = json_array_get_element (triple, 2);

          if (!node_to_uint (json_array_get_element (triple, 0), &start) ||
              !node_to_uint (json_array_get_element (triple, 1), &end))
            FAIL_AT (_("%s[%u]: start and end must be non-negative integers"), key, i);
          if (JSON_NODE_HOLDS_VALUE (third) && json_node_get_value_type (third) == G_TYPE_STRING)
            label = json_node_get_string (third);
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          /* doccano's newer export: {"start_offset", "end_offset", "label"} */
          JsonObject *span = json_node_get_object (node);

          if (!node_to_uint (json_object_get_member (span, "start_offset"), &start) ||
              !node_to_uint (json_object_get_member (span, "end_offset"), &end))
            FAIL_AT (_("%s[%u]: start_offset and end_offset must be non-negative integers"), key, i);
          label = member_string (span, "label");
        }
      else
        FAIL_AT (_("%s[%u]: expected [start, end, \"label\"]"), key, i);

      if (label == NULL || *label == '\0')
        FAIL_AT (_("%s[%u]: the label must be a non-empty string"), key, i);
      if (start >= end || end > kaynak_document_get_length (document))
        FAIL_AT (_("%s[%u]: the span %u–%u is empty or past the end of the text (%u characters)"),
                 key, i, start, end, kaynak_document_get_length (document));

      if (!g_str_equal (label, "Claim") &&
          (source_id = kaynak_format_ensure_source (document, NULL, label, &local_error)) == NULL)
        FAIL_AT ("%s[%u]: %s", key, i, local_error->message);
      claim = kaynak_format_new_claim (document, NULL, start, end);
      kaynak_claim_set_source_id (claim, source_id);
      if (!kaynak_document_add_claim (document, claim, &local_error))
        FAIL_AT ("%s[%u]: %s", key, i, local_error->message);
    }
  return g_steal_pointer (&document);
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
      KaynakDocument *document;
      gsize len = end - line;

      lineno++;
      while (len > 0 && g_ascii_isspace (line[len - 1]))
        len--;
      if (len > 0)
        {
          if ((document = doccano_line (line, len, lineno, line - data, error)) == NULL)
            {
              kaynak_format_prefix_error (error, file);
              return NULL;
            }
          g_ptr_array_add (documents, document);
        }
      line = end + 1;
    }
  return g_steal_pointer (&documents);
}
