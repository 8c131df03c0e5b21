/* kaynak-statistics-window.h: who is quoted how much in the open article:
 * a bar chart of claims per source in the sources' colours, the share of
 * the article each source covers, and claims per kind and per status
 * (the numbers of kaynak-sourcing-stats.h).  Every number is also text in
 * a list row or the chart's accessible description; "Copy as CSV"
 * (Ctrl+C) puts them on the clipboard.  It follows the document live.
 *
 * Property: "document" (KaynakDocument, may be NULL).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"
#include "kaynak-scorecard-view.h"
#include "kaynak-source-bars.h"
#include "kaynak-sourcing-stats.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_STATISTICS_WINDOW (kaynak_statistics_window_get_type ())

G_DECLARE_FINAL_TYPE (KaynakStatisticsWindow, kaynak_statistics_window, KAYNAK, STATISTICS_WINDOW, AdwWindow)

GtkWidget           *kaynak_statistics_window_new          (GtkWindow              *parent,
                                                            KaynakDocument         *document);
KaynakDocument      *kaynak_statistics_window_get_document (KaynakStatisticsWindow *self);
/* Shows @document's numbers at once, then follows its changes */
void                 kaynak_statistics_window_set_document (KaynakStatisticsWindow *self,
                                                            KaynakDocument         *document);
/* The numbers shown (NULL without a document); for tests */
KaynakSourcingStats *kaynak_statistics_window_get_stats    (KaynakStatisticsWindow *self);
KaynakSourceBars    *kaynak_statistics_window_get_bars     (KaynakStatisticsWindow *self);
/* Claims per status, or per verdict when the document has a scale: a row
 * each, named "<status or verdict>: <n> claims" for screen readers */
GtkListBox          *kaynak_statistics_window_get_status_list (KaynakStatisticsWindow *self);
/* The IMVAIN scorecard section (issue 19); for tests */
KaynakScorecardView *kaynak_statistics_window_get_scorecard_view (KaynakStatisticsWindow *self);
/* What "Copy as CSV" puts on the clipboard: the numbers the window shows,
 * claims per verdict instead of per status when the document has a scale
 * (kaynak_sourcing_stats_to_csv()) */
char                *kaynak_statistics_window_dup_csv      (KaynakStatisticsWindow *self);

G_END_DECLS
