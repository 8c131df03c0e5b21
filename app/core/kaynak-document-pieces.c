/* kaynak-document-pieces.c: a claim's pieces, and where its source is
 * named and its cue stands, as undoable edits of the document.
 *
 * The rules live here once for the window, the imports and the loader: a
 * claim's pieces are ordered, non-empty, non-overlapping ranges of the
 * article; its start and end are the cover (first start, last end) and
 * its quote the text between, so the index, the list and every reader
 * that does not know pieces see one range.  Each piece keeps its own
 * words and context, so that re-anchoring can find it again on its own.
 * Source and cue ranges follow the same rules but are not the claim's
 * text: they may lie anywhere in the article, and none is fine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-claim-private.h"
#include "kaynak-document-impl.h"
#include "kaynak-error.h"

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const KaynakRange *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end;
}

gboolean
kaynak_document_check_ranges (KaynakDocument  *self,
                              KaynakRange     *ranges,
                              guint            n,
                              GError         **error)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (n == 0 || ranges != NULL, FALSE);

  if (n > 1)
    qsort (ranges, n, sizeof (KaynakRange), compare_ranges);

  for (guint i = 0; i < n; i++)
    {
      if (ranges[i].start >= ranges[i].end)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("A range must cover at least one character (%u–%u does not)."),
                       ranges[i].start, ranges[i].end);
          return FALSE;
        }
      if (ranges[i].end > self->length)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The range %u–%u is past the end of the article (%u characters)."),
                       ranges[i].start, ranges[i].end, self->length);
          return FALSE;
        }
      if (i > 0 && ranges[i].start < ranges[i - 1].end)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The ranges %u–%u and %u–%u overlap; the words of a claim, its source or its cue can each be marked once."),
                       ranges[i - 1].start, ranges[i - 1].end, ranges[i].start, ranges[i].end);
          return FALSE;
        }
    }
  return TRUE;
}

/* The context of [start, end): KAYNAK_CLAIM_CONTEXT_LENGTH code points on
 * each side, as kaynak_document_anchor_context() keeps for a claim */
static void
dup_context (KaynakDocument  *self,
             guint            start,
             guint            end,
             char           **prefix,
             char           **suffix)
{
  guint before = start > KAYNAK_CLAIM_CONTEXT_LENGTH ? start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0;
  guint after = MIN ((guint64) end + KAYNAK_CLAIM_CONTEXT_LENGTH, self->length);

  *prefix = kaynak_document_dup_slice (self, before, start);
  *suffix = kaynak_document_dup_slice (self, end, after);
}

void
kaynak_document_anchor_pieces (KaynakDocument    *self,
                               KaynakClaim       *claim,
                               const KaynakRange *pieces,
                               guint              n)
{
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree char **quotes = NULL;
  g_autofree char **prefixes = NULL;
  g_autofree char **suffixes = NULL;
  g_autofree char *cover = NULL;

  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (KAYNAK_IS_CLAIM (claim));
  g_return_if_fail (n >= 1 && pieces != NULL);

  if (n == 1)
    {
      kaynak_document_anchor_claim (self, claim, pieces[0].start, pieces[0].end);
      return;
    }

  strings = g_ptr_array_new_with_free_func (g_free);
  quotes = g_new (char *, n);
  prefixes = g_new (char *, n);
  suffixes = g_new (char *, n);
  for (guint i = 0; i < n; i++)
    {
      quotes[i] = kaynak_document_dup_slice (self, pieces[i].start, pieces[i].end);
      dup_context (self, pieces[i].start, pieces[i].end, &prefixes[i], &suffixes[i]);
      g_ptr_array_add (strings, quotes[i]);
      g_ptr_array_add (strings, prefixes[i]);
      g_ptr_array_add (strings, suffixes[i]);
    }
  cover = kaynak_document_dup_slice (self, pieces[0].start, pieces[n - 1].end);

  g_object_freeze_notify (G_OBJECT (claim));
  kaynak_claim_set_pieces_full (claim, pieces, (const char * const *) quotes,
                                (const char * const *) prefixes,
                                (const char * const *) suffixes, n);
  kaynak_claim_set_quote (claim, cover);
  g_object_thaw_notify (G_OBJECT (claim));
}

