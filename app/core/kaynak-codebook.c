/* kaynak-codebook.c: reading, writing and comparing a team's codebook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kaynak-codebook.h"
#include "kaynak-codebook-private.h"
#include "kaynak-color.h"
#include "kaynak-error.h"
#include "kaynak-file-private.h"
#include "kaynak-json-reader.h"
#include "kaynak-source.h"

struct _KaynakCodebook
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  char      *description;
  char      *hash;
  GPtrArray *sources;    /* KaynakSource */
  GPtrArray *verdicts;   /* KaynakCodebookValue */
  GPtrArray *fields;     /* KaynakCodebookField */
  gboolean   has_rating;
  double     best, worst;
};

G_DEFINE_FINAL_TYPE (KaynakCodebook, kaynak_codebook, G_TYPE_OBJECT)

static const char *const type_names[] = {
  [KAYNAK_FIELD_CHOICE] = "choice",
  [KAYNAK_FIELD_CHOICES] = "choices",
  [KAYNAK_FIELD_NUMBER] = "number",
  [KAYNAK_FIELD_DATE] = "date",
  [KAYNAK_FIELD_TEXT] = "text",
  [KAYNAK_FIELD_LINK] = "link",
  [KAYNAK_FIELD_YES_NO] = "yes-no",
};

static const char *const target_names[] = {
  [KAYNAK_FIELD_ON_CLAIM] = "claim",
  [KAYNAK_FIELD_ON_SOURCE] = "source",
};

const char *
kaynak_field_type_to_string (KaynakFieldType type)
{
  g_return_val_if_fail (type <= KAYNAK_FIELD_YES_NO, NULL);
  return type_names[type];
}

const char *
kaynak_field_target_to_string (KaynakFieldTarget target)
{
  g_return_val_if_fail (target <= KAYNAK_FIELD_ON_SOURCE, NULL);
  return target_names[target];
}

static gboolean
is_choice_type (KaynakFieldType type)
{
  return type == KAYNAK_FIELD_CHOICE || type == KAYNAK_FIELD_CHOICES;
}

static void
value_free (gpointer data)
{
  KaynakCodebookValue *value = data;

  g_free (value->id);
  g_free (value->label);
  g_free (value->description);
  g_free (value->color);
  g_free (value);
}

static void
field_free (gpointer data)
{
  KaynakCodebookField *field = data;

  g_free (field->id);
  g_free (field->label);
  g_free (field->description);
  g_ptr_array_unref (field->choices);
  g_free (field);
}

static void
kaynak_codebook_finalize (GObject *object)
{
  KaynakCodebook *self = KAYNAK_CODEBOOK (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->hash);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->verdicts);
  g_ptr_array_unref (self->fields);

  G_OBJECT_CLASS (kaynak_codebook_parent_class)->finalize (object);
}

static void
kaynak_codebook_class_init (KaynakCodebookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_codebook_finalize;
}

