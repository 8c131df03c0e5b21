/* kaynak-document-changes.c: primitive changes, and recorded, undoable ones.
 *
 * A primitive change puts a claim, source or link in or out of the model,
 * or brings it to a state, and emits its signal; it neither checks nor
 * records.  The history replays them (_kaynak_document_apply_state()); the
 * recorded changes record a change before making it, and are what the
 * public functions of kaynak-document-sources.c and kaynak-document-claims.c
 * are built from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-document-impl.h"

/* --- Primitive changes (no recording) ------------------------------------- */

guint
_kaynak_document_source_position (KaynakDocument *self,
                                  KaynakSource   *source)
{
  guint position;

  if (g_list_store_find (self->sources, source, &position))
    return position;
  return G_MAXUINT;
}

guint
_kaynak_document_link_position (KaynakDocument *self,
                                KaynakLink     *link)
{
  guint position;

  if (g_list_store_find (self->links, link, &position))
    return position;
  return G_MAXUINT;
}

void
_kaynak_document_raw_insert_source (KaynakDocument *self,
                                    KaynakSource   *source,
                                    guint           position)
{
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->sources)));
  g_hash_table_insert (self->sources_by_id, (gpointer)kaynak_source_get_id (source), source);
  g_list_store_insert (self->sources, position, source);
  g_signal_emit (self, _kaynak_document_signals[SOURCE_ADDED], 0, source);
}

void
_kaynak_document_raw_remove_source (KaynakDocument *self,
                                    KaynakSource   *source)
{
  /* The store may hold the last reference; the signal still needs it */
  g_object_ref (source);
  g_hash_table_remove (self->sources_by_id, kaynak_source_get_id (source));
  g_list_store_remove (self->sources, _kaynak_document_source_position (self, source));
  g_signal_emit (self, _kaynak_document_signals[SOURCE_REMOVED], 0, source);
  g_object_unref (source);
}

static void
change_source (KaynakDocument *self,
               KaynakSource   *source,
               KaynakSource   *state)
{
  kaynak_source_assign (source, state);
  g_signal_emit (self, _kaynak_document_signals[SOURCE_CHANGED], 0, source);
}

void
_kaynak_document_raw_insert_claim (KaynakDocument *self,
                                   KaynakClaim    *claim)
{
  g_hash_table_insert (self->claims_by_id, (gpointer)kaynak_claim_get_id (claim), claim);
  if (kaynak_claim_get_orphaned (claim))
    self->n_orphans++;
  kaynak_claim_index_insert (self->claims, claim);
  g_signal_emit (self, _kaynak_document_signals[CLAIM_ADDED], 0, claim);
}

void
_kaynak_document_raw_remove_claim (KaynakDocument *self,
                                   KaynakClaim    *claim)
{
  guint position = kaynak_claim_index_find (self->claims, claim);

  g_return_if_fail (position != G_MAXUINT);

  /* The index may hold the last reference; the signal still needs it */
  g_object_ref (claim);
  g_hash_table_remove (self->claims_by_id, kaynak_claim_get_id (claim));
  if (kaynak_claim_get_orphaned (claim))
    self->n_orphans--;
  kaynak_claim_index_remove (self->claims, position);
  g_signal_emit (self, _kaynak_document_signals[CLAIM_REMOVED], 0, claim);
  g_object_unref (claim);
}

static void
change_claim (KaynakDocument *self,
              KaynakClaim    *claim,
              KaynakClaim    *state)
{
  guint old_start = kaynak_claim_get_start (claim);
  guint old_end = kaynak_claim_get_end (claim);
  gboolean was_orphan = kaynak_claim_get_orphaned (claim);
  gboolean moves = old_start != kaynak_claim_get_start (state) ||
                   old_end != kaynak_claim_get_end (state) ||
                   was_orphan != kaynak_claim_get_orphaned (state);

  if (moves)
    {
      /* Its place in the order may change: take it out, change it, put it
       * back, so the list model reports a move and stays sorted. */
      guint position = kaynak_claim_index_find (self->claims, claim);

      g_return_if_fail (position != G_MAXUINT);
      g_object_ref (claim);
      kaynak_claim_index_remove (self->claims, position);
      kaynak_claim_assign (claim, state);
      kaynak_claim_index_insert (self->claims, claim);
      g_object_unref (claim);
      if (was_orphan)
        self->n_orphans--;
      if (kaynak_claim_get_orphaned (claim))
        self->n_orphans++;
    }
  else
    {
      kaynak_claim_assign (claim, state);
    }

  g_signal_emit (self, _kaynak_document_signals[CLAIM_CHANGED], 0, claim, old_start, old_end);
}

