/* kaynak-document-disagreements.c: the disagreements a merge left, read
 * and resolved (see the header).
 *
 * The records are read from the document as it would be saved (the
 * serialiser's JSON), so that ours' values are exactly what the file has
 * and the records are where the file has them; each one is known again by
 * its own JSON text, which is how a resolution finds it in the live
 * object's unknown members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "kaynak-disagreement-members.h"
#include "kaynak-document-disagreements.h"
#include "kaynak-document-impl.h"
#include "kaynak-enums.h"
#include "kaynak-error.h"
#include "kaynak-file-serialize.h"

#define DISAGREEMENTS "disagreements"

struct _KaynakDisagreement
{
  KaynakDisagreementTarget target;
  char      *object_id;
  char      *side;
  gboolean   deleted;
  gboolean   present;
  gboolean   can_take;
  char      *title;
  char      *who;
  GStrv      members;
  GPtrArray *ours;     /* char *, one per member */
  GPtrArray *theirs;
  /* the record's JSON text: how it is found again */
  char      *key;
  /* theirs' values as the record has them (JsonObject) */
  JsonObject *values;
};

void
kaynak_disagreement_free (KaynakDisagreement *self)
{
  if (self == NULL)
    return;
  g_free (self->object_id);
  g_free (self->side);
  g_free (self->title);
  g_free (self->who);
  g_strfreev (self->members);
  g_ptr_array_unref (self->ours);
  g_ptr_array_unref (self->theirs);
  g_free (self->key);
  if (self->values != NULL)
    json_object_unref (self->values);
  g_free (self);
}

KaynakDisagreementTarget
kaynak_disagreement_get_target (KaynakDisagreement *self)
{
  return self->target;
}

const char *
kaynak_disagreement_get_object_id (KaynakDisagreement *self)
{
  return self->object_id;
}

const char *
kaynak_disagreement_get_side (KaynakDisagreement *self)
{
  return self->side;
}

gboolean
kaynak_disagreement_get_deleted (KaynakDisagreement *self)
{
  return self->deleted;
}

gboolean
kaynak_disagreement_get_present (KaynakDisagreement *self)
{
  return self->present;
}

gboolean
kaynak_disagreement_can_take_theirs (KaynakDisagreement *self)
{
  return self->present && self->can_take;
}

const char *
kaynak_disagreement_get_title (KaynakDisagreement *self)
{
  return self->title;
}

const char * const *
kaynak_disagreement_get_members (KaynakDisagreement *self)
{
  return (const char * const *) self->members;
}

const char *
kaynak_disagreement_get_ours (KaynakDisagreement *self,
                              guint               i)
{
  g_return_val_if_fail (i < self->ours->len, NULL);
  return g_ptr_array_index (self->ours, i);
}

const char *
kaynak_disagreement_get_theirs (KaynakDisagreement *self,
                                guint               i)
{
  g_return_val_if_fail (i < self->theirs->len, NULL);
  return g_ptr_array_index (self->theirs, i);
}

const char *
kaynak_disagreement_get_who (KaynakDisagreement *self)
{
  return self->who;
}

/* --- Reading -------------------------------------------------------------- */

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL && json_object_has_member (object, name)
         ? json_object_get_member (object, name) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* Members whose value Kaynak applies with the setter of the details and
 * of a source's copy, or to a claim itself, by target; the others are in
 * kaynak-disagreement-members.c, those Kaynak does not know included */
static const char * const claim_members[] = { "source", "status", "note", "cues", "start", NULL };
static const char * const source_members[] = { "label", "color", "shortcut", "kind", "aliases", "description", NULL };
static const char * const metadata_members[] = {
  "title", "url", "outlet", "published", "language", "fact_check_url", "author",
  "retrieved", "archived_url", NULL
};
static const char * const link_members[] = { "type", "from", "to", NULL };

/* Members that hold a person's own sentences */
static const char * const free_text_members[] = { "note", "notes", "checkable", "description", NULL };

/* A claim's place conflicts as one: the members that come with "start" */
static const char * const place_members[] = { "end", "quote", "prefix", "suffix", "pieces", "orphaned", NULL };

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  return g_strv_contains (list, name);
}

/* Whether theirs' @name can be applied to an object of @target */
static gboolean
takes_member (KaynakDisagreementTarget  target,
              const char               *name)
{
  switch (target)
    {
    case KAYNAK_DISAGREEMENT_CLAIM:
      return in_list (claim_members, name) || _kaynak_disagreement_claim_member_takes (name);
    case KAYNAK_DISAGREEMENT_SOURCE:
      return in_list (source_members, name) || _kaynak_disagreement_source_member_takes (name);
    case KAYNAK_DISAGREEMENT_LINK:
      return in_list (link_members, name) ||
             !kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_LINK, name, strlen (name));
    case KAYNAK_DISAGREEMENT_METADATA:
    default:
      /* the notes, and what Kaynak does not know, are the file's extras */
      return in_list (metadata_members, name) || strcmp (name, "notes") == 0 ||
             !kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_METADATA, name, strlen (name));
    }
}

