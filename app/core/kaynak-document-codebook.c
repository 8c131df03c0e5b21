/* kaynak-document-codebook.c: the codebook a document carries, and the
 * claims' verdicts and field values (kaynak-document-codebook.h).
 *
 * The definitions are one immutable KaynakCodebook without sources
 * (self->codebook, NULL: none), replaced whole when they change, so the
 * history records them as it records a claim: the object before and the
 * object after (EDIT_CODEBOOK).  Verdicts and field values live on the
 * claims and sources and are changed through copies like every edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-claim-private.h"
#include "kaynak-codebook-private.h"
#include "kaynak-document-codebook.h"
#include "kaynak-document-impl.h"
#include "kaynak-error.h"

#define CODEBOOK_ID "codebook"

static GPtrArray *
empty_array (void)
{
  static GPtrArray *empty;

  /* one shared empty array: callers only read it */
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());
  return empty;
}

KaynakCodebook *
kaynak_document_get_codebook (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook;
}

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

const char *
kaynak_document_get_codebook_id (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook != NULL ? nonempty (kaynak_codebook_get_id (self->codebook)) : NULL;
}

const char *
kaynak_document_get_codebook_name (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook != NULL ? nonempty (kaynak_codebook_get_name (self->codebook)) : NULL;
}

const char *
kaynak_document_get_codebook_hash (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook != NULL ? nonempty (kaynak_codebook_get_hash (self->codebook)) : NULL;
}

GPtrArray *
kaynak_document_get_verdicts (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), empty_array ());
  return self->codebook != NULL ? kaynak_codebook_get_verdicts (self->codebook) : empty_array ();
}

const KaynakCodebookValue *
kaynak_document_find_verdict (KaynakDocument *self,
                              const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook != NULL && id != NULL
         ? kaynak_codebook_find_verdict (self->codebook, id) : NULL;
}

gboolean
kaynak_document_get_rating_range (KaynakDocument *self,
                                  double         *best,
                                  double         *worst)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  if (self->codebook == NULL)
    return FALSE;
  return kaynak_codebook_get_rating_range (self->codebook, best, worst);
}

GPtrArray *
kaynak_document_get_fields (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), empty_array ());
  return self->codebook != NULL ? kaynak_codebook_get_fields (self->codebook) : empty_array ();
}

const KaynakCodebookField *
kaynak_document_find_field (KaynakDocument *self,
                            const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->codebook != NULL && id != NULL
         ? kaynak_codebook_find_field (self->codebook, id) : NULL;
}

/* --- The definitions, undoably ------------------------------------------- */

void
_kaynak_document_apply_codebook (KaynakDocument *self,
                                 GObject        *state)
{
  g_clear_object (&self->codebook);
  if (state != NULL)
    self->codebook = g_object_ref (KAYNAK_CODEBOOK (state));
  g_signal_emit (self, _kaynak_document_signals[CODEBOOK_CHANGED], 0);
}

void
_kaynak_document_load_codebook (KaynakDocument *self,
                                KaynakCodebook *codebook)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_set_object (&self->codebook, codebook);
}

static gboolean
is_source_change (const KaynakCodebookChange *change)
{
  return change->kind == KAYNAK_CODEBOOK_SOURCE_ADDED ||
         change->kind == KAYNAK_CODEBOOK_SOURCE_REMOVED;
}

/* The codebook's source @from, as the document's @live (NULL: new) is to
 * become: the codebook's fields win, but a source's own field values stay
 * when the codebook gives none */
static KaynakSource *
source_state (KaynakSource *from,
              KaynakSource *live)
{
  KaynakSource *state = kaynak_source_copy (from);

  if (live != NULL && kaynak_source_get_fields (from) == NULL)
    kaynak_source_set_fields (state, kaynak_source_get_fields (live));
  if (live != NULL && kaynak_source_get_unknown (from) == NULL)
    kaynak_source_set_unknown (state, kaynak_source_get_unknown (live));
  return state;
}