static void
kaynak_codebook_init (KaynakCodebook *self)
{
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->verdicts = g_ptr_array_new_with_free_func (value_free);
  self->fields = g_ptr_array_new_with_free_func (field_free);
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

/* A number member of @object, or FALSE with the path in @error.  *@present
 * says whether it was there at all. */
static gboolean
get_number (const KaynakJsonReader *reader,
            JsonObject             *object,
            const KaynakJsonPath   *path,
            const char             *member,
            gboolean               *present,
            double                 *value,
            GError                **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  *present = FALSE;
  if (node == NULL)
    return TRUE;
  if (JSON_NODE_TYPE (node) == JSON_NODE_VALUE)
    {
      type = json_node_get_value_type (node);
      if ((type == G_TYPE_INT64 && !reader->numbers_overflowed) || type == G_TYPE_DOUBLE)
        {
          *value = json_node_get_double (node);
          *present = isfinite (*value);
          if (*present)
            return TRUE;
        }
    }
  return kaynak_json_reader_fail_type (reader, path, member, _("a number"), node, error);
}

/* id, label and description of a verdict or a choice at @where; @ids
 * (id → position) finds an id used twice in one list */
static KaynakCodebookValue *
read_value (const KaynakJsonReader *reader,
            JsonNode               *node,
            const KaynakJsonPath   *where,
            GHashTable             *ids,
            GError                **error)
{
  JsonObject *object;
  const char *id, *label, *description = "";
  KaynakCodebookValue *value;

  if (!kaynak_json_reader_as_object (reader, node, where, &object, error) ||
      !kaynak_json_reader_require_nonempty_string (reader, object, where, "id", &id, error) ||
      !kaynak_json_reader_require_nonempty_string (reader, object, where, "label", &label,
                                                   error) ||
      !kaynak_json_reader_get_string (reader, object, where, "description", "", &description,
                                      error))
    return NULL;
  if (g_hash_table_contains (ids, id))
    {
      kaynak_json_reader_fail (reader, where, error, _("the id “%s” is used twice"), id);
      return NULL;
    }
  g_hash_table_add (ids, (gpointer) id);

  value = g_new0 (KaynakCodebookValue, 1);
  value->id = g_strdup (id);
  value->label = g_strdup (label);
  value->description = g_strdup (description != NULL ? description : "");
  return value;
}

static gboolean
read_verdicts (KaynakCodebook         *self,
               const KaynakJsonReader *reader,
               JsonObject             *root,
               const KaynakJsonPath   *base,
               GError                **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (base, "verdicts");
  const KaynakJsonPath rating_path = KAYNAK_JSON_MEMBER (base, "rating");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *rating = NULL;
  JsonArray *array = NULL;
  gboolean present;
  guint n;

  if (!kaynak_json_reader_get_object (reader, root, base, "rating", &rating, error) ||
      !kaynak_json_reader_get_array (reader, root, base, "verdicts", &array, error))
    return FALSE;

  if (rating != NULL)
    {
      if (!get_number (reader, rating, &rating_path, "best", &present, &self->best, error))
        return FALSE;
      if (!present)
        return kaynak_json_reader_fail (reader, &rating_path, error, _("“best” is missing"));
      if (!get_number (reader, rating, &rating_path, "worst", &present, &self->worst, error))
        return FALSE;
      if (!present)
        return kaynak_json_reader_fail (reader, &rating_path, error, _("“worst” is missing"));
      if (self->best == self->worst)
        return kaynak_json_reader_fail (reader, &rating_path, error,
                                        _("“best” and “worst” are the same number"));
      self->has_rating = TRUE;
    }

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);
      KaynakCodebookValue *value;
      JsonObject *object;
      const char *color = NULL;

      if (!(value = read_value (reader, json_array_get_element (array, i), &where, ids, error)))
        return FALSE;
      g_ptr_array_add (self->verdicts, value);

      object = json_array_get_object_element (array, i);
      if (!kaynak_json_reader_get_string (reader, object, &where, "color", NULL, &color, error))
        return FALSE;
      if (color != NULL)
        {
          if (!kaynak_color_is_valid (color))
            return kaynak_json_reader_fail (reader, &where, error,
                                            _("“%s” is not a colour of the form #rrggbb"),
                                            color);
          value->color = g_ascii_strdown (color, -1);
        }

      if (!get_number (reader, object, &where, "rating", &value->has_rating, &value->rating,
                       error))
        return FALSE;
      if (value->has_rating && !self->has_rating)
        return kaynak_json_reader_fail (reader, &where, error,
                                        _("has a rating, but the codebook has no “rating” with its best and worst"));
      if (value->has_rating &&
          (value->rating < MIN (self->best, self->worst) ||
           value->rating > MAX (self->best, self->worst)))
        return kaynak_json_reader_fail (reader, &where, error,
                                        _("the rating %g is not between the worst (%g) and the best (%g)"),
                                        value->rating, self->worst, self->best);
    }
  return TRUE;
}

