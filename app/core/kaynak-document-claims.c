/* kaynak-document-claims.c: the claims and links, and bulk loading.
 *
 * Tagging a range (one rule for every front end: retag the claim that has
 * exactly that range, else create one), the one anchor builder, editing
 * and removing claims and links as undoable steps, the queries by offset
 * and range, and the loader's way of filling a document without undo or
 * signals (kaynak-document-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kaynak-document-impl.h"
#include "kaynak-error.h"

/* --- Claims --------------------------------------------------------------- */

GListModel *
kaynak_document_get_claims (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->claims);
}

guint
kaynak_document_get_n_claims (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return kaynak_claim_index_get_n_claims (self->claims);
}

KaynakClaim *
kaynak_document_lookup_claim (KaynakDocument *self,
                              const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->claims_by_id, id) : NULL;
}

guint
kaynak_document_get_claim_position (KaynakDocument *self,
                                    KaynakClaim    *claim)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), G_MAXUINT);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), G_MAXUINT);
  return kaynak_claim_index_find (self->claims, claim);
}

KaynakClaim *
kaynak_document_find_claim_with_range (KaynakDocument *self,
                                       guint           start,
                                       guint           end)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  found = kaynak_claim_index_at (self->claims, start);
  for (guint i = 0; i < found->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (found, i);

      /* a claim in pieces over the same cover has fewer words: another claim */
      if (kaynak_claim_get_start (claim) == start && kaynak_claim_get_end (claim) == end &&
          kaynak_claim_get_n_pieces (claim) == 1)
        return claim;
    }

  return NULL;
}

static gboolean
check_range (KaynakDocument  *self,
             guint            start,
             guint            end,
             GError         **error)
{
  if (start >= end)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("A claim must cover at least one character."));
      return FALSE;
    }
  if (end > self->length)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                   _("The range %u–%u is past the end of the article (%u characters)."),
                   start, end, self->length);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_source (KaynakDocument  *self,
              const char      *source_id,
              GError         **error)
{
  if (source_id != NULL && source_id[0] != '\0' &&
      !g_hash_table_contains (self->sources_by_id, source_id))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no source with the id “%s”."), source_id);
      return FALSE;
    }
  return TRUE;
}

KaynakClaim *
_kaynak_document_require_claim (KaynakDocument  *self,
                                const char      *id,
                                GError         **error)
{
  KaynakClaim *claim = kaynak_document_lookup_claim (self, id);

  if (claim == NULL)
    g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                 _("There is no claim with the id “%s”."), id != NULL ? id : "");
  return claim;
}

void
kaynak_document_anchor_context (KaynakDocument *self,
                                KaynakClaim    *claim,
                                guint           start,
                                guint           end)
{
  guint before = start > KAYNAK_CLAIM_CONTEXT_LENGTH ? start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0;
  guint after = MIN ((guint64) end + KAYNAK_CLAIM_CONTEXT_LENGTH, self->length);
  gsize b_before = kaynak_document_offset_to_byte (self, before);
  gsize b_start = kaynak_document_offset_to_byte (self, start);
  gsize b_end = kaynak_document_offset_to_byte (self, end);
  gsize b_after = kaynak_document_offset_to_byte (self, after);
  g_autofree char *prefix = g_strndup (self->text + b_before, b_start - b_before);
  g_autofree char *suffix = g_strndup (self->text + b_end, b_after - b_end);

  kaynak_claim_set_prefix (claim, prefix);
  kaynak_claim_set_suffix (claim, suffix);
}

void
kaynak_document_anchor_claim (KaynakDocument *self,
                              KaynakClaim    *claim,
                              guint           start,
                              guint           end)
{
  g_autofree char *quote = kaynak_document_dup_slice (self, start, end);

  kaynak_claim_set_range (claim, start, end);
  kaynak_claim_set_quote (claim, quote);
  kaynak_document_anchor_context (self, claim, start, end);
}

