/* kaynak-disagreement-members.c: theirs' value of one member of a merge's
 * record, applied (see the header).
 *
 * The record holds theirs' members as theirs wrote them in the file, so
 * each is read here with the file's rules (a piece or a range is a start
 * and an end; the words are taken again from the text, which both sides
 * share: the merge refuses two texts) and handed to the setter the window
 * uses.  A member Kaynak does not know is put back among the claim's or
 * source's unknown members, as its JSON text, exactly where the loader
 * would have put it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-disagreement-members.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document-evidence.h"
#include "kaynak-document-impl.h"
#include "kaynak-enums.h"
#include "kaynak-error.h"

static gboolean
invalid (GError    **error,
         const char *name)
{
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               _("Theirs’ value of “%s” cannot be applied; keep yours or change it by hand"), name);
  return FALSE;
}

static gboolean
is_none (JsonNode *value)
{
  return value == NULL || JSON_NODE_HOLDS_NULL (value);
}

static gboolean
is_string (JsonNode *value)
{
  return value != NULL && JSON_NODE_HOLDS_VALUE (value) &&
         json_node_get_value_type (value) == G_TYPE_STRING;
}

/* theirs' string, "" for none; NULL when it is not a string */
static const char *
string_or_empty (JsonNode *value)
{
  if (is_none (value))
    return "";
  return is_string (value) ? json_node_get_string (value) : NULL;
}

gboolean
_kaynak_disagreement_uint_member (JsonObject *object,
                                  const char *name,
                                  guint      *out)
{
  JsonNode *node = object != NULL && json_object_has_member (object, name)
                   ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXUINT)
    return FALSE;
  *out = (guint) json_node_get_int (node);
  return TRUE;
}

static const char *
object_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  return is_none (node) ? "" : is_string (node) ? json_node_get_string (node) : NULL;
}

/* A list of pieces or ranges ({start, end, …}) as ranges; none: an empty
 * array.  NULL when it is not such a list. */
static GArray *
ranges_of (JsonNode *value)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  JsonArray *array;

  if (is_none (value))
    return ranges;
  if (!JSON_NODE_HOLDS_ARRAY (value))
    goto bad;
  array = json_node_get_array (value);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      KaynakRange range;

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !_kaynak_disagreement_uint_member (json_node_get_object (element), "start", &range.start) ||
          !_kaynak_disagreement_uint_member (json_node_get_object (element), "end", &range.end))
        goto bad;
      g_array_append_val (ranges, range);
    }
  return ranges;

bad:
  g_array_unref (ranges);
  return NULL;
}

static GStrv
strings_of (JsonNode *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!is_none (value) && !JSON_NODE_HOLDS_ARRAY (value))
    return NULL;
  for (guint i = 0; !is_none (value) && i < json_array_get_length (json_node_get_array (value)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (value), i);
      if (!is_string (element))
        return NULL;
      g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}

/* The unknown members of the one object @object_text (raw JSON) at
 * @level, read as the loader reads a file's: the same code, so the same
 * raw text */
static KaynakUnknown *
unknown_of (const char         *object_text,
            KaynakUnknownLevel  level)
{
  /* what comes before and after the object in such a file */
  static const char * const before[KAYNAK_N_UNKNOWN_LEVELS] = {
    NULL, "{\"metadata\":", NULL, "{\"sources\":[", "{\"claims\":[", "{\"links\":[",
  };
  g_autofree char *file_text = NULL;
  KaynakUnknownFile file;
  KaynakUnknown *found;

  g_return_val_if_fail (before[level] != NULL, NULL);
  file_text = g_strconcat (before[level], object_text, level == KAYNAK_UNKNOWN_METADATA ? "}" : "]}", NULL);
  kaynak_unknown_file_collect (&file, file_text, strlen (file_text));
  found = level == KAYNAK_UNKNOWN_METADATA ? file.metadata
        : kaynak_unknown_file_get (level == KAYNAK_UNKNOWN_SOURCE ? file.sources
                                   : level == KAYNAK_UNKNOWN_CLAIM ? file.claims : file.links, 0);
  if (found != NULL)
    kaynak_unknown_ref (found);
  kaynak_unknown_file_clear (&file);
  return found;
}

static const char *
raw_value (KaynakUnknown *unknown,
           const char    *name)
{
  for (guint i = 0; unknown != NULL && i < kaynak_unknown_get_n_members (unknown); i++)
    if (strcmp (kaynak_unknown_get_name (unknown, i), name) == 0)
      return kaynak_unknown_get_value (unknown, i);
  return NULL;
}

KaynakUnknown *
_kaynak_disagreement_raw_members (const char         *records,
                                  guint               index,
                                  KaynakUnknownLevel  level)
{
  g_autofree char *file_text = NULL;
  KaynakUnknownFile file;
  const char *members;
  KaynakUnknown *result = NULL;

  /* the records as a file's claims: every member of a record ("side",
   * "members") is unknown to a claim, so each comes with its raw text */
  file_text = g_strdup_printf ("{\"claims\":%s}", records);
  kaynak_unknown_file_collect (&file, file_text, strlen (file_text));
  members = raw_value (kaynak_unknown_file_get (file.claims, index), "members");
  if (members != NULL)
    result = unknown_of (members, level);
  kaynak_unknown_file_clear (&file);
  return result;
}

