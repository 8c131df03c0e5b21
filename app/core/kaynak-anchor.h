/* kaynak-anchor.h: finding a claim's quote again in an article that
 * changed.  Pure functions over UTF-8 text and code-point offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_ANCHOR_NOT_FOUND,   /* orphan: the quote is not in the text */
  KAYNAK_ANCHOR_EXACT,       /* the quote is at its old offsets */
  KAYNAK_ANCHOR_MOVED,       /* the quote was found elsewhere */
  KAYNAK_ANCHOR_APPROXIMATE, /* the quote was edited: found where its
                              * edited text stands, a range of another
                              * length; take the new quote from the text */
} KaynakAnchorResult;

/* @old_start for a caller that knows no old place: an annotation from
 * another tool that names its passage by its words alone (a W3C
 * TextQuoteSelector without a position) */
#define KAYNAK_ANCHOR_NO_POSITION G_MAXUINT

/* Looks for @quote in @text (@text_length code points), in three steps:
 *
 * 1. Exact position: the quote is at [old_start, old_start + length):
 *    KAYNAK_ANCHOR_EXACT, nothing else is considered.
 *
 * 2. Exact quote: among all exact occurrences, the one whose surroundings
 *    match @prefix and @suffix best (code points compared from the quote
 *    outwards: the number of prefix code points that match backwards from
 *    its start plus suffix code points forwards from its end), then the
 *    nearest to @old_start, then the earlier.  With context, it is
 *    taken if all of the context matched, or if the quote is at
 *    least 64 code points long (a long quote found verbatim says enough by
 *    itself), or if its score as in step 3 (q = 1) is at least 0.75 and
 *    at least one of p and s is 0.5 or more: KAYNAK_ANCHOR_MOVED.
 *    Otherwise step 3 runs, which may still take another exact occurrence
 *    in its window that passes.
 *
 * 3. Approximate: the text within min(32, length / 4) edits (insertions,
 *    deletions or changes of a code point) of the quote, found with Myers'
 *    bit-parallel algorithm.  Each match is scored as Hypothesis does:
 *
 *      score = (50 q + 20 p + 20 s + 2 d) / (52 + 20 [prefix] + 20 [suffix])
 *
 *    q = 1 − edits / quote length; p and s = 1 − the edit distance between
 *    the prefix (suffix) and the text before (after) the match, read
 *    outwards, over the prefix (suffix) length, counting only the 64 code
 *    points nearest the quote; d = 1 − distance from @old_start / text
 *    length.  A part of the context that was not given is left out of the
 *    sum.  A match's end is the one with the fewest edits in the quote
 *    and the suffix together, its start likewise with the prefix (a claim
 *    with a suffix but no prefix began the text, one with a prefix but no
 *    suffix ended it), so that an edit next to the quote does not shift
 *    its boundaries; if the quote then needs more edits than allowed, it
 *    is no match.  A space the quote did not have at either end is left
 *    out.  The best score wins, then the length nearest the quote's, then
 *    the nearest place.  Whether a place is acceptable does not depend on
 *    @old_start, which is only a hint: the thresholds below apply to its
 *    score with d = 1.  It is taken if its
 *    score is at least 0.85 (so with all its context there any edit
 *    within the limit passes) and, when a prefix or suffix was given, at
 *    least one of p and s is 0.5 or more:
 *    KAYNAK_ANCHOR_APPROXIMATE, with [*new_start, *new_end) where the
 *    edited quote now stands (its length may differ from the quote's); the
 *    caller takes the new quote, prefix and suffix from the text.  (A
 *    match with no edits at all is reported as KAYNAK_ANCHOR_MOVED.)
 *
 * Without context (no prefix and no suffix: NULL or ""), nothing but the
 * quote tells the claim from the same words elsewhere, and a short one
 * cannot: when the claim's sentence was deleted, another copy of its
 * phrase is not the claim, however near or alone it is.  So a quote of
 * fewer than 64 code points with no context is taken only at @old_start:
 * exactly (step 1), or edited where its edited words still start there
 * (step 3, KAYNAK_ANCHOR_APPROXIMATE with *@new_start == @old_start).
 * Step 2 is skipped, and an edited match anywhere else is refused.  A
 * quote of 64 code points or more goes through the steps as above, step 2
 * taking the nearest occurrence (a match that long is no coincidence).  A caller with no old place passes
 * KAYNAK_ANCHOR_NO_POSITION: the quote alone names the passage and the
 * steps run as above from offset 0, so a quote without context is found
 * where it stands, the first occurrence if there are several.
 *
 * Otherwise KAYNAK_ANCHOR_NOT_FOUND: the claim is an orphan.  Nothing is
 * guessed: the same words elsewhere with other context or none, a quote
 * edited by more than a quarter of its length, or text only vaguely like
 * it are not the claim.  An empty, NULL or invalid @quote is
 * KAYNAK_ANCHOR_NOT_FOUND.  A prefix or suffix that is not valid UTF-8 is
 * ignored (as if not given).
 *
 * Cost: steps 1 and 2 are as fast as before approximate matching existed
 * (a comparison, then memmem() outwards from the old place); step 3 runs
 * only when they fail.  It searches the code points within
 * ±(4 × quote length + 2000) of the old position, and the whole text
 * only if that one did not find the claim and text code points × ⌈quote
 * length / 64⌉ ≤ 1 048 576 (so a 5 MB article is searched only near the
 * old place), and only while such whole-text searches on one
 * KaynakAnchorText have cost at most 2^26 of those units in all (claims
 * loaded onto the wrong article all fail, and do not each search the
 * whole text: past that budget they are looked for near their old place
 * only).  Quotes over 4096 code points or under 4 are never searched
 * approximately.  At most 32 candidate matches, fewest edits first, are
 * scored, each with two more passes over quote length + 3 × 96 code
 * points and at most 400 comparisons of 64 code points of context with
 * 97 of text.  One call so does at most about 25 million 64-bit word steps
 * (a 4096-code-point quote, on the order of 0.1 s); for a sentence-long
 * quote, a few thousand near the old place and at most 1 million over the
 * whole text (a few milliseconds).
 *
 * On success sets *@new_start and *@new_end (code points).  Each call
 * indexes @text once (linear time).  To re-anchor many claims in the same
 * text, use a KaynakAnchorText instead. */
KaynakAnchorResult kaynak_anchor_find (const char *text,
                                       guint       text_length,
                                       const char *quote,
                                       const char *prefix,
                                       const char *suffix,
                                       guint       old_start,
                                       guint      *new_start,
                                       guint      *new_end);

/* A text prepared for many look-ups: a sparse byte ↔ code-point index, so
 * that checking a claim at its old offsets is O(1) and a quote that moved a
 * little is found by searching outwards from its old place rather than the
 * whole text.  It borrows @text, which must outlive it and not change.
 * @length is in bytes, or -1 for NUL-terminated. */
typedef struct _KaynakAnchorText KaynakAnchorText;

KaynakAnchorText  *kaynak_anchor_text_new    (const char       *text,
                                              gssize            length);
void               kaynak_anchor_text_free   (KaynakAnchorText *self);
/* Length of the text in code points */
guint              kaynak_anchor_text_get_length (KaynakAnchorText *self);
/* Same rules and results as kaynak_anchor_find() */
KaynakAnchorResult kaynak_anchor_text_find   (KaynakAnchorText *self,
                                              const char       *quote,
                                              const char       *prefix,
                                              const char       *suffix,
                                              guint             old_start,
                                              guint            *new_start,
                                              guint            *new_end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakAnchorText, kaynak_anchor_text_free)

G_END_DECLS
