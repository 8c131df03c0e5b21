/* kaynak-file-codebook.c: what a Kaynak file of version 2 carries of a
 * codebook (docs/FORMAT.md): the top's "codebook" (the definitions the
 * document uses), a claim's "verdict" and "fields", a source's "fields".
 *
 * A file may come from anywhere.  What a value may be is refused with its
 * JSON path when it is no value a field of any type could hold (an
 * object, a list of lists, too many, too long); a value that simply is not
 * on the document's definitions any more (a choice that is gone, a
 * verdict taken off the scale) is kept, never dropped, and listed by
 * kaynak_document_list_stale_values().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kaynak-codebook-private.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document-private.h"
#include "kaynak-error.h"
#include "kaynak-file-private.h"

/* The longest string value of a field, in bytes: a text field is a note,
 * not an article */
#define FIELD_TEXT_MAX_LENGTH 65536

static gboolean
check_scalar (const KaynakJsonReader *reader,
              JsonNode               *node,
              const KaynakJsonPath   *path,
              GError                **error)
{
  if (JSON_NODE_TYPE (node) == JSON_NODE_VALUE)
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_STRING)
        {
          if (strlen (json_node_get_string (node)) > FIELD_TEXT_MAX_LENGTH)
            return kaynak_json_reader_fail (reader, path, error,
                                            _("the value is longer than %u bytes"), FIELD_TEXT_MAX_LENGTH);
          return TRUE;
        }
      if (type == G_TYPE_BOOLEAN || type == G_TYPE_DOUBLE ||
          (type == G_TYPE_INT64 && !reader->numbers_overflowed))
        return type != G_TYPE_DOUBLE || isfinite (json_node_get_double (node))
               ? TRUE
               : kaynak_json_reader_fail (reader, path, error, _("the value is not a finite number"));
      if (type == G_TYPE_INT64)
        return kaynak_json_reader_fail (reader, path, error, _("the value is a number too large to read"));
    }
  return kaynak_json_reader_fail (reader, path, error,
                                  _("the value is %s, not a string, a number, true or false"),
                                  kaynak_json_node_describe (node));
}

/* One value of "fields": a string, number or yes/no, or a list of them
 * (several choices) */
static gboolean
check_value (const KaynakJsonReader *reader,
             JsonNode               *node,
             const KaynakJsonPath   *path,
             GError                **error)
{
  if (JSON_NODE_TYPE (node) == JSON_NODE_ARRAY)
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      if (n > KAYNAK_CODEBOOK_MAX_CHOICES)
        return kaynak_json_reader_fail (reader, path, error,
                                        _("the list has %u elements; Kaynak reads at most %u"),
                                        n, KAYNAK_CODEBOOK_MAX_CHOICES);
      for (guint i = 0; i < n; i++)
        {
          const KaynakJsonPath at = KAYNAK_JSON_ELEMENT (path, i);
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_TYPE (element) == JSON_NODE_ARRAY)
            return kaynak_json_reader_fail (reader, &at, error,
                                            _("the value is a list inside a list; a field holds one value or a list of choices"));
          if (!check_scalar (reader, element, &at, error))
            return FALSE;
        }
      return TRUE;
    }
  return check_scalar (reader, node, path, error);
}

gboolean
_kaynak_file_read_field_values (const KaynakJsonReader  *reader,
                                JsonObject              *object,
                                const KaynakJsonPath    *where,
                                KaynakFieldValues      **values,
                                GError                 **error)
{
  const KaynakJsonPath path = KAYNAK_JSON_MEMBER (where, "fields");
  g_autoptr(KaynakFieldValues) result = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *fields = NULL;

  *values = NULL;
  if (!kaynak_json_reader_get_object (reader, object, where, "fields", &fields, error))
    return FALSE;
  if (fields == NULL)
    return TRUE;
  if (json_object_get_size (fields) > KAYNAK_CODEBOOK_MAX_FIELDS)
    return kaynak_json_reader_fail (reader, &path, error,
                                    _("%u fields; Kaynak reads at most %u"),
                                    json_object_get_size (fields), KAYNAK_CODEBOOK_MAX_FIELDS);

  /* In the file's order: a file saved again stays as it was */
  members = json_object_get_members (fields);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      const KaynakJsonPath at = KAYNAK_JSON_MEMBER (&path, id);
      JsonNode *node = json_object_get_member (fields, id);
      KaynakFieldValues *with;

      if (*id == '\0')
        return kaynak_json_reader_fail (reader, &path, error, _("a field has no name"));
      if (!check_value (reader, node, &at, error))
        return FALSE;
      with = kaynak_field_values_with (result, id, node);
      kaynak_field_values_unref (result);
      result = with;
    }
  *values = g_steal_pointer (&result);
  return TRUE;
}

