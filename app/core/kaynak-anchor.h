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
  KAYNAK_ANCHOR_APPROXIMATE, /* edited text that was the quote was found */
} KaynakAnchorResult;

/* Looks for @quote in @text (@text_length code points).  If it is at
 * [old_start, old_start + length) that wins; otherwise among all exact
 * occurrences the one whose surrounding text best matches @prefix and
 * @suffix (code points compared from the quote outwards) wins, ties broken
 * by the distance from @old_start.  An occurrence whose context matches
 * neither prefix nor suffix at all, when a prefix or suffix was given and
 * another occurrence does match, never wins.  On success sets
 * *@new_start and *@new_end.
 *
 * In detail: an occurrence scores the number of code points of @prefix
 * that match backwards from its start plus those of @suffix that match
 * forwards from its end; the highest score wins, then the smallest
 * distance, then the earlier position.  With no prefix and suffix (NULL or
 * "") the nearest occurrence wins.  An empty or NULL @quote is
 * KAYNAK_ANCHOR_NOT_FOUND.
 *
 * Each call indexes @text once (linear time).  To re-anchor many claims in
 * the same text, use a KaynakAnchorText instead. */
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
