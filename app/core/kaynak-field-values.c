/* kaynak-field-values.c: a claim's or a source's field values
 * (kaynak-field-values.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kaynak-field-values.h"

struct _KaynakFieldValues
{
  guint      n;
  char     **ids;      /* n */
  JsonNode **values;   /* n, never changed */
};

static void
values_clear (gpointer data)
{
  KaynakFieldValues *self = data;

  for (guint i = 0; i < self->n; i++)
    {
      g_free (self->ids[i]);
      json_node_unref (self->values[i]);
    }
  g_free (self->ids);
  g_free (self->values);
}

KaynakFieldValues *
kaynak_field_values_ref (KaynakFieldValues *self)
{
  return self != NULL ? g_atomic_rc_box_acquire (self) : NULL;
}

void
kaynak_field_values_unref (KaynakFieldValues *self)
{
  if (self != NULL)
    g_atomic_rc_box_release_full (self, values_clear);
}

guint
kaynak_field_values_get_n (const KaynakFieldValues *self)
{
  return self != NULL ? self->n : 0;
}

const char *
kaynak_field_values_get_id (const KaynakFieldValues *self,
                            guint                    i)
{
  g_return_val_if_fail (i < kaynak_field_values_get_n (self), NULL);
  return self->ids[i];
}

JsonNode *
kaynak_field_values_get_value (const KaynakFieldValues *self,
                               guint                    i)
{
  g_return_val_if_fail (i < kaynak_field_values_get_n (self), NULL);
  return self->values[i];
}

JsonNode *
kaynak_field_values_lookup (const KaynakFieldValues *self,
                            const char              *id)
{
  /* A handful of fields: a scan beats a table */
  for (guint i = 0; id != NULL && i < kaynak_field_values_get_n (self); i++)
    if (strcmp (self->ids[i], id) == 0)
      return self->values[i];
  return NULL;
}

JsonNode *
kaynak_json_node_deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *from = json_node_get_object (node);
        JsonObject *object = json_object_new ();
        g_autoptr(GList) members = json_object_get_members (from);

        for (GList *l = members; l != NULL; l = l->next)
          json_object_set_member (object, l->data,
                                  kaynak_json_node_deep_copy (json_object_get_member (from, l->data)));
        copy = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (copy, object);
        return copy;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *from = json_node_get_array (node);
        JsonArray *array = json_array_sized_new (json_array_get_length (from));

        for (guint i = 0; i < json_array_get_length (from); i++)
          json_array_add_element (array,
                                  kaynak_json_node_deep_copy (json_array_get_element (from, i)));
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, array);
        return copy;
      }
    case JSON_NODE_VALUE:
      /* a new value too: json_node_copy() would share it */
      copy = json_node_alloc ();
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          return json_node_init_int (copy, json_node_get_int (node));
        case G_TYPE_DOUBLE:
          {
            double value = json_node_get_double (node);

            /* 300000, not 300000.0: a whole number is written as one */
            if (value == floor (value) && fabs (value) < 1e15)
              return json_node_init_int (copy, (gint64) value);
            return json_node_init_double (copy, value);
          }
        case G_TYPE_BOOLEAN:
          return json_node_init_boolean (copy, json_node_get_boolean (node));
        default:
          return json_node_init_string (copy, json_node_get_string (node));
        }
    case JSON_NODE_NULL:
    default:
      return json_node_new (JSON_NODE_NULL);
    }
}

KaynakFieldValues *
kaynak_field_values_with (const KaynakFieldValues *self,
                          const char              *id,
                          JsonNode                *value)
{
  KaynakFieldValues *result;
  guint n = kaynak_field_values_get_n (self);
  gboolean found = kaynak_field_values_lookup (self, id) != NULL;
  guint size = n + (found ? 0 : 1);
  guint k = 0;

  g_return_val_if_fail (id != NULL, NULL);

  if (value == NULL && (size = n - (found ? 1 : 0)) == 0)
    return NULL;

  result = g_atomic_rc_box_new0 (KaynakFieldValues);
  result->ids = g_new0 (char *, size);
  result->values = g_new0 (JsonNode *, size);
  for (guint i = 0; i < n; i++)
    {
      gboolean same = strcmp (self->ids[i], id) == 0;

      if (same && value == NULL)
        continue;
      result->ids[k] = g_strdup (self->ids[i]);
      result->values[k] = same ? kaynak_json_node_deep_copy (value)
                               : json_node_ref (self->values[i]);
      k++;
    }
  if (!found && value != NULL)
    {
      result->ids[k] = g_strdup (id);
      result->values[k] = kaynak_json_node_deep_copy (value);
      k++;
    }
  result->n = k;
  return result;
}

gboolean
kaynak_field_values_equal (const KaynakFieldValues *a,
                           const KaynakFieldValues *b)
{
  guint n = kaynak_field_values_get_n (a);

  if (a == b)
    return TRUE;
  if (n != kaynak_field_values_get_n (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strcmp (a->ids[i], b->ids[i]) != 0 || !json_node_equal (a->values[i], b->values[i]))
      return FALSE;
  return TRUE;
}