KaynakClaim *
kaynak_document_tag_range (KaynakDocument  *self,
                           guint            start,
                           guint            end,
                           const char      *source_id,
                           GError         **error)
{
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  end = MIN (end, kaynak_document_get_length (self));
  if (start >= end || !kaynak_document_trim_range (self, &start, &end))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                           _("Select some text to tag, not only spaces."));
      return NULL;
    }

  claim = kaynak_document_find_claim_with_range (self, start, end);
  if (claim != NULL)
    return kaynak_document_retag_claim (self, claim, source_id, error) ? claim : NULL;

  return kaynak_document_create_claim (self, start, end, source_id, error);
}

gboolean
kaynak_document_retag_claim (KaynakDocument  *self,
                             KaynakClaim     *claim,
                             const char      *source_id,
                             GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), FALSE);

  if (g_strcmp0 (kaynak_claim_get_source_id (claim), source_id) == 0)
    return TRUE;

  return kaynak_document_set_claim_source (self, kaynak_claim_get_id (claim), source_id, error);
}

KaynakClaim *
kaynak_document_create_claim (KaynakDocument  *self,
                              guint            start,
                              guint            end,
                              const char      *source_id,
                              GError         **error)
{
  g_autoptr(KaynakClaim) claim = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (!check_range (self, start, end, error) ||
      !check_source (self, source_id, error))
    return NULL;

  claim = kaynak_claim_new (NULL, start, end);
  kaynak_document_anchor_claim (self, claim, start, end);
  kaynak_claim_set_source_id (claim, source_id);
  kaynak_claim_set_author (claim, self->default_author);
  now = kaynak_timestamp_now ();
  kaynak_claim_set_created (claim, now);
  kaynak_claim_set_modified (claim, now);

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_CLAIM, kaynak_claim_get_id (claim),
                           NULL, G_OBJECT (claim), 0);
  _kaynak_document_raw_insert_claim (self, claim);
  _kaynak_document_claim_added (self);
  kaynak_document_end_group (self);

  /* The document holds it now */
  return claim;
}

gboolean
_kaynak_document_check_claim (KaynakDocument  *self,
                              KaynakClaim     *claim,
                              GError         **error)
{
  if (g_hash_table_contains (self->claims_by_id, kaynak_claim_get_id (claim)))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("There is already a claim with the id “%s”."),
                   kaynak_claim_get_id (claim));
      return FALSE;
    }
  if (!check_source (self, kaynak_claim_get_source_id (claim), error))
    return FALSE;
  if (!kaynak_claim_get_orphaned (claim))
    {
      gsize a, b;
      const char *quote = kaynak_claim_get_quote (claim);

      if (!check_range (self, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim), error))
        return FALSE;
      a = kaynak_document_offset_to_byte (self, kaynak_claim_get_start (claim));
      b = kaynak_document_offset_to_byte (self, kaynak_claim_get_end (claim));
      if (strlen (quote) != b - a || memcmp (quote, self->text + a, b - a) != 0)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The claim’s quote “%s” is not the text at %u–%u."),
                       quote, kaynak_claim_get_start (claim), kaynak_claim_get_end (claim));
          return FALSE;
        }
    }
  return _kaynak_document_check_claim_spans (self, claim, error);
}

gboolean
kaynak_document_add_claim (KaynakDocument  *self,
                           KaynakClaim     *claim,
                           GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_CLAIM (claim), FALSE);

  if (!_kaynak_document_check_claim (self, claim, error))
    return FALSE;

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_CLAIM, kaynak_claim_get_id (claim),
                           NULL, G_OBJECT (claim), 0);
  _kaynak_document_raw_insert_claim (self, claim);
  kaynak_document_end_group (self);

  return TRUE;
}

