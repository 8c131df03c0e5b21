/* kaynak-codebook-stats.c: claims per verdict and per field value (the
 * rules are in the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-codebook-stats.h"
#include "kaynak-document-codebook.h"

typedef struct
{
  char  *id;
  char  *label;
  guint  count;
} Row;

/* Rows in the order they were first met, found by id in constant time */
typedef struct
{
  GPtrArray  *rows;
  GHashTable *index;
} RowList;

typedef struct
{
  char              *id;
  char              *label;
  KaynakFieldType    type;
  KaynakFieldTarget  target;
  guint              filled, empty;
  RowList            values;     /* choice, choices */
  guint              yes, no;    /* yes/no */
  guint              n;          /* numbers */
  double             min, max, sum;
  char              *earliest;   /* dates */
  char              *latest;
} FieldStats;

struct _KaynakCodebookStats
{
  gboolean    any;
  RowList     verdicts;
  guint       no_verdict;
  GPtrArray  *fields;          /* FieldStats */
  GHashTable *fields_by_id;
};

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->id);
  g_free (row->label);
  g_free (row);
}

static void
row_list_init (RowList *list)
{
  list->rows = g_ptr_array_new_with_free_func (row_free);
  list->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
row_list_clear (RowList *list)
{
  g_clear_pointer (&list->index, g_hash_table_unref);
  g_clear_pointer (&list->rows, g_ptr_array_unref);
}

static Row *
row_list_get (RowList    *list,
              const char *id,
              const char *label)
{
  Row *row = g_hash_table_lookup (list->index, id);

  if (row != NULL)
    return row;
  row = g_new0 (Row, 1);
  row->id = g_strdup (id);
  row->label = g_strdup (label != NULL ? label : id);
  g_ptr_array_add (list->rows, row);
  g_hash_table_insert (list->index, row->id, row);
  return row;
}

static void
field_stats_free (gpointer data)
{
  FieldStats *field = data;

  g_free (field->id);
  g_free (field->label);
  row_list_clear (&field->values);
  g_free (field->earliest);
  g_free (field->latest);
  g_free (field);
}

KaynakCodebookStats *
kaynak_codebook_stats_new (void)
{
  KaynakCodebookStats *self = g_new0 (KaynakCodebookStats, 1);

  row_list_init (&self->verdicts);
  self->fields = g_ptr_array_new_with_free_func (field_stats_free);
  self->fields_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
kaynak_codebook_stats_free (KaynakCodebookStats *self)
{
  if (self == NULL)
    return;
  row_list_clear (&self->verdicts);
  g_hash_table_unref (self->fields_by_id);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

gboolean
kaynak_codebook_stats_is_empty (KaynakCodebookStats *self)
{
  return !self->any;
}

guint
kaynak_codebook_stats_get_n_verdicts (KaynakCodebookStats *self)
{
  return self->verdicts.rows->len;
}

void
kaynak_codebook_stats_get_verdict (KaynakCodebookStats *self,
                                   guint                i,
                                   const char         **id,
                                   const char         **label,
                                   guint               *claims)
{
  Row *row;

  g_return_if_fail (i < self->verdicts.rows->len);
  row = g_ptr_array_index (self->verdicts.rows, i);
  if (id != NULL)
    *id = row->id;
  if (label != NULL)
    *label = row->label;
  if (claims != NULL)
    *claims = row->count;
}

guint
kaynak_codebook_stats_get_no_verdict (KaynakCodebookStats *self)
{
  return self->no_verdict;
}

static const char *
choice_label (const KaynakCodebookField *field,
              const char                *id)
{
  for (guint i = 0; i < field->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

      if (g_strcmp0 (choice->id, id) == 0)
        return choice->label;
    }
  return id;
}

static FieldStats *
field_stats_get (KaynakCodebookStats       *self,
                 const KaynakCodebookField *field)
{
  FieldStats *stats = g_hash_table_lookup (self->fields_by_id, field->id);

  if (stats == NULL)
    {
      stats = g_new0 (FieldStats, 1);
      stats->id = g_strdup (field->id);
      stats->label = g_strdup (field->label);
      stats->type = field->type;
      stats->target = field->target;
      row_list_init (&stats->values);
      g_ptr_array_add (self->fields, stats);
      g_hash_table_insert (self->fields_by_id, stats->id, stats);
    }
  /* another codebook's field of this id and another type or target is
   * not the same field: its values are not added to this one's */
  if (stats->type != field->type || stats->target != field->target)
    return NULL;
  /* the definition's choices first, in its order, also those never chosen */
  for (guint i = 0; i < field->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

      row_list_get (&stats->values, choice->id, choice->label);
    }
  return stats;
}

static void
count_value (FieldStats                *stats,
             const KaynakCodebookField *field,
             JsonNode                  *value)
{
  if (value == NULL)
    {
      stats->empty++;
      return;
    }
  stats->filled++;
  switch (field->type)
    {
    case KAYNAK_FIELD_CHOICE:
      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        {
          const char *id = json_node_get_string (value);

          row_list_get (&stats->values, id, choice_label (field, id))->count++;
        }
      break;
    case KAYNAK_FIELD_CHOICES:
      if (JSON_NODE_HOLDS_ARRAY (value))
        {
          JsonArray *array = json_node_get_array (value);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              const char *id = json_array_get_string_element (array, i);

              if (id != NULL)
                row_list_get (&stats->values, id, choice_label (field, id))->count++;
            }
        }
      break;
    case KAYNAK_FIELD_YES_NO:
      if (JSON_NODE_HOLDS_VALUE (value))
        {
          if (json_node_get_boolean (value))
            stats->yes++;
          else
            stats->no++;
        }
      break;
    case KAYNAK_FIELD_NUMBER:
      if (JSON_NODE_HOLDS_VALUE (value))
        {
          double number = json_node_get_double (value);

          stats->min = stats->n == 0 ? number : MIN (stats->min, number);
          stats->max = stats->n == 0 ? number : MAX (stats->max, number);
          stats->sum += number;
          stats->n++;
        }
      break;
    case KAYNAK_FIELD_DATE:
      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        {
          const char *date = json_node_get_string (value);

          /* YYYY-MM-DD sorts as text */
          if (stats->earliest == NULL || strcmp (date, stats->earliest) < 0)
            {
              g_free (stats->earliest);
              stats->earliest = g_strdup (date);
            }
          if (stats->latest == NULL || strcmp (date, stats->latest) > 0)
            {
              g_free (stats->latest);
              stats->latest = g_strdup (date);
            }
        }
      break;
    case KAYNAK_FIELD_TEXT:
    case KAYNAK_FIELD_LINK:
    default:
      break;
    }
}

void
kaynak_codebook_stats_add_document (KaynakCodebookStats *self,
                                    KaynakDocument      *document)
{
  GPtrArray *verdicts = kaynak_document_get_verdicts (document);
  GPtrArray *fields = kaynak_document_get_fields (document);
  GListModel *claims = kaynak_document_get_claims (document);
  GListModel *sources = kaynak_document_get_sources (document);
  guint n_claims = g_list_model_get_n_items (claims);
  guint n_sources = g_list_model_get_n_items (sources);

  if (verdicts->len == 0 && fields->len == 0)
    return;
  self->any = TRUE;

  if (verdicts->len > 0)
    {
      for (guint i = 0; i < verdicts->len; i++)
        {
          const KaynakCodebookValue *verdict = g_ptr_array_index (verdicts, i);

          row_list_get (&self->verdicts, verdict->id, verdict->label);
        }
      for (guint i = 0; i < n_claims; i++)
        {
          g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
          const char *id = kaynak_claim_get_verdict (claim);

          if (id == NULL)
            self->no_verdict++;
          else
            row_list_get (&self->verdicts, id,
                          kaynak_document_claim_verdict_label (document, claim))->count++;
        }
    }

  for (guint f = 0; f < fields->len; f++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, f);
      FieldStats *stats = field_stats_get (self, field);

      if (stats == NULL)
        continue;
      if (field->target == KAYNAK_FIELD_ON_CLAIM)
        for (guint i = 0; i < n_claims; i++)
          {
            g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);

            count_value (stats, field, kaynak_claim_get_field (claim, field->id));
          }
      else
        for (guint i = 0; i < n_sources; i++)
          {
            g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);

            count_value (stats, field, kaynak_source_get_field (source, field->id));
          }
    }
}

