/* kaynak-merge.c: the three-way merge of one article's annotations (see
 * the header for the rules).
 *
 * It works on the JSON objects rather than on KaynakDocument, so that
 * every member, those this Kaynak does not know included, is merged the
 * same way and nothing is lost; the result then goes through the loader
 * (validation) and the serialiser (Kaynak's own layout).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-merge.h"

#define DISAGREEMENTS "disagreements"

/* A claim's members that say where it stands: they change together (a
 * moved claim has a new start, end, quote and context at once), so they
 * are merged as one */
static const char * const claim_place[] = {
  "start", "end", "quote", "prefix", "suffix", "pieces", "orphaned", NULL
};

typedef enum
{
  LEVEL_TOP,
  LEVEL_METADATA,
  LEVEL_SOURCE,
  LEVEL_CLAIM,
  LEVEL_LINK,
} Level;

typedef struct
{
  GPtrArray *conflicts;   /* char * sentences */
  /* the file's own "disagreements": conflicts of the metadata and of
   * links, which have no member of their own to hold them */
  JsonArray *top;
} Merge;

static JsonObject *object_member (JsonObject *object,
                                  const char *name);

static char *
node_text (JsonNode *node)
{
  return node != NULL ? json_to_string (node, FALSE) : NULL;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* The group @name merges in: its own name, or "start" for a claim's place */
static const char *
group_of (Level       level,
          const char *name)
{
  if (level == LEVEL_CLAIM && in_list (claim_place, name))
    return "start";
  return name;
}

/* The group's values on one side, as one string to compare */
static char *
group_text (JsonObject *object,
            Level       level,
            const char *group)
{
  GString *text;

  if (object == NULL)
    return NULL;
  if (!(level == LEVEL_CLAIM && strcmp (group, "start") == 0))
    return node_text (member (object, group));
  text = g_string_new (NULL);
  for (guint i = 0; claim_place[i] != NULL; i++)
    {
      g_autofree char *value = node_text (member (object, claim_place[i]));
      g_string_append_printf (text, "%s\x1f", value != NULL ? value : "");
    }
  return g_string_free (text, FALSE);
}

/* Every member name of the three sides: ours' order, then theirs', then
 * base's */
static GPtrArray *
member_names (JsonObject *base,
              JsonObject *ours,
              JsonObject *theirs)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *sides[] = { ours, theirs, base };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonObjectIter iter;
      const char *name;

      if (sides[s] == NULL)
        continue;
      json_object_iter_init (&iter, sides[s]);
      while (json_object_iter_next (&iter, &name, NULL))
        if (g_hash_table_add (seen, (gpointer) name))
          g_ptr_array_add (names, (gpointer) name);
    }
  return names;
}

static void
set_copy (JsonObject *object,
          const char *name,
          JsonNode   *node)
{
  if (node != NULL)
    json_object_set_member (object, name, json_node_copy (node));
}

/* The entries of both sides' "disagreements", each once */
static JsonNode *
merged_disagreements (JsonObject *ours,
                      JsonObject *theirs,
                      JsonArray  *new_entries)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *all = json_array_new ();
  JsonObject *sides[] = { ours, theirs };
  JsonNode *node;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonNode *list = member (sides[s], DISAGREEMENTS);

      if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
        continue;
      for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
        {
          JsonNode *entry = json_array_get_element (json_node_get_array (list), i);

          if (g_hash_table_add (seen, node_text (entry)))
            json_array_add_element (all, json_node_copy (entry));
        }
    }
  for (guint i = 0; new_entries != NULL && i < json_array_get_length (new_entries); i++)
    json_array_add_element (all, json_node_copy (json_array_get_element (new_entries, i)));

  if (json_array_get_length (all) == 0)
    {
      json_array_unref (all);
      return NULL;
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, all);
  return node;
}

/* How a conflict is named to the user: the claim's quote, the source's
 * label, or the id */
