/* kaynak-format-codebook.c: what the exports carry of a document's
 * codebook (docs/CODEBOOK.md): the claim's verdict from the document's
 * scale and the values of its fields, and of its source's.
 *
 * One home for each format's part, so that the format files only call in.
 * A document without a scale and fields gets nothing here, which keeps
 * every export of such a document byte for byte as it was before
 * codebooks (the golden files of test-formats).
 *
 * Labels come from kaynak_document_claim_verdict_label() and values'
 * text from kaynak_document_dup_field_text(): what a claim shows in the
 * window is what an export says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-csv.h"
#include "kaynak-document-codebook.h"
#include "kaynak-field-values.h"
#include "kaynak-format-private.h"

#define KAYNAK_NS "https://kaynak.github.io/ns#"

gboolean
kaynak_format_has_codebook (KaynakDocument *document)
{
  return kaynak_document_get_verdicts (document)->len > 0 ||
         kaynak_document_get_fields (document)->len > 0;
}

static JsonNode *
field_value (const KaynakCodebookField *field,
             KaynakClaim               *claim,
             KaynakSource              *source)
{
  if (field->target == KAYNAK_FIELD_ON_CLAIM)
    return kaynak_claim_get_field (claim, field->id);
  return source != NULL ? kaynak_source_get_field (source, field->id) : NULL;
}

/* Whether @id is a field of @target in the definitions */
static gboolean
is_defined (GPtrArray         *fields,
            KaynakFieldTarget  target,
            const char        *id)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);

      if (field->target == target && g_strcmp0 (field->id, id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
append_member (GString    *out,
               gboolean   *first,
               const char *id,
               JsonNode   *value)
{
  g_autofree char *literal = json_to_string (value, FALSE);

  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  kaynak_json_append_string (out, id);
  g_string_append_c (out, ':');
  g_string_append (out, literal);
}

/* The values in the definitions' order, then those the definitions no
 * longer hold, as the document keeps them (never dropped) */
static void
append_fields_object (GString                   *out,
                      GPtrArray                 *fields,
                      KaynakFieldTarget          target,
                      KaynakClaim               *claim,
                      KaynakSource              *source)
{
  KaynakFieldValues *held = target == KAYNAK_FIELD_ON_CLAIM ? kaynak_claim_get_fields (claim)
                                                            : kaynak_source_get_fields (source);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);
      JsonNode *value;

      if (field->target != target)
        continue;
      value = field_value (field, claim, source);
      if (value != NULL)
        append_member (out, &first, field->id, value);
    }
  for (guint i = 0; held != NULL && i < kaynak_field_values_get_n (held); i++)
    if (!is_defined (fields, target, kaynak_field_values_get_id (held, i)))
      append_member (out, &first, kaynak_field_values_get_id (held, i),
                     kaynak_field_values_get_value (held, i));
  g_string_append_c (out, '}');
}

void
kaynak_format_append_codebook_jsonl (GString        *out,
                                     KaynakDocument *document,
                                     KaynakClaim    *claim,
                                     KaynakSource   *source)
{
  GPtrArray *fields = kaynak_document_get_fields (document);
  const char *verdict;

  if (!kaynak_format_has_codebook (document))
    return;
  verdict = kaynak_claim_get_verdict (claim);
  g_string_append (out, ",\"verdict\":");
  if (verdict != NULL)
    kaynak_json_append_string (out, verdict);
  else
    g_string_append (out, "null");
  g_string_append (out, ",\"verdict_label\":");
  kaynak_json_append_string (out, kaynak_document_claim_verdict_label (document, claim));
  g_string_append (out, ",\"fields\":");
  append_fields_object (out, fields, KAYNAK_FIELD_ON_CLAIM, claim, source);
  g_string_append (out, ",\"source_fields\":");
  if (source != NULL)
    append_fields_object (out, fields, KAYNAK_FIELD_ON_SOURCE, claim, source);
  else
    g_string_append (out, "null");
}