static gboolean
parse_type (const char      *name,
            KaynakFieldType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (strcmp (name, type_names[i]) == 0)
      {
        *type = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_field (KaynakCodebook         *self,
            const KaynakJsonReader *reader,
            JsonNode               *node,
            const KaynakJsonPath   *where,
            GHashTable             *ids,
            GError                **error)
{
  const KaynakJsonPath choices_path = KAYNAK_JSON_MEMBER (where, "choices");
  g_autoptr(GHashTable) choice_ids = g_hash_table_new (g_str_hash, g_str_equal);
  KaynakCodebookValue *head;
  KaynakCodebookField *field;
  JsonObject *object;
  JsonArray *choices = NULL;
  const char *on, *type;

  if (!(head = read_value (reader, node, where, ids, error)))
    return FALSE;
  field = g_new0 (KaynakCodebookField, 1);
  field->id = g_steal_pointer (&head->id);
  field->label = g_steal_pointer (&head->label);
  field->description = g_steal_pointer (&head->description);
  field->choices = g_ptr_array_new_with_free_func (value_free);
  value_free (head);
  g_ptr_array_add (self->fields, field);

  object = json_node_get_object (node);
  if (!kaynak_json_reader_require_string (reader, object, where, "on", &on, error) ||
      !kaynak_json_reader_require_string (reader, object, where, "type", &type, error))
    return FALSE;

  if (strcmp (on, "claim") == 0)
    field->target = KAYNAK_FIELD_ON_CLAIM;
  else if (strcmp (on, "source") == 0)
    field->target = KAYNAK_FIELD_ON_SOURCE;
  else
    return kaynak_json_reader_fail (reader, where, error,
                                    _("“on” is “%s”, not “claim” or “source”"), on);

  if (!parse_type (type, &field->type))
    return kaynak_json_reader_fail (reader, where, error,
                                    _("“%s” is not a type of field (choice, choices, number, date, text, link, yes-no)"),
                                    type);

  if (!kaynak_json_reader_get_array (reader, object, where, "choices", &choices, error))
    return FALSE;
  if (is_choice_type (field->type))
    {
      guint n = choices != NULL ? json_array_get_length (choices) : 0;

      if (n == 0)
        return kaynak_json_reader_fail (reader, where, error,
                                        _("a field of type “%s” needs at least one choice"),
                                        type);
      for (guint i = 0; i < n; i++)
        {
          const KaynakJsonPath at = KAYNAK_JSON_ELEMENT (&choices_path, i);
          KaynakCodebookValue *choice;

          if (!(choice = read_value (reader, json_array_get_element (choices, i), &at,
                                     choice_ids, error)))
            return FALSE;
          g_ptr_array_add (field->choices, choice);
        }
    }
  else if (choices != NULL)
    return kaynak_json_reader_fail (reader, where, error,
                                    _("a field of type “%s” has no choices"), type);

  if (!get_number (reader, object, where, "min", &field->has_min, &field->min, error) ||
      !get_number (reader, object, where, "max", &field->has_max, &field->max, error))
    return FALSE;
  if ((field->has_min || field->has_max) && field->type != KAYNAK_FIELD_NUMBER)
    return kaynak_json_reader_fail (reader, where, error,
                                    _("only a field of type “number” has a “min” or a “max”"));
  if (field->has_min && field->has_max && field->min > field->max)
    return kaynak_json_reader_fail (reader, where, error,
                                    _("“min” (%g) is larger than “max” (%g)"),
                                    field->min, field->max);
  return TRUE;
}

static gboolean
read_fields (KaynakCodebook         *self,
             const KaynakJsonReader *reader,
             JsonObject             *root,
             const KaynakJsonPath   *base,
             GError                **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (base, "fields");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = NULL;
  guint n;

  if (!kaynak_json_reader_get_array (reader, root, base, "fields", &array, error))
    return FALSE;
  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      const KaynakJsonPath where = KAYNAK_JSON_ELEMENT (&list, i);

      if (!read_field (self, reader, json_array_get_element (array, i), &where, ids, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_header (KaynakCodebook         *self,
             const KaynakJsonReader *reader,
             JsonObject             *root,
             GError                **error)
{
  const char *format, *id, *name, *description = "";
  gint64 version;

  format = kaynak_json_object_get_string (root, "format");
  if (format == NULL || strcmp (format, KAYNAK_CODEBOOK_FORMAT_NAME) != 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak codebook: it has no “format”: “%s”"),
                   KAYNAK_CODEBOOK_FORMAT_NAME);
      return FALSE;
    }
  if (!kaynak_json_reader_require_int (reader, root, NULL, "version", &version, error))
    return FALSE;
  if (version > KAYNAK_CODEBOOK_FORMAT_VERSION)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NEWER_VERSION,
                   _("This codebook was made by a newer Kaynak (codebook version %lld; this Kaynak reads version %d). Update Kaynak to use it."),
                   (long long) version, KAYNAK_CODEBOOK_FORMAT_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("version %lld is not a codebook version (they start at 1)"),
                   (long long) version);
      return FALSE;
    }

  if (!kaynak_json_reader_require_nonempty_string (reader, root, NULL, "id", &id, error) ||
      !kaynak_json_reader_require_nonempty_string (reader, root, NULL, "name", &name, error) ||
      !kaynak_json_reader_get_string (reader, root, NULL, "description", "", &description, error))
    return FALSE;

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description != NULL ? description : "");
  return TRUE;
}

static char *
compute_hash (KaynakCodebook *self)
{
  g_autoptr(GBytes) bytes = kaynak_codebook_to_bytes (self);
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  return g_strconcat ("sha256:", digest, NULL);
}

static gboolean check_counts (const KaynakJsonReader *reader,
                              JsonObject             *object,
                              const KaynakJsonPath   *where,
                              GError                **error);

KaynakCodebook *
kaynak_codebook_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autoptr(KaynakCodebook) self = NULL;
  g_auto(KaynakParsedFile) parsed = { 0 };
  KaynakJsonReader reader = { .dialect = KAYNAK_JSON_DIALECT_KAYNAK };
  JsonNode *root;
  JsonObject *object;
  JsonArray *sources = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!_kaynak_file_parse (bytes, &parsed, error))
    return NULL;
  reader.numbers_overflowed = parsed.numbers_overflowed;

  root = json_parser_get_root (parsed.parser);
  if (root == NULL || JSON_NODE_TYPE (root) != JSON_NODE_OBJECT)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_KAYNAK,
                   _("This is JSON, but not a Kaynak codebook: it is %s, not an object"),
                   root != NULL ? kaynak_json_node_describe (root) : _("empty"));
      return NULL;
    }
  object = json_node_get_object (root);

  self = g_object_new (KAYNAK_TYPE_CODEBOOK, NULL);
  if (!read_header (self, &reader, object, error) ||
      !kaynak_json_reader_get_array (&reader, object, NULL, "sources", &sources, error) ||
      (sources != NULL &&
       !_kaynak_file_read_sources (&reader, sources, self->sources, error)) ||
      !check_counts (&reader, object, NULL, error) ||
      !read_verdicts (self, &reader, object, NULL, error) ||
      !read_fields (self, &reader, object, NULL, error))
    return NULL;

  self->hash = compute_hash (self);
  return g_steal_pointer (&self);
}

