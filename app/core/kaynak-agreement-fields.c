/* kaynak-agreement-fields.c: agreement on a codebook's verdict and fields
 * (the rules are in the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kaynak-agreement-fields.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-reliability.h"

const char *
kaynak_field_agreement_method_to_string (KaynakFieldAgreementMethod method)
{
  switch (method)
    {
    case KAYNAK_FIELD_AGREEMENT_NOMINAL:
      return "nominal";
    case KAYNAK_FIELD_AGREEMENT_INTERVAL:
      return "interval";
    case KAYNAK_FIELD_AGREEMENT_MASI:
      return "masi";
    case KAYNAK_FIELD_AGREEMENT_LISTED:
    default:
      return "listed";
    }
}

const char *
kaynak_field_agreement_type_id (const KaynakFieldAgreement *field)
{
  switch (field->of)
    {
    case KAYNAK_FIELD_AGREEMENT_OF_VERDICT:
      return "verdict";
    case KAYNAK_FIELD_AGREEMENT_OF_ATTRIBUTION:
      return "attribution";
    case KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE:
      return "source-type";
    case KAYNAK_FIELD_AGREEMENT_OF_FIELD:
    default:
      return kaynak_field_type_to_string (field->type);
    }
}

static void
difference_free (gpointer data)
{
  KaynakFieldDifference *difference = data;

  g_free (difference->where);
  g_strfreev (difference->values);
  g_free (difference);
}

static void
field_agreement_free (gpointer data)
{
  KaynakFieldAgreement *field = data;

  g_free (field->id);
  g_free (field->label);
  g_clear_pointer (&field->differences, g_ptr_array_unref);
  g_free (field);
}

static KaynakFieldAgreementMethod
method_of (KaynakFieldType type)
{
  switch (type)
    {
    case KAYNAK_FIELD_CHOICE:
    case KAYNAK_FIELD_YES_NO:
      return KAYNAK_FIELD_AGREEMENT_NOMINAL;
    case KAYNAK_FIELD_NUMBER:
    case KAYNAK_FIELD_DATE:
      return KAYNAK_FIELD_AGREEMENT_INTERVAL;
    case KAYNAK_FIELD_CHOICES:
      return KAYNAK_FIELD_AGREEMENT_MASI;
    case KAYNAK_FIELD_TEXT:
    case KAYNAK_FIELD_LINK:
    default:
      return KAYNAK_FIELD_AGREEMENT_LISTED;
    }
}

/* The definition of @field in @document when it is the same field (same
 * type and target), else NULL: that document does not count for it */
static const KaynakCodebookField *
same_field (KaynakDocument       *document,
            KaynakFieldAgreement *field)
{
  const KaynakCodebookField *def = kaynak_document_find_field (document, field->id);

  if (def == NULL || def->type != field->type || def->target != field->target)
    return NULL;
  return def;
}

/* The day number of "YYYY-MM-DD" (days since 1 January of year 1) */
static gboolean
day_number (const char *date,
            double     *day)
{
  int year, month, mday;
  char end;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d%c", &year, &month, &mday, &end) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;
  {
    GDate d;

    g_date_clear (&d, 1);
    g_date_set_dmy (&d, mday, month, year);
    *day = g_date_get_julian (&d);
  }
  return TRUE;
}

static guint
intern (GHashTable *categories,
        const char *id)
{
  gpointer found;

  if (g_hash_table_lookup_extended (categories, id, NULL, &found))
    return GPOINTER_TO_UINT (found);
  g_hash_table_insert (categories, g_strdup (id), GUINT_TO_POINTER (g_hash_table_size (categories)));
  return g_hash_table_size (categories) - 1;
}

/* One annotator's value for a unit, as the reliability counts it; @set
 * holds a MASI value's members until the unit is added */
static gboolean
to_reliability (KaynakFieldAgreement   *field,
                JsonNode               *node,
                GHashTable             *categories,
                GArray                 *set,
                KaynakReliabilityValue *value)
{
  memset (value, 0, sizeof *value);
  if (node == NULL)
    return FALSE;
  switch (field->method)
    {
    case KAYNAK_FIELD_AGREEMENT_NOMINAL:
      if (field->type == KAYNAK_FIELD_YES_NO)
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            return FALSE;
          value->category = intern (categories, json_node_get_boolean (node) ? "yes" : "no");
        }
      else
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return FALSE;
          value->category = intern (categories, json_node_get_string (node));
        }
      break;
    case KAYNAK_FIELD_AGREEMENT_INTERVAL:
      if (!JSON_NODE_HOLDS_VALUE (node))
        return FALSE;
      if (field->type == KAYNAK_FIELD_DATE)
        {
          if (json_node_get_value_type (node) != G_TYPE_STRING ||
              !day_number (json_node_get_string (node), &value->number))
            return FALSE;
        }
      else
        {
          GType type = json_node_get_value_type (node);

          if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
            return FALSE;
          value->number = json_node_get_double (node);
        }
      break;
    case KAYNAK_FIELD_AGREEMENT_MASI:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return FALSE;
      {
        JsonArray *array = json_node_get_array (node);
        guint start = set->len;

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            const char *id = json_array_get_string_element (array, i);
            guint category;
            gboolean seen = FALSE;

            if (id == NULL)
              continue;
            category = intern (categories, id);
            for (guint k = start; k < set->len && !seen; k++)
              seen = g_array_index (set, guint, k) == category;
            if (!seen)
              g_array_append_val (set, category);
          }
        /* the pointer is taken once the unit's values are all in */
        value->set = GUINT_TO_POINTER (start);
        value->set_len = set->len - start;
      }
      break;
    case KAYNAK_FIELD_AGREEMENT_LISTED:
    default:
      break;
    }
  value->present = TRUE;
  return TRUE;
}