/* ",cell": one more cell of a row whose end the caller writes */
static void
append_cell (GString    *out,
             const char *text,
             gboolean    spreadsheet)
{
  g_string_append_c (out, ',');
  kaynak_csv_append_field (out, text ? text : "", -1, spreadsheet, FALSE);
  g_string_truncate (out, out->len - 1);
}

/* A value kept under a field id the definitions no longer hold gets a
 * column of its own after the definitions' columns, named by its id as
 * theirs are: "field:ID" or "source_field:ID" */
typedef struct
{
  char              *id;
  KaynakFieldTarget  target;
} StaleColumn;

struct _KaynakCsvColumns
{
  KaynakDocument *document;   /* the first article: its definitions */
  GArray         *stale;      /* StaleColumn, in first-met order */
};

static void
stale_column_clear (gpointer data)
{
  g_free (((StaleColumn *) data)->id);
}

static void
collect_stale (KaynakCsvColumns  *columns,
               GHashTable        *seen,
               GPtrArray         *fields,
               KaynakFieldTarget  target,
               KaynakFieldValues *held)
{
  for (guint i = 0; held != NULL && i < kaynak_field_values_get_n (held); i++)
    {
      const char *id = kaynak_field_values_get_id (held, i);
      g_autofree char *key = g_strdup_printf ("%d:%s", target, id);
      StaleColumn column;

      if (is_defined (fields, target, id) || g_hash_table_contains (seen, key))
        continue;
      column.id = g_strdup (id);
      column.target = target;
      g_array_append_val (columns->stale, column);
      g_hash_table_add (seen, g_steal_pointer (&key));
    }
}

KaynakCsvColumns *
kaynak_csv_columns_new (KaynakDocument *document)
{
  KaynakCsvColumns *columns = g_new0 (KaynakCsvColumns, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *fields = kaynak_document_get_fields (document);
  GListModel *model;

  columns->document = g_object_ref (document);
  columns->stale = g_array_new (FALSE, FALSE, sizeof (StaleColumn));
  g_array_set_clear_func (columns->stale, stale_column_clear);
  /* one pass over the claims and the sources */
  model = kaynak_document_get_claims (document);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (model, i);

      collect_stale (columns, seen, fields, KAYNAK_FIELD_ON_CLAIM, kaynak_claim_get_fields (claim));
    }
  model = kaynak_document_get_sources (document);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (model, i);

      collect_stale (columns, seen, fields, KAYNAK_FIELD_ON_SOURCE, kaynak_source_get_fields (source));
    }
  return columns;
}

void
kaynak_csv_columns_free (KaynakCsvColumns *columns)
{
  if (columns == NULL)
    return;
  g_object_unref (columns->document);
  g_array_unref (columns->stale);
  g_free (columns);
}

static char *
column_name (KaynakFieldTarget  target,
             const char        *id)
{
  return g_strconcat (target == KAYNAK_FIELD_ON_CLAIM ? "field:" : "source_field:", id, NULL);
}

void
kaynak_format_append_codebook_csv_header (GString          *out,
                                          KaynakCsvColumns *columns)
{
  GPtrArray *fields = kaynak_document_get_fields (columns->document);

  if (kaynak_format_has_codebook (columns->document))
    {
      g_string_append (out, ",verdict,verdict_label");
      for (guint i = 0; i < fields->len; i++)
        {
          const KaynakCodebookField *field = g_ptr_array_index (fields, i);
          g_autofree char *name = column_name (field->target, field->id);

          append_cell (out, name, FALSE);
        }
    }
  for (guint i = 0; i < columns->stale->len; i++)
    {
      StaleColumn *column = &g_array_index (columns->stale, StaleColumn, i);
      g_autofree char *name = column_name (column->target, column->id);

      append_cell (out, name, FALSE);
    }
}