char *
_kaynak_disagreement_unknown_text (KaynakUnknown *raw,
                                   const char    *name,
                                   JsonNode      *value)
{
  const char *text = raw_value (raw, name);

  /* theirs had no such member: it goes */
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return NULL;
  return text != NULL ? g_strdup (text) : json_to_string (value, FALSE);
}

/* --- A claim -------------------------------------------------------------- */

static const char * const claim_takes[] = {
  "checkable", "evidence", "agreed_by", "source_ranges", "cue_ranges",
  "verdict", "fields", "attribution", "author", NULL
};

gboolean
_kaynak_disagreement_claim_member_takes (const char *name)
{
  return g_strv_contains (claim_takes, name) ||
         (strcmp (name, "disagreements") != 0 &&
          !kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_CLAIM, name, strlen (name)));
}

/* The evidence list theirs wrote, each piece checked as the file's reader
 * and the window check it; the claim gets the whole list in one change */
static gboolean
take_evidence (KaynakDocument *document,
               const char     *id,
               JsonNode       *value,
               GError        **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (KaynakEvidence));
  g_autoptr(KaynakClaim) after = NULL;
  KaynakEvidenceList *list;
  KaynakClaim *live;

  if (!(live = _kaynak_document_require_claim (document, id, error)))
    return FALSE;
  if (!is_none (value) && !JSON_NODE_HOLDS_ARRAY (value))
    return invalid (error, "evidence");
  for (guint i = 0; !is_none (value) && i < json_array_get_length (json_node_get_array (value)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (value), i);
      JsonObject *object;
      KaynakEvidence item;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return invalid (error, "evidence");
      object = json_node_get_object (element);
      item.url = object_string (object, "url");
      item.archived = object_string (object, "archived");
      item.date = object_string (object, "date");
      item.note = object_string (object, "note");
      if (item.url == NULL || item.archived == NULL || item.date == NULL || item.note == NULL)
        return invalid (error, "evidence");
      if (!kaynak_evidence_check (&item, error))
        return FALSE;
      g_array_append_val (items, item);
    }
  if (items->len > KAYNAK_EVIDENCE_MAX_ITEMS)
    return invalid (error, "evidence");

  list = kaynak_evidence_list_new ((const KaynakEvidence *) (gpointer) items->data, items->len);
  after = kaynak_claim_copy (live);
  kaynak_claim_set_evidence (after, list);
  kaynak_evidence_list_unref (list);
  _kaynak_document_do_change_claim (document, live, after);
  return TRUE;
}

/* A member Kaynak does not know: put back among the claim's own, where
 * the loader would have kept it */
static gboolean
take_unknown (KaynakDocument *document,
              const char     *id,
              const char     *name,
              JsonNode       *value,
              KaynakUnknown  *raw,
              GError        **error)
{
  g_autofree char *text = _kaynak_disagreement_unknown_text (raw, name, value);
  g_autoptr(KaynakUnknown) unknown = NULL;
  g_autoptr(KaynakClaim) after = NULL;
  KaynakClaim *live;

  if (!(live = _kaynak_document_require_claim (document, id, error)))
    return FALSE;
  unknown = kaynak_unknown_with (kaynak_claim_get_unknown (live), name, text);
  after = kaynak_claim_copy (live);
  kaynak_claim_set_unknown (after, unknown);
  _kaynak_document_do_change_claim (document, live, after);
  return TRUE;
}

static gboolean
take_fields (KaynakDocument *document,
             const char     *id,
             gboolean        claim,
             JsonNode       *value,
             GError        **error)
{
  JsonObjectIter iter;
  const char *field;
  JsonNode *field_value;

  /* the merge records only the fields that conflicted, each by its id */
  if (is_none (value) || !JSON_NODE_HOLDS_OBJECT (value))
    return invalid (error, "fields");
  json_object_iter_init (&iter, json_node_get_object (value));
  while (json_object_iter_next (&iter, &field, &field_value))
    {
      JsonNode *set = is_none (field_value) ? NULL : field_value;

      if (!(claim ? kaynak_document_set_claim_field (document, id, field, set, error)
                  : kaynak_document_set_source_field (document, id, field, set, error)))
        return FALSE;
    }
  return TRUE;
}

