/* kaynak-suggestions-bar.h: reviewing suggested claims in the window
 * (win.suggest-claims, issue 15).
 *
 * Below the find bar: the suggestions of kaynak_suggester_suggest() for
 * the article, as a list (each row names the words and the suggested
 * source, also for screen readers), while the article draws each one as a
 * dashed outline (kaynak_article_text_set_suggestions()), the current one
 * thicker and scrolled into view.  With the focus in the list:
 *   Enter        accept the current one (kaynak_suggestion_accept())
 *   1–9          accept it with the source of that shortcut instead
 *   Delete       reject it (kaynak_document_reject_range(): remembered
 *                in the file, never proposed again)
 *   Up / Down, Alt+Up / Alt+Down   the previous / next one
 *   Escape       leave review
 * Clicking a suggestion's words in the article makes it current.  Each is
 * one undo step; while reviewing, any change of the document (an undo
 * too) asks the suggester again, so an undone acceptance or rejection
 * brings its suggestion back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-article-view.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SUGGESTIONS_BAR (kaynak_suggestions_bar_get_type ())
G_DECLARE_FINAL_TYPE (KaynakSuggestionsBar, kaynak_suggestions_bar, KAYNAK, SUGGESTIONS_BAR, GtkWidget)

void     kaynak_suggestions_bar_set_article_view (KaynakSuggestionsBar *self,
                                                  KaynakArticleView    *view);
/* Suggests claims for the article's language (kaynak_suggest_language_for())
 * and starts review with the focus in the list.  FALSE with @error
 * (KAYNAK_ERROR_INVALID) for an article in another language or when the
 * rules cannot be read; nothing found is not an error (the bar says so). */
gboolean kaynak_suggestions_bar_start    (KaynakSuggestionsBar  *self,
                                          GError               **error);
/* Leaves review: the outlines go, the focus returns to the article */
void     kaynak_suggestions_bar_stop     (KaynakSuggestionsBar  *self);
gboolean kaynak_suggestions_bar_get_active (KaynakSuggestionsBar *self);
/* The next / previous suggestion; FALSE at the end */
gboolean kaynak_suggestions_bar_move     (KaynakSuggestionsBar  *self,
                                          int                    step);

G_END_DECLS
