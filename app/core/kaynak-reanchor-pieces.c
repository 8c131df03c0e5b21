/* kaynak-reanchor-pieces.c: putting back a claim in pieces, and the places
 * where a claim's source is named and its cue stands, when the article
 * changed (issue 17).
 *
 * Each piece is found again by its own words and context, by the rules
 * one-piece claims follow (kaynak-anchor.h), looked for first where the
 * claims and pieces before it went; a claim whose pieces cannot all be
 * found again, or are found out of order, is an orphan, as a one-piece
 * claim whose quote is gone.  Source and cue ranges have their words but
 * no context (a name, a verb: "Bakan", "dedi"), so they are looked for
 * only near the claim: where the claim's move puts them, where they were,
 * or the same words nearest there within RANGE_WINDOW code points.  One
 * that is not there is dropped and reported; the claim stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* memmem() */
#define _GNU_SOURCE
#include "config.h"

#include <string.h>

#include "kaynak-claim-private.h"
#include "kaynak-reanchor.h"

/* How far from its expected place a source or cue range's words are
 * looked for: about a long sentence each way */
#define RANGE_WINDOW 300

/* Whether @quote stands at [start, end) of the text */
static gboolean
words_at (KaynakDocument *document,
          const char     *quote,
          guint           start,
          guint           end)
{
  const char *text = kaynak_document_get_text (document);
  gsize a, b;

  if (start >= end || end > kaynak_document_get_length (document))
    return FALSE;
  a = kaynak_document_offset_to_byte (document, start);
  b = kaynak_document_offset_to_byte (document, end);
  return strlen (quote) == b - a && memcmp (text + a, quote, b - a) == 0;
}

static gboolean
pieces_at (KaynakDocument *document,
           KaynakClaim    *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);

  for (guint i = 0; i < n; i++)
    {
      KaynakRange r = kaynak_claim_get_piece (claim, i);

      if (!words_at (document, kaynak_claim_get_piece_quote (claim, i), r.start, r.end))
        return FALSE;
    }
  return TRUE;
}

/* The pieces' ranges as they are */
static KaynakRange *
dup_pieces (KaynakClaim *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);
  KaynakRange *pieces = g_new (KaynakRange, n);

  for (guint i = 0; i < n; i++)
    pieces[i] = kaynak_claim_get_piece (claim, i);
  return pieces;
}