/* One unit: @nodes[a] annotator a's value (NULL: none), @had[a] whether
 * it had the unit to code */
static void
add_unit (KaynakFieldAgreement *field,
          KaynakReliability    *reliability,
          GHashTable           *categories,
          JsonNode            **nodes,
          char                **texts,
          const gboolean       *had,
          guint                 n,
          guint                 document,
          const char           *where)
{
  g_autofree KaynakReliabilityValue *values = g_new0 (KaynakReliabilityValue, n);
  g_autoptr(GArray) set = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_present = 0, n_had = 0;

  for (guint a = 0; a < n; a++)
    {
      n_had += had[a] ? 1 : 0;
      if (had[a] && nodes[a] != NULL)
        {
          if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED || reliability == NULL)
            {
              values[a].present = TRUE;
              n_present++;
            }
          else if (to_reliability (field, nodes[a], categories, set, &values[a]))
            n_present++;
        }
    }
  if (n_present >= 2)
    field->n_units++;

  if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
    {
      gboolean differ = FALSE;
      const char *first = NULL;
      gboolean first_set = FALSE;

      if (n_present == 0 || n_had < 2)
        return;
      for (guint a = 0; a < n; a++)
        {
          if (!had[a])
            continue;
          if (!first_set)
            {
              first = texts[a];
              first_set = TRUE;
            }
          else if (g_strcmp0 (first, texts[a]) != 0)
            differ = TRUE;
        }
      if (differ)
        {
          KaynakFieldDifference *difference = g_new0 (KaynakFieldDifference, 1);

          difference->document = document;
          difference->where = g_strdup (where);
          difference->values = g_new0 (char *, n + 1);
          for (guint a = 0; a < n; a++)
            difference->values[a] = g_strdup (texts[a] ? texts[a] : "");
          g_ptr_array_add (field->differences, difference);
        }
      return;
    }

  if (field->method == KAYNAK_FIELD_AGREEMENT_MASI)
    for (guint a = 0; a < n; a++)
      if (values[a].present)
        values[a].set = &g_array_index (set, guint, GPOINTER_TO_UINT (values[a].set));
  kaynak_reliability_add_unit (reliability, values, MAX (n_had, 1));
}

static char *
quote_of (KaynakAgreementFiles      *files,
          guint                      document,
          const KaynakAgreementSpan *span)
{
  const char *text = g_ptr_array_index (files->texts, document);
  const char *start = g_utf8_offset_to_pointer (text, span->start);
  const char *end = g_utf8_offset_to_pointer (start, span->end - span->start);

  return g_strndup (start, end - start);
}