static char *
describe (Level       level,
          JsonObject *object,
          const char *id)
{
  JsonNode *quote = member (object, "quote"), *label = member (object, "label");

  switch (level)
    {
    case LEVEL_CLAIM:
      return g_strdup_printf (_("claim “%s”"), quote != NULL && JSON_NODE_HOLDS_VALUE (quote)
                                                ? json_node_get_string (quote) : id);
    case LEVEL_SOURCE:
      return g_strdup_printf (_("source “%s”"), label != NULL && JSON_NODE_HOLDS_VALUE (label)
                                                 ? json_node_get_string (label) : id);
    case LEVEL_LINK:
      return g_strdup_printf (_("link %s"), id);
    case LEVEL_METADATA:
      return g_strdup (_("the article’s details"));
    case LEVEL_TOP:
    default:
      return g_strdup (_("the file"));
    }
}

/* A claim's or source's "fields" (docs/FORMAT.md, version 2), merged
 * field by field: each is a member of its own, so that one side setting
 * the topic and the other the count is no conflict.  Returns the merged
 * object (NULL: no field left); the fields changed on both sides keep
 * ours and are put, with theirs' values (null: theirs unset it), in
 * *@conflicting, their names appended to @names. */
static JsonObject *
merge_fields (JsonObject  *base,
              JsonObject  *ours,
              JsonObject  *theirs,
              JsonObject **conflicting,
              GString     *names)
{
  JsonObject *result = json_object_new ();
  JsonObject *sides[] = { ours, theirs, base };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      g_autoptr(GList) ids = sides[s] != NULL ? json_object_get_members (sides[s]) : NULL;

      for (GList *l = ids; l != NULL; l = l->next)
        {
          const char *id = l->data;
          g_autofree char *b = NULL, *o = NULL, *t = NULL;
          JsonObject *take;

          if (!g_hash_table_add (seen, (gpointer) id))
            continue;
          b = node_text (member (base, id));
          o = node_text (member (ours, id));
          t = node_text (member (theirs, id));
          if (g_strcmp0 (o, t) == 0 || g_strcmp0 (t, b) == 0)
            take = ours;
          else if (g_strcmp0 (o, b) == 0)
            take = theirs;
          else
            {
              take = ours;
              if (*conflicting == NULL)
                *conflicting = json_object_new ();
              if (member (theirs, id) != NULL)
                set_copy (*conflicting, id, member (theirs, id));
              else
                json_object_set_null_member (*conflicting, id);
              g_string_append_printf (names, "%sfields.%s", names->len > 0 ? ", " : "", id);
            }
          set_copy (result, id, member (take, id));
        }
    }
  if (json_object_get_size (result) == 0)
    g_clear_pointer (&result, json_object_unref);
  return result;
}

/* Merges one object member by member; a conflict keeps ours and, where
 * the object can hold it (a source or a claim), records theirs */