void
_kaynak_reanchor_pieces (KaynakDocument    *document,
                         KaynakAnchorText **anchor_text,
                         KaynakSavedClaim  *entry,
                         gboolean           cover_at,
                         gboolean           text_changed,
                         gint64            *shift,
                         KaynakLoadReport  *report)
{
  KaynakClaim *claim = entry->claim;
  guint n = kaynak_claim_get_n_pieces (claim);
  guint text_length = kaynak_document_get_length (document);
  g_autofree KaynakRange *old = dup_pieces (claim);
  g_autofree KaynakRange *found = g_new (KaynakRange, n);
  g_autofree char *path = _kaynak_reanchor_entry_path (entry);
  g_autofree char *old_quote = g_strdup (kaynak_claim_get_quote (claim));
  gboolean edited = FALSE;
  gint64 local_shift = *shift;

  /* Where they were, all of them: nothing to look for */
  if (cover_at && pieces_at (document, claim))
    {
      if (entry->orphaned)
        {
          /* a hand-edited file, or the text as it was: found where it says */
          _kaynak_load_report_found_again (report, path, old_quote, entry->start, entry->end);
          kaynak_claim_set_orphaned (claim, FALSE);
          kaynak_document_anchor_pieces (document, claim, old, n);
        }
      else if (text_changed)
        /* their context may have changed */
        kaynak_document_anchor_pieces (document, claim, old, n);
      return;
    }

  /* An orphan saved with this very text stays one (see
   * _kaynak_reanchor_claims(): save → load → save keeps the file) */
  if (entry->orphaned && !text_changed)
    {
      _kaynak_load_report_orphan (report, path, old_quote);
      return;
    }

  if (*anchor_text == NULL)
    *anchor_text = kaynak_anchor_text_new (kaynak_document_get_text (document),
                                           kaynak_document_get_text_bytes (document));

  for (guint i = 0; i < n; i++)
    {
      const char *quote = kaynak_claim_get_piece_quote (claim, i);
      const char *prefix = kaynak_claim_get_piece_prefix (claim, i);
      const char *suffix = kaynak_claim_get_piece_suffix (claim, i);
      gint64 hint = CLAMP ((gint64) old[i].start + local_shift, 0, (gint64) text_length);
      KaynakAnchorResult result;

      result = kaynak_anchor_text_find (*anchor_text, quote, prefix, suffix, (guint) hint,
                                        &found[i].start, &found[i].end);
      /* A short piece found at the hint in other surroundings is other
       * words: look again from its own old place */
      if (hint != old[i].start && result == KAYNAK_ANCHOR_EXACT &&
          !_kaynak_reanchor_context_agrees (document, prefix, suffix,
                                            found[i].start, found[i].end))
        result = kaynak_anchor_text_find (*anchor_text, quote, prefix, suffix,
                                          MIN (old[i].start, text_length),
                                          &found[i].start, &found[i].end);

      /* Lost, or found before the piece before it: the claim as it was is
       * not in the article */
      if (result == KAYNAK_ANCHOR_NOT_FOUND ||
          (i > 0 && found[i].start < found[i - 1].end))
        {
          kaynak_claim_set_orphaned (claim, TRUE);
          _kaynak_load_report_piece_orphan (report, path, old_quote, quote);
          return;
        }
      if (result == KAYNAK_ANCHOR_APPROXIMATE)
        edited = TRUE;
      local_shift = (gint64) found[i].start - old[i].start;
    }

  /* The words and context of each piece, the cover and its quote, from
   * the text where they now stand */
  kaynak_document_anchor_pieces (document, claim, found, n);
  kaynak_claim_set_orphaned (claim, FALSE);
  entry->quote = NULL; /* freed by set_quote */
  *shift = (gint64) found[0].start - old[0].start;

  if (edited)
    _kaynak_load_report_edited (report, path, old_quote, kaynak_claim_get_quote (claim),
                                found[0].start, found[n - 1].end);
  else if (found[0].start != entry->start || found[n - 1].end != entry->end ||
           memcmp (found, old, n * sizeof (KaynakRange)) != 0)
    _kaynak_load_report_moved (report, path, old_quote, entry->start, entry->end,
                               found[0].start, found[n - 1].end);
  else
    _kaynak_load_report_found_again (report, path, old_quote, found[0].start, found[n - 1].end);
}

/* The same words as @quote nearest to @hint within RANGE_WINDOW code
 * points of it, or FALSE */
static gboolean
find_near (KaynakDocument *document,
           const char     *quote,
           guint           hint,
           KaynakRange    *range)
{
  const char *text = kaynak_document_get_text (document);
  guint length = kaynak_document_get_length (document);
  guint quote_length = g_utf8_strlen (quote, -1);
  guint from = hint > RANGE_WINDOW ? hint - RANGE_WINDOW : 0;
  guint to = MIN ((guint64) hint + RANGE_WINDOW + quote_length, length);
  gsize a = kaynak_document_offset_to_byte (document, from);
  gsize b = kaynak_document_offset_to_byte (document, to);
  gsize quote_bytes = strlen (quote);
  const char *p = text + a;
  guint best_distance = G_MAXUINT;
  guint at = from;
  const char *counted = text + a;

  if (quote_bytes == 0)
    return FALSE;

  /* memmem: a valid UTF-8 needle only matches at character boundaries */
  while ((gsize) (p - text) + quote_bytes <= b &&
         (p = memmem (p, b - (p - text), quote, quote_bytes)) != NULL)
    {
      guint distance;

      at += g_utf8_strlen (counted, p - counted);
      counted = p;
      distance = at > hint ? at - hint : hint - at;
      if (distance < best_distance)
        {
          best_distance = distance;
          range->start = at;
          range->end = at + quote_length;
        }
      else
        break; /* further on is only further away */
      p = g_utf8_next_char (p);
    }
  return best_distance != G_MAXUINT;
}