KaynakCodebook *
kaynak_codebook_new_from_file (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakCodebook *codebook;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = _kaynak_file_read_bytes (file, cancellable, error)))
    return NULL;
  if (!(codebook = kaynak_codebook_new_from_bytes (bytes, &local_error)))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KAYNAK_ERROR, local_error->code, "%s: %s", name,
                   local_error->message);
    }
  return codebook;
}

/* ------------------------------------------------------------------------
 * Reading what was read
 * ------------------------------------------------------------------------ */

const char *
kaynak_codebook_get_id (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->id;
}

const char *
kaynak_codebook_get_name (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->name;
}

const char *
kaynak_codebook_get_description (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->description;
}

const char *
kaynak_codebook_get_hash (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->hash;
}

GPtrArray *
kaynak_codebook_get_sources (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->sources;
}

GPtrArray *
kaynak_codebook_get_verdicts (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->verdicts;
}

GPtrArray *
kaynak_codebook_get_fields (KaynakCodebook *self)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return self->fields;
}

static gpointer
find_by_id (GPtrArray  *array,
            const char *id)
{
  /* verdicts, fields and choices all start with their id */
  for (guint i = 0; id != NULL && i < array->len; i++)
    {
      char **first = g_ptr_array_index (array, i);

      if (strcmp (*first, id) == 0)
        return first;
    }
  return NULL;
}

const KaynakCodebookValue *
kaynak_codebook_find_verdict (KaynakCodebook *self,
                              const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return find_by_id (self->verdicts, id);
}

const KaynakCodebookField *
kaynak_codebook_find_field (KaynakCodebook *self,
                            const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);
  return find_by_id (self->fields, id);
}

gboolean
kaynak_codebook_get_rating_range (KaynakCodebook *self,
                                  double         *best,
                                  double         *worst)
{
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), FALSE);

  if (best != NULL)
    *best = self->best;
  if (worst != NULL)
    *worst = self->worst;
  return self->has_rating;
}

/* ------------------------------------------------------------------------
 * Values of fields
 * ------------------------------------------------------------------------ */

static gboolean
is_date (const char *text)
{
  GDateYear year;
  guint month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = (GDateYear) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, year);
}

static gboolean
is_link (const char *text)
{
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 ||
          g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static gboolean
fail_value (const KaynakCodebookField *field,
            GError                   **error,
            const char                *what)
{
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("“%s” must be %s"),
               field->label, what);
  return FALSE;
}

static gboolean
check_choice (const KaynakCodebookField *field,
              JsonNode                  *node,
              GError                   **error)
{
  const char *id;

  if (!kaynak_json_node_is_string (node))
    return fail_value (field, error, _("the id of one of its choices"));
  id = json_node_get_string (node);
  if (find_by_id (field->choices, id) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("“%s” has no choice “%s”"), field->label, id);
      return FALSE;
    }
  return TRUE;
}

