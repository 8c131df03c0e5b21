/* kaynak-anchor-approx.c: judging a place by its context, and finding a
 * quote that was edited.
 *
 * Both follow Hypothesis (dom-anchor-text-quote and approx-string-match):
 * a weighted score of quote, prefix, suffix and position, and Myers'
 * bit-parallel edit distance.  The rules, thresholds and cost bounds are
 * documented in kaynak-anchor.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kaynak-anchor-private.h"

/* ------------------------------------------------------------------------
 * Scoring a place by its context
 *
 * Exact and approximate matches are judged the same way, after Hypothesis
 * (dom-anchor-text-quote): a weighted sum of how well the quote, the
 * prefix and the suffix match and how near the old position the match is.
 * ------------------------------------------------------------------------ */

/* Code points of prefix and suffix compared, nearest the quote first */
#define CONTEXT_MAX 64

/* Not a character: what text that is not UTF-8 decodes to, so that it
 * matches nothing in a (validated) quote or context */
#define INVALID_CHAR ((gunichar) 0x110000)

#define WEIGHT_QUOTE    50.0
#define WEIGHT_PREFIX   20.0
#define WEIGHT_SUFFIX   20.0
#define WEIGHT_POSITION  2.0

/* Below this the match is a guess and the claim becomes an orphan */
#define MIN_SCORE 0.75
/* …and this for an edited quote: with all its context there, any edit
 * within the limit passes (the score is then at least 0.86); each bit of
 * context lost must be made up by fewer edits.  Without it, a short quote
 * with a word inserted ("üç binden fazla Kuzey Koreli asker") would be
 * matched to a same-length piece of it ("üç binden fazla Kuzey"). */
#define MIN_SCORE_EDITED 0.85
/* When the claim has context, at least one side must be this recognisable */
#define MIN_CONTEXT 0.5

typedef struct
{
  gunichar prefix[CONTEXT_MAX];   /* reversed: prefix[0] touches the quote */
  guint    n_prefix;
  gunichar suffix[CONTEXT_MAX];
  guint    n_suffix;
} Context;

static void
context_init (Context    *context,
              const char *prefix,
              const char *suffix)
{
  const char *p = prefix + strlen (prefix);

  context->n_prefix = 0;
  while (p > prefix && context->n_prefix < CONTEXT_MAX)
    {
      p = g_utf8_prev_char (p);
      context->prefix[context->n_prefix++] = g_utf8_get_char (p);
    }

  context->n_suffix = 0;
  for (p = suffix; *p != '\0' && context->n_suffix < CONTEXT_MAX;
       p = g_utf8_next_char (p))
    context->suffix[context->n_suffix++] = g_utf8_get_char (p);
}

/* The character whose lead byte is at @byte; *@next is where the next one
 * starts.  Characters are counted as kaynak_anchor_count_chars() does (a lead byte and
 * the continuation bytes after it), so offsets agree even on bad text. */
static inline gunichar
read_char (KaynakAnchorText *self,
           gsize             byte,
           gsize            *next)
{
  guchar c = self->text[byte];
  gsize end = byte + 1;
  gunichar u;

  while (end < self->n_bytes && !is_lead_byte (self->text[end]))
    end++;
  *next = end;

  if (c < 0x80)
    return end == byte + 1 ? c : INVALID_CHAR;
  if ((gsize) g_utf8_skip[c] != end - byte)
    return INVALID_CHAR;
  u = g_utf8_get_char_validated (self->text + byte, end - byte);

  return u < 0x110000 ? u : INVALID_CHAR;
}

/* Decodes code points [from, to) into @out; returns how many */
static guint
decode_range (KaynakAnchorText *self,
              guint             from,
              guint             to,
              gunichar         *out)
{
  gsize byte = kaynak_anchor_text_char_to_byte (self, from);
  guint n = 0;

  to = MIN (to, self->n_chars);
  for (guint i = from; i < to && byte < self->n_bytes; i++)
    out[n++] = read_char (self, byte, &byte);

  return n;
}

/* The edit distance between @context and the best start of @text (both
 * read outwards from the quote) */