/* The text of the value @claim or @source holds under @id in @document:
 * by its definition when @document defines it, else as the file keeps it */
static char *
value_text (KaynakDocument    *document,
            KaynakFieldTarget  target,
            const char        *id,
            KaynakClaim       *claim,
            KaynakSource      *source)
{
  const KaynakCodebookField *field = kaynak_document_find_field (document, id);
  KaynakFieldValues *held;
  JsonNode *value;

  if (field != NULL && field->target != target)
    field = NULL;
  held = target == KAYNAK_FIELD_ON_CLAIM ? kaynak_claim_get_fields (claim)
                                         : source != NULL ? kaynak_source_get_fields (source) : NULL;
  value = held != NULL ? kaynak_field_values_lookup (held, id) : NULL;
  return value != NULL ? kaynak_document_dup_field_text (document, field, value) : NULL;
}

void
kaynak_format_append_codebook_csv_row (GString          *out,
                                       KaynakCsvColumns *columns,
                                       KaynakDocument   *document,
                                       KaynakClaim      *claim,
                                       KaynakSource     *source,
                                       gboolean          spreadsheet)
{
  GPtrArray *fields;

  if (columns == NULL)
    return;
  if (kaynak_format_has_codebook (columns->document))
    {
      fields = kaynak_document_get_fields (columns->document);
      append_cell (out, kaynak_claim_get_verdict (claim), spreadsheet);
      append_cell (out, kaynak_document_claim_verdict_label (document, claim), spreadsheet);
      /* the columns are the first article's; another article's values go
       * in the column of the field of the same id, with its own
       * definitions */
      for (guint i = 0; i < fields->len; i++)
        {
          const KaynakCodebookField *column = g_ptr_array_index (fields, i);
          g_autofree char *text = value_text (document, column->target, column->id, claim, source);

          append_cell (out, text, spreadsheet);
        }
    }
  for (guint i = 0; i < columns->stale->len; i++)
    {
      StaleColumn *column = &g_array_index (columns->stale, StaleColumn, i);
      g_autofree char *text = value_text (document, column->target, column->id, claim, source);

      append_cell (out, text, spreadsheet);
    }
}

static char *
escape_segment (const char *s)
{
  return g_uri_escape_string (s, NULL, FALSE);
}

char *
kaynak_format_codebook_term (KaynakDocument *document,
                             const char     *field_id,
                             const char     *value_id)
{
  const char *codebook_id = kaynak_document_get_codebook_id (document);
  g_autofree char *book = escape_segment (codebook_id ? codebook_id : "document");
  g_autofree char *field = escape_segment (field_id ? field_id : "verdict");
  g_autofree char *value = escape_segment (value_id);

  /* verdicts and fields live in one namespace of ids per codebook, so a
   * field called "verdict" would share the scale's: keep them apart */
  return g_strconcat (KAYNAK_NS "codebook/", book, field_id ? "/field/" : "/", field, "/", value, NULL);
}

static void
append_w3c_body (KaynakJson *json,
                 const char *purpose,
                 const char *value,
                 const char *term,
                 const char *field_id)
{
  kaynak_json_begin_object (json, NULL);
  kaynak_json_string (json, "type", "TextualBody");
  kaynak_json_string (json, "purpose", purpose);
  kaynak_json_string (json, "value", value);
  /* The term is Kaynak's member, not the body's "id": the W3C test suite
   * takes any body with an "id" and no "source" for an External Web
   * Resource, which may not have a purpose (3.3.5) */
  if (term != NULL)
    kaynak_json_string (json, "kaynak:term", term);
  if (field_id != NULL)
    kaynak_json_string (json, "kaynak:field", field_id);
  kaynak_json_end_object (json);
}