static JsonObject *
merge_object (Merge      *merge,
              Level       level,
              const char *id,
              JsonObject *base,
              JsonObject *ours,
              JsonObject *theirs)
{
  JsonObject *result = json_object_new ();
  g_autoptr(GPtrArray) names = member_names (base, ours, theirs);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *conflicting = NULL;
  g_autoptr(GString) conflict_names = g_string_new (NULL);
  gboolean records = level == LEVEL_SOURCE || level == LEVEL_CLAIM;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *group = group_of (level, name);
      g_autofree char *b = NULL, *o = NULL, *t = NULL;
      JsonObject *take;

      if (strcmp (name, DISAGREEMENTS) == 0 && records)
        continue;
      if (!g_hash_table_add (done, (gpointer) group) && group != name)
        continue;
      if (records && strcmp (name, "fields") == 0)
        {
          JsonObject *theirs_fields = NULL;
          JsonObject *merged = merge_fields (object_member (base, name), object_member (ours, name),
                                             object_member (theirs, name), &theirs_fields,
                                             conflict_names);

          if (merged != NULL)
            json_object_set_object_member (result, name, merged);
          if (theirs_fields != NULL)
            {
              if (conflicting == NULL)
                conflicting = json_object_new ();
              json_object_set_object_member (conflicting, name, theirs_fields);
            }
          continue;
        }
      if (strcmp (name, "modified") == 0 && level == LEVEL_CLAIM)
        {
          JsonNode *mo = member (ours, name), *mt = member (theirs, name);
          /* ISO times in UTC with a Z compare as strings */
          gboolean later = mo == NULL || (mt != NULL && JSON_NODE_HOLDS_VALUE (mt) && JSON_NODE_HOLDS_VALUE (mo) &&
                                          g_strcmp0 (json_node_get_string (mt), json_node_get_string (mo)) > 0);
          set_copy (result, name, later ? mt : mo);
          continue;
        }

      b = group_text (base, level, group);
      o = group_text (ours, level, group);
      t = group_text (theirs, level, group);
      if (g_strcmp0 (o, t) == 0 || g_strcmp0 (t, b) == 0)
        take = ours;
      else if (g_strcmp0 (o, b) == 0)
        take = theirs;
      else
        {
          take = ours;
          if (conflicting == NULL)
            conflicting = json_object_new ();
          g_string_append_printf (conflict_names, "%s%s", conflict_names->len > 0 ? ", " : "", group);
          if (level == LEVEL_CLAIM && strcmp (group, "start") == 0)
            {
              for (guint k = 0; claim_place[k] != NULL; k++)
                if (member (theirs, claim_place[k]) != NULL)
                  set_copy (conflicting, claim_place[k], member (theirs, claim_place[k]));
            }
          else if (member (theirs, group) != NULL)
            set_copy (conflicting, group, member (theirs, group));
          else
            json_object_set_null_member (conflicting, group);
        }

      if (level == LEVEL_CLAIM && strcmp (group, "start") == 0)
        {
          for (guint k = 0; claim_place[k] != NULL; k++)
            set_copy (result, claim_place[k], member (take, claim_place[k]));
        }
      else
        set_copy (result, group, member (take, group));
    }

  if (conflicting != NULL)
    {
      g_autofree char *what = describe (level, ours, id);

      if (records)
        {
          g_autoptr(JsonArray) entries = json_array_new ();
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "side", "theirs");
          json_object_set_object_member (entry, "members", conflicting);
          json_array_add_object_element (entries, entry);
          conflicting = NULL;
          json_object_set_member (result, DISAGREEMENTS, merged_disagreements (ours, theirs, entries));
          /* Translators: "claim “…”: status, note changed on both sides; …" */
          g_ptr_array_add (merge->conflicts,
                           g_strdup_printf (_("%s: %s changed on both sides; ours kept, theirs recorded in “%s”"),
                                            what, conflict_names->str, DISAGREEMENTS));
        }
      else if (level == LEVEL_METADATA || level == LEVEL_LINK)
        {
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "side", "theirs");
          if (level == LEVEL_LINK)
            json_object_set_string_member (entry, "link", id);
          else
            json_object_set_boolean_member (entry, "metadata", TRUE);
          json_object_set_object_member (entry, "members", conflicting);
          json_array_add_object_element (merge->top, entry);
          g_ptr_array_add (merge->conflicts,
                           g_strdup_printf (_("%s: %s changed on both sides; ours kept, theirs recorded in “%s”"),
                                            what, conflict_names->str, DISAGREEMENTS));
        }
      else
        {
          json_object_unref (conflicting);
          g_ptr_array_add (merge->conflicts,
                           g_strdup_printf (_("%s: %s changed on both sides; ours kept"),
                                            what, conflict_names->str));
        }
    }
  else if (records)
    {
      JsonNode *list = merged_disagreements (ours, theirs, NULL);
      if (list != NULL)
        json_object_set_member (result, DISAGREEMENTS, list);
    }
  return result;
}

/* An object deleted on @deleted_side and edited on the other: kept as
 * edited (a copy), the deletion recorded */