/* One side's value of @name, for a person */
static char *
show_value (KaynakDocument            *document,
            KaynakDisagreementTarget   target,
            const char                *name,
            JsonObject                *object)
{
  JsonNode *node;

  if (target == KAYNAK_DISAGREEMENT_CLAIM && strcmp (name, "start") == 0)
    {
      const char *quote = string_member (object, "quote");
      JsonNode *pieces = member (object, "pieces");

      /* a claim in pieces is shown by its pieces' words, not the gaps */
      if (pieces != NULL && JSON_NODE_HOLDS_ARRAY (pieces) && json_array_get_length (json_node_get_array (pieces)) > 1)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          JsonArray *array = json_node_get_array (pieces);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *piece = json_array_get_element (array, i);
              const char *words = JSON_NODE_HOLDS_OBJECT (piece)
                                  ? string_member (json_node_get_object (piece), "quote") : NULL;
              g_string_append_printf (text, "%s%s", i > 0 ? " … " : "“", words != NULL ? words : "?");
            }
          g_string_append (text, "”");
          return g_string_free (g_steal_pointer (&text), FALSE);
        }
      return quote != NULL ? g_strdup_printf ("“%s”", quote) : g_strdup (_("(none)"));
    }
  node = member (object, name);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("(none)"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      KaynakClaimStatus status;
      KaynakSourceKind kind;
      KaynakLinkType type;

      if (target == KAYNAK_DISAGREEMENT_CLAIM && strcmp (name, "source") == 0)
        {
          KaynakSource *source = kaynak_document_lookup_source (document, text);
          return g_strdup (source != NULL ? kaynak_source_get_label (source) : text);
        }
      if (target == KAYNAK_DISAGREEMENT_CLAIM && strcmp (name, "status") == 0 &&
          kaynak_claim_status_from_id (text, &status))
        return g_strdup (kaynak_claim_status_to_label (status));
      if (target == KAYNAK_DISAGREEMENT_SOURCE && strcmp (name, "kind") == 0 &&
          kaynak_source_kind_from_id (text, &kind))
        return g_strdup (kaynak_source_kind_to_label (kind));
      if (target == KAYNAK_DISAGREEMENT_LINK && strcmp (name, "type") == 0 &&
          kaynak_link_type_from_id (text, &type))
        return g_strdup (kaynak_link_type_to_label (type));
      /* a sentence in quotation marks, so that where it ends and the
       * other side's begins is plain (its own full stop, a comma) */
      if (text[0] != '\0' && in_list (free_text_members, name))
        return g_strdup_printf ("“%s”", text);
      return g_strdup (text[0] != '\0' ? text : _("(empty)"));
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *item = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          /* a piece of evidence by its address, a source's or a cue's
           * words by themselves */
          const char *url = string_member (item, "url"), *words = string_member (item, "quote");
          g_autofree char *part = JSON_NODE_HOLDS_VALUE (element) &&
                                  json_node_get_value_type (element) == G_TYPE_STRING
                                  ? g_strdup (json_node_get_string (element))
                                  : url != NULL ? g_strdup (url)
                                  : words != NULL ? g_strdup_printf ("“%s”", words)
                                  : json_to_string (element, FALSE);
          g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", part);
        }
      return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup (_("(empty)"));
    }
  return json_to_string (node, FALSE);
}

static char *
title_of (KaynakDisagreementTarget  target,
          JsonObject               *ours,
          const char               *id)
{
  const char *quote = string_member (ours, "quote"), *label = string_member (ours, "label");

  switch (target)
    {
    case KAYNAK_DISAGREEMENT_CLAIM:
      return quote != NULL ? g_strdup_printf (_("Claim “%s”"), quote)
                           : g_strdup (_("A claim that is no longer in the article"));
    case KAYNAK_DISAGREEMENT_SOURCE:
      return label != NULL ? g_strdup_printf (_("Source “%s”"), label)
                           : g_strdup (_("A source that is no longer in the article"));
    case KAYNAK_DISAGREEMENT_LINK:
      return ours != NULL ? g_strdup_printf (_("Link %s"), id)
                          : g_strdup (_("A link that is no longer in the article"));
    case KAYNAK_DISAGREEMENT_METADATA:
    default:
      return g_strdup (_("The article’s details"));
    }
}

