/* kaynak-json-reader.c: typed JSON member reads whose errors name the path.
 *
 * The header says the two dialects of its messages and the rules of each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-json-reader.h"

/* --- Paths ---------------------------------------------------------------- */

static void
append_path (GString              *string,
             const KaynakJsonPath *path)
{
  if (path == NULL)
    return;
  /* as deep as the document is, which the guard bounds */
  append_path (string, path->parent);
  if (path->member != NULL)
    {
      if (string->len > 0)
        g_string_append_c (string, '.');
      g_string_append (string, path->member);
    }
  else
    g_string_append_printf (string, "[%u]", path->index);
}

char *
kaynak_json_path_to_string (const KaynakJsonPath *path,
                            const char           *member)
{
  GString *string = g_string_new (NULL);

  append_path (string, path);
  if (member != NULL)
    {
      if (string->len > 0)
        g_string_append_c (string, '.');
      g_string_append (string, member);
    }
  return g_string_free (string, FALSE);
}

/* --- Saying what is wrong ------------------------------------------------- */

const char *
kaynak_json_node_describe (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        case G_TYPE_DOUBLE:
          return _("a decimal number");
        default:
          return _("a number");
        }
    }
}

/* Sets @error to @message (taken), after the line of a JSON Lines file */
static gboolean
set_error (const KaynakJsonReader  *reader,
           GError                 **error,
           int                      code,
           char                    *message)
{
  if (reader->line != 0)
    g_set_error (error, KAYNAK_ERROR, code, _("line %u: %s"), reader->line, message);
  else
    g_set_error_literal (error, KAYNAK_ERROR, code, message);
  g_free (message);
  return FALSE;
}

gboolean
kaynak_json_reader_fail (const KaynakJsonReader *reader,
                         const KaynakJsonPath   *path,
                         GError                **error,
                         const char             *format,
                         ...)
{
  g_autofree char *where = kaynak_json_path_to_string (path, NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (where[0] == '\0' && reader->dialect == KAYNAK_JSON_DIALECT_IMPORT && reader->line == 0)
    {
      g_free (where);
      where = g_strdup ("$");
    }
  if (where[0] == '\0')
    return set_error (reader, error, KAYNAK_ERROR_INVALID, g_steal_pointer (&message));
  return set_error (reader, error, KAYNAK_ERROR_INVALID,
                    g_strdup_printf ("%s: %s", where, message));
}

gboolean
kaynak_json_reader_fail_type (const KaynakJsonReader *reader,
                              const KaynakJsonPath   *path,
                              const char             *member,
                              const char             *expected,
                              JsonNode               *node,
                              GError                **error)
{
  g_autofree char *where = kaynak_json_path_to_string (path, member);

  /* Translators: "claims[3].start must be a whole number, not a string" */
  return set_error (reader, error, KAYNAK_ERROR_INVALID,
                    g_strdup_printf (_("%s must be %s, not %s"),
                                     where, expected, kaynak_json_node_describe (node)));
}

static gboolean
fail_missing (const KaynakJsonReader *reader,
              const KaynakJsonPath   *path,
              const char             *member,
              GError                **error)
{
  g_autofree char *where = kaynak_json_path_to_string (path, member);

  return set_error (reader, error, KAYNAK_ERROR_INVALID,
                    g_strdup_printf (_("%s is missing"), where));
}

/* The types the reads want */
typedef enum
{
  EXPECT_STRING,
  EXPECT_STRING_OR_NULL,
  EXPECT_WHOLE_NUMBER,
  EXPECT_BOOLEAN,
  EXPECT_OBJECT,
  EXPECT_LIST,
  EXPECT_STRING_LIST,
  EXPECT_STRING_OR_LIST,
} Expected;

static gboolean
fail_expected (const KaynakJsonReader *reader,
               const KaynakJsonPath   *path,
               const char             *member,
               Expected                expected,
               JsonNode               *node,
               GError                **error)
{
  /* The imports have sentences of their own for the types they read,
   * which quote the member and do not say what stands there */
  if (reader->dialect == KAYNAK_JSON_DIALECT_IMPORT && member != NULL)
    switch (expected)
      {
      case EXPECT_STRING:
      case EXPECT_STRING_OR_NULL:
        return kaynak_json_reader_fail (reader, path, error, _("“%s” must be a string"), member);
      case EXPECT_LIST:
        return kaynak_json_reader_fail (reader, path, error, _("“%s” must be an array"), member);
      case EXPECT_STRING_LIST:
        return kaynak_json_reader_fail (reader, path, error,
                                        _("“%s” must be an array of strings"), member);
      case EXPECT_STRING_OR_LIST:
        return kaynak_json_reader_fail (reader, path, error,
                                        _("“%s” must be a string or an array of strings"), member);
      case EXPECT_WHOLE_NUMBER:
      case EXPECT_BOOLEAN:
      case EXPECT_OBJECT:
      default:
        break;
      }

  switch (expected)
    {
    case EXPECT_STRING:
      return kaynak_json_reader_fail_type (reader, path, member, _("a string"), node, error);
    case EXPECT_STRING_OR_NULL:
      return kaynak_json_reader_fail_type (reader, path, member, _("a string or null"), node, error);
    case EXPECT_WHOLE_NUMBER:
      return kaynak_json_reader_fail_type (reader, path, member, _("a whole number"), node, error);
    case EXPECT_BOOLEAN:
      return kaynak_json_reader_fail_type (reader, path, member, _("true or false"), node, error);
    case EXPECT_OBJECT:
      return kaynak_json_reader_fail_type (reader, path, member, _("an object"), node, error);
    case EXPECT_LIST:
      return kaynak_json_reader_fail_type (reader, path, member, _("a list"), node, error);
    case EXPECT_STRING_LIST:
      return kaynak_json_reader_fail_type (reader, path, member, _("a list of strings"), node, error);
    case EXPECT_STRING_OR_LIST:
    default:
      return kaynak_json_reader_fail_type (reader, path, member, _("a string or a list of strings"),
                                           node, error);
    }
}

/* --- Reads that report ---------------------------------------------------- */

static inline gboolean
node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_TYPE (node) == JSON_NODE_VALUE &&
         json_node_get_value_type (node) == value_type;
}