void
kaynak_format_append_codebook_w3c (KaynakJson     *json,
                                   KaynakDocument *document,
                                   KaynakClaim    *claim)
{
  GPtrArray *fields = kaynak_document_get_fields (document);
  const char *verdict;
  const char *source_id;
  KaynakSource *source;

  if (!kaynak_format_has_codebook (document))
    return;
  verdict = kaynak_claim_get_verdict (claim);
  if (verdict != NULL)
    {
      g_autofree char *term = kaynak_format_codebook_term (document, NULL, verdict);

      append_w3c_body (json, "classifying", kaynak_document_claim_verdict_label (document, claim),
                       term, NULL);
    }
  source_id = kaynak_claim_get_source_id (claim);
  source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);
      JsonNode *value = field_value (field, claim, source);

      if (value == NULL)
        continue;
      switch (field->type)
        {
        case KAYNAK_FIELD_CHOICE:
        case KAYNAK_FIELD_YES_NO:
          {
            g_autofree char *text = kaynak_document_dup_field_text (document, field, value);
            g_autofree char *term = NULL;

            if (field->type == KAYNAK_FIELD_CHOICE)
              term = kaynak_format_codebook_term (document, field->id, json_node_get_string (value));
            else
              term = kaynak_format_codebook_term (document, field->id,
                                                  json_node_get_boolean (value) ? "yes" : "no");
            append_w3c_body (json, "classifying", text, term, field->id);
          }
          break;
        case KAYNAK_FIELD_CHOICES:
          /* a body per choice: each is a term of its own */
          {
            JsonArray *array = json_node_get_array (value);

            for (guint k = 0; k < json_array_get_length (array); k++)
              {
                const char *choice = json_array_get_string_element (array, k);
                g_autofree char *term = kaynak_format_codebook_term (document, field->id, choice);
                g_autoptr(JsonNode) one = json_node_new (JSON_NODE_ARRAY);
                g_autoptr(JsonArray) single = json_array_new ();
                g_autofree char *text = NULL;

                json_array_add_string_element (single, choice);
                json_node_set_array (one, single);
                text = kaynak_document_dup_field_text (document, field, one);
                append_w3c_body (json, "classifying", text, term, field->id);
              }
          }
          break;
        case KAYNAK_FIELD_NUMBER:
        case KAYNAK_FIELD_DATE:
        case KAYNAK_FIELD_TEXT:
        case KAYNAK_FIELD_LINK:
        default:
          {
            g_autofree char *text = kaynak_document_dup_field_text (document, field, value);

            append_w3c_body (json, "describing", text, NULL, field->id);
          }
          break;
        }
    }
}

/* Calls @func with the id and the text of each value @claim and then
 * @source hold that @fields no longer define, as the file keeps them */
typedef void (*StaleFunc) (const char *id,
                           const char *text,
                           gpointer    data);

static void
foreach_stale_value (KaynakDocument *document,
                     GPtrArray      *fields,
                     KaynakClaim    *claim,
                     KaynakSource   *source,
                     StaleFunc       func,
                     gpointer        data)
{
  for (int t = 0; t < 2; t++)
    {
      KaynakFieldTarget target = t == 0 ? KAYNAK_FIELD_ON_CLAIM : KAYNAK_FIELD_ON_SOURCE;
      KaynakFieldValues *held = target == KAYNAK_FIELD_ON_CLAIM ? kaynak_claim_get_fields (claim)
                                : source != NULL ? kaynak_source_get_fields (source) : NULL;

      for (guint i = 0; held != NULL && i < kaynak_field_values_get_n (held); i++)
        {
          const char *id = kaynak_field_values_get_id (held, i);
          g_autofree char *text = NULL;

          if (is_defined (fields, target, id))
            continue;
          text = kaynak_document_dup_field_text (document, NULL, kaynak_field_values_get_value (held, i));
          func (id, text, data);
        }
    }
}

typedef struct
{
  GString  *out;
  gboolean *open;
} HtmlStale;