static void
add_record (GPtrArray                *list,
            KaynakDocument           *document,
            KaynakDisagreementTarget  target,
            const char               *id,
            JsonObject               *ours,
            JsonNode                 *record)
{
  KaynakDisagreement *self;
  JsonObject *entry;
  JsonNode *values;

  if (!JSON_NODE_HOLDS_OBJECT (record))
    return;   /* not a record of ours: left as it is */
  entry = json_node_get_object (record);

  self = g_new0 (KaynakDisagreement, 1);
  self->target = target;
  self->object_id = g_strdup (id);
  self->side = g_strdup (string_member (entry, "side") != NULL ? string_member (entry, "side") : "theirs");
  self->deleted = member (entry, "deleted") != NULL && JSON_NODE_HOLDS_VALUE (member (entry, "deleted")) &&
                  json_node_get_boolean (member (entry, "deleted"));
  self->present = ours != NULL || target == KAYNAK_DISAGREEMENT_METADATA;
  self->title = title_of (target, ours, id);
  self->key = json_to_string (record, FALSE);
  self->ours = g_ptr_array_new_with_free_func (g_free);
  self->theirs = g_ptr_array_new_with_free_func (g_free);

  values = member (entry, "members");
  self->can_take = TRUE;
  if (values != NULL && JSON_NODE_HOLDS_OBJECT (values) && !self->deleted)
    {
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      self->values = json_object_ref (json_node_get_object (values));
      json_object_iter_init (&iter, self->values);
      while (json_object_iter_next (&iter, &name, &value))
        {
          if (target == KAYNAK_DISAGREEMENT_CLAIM && in_list (place_members, name))
            continue;   /* shown and applied with "start" */
          g_strv_builder_add (names, name);
          g_ptr_array_add (self->ours, show_value (document, target, name, ours));
          g_ptr_array_add (self->theirs, show_value (document, target, name, self->values));
          if (!takes_member (target, name))
            self->can_take = FALSE;
        }
      self->members = g_strv_builder_end (names);
      self->who = g_strdup (string_member (self->values, "author"));
    }
  else
    {
      self->members = g_new0 (char *, 1);
      if (!self->deleted)
        self->can_take = FALSE;
    }
  g_ptr_array_add (list, self);
}

static void
add_records (GPtrArray                *list,
             KaynakDocument           *document,
             KaynakDisagreementTarget  target,
             const char               *id,
             JsonObject               *ours,
             JsonNode                 *records)
{
  if (records == NULL || !JSON_NODE_HOLDS_ARRAY (records))
    return;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (records)); i++)
    add_record (list, document, target, id, ours, json_array_get_element (json_node_get_array (records), i));
}

/* The file's object of @id in the list @name, or NULL */
static JsonObject *
find_by_id (JsonObject *root,
            const char *name,
            const char *id)
{
  JsonNode *list = member (root, name);

  if (id == NULL || list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return NULL;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (list), i);
      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (string_member (json_node_get_object (element), "id"), id) == 0)
        return json_node_get_object (element);
    }
  return NULL;
}

static void
collect_list (GPtrArray                *result,
              KaynakDocument           *document,
              JsonObject               *root,
              const char               *name,
              KaynakDisagreementTarget  target)
{
  JsonNode *list = member (root, name);

  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (list), i);
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      add_records (result, document, target, string_member (object, "id"), object,
                   member (object, DISAGREEMENTS));
    }
}

GPtrArray *
kaynak_document_collect_disagreements (KaynakDocument *document)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_disagreement_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonNode *top;
  gsize length;
  const char *data;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), result);

  /* nothing recorded anywhere: the common case costs no serialisation */
  if (!kaynak_document_has_disagreements (document))
    return result;

  bytes = kaynak_file_serialize (document);
  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return result;
  root = json_node_get_object (json_parser_get_root (parser));

  top = member (root, DISAGREEMENTS);
  if (top != NULL && JSON_NODE_HOLDS_ARRAY (top))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (top)); i++)
      {
        JsonNode *record = json_array_get_element (json_node_get_array (top), i);
        JsonObject *entry = JSON_NODE_HOLDS_OBJECT (record) ? json_node_get_object (record) : NULL;
        const char *link = string_member (entry, "link");

        if (link != NULL)
          add_record (result, document, KAYNAK_DISAGREEMENT_LINK, link,
                      find_by_id (root, "links", link), record);
        else if (entry != NULL && member (entry, "metadata") != NULL)
          {
            JsonNode *metadata = member (root, "metadata");
            add_record (result, document, KAYNAK_DISAGREEMENT_METADATA, NULL,
                        metadata != NULL && JSON_NODE_HOLDS_OBJECT (metadata)
                        ? json_node_get_object (metadata) : NULL, record);
          }
      }
  collect_list (result, document, root, "sources", KAYNAK_DISAGREEMENT_SOURCE);
  collect_list (result, document, root, "claims", KAYNAK_DISAGREEMENT_CLAIM);
  return result;
}

/* --- Which objects hold records ------------------------------------------- */

static gboolean
unknown_has_records (KaynakUnknown *unknown)
{
  for (guint i = 0; i < kaynak_unknown_get_n_members (unknown); i++)
    if (strcmp (kaynak_unknown_get_name (unknown, i), DISAGREEMENTS) == 0)
      return TRUE;
  return FALSE;
}