static guint
context_distance (const gunichar *context,
                  guint           n,
                  const gunichar *text,
                  guint           t)
{
  guint row[CONTEXT_MAX + 1];
  guint best;

  for (guint i = 0; i <= n; i++)
    row[i] = i;
  best = row[n];

  for (guint j = 1; j <= t; j++)
    {
      guint diagonal = row[0];

      row[0] = j;
      for (guint i = 1; i <= n; i++)
        {
          guint above = row[i];
          guint cost = diagonal + (context[i - 1] != text[j - 1]);

          row[i] = MIN (MIN (above + 1, row[i - 1] + 1), cost);
          diagonal = above;
        }
      best = MIN (best, row[n]);
    }

  return best;
}

typedef struct
{
  double total;    /* with the distance from the old place: for ranking */
  double judged;   /* as if at the old place: for the thresholds */
  double prefix;
  double suffix;
} Score;

/* Edits between the prefix and the text before @start (0 if none given) */
static guint
prefix_distance (KaynakAnchorText *self,
                 const Context    *context,
                 guint             start)
{
  /* The context may have lost or gained a few characters next to the
   * quote: read some more text than there is context. */
  gunichar text[CONTEXT_MAX + CONTEXT_MAX / 2 + 1];
  guint want = context->n_prefix + context->n_prefix / 2 + 1;
  guint from = start > want ? start - want : 0;
  guint n;

  if (context->n_prefix == 0)
    return 0;

  n = decode_range (self, from, start, text);
  /* Outwards, like the context */
  for (guint i = 0; i < n / 2; i++)
    {
      gunichar tmp = text[i];

      text[i] = text[n - 1 - i];
      text[n - 1 - i] = tmp;
    }

  return context_distance (context->prefix, context->n_prefix, text, n);
}

/* Edits between the suffix and the text from @end on (0 if none given) */
static guint
suffix_distance (KaynakAnchorText *self,
                 const Context    *context,
                 guint             end)
{
  gunichar text[CONTEXT_MAX + CONTEXT_MAX / 2 + 1];
  guint want = context->n_suffix + context->n_suffix / 2 + 1;
  guint n;

  if (context->n_suffix == 0)
    return 0;

  end = MIN (end, self->n_chars);
  n = decode_range (self, end, end + MIN (want, self->n_chars - end), text);

  return context_distance (context->suffix, context->n_suffix, text, n);
}

/* How well [start, end), @errors edits away from a quote of @quote_chars
 * code points, fits the claim */
static Score
score_place (KaynakAnchorText *self,
             const Context    *context,
             guint             start,
             guint             end,
             guint             errors,
             guint             quote_chars,
             guint             old_start)
{
  Score score = { 0.0, 0.0, 1.0, 1.0 };
  double sum = WEIGHT_QUOTE + WEIGHT_POSITION;
  guint distance = start > old_start ? start - old_start : old_start - start;
  double position = 1.0 - (double) distance / MAX (self->n_chars, 1);

  /* Whether a place is the claim must not depend on the old offsets,
   * which are only a hint (the loader shifts them by what the claims
   * before moved): otherwise a claim orphaned on one load could be
   * attached on the next.  Nearness only ranks acceptable places. */
  score.total = WEIGHT_QUOTE * (1.0 - (double) errors / quote_chars);
  score.judged = score.total + WEIGHT_POSITION;
  score.total += WEIGHT_POSITION * position;

  if (context->n_prefix > 0)
    {
      score.prefix = 1.0 - (double) prefix_distance (self, context, start) / context->n_prefix;
      score.total += WEIGHT_PREFIX * score.prefix;
      score.judged += WEIGHT_PREFIX * score.prefix;
      sum += WEIGHT_PREFIX;
    }

  if (context->n_suffix > 0)
    {
      score.suffix = 1.0 - (double) suffix_distance (self, context, end) / context->n_suffix;
      score.total += WEIGHT_SUFFIX * score.suffix;
      score.judged += WEIGHT_SUFFIX * score.suffix;
      sum += WEIGHT_SUFFIX;
    }

  score.total /= sum;
  score.judged /= sum;

  return score;
}

