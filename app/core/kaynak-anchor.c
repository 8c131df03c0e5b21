/* kaynak-anchor.c: finding a claim's quote again in an article that
 * changed.
 *
 * Offsets are code points, but articles can be megabytes long and a file
 * can hold a hundred thousand claims, so the search runs on bytes (memmem)
 * and only the positions it finds are turned into code points, through a
 * sparse index kept beside the text (kaynak-anchor-text.c).  This file
 * holds the exact steps; kaynak-anchor-approx.c judges context and matches
 * edited quotes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "kaynak-anchor-private.h"

/* The first search window, in bytes either side of the old position.  Most
 * edits move a quote by a few words; the window doubles until the best
 * occurrence is certain or the text is exhausted. */
#define FIRST_RADIUS 4096

typedef struct
{
  gboolean found;
  guint    score;
  guint    distance;
  guint    start;      /* code points */
} Candidate;

typedef struct
{
  KaynakAnchorText *at;
  const char       *quote;
  gsize             quote_bytes;
  const char       *prefix;
  gsize             prefix_bytes;
  const char       *suffix;
  guint             old_start;
  Candidate         best;
} Search;

/* Code points of the prefix that match going backwards from @byte */
static guint
match_prefix (Search *s,
              gsize   byte)
{
  const char *text = s->at->text;
  const char *t = text + byte;
  const char *p = s->prefix + s->prefix_bytes;
  guint n = 0;

  /* Byte sequences, character by character, never stepping before the
   * start of either string (g_utf8_prev_char() would, on text that starts
   * with a stray continuation byte). */
  while (t > text && p > s->prefix)
    {
      const char *t_end = t;
      const char *p_end = p;

      do
        t--;
      while (t > text && !is_lead_byte (*t));
      do
        p--;
      while (p > s->prefix && !is_lead_byte (*p));

      if (t_end - t != p_end - p || memcmp (t, p, t_end - t) != 0)
        break;
      n++;
    }

  return n;
}

/* Code points of the suffix that match going forwards from @byte */
static guint
match_suffix (Search *s,
              gsize   byte)
{
  const char *end = s->at->text + s->at->n_bytes;
  const char *t = s->at->text + byte;
  const char *p = s->suffix;
  guint n = 0;

  while (t < end && *p != '\0')
    {
      gsize len = g_utf8_next_char (p) - p;

      if ((gsize) (end - t) < len || memcmp (t, p, len) != 0)
        break;
      t += len;
      p += len;
      n++;
    }

  return n;
}

static void
consider (Search *s,
          gsize   byte,
          guint   start)
{
  Candidate c;

  c.found = TRUE;
  c.start = start;
  c.distance = start > s->old_start ? start - s->old_start
                                    : s->old_start - start;
  c.score = 0;
  if (s->prefix_bytes > 0)
    c.score += match_prefix (s, byte);
  if (s->suffix[0] != '\0')
    c.score += match_suffix (s, byte + s->quote_bytes);

  /* Best context first; then nearest; then earliest, so that the result
   * does not depend on the order the windows were searched in. */
  if (!s->best.found
      || c.score > s->best.score
      || (c.score == s->best.score
          && (c.distance < s->best.distance
              || (c.distance == s->best.distance && c.start < s->best.start))))
    s->best = c;
}

/* Considers every occurrence of the quote starting at a byte in
 * [from, to); @to is at most the last byte a quote can start at, plus 1. */
static void
search_starts (Search *s,
               gsize   from,
               gsize   to)
{
  const char *text = s->at->text;
  gsize cursor_byte;
  guint cursor_char;
  gsize pos = from;

  if (from >= to)
    return;

  cursor_byte = from;
  cursor_char = kaynak_anchor_text_byte_to_char (s->at, from);

  while (pos < to)
    {
      const char *hit = memmem (text + pos, to - 1 + s->quote_bytes - pos,
                                s->quote, s->quote_bytes);
      gsize hit_byte;

      if (hit == NULL)
        break;

      hit_byte = hit - text;

      /* Occurrences come in order: count on from the previous one unless
       * the index gets there quicker. */
      if (hit_byte - cursor_byte > INDEX_BLOCK)
        cursor_char = kaynak_anchor_text_byte_to_char (s->at, hit_byte);
      else
        cursor_char += kaynak_anchor_count_chars (text + cursor_byte, hit);
      cursor_byte = hit_byte;

      consider (s, hit_byte, cursor_char);

      /* Occurrences may overlap ("aa" in "aaa"): go on from the next byte */
      pos = hit_byte + 1;
    }
}