gboolean
kaynak_document_use_codebook (KaynakDocument  *self,
                              KaynakCodebook  *codebook,
                              GPtrArray      **changes,
                              GError         **error)
{
  g_autoptr(KaynakCodebook) before = NULL;
  g_autoptr(KaynakCodebook) after = NULL;
  GPtrArray *sources;
  gboolean ok = TRUE;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CODEBOOK (codebook), FALSE);

  before = self->codebook != NULL ? g_object_ref (self->codebook) : _kaynak_codebook_new_empty ();
  if (changes != NULL)
    {
      GPtrArray *all = kaynak_codebook_diff (before, codebook);

      *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_codebook_change_free);
      for (guint i = 0; i < all->len; i++)
        if (!is_source_change (g_ptr_array_index (all, i)))
          g_ptr_array_add (*changes, g_steal_pointer (&all->pdata[i]));
      g_ptr_array_unref (all);
    }

  after = _kaynak_codebook_copy_definitions (codebook);
  sources = kaynak_codebook_get_sources (codebook);

  kaynak_document_begin_group (self);
  for (guint i = 0; ok && i < sources->len; i++)
    {
      KaynakSource *from = g_ptr_array_index (sources, i);
      KaynakSource *live = kaynak_document_lookup_source (self, kaynak_source_get_id (from));
      g_autoptr(KaynakSource) state = source_state (from, live);

      ok = live != NULL ? kaynak_document_update_source (self, kaynak_source_get_id (from), state, error)
                        : kaynak_document_add_source (self, state, error);
    }
  if (ok)
    {
      _kaynak_document_record (self, EDIT_CODEBOOK, CODEBOOK_ID,
                               self->codebook != NULL ? G_OBJECT (self->codebook) : NULL,
                               G_OBJECT (after), 0);
      _kaynak_document_apply_codebook (self, G_OBJECT (after));
    }
  /* A source the document refused leaves nothing behind: what was done
   * of the step is undone (and cannot be redone: there is nothing to) */
  if (kaynak_document_end_group (self) && !ok)
    kaynak_document_undo (self);
  if (!ok && changes != NULL)
    g_clear_pointer (changes, g_ptr_array_unref);
  return ok;
}

KaynakCodebook *
kaynak_document_make_codebook (KaynakDocument  *self,
                               const char      *id,
                               const char      *name,
                               GError         **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (id == NULL || *id == '\0' || name == NULL || *name == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A codebook needs an id and a name."));
      return NULL;
    }
  model = kaynak_document_get_sources (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sources, g_list_model_get_item (model, i));
  return _kaynak_codebook_new_from_parts (id, name, sources, self->codebook);
}

/* --- Verdicts and field values ------------------------------------------- */

static void
apply_claim (KaynakDocument *self,
             KaynakClaim    *live,
             KaynakClaim    *state)
{
  kaynak_document_begin_group (self);
  _kaynak_document_do_change_claim (self, live, state);
  kaynak_document_end_group (self);
}

gboolean
kaynak_document_set_claim_verdict (KaynakDocument  *self,
                                   const char      *claim_id,
                                   const char      *verdict_id,
                                   GError         **error)
{
  g_autoptr(KaynakClaim) state = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, claim_id, error)))
    return FALSE;
  if (verdict_id != NULL && *verdict_id != '\0' &&
      kaynak_document_find_verdict (self, verdict_id) == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The document’s verdict scale has no verdict “%s”."), verdict_id);
      return FALSE;
    }
  state = kaynak_claim_copy (claim);
  kaynak_claim_set_verdict (state, verdict_id);
  apply_claim (self, claim, state);
  return TRUE;
}