gboolean
kaynak_codebook_field_check_value (const KaynakCodebookField *field,
                                   JsonNode                  *value,
                                   GError                   **error)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  switch (field->type)
    {
    case KAYNAK_FIELD_CHOICE:
      return check_choice (field, value, error);

    case KAYNAK_FIELD_CHOICES:
      {
        g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
        JsonArray *array;

        if (JSON_NODE_TYPE (value) != JSON_NODE_ARRAY)
          return fail_value (field, error, _("a list of ids of its choices"));
        array = json_node_get_array (value);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!check_choice (field, element, error))
              return FALSE;
            if (!g_hash_table_add (seen, (gpointer) json_node_get_string (element)))
              {
                g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                             _("“%s” has the choice “%s” twice"), field->label,
                             json_node_get_string (element));
                return FALSE;
              }
          }
        return TRUE;
      }

    case KAYNAK_FIELD_NUMBER:
      {
        GType type = JSON_NODE_TYPE (value) == JSON_NODE_VALUE
                     ? json_node_get_value_type (value) : G_TYPE_INVALID;
        double number;

        if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
          return fail_value (field, error, _("a number"));
        number = json_node_get_double (value);
        if (!isfinite (number) ||
            (field->has_min && number < field->min) ||
            (field->has_max && number > field->max))
          {
            g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                         _("“%s” is %g, outside %g to %g"), field->label, number,
                         field->has_min ? field->min : -G_MAXDOUBLE,
                         field->has_max ? field->max : G_MAXDOUBLE);
            return FALSE;
          }
        return TRUE;
      }

    case KAYNAK_FIELD_DATE:
      if (!kaynak_json_node_is_string (value) || !is_date (json_node_get_string (value)))
        return fail_value (field, error, _("a date written YYYY-MM-DD"));
      return TRUE;

    case KAYNAK_FIELD_TEXT:
      if (!kaynak_json_node_is_string (value))
        return fail_value (field, error, _("text"));
      return TRUE;

    case KAYNAK_FIELD_LINK:
      if (!kaynak_json_node_is_string (value) || !is_link (json_node_get_string (value)))
        return fail_value (field, error, _("an http or https address"));
      return TRUE;

    case KAYNAK_FIELD_YES_NO:
      if (JSON_NODE_TYPE (value) != JSON_NODE_VALUE ||
          json_node_get_value_type (value) != G_TYPE_BOOLEAN)
        return fail_value (field, error, _("true or false"));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------------
 * Writing
 * ------------------------------------------------------------------------ */

static JsonObject *
value_object (const KaynakCodebookValue *value,
              gboolean                   verdict)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", value->id);
  json_object_set_string_member (object, "label", value->label);
  if (value->description != NULL && *value->description != '\0')
    json_object_set_string_member (object, "description", value->description);
  if (verdict && value->color != NULL)
    json_object_set_string_member (object, "color", value->color);
  if (verdict && value->has_rating)
    json_object_set_double_member (object, "rating", value->rating);
  return object;
}

/* rating, verdicts and fields, as a codebook, a document and the
 * personal codebook write them: the one canonical writing the hash is of */
void
_kaynak_codebook_write_definitions (JsonObject *root,
                                    gboolean    has_rating,
                                    double      best,
                                    double      worst,
                                    GPtrArray  *verdicts,
                                    GPtrArray  *fields)
{
  JsonArray *array;

  if (has_rating)
    {
      JsonObject *rating = json_object_new ();

      json_object_set_double_member (rating, "best", best);
      json_object_set_double_member (rating, "worst", worst);
      json_object_set_object_member (root, "rating", rating);
    }

  array = json_array_new ();
  for (guint i = 0; i < verdicts->len; i++)
    json_array_add_object_element (array, value_object (g_ptr_array_index (verdicts, i),
                                                        TRUE));
  json_object_set_array_member (root, "verdicts", array);

  array = json_array_new ();
  for (guint i = 0; i < fields->len; i++)
    {
      const KaynakCodebookField *field = g_ptr_array_index (fields, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", field->id);
      json_object_set_string_member (object, "label", field->label);
      if (field->description != NULL && *field->description != '\0')
        json_object_set_string_member (object, "description", field->description);
      json_object_set_string_member (object, "on", target_names[field->target]);
      json_object_set_string_member (object, "type", type_names[field->type]);
      if (is_choice_type (field->type))
        {
          JsonArray *choices = json_array_new ();

          for (guint j = 0; j < field->choices->len; j++)
            json_array_add_object_element (choices,
                                           value_object (g_ptr_array_index (field->choices, j),
                                                         FALSE));
          json_object_set_array_member (object, "choices", choices);
        }
      if (field->type == KAYNAK_FIELD_NUMBER && field->has_min)
        json_object_set_double_member (object, "min", field->min);
      if (field->type == KAYNAK_FIELD_NUMBER && field->has_max)
        json_object_set_double_member (object, "max", field->max);
      json_array_add_object_element (array, object);
    }
  json_object_set_array_member (root, "fields", array);
}

void
_kaynak_codebook_add_definitions (KaynakCodebook *self,
                                  JsonObject     *root)
{
  _kaynak_codebook_write_definitions (root, self->has_rating, self->best, self->worst,
                                      self->verdicts, self->fields);
}

GBytes *
kaynak_codebook_to_bytes (KaynakCodebook *self)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root = json_object_new ();
  JsonArray *array;
  JsonNode *node;
  GString *string = g_string_new (NULL);

  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (self), NULL);

  json_object_set_string_member (root, "format", KAYNAK_CODEBOOK_FORMAT_NAME);
  json_object_set_int_member (root, "version", KAYNAK_CODEBOOK_FORMAT_VERSION);
  json_object_set_string_member (root, "id", self->id);
  json_object_set_string_member (root, "name", self->name);
  if (*self->description != '\0')
    json_object_set_string_member (root, "description", self->description);

  array = json_array_new ();
  for (guint i = 0; i < self->sources->len; i++)
    json_array_add_object_element (array,
                                   _kaynak_file_source_to_json (g_ptr_array_index (self->sources, i)));
  json_object_set_array_member (root, "sources", array);

  _kaynak_codebook_add_definitions (self, root);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);
  json_generator_set_root (generator, node);
  json_node_unref (node);
  json_generator_to_gstring (generator, string);
  g_string_append_c (string, '\n');
  return g_string_free_to_bytes (string);
}

