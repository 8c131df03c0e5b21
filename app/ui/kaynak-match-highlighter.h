/* kaynak-match-highlighter.h: the matches of a search, painted into a text
 * view's buffer where the reader can see them.
 *
 * Tagging every match of a common word in a 5 MB article would cost tens
 * of thousands of tag applications before the first frame, so, as
 * GtkSourceSearchContext does, only the matches in and around the visible
 * part are tagged, and the tags follow the scrolling.  Two tags, above
 * every claim's: "kaynak-search-match" (every match: a solid yellow, with
 * dark text in the light and the dark style alike, unlike the claims'
 * translucent colours) and "kaynak-search-current" (the current match, in
 * orange).  The buffer may change under the view (a document per buffer):
 * the tags follow it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-search.h"

G_BEGIN_DECLS

#define KAYNAK_MATCH_TAG         "kaynak-search-match"
#define KAYNAK_MATCH_CURRENT_TAG "kaynak-search-current"

#define KAYNAK_TYPE_MATCH_HIGHLIGHTER (kaynak_match_highlighter_get_type ())

G_DECLARE_FINAL_TYPE (KaynakMatchHighlighter, kaynak_match_highlighter, KAYNAK, MATCH_HIGHLIGHTER, GObject)

KaynakMatchHighlighter *kaynak_match_highlighter_new         (GtkTextView            *view);
/* Shows @matches (KaynakSearchMatch, in text order; the highlighter keeps
 * a reference; NULL: none) with @current (-1: none) as the current one */
void                    kaynak_match_highlighter_set_matches (KaynakMatchHighlighter *self,
                                                              GArray                 *matches,
                                                              int                     current);
void                    kaynak_match_highlighter_set_current (KaynakMatchHighlighter *self,
                                                              int                     current);
/* The code point range the match tag covers now (tests, benchmarks) */
void                    kaynak_match_highlighter_get_tagged  (KaynakMatchHighlighter *self,
                                                              guint                  *start,
                                                              guint                  *end);

G_END_DECLS