/* The document's field @field_id on @target, when @value is to be set */
static gboolean
check_field_value (KaynakDocument     *self,
                   const char         *field_id,
                   KaynakFieldTarget   target,
                   JsonNode           *value,
                   GError            **error)
{
  const KaynakCodebookField *field;

  g_return_val_if_fail (field_id != NULL, FALSE);

  if (value == NULL)
    return TRUE;
  field = kaynak_document_find_field (self, field_id);
  if (field == NULL || field->target != target)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   target == KAYNAK_FIELD_ON_CLAIM
                   ? _("The document has no claim field “%s”.")
                   : _("The document has no source field “%s”."),
                   field_id);
      return FALSE;
    }
  return kaynak_codebook_field_check_value (field, value, error);
}

gboolean
kaynak_document_set_claim_field (KaynakDocument  *self,
                                 const char      *claim_id,
                                 const char      *field_id,
                                 JsonNode        *value,
                                 GError         **error)
{
  g_autoptr(KaynakClaim) state = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, claim_id, error)) ||
      !check_field_value (self, field_id, KAYNAK_FIELD_ON_CLAIM, value, error))
    return FALSE;
  state = kaynak_claim_copy (claim);
  kaynak_claim_set_field (state, field_id, value);
  apply_claim (self, claim, state);
  return TRUE;
}

gboolean
kaynak_document_set_source_field (KaynakDocument  *self,
                                  const char      *source_id,
                                  const char      *field_id,
                                  JsonNode        *value,
                                  GError         **error)
{
  g_autoptr(KaynakSource) state = NULL;
  KaynakSource *source;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  source = source_id != NULL ? kaynak_document_lookup_source (self, source_id) : NULL;
  if (source == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), source_id ? source_id : "");
      return FALSE;
    }
  if (!check_field_value (self, field_id, KAYNAK_FIELD_ON_SOURCE, value, error))
    return FALSE;
  state = kaynak_source_copy (source);
  kaynak_source_set_field (state, field_id, value);
  kaynak_document_begin_group (self);
  _kaynak_document_do_change_source (self, source, state);
  kaynak_document_end_group (self);
  return TRUE;
}

/* --- Words for people ---------------------------------------------------- */

const char *
kaynak_document_claim_verdict_label (KaynakDocument *self,
                                     KaynakClaim    *claim)
{
  const char *verdict;
  const KaynakCodebookValue *value;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), NULL);

  verdict = kaynak_claim_get_verdict (claim);
  /* on a scale, the five statuses are not what the desk judges by: a
   * claim not judged yet says so, as the claim details' Verdict row does */
  if (verdict == NULL && kaynak_document_get_verdicts (self)->len > 0)
    return _("No verdict");
  if (verdict == NULL)
    return kaynak_claim_status_to_label (kaynak_claim_get_status (claim));
  value = kaynak_document_find_verdict (self, verdict);
  return value != NULL ? value->label : verdict;
}

static const char *
choice_label (const KaynakCodebookField *field,
              const char                *id)
{
  for (guint i = 0; field != NULL && i < field->choices->len; i++)
    {
      const KaynakCodebookValue *choice = g_ptr_array_index (field->choices, i);

      if (strcmp (choice->id, id) == 0)
        return choice->label;
    }
  return id;
}

static void
append_text (GString                   *text,
             const KaynakCodebookField *field,
             JsonNode                  *value)
{
  switch (JSON_NODE_TYPE (value))
    {
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (value))
        {
        case G_TYPE_BOOLEAN:
          /* the file's words, not translated: exports are read by programs */
          g_string_append (text, json_node_get_boolean (value) ? "yes" : "no");
          break;
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            g_string_append (text, g_ascii_formatd (buffer, sizeof buffer, "%g",
                                                    json_node_get_double (value)));
          }
          break;
        default:
          g_string_append (text, choice_label (field != NULL &&
                                               (field->type == KAYNAK_FIELD_CHOICE ||
                                                field->type == KAYNAK_FIELD_CHOICES)
                                               ? field : NULL,
                                               json_node_get_string (value)));
          break;
        }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (value);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            if (i > 0)
              g_string_append (text, "; ");
            append_text (text, field, json_array_get_element (array, i));
          }
      }
      break;
    default:
      {
        g_autofree char *json = json_to_string (value, FALSE);

        g_string_append (text, json);
      }
      break;
    }
}