gboolean
kaynak_document_remove_claim (KaynakDocument  *self,
                              const char      *id,
                              GError         **error)
{
  KaynakClaim *claim;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;

  kaynak_document_begin_group (self);

  /* Links that name it go first, so undo brings the claim back before them */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(KaynakLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i - 1);

      if (g_str_equal (kaynak_link_get_from (link), id) ||
          g_str_equal (kaynak_link_get_to (link), id))
        {
          _kaynak_document_record (self, EDIT_LINK, kaynak_link_get_id (link),
                                   G_OBJECT (link), NULL, i - 1);
          _kaynak_document_raw_remove_link (self, link);
        }
    }

  _kaynak_document_record (self, EDIT_CLAIM, id, G_OBJECT (claim), NULL, 0);
  _kaynak_document_raw_remove_claim (self, claim);

  kaynak_document_end_group (self);

  return TRUE;
}

#define CHANGE_CLAIM_BEGIN                                       \
  KaynakClaim *claim;                                            \
  g_autoptr(KaynakClaim) state = NULL;                           \
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);       \
  if (!(claim = _kaynak_document_require_claim (self, id, error)))                   \
    return FALSE;                                                \
  state = kaynak_claim_copy (claim);

#define CHANGE_CLAIM_END                                         \
  kaynak_document_begin_group (self);                            \
  _kaynak_document_do_change_claim (self, claim, state);                          \
  kaynak_document_end_group (self);                              \
  return TRUE;

gboolean
kaynak_document_set_claim_source (KaynakDocument  *self,
                                  const char      *id,
                                  const char      *source_id,
                                  GError         **error)
{
  CHANGE_CLAIM_BEGIN
  if (!check_source (self, source_id, error))
    return FALSE;
  kaynak_claim_set_source_id (state, source_id);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_status (KaynakDocument     *self,
                                  const char         *id,
                                  KaynakClaimStatus   status,
                                  GError            **error)
{
  CHANGE_CLAIM_BEGIN
  if ((guint) status >= KAYNAK_N_CLAIM_STATUSES)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("Unknown claim status."));
      return FALSE;
    }
  kaynak_claim_set_status (state, status);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_note (KaynakDocument  *self,
                                const char      *id,
                                const char      *note,
                                GError         **error)
{
  CHANGE_CLAIM_BEGIN
  kaynak_claim_set_note (state, note);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_type_claim_note (KaynakDocument  *self,
                                 const char      *id,
                                 const char      *note,
                                 guint            spell,
                                 GError         **error)
{
  g_autofree char *key = NULL;
  KaynakClaim *claim;
  g_autoptr(KaynakClaim) state = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  state = kaynak_claim_copy (claim);
  kaynak_claim_set_note (state, note);

  /* The history merges steps of one key that follow each other */
  key = g_strdup_printf ("note %u %s", spell, id);
  kaynak_document_begin_group (self);
  kaynak_history_set_merge_key (self->history, key);
  _kaynak_document_do_change_claim (self, claim, state);
  kaynak_document_end_group (self);
  return TRUE;
}

gboolean
kaynak_document_set_claim_cues (KaynakDocument      *self,
                                const char          *id,
                                const char * const  *cues,
                                GError             **error)
{
  CHANGE_CLAIM_BEGIN
  kaynak_claim_set_cues (state, cues);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_agreed_by (KaynakDocument      *self,
                                     const char          *id,
                                     const char * const  *agreed_by,
                                     GError             **error)
{
  CHANGE_CLAIM_BEGIN
  kaynak_claim_set_agreed_by (state, agreed_by);
  CHANGE_CLAIM_END
}

gboolean
kaynak_document_set_claim_range (KaynakDocument  *self,
                                 const char      *id,
                                 guint            start,
                                 guint            end,
                                 GError         **error)
{
  CHANGE_CLAIM_BEGIN
  if (!check_range (self, start, end, error))
    return FALSE;
  /* A new range is one piece, even the cover of the pieces it had */
  kaynak_claim_set_pieces (state, &(KaynakRange) { start, end }, 1);
  kaynak_document_anchor_claim (self, state, start, end);
  kaynak_claim_set_orphaned (state, FALSE);
  CHANGE_CLAIM_END
}

GPtrArray *
kaynak_document_claims_at (KaynakDocument *self,
                           guint           offset)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (offset >= self->length)
    return g_ptr_array_new ();
  return _kaynak_document_filter_pieces (kaynak_claim_index_at (self->claims, offset),
                                         offset, offset + 1);
}

GPtrArray *
kaynak_document_claims_in_range (KaynakDocument *self,
                                 guint           start,
                                 guint           end)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return _kaynak_document_filter_pieces (kaynak_claim_index_in_range (self->claims, start, end),
                                         start, end);
}

