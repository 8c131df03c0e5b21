/* kaynak-word-snap.h: where a mouse selection's edges go so that it cuts
 * no word: the words of the CoNLL export (kaynak_tokenize(), with its
 * Turkish apostrophes, so "Saray’dan" is one word), widened outward.
 * "ç binden fazla aske" becomes "üç binden fazla asker".  The article view
 * applies it as the user drags; the rule lives here, GTK-free, with its
 * tests.  Offsets are code points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far either side of an edge the rule looks, in code points: a run
 * without white space longer than this (not prose) is cut there, so each
 * edge costs the same whatever the article's size.  A caller showing a
 * large text needs to pass only this much either side of the edge. */
#define KAYNAK_WORD_SNAP_REACH 256

/* Where a selection edge at @offset in @text[0, @length) goes: when it
 * falls inside a word (after its first code point and before its end),
 * to the word's start if @is_start, else to its end; @offset itself when
 * it falls between words, in white space or beside punctuation. */
guint kaynak_word_snap_edge  (const gunichar *text,
                              guint           length,
                              guint           offset,
                              gboolean        is_start);

/* Both edges of the range [*@start, *@end) outward: the start to the
 * start of the word it cuts, the end to the end of its word.  An empty
 * range (a click) stays as it is. */
void  kaynak_word_snap_range (const gunichar *text,
                              guint           length,
                              guint          *start,
                              guint          *end);

G_END_DECLS
