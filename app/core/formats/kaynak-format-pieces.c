/* kaynak-format-pieces.c: a claim's pieces and its source and cue ranges
 * as the row formats write them (CSV cells), one way for all of them.
 *
 * Ranges are written as brat writes a span in pieces, "start end" joined
 * by ";" ("32 40;54 61"): the notation the attribution corpora use, and
 * no comma in it to quote.  Words are joined by " … ", as the window's
 * claim list shows a claim in pieces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-format-private.h"

#define PIECE_JOINER " … "

char *
kaynak_format_ranges_string (const KaynakRange *ranges,
                             guint              n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%u %u", i > 0 ? ";" : "", ranges[i].start, ranges[i].end);
  return g_string_free (out, FALSE);
}

char *
kaynak_format_pieces_string (KaynakClaim *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);
  g_autofree KaynakRange *pieces = g_new (KaynakRange, n);

  for (guint i = 0; i < n; i++)
    pieces[i] = kaynak_claim_get_piece (claim, i);
  return kaynak_format_ranges_string (pieces, n);
}

char *
kaynak_format_pieces_quote (KaynakClaim *claim)
{
  guint n = kaynak_claim_get_n_pieces (claim);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, PIECE_JOINER);
      g_string_append (out, kaynak_claim_get_piece_quote (claim, i));
    }
  return g_string_free (out, FALSE);
}

char *
kaynak_format_ranges_quote (KaynakClaim *claim,
                            gboolean     cue)
{
  GString *out = g_string_new (NULL);
  guint n;

  if (cue)
    kaynak_claim_get_cue_ranges (claim, &n);
  else
    kaynak_claim_get_source_ranges (claim, &n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, PIECE_JOINER);
      g_string_append (out, cue ? kaynak_claim_get_cue_range_quote (claim, i)
                                : kaynak_claim_get_source_range_quote (claim, i));
    }
  return g_string_free (out, FALSE);
}