static gboolean
node_has_type (JsonNode *node,
               Expected  expected)
{
  switch (expected)
    {
    case EXPECT_STRING:
      return node_is (node, G_TYPE_STRING);
    case EXPECT_STRING_OR_NULL:
      return node_is (node, G_TYPE_STRING) || JSON_NODE_TYPE (node) == JSON_NODE_NULL;
    case EXPECT_WHOLE_NUMBER:
      return node_is (node, G_TYPE_INT64);
    case EXPECT_BOOLEAN:
      return node_is (node, G_TYPE_BOOLEAN);
    case EXPECT_OBJECT:
      return JSON_NODE_TYPE (node) == JSON_NODE_OBJECT;
    case EXPECT_LIST:
    case EXPECT_STRING_LIST:
      return JSON_NODE_TYPE (node) == JSON_NODE_ARRAY;
    case EXPECT_STRING_OR_LIST:
    default:
      for (guint i = 0; i < kaynak_json_node_n_values (node); i++)
        if (!kaynak_json_node_is_string (kaynak_json_node_nth_value (node, i)))
          return FALSE;
      return TRUE;
    }
}

/* Every read: *@node is @member of @object, of the @expected type, or NULL
 * when it is absent (or null, in the import dialect) and not @required. */
static gboolean
read_member (const KaynakJsonReader  *reader,
             JsonObject              *object,
             const KaynakJsonPath    *path,
             const char              *member,
             gboolean                 required,
             Expected                 expected,
             JsonNode               **node,
             GError                 **error)
{
  JsonNode *found = json_object_get_member (object, member);

  *node = NULL;
  if (found != NULL && reader->found != NULL)
    (*reader->found)++;
  if (found != NULL && reader->dialect == KAYNAK_JSON_DIALECT_IMPORT &&
      JSON_NODE_TYPE (found) == JSON_NODE_NULL)
    found = NULL;
  if (found == NULL)
    return !required || fail_missing (reader, path, member, error);
  if (!node_has_type (found, expected))
    return fail_expected (reader, path, member, expected, found, error);

  *node = found;
  return TRUE;
}

