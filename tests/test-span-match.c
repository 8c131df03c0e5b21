/* test-span-match.c: overlap of spans, one-to-one pairing and the
 * figures of the suggestion benchmark, on cases worked out by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-span-match.h"

static void
test_overlap (void)
{
  /* [22,30) inside [20,30): 8 shared of 10 in the union */
  g_assert_cmpfloat_with_epsilon (kaynak_span_overlap ((KaynakSpan) { 20, 30 }, (KaynakSpan) { 22, 30 }), 0.8, 1e-12);
  /* [40,50) and [45,60): 5 shared of 20 */
  g_assert_cmpfloat_with_epsilon (kaynak_span_overlap ((KaynakSpan) { 40, 50 }, (KaynakSpan) { 45, 60 }), 0.25, 1e-12);
  /* symmetric */
  g_assert_cmpfloat_with_epsilon (kaynak_span_overlap ((KaynakSpan) { 45, 60 }, (KaynakSpan) { 40, 50 }), 0.25, 1e-12);
  g_assert_cmpfloat (kaynak_span_overlap ((KaynakSpan) { 3, 9 }, (KaynakSpan) { 3, 9 }), ==, 1.0);
  /* touching is not overlapping; an empty span overlaps nothing */
  g_assert_cmpfloat (kaynak_span_overlap ((KaynakSpan) { 0, 10 }, (KaynakSpan) { 10, 20 }), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_overlap ((KaynakSpan) { 5, 5 }, (KaynakSpan) { 0, 10 }), ==, 0.0);
}

/* gold [0,10) [20,30) [40,50); predicted [100,110) [45,60) [0,10) [22,30)
 * (out of order on purpose): at overlap ≥ 0.5, [0,10) pairs exactly and
 * [22,30) at 0.8; [45,60) only reaches 0.25.  Precision 2/4, recall 2/3,
 * F1 4/7.  Exactly: one pair, precision 1/4, recall 1/3, F1 2/7. */
static void
test_figures (void)
{
  const KaynakSpan gold[] = { { 0, 10 }, { 20, 30 }, { 40, 50 } };
  const KaynakSpan pred[] = { { 100, 110 }, { 45, 60 }, { 0, 10 }, { 22, 30 } };
  int g2p[3], p2g[4];
  KaynakSpanCounts counts = { 3, 4, 0 };

  counts.n_matched = kaynak_span_match (gold, 3, pred, 4, 0.5, g2p, p2g);
  g_assert_cmpuint (counts.n_matched, ==, 2);
  g_assert_cmpint (g2p[0], ==, 2);
  g_assert_cmpint (g2p[1], ==, 3);
  g_assert_cmpint (g2p[2], ==, -1);
  g_assert_cmpint (p2g[0], ==, -1);
  g_assert_cmpint (p2g[1], ==, -1);
  g_assert_cmpint (p2g[2], ==, 0);
  g_assert_cmpint (p2g[3], ==, 1);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_precision (&counts), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_recall (&counts), 2.0 / 3.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_f1 (&counts), 4.0 / 7.0, 1e-12);

  counts.n_matched = kaynak_span_match (gold, 3, pred, 4, 1.0, NULL, NULL);
  g_assert_cmpuint (counts.n_matched, ==, 1);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_precision (&counts), 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_recall (&counts), 1.0 / 3.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (kaynak_span_counts_f1 (&counts), 2.0 / 7.0, 1e-12);

  /* a looser threshold lets [45,60) in too */
  g_assert_cmpuint (kaynak_span_match (gold, 3, pred, 4, 0.25, NULL, NULL), ==, 3);
}

/* One predicted span, two gold spans it overlaps: it goes to the one it
 * overlaps most ([2,12) exactly, not [0,10) at 8/12), whatever the order,
 * and a span is never used twice. */
