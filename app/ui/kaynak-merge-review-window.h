/* kaynak-merge-review-window.h: Review (issue 15, "Teams on git"): the
 * disagreements `kaynak --merge` left in the open document, listed
 * (Up/Down), each with yours and theirs; selecting a claim's selects that
 * claim in the article; Keep Mine (Alt+M) and Take Theirs (Alt+T) resolve
 * the selected one as one undo step of the document
 * (kaynak-document-disagreements.h), Ctrl+Z undoes it.  It follows the
 * document's changes, undo included, in the style of Compare With…
 * (kaynak-curate-window.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-article-view.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_MERGE_REVIEW_WINDOW (kaynak_merge_review_window_get_type ())

G_DECLARE_FINAL_TYPE (KaynakMergeReviewWindow, kaynak_merge_review_window, KAYNAK, MERGE_REVIEW_WINDOW, AdwWindow)

/* @view shows the document reviewed */
GtkWidget *kaynak_merge_review_window_new (GtkWindow         *parent,
                                           KaynakArticleView *view);

G_END_DECLS
