/* kaynak-curate-window.h: Compare With… (issue 15, Curation): the
 * differences between the open document and other annotators' files of
 * the same article, listed (Up/Down), each marked in the article with a
 * wavy underline and selected there when its row is; Keep Mine (Alt+M),
 * Take Theirs (Alt+T) and Keep Both (Alt+B) resolve the selected one as
 * one undo step of the document (kaynak-curation.h); Save As… records who
 * agreed on the claims everyone marked alike and asks where to save.  It
 * follows the document's changes, undo included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-article-view.h"
#include "kaynak-curation.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CURATE_WINDOW (kaynak_curate_window_get_type ())

G_DECLARE_FINAL_TYPE (KaynakCurateWindow, kaynak_curate_window, KAYNAK, CURATE_WINDOW, AdwWindow)

/* Takes @curation; @view shows the curated document */
GtkWidget *kaynak_curate_window_new  (GtkWindow          *parent,
                                      KaynakArticleView  *view,
                                      KaynakCuration     *curation,
                                      const char         *title);
/* Selects the next (+1) or previous (-1) difference and marks it in the
 * article; FALSE when there is none that way */
gboolean   kaynak_curate_window_step (KaynakCurateWindow *self,
                                      int                 delta);

G_END_DECLS