static JsonObject *
keep_edited (Merge      *merge,
             Level       level,
             const char *id,
             JsonObject *edited,
             const char *deleted_side)
{
  g_autofree char *what = describe (level, edited, id);
  JsonObject *result;

  if (level == LEVEL_SOURCE || level == LEVEL_CLAIM)
    {
      g_autoptr(JsonArray) entries = json_array_new ();
      JsonObject *entry = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      result = json_object_new ();
      json_object_iter_init (&iter, edited);
      while (json_object_iter_next (&iter, &name, &node))
        if (strcmp (name, DISAGREEMENTS) != 0)
          set_copy (result, name, node);
      json_object_set_string_member (entry, "side", deleted_side);
      json_object_set_boolean_member (entry, "deleted", TRUE);
      json_array_add_object_element (entries, entry);
      json_object_set_member (result, DISAGREEMENTS, merged_disagreements (edited, NULL, entries));
    }
  else
    {
      result = json_object_ref (edited);
      if (level == LEVEL_LINK)
        {
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "side", deleted_side);
          json_object_set_string_member (entry, "link", id);
          json_object_set_boolean_member (entry, "deleted", TRUE);
          json_array_add_object_element (merge->top, entry);
        }
    }

  g_ptr_array_add (merge->conflicts,
                   g_strcmp0 (deleted_side, "ours") == 0
                   ? g_strdup_printf (_("%s: deleted in ours, edited in theirs; kept as edited"), what)
                   : g_strdup_printf (_("%s: edited in ours, deleted in theirs; kept"), what));
  return result;
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = member (object, name);
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
id_of (JsonObject *object)
{
  JsonNode *node = member (object, "id");
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* id → JsonObject of a list (ids are unique: the loader checked) */
static GHashTable *
index_list (JsonArray *list)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *object = json_array_get_object_element (list, i);
      const char *id = id_of (object);
      if (id != NULL)
        g_hash_table_insert (index, (gpointer) id, object);
    }
  return index;
}

static JsonArray *
merge_list (Merge      *merge,
            Level       level,
            JsonArray  *base,
            JsonArray  *ours,
            JsonArray  *theirs)
{
  g_autoptr(GHashTable) b = index_list (base);
  g_autoptr(GHashTable) o = index_list (ours);
  g_autoptr(GHashTable) t = index_list (theirs);
  JsonArray *result = json_array_new ();
  JsonArray *sides[] = { ours, theirs };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; sides[s] != NULL && i < json_array_get_length (sides[s]); i++)
      {
        const char *id = id_of (json_array_get_object_element (sides[s], i));
        JsonObject *bo, *oo, *to, *merged = NULL;

        if (id == NULL)
          continue;
        bo = g_hash_table_lookup (b, id);
        oo = g_hash_table_lookup (o, id);
        to = g_hash_table_lookup (t, id);
        /* theirs' pass only adds what ours does not have */
        if (s == 1 && oo != NULL)
          continue;

        if (oo != NULL && to != NULL)
          merged = merge_object (merge, level, id, bo, oo, to);
        else if (bo == NULL)
          merged = json_object_ref (oo != NULL ? oo : to);   /* added on one side */
        else
          {
            JsonObject *kept = oo != NULL ? oo : to;
            g_autofree char *before = NULL, *now = NULL;
            JsonNode *x = json_node_new (JSON_NODE_OBJECT), *y = json_node_new (JSON_NODE_OBJECT);

            json_node_set_object (x, bo);
            json_node_set_object (y, kept);
            before = node_text (x);
            now = node_text (y);
            json_node_unref (x);
            json_node_unref (y);
            /* deleted on one side: deleted, unless the other edited it */
            if (strcmp (before, now) != 0)
              merged = keep_edited (merge, level, id, kept, oo != NULL ? "theirs" : "ours");
          }
        if (merged != NULL)
          json_array_add_object_element (result, merged);
      }
  return result;
}

