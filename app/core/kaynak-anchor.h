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
} KaynakAnchorResult;

/* Looks for @quote in @text (@text_length code points).  If it is at
 * [old_start, old_start + length) that wins; otherwise among all exact
 * occurrences the one whose surrounding text best matches @prefix and
 * @suffix (code points compared from the quote outwards) wins, ties broken
 * by the distance from @old_start.  An occurrence whose context matches
 * neither prefix nor suffix at all, when a prefix or suffix was given and
 * another occurrence does match, never wins.  On success sets
 * *@new_start/*@new_end. */
KaynakAnchorResult kaynak_anchor_find (const char *text,
                                       guint       text_length,
                                       const char *quote,
                                       const char *prefix,
                                       const char *suffix,
                                       guint       old_start,
                                       guint      *new_start,
                                       guint      *new_end);

G_END_DECLS