void
_kaynak_document_raw_insert_link (KaynakDocument *self,
                                  KaynakLink     *link,
                                  guint           position)
{
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->links)));
  g_hash_table_insert (self->links_by_id, (gpointer)kaynak_link_get_id (link), link);
  g_list_store_insert (self->links, position, link);
  g_signal_emit (self, _kaynak_document_signals[LINK_ADDED], 0, link);
}

void
_kaynak_document_raw_remove_link (KaynakDocument *self,
                                  KaynakLink     *link)
{
  /* The store may hold the last reference; the signal still needs it */
  g_object_ref (link);
  g_hash_table_remove (self->links_by_id, kaynak_link_get_id (link));
  g_list_store_remove (self->links, _kaynak_document_link_position (self, link));
  g_signal_emit (self, _kaynak_document_signals[LINK_REMOVED], 0, link);
  g_object_unref (link);
}

/* Brings the object @id to @state (NULL: absent): how the history undoes
 * and redoes. */
void
_kaynak_document_apply_state (gpointer    user_data,
                              guint       kind,
                              const char *id,
                              GObject    *state,
                              guint       position)
{
  KaynakDocument *self = user_data;

  switch ((EditKind) kind)
    {
    case EDIT_CLAIM:
      {
        KaynakClaim *live = g_hash_table_lookup (self->claims_by_id, id);

        if (state == NULL)
          _kaynak_document_raw_remove_claim (self, live);
        else if (live == NULL)
          _kaynak_document_raw_insert_claim (self, KAYNAK_CLAIM (state));
        else
          change_claim (self, live, KAYNAK_CLAIM (state));
      }
      break;

    case EDIT_SOURCE:
      {
        KaynakSource *live = g_hash_table_lookup (self->sources_by_id, id);

        if (state == NULL)
          _kaynak_document_raw_remove_source (self, live);
        else if (live == NULL)
          _kaynak_document_raw_insert_source (self, KAYNAK_SOURCE (state), position);
        else
          change_source (self, live, KAYNAK_SOURCE (state));
      }
      break;

    case EDIT_LINK:
      {
        KaynakLink *live = g_hash_table_lookup (self->links_by_id, id);

        if (state == NULL)
          _kaynak_document_raw_remove_link (self, live);
        else if (live == NULL)
          _kaynak_document_raw_insert_link (self, KAYNAK_LINK (state), position);
      }
      break;

    case EDIT_DETAILS:
      _kaynak_document_assign_details (self, KAYNAK_ARTICLE_DETAILS (state));
      break;

    case EDIT_REJECTION:
      _kaynak_document_apply_rejection (self, id, state != NULL ? KAYNAK_REJECTION (state) : NULL);
      break;

    case EDIT_STATE:
      _kaynak_document_apply_state_step (self, state);
      break;

    case EDIT_CODEBOOK:
      _kaynak_document_apply_codebook (self, state);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* --- Recorded changes ----------------------------------------------------- */

void
_kaynak_document_record (KaynakDocument *self,
                         EditKind        kind,
                         const char     *id,
                         GObject        *before,
                         GObject        *after,
                         guint           position)
{
  kaynak_history_record (self->history, kind, id, before, after, position);
}

void
_kaynak_document_do_change_source (KaynakDocument *self,
                                   KaynakSource   *live,
                                   KaynakSource   *state)
{
  g_autoptr(KaynakSource) before = kaynak_source_copy (live);
  g_autoptr(KaynakSource) after = kaynak_source_copy (live);

  kaynak_source_assign (after, state);
  if (kaynak_source_equal (before, after))
    return;
  _kaynak_document_record (self, EDIT_SOURCE, kaynak_source_get_id (live),
                           G_OBJECT (before), G_OBJECT (after),
                           _kaynak_document_source_position (self, live));
  change_source (self, live, after);
}

/* Claims of the model are edited through a copy, so that undo has the
 * before and after states and the index sees the change as one move. */
void
_kaynak_document_do_change_claim (KaynakDocument *self,
                                  KaynakClaim    *live,
                                  KaynakClaim    *after)
{
  g_autoptr(KaynakClaim) before = kaynak_claim_copy (live);
  g_autofree char *now = NULL;

  if (kaynak_claim_equal (before, after))
    return;

  now = kaynak_timestamp_now ();
  kaynak_claim_set_modified (after, now);
  _kaynak_document_record (self, EDIT_CLAIM, kaynak_claim_get_id (live),
                           G_OBJECT (before), G_OBJECT (after), 0);
  change_claim (self, live, after);
}