/* ------------------------------------------------------------------------
 * What changed
 * ------------------------------------------------------------------------ */

void
kaynak_codebook_change_free (KaynakCodebookChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->choice);
  g_free (change->message);
  g_free (change);
}

static void
add_change (GPtrArray                *changes,
            KaynakCodebookChangeKind  kind,
            const char               *id,
            const char               *choice,
            char                     *message)
{
  KaynakCodebookChange *change = g_new0 (KaynakCodebookChange, 1);

  change->kind = kind;
  change->id = g_strdup (id);
  change->choice = g_strdup (choice);
  change->message = message;
  g_ptr_array_add (changes, change);
}

static void
diff_choices (GPtrArray                 *changes,
              const KaynakCodebookField *before,
              const KaynakCodebookField *after)
{
  for (guint i = 0; i < before->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (before->choices, i);

      if (find_by_id (after->choices, choice->id) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_CHOICE_REMOVED, before->id, choice->id,
                    g_strdup_printf (_("The choice “%s” of “%s” is no longer in the codebook"),
                                     choice->label, before->label));
    }
  for (guint i = 0; i < after->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (after->choices, i);

      if (find_by_id (before->choices, choice->id) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_CHOICE_ADDED, after->id, choice->id,
                    g_strdup_printf (_("“%s” has a new choice, “%s”"),
                                     after->label, choice->label));
    }
}

static KaynakSource *
find_source (GPtrArray  *sources,
             const char *id)
{
  for (guint i = 0; i < sources->len; i++)
    if (strcmp (kaynak_source_get_id (g_ptr_array_index (sources, i)), id) == 0)
      return g_ptr_array_index (sources, i);
  return NULL;
}

