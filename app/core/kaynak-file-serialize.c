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
#include "kaynak-claims-writer.h"
#include "kaynak-document-snapshot.h"
#include "kaynak-file.h"
#include "kaynak-file-private.h"
#include "kaynak-file-serialize.h"
#include "kaynak-rejection.h"
#include "kaynak-test-hooks.h"
#include "kaynak-unknown.h"

/* ------------------------------------------------------------------------
 * Members Kaynak does not know
 *
 * They are written back after the members Kaynak knows, in their order,
 * with their values exactly as the file had them (kaynak-unknown.h):
 * json-glib would not (0.1 becomes 0.10000000000000001).  So json-glib is
 * given a placeholder string for each, unlike any real string ("\u0001"
 * and a random key of this save), which is then replaced by the raw
 * text.  Objects without unknown members, the usual case, cost nothing.
 * ------------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *values;     /* const char *, raw JSON, borrowed */
  char      *pattern;    /* how json-glib writes the placeholders' start */
  char       key[20];
} Unknowns;

static void
unknowns_clear (Unknowns *unknowns)
{
  g_clear_pointer (&unknowns->values, g_ptr_array_unref);
  g_clear_pointer (&unknowns->pattern, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Unknowns, unknowns_clear)

/* Adds @unknown's members to @object, after those already set (@unknowns
 * NULL: not at all, as in a scheme file) */
static void
add_unknown (JsonObject    *object,
             KaynakUnknown *unknown,
             Unknowns      *unknowns)
{
  guint n = kaynak_unknown_get_n_members (unknown);

  if (n == 0 || unknowns == NULL)
    return;
  if (unknowns->values == NULL)
    {
      unknowns->values = g_ptr_array_new ();
      g_snprintf (unknowns->key, sizeof unknowns->key, "%08x%08x",
                  g_random_int (), g_random_int ());
      unknowns->pattern = g_strdup_printf ("\"\\u0001%s:", unknowns->key);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *placeholder = g_strdup_printf ("\001%s:%u", unknowns->key,
                                                      unknowns->values->len);

      g_ptr_array_add (unknowns->values, (gpointer) kaynak_unknown_get_value (unknown, i));
      json_object_set_string_member (object, kaynak_unknown_get_name (unknown, i), placeholder);
    }
}

/* Replaces the placeholders in @string from byte @from on by the raw
 * values */
static void
replace_unknown (GString  *string,
                 gsize     from,
                 Unknowns *unknowns)
{
  g_autoptr(GString) out = NULL;
  const char *p, *at;
  gsize pattern_length;

  if (unknowns == NULL || unknowns->pattern == NULL ||
      strstr (string->str + from, unknowns->pattern) == NULL)
    return;

  pattern_length = strlen (unknowns->pattern);
  out = g_string_sized_new (string->len);
  g_string_append_len (out, string->str, from);
  p = string->str + from;
  while ((at = strstr (p, unknowns->pattern)) != NULL)
    {
      char *digits_end;
      guint64 index = g_ascii_strtoull (at + pattern_length, &digits_end, 10);

      g_string_append_len (out, p, at - p);
      if (*digits_end != '"' || index >= unknowns->values->len)
        {
          /* cannot be: the key is this save's own */
          g_string_append_len (out, at, pattern_length);
          p = at + pattern_length;
          continue;
        }
      g_string_append (out, g_ptr_array_index (unknowns->values, index));
      p = digits_end + 1;
    }
  g_string_append (out, p);

  g_string_truncate (string, 0);
  g_string_append_len (string, out->str, out->len);
}

/* ------------------------------------------------------------------------
 * U+001F
 *
 * json-glib 1.6 writes the unit separator U+001F as the raw byte (its
 * escaping test is "< 0x1f"), and so does the claims writer, which writes
 * its bytes.  RFC 8259 and Kaynak's own pre-scan (kaynak-json-guard.c)
 * refuse a raw control character in a string: a document with one in any
 * of its texts saved to a file it could not open again.  json-glib writes
 * that byte nowhere but inside strings, UTF-8 has it in no multi-byte
 * character, and the raw values of unknown members are valid JSON, so
 * every 0x1f byte of the output is a string's own and becomes \u001f.
 * One memchr() when there is none, the usual case.
 * ------------------------------------------------------------------------ */

static void
escape_unit_separators (GString *string)
{
  g_autoptr(GString) out = NULL;
  const char *p = string->str, *end = string->str + string->len, *at;

  if (memchr (p, 0x1f, string->len) == NULL)
    return;
  out = g_string_sized_new (string->len + 32);
  while ((at = memchr (p, 0x1f, end - p)) != NULL)
    {
      g_string_append_len (out, p, at - p);
      g_string_append_len (out, "\\u001f", 6);
      p = at + 1;
    }
  g_string_append_len (out, p, end - p);

  g_string_truncate (string, 0);
  g_string_append_len (string, out->str, out->len);
}

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
source_object (KaynakSource *source,
               Unknowns     *unknowns)
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
  _kaynak_file_write_field_values (object, kaynak_source_get_fields (source));
  _kaynak_file_write_source_type (object, source);
  add_unknown (object, kaynak_source_get_unknown (source), unknowns);

  return object;
}