/* The clean-ups after merging lists (see the header) */
static void
repair (JsonObject *root,
        JsonArray  *ours_sources,
        JsonArray  *theirs_sources)
{
  JsonArray *sources = array_member (root, "sources");
  JsonArray *claims = array_member (root, "claims");
  JsonArray *links = array_member (root, "links");
  g_autoptr(GHashTable) have_sources = index_list (sources);
  g_autoptr(GHashTable) have_claims = index_list (claims);
  g_autoptr(GHashTable) ours_index = index_list (ours_sources);
  g_autoptr(GHashTable) theirs_index = index_list (theirs_sources);
  g_autoptr(GHashTable) link_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean shortcut_taken[10] = { FALSE };

  /* sources still named by a claim come back */
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonNode *source = member (json_array_get_object_element (claims, i), "source");
      const char *id;
      JsonObject *back;

      if (source == NULL || !JSON_NODE_HOLDS_VALUE (source))
        continue;
      id = json_node_get_string (source);
      if (id == NULL || g_hash_table_contains (have_sources, id))
        continue;
      back = g_hash_table_lookup (ours_index, id);
      if (back == NULL)
        back = g_hash_table_lookup (theirs_index, id);
      if (back == NULL)
        continue;   /* the loader will say so */
      json_array_add_object_element (sources, json_object_ref (back));
      g_hash_table_insert (have_sources, (gpointer) id_of (back), back);
    }

  /* a shortcut digit goes to the first source that has it (ours first) */
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);
      JsonNode *shortcut = member (source, "shortcut");
      gint64 digit;

      if (shortcut == NULL || json_node_get_value_type (shortcut) != G_TYPE_INT64)
        continue;
      digit = json_node_get_int (shortcut);
      if (digit < 0 || digit > 9)
        continue;
      if (shortcut_taken[digit])
        json_object_set_null_member (source, "shortcut");
      shortcut_taken[digit] = TRUE;
    }

  /* links: both ends present, one per type and pair */
  if (links != NULL)
    {
      JsonArray *kept = json_array_new ();

      for (guint i = 0; i < json_array_get_length (links); i++)
        {
          JsonObject *link = json_array_get_object_element (links, i);
          JsonNode *from = member (link, "from"), *to = member (link, "to"), *type = member (link, "type");
          g_autofree char *key = NULL;

          if (from == NULL || to == NULL || type == NULL ||
              !JSON_NODE_HOLDS_VALUE (from) || !JSON_NODE_HOLDS_VALUE (to) || !JSON_NODE_HOLDS_VALUE (type) ||
              !g_hash_table_contains (have_claims, json_node_get_string (from)) ||
              !g_hash_table_contains (have_claims, json_node_get_string (to)))
            continue;
          key = g_strdup_printf ("%s\x1f%s\x1f%s", json_node_get_string (type),
                                 json_node_get_string (from), json_node_get_string (to));
          if (!g_hash_table_add (link_keys, g_steal_pointer (&key)))
            continue;
          json_array_add_object_element (kept, json_object_ref (link));
        }
      json_object_set_array_member (root, "links", kept);
    }
}

/* Validates one side with the loader; its JSON tree on success */
static JsonNode *
read_side (GBytes      *bytes,
           const char  *side,
           char       **sha256,
           GError     **error)
{
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  document = kaynak_file_load_bytes (bytes, NULL, &local);
  if (document == NULL)
    {
      /* Translators: %s is "base", "ours" or "theirs" (git's names) */
      g_set_error (error, KAYNAK_ERROR, local->domain == KAYNAK_ERROR ? local->code : KAYNAK_ERROR_INVALID,
                   _("%s: %s"), side, local->message);
      return NULL;
    }
  *sha256 = g_strdup (kaynak_document_get_sha256 (document));
  /* a UTF-8 byte order mark the loader skipped */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_SYNTAX, _("%s: %s"), side, local->message);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