static gboolean
score_is_acceptable (const Context *context,
                     const Score   *score,
                     guint          errors)
{
  double best_context = 0.0;

  if (score->judged < (errors == 0 ? MIN_SCORE : MIN_SCORE_EDITED))
    return FALSE;
  if (context->n_prefix == 0 && context->n_suffix == 0)
    return TRUE;

  if (context->n_prefix > 0)
    best_context = MAX (best_context, score->prefix);
  if (context->n_suffix > 0)
    best_context = MAX (best_context, score->suffix);

  return best_context >= MIN_CONTEXT;
}

/* Whether an exact occurrence whose context did not all match is still
 * the claim's place rather than the same words somewhere else */
gboolean
kaynak_anchor_exact_is_acceptable (KaynakAnchorText *self,
                                   const char       *prefix,
                                   const char       *suffix,
                                   guint             start,
                                   guint             quote_chars,
                                   guint             old_start)
{
  Context context;
  Score score;

  if (quote_chars >= KAYNAK_ANCHOR_DISTINCTIVE_QUOTE)
    return TRUE;

  context_init (&context, prefix, suffix);
  score = score_place (self, &context, start, start + quote_chars, 0,
                       quote_chars, old_start);

  return score_is_acceptable (&context, &score, 0);
}

/* ------------------------------------------------------------------------
 * Approximate matching
 *
 * Myers' bit-parallel edit distance (Myers 1999, with Hyyrö's blocks for
 * quotes longer than 64 code points), as approx-string-match does for
 * Hypothesis.  A forward pass over the text finds where a match with at
 * most k errors can end; a backward pass from each promising end, with the
 * quote reversed and anchored there, finds where it starts.
 * ------------------------------------------------------------------------ */

/* Longer quotes are not searched approximately (the cost grows with the
 * square of the length); when edited, they become orphans. */
#define MAX_APPROX_QUOTE 4096
#define MAX_ERRORS 32
/* Search window: this many code points, plus 4 × the quote, either side */
#define WINDOW_SLACK 2000
/* The whole text is searched too only if text code points × 64-code-point
 * blocks of the quote stay under this (a few milliseconds)… */
#define WHOLE_TEXT_BUDGET (1u << 20)
/* …and while all such searches in one KaynakAnchorText stay under this
 * (a fraction of a second): claims loaded onto the wrong article all fail,
 * and must not each cost a search of the whole text. */
#define WHOLE_TEXT_TOTAL_BUDGET (G_GUINT64_CONSTANT (1) << 26)
/* Ends of matches kept for scoring, the fewest errors first */
#define MAX_CANDIDATES 32

typedef struct
{
  guint     m;            /* quote length, code points */
  guint     n_blocks;
  guint64   last_bit;     /* the quote's last row in its last block */
  guint16  *small;        /* code point < SMALL_CHARS → symbol */
  GHashTable *large;      /* other code points → symbol */
  guint64  *peq;          /* [symbol × n_blocks]: where the quote has it */
  guint64  *peq_reversed; /* the same for the quote read backwards */
} Pattern;

/* Latin, Turkish, Greek, Cyrillic, Arabic… are looked up directly */
#define SMALL_CHARS 0x800

static void
pattern_init (Pattern        *p,
              const gunichar *quote,
              guint           m)
{
  guint n_symbols = 1;    /* symbol 0: not in the quote */
  guint16 *symbols = g_new (guint16, m);

  p->m = m;
  p->n_blocks = (m + 63) / 64;
  p->last_bit = G_GUINT64_CONSTANT (1) << ((m - 1) % 64);
  p->small = g_new0 (guint16, SMALL_CHARS);
  p->large = NULL;

  for (guint i = 0; i < m; i++)
    {
      gunichar c = quote[i];
      guint symbol;

      if (c < SMALL_CHARS)
        {
          if (p->small[c] == 0)
            p->small[c] = n_symbols++;
          symbol = p->small[c];
        }
      else
        {
          if (p->large == NULL)
            p->large = g_hash_table_new (NULL, NULL);
          symbol = GPOINTER_TO_UINT (g_hash_table_lookup (p->large, GUINT_TO_POINTER (c)));
          if (symbol == 0)
            {
              symbol = n_symbols++;
              g_hash_table_insert (p->large, GUINT_TO_POINTER (c), GUINT_TO_POINTER (symbol));
            }
        }
      symbols[i] = symbol;
    }

  p->peq = g_new0 (guint64, (gsize) n_symbols * p->n_blocks);
  p->peq_reversed = g_new0 (guint64, (gsize) n_symbols * p->n_blocks);
  for (guint i = 0; i < m; i++)
    {
      guint r = m - 1 - i;

      p->peq[(gsize) symbols[i] * p->n_blocks + i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
      p->peq_reversed[(gsize) symbols[i] * p->n_blocks + r / 64] |= G_GUINT64_CONSTANT (1) << (r % 64);
    }

  g_free (symbols);
}

static void
pattern_clear (Pattern *p)
{
  g_free (p->small);
  g_clear_pointer (&p->large, g_hash_table_unref);
  g_free (p->peq);
  g_free (p->peq_reversed);
}

static inline guint
pattern_symbol (const Pattern *p,
                gunichar       c)
{
  if (c < SMALL_CHARS)
    return p->small[c];
  if (p->large == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->large, GUINT_TO_POINTER (c)));
}