gboolean
_kaynak_file_read_claim_codebook (const KaynakJsonReader *reader,
                                  JsonObject             *object,
                                  const KaynakJsonPath   *where,
                                  KaynakClaim            *claim,
                                  GError                **error)
{
  g_autoptr(KaynakFieldValues) fields = NULL;
  const char *verdict = NULL;

  if (!kaynak_json_reader_get_string (reader, object, where, "verdict", NULL, &verdict, error) ||
      !_kaynak_file_read_field_values (reader, object, where, &fields, error))
    return FALSE;
  if (verdict != NULL && *verdict == '\0')
    {
      const KaynakJsonPath path = KAYNAK_JSON_MEMBER (where, "verdict");

      return kaynak_json_reader_fail (reader, &path, error, _("the verdict is empty"));
    }
  if (verdict != NULL)
    kaynak_claim_set_verdict (claim, verdict);
  if (fields != NULL)
    kaynak_claim_set_fields (claim, fields);
  return TRUE;
}

/* The rules of check_value() that the claims reader does not keep by
 * itself (it reads only strings, whole numbers, true, false and lists of
 * them, no more than KAYNAK_CODEBOOK_MAX_CHOICES; no more fields than
 * KAYNAK_CODEBOOK_MAX_FIELDS): a string's length, an id not empty */
static gboolean
value_keeps_rules (JsonNode *node)
{
  if (JSON_NODE_TYPE (node) == JSON_NODE_ARRAY)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!value_keeps_rules (json_array_get_element (array, i)))
          return FALSE;
      return TRUE;
    }
  return json_node_get_value_type (node) != G_TYPE_STRING ||
         strlen (json_node_get_string (node)) <= FIELD_TEXT_MAX_LENGTH;
}

gboolean
_kaynak_file_claim_codebook_from_text (const char        *verdict,
                                       KaynakFieldValues *values,
                                       gboolean           integers,
                                       gboolean           numbers_overflowed,
                                       KaynakClaim       *claim)
{
  guint n = kaynak_field_values_get_n (values);

  if ((verdict != NULL && *verdict == '\0') ||
      /* a whole number may be one json-glib misread: check_scalar()'s */
      (integers && numbers_overflowed))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (*kaynak_field_values_get_id (values, i) == '\0' ||
        !value_keeps_rules (kaynak_field_values_get_value (values, i)))
      return FALSE;

  if (verdict != NULL)
    kaynak_claim_set_verdict (claim, verdict);
  if (values != NULL)
    kaynak_claim_set_fields (claim, values);
  return TRUE;
}

gboolean
_kaynak_file_read_document_codebook (const KaynakJsonReader *reader,
                                     JsonObject             *root,
                                     KaynakDocument         *document,
                                     GError                **error)
{
  const KaynakJsonPath where = KAYNAK_JSON_MEMBER (NULL, "codebook");
  g_autoptr(KaynakCodebook) codebook = NULL;
  KaynakJsonReader inner = *reader;
  JsonObject *object = NULL;

  if (!kaynak_json_reader_get_object (reader, root, NULL, "codebook", &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;
  /* What is inside is read without counting: the count is of the top's
   * own members */
  inner.found = NULL;
  if (!(codebook = _kaynak_codebook_read_member (&inner, object, &where, error)))
    return FALSE;
  _kaynak_document_load_codebook (document, codebook);
  return TRUE;
}

void
_kaynak_file_write_field_values (JsonObject        *object,
                                 KaynakFieldValues *values)
{
  JsonObject *fields;
  guint n = kaynak_field_values_get_n (values);

  if (n == 0)
    return;
  fields = json_object_new ();
  for (guint i = 0; i < n; i++)
    json_object_set_member (fields, kaynak_field_values_get_id (values, i),
                            kaynak_json_node_deep_copy (kaynak_field_values_get_value (values, i)));
  json_object_set_object_member (object, "fields", fields);
}

void
_kaynak_file_write_claim_codebook (JsonObject        *object,
                                   const char        *verdict,
                                   KaynakFieldValues *fields)
{
  if (verdict != NULL)
    json_object_set_string_member (object, "verdict", verdict);
  _kaynak_file_write_field_values (object, fields);
}

void
_kaynak_file_write_document_codebook (JsonObject     *root,
                                      KaynakCodebook *codebook)
{
  JsonObject *object;

  if (codebook == NULL)
    return;
  object = json_object_new ();
  json_object_set_string_member (object, "id", kaynak_codebook_get_id (codebook));
  json_object_set_string_member (object, "name", kaynak_codebook_get_name (codebook));
  json_object_set_string_member (object, "hash", kaynak_codebook_get_hash (codebook));
  _kaynak_codebook_add_definitions (codebook, object);
  json_object_set_object_member (root, "codebook", object);
}