static void
anchor_ranges (KaynakDocument    *self,
               KaynakClaim       *claim,
               const KaynakRange *ranges,
               guint              n,
               gboolean           cues)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (quotes, kaynak_document_dup_slice (self, ranges[i].start, ranges[i].end));

  if (cues)
    kaynak_claim_set_cue_ranges_full (claim, ranges, (const char * const *) quotes->pdata, n);
  else
    kaynak_claim_set_source_ranges_full (claim, ranges, (const char * const *) quotes->pdata, n);
}

void
kaynak_document_anchor_source_ranges (KaynakDocument    *self,
                                      KaynakClaim       *claim,
                                      const KaynakRange *ranges,
                                      guint              n)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (KAYNAK_IS_CLAIM (claim));
  anchor_ranges (self, claim, ranges, n, FALSE);
}

void
kaynak_document_anchor_cue_ranges (KaynakDocument    *self,
                                   KaynakClaim       *claim,
                                   const KaynakRange *ranges,
                                   guint              n)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (KAYNAK_IS_CLAIM (claim));
  anchor_ranges (self, claim, ranges, n, TRUE);
}

/* One undo step that gives the claim @id the state @edit makes of a copy */
static gboolean
change (KaynakDocument *self,
        KaynakClaim    *claim,
        KaynakClaim    *state)
{
  kaynak_document_begin_group (self);
  _kaynak_document_do_change_claim (self, claim, state);
  kaynak_document_end_group (self);
  return TRUE;
}

gboolean
kaynak_document_set_claim_pieces (KaynakDocument     *self,
                                  const char         *id,
                                  const KaynakRange  *pieces,
                                  guint               n,
                                  GError            **error)
{
  g_autoptr(KaynakClaim) state = NULL;
  g_autofree KaynakRange *sorted = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (n == 0 || pieces != NULL, FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  if (n == 0)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("A claim needs at least one piece."));
      return FALSE;
    }
  sorted = g_memdup2 (pieces, n * sizeof (KaynakRange));
  if (!kaynak_document_check_ranges (self, sorted, n, error))
    return FALSE;

  state = kaynak_claim_copy (claim);
  kaynak_document_anchor_pieces (self, state, sorted, n);
  kaynak_claim_set_orphaned (state, FALSE);
  return change (self, claim, state);
}

gboolean
kaynak_document_add_claim_piece (KaynakDocument  *self,
                                 const char      *id,
                                 guint            start,
                                 guint            end,
                                 GError         **error)
{
  g_autofree KaynakRange *pieces = NULL;
  KaynakClaim *claim;
  guint n;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  /* An orphan's pieces are nowhere in the article: a piece added to them
   * would make a claim of the old words and the new */
  if (kaynak_claim_get_orphaned (claim))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("This claim is not in the article any more; attach it to its words again before adding to it."));
      return FALSE;
    }
  end = MIN (end, self->length);
  if (start >= end || !kaynak_document_trim_range (self, &start, &end))
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("Select some words to add to the claim, not only spaces."));
      return FALSE;
    }

  n = kaynak_claim_get_n_pieces (claim);
  pieces = g_new (KaynakRange, n + 1);
  for (guint i = 0; i < n; i++)
    {
      pieces[i] = kaynak_claim_get_piece (claim, i);
      if (pieces[i].start < end && start < pieces[i].end)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("The selection overlaps the claim’s piece at %u–%u; select words outside the claim’s pieces."),
                       pieces[i].start, pieces[i].end);
          return FALSE;
        }
    }
  pieces[n].start = start;
  pieces[n].end = end;

  return kaynak_document_set_claim_pieces (self, id, pieces, n + 1, error);
}