typedef struct
{
  const Pattern *p;
  const guint64 *peq;
  guint64       *pv;      /* vertical deltas +1, per block */
  guint64       *mv;      /* vertical deltas −1 */
  int            top;     /* 0: a match may start anywhere; 1: anchored */
  guint          score;   /* edit distance at the last row */
} Myers;

static void
myers_init (Myers         *my,
            const Pattern *p,
            gboolean       reversed)
{
  my->p = p;
  my->peq = reversed ? p->peq_reversed : p->peq;
  my->pv = g_new (guint64, p->n_blocks);
  my->mv = g_new (guint64, p->n_blocks);
  my->top = reversed ? 1 : 0;
}

static void
myers_reset (Myers *my)
{
  for (guint b = 0; b < my->p->n_blocks; b++)
    {
      my->pv[b] = ~G_GUINT64_CONSTANT (0);
      my->mv[b] = 0;
    }
  my->score = my->p->m;
}

static void
myers_clear (Myers *my)
{
  g_free (my->pv);
  g_free (my->mv);
}

/* One more text character (as a symbol of the pattern) */
static inline void
myers_step (Myers *my,
            guint  symbol)
{
  const guint n_blocks = my->p->n_blocks;
  const guint64 *eq_row = my->peq + (gsize) symbol * n_blocks;
  int hin = my->top;

  for (guint b = 0; b < n_blocks; b++)
    {
      guint64 high = b + 1 == n_blocks ? my->p->last_bit : G_GUINT64_CONSTANT (1) << 63;
      guint64 pv = my->pv[b];
      guint64 mv = my->mv[b];
      guint64 eq = eq_row[b];
      guint64 xv = eq | mv;
      guint64 xh, ph, mh;
      int hout;

      if (hin < 0)
        eq |= 1;
      xh = (((eq & pv) + pv) ^ pv) | eq;
      ph = mv | ~(xh | pv);
      mh = pv & xh;
      hout = (ph & high) ? 1 : (mh & high) ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0)
        mh |= 1;
      else if (hin > 0)
        ph |= 1;
      my->pv[b] = mh | ~(xv | ph);
      my->mv[b] = ph & xv;
      hin = hout;
    }

  my->score += hin;
}

/* A match found by the forward pass: the end of its run of ends with the
 * fewest errors */
typedef struct
{
  guint end;        /* code points, exclusive */
  guint errors;
  guint distance;   /* of end − quote length from the old start */
} End;

typedef struct
{
  KaynakAnchorText *at;
  const Context    *context;
  Pattern           pattern;
  guint             max_errors;
  gboolean          quote_space_first;
  gboolean          quote_space_last;
  guint             old_start;
  End               ends[MAX_CANDIDATES];
  guint             n_ends;
  /* The best acceptable match so far */
  gboolean          found;
  double            score;
  guint             distance;
  guint             start;
  guint             end;
  guint             errors;
} Approx;

static gboolean
end_is_better (const End *a,
               const End *b)
{
  if (a->errors != b->errors)
    return a->errors < b->errors;
  if (a->distance != b->distance)
    return a->distance < b->distance;
  return a->end < b->end;
}