char *
kaynak_document_dup_field_text (KaynakDocument            *self,
                                const KaynakCodebookField *field,
                                JsonNode                  *value)
{
  GString *text;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (value == NULL)
    return NULL;
  text = g_string_new (NULL);
  append_text (text, field, value);
  return g_string_free (text, FALSE);
}

/* A claim's words for a sentence: its first words */
static char *
claim_words (KaynakClaim *claim)
{
  const char *quote = kaynak_claim_get_quote (claim);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (quote, -1) <= 40)
    return g_strdup (quote);
  start = g_utf8_substring (quote, 0, 40);
  return g_strconcat (start, "…", NULL);
}

static void
list_stale_fields (KaynakDocument    *self,
                   GPtrArray         *list,
                   KaynakFieldValues *values,
                   KaynakFieldTarget  target,
                   const char        *who)
{
  for (guint i = 0; i < kaynak_field_values_get_n (values); i++)
    {
      const char *id = kaynak_field_values_get_id (values, i);
      const KaynakCodebookField *field = kaynak_document_find_field (self, id);
      g_autoptr(GError) error = NULL;

      if (field == NULL || field->target != target)
        g_ptr_array_add (list, g_strdup_printf (_("%s: a value of “%s”, a field the document no longer has, is kept"),
                                                who, id));
      else if (!kaynak_codebook_field_check_value (field, kaynak_field_values_get_value (values, i),
                                                   &error))
        g_ptr_array_add (list, g_strdup_printf (_("%s: %s; the value is kept"), who,
                                                error->message));
    }
}

GPtrArray *
kaynak_document_list_stale_values (KaynakDocument *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  GListModel *model;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), list);

  model = kaynak_document_get_claims (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (model, i);
      const char *verdict = kaynak_claim_get_verdict (claim);
      g_autofree char *words = NULL;
      g_autofree char *who = NULL;

      if (verdict == NULL && kaynak_claim_get_fields (claim) == NULL)
        continue;
      words = claim_words (claim);
      who = g_strdup_printf (_("The claim “%s”"), words);
      if (verdict != NULL && kaynak_document_find_verdict (self, verdict) == NULL)
        g_ptr_array_add (list, g_strdup_printf (_("%s: its verdict “%s” is no longer on the document’s scale and is kept"),
                                                who, verdict));
      list_stale_fields (self, list, kaynak_claim_get_fields (claim), KAYNAK_FIELD_ON_CLAIM, who);
    }

  model = kaynak_document_get_sources (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (model, i);
      g_autofree char *who = NULL;

      if (kaynak_source_get_fields (source) == NULL)
        continue;
      who = g_strdup_printf (_("The source “%s”"), kaynak_source_get_label (source));
      list_stale_fields (self, list, kaynak_source_get_fields (source), KAYNAK_FIELD_ON_SOURCE,
                         who);
    }
  return list;
}

guint
kaynak_document_get_format_version (KaynakDocument *self)
{
  GListModel *model;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 1);

  if (kaynak_document_get_verdicts (self)->len > 0 || kaynak_document_get_fields (self)->len > 0)
    return 2;
  /* Values kept from definitions that are gone must not be lost either */
  model = kaynak_document_get_sources (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (model, i);

      if (kaynak_source_get_fields (source) != NULL)
        return 2;
    }
  /* No reference taken per claim: a save of 100,000 claims asks this */
  {
    GHashTableIter iter;
    gpointer claim;

    g_hash_table_iter_init (&iter, self->claims_by_id);
    while (g_hash_table_iter_next (&iter, NULL, &claim))
      {
        const KaynakClaimData *d = _kaynak_claim_peek (claim);

        if (d->verdict != NULL || d->fields != NULL)
          return 2;
      }
  }
  return 1;
}