GPtrArray *
kaynak_codebook_diff (KaynakCodebook *before,
                      KaynakCodebook *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_codebook_change_free);

  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (before), changes);
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (after), changes);

  for (guint i = 0; i < before->verdicts->len; i++)
    {
      const KaynakCodebookValue *old = g_ptr_array_index (before->verdicts, i);
      const KaynakCodebookValue *now = find_by_id (after->verdicts, old->id);

      if (now == NULL)
        add_change (changes, KAYNAK_CODEBOOK_VERDICT_REMOVED, old->id, NULL,
                    g_strdup_printf (_("The verdict “%s” is no longer in the codebook"),
                                     old->label));
      else if (strcmp (old->label, now->label) != 0)
        add_change (changes, KAYNAK_CODEBOOK_VERDICT_RENAMED, old->id, NULL,
                    g_strdup_printf (_("The verdict “%s” is now called “%s”"),
                                     old->label, now->label));
    }
  for (guint i = 0; i < after->verdicts->len; i++)
    {
      const KaynakCodebookValue *now = g_ptr_array_index (after->verdicts, i);

      if (find_by_id (before->verdicts, now->id) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_VERDICT_ADDED, now->id, NULL,
                    g_strdup_printf (_("The codebook has a new verdict, “%s”"), now->label));
    }

  for (guint i = 0; i < before->fields->len; i++)
    {
      const KaynakCodebookField *old = g_ptr_array_index (before->fields, i);
      const KaynakCodebookField *now = find_by_id (after->fields, old->id);

      if (now == NULL)
        add_change (changes, KAYNAK_CODEBOOK_FIELD_REMOVED, old->id, NULL,
                    g_strdup_printf (_("The field “%s” is no longer in the codebook"),
                                     old->label));
      else if (old->type != now->type || old->target != now->target)
        add_change (changes, KAYNAK_CODEBOOK_FIELD_RETYPED, old->id, NULL,
                    g_strdup_printf (_("The field “%s” now holds %s on a %s (it held %s on a %s)"),
                                     now->label, type_names[now->type],
                                     target_names[now->target], type_names[old->type],
                                     target_names[old->target]));
      else if (is_choice_type (old->type))
        diff_choices (changes, old, now);
    }
  for (guint i = 0; i < after->fields->len; i++)
    {
      const KaynakCodebookField *now = g_ptr_array_index (after->fields, i);

      if (find_by_id (before->fields, now->id) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_FIELD_ADDED, now->id, NULL,
                    g_strdup_printf (_("The codebook has a new field, “%s”"), now->label));
    }

  for (guint i = 0; i < before->sources->len; i++)
    {
      KaynakSource *old = g_ptr_array_index (before->sources, i);

      if (find_source (after->sources, kaynak_source_get_id (old)) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_SOURCE_REMOVED, kaynak_source_get_id (old), NULL,
                    g_strdup_printf (_("The source “%s” is no longer in the codebook"),
                                     kaynak_source_get_label (old)));
    }
  for (guint i = 0; i < after->sources->len; i++)
    {
      KaynakSource *now = g_ptr_array_index (after->sources, i);

      if (find_source (before->sources, kaynak_source_get_id (now)) == NULL)
        add_change (changes, KAYNAK_CODEBOOK_SOURCE_ADDED, kaynak_source_get_id (now), NULL,
                    g_strdup_printf (_("The codebook has a new source, “%s”"),
                                     kaynak_source_get_label (now)));
    }

  return changes;
}

/* ------------------------------------------------------------------------
 * What a document carries (kaynak-codebook-private.h)
 * ------------------------------------------------------------------------ */

KaynakCodebook *
_kaynak_codebook_new_empty (void)
{
  KaynakCodebook *self = g_object_new (KAYNAK_TYPE_CODEBOOK, NULL);

  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->hash = g_strdup ("");
  return self;
}

/* Counts checked before anything is allocated for them */
static gboolean
check_count (const KaynakJsonReader *reader,
             JsonObject             *object,
             const KaynakJsonPath   *where,
             const char             *member,
             guint                   max,
             GError                **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_TYPE (node) == JSON_NODE_ARRAY &&
      json_array_get_length (json_node_get_array (node)) > max)
    {
      const KaynakJsonPath path = KAYNAK_JSON_MEMBER (where, member);

      return kaynak_json_reader_fail (reader, &path, error,
                                      _("the list has %u elements; Kaynak reads at most %u"),
                                      json_array_get_length (json_node_get_array (node)), max);
    }
  return TRUE;
}

/* How many verdicts, fields and choices: a codebook file or a document's
 * copy of one holding more is refused before anything is read */
static gboolean
check_counts (const KaynakJsonReader *reader,
              JsonObject             *object,
              const KaynakJsonPath   *where,
              GError                **error)
{
  const KaynakJsonPath list = KAYNAK_JSON_MEMBER (where, "fields");
  JsonNode *fields = json_object_get_member (object, "fields");

  if (!check_count (reader, object, where, "verdicts", KAYNAK_CODEBOOK_MAX_VERDICTS, error) ||
      !check_count (reader, object, where, "fields", KAYNAK_CODEBOOK_MAX_FIELDS, error))
    return FALSE;
  if (fields == NULL || JSON_NODE_TYPE (fields) != JSON_NODE_ARRAY)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (fields)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (fields), i);
      const KaynakJsonPath at = KAYNAK_JSON_ELEMENT (&list, i);

      if (JSON_NODE_TYPE (node) == JSON_NODE_OBJECT &&
          !check_count (reader, json_node_get_object (node), &at, "choices",
                        KAYNAK_CODEBOOK_MAX_CHOICES, error))
        return FALSE;
    }
  return TRUE;
}

KaynakCodebook *
_kaynak_codebook_read_member (const KaynakJsonReader *reader,
                              JsonObject             *object,
                              const KaynakJsonPath   *where,
                              GError                **error)
{
  g_autoptr(KaynakCodebook) self = g_object_new (KAYNAK_TYPE_CODEBOOK, NULL);
  const char *id, *name, *hash = "";

  if (!kaynak_json_reader_get_string (reader, object, where, "id", "", &id, error) ||
      !kaynak_json_reader_get_string (reader, object, where, "name", "", &name, error) ||
      !kaynak_json_reader_get_string (reader, object, where, "hash", "", &hash, error) ||
      !check_counts (reader, object, where, error))
    return NULL;
  self->id = g_strdup (id != NULL ? id : "");
  self->name = g_strdup (name != NULL ? name : "");
  self->description = g_strdup ("");
  self->hash = g_strdup (hash != NULL ? hash : "");
  if (!read_verdicts (self, reader, object, where, error) ||
      !read_fields (self, reader, object, where, error))
    return NULL;
  return g_steal_pointer (&self);
}