/* @spans moved by @delta (the claim's move); FALSE when nothing changed */
static gboolean
move_ranges (KaynakDocument         *document,
             const KaynakClaimSpans *spans,
             gint64                  delta,
             gboolean                cue,
             const char             *path,
             GArray                 *ranges,
             GPtrArray              *quotes,
             KaynakLoadReport       *report)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < spans->n; i++)
    {
      KaynakRange r = spans->ranges[i];
      const char *quote = spans->quotes[i];
      gint64 moved = (gint64) r.start + delta;
      guint length = r.end - r.start;
      KaynakRange at = r;

      if (words_at (document, quote, r.start, r.end))
        ;
      else if (moved >= 0 && moved + length <= G_MAXUINT &&
               words_at (document, quote, (guint) moved, (guint) (moved + length)))
        {
          at.start = (guint) moved;
          at.end = (guint) (moved + length);
        }
      else if (!find_near (document, quote,
                           (guint) CLAMP (moved, 0, (gint64) kaynak_document_get_length (document)),
                           &at))
        {
          _kaynak_load_report_range_dropped (report, path, cue, quote);
          changed = TRUE;
          continue;
        }

      /* Two ranges found on the same words: the second is not there */
      if (ranges->len > 0 && at.start < g_array_index (ranges, KaynakRange, ranges->len - 1).end)
        {
          _kaynak_load_report_range_dropped (report, path, cue, quote);
          changed = TRUE;
          continue;
        }
      if (at.start != r.start)
        changed = TRUE;
      g_array_append_val (ranges, at);
      g_ptr_array_add (quotes, (gpointer) quote);
    }
  return changed;
}

void
_kaynak_reanchor_ranges (KaynakDocument    *document,
                         KaynakSavedClaim  *entry,
                         KaynakLoadReport  *report)
{
  const KaynakClaimData *data = _kaynak_claim_peek (entry->claim);
  g_autofree char *path = NULL;
  gint64 delta = 0;

  if (data->source_ranges == NULL && data->cue_ranges == NULL)
    return;

  /* Where the claim went, the words about it went too, most likely */
  if (!data->orphaned)
    delta = (gint64) data->start - entry->start;
  path = _kaynak_reanchor_entry_path (entry);

  for (guint which = 0; which < 2; which++)
    {
      KaynakClaimSpans *spans = which == 0 ? data->source_ranges : data->cue_ranges;
      g_autoptr(GArray) ranges = NULL;
      g_autoptr(GPtrArray) quotes = NULL;
      /* the spans stay alive while the claim gets new ones */
      KaynakClaimSpans *held;

      if (spans == NULL)
        continue;
      ranges = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
      quotes = g_ptr_array_new ();
      held = _kaynak_claim_spans_ref (spans);
      if (move_ranges (document, held, delta, which == 1, path, ranges, quotes, report))
        {
          if (which == 0)
            kaynak_claim_set_source_ranges_full (entry->claim,
                                                 (const KaynakRange *) (gpointer) ranges->data,
                                                 (const char * const *) quotes->pdata,
                                                 ranges->len);
          else
            kaynak_claim_set_cue_ranges_full (entry->claim,
                                              (const KaynakRange *) (gpointer) ranges->data,
                                              (const char * const *) quotes->pdata,
                                              ranges->len);
        }
      _kaynak_claim_spans_unref (held);
      data = _kaynak_claim_peek (entry->claim);
    }
}
