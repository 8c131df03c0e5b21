/* kaynak-span-match.h: how far two marked spans of an article agree, and
 * pairing one set of spans with another.
 *
 * The suggestion benchmark (app/bench/kaynak-suggest-bench.c) pairs the
 * spans the suggester proposes with the gold claims; comparing two
 * annotators' files pairs their claims the same way.  One rule for both,
 * so a figure of the benchmark and one of agreement mean the same thing.
 *
 * Overlap is the Jaccard index in code points: |A ∩ B| / |A ∪ B|.  It is
 * symmetric (neither side is "right" when two annotators are compared),
 * and a span that swallows the whole sentence around a short claim scores
 * low, as it should: the issue asks for the attributed content, not the
 * sentence.  Exact match is overlap 1.0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-types.h"

G_BEGIN_DECLS

/* KaynakSpan, a span of the article in code points (start inclusive, end
 * exclusive), is KaynakRange of kaynak-types.h */

/* |A ∩ B| / |A ∪ B| in code points, from 0.0 to 1.0; 0.0 when the spans
 * are disjoint or either is empty */
double   kaynak_span_overlap          (KaynakSpan a,
                                       KaynakSpan b);

/* Pairs @pred with @gold one to one (neither need be sorted): of all
 * pairs whose overlap is at least @threshold, the pair of highest overlap
 * is taken first (ties: the earlier gold span, then the earlier
 * predicted one), and each span is used at most once.  A @threshold of
 * 1.0 pairs exact matches only.  Fills @gold_to_pred (n_gold entries) and
 * @pred_to_gold (n_pred entries), either of which may be NULL, with the
 * partner's index or -1, and returns the number of pairs.  Time
 * O((n + m) log (n + m) + k log k) for k overlapping pairs. */
guint    kaynak_span_match            (const KaynakSpan *gold,
                                       guint             n_gold,
                                       const KaynakSpan *pred,
                                       guint             n_pred,
                                       double            threshold,
                                       int              *gold_to_pred,
                                       int              *pred_to_gold);

/* Counts summed over documents, and the figures made from them */
typedef struct {
  guint n_gold;
  guint n_pred;
  guint n_matched;
} KaynakSpanCounts;

/* matched / predicted; 0.0 when nothing was predicted */
double   kaynak_span_counts_precision (const KaynakSpanCounts *counts);
/* matched / gold; 0.0 when there is no gold */
double   kaynak_span_counts_recall    (const KaynakSpanCounts *counts);
/* the harmonic mean of the two; 0.0 when both are 0 */
double   kaynak_span_counts_f1        (const KaynakSpanCounts *counts);

/* Whether @suggested names the source whose label is @label and whose
 * aliases are @aliases (NULL-terminated, may be NULL): equal to one of
 * them once case is set aside, Turkish-aware (kaynak_text_fold_equal():
 * "BEYAZ SARAY" is "Beyaz Saray", "IŞİD" is "Işid"), and a leading
 * article ("the", "a", "an", "bir") too: "the air force" is "air force".
 * NULL or "" names nothing. */
gboolean kaynak_span_source_names     (const char        *suggested,
                                       const char        *label,
                                       const char *const *aliases);

G_END_DECLS