gboolean
_kaynak_disagreement_take_claim_member (KaynakDocument *document,
                                        const char     *id,
                                        const char     *name,
                                        JsonNode       *value,
                                        KaynakUnknown  *raw,
                                        GError        **error)
{
  if (strcmp (name, "checkable") == 0)
    {
      const char *text = string_or_empty (value);
      return text != NULL ? kaynak_document_set_claim_checkable (document, id, text, error)
                          : invalid (error, name);
    }
  if (strcmp (name, "evidence") == 0)
    return take_evidence (document, id, value, error);
  if (strcmp (name, "agreed_by") == 0)
    {
      g_auto(GStrv) names = strings_of (value);
      return names != NULL ? kaynak_document_set_claim_agreed_by (document, id, (const char * const *) names, error)
                           : invalid (error, name);
    }
  if (strcmp (name, "source_ranges") == 0 || strcmp (name, "cue_ranges") == 0)
    {
      g_autoptr(GArray) ranges = ranges_of (value);

      if (ranges == NULL)
        return invalid (error, name);
      return name[0] == 's'
             ? kaynak_document_set_claim_source_ranges (document, id, (KaynakRange *) (gpointer) ranges->data,
                                                        ranges->len, error)
             : kaynak_document_set_claim_cue_ranges (document, id, (KaynakRange *) (gpointer) ranges->data,
                                                     ranges->len, error);
    }
  if (strcmp (name, "verdict") == 0)
    {
      const char *verdict = string_or_empty (value);
      return verdict != NULL ? kaynak_document_set_claim_verdict (document, id, verdict[0] != '\0' ? verdict : NULL, error)
                             : invalid (error, name);
    }
  if (strcmp (name, "fields") == 0)
    return take_fields (document, id, TRUE, value, error);
  if (strcmp (name, "attribution") == 0)
    {
      const char *text = string_or_empty (value);
      KaynakSourceKind kind = KAYNAK_SOURCE_KIND_NAMED;

      if (text == NULL || (text[0] != '\0' && !kaynak_source_kind_from_id (text, &kind)))
        return invalid (error, name);
      return kaynak_document_set_claim_attribution (document, id, text[0] != '\0', kind, error);
    }
  if (strcmp (name, "author") == 0)
    {
      const char *author = string_or_empty (value);
      g_autoptr(KaynakClaim) after = NULL;
      KaynakClaim *live;

      if (author == NULL)
        return invalid (error, name);
      if (!(live = _kaynak_document_require_claim (document, id, error)))
        return FALSE;
      after = kaynak_claim_copy (live);
      kaynak_claim_set_author (after, author);
      _kaynak_document_do_change_claim (document, live, after);
      return TRUE;
    }
  if (_kaynak_disagreement_claim_member_takes (name))
    return take_unknown (document, id, name, value, raw, error);
  return invalid (error, name);
}

gboolean
_kaynak_disagreement_take_claim_place (KaynakDocument *document,
                                       const char     *id,
                                       JsonObject     *values,
                                       GError        **error)
{
  g_autoptr(GArray) pieces = NULL;
  guint start, end;

  if (json_object_has_member (values, "pieces"))
    {
      pieces = ranges_of (json_object_get_member (values, "pieces"));
      if (pieces == NULL)
        return invalid (error, "pieces");
    }
  if (pieces != NULL && pieces->len > 1)
    /* each piece's words and context come from the text again */
    return kaynak_document_set_claim_pieces (document, id, (KaynakRange *) (gpointer) pieces->data,
                                             pieces->len, error);
  if (!_kaynak_disagreement_uint_member (values, "start", &start) ||
      !_kaynak_disagreement_uint_member (values, "end", &end))
    return invalid (error, "start");
  return kaynak_document_set_claim_range (document, id, start, end, error);
}

/* --- A source ------------------------------------------------------------- */

gboolean
_kaynak_disagreement_source_member_takes (const char *name)
{
  return strcmp (name, "type") == 0 || strcmp (name, "fields") == 0 ||
         (strcmp (name, "disagreements") != 0 &&
          !kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_SOURCE, name, strlen (name)));
}

gboolean
_kaynak_disagreement_take_source_unknown (KaynakSource  *changes,
                                          const char    *name,
                                          JsonNode      *value,
                                          KaynakUnknown *raw)
{
  g_autofree char *text = NULL;
  g_autoptr(KaynakUnknown) unknown = NULL;

  if (strcmp (name, "disagreements") == 0 ||
      kaynak_unknown_is_known_member (KAYNAK_UNKNOWN_SOURCE, name, strlen (name)))
    return FALSE;
  text = _kaynak_disagreement_unknown_text (raw, name, value);
  unknown = kaynak_unknown_with (kaynak_source_get_unknown (changes), name, text);
  kaynak_source_set_unknown (changes, unknown);
  return TRUE;
}

gboolean
_kaynak_disagreement_take_source_member (KaynakDocument *document,
                                         const char     *id,
                                         const char     *name,
                                         JsonNode       *value,
                                         GError        **error)
{
  if (strcmp (name, "type") == 0)
    {
      const char *text = string_or_empty (value);
      KaynakSourceType type = KAYNAK_SOURCE_TYPE_UNSET;

      if (text == NULL || (text[0] != '\0' && !kaynak_source_type_from_id (text, &type)))
        return invalid (error, name);
      return kaynak_document_set_source_type (document, id, type, error);
    }
  if (strcmp (name, "fields") == 0)
    return take_fields (document, id, FALSE, value, error);
  return invalid (error, name);
}