KaynakAnchorResult
kaynak_anchor_text_find (KaynakAnchorText *self,
                         const char       *quote,
                         const char       *prefix,
                         const char       *suffix,
                         guint             old_start,
                         guint            *new_start,
                         guint            *new_end)
{
  Search s = { 0 };
  gboolean known_position;
  gboolean judged_by_quote;
  KaynakAnchorResult result;
  guint quote_chars;
  guint perfect;
  gsize limit;
  gsize center;
  gsize lo, hi;
  gsize radius;

  g_return_val_if_fail (self != NULL, KAYNAK_ANCHOR_NOT_FOUND);

  if (quote == NULL || quote[0] == '\0' || !g_utf8_validate (quote, -1, NULL))
    return KAYNAK_ANCHOR_NOT_FOUND;

  /* No old place: the quote alone names the passage, from the start */
  known_position = old_start != KAYNAK_ANCHOR_NO_POSITION;
  if (!known_position)
    old_start = 0;

  /* Context that is not text cannot match anything: ignore it rather than
   * walk it as UTF-8. */
  if (prefix == NULL || !g_utf8_validate (prefix, -1, NULL))
    prefix = "";
  if (suffix == NULL || !g_utf8_validate (suffix, -1, NULL))
    suffix = "";

  s.at = self;
  s.quote = quote;
  s.quote_bytes = strlen (quote);
  s.prefix = prefix;
  s.prefix_bytes = strlen (prefix);
  s.suffix = suffix;
  s.old_start = MIN (old_start, self->n_chars);

  if (s.quote_bytes > self->n_bytes)
    return KAYNAK_ANCHOR_NOT_FOUND;

  quote_chars = g_utf8_strlen (quote, -1);

  /* Still where it was: nothing else is considered */
  if (old_start <= self->n_chars && quote_chars <= self->n_chars - old_start)
    {
      gsize byte = kaynak_anchor_text_char_to_byte (self, old_start);

      if (byte + s.quote_bytes <= self->n_bytes
          && memcmp (self->text + byte, quote, s.quote_bytes) == 0)
        {
          if (new_start != NULL)
            *new_start = old_start;
          if (new_end != NULL)
            *new_end = old_start + quote_chars;
          return KAYNAK_ANCHOR_EXACT;
        }
    }

  perfect = g_utf8_strlen (prefix, -1) + g_utf8_strlen (suffix, -1);

  /* Without context only the quote can tell the claim from the same words
   * elsewhere, and a short quote cannot: the claim whose sentence was
   * deleted must not jump to another copy of its phrase.  Away from its
   * old place, such a quote is taken only where its edited words still
   * start at that place (step 3).  A long quote says enough by itself,
   * and a caller with no old place has nothing else to go by. */
  judged_by_quote = perfect == 0 && known_position
                    && quote_chars < KAYNAK_ANCHOR_DISTINCTIVE_QUOTE;

  /* Search outwards from the old position in growing windows of possible
   * start bytes [lo, hi).  Once an occurrence with all its context found
   * is at least as near as anything outside the window can be, nothing
   * outside can beat it and the rest of the text is not searched. */
  limit = self->n_bytes - s.quote_bytes + 1;
  center = MIN (kaynak_anchor_text_char_to_byte (self, s.old_start), limit);
  lo = hi = center;
  radius = MAX ((gsize) FIRST_RADIUS, 4 * s.quote_bytes);

  /* (A quote judged by itself alone is not looked for elsewhere) */
  for (; !judged_by_quote;)
    {
      gsize new_lo = center > radius ? center - radius : 0;
      gsize new_hi = limit - center > radius ? center + radius : limit;

      search_starts (&s, new_lo, lo);
      search_starts (&s, hi, new_hi);
      lo = new_lo;
      hi = new_hi;

      if (lo == 0 && hi == limit)
        break;

      if (s.best.found && s.best.score == perfect)
        {
          /* Anything before lo starts at least one code point before
           * kaynak_anchor_text_byte_to_char (lo); anything from hi on, at or after
           * kaynak_anchor_text_byte_to_char (hi). */
          gboolean below_done = lo == 0
            || s.best.distance <= s.old_start - kaynak_anchor_text_byte_to_char (self, lo);
          gboolean above_done = hi == limit
            || s.best.distance <= kaynak_anchor_text_byte_to_char (self, hi) - s.old_start;

          if (below_done && above_done)
            break;
        }

      radius = radius > G_MAXSIZE / 2 ? G_MAXSIZE : radius * 2;
    }

  /* The exact occurrence with the most context is taken if its context
   * is really there: when it all matched (the usual case, a quote moved by
   * an edit elsewhere) that is certain without further work. */
  if (s.best.found && !judged_by_quote
      && (s.best.score == perfect
          || kaynak_anchor_exact_is_acceptable (self, prefix, suffix,
                                                s.best.start, quote_chars,
                                                s.old_start)))
    {
      if (new_start != NULL)
        *new_start = s.best.start;
      if (new_end != NULL)
        *new_end = s.best.start + quote_chars;

      return KAYNAK_ANCHOR_MOVED;
    }

  if (!judged_by_quote)
    return kaynak_anchor_find_approximate (self, quote, quote_chars,
                                           prefix, suffix, s.old_start,
                                           new_start, new_end);

  {
    guint start = 0, end = 0;

    result = kaynak_anchor_find_approximate (self, quote, quote_chars, prefix, suffix,
                                             s.old_start, &start, &end);
    if (result == KAYNAK_ANCHOR_NOT_FOUND || start != s.old_start)
      return KAYNAK_ANCHOR_NOT_FOUND;
    if (new_start != NULL)
      *new_start = start;
    if (new_end != NULL)
      *new_end = end;
    return result;
  }
}

KaynakAnchorResult
kaynak_anchor_find (const char *text,
                    guint       text_length,
                    const char *quote,
                    const char *prefix,
                    const char *suffix,
                    guint       old_start,
                    guint      *new_start,
                    guint      *new_end)
{
  g_autoptr(KaynakAnchorText) at = NULL;

  g_return_val_if_fail (text != NULL, KAYNAK_ANCHOR_NOT_FOUND);

  at = kaynak_anchor_text_new (text, -1);

  /* Honour @text_length when it is shorter than the string */
  if (text_length < at->n_chars)
    {
      at->n_bytes = kaynak_anchor_text_char_to_byte (at, text_length);
      at->n_chars = text_length;
    }

  return kaynak_anchor_text_find (at, quote, prefix, suffix, old_start,
                                  new_start, new_end);
}