/* A claim's pieces (with their context) or its source or cue ranges */
static JsonNode *
spans_node (const KaynakClaimSpans *spans,
            gboolean                context)
{
  JsonArray *array = json_array_sized_new (spans->n);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < spans->n; i++)
    {
      JsonObject *range = json_object_new ();

      json_object_set_int_member (range, "start", spans->ranges[i].start);
      json_object_set_int_member (range, "end", spans->ranges[i].end);
      json_object_set_string_member (range, "quote", spans->quotes[i]);
      if (context)
        {
          json_object_set_string_member (range, "prefix", spans->prefixes[i]);
          json_object_set_string_member (range, "suffix", spans->suffixes[i]);
        }
      json_array_add_object_element (array, range);
    }
  json_node_take_array (node, array);
  return node;
}

/* From the claim's shared values: this runs on the writer's thread */
static JsonObject *
claim_object (const KaynakClaimData *claim,
              Unknowns              *unknowns)
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
  /* Written only for a curated claim (Compare With…), like the pieces */
  if (claim->agreed_by != NULL)
    json_object_set_member (object, "agreed_by",
                            string_list_node ((const char * const *) claim->agreed_by));
  json_object_set_string_member (object, "author", claim->author);
  json_object_set_string_member (object, "created", claim->created);
  json_object_set_string_member (object, "modified", claim->modified);
  /* Written only when true, so the usual claim stays short */
  if (claim->orphaned)
    json_object_set_boolean_member (object, "orphaned", TRUE);
  /* Each written only when there is one (docs/FORMAT.md) */
  if (claim->pieces != NULL)
    json_object_set_member (object, "pieces", spans_node (claim->pieces, TRUE));
  if (claim->source_ranges != NULL)
    json_object_set_member (object, "source_ranges", spans_node (claim->source_ranges, FALSE));
  if (claim->cue_ranges != NULL)
    json_object_set_member (object, "cue_ranges", spans_node (claim->cue_ranges, FALSE));
  _kaynak_file_write_claim_checked (object, claim->checkable, claim->evidence);
  _kaynak_file_write_claim_codebook (object, claim->verdict, claim->fields);
  _kaynak_file_write_claim_attribution (object, claim->has_attribution, claim->attribution);
  add_unknown (object, claim->unknown, unknowns);

  return object;
}

