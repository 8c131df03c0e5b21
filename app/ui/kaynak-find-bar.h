/* kaynak-find-bar.h: Ctrl+F, finding a word in the article.
 *
 * A GtkSearchBar over the article: the entry, "3 of 12", previous and
 * next, and a menu with "Ignore Accents" and "Tag All Matches as…" (one
 * item per source).  Every match is highlighted where the reader can see
 * it (kaynak-match-highlighter.h), the current one is selected in the
 * article and scrolled to, so a digit key tags it once the bar is closed.
 * The search itself is kaynak_search_document(): case-insensitive by the
 * article's language (Turkish "istanbul" finds "İstanbul", "ılık" does
 * not find "ilik").
 *
 * Actions, in the "find" group:
 *   find.next, find.previous    Enter / Shift+Enter in the entry (the
 *                               window binds Ctrl+G / Ctrl+Shift+G)
 *   find.close                  Escape: hides the bar and its highlights
 *   find.ignore-accents         the "ignore-accents" property (Alt+A)
 *   find.tag-all (s)            a claim with source s over every match,
 *                               one undo step
 *   find.show-menu              Alt+T: the menu with "Tag All Matches as…"
 *
 * Signals: "matches-tagged" (guint n_tagged, guint n_matches, const char
 * *source_label): after find.tag-all, for the window's toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-article-view.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_FIND_BAR (kaynak_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (KaynakFindBar, kaynak_find_bar, KAYNAK, FIND_BAR, GtkWidget)

/* The article the bar searches ("article-view" property) */
void               kaynak_find_bar_set_article_view (KaynakFindBar     *self,
                                                     KaynakArticleView *view);
/* Shows the bar and puts the focus in its entry, its text selected; a
 * short selection in the article becomes the text to find */
void               kaynak_find_bar_open             (KaynakFindBar     *self);
void               kaynak_find_bar_close            (KaynakFindBar     *self);
gboolean           kaynak_find_bar_is_open          (KaynakFindBar     *self);
/* Selects the next / previous match (wrapping); opens the bar if closed */
void               kaynak_find_bar_next             (KaynakFindBar     *self);
void               kaynak_find_bar_previous         (KaynakFindBar     *self);
/* Sets the text to find and searches at once (tests, benchmarks) */
void               kaynak_find_bar_set_text         (KaynakFindBar     *self,
                                                     const char        *text);
guint              kaynak_find_bar_get_n_matches    (KaynakFindBar     *self);
/* The current match (0-based), or -1 */
int                kaynak_find_bar_get_current      (KaynakFindBar     *self);
/* What the count label says ("3 of 12", "No matches", "") */
const char        *kaynak_find_bar_get_count_text   (KaynakFindBar     *self);

G_END_DECLS