gboolean
kaynak_json_reader_require_string (const KaynakJsonReader  *reader,
                                   JsonObject              *object,
                                   const KaynakJsonPath    *path,
                                   const char              *member,
                                   const char             **value,
                                   GError                 **error)
{
  JsonNode *node;

  if (!read_member (reader, object, path, member, TRUE, EXPECT_STRING, &node, error))
    return FALSE;
  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
kaynak_json_reader_require_nonempty_string (const KaynakJsonReader  *reader,
                                            JsonObject              *object,
                                            const KaynakJsonPath    *path,
                                            const char              *member,
                                            const char             **value,
                                            GError                 **error)
{
  g_autofree char *where = NULL;

  if (!kaynak_json_reader_require_string (reader, object, path, member, value, error))
    return FALSE;
  if ((*value)[0] != '\0')
    return TRUE;

  where = kaynak_json_path_to_string (path, member);
  return set_error (reader, error, KAYNAK_ERROR_INVALID, g_strdup_printf (_("%s is empty"), where));
}

gboolean
kaynak_json_reader_require_int (const KaynakJsonReader  *reader,
                                JsonObject              *object,
                                const KaynakJsonPath    *path,
                                const char              *member,
                                gint64                  *value,
                                GError                 **error)
{
  JsonNode *node;

  if (!read_member (reader, object, path, member, TRUE, EXPECT_WHOLE_NUMBER, &node, error))
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

gboolean
kaynak_json_reader_require_uint (const KaynakJsonReader  *reader,
                                 JsonObject              *object,
                                 const KaynakJsonPath    *path,
                                 const char              *member,
                                 guint                   *value,
                                 GError                 **error)
{
  g_autofree char *where = NULL;
  gint64 number;

  if (!kaynak_json_reader_require_int (reader, object, path, member, &number, error))
    return FALSE;
  if (number >= 0 && number <= G_MAXUINT)
    {
      *value = (guint) number;
      return TRUE;
    }

  where = kaynak_json_path_to_string (path, member);
  /* json-glib gives a number too large for it as a negative one */
  if (number < 0 && reader->numbers_overflowed)
    return set_error (reader, error, KAYNAK_ERROR_RANGE,
                      g_strdup_printf (_("%s is out of range (far too large)"), where));
  return set_error (reader, error, KAYNAK_ERROR_RANGE,
                    g_strdup_printf (_("%s %lld is out of range"), where, (long long) number));
}

gboolean
kaynak_json_reader_require_object (const KaynakJsonReader  *reader,
                                   JsonObject              *object,
                                   const KaynakJsonPath    *path,
                                   const char              *member,
                                   JsonObject             **value,
                                   GError                 **error)
{
  JsonNode *node;

  if (!read_member (reader, object, path, member, TRUE, EXPECT_OBJECT, &node, error))
    return FALSE;
  *value = json_node_get_object (node);
  return TRUE;
}

gboolean
kaynak_json_reader_require_array (const KaynakJsonReader  *reader,
                                  JsonObject              *object,
                                  const KaynakJsonPath    *path,
                                  const char              *member,
                                  JsonArray              **value,
                                  GError                 **error)
{
  JsonNode *node;

  if (!read_member (reader, object, path, member, TRUE, EXPECT_LIST, &node, error))
    return FALSE;
  *value = json_node_get_array (node);
  return TRUE;
}

gboolean
kaynak_json_reader_get_string (const KaynakJsonReader  *reader,
                               JsonObject              *object,
                               const KaynakJsonPath    *path,
                               const char              *member,
                               const char              *fallback,
                               const char             **value,
                               GError                 **error)
{
  JsonNode *node;

  if (!read_member (reader, object, path, member, FALSE, EXPECT_STRING, &node, error))
    return FALSE;
  *value = node != NULL ? json_node_get_string (node) : fallback;
  return TRUE;
}

gboolean
kaynak_json_reader_get_nullable_string (const KaynakJsonReader  *reader,
                                        JsonObject              *object,
                                        const KaynakJsonPath    *path,
                                        const char              *member,
                                        const char             **value,
                                        GError                 **error)
{
  JsonNode *node;

  *value = NULL;
  if (!read_member (reader, object, path, member, FALSE, EXPECT_STRING_OR_NULL, &node, error))
    return FALSE;
  if (node != NULL && JSON_NODE_TYPE (node) != JSON_NODE_NULL)
    *value = json_node_get_string (node);
  return TRUE;
}

gboolean
kaynak_json_reader_get_boolean (const KaynakJsonReader  *reader,
                                JsonObject              *object,
                                const KaynakJsonPath    *path,
                                const char              *member,
                                gboolean                *value,
                                GError                 **error)
{
  JsonNode *node;

  *value = FALSE;
  if (!read_member (reader, object, path, member, FALSE, EXPECT_BOOLEAN, &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
kaynak_json_reader_get_object (const KaynakJsonReader  *reader,
                               JsonObject              *object,
                               const KaynakJsonPath    *path,
                               const char              *member,
                               JsonObject             **value,
                               GError                 **error)
{
  JsonNode *node;

  *value = NULL;
  if (!read_member (reader, object, path, member, FALSE, EXPECT_OBJECT, &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_object (node);
  return TRUE;
}

gboolean
kaynak_json_reader_get_array (const KaynakJsonReader  *reader,
                              JsonObject              *object,
                              const KaynakJsonPath    *path,
                              const char              *member,
                              JsonArray              **value,
                              GError                 **error)
{
  JsonNode *node;

  *value = NULL;
  if (!read_member (reader, object, path, member, FALSE, EXPECT_LIST, &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_array (node);
  return TRUE;
}

gboolean
kaynak_json_reader_get_string_list (const KaynakJsonReader  *reader,
                                    JsonObject              *object,
                                    const KaynakJsonPath    *path,
                                    const char              *member,
                                    const char            ***value,
                                    GError                 **error)
{
  /* the imports say "must be an array" of what is not one, and "an array
   * of strings" of a list with another element */
  Expected list = reader->dialect == KAYNAK_JSON_DIALECT_IMPORT ? EXPECT_LIST : EXPECT_STRING_LIST;
  JsonNode *node;
  JsonArray *array;
  const char **strings;
  guint n;

  *value = NULL;
  if (!read_member (reader, object, path, member, FALSE, list, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n == 0)
    return TRUE;

  strings = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is (element, G_TYPE_STRING))
        {
          const KaynakJsonPath list_path = KAYNAK_JSON_MEMBER (path, member);
          const KaynakJsonPath item = KAYNAK_JSON_ELEMENT (&list_path, i);

          g_free (strings);
          /* a Kaynak file names the element, an import the list */
          if (reader->dialect == KAYNAK_JSON_DIALECT_IMPORT)
            return fail_expected (reader, path, member, EXPECT_STRING_LIST, node, error);
          return fail_expected (reader, &item, NULL, EXPECT_STRING, element, error);
        }
      strings[i] = json_node_get_string (element);
    }
  strings[n] = NULL;

  *value = strings;
  return TRUE;
}

gboolean
kaynak_json_reader_get_string_or_list (const KaynakJsonReader  *reader,
                                       JsonObject              *object,
                                       const KaynakJsonPath    *path,
                                       const char              *member,
                                       JsonNode               **value,
                                       GError                 **error)
{
  return read_member (reader, object, path, member, FALSE, EXPECT_STRING_OR_LIST, value, error);
}

gboolean
kaynak_json_reader_as_object (const KaynakJsonReader  *reader,
                              JsonNode                *node,
                              const KaynakJsonPath    *path,
                              JsonObject             **value,
                              GError                 **error)
{
  if (JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
    return fail_expected (reader, path, NULL, EXPECT_OBJECT, node, error);

  *value = json_node_get_object (node);
  return TRUE;
}

/* --- Quiet reads ---------------------------------------------------------- */

JsonNode *
kaynak_json_object_get_value (JsonObject *object,
                              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

const char *
kaynak_json_object_get_string (JsonObject *object,
                               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return kaynak_json_node_is_string (node) ? json_node_get_string (node) : NULL;
}

gboolean
kaynak_json_node_is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
kaynak_json_node_get_uint (JsonNode *node,
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

guint
kaynak_json_node_n_values (JsonNode *node)
{
  if (node == NULL)
    return 0;
  return JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 1;
}

JsonNode *
kaynak_json_node_nth_value (JsonNode *node,
                            guint     i)
{
  return JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_element (json_node_get_array (node), i)
                                      : node;
}