static void
append_html_stale (const char *id,
                   const char *text,
                   gpointer    data)
{
  HtmlStale *stale = data;

  if (!*stale->open)
    g_string_append (stale->out, "<dl class=\"fields\">");
  *stale->open = TRUE;
  g_string_append (stale->out, "<dt>");
  kaynak_html_append_escaped (stale->out, id, -1);
  g_string_append (stale->out, "</dt><dd>");
  kaynak_html_append_escaped (stale->out, text, -1);
  g_string_append (stale->out, "</dd>");
}

static void
append_note_stale (const char *id,
                   const char *text,
                   gpointer    data)
{
  GString *notes = data;

  if (notes->len > 0)
    g_string_append (notes, "; ");
  g_string_append_printf (notes, "%s: %s", id, text);
}

void
kaynak_format_append_codebook_html (GString        *out,
                                    KaynakDocument *document,
                                    KaynakClaim    *claim,
                                    KaynakSource   *source)
{
  GPtrArray *fields = kaynak_document_get_fields (document);
  gboolean open = FALSE;

  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);
      JsonNode *value = field_value (field, claim, source);
      g_autofree char *text = NULL;

      if (value == NULL)
        continue;
      text = kaynak_document_dup_field_text (document, field, value);
      if (!open)
        g_string_append (out, "<dl class=\"fields\">");
      open = TRUE;
      g_string_append (out, "<dt>");
      kaynak_html_append_escaped (out, field->label, -1);
      g_string_append (out, "</dt><dd>");
      /* a link only to a web address: a file may keep a value the
       * definitions no longer check */
      if (field->type == KAYNAK_FIELD_LINK &&
          (g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://")))
        {
          g_string_append (out, "<a href=\"");
          kaynak_html_append_escaped (out, text, -1);
          g_string_append (out, "\">");
          kaynak_html_append_escaped (out, text, -1);
          g_string_append (out, "</a>");
        }
      else
        kaynak_html_append_escaped (out, text, -1);
      g_string_append (out, "</dd>");
    }
  /* values of fields the codebook no longer defines: under the field's
   * id, as the file keeps them, never dropped */
  {
    HtmlStale stale = { out, &open };

    foreach_stale_value (document, fields, claim, source, append_html_stale, &stale);
  }
  if (open)
    g_string_append (out, "</dl>");
}

/* --- brat ---------------------------------------------------------------- */

struct _KaynakBratFields
{
  GPtrArray  *names;   /* attribute names in first-seen order */
  GHashTable *values;  /* name → GPtrArray of values (NULL: binary) */
};

static void
unref_values (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

KaynakBratFields *
kaynak_brat_fields_new (void)
{
  KaynakBratFields *fields = g_new0 (KaynakBratFields, 1);

  fields->names = g_ptr_array_new_with_free_func (g_free);
  fields->values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          unref_values);
  return fields;
}

void
kaynak_brat_fields_free (KaynakBratFields *fields)
{
  if (fields == NULL)
    return;
  g_hash_table_unref (fields->values);
  g_ptr_array_unref (fields->names);
  g_free (fields);
}

char *
kaynak_brat_field_attribute (const char *field_id)
{
  g_autofree char *safe = NULL;

  if (field_id == NULL)
    return g_strdup ("Verdict");
  safe = kaynak_format_safe_type_name (field_id);
  /* the prefix keeps fields apart from entity types and Kaynak's own
   * attributes, which share brat's names */
  return g_strconcat ("Field_", safe, NULL);
}

/* brat reads values up to white space, "|" and ","; ids are made of
 * letters, digits and "-" by the codebook's rules, but a file may hold
 * anything */
static char *
brat_value (const char *id)
{
  GString *out = g_string_new (NULL);

  for (const char *p = id; *p; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) || *p == '-' || *p == '_' ? *p : '_');
  if (out->len == 0)
    g_string_append_c (out, '_');
  return g_string_free (out, FALSE);
}