/* Keeps the MAX_CANDIDATES best ends, best first */
static void
add_end (Approx *ap,
         guint   end,
         guint   errors)
{
  guint m = ap->pattern.m;
  guint start = end > m ? end - m : 0;
  End e = { end, errors,
            start > ap->old_start ? start - ap->old_start : ap->old_start - start };
  guint i;

  if (ap->n_ends == MAX_CANDIDATES && !end_is_better (&e, &ap->ends[MAX_CANDIDATES - 1]))
    return;

  i = MIN (ap->n_ends, MAX_CANDIDATES - 1);
  while (i > 0 && end_is_better (&e, &ap->ends[i - 1]))
    {
      ap->ends[i] = ap->ends[i - 1];
      i--;
    }
  ap->ends[i] = e;
  ap->n_ends = MIN (ap->n_ends + 1, MAX_CANDIDATES);
}

/* Forward pass over code points [lo, hi): the ends where the quote matches
 * with at most max_errors errors.  Neighbouring ends belong to one match;
 * each run of them gives its (first) end with the fewest errors. */
static void
collect_ends (Approx *ap,
              Myers  *forward,
              guint   lo,
              guint   hi)
{
  KaynakAnchorText *at = ap->at;
  gsize byte = kaynak_anchor_text_char_to_byte (at, lo);
  gboolean in_run = FALSE;
  guint run_end = 0, run_errors = 0;

  myers_reset (forward);
  ap->n_ends = 0;

  for (guint i = lo; i < hi && byte < at->n_bytes; i++)
    {
      gunichar c = read_char (at, byte, &byte);

      myers_step (forward, pattern_symbol (&ap->pattern, c));

      if (forward->score <= ap->max_errors)
        {
          if (!in_run || forward->score < run_errors)
            {
              run_end = i + 1;
              run_errors = forward->score;
            }
          in_run = TRUE;
        }
      else if (in_run)
        {
          add_end (ap, run_end, run_errors);
          in_run = FALSE;
        }
    }
  if (in_run)
    add_end (ap, run_end, run_errors);
}

/* How far around a match its boundaries are looked for: an edit next to
 * the quote moves its context by up to this much before the context score
 * alone rules the place out. */
#define BOUNDARY_SLACK CONTEXT_MAX

/* Edits in the context if a match starts at @start.  A claim saved with a
 * suffix but no prefix began the article: then the text before it counts,
 * one edit a character. */
static guint
start_context_cost (Approx *ap,
                    guint   start)
{
  if (ap->context->n_prefix > 0)
    return prefix_distance (ap->at, ap->context, start);
  if (ap->context->n_suffix > 0)
    return MIN (start, CONTEXT_MAX);
  return 0;
}

/* The same after @end; no suffix but a prefix: it ended the article */
static guint
end_context_cost (Approx *ap,
                  guint   end)
{
  if (ap->context->n_suffix > 0)
    return suffix_distance (ap->at, ap->context, end);
  if (ap->context->n_prefix > 0)
    return MIN (ap->at->n_chars - MIN (end, ap->at->n_chars), CONTEXT_MAX);
  return 0;
}

/* The fewest errors in the quote alone is not always the right boundary.
 * "…endişelendirmişe benziyor" whose last word was deleted before ". Dün
 * Avrupa" matches "…endişelendirmişe. Dün Avr" with fewer errors than
 * "…endişelendirmişe"; and "ve güvenliğine ‘en" with "krize " inserted
 * before "‘en" matches "ve güvenliğine kri" with three changes, fewer than
 * the six of the real "ve güvenliğine krize ‘en".  In both the claim's
 * suffix follows only the real end.  So the end is the one with the fewest
 * edits in the quote and the suffix together, among all ends near the
 * match; if the quote alone then needs more edits than allowed, the match
 * is no match (the caller checks).  Returns the end; *@errors, the quote's
 * edits up to it. */