static KaynakCodebookValue *
value_copy (const KaynakCodebookValue *value)
{
  KaynakCodebookValue *copy = g_new0 (KaynakCodebookValue, 1);

  copy->id = g_strdup (value->id);
  copy->label = g_strdup (value->label);
  copy->description = g_strdup (value->description);
  copy->color = g_strdup (value->color);
  copy->has_rating = value->has_rating;
  copy->rating = value->rating;
  return copy;
}

static KaynakCodebookField *
field_copy (const KaynakCodebookField *field)
{
  KaynakCodebookField *copy = g_new0 (KaynakCodebookField, 1);

  copy->id = g_strdup (field->id);
  copy->label = g_strdup (field->label);
  copy->description = g_strdup (field->description);
  copy->target = field->target;
  copy->type = field->type;
  copy->choices = g_ptr_array_new_with_free_func (value_free);
  for (guint i = 0; i < field->choices->len; i++)
    g_ptr_array_add (copy->choices, value_copy (g_ptr_array_index (field->choices, i)));
  copy->has_min = field->has_min;
  copy->has_max = field->has_max;
  copy->min = field->min;
  copy->max = field->max;
  return copy;
}

static void
copy_definitions_into (KaynakCodebook *self,
                       KaynakCodebook *from)
{
  for (guint i = 0; i < from->verdicts->len; i++)
    g_ptr_array_add (self->verdicts, value_copy (g_ptr_array_index (from->verdicts, i)));
  for (guint i = 0; i < from->fields->len; i++)
    g_ptr_array_add (self->fields, field_copy (g_ptr_array_index (from->fields, i)));
  self->has_rating = from->has_rating;
  self->best = from->best;
  self->worst = from->worst;
}

KaynakCodebook *
_kaynak_codebook_copy_definitions (KaynakCodebook *from)
{
  KaynakCodebook *self;

  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (from), NULL);

  self = g_object_new (KAYNAK_TYPE_CODEBOOK, NULL);
  self->id = g_strdup (from->id);
  self->name = g_strdup (from->name);
  self->description = g_strdup (from->description);
  self->hash = g_strdup (from->hash);
  copy_definitions_into (self, from);
  return self;
}

KaynakCodebook *
_kaynak_codebook_new_from_parts (const char     *id,
                                 const char     *name,
                                 GPtrArray      *sources,
                                 KaynakCodebook *definitions)
{
  KaynakCodebook *self = g_object_new (KAYNAK_TYPE_CODEBOOK, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup ("");
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      KaynakSource *source = kaynak_source_copy (g_ptr_array_index (sources, i));

      /* a source's field values are one article's judgement, not the team's */
      kaynak_source_set_fields (source, NULL);
      g_ptr_array_add (self->sources, source);
    }
  if (definitions != NULL)
    copy_definitions_into (self, definitions);
  self->hash = compute_hash (self);
  return self;
}

/* ------------------------------------------------------------------------
 * Which codebook applies to a file
 * ------------------------------------------------------------------------ */

/* A regular file, not a symbolic link: a link could make a folder's
 * codebook come from anywhere */
static gboolean
is_plain_file (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK,
                                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                 NULL, NULL);

  return info != NULL &&
         !g_file_info_get_is_symlink (info) &&
         g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR;
}

GFile *
kaynak_codebook_find_for_file (GFile *file,
                               GFile *top)
{
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (top == NULL || G_IS_FILE (top), NULL);

  folder = g_file_get_parent (file);
  /* Only folders at or below @top; a @top that is not above the file
   * gives the file's own folder only */
  if (top != NULL && !g_file_equal (folder, top) && !g_file_has_prefix (folder, top))
    top = NULL;
  while (folder != NULL)
    {
      g_autoptr(GFile) candidate = g_file_get_child (folder, KAYNAK_CODEBOOK_FOLDER_NAME);
      GFile *parent;

      if (is_plain_file (candidate))
        return g_steal_pointer (&candidate);
      if (top == NULL || g_file_equal (folder, top))
        break;
      parent = g_file_get_parent (folder);
      g_object_unref (folder);
      folder = parent;
    }
  return NULL;
}