gboolean
kaynak_document_remove_claim_piece (KaynakDocument  *self,
                                    const char      *id,
                                    guint            index,
                                    GError         **error)
{
  g_autofree KaynakRange *pieces = NULL;
  KaynakClaim *claim;
  guint n, k = 0;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  n = kaynak_claim_get_n_pieces (claim);
  if (index >= n)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                   _("The claim has no piece %u."), index + 1);
      return FALSE;
    }
  if (n == 1)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("This is the claim’s only piece; delete the claim instead."));
      return FALSE;
    }

  pieces = g_new (KaynakRange, n - 1);
  for (guint i = 0; i < n; i++)
    if (i != index)
      pieces[k++] = kaynak_claim_get_piece (claim, i);

  return kaynak_document_set_claim_pieces (self, id, pieces, n - 1, error);
}

static gboolean
set_ranges (KaynakDocument     *self,
            const char         *id,
            const KaynakRange  *ranges,
            guint               n,
            gboolean            cues,
            GError            **error)
{
  g_autoptr(KaynakClaim) state = NULL;
  g_autofree KaynakRange *sorted = NULL;
  KaynakClaim *claim;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (n == 0 || ranges != NULL, FALSE);

  if (!(claim = _kaynak_document_require_claim (self, id, error)))
    return FALSE;
  if (n > 0)
    {
      sorted = g_memdup2 (ranges, n * sizeof (KaynakRange));
      if (!kaynak_document_check_ranges (self, sorted, n, error))
        return FALSE;
    }

  state = kaynak_claim_copy (claim);
  anchor_ranges (self, state, sorted, n, cues);
  return change (self, claim, state);
}

gboolean
kaynak_document_set_claim_source_ranges (KaynakDocument     *self,
                                         const char         *id,
                                         const KaynakRange  *ranges,
                                         guint               n,
                                         GError            **error)
{
  return set_ranges (self, id, ranges, n, FALSE, error);
}

gboolean
kaynak_document_set_claim_cue_ranges (KaynakDocument     *self,
                                      const char         *id,
                                      const KaynakRange  *ranges,
                                      guint               n,
                                      GError            **error)
{
  return set_ranges (self, id, ranges, n, TRUE, error);
}

/* A claim to be added: its pieces in the article with their own words
 * where they say, its source and cue ranges in the article */
gboolean
_kaynak_document_check_claim_spans (KaynakDocument  *self,
                                    KaynakClaim     *claim,
                                    GError         **error)
{
  guint n = kaynak_claim_get_n_pieces (claim);
  const KaynakRange *ranges;
  g_autofree KaynakRange *copy = NULL;

  if (n > 1 && !kaynak_claim_get_orphaned (claim))
    {
      copy = g_new (KaynakRange, n);
      for (guint i = 0; i < n; i++)
        copy[i] = kaynak_claim_get_piece (claim, i);
      if (!kaynak_document_check_ranges (self, copy, n, error))
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *words = kaynak_document_dup_slice (self, copy[i].start, copy[i].end);

          if (g_strcmp0 (words, kaynak_claim_get_piece_quote (claim, i)) != 0)
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("The claim’s piece “%s” is not the text at %u–%u."),
                           kaynak_claim_get_piece_quote (claim, i), copy[i].start, copy[i].end);
              return FALSE;
            }
        }
    }

  for (guint which = 0; which < 2; which++)
    {
      guint m;

      ranges = which == 0 ? kaynak_claim_get_source_ranges (claim, &m)
                          : kaynak_claim_get_cue_ranges (claim, &m);
      if (m == 0)
        continue;
      g_clear_pointer (&copy, g_free);
      copy = g_memdup2 (ranges, m * sizeof (KaynakRange));
      if (!kaynak_document_check_ranges (self, copy, m, error))
        return FALSE;
    }
  return TRUE;
}

/* Claims whose pieces (not the gaps between) meet [start, end) */
GPtrArray *
_kaynak_document_filter_pieces (GPtrArray *claims,
                                guint      start,
                                guint      end)
{
  guint k = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      KaynakClaim *claim = g_ptr_array_index (claims, i);

      if (kaynak_claim_get_n_pieces (claim) == 1 || kaynak_claim_pieces_overlap (claim, start, end))
        claims->pdata[k++] = claim;
    }
  g_ptr_array_set_size (claims, k);
  return claims;
}