static GPtrArray *
remember (KaynakBratFields *fields,
          const char       *name,
          gboolean          binary)
{
  GPtrArray *values;

  if (g_hash_table_lookup_extended (fields->values, name, NULL, (gpointer *) &values))
    return values;
  g_ptr_array_add (fields->names, g_strdup (name));
  values = binary ? NULL : g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (fields->values, g_ptr_array_index (fields->names, fields->names->len - 1),
                       values);
  return values;
}

static void
remember_value (GPtrArray  *values,
                const char *value)
{
  if (values == NULL)
    return;
  for (guint i = 0; i < values->len; i++)
    if (g_str_equal (g_ptr_array_index (values, i), value))
      return;
  g_ptr_array_add (values, g_strdup (value));
}

void
kaynak_brat_fields_append (KaynakBratFields *fields,
                           GString          *ann,
                           KaynakDocument   *document,
                           KaynakClaim      *claim,
                           guint             t_id,
                           guint            *n_attr,
                           guint            *n_note)
{
  GPtrArray *defs = kaynak_document_get_fields (document);
  const char *source_id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = source_id ? kaynak_document_lookup_source (document, source_id) : NULL;
  const char *verdict = kaynak_claim_get_verdict (claim);
  g_autoptr(GString) notes = g_string_new (NULL);

  if (!kaynak_format_has_codebook (document))
    return;
  if (verdict != NULL)
    {
      g_autofree char *value = brat_value (verdict);

      remember_value (remember (fields, "Verdict", FALSE), value);
      g_string_append_printf (ann, "A%u\tVerdict T%u %s\n", ++*n_attr, t_id, value);
    }
  for (guint i = 0; i < defs->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (defs, i);
      JsonNode *value = field_value (field, claim, source);
      g_autofree char *name = NULL;

      if (value == NULL)
        continue;
      name = kaynak_brat_field_attribute (field->id);
      if (field->type == KAYNAK_FIELD_YES_NO)
        {
          remember (fields, name, TRUE);
          /* a binary attribute is there or not: "no" is its absence */
          if (json_node_get_boolean (value))
            g_string_append_printf (ann, "A%u\t%s T%u\n", ++*n_attr, name, t_id);
        }
      else if (field->type == KAYNAK_FIELD_CHOICE)
        {
          g_autofree char *choice = brat_value (json_node_get_string (value));

          remember_value (remember (fields, name, FALSE), choice);
          g_string_append_printf (ann, "A%u\t%s T%u %s\n", ++*n_attr, name, t_id, choice);
        }
      else
        {
          g_autofree char *text = kaynak_document_dup_field_text (document, field, value);

          if (notes->len > 0)
            g_string_append (notes, "; ");
          g_string_append_printf (notes, "%s: %s", field->label, text);
        }
    }
  /* values of fields the codebook no longer defines: in the note, under
   * the field's id (an attribute would need a definition to be typed) */
  foreach_stale_value (document, defs, claim, source, append_note_stale, notes);
  if (notes->len > 0)
    {
      g_string_append_printf (ann, "#%u\tAnnotatorNotes T%u\t", ++*n_note, t_id);
      kaynak_format_append_one_line (ann, notes->str);
      g_string_append_c (ann, '\n');
    }
}

void
kaynak_brat_fields_append_conf (KaynakBratFields *fields,
                                GString          *conf)
{
  for (guint i = 0; i < fields->names->len; i++)
    {
      const char *name = g_ptr_array_index (fields->names, i);
      GPtrArray *values = g_hash_table_lookup (fields->values, name);

      g_string_append_printf (conf, "%s\tArg:<ENTITY>", name);
      if (values != NULL)
        {
          g_string_append (conf, ", Value:");
          for (guint k = 0; k < values->len; k++)
            g_string_append_printf (conf, "%s%s", k ? "|" : "", (char *) g_ptr_array_index (values, k));
        }
      g_string_append_c (conf, '\n');
    }
}