gboolean
kaynak_document_has_disagreements (KaynakDocument *document)
{
  GListModel *claims = kaynak_document_get_claims (document);
  GListModel *sources = kaynak_document_get_sources (document);

  if (unknown_has_records (document->unknown[KAYNAK_UNKNOWN_TOP]))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      if (unknown_has_records (kaynak_source_get_unknown (source)))
        return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, i);
      if (unknown_has_records (kaynak_claim_get_unknown (claim)))
        return TRUE;
    }
  return FALSE;
}

guint
kaynak_document_count_disagreements (KaynakDocument *document)
{
  g_autoptr(GPtrArray) all = kaynak_document_collect_disagreements (document);
  return all->len;
}

/* --- The top-level members as a state of the history ---------------------- */

#define KAYNAK_TYPE_UNKNOWN_STATE (kaynak_unknown_state_get_type ())
G_DECLARE_FINAL_TYPE (KaynakUnknownState, kaynak_unknown_state, KAYNAK, UNKNOWN_STATE, GObject)

/* The top-level members Kaynak does not know; or, for taking theirs'
 * details, the article's notes with the unknown members of "metadata"
 * (the details' own history step, EDIT_DETAILS, holds neither) */
struct _KaynakUnknownState
{
  GObject            parent_instance;
  KaynakUnknownLevel level;     /* TOP or METADATA */
  KaynakUnknown     *unknown;   /* NULL: none */
  char              *notes;     /* METADATA only */
};

G_DEFINE_FINAL_TYPE (KaynakUnknownState, kaynak_unknown_state, G_TYPE_OBJECT)

static void
kaynak_unknown_state_finalize (GObject *object)
{
  g_clear_pointer (&KAYNAK_UNKNOWN_STATE (object)->unknown, kaynak_unknown_unref);
  g_clear_pointer (&KAYNAK_UNKNOWN_STATE (object)->notes, g_free);
  G_OBJECT_CLASS (kaynak_unknown_state_parent_class)->finalize (object);
}

static void
kaynak_unknown_state_class_init (KaynakUnknownStateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_unknown_state_finalize;
}

static void
kaynak_unknown_state_init (KaynakUnknownState *self)
{
}

static GObject *
unknown_state_new (KaynakUnknown *unknown)
{
  KaynakUnknownState *self = g_object_new (KAYNAK_TYPE_UNKNOWN_STATE, NULL);
  self->level = KAYNAK_UNKNOWN_TOP;
  self->unknown = unknown != NULL ? kaynak_unknown_ref (unknown) : NULL;
  return G_OBJECT (self);
}

static GObject *
metadata_state_new (KaynakUnknown *unknown,
                    const char    *notes)
{
  KaynakUnknownState *self = KAYNAK_UNKNOWN_STATE (unknown_state_new (unknown));

  self->level = KAYNAK_UNKNOWN_METADATA;
  self->notes = g_strdup (notes);
  return G_OBJECT (self);
}

void
_kaynak_document_apply_top_unknown (KaynakDocument *self,
                                    GObject        *state)
{
  KaynakUnknownState *step = KAYNAK_UNKNOWN_STATE (state);

  _kaynak_document_set_unknown (self, step->level, step->unknown);
  if (step->level == KAYNAK_UNKNOWN_METADATA && g_strcmp0 (self->notes, step->notes) != 0)
    {
      /* not kaynak_document_set_notes(), which marks the document changed
       * for good: this is a step of the history, undone like the others */
      g_free (self->notes);
      self->notes = g_strdup (step->notes != NULL ? step->notes : "");
      g_object_notify (G_OBJECT (self), "notes");
    }
}

/* --- Taking a record out -------------------------------------------------- */

/* @unknown's "disagreements" without the record @key: the new unknown
 * members in @out (NULL: none left); FALSE when the record is not there */
static gboolean
without_record (KaynakUnknown  *unknown,
                const char     *key,
                KaynakUnknown **out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *raw = NULL;
  JsonArray *records, *kept;
  gboolean found = FALSE;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < kaynak_unknown_get_n_members (unknown); i++)
    if (strcmp (kaynak_unknown_get_name (unknown, i), DISAGREEMENTS) == 0)
      raw = kaynak_unknown_get_value (unknown, i);
  if (raw == NULL || !json_parser_load_from_data (parser, raw, -1, NULL) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return FALSE;

  records = json_node_get_array (json_parser_get_root (parser));
  kept = json_array_new ();
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonNode *record = json_array_get_element (records, i);
      g_autofree char *record_key = json_to_string (record, FALSE);

      if (!found && strcmp (record_key, key) == 0)
        found = TRUE;
      else
        json_array_add_element (kept, json_node_copy (record));
    }
  if (!found)
    {
      json_array_unref (kept);
      return FALSE;
    }
  if (json_array_get_length (kept) > 0)
    {
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, kept);
      text = json_to_string (node, FALSE);
    }
  else
    json_array_unref (kept);
  *out = kaynak_unknown_with (unknown, DISAGREEMENTS, text);
  return TRUE;
}

