/* kaynak-claim-spans.c: the ranges of a claim that are not its cover: its
 * pieces (a quotation interrupted by "he said"), and where its source is
 * named and its cue stands.  One immutable counted value per list, shared
 * by the claim, its copies and the save snapshot as the claim's strings
 * are (kaynak-claim.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-claim-private.h"

static void
spans_clear (gpointer data)
{
  KaynakClaimSpans *spans = data;

  for (guint i = 0; i < spans->n; i++)
    {
      g_free (spans->quotes[i]);
      g_free (spans->prefixes[i]);
      g_free (spans->suffixes[i]);
    }
}

KaynakClaimSpans *
_kaynak_claim_spans_new (const KaynakRange  *ranges,
                         const char * const *quotes,
                         const char * const *prefixes,
                         const char * const *suffixes,
                         guint               n)
{
  /* The header, the ranges and the three string arrays in one block */
  gsize ranges_offset = sizeof (KaynakClaimSpans);
  gsize strings_offset = ranges_offset + n * sizeof (KaynakRange);
  KaynakClaimSpans *spans;
  char *block;

  g_return_val_if_fail (n > 0 && ranges != NULL, NULL);

  /* sizeof (KaynakRange) is 8, so the pointers after the ranges stay
   * aligned */
  block = g_atomic_rc_box_alloc0 (strings_offset + 3 * n * sizeof (char *));
  spans = (KaynakClaimSpans *) (gpointer) block;
  spans->n = n;
  spans->ranges = (KaynakRange *) (gpointer) (block + ranges_offset);
  spans->quotes = (char **) (gpointer) (block + strings_offset);
  spans->prefixes = spans->quotes + n;
  spans->suffixes = spans->prefixes + n;
  memcpy (spans->ranges, ranges, n * sizeof (KaynakRange));
  for (guint i = 0; i < n; i++)
    {
      spans->quotes[i] = g_strdup (quotes != NULL && quotes[i] != NULL ? quotes[i] : "");
      spans->prefixes[i] = g_strdup (prefixes != NULL && prefixes[i] != NULL ? prefixes[i] : "");
      spans->suffixes[i] = g_strdup (suffixes != NULL && suffixes[i] != NULL ? suffixes[i] : "");
    }
  return spans;
}

KaynakClaimSpans *
_kaynak_claim_spans_ref (KaynakClaimSpans *spans)
{
  return spans != NULL ? g_atomic_rc_box_acquire (spans) : NULL;
}

/* Any thread */
void
_kaynak_claim_spans_unref (KaynakClaimSpans *spans)
{
  if (spans != NULL)
    g_atomic_rc_box_release_full (spans, spans_clear);
}

gboolean
_kaynak_claim_spans_equal (const KaynakClaimSpans *a,
                           const KaynakClaimSpans *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->n != b->n)
    return FALSE;
  if (memcmp (a->ranges, b->ranges, a->n * sizeof (KaynakRange)) != 0)
    return FALSE;
  for (guint i = 0; i < a->n; i++)
    if (strcmp (a->quotes[i], b->quotes[i]) != 0 ||
        strcmp (a->prefixes[i], b->prefixes[i]) != 0 ||
        strcmp (a->suffixes[i], b->suffixes[i]) != 0)
      return FALSE;
  return TRUE;
}

gboolean
_kaynak_claim_spans_same_ranges (const KaynakClaimSpans *spans,
                                 const KaynakRange      *ranges,
                                 guint                   n)
{
  if (spans == NULL)
    return n == 0;
  return spans->n == n && memcmp (spans->ranges, ranges, n * sizeof (KaynakRange)) == 0;
}

gboolean
_kaynak_claim_spans_overlap (const KaynakClaimSpans *spans,
                             guint                   start,
                             guint                   end)
{
  guint lo = 0, hi = spans->n;

  /* The first range that ends after @start (ranges are ordered and do not
   * overlap, so their ends are ordered too) */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans->ranges[mid].end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < spans->n && spans->ranges[lo].start < end;
}
