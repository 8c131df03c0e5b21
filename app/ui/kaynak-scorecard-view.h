/* kaynak-scorecard-view.h: the statistics view's "Source Evaluation
 * (IMVAIN)" section: a heading, a line that says how it is counted and a
 * list of the scorecard's rows (kaynak-scorecard.h), each a name, its
 * count and share, and what is not rated yet.  A screen reader reads each
 * row as one sentence.  Hidden when the document's fields are not those
 * of the IMVAIN codebook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"
#include "kaynak-scorecard.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SCORECARD_VIEW (kaynak_scorecard_view_get_type ())

G_DECLARE_FINAL_TYPE (KaynakScorecardView, kaynak_scorecard_view, KAYNAK, SCORECARD_VIEW, GtkBox)

/* Counts @document (NULL: none) again and shows it, or hides the section
 * when the scorecard does not apply */
void             kaynak_scorecard_view_update        (KaynakScorecardView *self,
                                                      KaynakDocument      *document);
/* The numbers shown (NULL when hidden); for tests */
KaynakScorecard *kaynak_scorecard_view_get_scorecard (KaynakScorecardView *self);

G_END_DECLS