static void
compute_claims (KaynakAgreementFiles *files,
                KaynakFieldAgreement *field,
                GPtrArray            *units,
                KaynakReliability    *reliability,
                GHashTable           *categories)
{
  guint n = files->annotators->len;
  g_autofree JsonNode **nodes = g_new0 (JsonNode *, n);
  g_autofree gboolean *had = g_new0 (gboolean, n);
  g_auto(GStrv) texts = g_new0 (char *, n + 1);

  for (guint u = 0; u < units->len; u++)
    {
      const KaynakDisagreement *unit = g_ptr_array_index (units, u);
      const KaynakAgreementSpan *first = NULL;
      g_autofree char *where = NULL;

      for (guint a = 0; a < n; a++)
        {
          const KaynakAgreementSpan *span = unit->spans[a];
          KaynakDocument *document = kaynak_agreement_files_get_document (files, unit->document, a);
          g_autoptr(KaynakClaim) claim = NULL;
          const KaynakCodebookField *def = NULL;

          nodes[a] = NULL;
          g_clear_pointer (&texts[a], g_free);
          had[a] = span != NULL && document != NULL;
          if (!had[a])
            continue;
          if (first == NULL)
            first = span;
          claim = g_list_model_get_item (kaynak_document_get_claims (document), span->claim);
          if (claim == NULL)
            continue;
          if (field->of != KAYNAK_FIELD_AGREEMENT_OF_FIELD)
            {
              const char *id = field->of == KAYNAK_FIELD_AGREEMENT_OF_VERDICT
                               ? kaynak_claim_get_verdict (claim)
                               : kaynak_document_claim_attribution_id (document, claim);

              if (id != NULL)
                {
                  nodes[a] = json_node_new (JSON_NODE_VALUE);
                  json_node_set_string (nodes[a], id);
                }
              continue;
            }
          def = same_field (document, field);
          if (def == NULL)
            continue;
          nodes[a] = kaynak_claim_get_field (claim, field->id);
          if (nodes[a] != NULL)
            {
              nodes[a] = json_node_copy (nodes[a]);
              if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
                texts[a] = kaynak_document_dup_field_text (document, def, nodes[a]);
            }
        }
      if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED && first != NULL)
        where = quote_of (files, unit->document, first);
      add_unit (field, reliability, categories, nodes, texts, had, n, unit->document, where);
      for (guint a = 0; a < n; a++)
        g_clear_pointer (&nodes[a], json_node_unref);
    }
}

static void
compute_sources (KaynakAgreementFiles *files,
                 KaynakFieldAgreement *field,
                 KaynakReliability    *reliability,
                 GHashTable           *categories)
{
  guint n = files->annotators->len;
  guint n_documents = kaynak_agreement_get_n_documents (files->agreement);
  g_autofree JsonNode **nodes = g_new0 (JsonNode *, n);
  g_autofree gboolean *had = g_new0 (gboolean, n);
  g_auto(GStrv) texts = g_new0 (char *, n + 1);

  for (guint d = 0; d < n_documents; d++)
    {
      /* the article's source ids, in the order first met */
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint a = 0; a < n; a++)
        {
          KaynakDocument *document = kaynak_agreement_files_get_document (files, d, a);
          GListModel *sources;

          if (document == NULL)
            continue;
          sources = kaynak_document_get_sources (document);
          for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
            {
              g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
              const char *id = kaynak_source_get_id (source);

              /* the id lives as long as the document, which files holds */
              if (g_hash_table_add (seen, (gpointer) id))
                g_ptr_array_add (ids, (gpointer) id);
            }
        }
      for (guint s = 0; s < ids->len; s++)
        {
          const char *id = g_ptr_array_index (ids, s);

          for (guint a = 0; a < n; a++)
            {
              KaynakDocument *document = kaynak_agreement_files_get_document (files, d, a);
              KaynakSource *source = document ? kaynak_document_lookup_source (document, id) : NULL;
              const KaynakCodebookField *def = NULL;

              nodes[a] = NULL;
              g_clear_pointer (&texts[a], g_free);
              had[a] = source != NULL;
              if (source != NULL && field->of == KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE)
                {
                  KaynakSourceType type = kaynak_source_get_source_type (source);

                  if (type != KAYNAK_SOURCE_TYPE_UNSET)
                    {
                      nodes[a] = json_node_new (JSON_NODE_VALUE);
                      json_node_set_string (nodes[a], kaynak_source_type_to_id (type));
                    }
                  continue;
                }
              def = document ? same_field (document, field) : NULL;
              if (source == NULL || def == NULL)
                continue;
              nodes[a] = kaynak_source_get_field (source, field->id);
              if (nodes[a] != NULL)
                {
                  nodes[a] = json_node_copy (nodes[a]);
                  if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
                    texts[a] = kaynak_document_dup_field_text (document, def, nodes[a]);
                }
            }
          add_unit (field, reliability, categories, nodes, texts, had, n, d, id);
          for (guint a = 0; a < n; a++)
            g_clear_pointer (&nodes[a], json_node_unref);
        }
    }
}

static KaynakFieldAgreement *
field_agreement_new (KaynakFieldAgreementOf  of,
                     const char             *id,
                     const char             *label,
                     KaynakFieldTarget       target,
                     KaynakFieldType         type)
{
  KaynakFieldAgreement *field = g_new0 (KaynakFieldAgreement, 1);

  field->of = of;
  field->id = g_strdup (id);
  field->label = g_strdup (label);
  field->target = target;
  field->type = type;
  /* Kaynak's own values are ids of closed lists: nominal */
  field->method = of != KAYNAK_FIELD_AGREEMENT_OF_FIELD ? KAYNAK_FIELD_AGREEMENT_NOMINAL : method_of (type);
  if (field->method == KAYNAK_FIELD_AGREEMENT_LISTED)
    field->differences = g_ptr_array_new_with_free_func (difference_free);
  return field;
}

/* The attribution and the source type, when a document says them (the
 * rule is in the header); one pass over the claims and sources */
