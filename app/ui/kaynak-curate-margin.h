/* kaynak-curate-margin.h: the marks Compare With… puts in the article's
 * left margin (issue 15, Curation), one beside the line of each
 * difference, its colour and sign saying what kind it is (only mine "−",
 * only theirs "+", both but not alike "≠").  Each mark is a button with
 * the difference's description as its accessible name; clicking it emits
 * "activated" with the difference's number.  Two marks fit beside one
 * line; a third one there is left out of the margin (the list has it).
 *
 * Set as the text view's left gutter by its owner, which fills it again
 * whenever the differences change.  Marks follow scrolling and rewrapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-curation.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CURATE_MARGIN (kaynak_curate_margin_get_type ())

G_DECLARE_FINAL_TYPE (KaynakCurateMargin, kaynak_curate_margin, KAYNAK, CURATE_MARGIN, GtkWidget)

/* Marks the lines of @view's buffer */
GtkWidget *kaynak_curate_margin_new    (GtkTextView        *view);
void       kaynak_curate_margin_clear  (KaynakCurateMargin *self);
/* A mark beside the character at @offset, for difference @index */
void       kaynak_curate_margin_add    (KaynakCurateMargin *self,
                                        guint               offset,
                                        KaynakCurationKind  kind,
                                        guint               index,
                                        const char         *description);
guint      kaynak_curate_margin_get_n_marks (KaynakCurateMargin *self);

G_END_DECLS