static guint
choose_end (Approx   *ap,
            Myers    *forward,
            gunichar *buffer,
            guint     lo,
            guint     hi,
            guint     best_end)
{
  guint m = ap->pattern.m;
  guint reach = ap->max_errors + BOUNDARY_SLACK;
  guint first = best_end > lo + reach ? best_end - reach : lo;
  guint last = MIN (hi, best_end + reach);
  /* An alignment with e errors is at most m + e long: starting that far
   * before the first end gives every end near enough its true errors. */
  guint from = first > lo + m + reach ? first - m - reach : lo;
  guint n = decode_range (ap->at, from, last, buffer);
  guint chosen = best_end;
  guint chosen_cost = G_MAXUINT;
  guint chosen_errors = G_MAXUINT;

  myers_reset (forward);
  for (guint i = 0; i < n; i++)
    {
      guint end = from + i + 1;
      guint cost;

      myers_step (forward, pattern_symbol (&ap->pattern, buffer[i]));
      if (end < first || forward->score > chosen_cost)
        continue;

      cost = forward->score + end_context_cost (ap, end);
      if (cost < chosen_cost
          || (cost == chosen_cost && forward->score < chosen_errors))
        {
          chosen = end;
          chosen_cost = cost;
          chosen_errors = forward->score;
        }
    }

  return chosen;
}

/* Backward pass from @end (the quote reversed, anchored there): the start
 * with the fewest edits in the quote and the prefix together, then in the
 * quote, then the length nearest the quote's.  Sets *@errors to the
 * quote's edits. */
static guint
choose_start (Approx   *ap,
              Myers    *backward,
              gunichar *buffer,
              guint     lo,
              guint     end,
              guint    *errors)
{
  guint m = ap->pattern.m;
  guint reach = ap->max_errors + BOUNDARY_SLACK;
  guint want = m + reach;
  guint from = end > lo + want ? end - want : lo;
  guint n = decode_range (ap->at, from, end, buffer);
  guint shortest = m > reach ? m - reach : 1;
  guint chosen = end;
  guint chosen_cost = G_MAXUINT;
  guint chosen_gap = G_MAXUINT;

  *errors = G_MAXUINT;
  myers_reset (backward);
  for (guint t = 1; t <= n; t++)
    {
      guint gap = t > m ? t - m : m - t;
      guint cost;

      myers_step (backward, pattern_symbol (&ap->pattern, buffer[n - t]));
      if (t < shortest || backward->score > chosen_cost)
        continue;

      cost = backward->score + start_context_cost (ap, end - t);
      if (cost < chosen_cost
          || (cost == chosen_cost
              && (backward->score < *errors
                  || (backward->score == *errors && gap < chosen_gap))))
        {
          chosen = end - t;
          chosen_cost = cost;
          chosen_gap = gap;
          *errors = backward->score;
        }
    }

  return chosen;
}

/* Scores [start, end) and keeps it if it is acceptable and the best yet:
 * the highest score, then the length nearest the quote's, then the
 * nearest to the old place, then the earliest. */
static void
consider_place (Approx *ap,
                guint   start,
                guint   end,
                guint   errors)
{
  guint m = ap->pattern.m;
  guint length, gap, distance;
  Score score;

  /* "Dün Avrupa" → "Avrupa": dropping "Dün" and keeping the space before
   * "Avrupa" is one edit fewer than dropping "Dün ", but a claim should not
   * start or end with a space its quote did not have.  Each space let go
   * counts as an edit, within the limit. */
  while (end - start > 1 && errors < ap->max_errors && !ap->quote_space_first)
    {
      gunichar c;

      if (decode_range (ap->at, start, start + 1, &c) != 1 || !g_unichar_isspace (c))
        break;
      start++;
      errors++;
    }
  while (end - start > 1 && errors < ap->max_errors && !ap->quote_space_last)
    {
      gunichar c;

      if (decode_range (ap->at, end - 1, end, &c) != 1 || !g_unichar_isspace (c))
        break;
      end--;
      errors++;
    }

  length = end - start;
  gap = length > m ? length - m : m - length;
  distance = start > ap->old_start ? start - ap->old_start : ap->old_start - start;
  score = score_place (ap->at, ap->context, start, end, errors, m, ap->old_start);

  if (!score_is_acceptable (ap->context, &score, errors))
    return;

  if (ap->found)
    {
      guint best_length = ap->end - ap->start;
      guint best_gap = best_length > m ? best_length - m : m - best_length;

      if (score.total != ap->score)
        {
          if (score.total < ap->score)
            return;
        }
      else if (gap != best_gap)
        {
          if (gap > best_gap)
            return;
        }
      else if (distance != ap->distance)
        {
          if (distance > ap->distance)
            return;
        }
      else if (start >= ap->start)
        return;
    }

  ap->found = TRUE;
  ap->score = score.total;
  ap->distance = distance;
  ap->start = start;
  ap->end = end;
  ap->errors = errors;
}