static void
test_one_to_one (void)
{
  const KaynakSpan gold[] = { { 0, 10 }, { 2, 12 } };
  const KaynakSpan pred[] = { { 2, 12 } };
  const KaynakSpan twice[] = { { 0, 10 }, { 0, 10 } };
  int g2p[2], p2g[2];

  g_assert_cmpuint (kaynak_span_match (gold, 2, pred, 1, 0.5, g2p, p2g), ==, 1);
  g_assert_cmpint (g2p[0], ==, -1);
  g_assert_cmpint (g2p[1], ==, 0);
  g_assert_cmpint (p2g[0], ==, 1);

  /* the same span suggested twice counts once */
  g_assert_cmpuint (kaynak_span_match (gold, 1, twice, 2, 0.5, g2p, p2g), ==, 1);
  g_assert_cmpint (p2g[0], ==, 0);
  g_assert_cmpint (p2g[1], ==, -1);

  /* equal overlaps: the earlier gold span first */
  g_assert_cmpuint (kaynak_span_match (twice, 2, gold, 1, 0.5, g2p, p2g), ==, 1);
  g_assert_cmpint (g2p[0], ==, 0);
  g_assert_cmpint (g2p[1], ==, -1);
}

/* Nothing suggested, nothing to find: figures are 0, never NaN */
static void
test_degenerate (void)
{
  const KaynakSpan gold[] = { { 0, 10 } };
  KaynakSpanCounts none = { 0, 0, 0 };
  KaynakSpanCounts missed = { 1, 0, 0 };

  g_assert_cmpuint (kaynak_span_match (NULL, 0, NULL, 0, 0.5, NULL, NULL), ==, 0);
  g_assert_cmpuint (kaynak_span_match (gold, 1, NULL, 0, 0.5, NULL, NULL), ==, 0);
  g_assert_cmpfloat (kaynak_span_counts_precision (&none), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_counts_recall (&none), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_counts_f1 (&none), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_counts_precision (&missed), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_counts_recall (&missed), ==, 0.0);
  g_assert_cmpfloat (kaynak_span_counts_f1 (&missed), ==, 0.0);
}

/* A suggested source is right when it is the label or an alias, case set
 * aside the way a Turkish reader would */
static void
test_source_names (void)
{
  const char *const aliases[] = { "ABD", "Beyaz Saray", NULL };

  g_assert_true (kaynak_span_source_names ("Beyaz Saray", "White House", aliases));
  g_assert_true (kaynak_span_source_names ("BEYAZ SARAY", "White House", aliases));
  g_assert_true (kaynak_span_source_names ("white house", "White House", aliases));
  g_assert_true (kaynak_span_source_names ("abd", "White House", aliases));
  g_assert_true (kaynak_span_source_names ("İÇİŞLERİ BAKANLIĞI", "İçişleri Bakanlığı", NULL));
  /* articles are not part of names; a word that only starts like one is */
  g_assert_true (kaynak_span_source_names ("air force", "Ukraine's air force",
                                           (const char *const[]) { "the air force", NULL }));
  g_assert_true (kaynak_span_source_names ("The Fed", "Federal Reserve",
                                           (const char *const[]) { "Fed", NULL }));
  g_assert_true (kaynak_span_source_names ("liman yetkilisi", "Liman yetkilisi",
                                           (const char *const[]) { "bir liman yetkilisi", NULL }));
  g_assert_false (kaynak_span_source_names ("Theodore", "Odore", NULL));
  g_assert_false (kaynak_span_source_names ("the", "White House", aliases));
  g_assert_false (kaynak_span_source_names ("Kremlin", "White House", aliases));
  g_assert_false (kaynak_span_source_names ("Beyaz", "White House", aliases));
  g_assert_false (kaynak_span_source_names (NULL, "White House", aliases));
  g_assert_false (kaynak_span_source_names ("", "White House", aliases));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/span-match/overlap", test_overlap);
  g_test_add_func ("/kaynak/span-match/figures", test_figures);
  g_test_add_func ("/kaynak/span-match/one-to-one", test_one_to_one);
  g_test_add_func ("/kaynak/span-match/degenerate", test_degenerate);
  g_test_add_func ("/kaynak/span-match/source-names", test_source_names);

  return g_test_run ();
}