guint
kaynak_document_get_n_orphans (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), 0);
  return self->n_orphans;
}

/* --- Links ---------------------------------------------------------------- */

GListModel *
kaynak_document_get_links (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->links);
}

KaynakLink *
kaynak_document_lookup_link (KaynakDocument *self,
                             const char     *id)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return id ? g_hash_table_lookup (self->links_by_id, id) : NULL;
}

gboolean
_kaynak_document_check_link_ends (KaynakDocument  *self,
                                  KaynakLinkType   type,
                                  const char      *from_claim_id,
                                  const char      *to_claim_id,
                                  GError         **error)
{
  if ((guint) type >= KAYNAK_N_LINK_TYPES)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID, _("Unknown link type."));
      return FALSE;
    }
  if (!_kaynak_document_require_claim (self, from_claim_id, error) ||
      !_kaynak_document_require_claim (self, to_claim_id, error))
    return FALSE;
  if (g_str_equal (from_claim_id, to_claim_id))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("A claim cannot be linked to itself."));
      return FALSE;
    }
  return TRUE;
}

KaynakLink *
kaynak_document_add_link (KaynakDocument  *self,
                          KaynakLinkType   type,
                          const char      *from_claim_id,
                          const char      *to_claim_id,
                          GError         **error)
{
  g_autoptr(KaynakLink) link = NULL;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);

  if (!_kaynak_document_check_link_ends (self, type, from_claim_id, to_claim_id, error))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakLink) other = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (kaynak_link_get_link_type (other) == type &&
          g_str_equal (kaynak_link_get_from (other), from_claim_id) &&
          g_str_equal (kaynak_link_get_to (other), to_claim_id))
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("These claims are already linked that way."));
          return NULL;
        }
    }

  link = kaynak_link_new (NULL, type, from_claim_id, to_claim_id);

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_LINK, kaynak_link_get_id (link), NULL, G_OBJECT (link), n);
  _kaynak_document_raw_insert_link (self, link, n);
  kaynak_document_end_group (self);

  return link;
}

gboolean
kaynak_document_remove_link (KaynakDocument  *self,
                             const char      *id,
                             GError         **error)
{
  KaynakLink *link;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  link = kaynak_document_lookup_link (self, id);
  if (link == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("There is no link with the id “%s”."), id ? id : "");
      return FALSE;
    }

  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_LINK, id, G_OBJECT (link), NULL,
                           _kaynak_document_link_position (self, link));
  _kaynak_document_raw_remove_link (self, link);
  kaynak_document_end_group (self);

  return TRUE;
}

/* --- Bulk loading ----------------------------------------------------------- */

void
_kaynak_document_bulk_add_source (KaynakDocument *self,
                                  KaynakSource   *source)
{
  g_hash_table_insert (self->sources_by_id, (gpointer)kaynak_source_get_id (source), source);
  g_list_store_append (self->sources, source);
}

void
_kaynak_document_bulk_add_claim (KaynakDocument *self,
                                 KaynakClaim    *claim)
{
  g_hash_table_insert (self->claims_by_id, (gpointer)kaynak_claim_get_id (claim), claim);
  if (kaynak_claim_get_orphaned (claim))
    self->n_orphans++;
  kaynak_claim_index_append (self->claims, claim);
}

void
_kaynak_document_bulk_add_link (KaynakDocument *self,
                                KaynakLink     *link)
{
  g_hash_table_insert (self->links_by_id, (gpointer)kaynak_link_get_id (link), link);
  g_list_store_append (self->links, link);
}

void
_kaynak_document_finish_bulk (KaynakDocument *self)
{
  /* Nobody watches a document being loaded; the sort is the point */
  kaynak_claim_index_sort (self->claims, 0);
}