static gboolean
not_there (GError **error)
{
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                       _("The disagreement is no longer in the document"));
  return FALSE;
}

/* Takes the record out of its object, recorded in the open group */
static gboolean
drop_record (KaynakDocument     *document,
             KaynakDisagreement *self,
             GError            **error)
{
  g_autoptr(KaynakUnknown) unknown = NULL;

  switch (self->target)
    {
    case KAYNAK_DISAGREEMENT_CLAIM:
      {
        KaynakClaim *live = kaynak_document_lookup_claim (document, self->object_id);
        g_autoptr(KaynakClaim) after = NULL;

        if (live == NULL)
          return TRUE;   /* deleted with its claim */
        if (!without_record (kaynak_claim_get_unknown (live), self->key, &unknown))
          return not_there (error);
        after = kaynak_claim_copy (live);
        kaynak_claim_set_unknown (after, unknown);
        _kaynak_document_do_change_claim (document, live, after);
      }
      return TRUE;

    case KAYNAK_DISAGREEMENT_SOURCE:
      {
        KaynakSource *live = kaynak_document_lookup_source (document, self->object_id);
        g_autoptr(KaynakSource) after = NULL;

        if (live == NULL)
          return TRUE;
        if (!without_record (kaynak_source_get_unknown (live), self->key, &unknown))
          return not_there (error);
        after = kaynak_source_copy (live);
        kaynak_source_set_unknown (after, unknown);
        _kaynak_document_do_change_source (document, live, after);
      }
      return TRUE;

    case KAYNAK_DISAGREEMENT_METADATA:
    case KAYNAK_DISAGREEMENT_LINK:
    default:
      {
        KaynakUnknown *top = document->unknown[KAYNAK_UNKNOWN_TOP];
        g_autoptr(GObject) before = NULL, after = NULL;

        if (!without_record (top, self->key, &unknown))
          return not_there (error);
        before = unknown_state_new (top);
        after = unknown_state_new (unknown);
        _kaynak_document_record (document, EDIT_TOP_UNKNOWN, "top", before, after, 0);
        _kaynak_document_set_unknown (document, KAYNAK_UNKNOWN_TOP, unknown);
      }
      return TRUE;
    }
}

/* The unknown members that hold the record: its claim's, its source's,
 * or the file's */
static KaynakUnknown *
holder_of (KaynakDocument     *document,
           KaynakDisagreement *self)
{
  if (self->target == KAYNAK_DISAGREEMENT_CLAIM)
    {
      KaynakClaim *claim = kaynak_document_lookup_claim (document, self->object_id);
      return claim != NULL ? kaynak_claim_get_unknown (claim) : NULL;
    }
  if (self->target == KAYNAK_DISAGREEMENT_SOURCE)
    {
      KaynakSource *source = kaynak_document_lookup_source (document, self->object_id);
      return source != NULL ? kaynak_source_get_unknown (source) : NULL;
    }
  return document->unknown[KAYNAK_UNKNOWN_TOP];
}

/* Whether the record is still where it was found */
static gboolean
still_there (KaynakDocument     *document,
             KaynakDisagreement *self)
{
  g_autoptr(KaynakUnknown) unknown = NULL;

  return without_record (holder_of (document, self), self->key, &unknown);
}

/* theirs' members Kaynak does not know, at @level, with their values as
 * the file wrote them (kaynak-disagreement-members.h); NULL: none */
static KaynakUnknown *
record_raw_members (KaynakDocument     *document,
                    KaynakDisagreement *self,
                    KaynakUnknownLevel  level)
{
  KaynakUnknown *holder = holder_of (document, self);
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *raw = NULL;
  JsonArray *records;

  for (guint i = 0; holder != NULL && i < kaynak_unknown_get_n_members (holder); i++)
    if (strcmp (kaynak_unknown_get_name (holder, i), DISAGREEMENTS) == 0)
      raw = kaynak_unknown_get_value (holder, i);
  if (raw == NULL || !json_parser_load_from_data (parser, raw, -1, NULL) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return NULL;
  /* the record is known by its text, as without_record() knows it */
  records = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      g_autofree char *key = json_to_string (json_array_get_element (records, i), FALSE);
      if (strcmp (key, self->key) == 0)
        return _kaynak_disagreement_raw_members (raw, i, level);
    }
  return NULL;
}

/* --- Deletions ------------------------------------------------------------ */