static JsonObject *
link_object (KaynakLink *link,
             Unknowns   *unknowns)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", kaynak_link_get_id (link));
  json_object_set_string_member (object, "type",
                                 kaynak_link_type_to_id (kaynak_link_get_link_type (link)));
  json_object_set_string_member (object, "from", kaynak_link_get_from (link));
  json_object_set_string_member (object, "to", kaynak_link_get_to (link));
  add_unknown (object, kaynak_link_get_unknown (link), unknowns);

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
head_object (KaynakDocumentSnapshot *document,
             Unknowns               *unknowns)
{
  JsonObject *root = json_object_new ();
  JsonObject *metadata = json_object_new ();
  JsonObject *article = json_object_new ();
  JsonArray *array;

  json_object_set_string_member (root, "format", KAYNAK_FILE_FORMAT_NAME);
  /* 1 unless the document uses a codebook's scale or fields: a file an
   * older Kaynak opens stays one it opens (docs/FORMAT.md, version 2) */
  json_object_set_int_member (root, "version", document->format_version);
  /* Only once the work has started: a file that was never touched stays
   * as it was, and "new" is what no "state" means */
  if (document->state != KAYNAK_ARTICLE_STATE_NEW)
    json_object_set_string_member (root, "state", kaynak_article_state_to_id (document->state));

  json_object_set_string_member (metadata, "title", document->title);
  json_object_set_string_member (metadata, "url", document->url);
  json_object_set_string_member (metadata, "outlet", document->outlet);
  json_object_set_string_member (metadata, "published", document->published);
  json_object_set_string_member (metadata, "language", document->language);
  json_object_set_string_member (metadata, "notes", document->notes);
  /* Only when set: a file that never had one stays as it was */
  if (*document->fact_check_url != '\0')
    json_object_set_string_member (metadata, "fact_check_url", document->fact_check_url);
  if (*document->article_author != '\0')
    json_object_set_string_member (metadata, "author", document->article_author);
  if (*document->retrieved != '\0')
    json_object_set_string_member (metadata, "retrieved", document->retrieved);
  if (*document->archived_url != '\0')
    json_object_set_string_member (metadata, "archived_url", document->archived_url);
  add_unknown (metadata, document->unknown[KAYNAK_UNKNOWN_METADATA], unknowns);
  json_object_set_object_member (root, "metadata", metadata);

  json_object_set_string_member (article, "sha256", document->sha256);
  json_object_set_string_member (article, "text", document->text);
  add_unknown (article, document->unknown[KAYNAK_UNKNOWN_ARTICLE], unknowns);
  json_object_set_object_member (root, "article", article);
  /* version 2 only (kaynak-file-codebook.c) */
  if (document->format_version >= 2)
    _kaynak_file_write_document_codebook (root, document->codebook);

  array = json_array_sized_new (document->sources->len);
  for (guint i = 0; i < document->sources->len; i++)
    json_array_add_object_element (array, source_object (document->sources->pdata[i], unknowns));
  json_object_set_array_member (root, "sources", array);

  return root;
}

static JsonArray *
links_array (KaynakDocumentSnapshot *document,
             Unknowns               *unknowns)
{
  JsonArray *array = json_array_sized_new (document->links->len);

  for (guint i = 0; i < document->links->len; i++)
    json_array_add_object_element (array, link_object (document->links->pdata[i], unknowns));

  return array;
}

/* "rejected_suggestions" after the links, only when there are some: a file
 * that never rejected a suggestion stays as it was */
static void
add_rejections (JsonObject             *object,
                KaynakDocumentSnapshot *document)
{
  JsonArray *array;

  if (document->rejections->len == 0)
    return;
  array = json_array_sized_new (document->rejections->len);
  for (guint i = 0; i < document->rejections->len; i++)
    {
      KaynakRejection *r = document->rejections->pdata[i];
      JsonObject *element = json_object_new ();

      json_object_set_int_member (element, "start", kaynak_rejection_get_start (r));
      json_object_set_int_member (element, "end", kaynak_rejection_get_end (r));
      json_object_set_string_member (element, "quote", kaynak_rejection_get_quote (r));
      /* optional, as a claim's: files of before they were kept have none */
      if (*kaynak_rejection_get_prefix (r) != '\0')
        json_object_set_string_member (element, "prefix", kaynak_rejection_get_prefix (r));
      if (*kaynak_rejection_get_suffix (r) != '\0')
        json_object_set_string_member (element, "suffix", kaynak_rejection_get_suffix (r));
      json_array_add_object_element (array, element);
    }
  json_object_set_array_member (object, "rejected_suggestions", array);
}