static int
count_width (guint n)
{
  int width = 1;

  while (n >= 10)
    {
      n /= 10;
      width++;
    }
  return width;
}

static const char *
type_label (KaynakFieldType type)
{
  switch (type)
    {
    case KAYNAK_FIELD_CHOICE:
      return _("one choice");
    case KAYNAK_FIELD_CHOICES:
      return _("several choices");
    case KAYNAK_FIELD_NUMBER:
      return _("number");
    case KAYNAK_FIELD_DATE:
      return _("date");
    case KAYNAK_FIELD_TEXT:
      return _("text");
    case KAYNAK_FIELD_LINK:
      return _("link");
    case KAYNAK_FIELD_YES_NO:
    default:
      return _("yes/no");
    }
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* as people read it: at most three decimals, none when whole */
  g_ascii_formatd (buf, sizeof buf, "%.3f", value);
  for (char *end = buf + strlen (buf) - 1; strchr (buf, '.') != NULL && (*end == '0' || *end == '.'); end--)
    {
      gboolean dot = *end == '.';

      *end = '\0';
      if (dot)
        break;
    }
  return g_strdup (buf);
}

void
kaynak_codebook_stats_append_text (KaynakCodebookStats *self,
                                   GString             *out)
{
  guint max = self->no_verdict;
  int width;

  if (!self->any)
    return;
  for (guint i = 0; i < self->verdicts.rows->len; i++)
    max = MAX (max, ((Row *) g_ptr_array_index (self->verdicts.rows, i))->count);
  for (guint f = 0; f < self->fields->len; f++)
    {
      FieldStats *field = g_ptr_array_index (self->fields, f);

      max = MAX (max, MAX (field->yes, field->no));
      for (guint i = 0; i < field->values.rows->len; i++)
        max = MAX (max, ((Row *) g_ptr_array_index (field->values.rows, i))->count);
    }
  width = count_width (max);

  if (self->verdicts.rows->len > 0)
    {
      g_string_append_printf (out, "  %s\n", _("Verdicts"));
      for (guint i = 0; i < self->verdicts.rows->len; i++)
        {
          Row *row = g_ptr_array_index (self->verdicts.rows, i);

          g_string_append_printf (out, "    %*u  %s\n", width, row->count, row->label);
        }
      g_string_append_printf (out, "    %*u  %s\n", width, self->no_verdict, _("No verdict"));
    }
  if (self->fields->len == 0)
    return;
  g_string_append_printf (out, "  %s\n", _("Fields"));
  for (guint f = 0; f < self->fields->len; f++)
    {
      FieldStats *field = g_ptr_array_index (self->fields, f);

      /* e.g. "Topic (one choice, claims): 4 filled, 1 empty" */
      g_string_append_printf (out, "    %s (%s, %s): ", field->label, type_label (field->type),
                              field->target == KAYNAK_FIELD_ON_CLAIM ? _("claims") : _("sources"));
      g_string_append_printf (out, _("%u filled, %u empty"), field->filled, field->empty);
      if (field->type == KAYNAK_FIELD_NUMBER && field->n > 0)
        {
          g_autofree char *min = format_number (field->min);
          g_autofree char *max_text = format_number (field->max);
          g_autofree char *mean = format_number (field->sum / field->n);

          g_string_append (out, "; ");
          g_string_append_printf (out, _("least %s, greatest %s, mean %s"), min, max_text, mean);
        }
      if (field->type == KAYNAK_FIELD_DATE && field->earliest != NULL)
        {
          g_string_append (out, "; ");
          g_string_append_printf (out, _("earliest %s, latest %s"), field->earliest, field->latest);
        }
      g_string_append_c (out, '\n');
      for (guint i = 0; i < field->values.rows->len; i++)
        {
          Row *row = g_ptr_array_index (field->values.rows, i);

          g_string_append_printf (out, "      %*u  %s\n", width, row->count, row->label);
        }
      if (field->type == KAYNAK_FIELD_YES_NO)
        {
          g_string_append_printf (out, "      %*u  %s\n", width, field->yes, _("yes"));
          g_string_append_printf (out, "      %*u  %s\n", width, field->no, _("no"));
        }
    }
}

