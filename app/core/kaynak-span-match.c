/* kaynak-span-match.c: overlap of spans, one-to-one pairing, and the
 * figures of a benchmark or an agreement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kaynak-span-match.h"

#include "kaynak-text-fold.h"

#include <stdlib.h>
#include <string.h>

double
kaynak_span_overlap (KaynakSpan a,
                     KaynakSpan b)
{
  guint lo, hi, inter, uni;

  if (a.end <= a.start || b.end <= b.start)
    return 0.0;
  lo = MAX (a.start, b.start);
  hi = MIN (a.end, b.end);
  if (hi <= lo)
    return 0.0;
  inter = hi - lo;
  uni = (a.end - a.start) + (b.end - b.start) - inter;
  return (double) inter / (double) uni;
}

/* A span's index, to sort spans by start without moving the caller's */
typedef struct {
  KaynakSpan span;
  guint      index;
} Indexed;

typedef struct {
  double overlap;
  guint  gold;
  guint  pred;
} Pair;

static int
compare_indexed (gconstpointer a,
                 gconstpointer b)
{
  const Indexed *x = a, *y = b;

  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index ? 1 : 0);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *x = a, *y = b;

  if (x->overlap != y->overlap)
    return x->overlap > y->overlap ? -1 : 1;
  if (x->gold != y->gold)
    return x->gold < y->gold ? -1 : 1;
  return x->pred < y->pred ? -1 : (x->pred > y->pred ? 1 : 0);
}

static Indexed *
sorted_copy (const KaynakSpan *spans,
             guint             n)
{
  Indexed *copy = g_new (Indexed, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    copy[i] = (Indexed) { spans[i], i };
  qsort (copy, n, sizeof *copy, compare_indexed);
  return copy;
}

guint
kaynak_span_match (const KaynakSpan *gold,
                   guint             n_gold,
                   const KaynakSpan *pred,
                   guint             n_pred,
                   double            threshold,
                   int              *gold_to_pred,
                   int              *pred_to_gold)
{
  g_autofree Indexed *g = NULL;
  g_autofree Indexed *p = NULL;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree int *g2p = g_new (int, MAX (n_gold, 1));
  g_autofree int *p2g = g_new (int, MAX (n_pred, 1));
  guint first = 0, matched = 0;

  g_return_val_if_fail (n_gold == 0 || gold != NULL, 0);
  g_return_val_if_fail (n_pred == 0 || pred != NULL, 0);

  for (guint i = 0; i < n_gold; i++)
    g2p[i] = -1;
  for (guint j = 0; j < n_pred; j++)
    p2g[j] = -1;

  /* A sweep over both sorted by start: a gold span looks only at the
   * predicted spans from the first one that still ends after it starts
   * (gold starts only grow, so the front of the window only moves on) to
   * the last one that starts before it ends.  Claims are short and seldom
   * nest, so that is a few spans each; one predicted span covering most
   * of the article holds the window open and makes it n × m, the price of
   * being exact. */
  g = sorted_copy (gold, n_gold);
  p = sorted_copy (pred, n_pred);
  for (guint i = 0; i < n_gold; i++)
    {
      KaynakSpan gs = g[i].span;

      /* skip predicted spans that end before this gold span starts, as
       * long as they are at the front (gold starts only grow) */
      while (first < n_pred && p[first].span.end <= gs.start)
        first++;
      for (guint j = first; j < n_pred && p[j].span.start < gs.end; j++)
        {
          double overlap = kaynak_span_overlap (gs, p[j].span);

          if (overlap > 0.0 && overlap >= threshold)
            {
              Pair pair = { overlap, g[i].index, p[j].index };
              g_array_append_val (pairs, pair);
            }
        }
    }

  g_array_sort (pairs, compare_pairs);
  for (guint k = 0; k < pairs->len; k++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, k);

      if (g2p[pair->gold] >= 0 || p2g[pair->pred] >= 0)
        continue;
      g2p[pair->gold] = (int) pair->pred;
      p2g[pair->pred] = (int) pair->gold;
      matched++;
    }

  if (gold_to_pred != NULL && n_gold > 0)
    memcpy (gold_to_pred, g2p, n_gold * sizeof (int));
  if (pred_to_gold != NULL && n_pred > 0)
    memcpy (pred_to_gold, p2g, n_pred * sizeof (int));
  return matched;
}

double
kaynak_span_counts_precision (const KaynakSpanCounts *counts)
{
  g_return_val_if_fail (counts != NULL, 0.0);
  return counts->n_pred == 0 ? 0.0 : (double) counts->n_matched / counts->n_pred;
}

double
kaynak_span_counts_recall (const KaynakSpanCounts *counts)
{
  g_return_val_if_fail (counts != NULL, 0.0);
  return counts->n_gold == 0 ? 0.0 : (double) counts->n_matched / counts->n_gold;
}

double
kaynak_span_counts_f1 (const KaynakSpanCounts *counts)
{
  double p = kaynak_span_counts_precision (counts);
  double r = kaynak_span_counts_recall (counts);

  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

/* A leading article is not part of a name: "the Fed" is "Fed", "a senior
 * U.S. official" is "senior U.S. official", "bir yetkili" is "yetkili".
 * Returns a pointer into @name. */
static const char *
skip_article (const char *name)
{
  static const char * const articles[] = { "the ", "a ", "an ", "bir " };

  while (g_ascii_isspace (*name))
    name++;
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    if (g_ascii_strncasecmp (name, articles[i], strlen (articles[i])) == 0)
      return name + strlen (articles[i]);
  return name;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  return kaynak_text_fold_equal (skip_article (a), skip_article (b));
}

gboolean
kaynak_span_source_names (const char        *suggested,
                          const char        *label,
                          const char *const *aliases)
{
  if (suggested == NULL || *skip_article (suggested) == '\0')
    return FALSE;
  if (label != NULL && same_name (suggested, label))
    return TRUE;
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (same_name (suggested, aliases[i]))
      return TRUE;
  return FALSE;
}