static gboolean
delete_object (KaynakDocument     *document,
               KaynakDisagreement *self,
               GError            **error)
{
  switch (self->target)
    {
    case KAYNAK_DISAGREEMENT_CLAIM:
      return kaynak_document_remove_claim (document, self->object_id, error);
    case KAYNAK_DISAGREEMENT_SOURCE:
      return kaynak_document_remove_source (document, self->object_id, error);
    case KAYNAK_DISAGREEMENT_LINK:
      return kaynak_document_remove_link (document, self->object_id, error);
    case KAYNAK_DISAGREEMENT_METADATA:
    default:
      return TRUE;
    }
}

/* One side's choice of a deletion record: whether that side deleted it */
static gboolean
resolve_deletion (KaynakDocument     *document,
                  KaynakDisagreement *self,
                  const char         *side,
                  GError            **error)
{
  gboolean ok;

  kaynak_document_begin_group (document);
  if (self->present && strcmp (self->side, side) == 0)
    /* the side chosen deleted it: it goes, with a claim's or a source's
     * record; a link's record is on the file */
    ok = delete_object (document, self, error) &&
         (self->target == KAYNAK_DISAGREEMENT_CLAIM || self->target == KAYNAK_DISAGREEMENT_SOURCE ||
          drop_record (document, self, error));
  else
    ok = drop_record (document, self, error);
  /* a removal that failed recorded nothing, so the group adds no step */
  kaynak_document_end_group (document);
  return ok;
}

/* --- Applying theirs ------------------------------------------------------ */

static gboolean
invalid (GError    **error,
         const char *name)
{
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               _("Theirs’ value of “%s” cannot be applied; keep yours or change it by hand"), name);
  return FALSE;
}

/* theirs' string @name, "" for null or absent; NULL when it is not a
 * string */