static void
add_attribution_and_type (KaynakAgreementFiles *files,
                          GPtrArray            *result)
{
  gboolean attribution = FALSE, type = FALSE;

  for (guint i = 0; i < files->documents->len && !(attribution && type); i++)
    {
      KaynakDocument *document = g_ptr_array_index (files->documents, i);
      GListModel *model;

      if (document == NULL)
        continue;
      model = kaynak_document_get_claims (document);
      for (guint c = 0; c < g_list_model_get_n_items (model) && !attribution; c++)
        {
          g_autoptr(KaynakClaim) claim = g_list_model_get_item (model, c);

          attribution = kaynak_claim_get_attribution (claim, NULL);
        }
      model = kaynak_document_get_sources (document);
      for (guint s = 0; s < g_list_model_get_n_items (model) && !type; s++)
        {
          g_autoptr(KaynakSource) source = g_list_model_get_item (model, s);

          type = kaynak_source_get_source_type (source) != KAYNAK_SOURCE_TYPE_UNSET;
        }
    }
  if (attribution)
    g_ptr_array_add (result, field_agreement_new (KAYNAK_FIELD_AGREEMENT_OF_ATTRIBUTION, NULL,
                                                  _("Attribution"), KAYNAK_FIELD_ON_CLAIM,
                                                  KAYNAK_FIELD_CHOICE));
  if (type)
    g_ptr_array_add (result, field_agreement_new (KAYNAK_FIELD_AGREEMENT_OF_SOURCE_TYPE, NULL,
                                                  _("Source type"), KAYNAK_FIELD_ON_SOURCE,
                                                  KAYNAK_FIELD_CHOICE));
}

GPtrArray *
kaynak_agreement_fields_compute (KaynakAgreementFiles *files)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (field_agreement_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) units = NULL;
  gboolean has_scale = FALSE;
  guint n = files->annotators->len;

  if (files->documents == NULL)
    return result;
  /* the definitions: the verdict, then every field in the order met */
  for (guint i = 0; i < files->documents->len; i++)
    {
      KaynakDocument *document = g_ptr_array_index (files->documents, i);

      if (document != NULL && kaynak_document_get_verdicts (document)->len > 0)
        has_scale = TRUE;
    }
  if (has_scale)
    g_ptr_array_add (result, field_agreement_new (KAYNAK_FIELD_AGREEMENT_OF_VERDICT, NULL, _("Verdict"),
                                                  KAYNAK_FIELD_ON_CLAIM, KAYNAK_FIELD_CHOICE));
  for (guint i = 0; i < files->documents->len; i++)
    {
      KaynakDocument *document = g_ptr_array_index (files->documents, i);
      GPtrArray *fields;

      if (document == NULL)
        continue;
      fields = kaynak_document_get_fields (document);
      for (guint f = 0; f < fields->len; f++)
        {
          const KaynakCodebookField *def = g_ptr_array_index (fields, f);
          KaynakFieldAgreement *field;

          if (g_hash_table_contains (ids, def->id))
            continue;
          field = field_agreement_new (KAYNAK_FIELD_AGREEMENT_OF_FIELD, def->id, def->label,
                                       def->target, def->type);
          g_ptr_array_add (result, field);
          g_hash_table_add (ids, field->id);
        }
    }
  add_attribution_and_type (files, result);
  if (result->len == 0)
    return result;

  units = kaynak_agreement_list_units (files->agreement);
  for (guint i = 0; i < result->len; i++)
    {
      KaynakFieldAgreement *field = g_ptr_array_index (result, i);
      g_autoptr(KaynakReliability) reliability = NULL;
      g_autoptr(GHashTable) categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      switch (field->method)
        {
        case KAYNAK_FIELD_AGREEMENT_NOMINAL:
          reliability = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, n);
          break;
        case KAYNAK_FIELD_AGREEMENT_INTERVAL:
          reliability = kaynak_reliability_new (KAYNAK_RELIABILITY_INTERVAL, n);
          break;
        case KAYNAK_FIELD_AGREEMENT_MASI:
          reliability = kaynak_reliability_new (KAYNAK_RELIABILITY_MASI, n);
          break;
        case KAYNAK_FIELD_AGREEMENT_LISTED:
        default:
          break;
        }
      if (field->target == KAYNAK_FIELD_ON_CLAIM)
        compute_claims (files, field, units, reliability, categories);
      else
        compute_sources (files, field, reliability, categories);
      if (reliability != NULL)
        {
          field->n_values = kaynak_reliability_get_n_values (reliability);
          field->alpha = kaynak_reliability_get_alpha (reliability);
          if (field->method == KAYNAK_FIELD_AGREEMENT_NOMINAL)
            field->kappa = kaynak_reliability_get_kappa (reliability);
        }
    }
  return result;
}
