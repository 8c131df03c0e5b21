/* kaynak-sourcing-map.h: a thin strip beside the article's scrollbar that
 * shows where each source's claims fall, in the sources' colours, at the
 * height the scrollbar gives those places; a click on a mark selects that
 * claim in the article and scrolls to it.  Where the selected claim's
 * source is named (its source ranges), a hollow mark in the text's colour.
 *
 * Cheap with 100,000 claims: a changed claim moves its own mark; all the
 * places are found again only when the sources or the text's height change
 * (each on its paragraph, found through the text view's line heights, and
 * within it by its share of the paragraph's characters); they are gathered into
 * one bucket per pixel row, each drawn as one mark in the colour of the
 * source with most claims there.  Never one render node per claim.
 *
 * For screen readers it is an image named "Sourcing map, N claims"; keyboard
 * users reach the same claims with Alt+Down and Alt+Up in the article.
 *
 * Property: "article-view" (KaynakArticleView): whose document and scroll
 * it follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-article-view.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SOURCING_MAP (kaynak_sourcing_map_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSourcingMap, kaynak_sourcing_map, KAYNAK, SOURCING_MAP, GtkWidget)

GtkWidget         *kaynak_sourcing_map_new              (void);
KaynakArticleView *kaynak_sourcing_map_get_article_view (KaynakSourcingMap *self);
void               kaynak_sourcing_map_set_article_view (KaynakSourcingMap *self,
                                                         KaynakArticleView *view);
/* Finds every claim's place again now (what a change does on an idle);
 * for the benchmark and tests */
void               kaynak_sourcing_map_refresh          (KaynakSourcingMap *self);
/* The claim whose mark is at @y (widget coordinates, within a few pixels),
 * or NULL: what a click there selects */
KaynakClaim       *kaynak_sourcing_map_get_claim_at     (KaynakSourcingMap *self,
                                                         double             y);
/* The height (widget coordinates) of @claim's mark, or -1 if it has none */
double             kaynak_sourcing_map_get_claim_y      (KaynakSourcingMap *self,
                                                         KaynakClaim       *claim);

/* Tests: whether the buckets kept up to date claim by claim are those a
 * full tally finds (FALSE also when they are not current) */
gboolean           _kaynak_sourcing_map_check_buckets  (KaynakSourcingMap *self);

G_END_DECLS