/* The whole document as one json-glib tree: the reference that the
 * serialiser below must match byte for byte. */
static JsonNode *
document_tree (KaynakDocumentSnapshot *document,
               Unknowns               *unknowns)
{
  JsonObject *root = head_object (document, unknowns);
  guint n = document->claims->len;
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    json_array_add_object_element (array, claim_object (document->claims->pdata[i], unknowns));
  json_object_set_array_member (root, "claims", array);
  json_object_set_array_member (root, "links", links_array (document, unknowns));
  add_rejections (root, document);
  /* the top's own unknown members after all that Kaynak writes */
  add_unknown (root, document->unknown[KAYNAK_UNKNOWN_TOP], unknowns);

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

/* Off only in tests and benchmarks that compare the writer with json-glib */
static gboolean use_claims_writer = TRUE;

void
_kaynak_file_set_claims_writer (gboolean enabled)
{
  use_claims_writer = enabled;
}

/* The same bytes as generating document_tree(), without ever holding the
 * tree of every claim: that tree is most of the cost of a large save (all
 * of it allocated, then all of it freed).  Each claim is written straight
 * as text by the claims writer, or, when it has what only json-glib
 * writes, generated on its own by json-glib, while its memory is still in
 * the cache; the rest of the document (its head, the links) by json-glib. */
static GString *
serialize_by_parts (KaynakDocumentSnapshot *document)
{
  g_autoptr(JsonGenerator) generator = new_generator ();
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_auto(Unknowns) unknowns = { NULL };
  guint n = document->claims->len;
  JsonObject *tail;
  GString *string;

  string = g_string_sized_new (strlen (document->text) +
                               n * 640 + 4096);

  /* "{ … "sources" : […]" without the closing brace */
  generate (generator, object_node (head_object (document, &unknowns)), string);
  replace_unknown (string, 0, &unknowns);
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
          gsize claim_start;

          if (i > 0)
            g_string_append (string, ",\n");
          /* Straight to text (kaynak-claims-writer.h); json-glib for a
           * claim the writer leaves to it */
          if (use_claims_writer &&
              kaynak_claims_writer_append (string, document->claims->pdata[i]))
            continue;
          claim_start = string->len;
          if (!append_list_element (generator,
                                    claim_object (document->claims->pdata[i], &unknowns),
                                    scratch, string))
            goto fail;
          replace_unknown (string, claim_start, &unknowns);
        }
      g_string_append (string, "\n  ]");
    }
  g_string_append (string, ",\n");

  /* "  "links" : […]\n}": {"links": […]} without its opening brace */
  tail = json_object_new ();
  json_object_set_array_member (tail, "links", links_array (document, &unknowns));
  add_rejections (tail, document);
  add_unknown (tail, document->unknown[KAYNAK_UNKNOWN_TOP], &unknowns);
  g_string_truncate (scratch, 0);
  generate (generator, object_node (tail), scratch);
  replace_unknown (scratch, 0, &unknowns);
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
  g_auto(Unknowns) unknowns = { NULL };
  GString *string = g_string_new (NULL);
  JsonNode *root = document_tree (document, &unknowns);

  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, string);
  replace_unknown (string, 0, &unknowns);
  g_clear_object (&generator);
  _kaynak_json_release (root, (GDestroyNotify) json_node_unref, string->len);

  return string;
}

GBytes *
_kaynak_file_serialize_tree (KaynakDocument *document)
{
  g_autoptr(KaynakDocumentSnapshot) snapshot = kaynak_document_snapshot_new (document);
  GString *string = serialize_tree (snapshot);

  escape_unit_separators (string);
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
  escape_unit_separators (string);
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

      json_array_add_object_element (array, source_object (source, NULL));
    }
  json_object_set_array_member (root, "sources", array);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  generate (generator, node, string);
  escape_unit_separators (string);
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

JsonObject *
_kaynak_file_source_to_json (KaynakSource *source)
{
  return source_object (source, NULL);
}