GBytes *
kaynak_merge_files (GBytes     *base,
                    GBytes     *ours,
                    GBytes     *theirs,
                    GPtrArray **conflicts,
                    GError    **error)
{
  g_autoptr(JsonNode) base_root = NULL, ours_root = NULL, theirs_root = NULL;
  g_autofree char *base_sha = NULL, *ours_sha = NULL, *theirs_sha = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KaynakDocument) document = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) text = NULL;
  JsonObject *b, *o, *t, *root;
  JsonNode *result;
  g_autoptr(JsonArray) top = json_array_new ();
  Merge merge = { found, top };
  gsize length;
  char *data;

  g_return_val_if_fail (base != NULL && ours != NULL && theirs != NULL, NULL);

  if (g_bytes_get_size (base) > 0 &&
      (base_root = read_side (base, "base", &base_sha, error)) == NULL)
    return NULL;
  if ((ours_root = read_side (ours, "ours", &ours_sha, error)) == NULL ||
      (theirs_root = read_side (theirs, "theirs", &theirs_sha, error)) == NULL)
    return NULL;
  if (strcmp (ours_sha, theirs_sha) != 0)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("ours and theirs annotate different texts (the article’s SHA-256 differs); "
                             "merge the article by hand first"));
      return NULL;
    }

  b = base_root != NULL ? json_node_get_object (base_root) : NULL;
  o = json_node_get_object (ours_root);
  t = json_node_get_object (theirs_root);

  /* the top level: lists by id, the article ours (the same text), the
   * rest member by member */
  root = json_object_new ();
  {
    g_autoptr(GPtrArray) names = member_names (b, o, t);

    for (guint i = 0; i < names->len; i++)
      {
        const char *name = g_ptr_array_index (names, i);

        if (strcmp (name, "sources") == 0 || strcmp (name, "claims") == 0 || strcmp (name, "links") == 0)
          {
            Level level = name[0] == 's' ? LEVEL_SOURCE : name[0] == 'c' ? LEVEL_CLAIM : LEVEL_LINK;
            json_object_set_array_member (root, name,
                                          merge_list (&merge, level, array_member (b, name),
                                                      array_member (o, name), array_member (t, name)));
          }
        else if (strcmp (name, "metadata") == 0)
          json_object_set_object_member (root, name,
                                         merge_object (&merge, LEVEL_METADATA, NULL, object_member (b, name),
                                                       object_member (o, name), object_member (t, name)));
        else if (strcmp (name, DISAGREEMENTS) == 0)
          continue;   /* both sides' and this merge's, below */
        else if (strcmp (name, "format") == 0 || strcmp (name, "version") == 0 ||
                 strcmp (name, "article") == 0)
          set_copy (root, name, member (o, name) != NULL ? member (o, name) : member (t, name));
        else
          {
            JsonObject *bb = json_object_new (), *oo = json_object_new (), *tt = json_object_new ();
            JsonObject *merged;

            set_copy (bb, name, member (b, name));
            set_copy (oo, name, member (o, name));
            set_copy (tt, name, member (t, name));
            merged = merge_object (&merge, LEVEL_TOP, NULL, b != NULL ? bb : NULL, oo, tt);
            set_copy (root, name, member (merged, name));
            json_object_unref (merged);
            json_object_unref (bb);
            json_object_unref (oo);
            json_object_unref (tt);
          }
      }
  }
  repair (root, array_member (o, "sources"), array_member (t, "sources"));
  {
    JsonNode *list = merged_disagreements (o, t, top);

    if (list != NULL)
      json_object_set_member (root, DISAGREEMENTS, list);
  }

  /* through the loader and the serialiser: a valid file in Kaynak's own
   * layout, or a clear error */
  result = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (result, root);
  generator = json_generator_new ();
  json_generator_set_root (generator, result);
  data = json_generator_to_data (generator, &length);
  json_node_unref (result);
  text = g_bytes_new_take (data, length);
  document = kaynak_file_load_bytes (text, NULL, &local);
  if (document == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The merged file would not be valid (%s); merge it by hand"), local->message);
      return NULL;
    }

  if (conflicts != NULL)
    *conflicts = g_steal_pointer (&found);
  return kaynak_file_serialize (document);
}