/* Searches code points [lo, hi) and keeps the best acceptable match */
static void
search_approximate (Approx *ap,
                    guint   lo,
                    guint   hi)
{
  Myers forward, backward;
  /* choose_end() reads the most: the quote and 3 × reach */
  g_autofree gunichar *buffer = g_new (gunichar, ap->pattern.m + 3 * (ap->max_errors + BOUNDARY_SLACK) + 1);
  double context_weight = (ap->context->n_prefix > 0 ? WEIGHT_PREFIX : 0)
                          + (ap->context->n_suffix > 0 ? WEIGHT_SUFFIX : 0);
  double sum = WEIGHT_QUOTE + WEIGHT_POSITION + context_weight;

  myers_init (&forward, &ap->pattern, FALSE);
  myers_init (&backward, &ap->pattern, TRUE);

  collect_ends (ap, &forward, lo, hi);

  for (guint i = 0; i < ap->n_ends; i++)
    {
      const End *e = &ap->ends[i];
      double ceiling = (WEIGHT_QUOTE * (1.0 - (double) e->errors / ap->pattern.m)
                        + WEIGHT_POSITION + context_weight) / sum;
      guint start, end, errors;

      /* Ends come with their errors growing: once even perfect context
       * cannot lift one above the best, none of the rest can either. */
      if (ap->found && ceiling < ap->score)
        break;

      end = choose_end (ap, &forward, buffer, lo, hi, e->end);
      start = choose_start (ap, &backward, buffer, lo, end, &errors);
      if (errors <= ap->max_errors && start < end)
        consider_place (ap, start, end, errors);
    }

  myers_clear (&forward);
  myers_clear (&backward);
}

KaynakAnchorResult
kaynak_anchor_find_approximate (KaynakAnchorText *self,
                                const char       *quote,
                                guint             quote_chars,
                                const char       *prefix,
                                const char       *suffix,
                                guint             old_start,
                                guint            *new_start,
                                guint            *new_end)
{
  Approx ap = { 0 };
  Context context;
  g_autofree gunichar *chars = NULL;
  guint64 radius, lo, hi;

  ap.max_errors = MIN (MAX_ERRORS, quote_chars / 4);
  if (ap.max_errors == 0 || quote_chars > MAX_APPROX_QUOTE)
    return KAYNAK_ANCHOR_NOT_FOUND;

  chars = g_utf8_to_ucs4_fast (quote, -1, NULL);
  pattern_init (&ap.pattern, chars, quote_chars);
  ap.quote_space_first = g_unichar_isspace (chars[0]);
  ap.quote_space_last = g_unichar_isspace (chars[quote_chars - 1]);
  context_init (&context, prefix, suffix);
  ap.at = self;
  ap.context = &context;
  ap.old_start = old_start;

  radius = 4 * (guint64) quote_chars + WINDOW_SLACK;
  lo = old_start > radius ? old_start - radius : 0;
  hi = MIN ((guint64) self->n_chars, old_start + quote_chars + radius);
  search_approximate (&ap, lo, hi);

  if (!ap.found && (lo > 0 || hi < self->n_chars))
    {
      guint64 cost = (guint64) self->n_chars * ap.pattern.n_blocks;

      if (cost <= WHOLE_TEXT_BUDGET
          && self->whole_text_spent + cost <= WHOLE_TEXT_TOTAL_BUDGET)
        {
          self->whole_text_spent += cost;
          search_approximate (&ap, 0, self->n_chars);
        }
    }

  pattern_clear (&ap.pattern);

  if (!ap.found)
    return KAYNAK_ANCHOR_NOT_FOUND;

  if (new_start != NULL)
    *new_start = ap.start;
  if (new_end != NULL)
    *new_end = ap.end;

  /* No edits: the quote itself, only somewhere else */
  return ap.errors == 0 ? KAYNAK_ANCHOR_MOVED : KAYNAK_ANCHOR_APPROXIMATE;
}