static void
add_rows (JsonBuilder *builder,
          const char  *member,
          const char  *count_name,
          RowList     *list)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < list->rows->len; i++)
    {
      Row *row = g_ptr_array_index (list->rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, row->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, row->label);
      json_builder_set_member_name (builder, count_name);
      json_builder_add_int_value (builder, row->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
kaynak_codebook_stats_build_json (KaynakCodebookStats *self,
                                  JsonBuilder         *builder)
{
  if (!self->any)
    return;
  add_rows (builder, "verdicts", "claims", &self->verdicts);
  json_builder_set_member_name (builder, "no_verdict");
  json_builder_add_int_value (builder, self->no_verdict);
  json_builder_set_member_name (builder, "fields");
  json_builder_begin_array (builder);
  for (guint f = 0; f < self->fields->len; f++)
    {
      FieldStats *field = g_ptr_array_index (self->fields, f);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, field->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, field->label);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, kaynak_field_type_to_string (field->type));
      json_builder_set_member_name (builder, "target");
      json_builder_add_string_value (builder, kaynak_field_target_to_string (field->target));
      json_builder_set_member_name (builder, "filled");
      json_builder_add_int_value (builder, field->filled);
      json_builder_set_member_name (builder, "empty");
      json_builder_add_int_value (builder, field->empty);
      switch (field->type)
        {
        case KAYNAK_FIELD_CHOICE:
        case KAYNAK_FIELD_CHOICES:
          add_rows (builder, "values", "count", &field->values);
          break;
        case KAYNAK_FIELD_YES_NO:
          json_builder_set_member_name (builder, "yes");
          json_builder_add_int_value (builder, field->yes);
          json_builder_set_member_name (builder, "no");
          json_builder_add_int_value (builder, field->no);
          break;
        case KAYNAK_FIELD_NUMBER:
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, field->n);
          if (field->n > 0)
            {
              json_builder_set_member_name (builder, "min");
              json_builder_add_double_value (builder, field->min);
              json_builder_set_member_name (builder, "max");
              json_builder_add_double_value (builder, field->max);
              json_builder_set_member_name (builder, "mean");
              json_builder_add_double_value (builder, field->sum / field->n);
            }
          break;
        case KAYNAK_FIELD_DATE:
          if (field->earliest != NULL)
            {
              json_builder_set_member_name (builder, "earliest");
              json_builder_add_string_value (builder, field->earliest);
              json_builder_set_member_name (builder, "latest");
              json_builder_add_string_value (builder, field->latest);
            }
          break;
        case KAYNAK_FIELD_TEXT:
        case KAYNAK_FIELD_LINK:
        default:
          break;
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