static const char *
theirs_string (JsonObject *values,
               const char *name)
{
  JsonNode *node = member (values, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "";
  return string_member (values, name);
}

static GStrv
theirs_strings (JsonObject *values,
                const char *name)
{
  JsonNode *node = member (values, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      {
        JsonNode *element = json_array_get_element (json_node_get_array (node), i);
        if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
          return NULL;
        g_strv_builder_add (builder, json_node_get_string (element));
      }
  else if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return g_strv_builder_end (builder);
}

static gboolean
apply_claim (KaynakDocument     *document,
             KaynakDisagreement *self,
             GError            **error)
{
  const char *id = self->object_id;
  g_autoptr(KaynakUnknown) raw = record_raw_members (document, self, KAYNAK_UNKNOWN_CLAIM);

  for (guint i = 0; self->members[i] != NULL; i++)
    {
      const char *name = self->members[i];

      if (strcmp (name, "source") == 0)
        {
          const char *source = theirs_string (self->values, name);
          if (source == NULL)
            return invalid (error, name);
          if (!kaynak_document_set_claim_source (document, id, source[0] != '\0' ? source : NULL, error))
            return FALSE;
        }
      else if (strcmp (name, "status") == 0)
        {
          const char *text = theirs_string (self->values, name);
          KaynakClaimStatus status;

          if (text == NULL || !kaynak_claim_status_from_id (text, &status))
            return invalid (error, name);
          if (!kaynak_document_set_claim_status (document, id, status, error))
            return FALSE;
        }
      else if (strcmp (name, "note") == 0)
        {
          const char *note = theirs_string (self->values, name);
          if (note == NULL)
            return invalid (error, name);
          if (!kaynak_document_set_claim_note (document, id, note, error))
            return FALSE;
        }
      else if (strcmp (name, "cues") == 0)
        {
          g_auto(GStrv) cues = theirs_strings (self->values, name);
          if (cues == NULL)
            return invalid (error, name);
          if (!kaynak_document_set_claim_cues (document, id, (const char * const *) cues, error))
            return FALSE;
        }
      else if (strcmp (name, "start") == 0)
        {
          /* the place with its pieces, as one */
          if (!_kaynak_disagreement_take_claim_place (document, id, self->values, error))
            return FALSE;
        }
      else if (!_kaynak_disagreement_take_claim_member (document, id, name,
                                                        member (self->values, name), raw, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_source (KaynakDocument     *document,
              KaynakDisagreement *self,
              GError            **error)
{
  KaynakSource *live = kaynak_document_lookup_source (document, self->object_id);
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(KaynakUnknown) raw = record_raw_members (document, self, KAYNAK_UNKNOWN_SOURCE);

  if (live == NULL)
    return not_there (error);
  changes = kaynak_source_copy (live);
  for (guint i = 0; self->members[i] != NULL; i++)
    {
      const char *name = self->members[i];
      const char *text = theirs_string (self->values, name);

      if (strcmp (name, "type") == 0 || strcmp (name, "fields") == 0)
        continue;   /* their own setters, below */
      if (_kaynak_disagreement_take_source_unknown (changes, name, member (self->values, name), raw))
        continue;
      if (strcmp (name, "shortcut") == 0)
        {
          guint shortcut = 0;
          JsonNode *node = member (self->values, name);

          if (node != NULL && !JSON_NODE_HOLDS_NULL (node) && !_kaynak_disagreement_uint_member (self->values, name, &shortcut))
            return invalid (error, name);
          kaynak_source_set_shortcut (changes, shortcut);
        }
      else if (strcmp (name, "aliases") == 0)
        {
          g_auto(GStrv) aliases = theirs_strings (self->values, name);
          if (aliases == NULL)
            return invalid (error, name);
          kaynak_source_set_aliases (changes, (const char * const *) aliases);
        }
      else if (text == NULL)
        return invalid (error, name);
      else if (strcmp (name, "label") == 0)
        kaynak_source_set_label (changes, text);
      else if (strcmp (name, "color") == 0)
        kaynak_source_set_color (changes, text);
      else if (strcmp (name, "description") == 0)
        kaynak_source_set_description (changes, text);
      else if (strcmp (name, "kind") == 0)
        {
          KaynakSourceKind kind;
          if (!kaynak_source_kind_from_id (text, &kind))
            return invalid (error, name);
          kaynak_source_set_kind (changes, kind);
        }
      else
        return invalid (error, name);
    }
  if (!kaynak_document_update_source (document, self->object_id, changes, error))
    return FALSE;
  for (guint i = 0; self->members[i] != NULL; i++)
    if ((strcmp (self->members[i], "type") == 0 || strcmp (self->members[i], "fields") == 0) &&
        !_kaynak_disagreement_take_source_member (document, self->object_id, self->members[i],
                                                  member (self->values, self->members[i]), error))
      return FALSE;
  return TRUE;
}

static gboolean
apply_metadata (KaynakDocument     *document,
                KaynakDisagreement *self,
                GError            **error)
{
  g_autoptr(KaynakArticleDetails) details = kaynak_document_dup_details (document);
  static const struct {
    const char *name;
    void (*set) (KaynakArticleDetails *, const char *);
  } setters[] = {
    { "title", kaynak_article_details_set_title },
    { "url", kaynak_article_details_set_url },
    { "outlet", kaynak_article_details_set_outlet },
    { "published", kaynak_article_details_set_published },
    { "language", kaynak_article_details_set_language },
    { "fact_check_url", kaynak_article_details_set_fact_check_url },
    { "author", kaynak_article_details_set_author },
    { "retrieved", kaynak_article_details_set_retrieved },
    { "archived_url", kaynak_article_details_set_archived_url },
  };

  g_autoptr(KaynakUnknown) unknown = NULL;
  g_autoptr(KaynakUnknown) raw = record_raw_members (document, self, KAYNAK_UNKNOWN_METADATA);
  g_autofree char *notes = g_strdup (kaynak_document_get_notes (document));
  gboolean extras = FALSE;

  if (document->unknown[KAYNAK_UNKNOWN_METADATA] != NULL)
    unknown = kaynak_unknown_ref (document->unknown[KAYNAK_UNKNOWN_METADATA]);
  for (guint i = 0; self->members[i] != NULL; i++)
    {
      const char *name = self->members[i];
      const char *text = theirs_string (self->values, name);
      gboolean done = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (setters) && text != NULL; k++)
        if (strcmp (setters[k].name, name) == 0)
          {
            setters[k].set (details, text);
            done = TRUE;
          }
      if (!done && strcmp (name, "notes") == 0 && text != NULL)
        {
          g_free (notes);
          notes = g_strdup (text);
          extras = done = TRUE;
        }
      else if (!done && !kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_METADATA, name, strlen (name)))
        {
          g_autofree char *value = _kaynak_disagreement_unknown_text (raw, name, member (self->values, name));
          KaynakUnknown *with = kaynak_unknown_with (unknown, name, value);

          g_clear_pointer (&unknown, kaynak_unknown_unref);
          unknown = with;
          extras = done = TRUE;
        }
      if (!done)
        return invalid (error, name);
    }
  if (!kaynak_document_set_details (document, details, error))
    return FALSE;
  if (extras)
    {
      /* the notes and the unknown members, one state before and after */
      g_autoptr(GObject) before = metadata_state_new (document->unknown[KAYNAK_UNKNOWN_METADATA],
                                                      kaynak_document_get_notes (document));
      g_autoptr(GObject) after = metadata_state_new (unknown, notes);

      _kaynak_document_record (document, EDIT_TOP_UNKNOWN, "metadata", before, after, 0);
      _kaynak_document_apply_top_unknown (document, after);
    }
  return TRUE;
}

static gboolean
apply_link (KaynakDocument     *document,
            KaynakDisagreement *self,
            GError            **error)
{
  KaynakLink *live = kaynak_document_lookup_link (document, self->object_id);
  KaynakLinkType type;
  const char *from, *to;
  g_autofree char *from_id = NULL, *to_id = NULL;
  g_autoptr(KaynakUnknown) unknown = NULL;
  g_autoptr(KaynakUnknown) raw = record_raw_members (document, self, KAYNAK_UNKNOWN_LINK);
  g_autoptr(KaynakLink) taken = NULL;
  guint position;

  if (live == NULL)
    return not_there (error);
  type = kaynak_link_get_link_type (live);
  from = member (self->values, "from") != NULL ? theirs_string (self->values, "from") : kaynak_link_get_from (live);
  to = member (self->values, "to") != NULL ? theirs_string (self->values, "to") : kaynak_link_get_to (live);
  if (member (self->values, "type") != NULL)
    {
      const char *text = theirs_string (self->values, "type");
      if (text == NULL || !kaynak_link_type_from_id (text, &type))
        return invalid (error, "type");
    }
  if (from == NULL || to == NULL)
    return invalid (error, from == NULL ? "from" : "to");
  from_id = g_strdup (from);
  to_id = g_strdup (to);
  if (!_kaynak_document_check_link_ends (document, type, from_id, to_id, error))
    return FALSE;

  /* theirs' members Kaynak does not know go with the link's own */
  unknown = kaynak_link_get_unknown (live) != NULL ? kaynak_unknown_ref (kaynak_link_get_unknown (live)) : NULL;
  for (guint i = 0; self->members[i] != NULL; i++)
    if (!in_list (link_members, self->members[i]))
      {
        g_autofree char *value = _kaynak_disagreement_unknown_text (raw, self->members[i],
                                                                    member (self->values, self->members[i]));
        KaynakUnknown *with = kaynak_unknown_with (unknown, self->members[i], value);

        g_clear_pointer (&unknown, kaynak_unknown_unref);
        unknown = with;
      }

  /* a link is not edited in place: theirs replaces it, with the same id
   * (the link it replaces held it, so it is free) where it stood, so
   * what refers to the link by its id still finds it */
  position = _kaynak_document_link_position (document, live);
  if (!kaynak_document_remove_link (document, self->object_id, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (kaynak_document_get_links (document)); i++)
    {
      g_autoptr(KaynakLink) other = g_list_model_get_item (kaynak_document_get_links (document), i);

      if (kaynak_link_get_link_type (other) == type && strcmp (kaynak_link_get_from (other), from_id) == 0 &&
          strcmp (kaynak_link_get_to (other), to_id) == 0)
        {
          g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                               _("These claims are already linked that way."));
          return FALSE;
        }
    }
  taken = kaynak_link_new (self->object_id, type, from_id, to_id);
  kaynak_link_set_unknown (taken, unknown);
  position = MIN (position, g_list_model_get_n_items (kaynak_document_get_links (document)));
  _kaynak_document_record (document, EDIT_LINK, self->object_id, NULL, G_OBJECT (taken), position);
  _kaynak_document_raw_insert_link (document, taken, position);
  return TRUE;
}

/* --- Resolving ------------------------------------------------------------ */

gboolean
kaynak_document_keep_ours (KaynakDocument     *document,
                           KaynakDisagreement *disagreement,
                           GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (disagreement != NULL, FALSE);

  if (!still_there (document, disagreement))
    return not_there (error);
  if (disagreement->deleted)
    return resolve_deletion (document, disagreement, "ours", error);

  kaynak_document_begin_group (document);
  ok = drop_record (document, disagreement, error);
  kaynak_document_end_group (document);
  return ok;
}

gboolean
kaynak_document_take_theirs (KaynakDocument     *document,
                             KaynakDisagreement *disagreement,
                             GError            **error)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (disagreement != NULL, FALSE);

  if (!still_there (document, disagreement))
    return not_there (error);
  if (!kaynak_disagreement_can_take_theirs (disagreement))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           disagreement->present
                           ? _("Kaynak cannot apply theirs’ values here; keep yours or change them by hand")
                           : _("What the disagreement is about is no longer in the document; it can only be dismissed"));
      return FALSE;
    }
  if (disagreement->deleted)
    return resolve_deletion (document, disagreement, "theirs", error);

  kaynak_document_begin_group (document);
  switch (disagreement->target)
    {
    case KAYNAK_DISAGREEMENT_CLAIM:
      ok = apply_claim (document, disagreement, error);
      break;
    case KAYNAK_DISAGREEMENT_SOURCE:
      ok = apply_source (document, disagreement, error);
      break;
    case KAYNAK_DISAGREEMENT_METADATA:
      ok = apply_metadata (document, disagreement, error);
      break;
    case KAYNAK_DISAGREEMENT_LINK:
      ok = apply_link (document, disagreement, error);
      break;
    default:
      break;
    }
  ok = ok && drop_record (document, disagreement, error);
  if (kaynak_document_end_group (document) && !ok)
    {
      /* a setter refused a later member after an earlier one changed:
       * the step is taken back, so nothing half applied stays, nor is
       * offered to redo */
      kaynak_document_undo (document);
      kaynak_history_drop_redo (document->history);
      g_object_notify (G_OBJECT (document), "can-redo");
    }
  return ok;
}
