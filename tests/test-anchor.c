/* test-anchor.c: finding a claim's quote again after the article changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>

#include "kaynak-anchor.h"

typedef struct
{
  const char         *name;
  const char         *text;
  const char         *quote;
  const char         *prefix;
  const char         *suffix;
  guint               old_start;
  KaynakAnchorResult  result;
  guint               new_start;   /* code points; checked unless NOT_FOUND */
  const char         *found;       /* APPROXIMATE: the text at the new range */
} AnchorCase;

static const AnchorCase anchor_cases[] = {
  { "exact",
    "Bakan, üç binden fazla asker gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_EXACT, 7 },
  { "exact-wins-over-better-context",
    /* At its old offsets it wins, even if another occurrence has context */
    "asker geldi. Bakan, asker gönderdi.",
    "asker", "Bakan, ", " gönderdi", 0,
    KAYNAK_ANCHOR_EXACT, 0 },
  { "word-inserted-before",
    "Bakan dün akşam, üç binden fazla asker gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_MOVED, 17 },
  { "word-deleted-before",
    "Bakan üç binden fazla asker gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_MOVED, 6 },
  { "repeated-phrase-context-beats-distance",
    /* The first occurrence is nearer the old offset, but only the second
     * has the claim's context. */
    "Raporda üç binden fazla asker yazıyordu. Dün ise Bakan, üç binden "
    "fazla asker gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 5,
    KAYNAK_ANCHOR_MOVED, 56 },
  { "repeated-phrase-context-behind",
    /* Same, the other way round: the matching one is before the old place */
    "Bakan, üç binden fazla asker gönderildiğini söyledi. Raporda üç binden "
    "fazla asker yazıyordu.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 63,
    KAYNAK_ANCHOR_MOVED, 7 },
  { "more-context-wins",
    "x asker y. Bakan, asker gönderdi. Bakan dedi ki asker z.",
    "asker", "Bakan dedi ki ", " z", 3,
    KAYNAK_ANCHOR_MOVED, 48 },
  { "context-gone-is-orphan",
    /* The near occurrence shares not one character of context, the far one
     * a single space: both are the same word somewhere else. */
    "-asker- ..................................................... asker!",
    "asker", "Bakan ", " gönderdi", 3,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "only-occurrence-without-context-is-orphan",
    "Tamamen yeni: -asker-",
    "asker", "Bakan ", " gönderdi", 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "one-side-of-context-is-enough",
    "Tamamen yeni bir giriş: asker gönderdi",
    "asker", "Bakan ", " gönderdi", 0,
    KAYNAK_ANCHOR_MOVED, 24 },
  /* Without context a short quote is only ever taken at its old place:
   * nothing tells the claim from the same words elsewhere (the issue's
   * case: "hızlı çözümler" with its sentence deleted, another copy of it
   * earlier in the text) */
  { "no-context-other-copy-is-orphan",
    "Uzmanlar hızlı çözümler istedi. Bakan yeni bir plan açıkladı.",
    "hızlı çözümler", NULL, NULL, 48,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "no-context-only-occurrence-elsewhere-is-orphan",
    "Tamamen yeni: -asker-",
    "asker", NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "no-context-near-copy-is-orphan",
    "ab x ab y ab z ab",
    "ab", NULL, NULL, 11,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "no-context-empty-strings-is-orphan",
    "ab x ab y ab z ab",
    "ab", "", "", 14,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "no-context-at-old-place",
    "ab x ab y ab z ab",
    "ab", NULL, NULL, 10,
    KAYNAK_ANCHOR_EXACT, 10 },
  { "no-context-long-quote-moves",
    /* 64 code points or more: the words say enough by themselves */
    "Yeni giriş. Bakan, üç binden fazla askerin sınırı geçtiğini ve geri dönmediğini söyledi.",
    "üç binden fazla askerin sınırı geçtiğini ve geri dönmediğini söy", NULL, NULL, 7,
    KAYNAK_ANCHOR_MOVED, 19 },
  { "no-context-short-of-long",
    /* 63 code points: an orphan */
    "Yeni giriş. Bakan, üç binden fazla askerin sınırı geçtiğini ve geri dönmediğini söyledi.",
    "üç binden fazla askerin sınırı geçtiğini ve geri dönmediğini sö", NULL, NULL, 7,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  /* No old place at all (an imported quote-only annotation): the quote
   * names the passage, the first if it stands in several */
  { "no-position-only-occurrence",
    "Tamamen yeni: -asker-",
    "asker", NULL, NULL, KAYNAK_ANCHOR_NO_POSITION,
    KAYNAK_ANCHOR_MOVED, 15 },
  { "no-position-first-occurrence",
    "x ab y ab",
    "ab", NULL, NULL, KAYNAK_ANCHOR_NO_POSITION,
    KAYNAK_ANCHOR_MOVED, 2 },
  { "no-position-with-context",
    "x ab y ab z",
    "ab", "y ", NULL, KAYNAK_ANCHOR_NO_POSITION,
    KAYNAK_ANCHOR_MOVED, 7 },
  { "equal-context-nearest-wins",
    "a: asker, b: asker, c: asker, d: asker.",
    "asker", ": ", ",", 26,
    KAYNAK_ANCHOR_MOVED, 23 },
  { "equal-distance-earlier-wins",
    "-ab--ab-",
    "ab", "-", "-", 3,
    KAYNAK_ANCHOR_MOVED, 1 },
  { "overlapping-occurrences",
    /* at 1 and 2 the prefix matches; 2 is nearer */
    "aaaa",
    "aa", "a", NULL, 7,
    KAYNAK_ANCHOR_MOVED, 2 },
  { "quote-deleted",
    "Bakan açıklama yapmadı.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "quote-edited",
    "Bakan, üç binden fazla er gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_APPROXIMATE, 7, "üç binden fazla er" },
  { "quote-edited-in-place-keeps-start",
    "Bakan, üç binden fazla askeri gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", "i gönderildiğini", 7,
    KAYNAK_ANCHOR_EXACT, 7 },
  { "quote-edited-too-much",
    /* 13 code points inserted in 21: more than a quarter */
    "Bakan, üç binden fazla Kuzey Koreli asker gönderildiğini söyledi.",
    "üç binden fazla asker", "Bakan, ", " gönderildiğini", 7,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "quote-edited-no-context",
    "Bakan, üç binden fazla er gönderildiğini söyledi.",
    "üç binden fazla asker", NULL, NULL, 7,
    KAYNAK_ANCHOR_APPROXIMATE, 7, "üç binden fazla er" },
  { "short-quote-is-never-approximate",
    /* Under four code points no error is allowed */
    "Bakan, üç bin asker dedi.",
    "iki", "Bakan, ", " bin", 7,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "multibyte-before-exact",
    /* Byte offset 23, code-point offset 13 */
    "ğğğğğ şşş çı önemli iddia",
    "önemli iddia", "çı ", "", 13,
    KAYNAK_ANCHOR_EXACT, 13 },
  { "multibyte-before-moved",
    "ğğğğğ şşş çı İŞĞ önemli iddia burada",
    "önemli iddia", "İŞĞ ", " burada", 0,
    KAYNAK_ANCHOR_MOVED, 17 },
  { "multibyte-quote-byte-offset-is-not-a-code-point",
    /* 12 is where the quote starts in bytes; in code points it is 7 */
    "ğğğ şş ığdır",
    "ığdır", "şş ", NULL, 12,
    KAYNAK_ANCHOR_MOVED, 7 },
  { "quote-at-start-exact",
    "üç asker geldi",
    "üç asker", "", " geldi", 0,
    KAYNAK_ANCHOR_EXACT, 0 },
  { "quote-at-start-by-context",
    /* Only the one at the very start has the suffix; nothing precedes it */
    "üç asker gitti, üç asker geldi",
    "üç asker", "", " gitti", 17,
    KAYNAK_ANCHOR_MOVED, 0 },
  { "quote-moved-to-start",
    "üç asker geldi, sonra gitti",
    "üç asker", "Dün ", " geldi", 4,
    KAYNAK_ANCHOR_MOVED, 0 },
  { "quote-at-end-exact",
    "geldi üç asker",
    "üç asker", "geldi ", "", 6,
    KAYNAK_ANCHOR_EXACT, 6 },
  { "quote-moved-to-end",
    "dün geldi üç asker",
    "üç asker", "geldi ", "", 6,
    KAYNAK_ANCHOR_MOVED, 10 },
  { "old-start-past-the-end",
    "geldi üç asker",
    "üç asker", "geldi ", NULL, 500,
    KAYNAK_ANCHOR_MOVED, 6 },
  { "crlf-counted",
    "satır\r\nüç asker",
    "üç asker", "\r\n", NULL, 6,
    KAYNAK_ANCHOR_MOVED, 7 },
  { "quote-longer-than-text",
    "kısa",
    "kısa değil", NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "empty-quote",
    "metin",
    "", NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "null-quote",
    "metin",
    NULL, NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "empty-text",
    "",
    "a", NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
  { "invalid-utf8-quote",
    "metin",
    "met\xff", NULL, NULL, 0,
    KAYNAK_ANCHOR_NOT_FOUND, 0 },
};

static const char *
result_name (KaynakAnchorResult result)
{
  switch (result)
    {
    case KAYNAK_ANCHOR_NOT_FOUND: return "NOT_FOUND";
    case KAYNAK_ANCHOR_EXACT: return "EXACT";
    case KAYNAK_ANCHOR_MOVED: return "MOVED";
    case KAYNAK_ANCHOR_APPROXIMATE: return "APPROXIMATE";
    default: return "?";
    }
}

static void
test_anchor_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (anchor_cases); i++)
    {
      const AnchorCase *c = &anchor_cases[i];
      guint length = g_utf8_strlen (c->text, -1);
      guint quote_length = c->quote != NULL ? g_utf8_strlen (c->quote, -1) : 0;
      guint start = G_MAXUINT, end = G_MAXUINT;
      KaynakAnchorResult result;

      g_test_message ("case %s", c->name);

      result = kaynak_anchor_find (c->text, length, c->quote, c->prefix,
                                   c->suffix, c->old_start, &start, &end);
      if (result != c->result)
        g_error ("case %s: expected %s, got %s (start %u)", c->name,
                 result_name (c->result), result_name (result), start);

      if (c->result == KAYNAK_ANCHOR_NOT_FOUND)
        continue;

      if (start != c->new_start)
        g_error ("case %s: expected start %u, got %u", c->name,
                 c->new_start, start);
      if (c->result != KAYNAK_ANCHOR_APPROXIMATE)
        g_assert_cmpuint (end, ==, start + quote_length);
      g_assert_cmpuint (end, <=, length);

      /* The range really holds the quote (or its edited text), counted in
       * code points */
      {
        const char *from = g_utf8_offset_to_pointer (c->text, start);
        const char *to = g_utf8_offset_to_pointer (c->text, end);

        g_autofree char *found = g_strndup (from, to - from);

        g_assert_cmpstr (found, ==, c->found != NULL ? c->found : c->quote);
      }

      /* The prepared text answers the same */
      {
        g_autoptr(KaynakAnchorText) at = kaynak_anchor_text_new (c->text, -1);
        guint start2 = 0, end2 = 0;

        g_assert_cmpuint (kaynak_anchor_text_get_length (at), ==, length);
        g_assert_cmpint (kaynak_anchor_text_find (at, c->quote, c->prefix,
                                                  c->suffix, c->old_start,
                                                  &start2, &end2),
                         ==, c->result);
        g_assert_cmpuint (start2, ==, start);
        g_assert_cmpuint (end2, ==, end);
      }
    }
}

/* @text_length limits the search even when the string goes on */
static void
test_anchor_text_length (void)
{
  const char *text = "ğğ baş iddia sonra";
  guint start = 0, end = 0;

  g_assert_cmpint (kaynak_anchor_find (text, 7, "iddia", NULL, NULL,
                                       KAYNAK_ANCHOR_NO_POSITION, &start, &end),
                   ==, KAYNAK_ANCHOR_NOT_FOUND);
  g_assert_cmpint (kaynak_anchor_find (text, 12, "iddia", NULL, NULL,
                                       KAYNAK_ANCHOR_NO_POSITION, &start, &end),
                   ==, KAYNAK_ANCHOR_MOVED);
  g_assert_cmpuint (start, ==, 7);
  g_assert_cmpuint (end, ==, 12);
}

/* --- Against a plain reference over code points ------------------------- */

typedef struct
{
  gboolean found;
  guint    score;
  guint    distance;
  guint    start;
} RefBest;

/* The exact steps of kaynak-anchor.h written the obvious, slow way: the
 * occurrence with the most context (code points matching outwards), then
 * the nearest.  *@score receives its context score. */
static KaynakAnchorResult
reference_find (const gunichar *text,
                glong           n,
                const gunichar *quote,
                glong           qn,
                const gunichar *prefix,
                glong           pn,
                const gunichar *suffix,
                glong           sn,
                guint           old_start,
                guint          *new_start,
                guint          *best_score)
{
  RefBest best = { FALSE, 0, 0, 0 };

  if (qn == 0 || qn > n)
    return KAYNAK_ANCHOR_NOT_FOUND;

  if ((glong) old_start + qn <= n
      && memcmp (text + old_start, quote, qn * sizeof (gunichar)) == 0)
    {
      *new_start = old_start;
      return KAYNAK_ANCHOR_EXACT;
    }

  for (glong i = 0; i + qn <= n; i++)
    {
      guint score = 0, distance;
      guint old = MIN ((glong) old_start, n);

      if (memcmp (text + i, quote, qn * sizeof (gunichar)) != 0)
        continue;

      for (glong k = 1; k <= pn && k <= i && text[i - k] == prefix[pn - k]; k++)
        score++;
      for (glong k = 0; k < sn && i + qn + k < n && text[i + qn + k] == suffix[k]; k++)
        score++;
      distance = (guint) i > old ? (guint) i - old : old - (guint) i;

      if (!best.found || score > best.score
          || (score == best.score && distance < best.distance))
        {
          best.found = TRUE;
          best.score = score;
          best.distance = distance;
          best.start = i;
        }
    }

  if (!best.found)
    return KAYNAK_ANCHOR_NOT_FOUND;

  *new_start = best.start;
  *best_score = best.score;
  return KAYNAK_ANCHOR_MOVED;
}

/* The judgement of kaynak-anchor.h, the slow way: plain dynamic
 * programming and the weights and thresholds the header documents */
#define REF_MIN_SCORE 0.75
#define REF_MIN_SCORE_EDITED 0.85
#define REF_MIN_CONTEXT 0.5

static guint
edit_distance (const gunichar *a,
               glong           na,
               const gunichar *b,
               glong           nb)
{
  g_autofree guint *row = g_new (guint, nb + 1);
  guint result;

  for (glong j = 0; j <= nb; j++)
    row[j] = j;
  for (glong i = 1; i <= na; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= nb; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (above + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }
  result = row[nb];

  return result;
}

/* 1 − (least edit distance between @context and a start of @text) / @n;
 * both read outwards from the quote */
static double
ref_context_score (const gunichar *context,
                   glong           n,
                   const gunichar *text,
                   glong           t)
{
  guint best = G_MAXUINT;

  for (glong k = 0; k <= t; k++)
    best = MIN (best, edit_distance (context, n, text, k));

  return 1.0 - (double) best / n;
}

static gboolean
ref_acceptable (const gunichar *text,
                glong           n,
                glong           start,
                glong           end,
                guint           errors,
                glong           qn,
                const gunichar *prefix,
                glong           pn,
                const gunichar *suffix,
                glong           sn,
                guint           old_start)
{
  /* Judged as if at the old place: acceptance does not depend on it */
  double total = 50.0 * (1.0 - (double) errors / qn) + 2.0;
  double sum = 52.0;
  double best_context = 0.0;

  if (pn > 0)
    {
      glong want = pn + pn / 2 + 1;
      glong from = MAX (start - want, 0);
      g_autofree gunichar *outwards = g_new (gunichar, start - from + 1);
      double score;

      for (glong k = 0; k < start - from; k++)
        outwards[k] = text[start - 1 - k];
      /* The prefix is stored in reading order: reverse it too */
      {
        g_autofree gunichar *rprefix = g_new (gunichar, pn);

        for (glong k = 0; k < pn; k++)
          rprefix[k] = prefix[pn - 1 - k];
        score = ref_context_score (rprefix, pn, outwards, start - from);
      }
      total += 20.0 * score;
      sum += 20.0;
      best_context = MAX (best_context, score);
    }
  if (sn > 0)
    {
      glong want = sn + sn / 2 + 1;
      double score = ref_context_score (suffix, sn, text + end, MIN (want, n - end));

      total += 20.0 * score;
      sum += 20.0;
      best_context = MAX (best_context, score);
    }
  total /= sum;

  if (total < (errors == 0 ? REF_MIN_SCORE : REF_MIN_SCORE_EDITED))
    return FALSE;
  return (pn == 0 && sn == 0) || best_context >= REF_MIN_CONTEXT;
}

static char *
random_text (GRand *rand,
             guint  n)
{
  /* A tiny alphabet with one-, two- and three-byte characters makes
   * repeats, overlaps and partial context matches common. */
  static const char * const letters[] = { "a", "b", " ", "ğ", "ş", "İ", "€" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))]);

  return g_string_free (s, FALSE);
}

static char *
slice (const char *text,
       glong       start,
       glong       end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (text, end);

  return g_strndup (from, to - from);
}

/* One random edit (change, insertion or deletion of a code point) */
static char *
mutate_quote (GRand      *rand,
              const char *quote)
{
  static const gunichar letters[] = { 'a', 'b', ' ', 0x11F, 0x15F, 0x130, 0x20AC };
  glong n;
  g_autofree gunichar *u = g_utf8_to_ucs4_fast (quote, -1, &n);
  g_autofree gunichar *out = g_new (gunichar, n + 1);
  glong at = g_rand_int_range (rand, 0, n);
  glong k = 0;

  for (glong i = 0; i < n; i++)
    {
      int what = i == at ? g_rand_int_range (rand, 0, 3) : -1;

      if (what == 1)   /* inserted before */
        out[k++] = letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))];
      if (what == 0)   /* changed */
        out[k++] = letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))];
      else if (what != 2)   /* not deleted */
        out[k++] = u[i];
    }
  if (k == 0)
    out[k++] = 'a';

  return g_ucs4_to_utf8 (out, k, NULL, NULL, NULL);
}

/* Random texts (some longer than the first search window, so the outward
 * search and its early stop are exercised) against the reference. */
static void
test_anchor_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20171129);
  guint rounds = g_test_slow () ? 400 : 60;
  guint n_approximate = 0;

  for (guint round = 0; round < rounds; round++)
    {
      guint n = round % 3 == 0 ? g_rand_int_range (rand, 3000, 12000)
                               : g_rand_int_range (rand, 5, 200);
      g_autofree char *text = random_text (rand, n);
      g_autofree gunichar *utext = g_utf8_to_ucs4_fast (text, -1, NULL);
      g_autoptr(KaynakAnchorText) at = kaynak_anchor_text_new (text, -1);

      for (guint q = 0; q < 20; q++)
        {
          /* Every fourth quote is longer and edited, for the approximate
           * search */
          gboolean edited = q % 4 == 3;
          guint qlen = edited ? g_rand_int_range (rand, 1, MIN (n, 24) + 1)
                              : g_rand_int_range (rand, 1, MIN (n, 6) + 1);
          guint at_pos = g_rand_int_range (rand, 0, n - qlen + 1);
          /* Context usually from elsewhere; for an edited quote often its
           * own, so that the edited place is accepted */
          guint ctx_pos = edited && q % 8 == 7 ? at_pos
                                               : (guint) g_rand_int_range (rand, 0, n - qlen + 1);
          guint plen = g_rand_int_range (rand, 0, 8);
          guint slen = g_rand_int_range (rand, 0, 8);
          guint old_start = g_rand_int_range (rand, 0, n + 3);
          g_autofree char *quote = NULL;
          g_autofree char *prefix = NULL;
          g_autofree char *suffix = NULL;
          g_autofree gunichar *uquote = NULL;
          g_autofree gunichar *uprefix = NULL;
          g_autofree gunichar *usuffix = NULL;
          glong qn, pn, sn;
          guint ref_start = 0, ref_score = 0, start = 0, end = 0;
          guint start2 = 0, end2 = 0;
          KaynakAnchorResult ref, got, got2;

          /* Sometimes a quote that is not in the text */
          if (q % 7 == 6)
            quote = g_strdup ("b€İ€b");
          else if (edited)
            {
              g_autofree char *original = slice (text, at_pos, at_pos + qlen);

              quote = mutate_quote (rand, original);
            }
          else
            quote = slice (text, at_pos, at_pos + qlen);
          /* Context from somewhere, usually around another occurrence */
          prefix = slice (text, ctx_pos >= plen ? ctx_pos - plen : 0, ctx_pos);
          suffix = slice (text, MIN (ctx_pos + qlen, n),
                          MIN (ctx_pos + qlen + slen, n));

          uquote = g_utf8_to_ucs4_fast (quote, -1, &qn);
          uprefix = g_utf8_to_ucs4_fast (prefix, -1, &pn);
          usuffix = g_utf8_to_ucs4_fast (suffix, -1, &sn);

          ref = reference_find (utext, n, uquote, qn, uprefix, pn, usuffix, sn,
                                old_start, &ref_start, &ref_score);
          got = kaynak_anchor_find (text, n, quote, prefix, suffix, old_start,
                                    &start, &end);
          got2 = kaynak_anchor_text_find (at, quote, prefix, suffix, old_start,
                                          &start2, &end2);

          /* The exact occurrence the reference picks is taken when all its
           * context matched or its context passes the threshold */
          if (ref == KAYNAK_ANCHOR_MOVED
              && ref_score != pn + sn && qn < 64
              && !ref_acceptable (utext, n, ref_start, ref_start + qn, 0, qn,
                                  uprefix, pn, usuffix, sn, old_start))
            ref = KAYNAK_ANCHOR_NOT_FOUND;
          /* …and never, without context, a short quote away from its old
           * place (edited there, it may still be found: not modelled) */
          if (ref == KAYNAK_ANCHOR_MOVED && pn == 0 && sn == 0 && qn < 64)
            ref = KAYNAK_ANCHOR_NOT_FOUND;

          if (ref != KAYNAK_ANCHOR_NOT_FOUND
              ? got != ref || start != ref_start
              : got == KAYNAK_ANCHOR_EXACT)
            g_error ("round %u/%u: quote “%s” prefix “%s” suffix “%s” old %u: "
                     "expected %s at %u, got %s at %u",
                     round, q, quote, prefix, suffix, old_start,
                     result_name (ref), ref_start, result_name (got), start);
          g_assert_cmpint (got2, ==, got);

          if (got == KAYNAK_ANCHOR_NOT_FOUND)
            continue;
          g_assert_cmpuint (start2, ==, start);
          g_assert_cmpuint (end2, ==, end);
          g_assert_cmpuint (start, <, end);
          g_assert_cmpuint (end, <=, n);

          /* Anything else found approximately: within the allowed errors,
           * none exactly when it says MOVED, and above the threshold;
           * without context, only where the quote started */
          if (ref == KAYNAK_ANCHOR_NOT_FOUND)
            {
              guint errors = edit_distance (uquote, qn, utext + start, end - start);

              if (pn == 0 && sn == 0 && qn < 64)
                g_assert_cmpuint (start, ==, MIN (old_start, n));

              g_assert_cmpuint (errors, <=, MIN (32, qn / 4));
              g_assert_cmpint (errors == 0, ==, got == KAYNAK_ANCHOR_MOVED);
              if (!ref_acceptable (utext, n, start, end, errors, qn, uprefix, pn,
                                   usuffix, sn, old_start))
                g_error ("round %u/%u: quote “%s” prefix “%s” suffix “%s” old %u: "
                         "%s at %u–%u is below the threshold",
                         round, q, quote, prefix, suffix, old_start,
                         result_name (got), start, end);
              n_approximate += got == KAYNAK_ANCHOR_APPROXIMATE;
            }
          else
            g_assert_cmpuint (end, ==, start + qn);
        }
    }

  /* The approximate search was really exercised */
  g_test_message ("%u approximate matches", n_approximate);
  g_assert_cmpuint (n_approximate, >, 0);
}

/* --- Edited articles ----------------------------------------------------- */

/* What the app keeps on each side of a claim (KAYNAK_CLAIM_CONTEXT_LENGTH) */
#define CONTEXT_LENGTH 32

#define BU_KAPSAMDA " Bu kapsamda çeşitli alanlarda çalışan uzmanlar bir araya " \
  "gelerek özellikle savunma, istihbarat ve güvenlik gibi konularda hızlı " \
  "çözümler üretebilir ve ortak bir strateji geliştirebilir."

typedef struct
{
  const char         *name;
  const char         *quote;       /* a claim on the seed article… */
  guint               nth;         /* …at this occurrence (0: the first) */
  const char         *edits[4];    /* then: replace edits[0] with edits[1],
                                    * edits[2] with edits[3] (first ones) */
  KaynakAnchorResult  result;
  const char         *found;       /* the text at the new range; NULL: quote */
  guint               found_nth;   /* …at this occurrence in the new article */
} EditCase;

static const EditCase edit_cases[] = {
  { "words-inserted-before",
    "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği", 0,
    { "Beyaz Saray’dan", "Washington’daki Beyaz Saray’dan" },
    KAYNAK_ANCHOR_MOVED },
  { "words-inserted-right-before",
    /* The prefix is gone; the suffix is still there */
    "üç binden fazla asker", 0,
    { "Rusya’ya üç binden", "Rusya’ya, resmî kaynaklara göre, üç binden" },
    KAYNAK_ANCHOR_MOVED },
  { "words-inserted-right-after",
    "üç binden fazla asker", 0,
    { "asker getirildiği", "asker, resmî kaynaklara göre, getirildiği" },
    KAYNAK_ANCHOR_EXACT },
  { "word-inserted-inside",
    "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği", 0,
    { "Rusya’ya üç binden", "Rusya’ya Kuzey Kore’den üç binden" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Ukrayna ile savaşmak üzere Rusya’ya Kuzey Kore’den üç binden fazla asker getirildiği" },
  { "word-inserted-inside-short-claim",
    /* 13 code points inserted in 21: more than a quarter.  The same-length
     * "üç binden fazla Kuzey" is four changes away, but the suffix is not
     * after it: no guess. */
    "üç binden fazla asker", 0,
    { "fazla asker", "fazla Kuzey Koreli asker" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "word-inserted-inside-and-before",
    "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği", 0,
    { "Rusya’ya üç binden", "Rusya’ya Kuzey Kore’den üç binden",
      "Beyaz Saray’dan", "Washington’daki Beyaz Saray’dan" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Ukrayna ile savaşmak üzere Rusya’ya Kuzey Kore’den üç binden fazla asker getirildiği" },
  { "typo-fixed-inside",
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor.", 0,
    { "endişelendirmişe", "endişelendirmiş" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmiş benziyor." },
  { "first-letter-changed",
    /* The changed letter (multi-byte) belongs to the claim: its prefix
     * says so */
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor.", 0,
    { "Bu durum", "Şu durum" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Şu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor." },
  { "last-character-changed",
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor.", 0,
    { "benziyor.", "benziyor!" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor!" },
  { "first-word-deleted",
    /* The claim does not reach into the sentence before */
    "Dün Avrupa Birliği (AB) Komisyonu Başkanı Ursula von der Leyen", 0,
    { "Dün Avrupa", "Avrupa" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Avrupa Birliği (AB) Komisyonu Başkanı Ursula von der Leyen" },
  { "last-word-deleted",
    /* …nor into the text after */
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe benziyor", 0,
    { " benziyor.", "." },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Bu durum Avrupa Birliği ve NATO ülkelerini endişelendirmişe" },
  { "word-inserted-after-the-first-word-of-the-article",
    /* No prefix: the claim began the article, and still does; the same
     * length from "…nuyu" on would need fewer edits */
    "Rusya Devlet Başkanı Vladimir Putin haziranda", 0,
    { "Rusya Devlet", "Rusya konuyu Devlet" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Rusya konuyu Devlet Başkanı Vladimir Putin haziranda" },
  { "insertion-before-the-last-word",
    /* Three changes make "ve güvenliğine kri" of it, fewer than the six
     * insertions of the real edit, but the suffix follows only "‘en" */
    "Avrupa’nın barış ve güvenliğine ‘en", 0,
    { "güvenliğine ‘en", "güvenliğine büyük ‘en" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Avrupa’nın barış ve güvenliğine büyük ‘en" },
  { "insertion-before-the-last-word-too-long",
    "ve güvenliğine ‘en", 0,
    { "güvenliğine ‘en", "güvenliğine krize ‘en" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "multibyte-character-replaced-at-the-start",
    /* ’ (three bytes) becomes ' (one); the claim opens the article, so it
     * has no prefix */
    "Rusya Devlet Başkanı Vladimir Putin haziranda Kuzey Kore’ye resmi ziyarette", 0,
    { "Kore’ye", "Kore'ye" },
    KAYNAK_ANCHOR_APPROXIMATE,
    "Rusya Devlet Başkanı Vladimir Putin haziranda Kuzey Kore'ye resmi ziyarette" },
  { "sentence-deleted",
    "Kremlin şimdilik sessiz.", 0,
    { " Kremlin şimdilik sessiz.", "" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "sentence-deleted-text-before-edited",
    "Bunu ABD de doğrulamıştı.", 0,
    { " Bunu ABD de doğrulamıştı.", "", "Beyaz Saray’dan", "Washington’daki Beyaz Saray’dan" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "repeated-phrase-original-deleted",
    /* "hızlı çözümler" is also in the sentence before, with other words
     * around it: the claim must not move there */
    "hızlı çözümler", 1,
    { BU_KAPSAMDA, "" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "repeated-phrase-first-deleted",
    "hızlı çözümler", 0,
    { "Görev gücü gibi birimler özel bir sorun veya tehdit üzerine yoğunlaşmak, "
      "hızlı çözümler geliştirmek veya belirli bir krize müdahale etmek için "
      "oluşturuluyor.", "" },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "repeated-phrase-moved-with-its-sentence",
    /* Its sentence went to another paragraph: it follows it there, not to
     * the other "hızlı çözümler" */
    "hızlı çözümler", 1,
    { BU_KAPSAMDA, "",
      "Von der Leyen ve Rutte görüşmesiyle",
      BU_KAPSAMDA " Von der Leyen ve Rutte görüşmesiyle" },
    KAYNAK_ANCHOR_MOVED, NULL, 0 },
  { "vaguely-similar-elsewhere",
    /* Deleted; a sentence four edits away says something else elsewhere */
    "Bunu ABD de doğrulamıştı.", 0,
    { " Bunu ABD de doğrulamıştı.", "",
      "konuyu görüştü.", "konuyu görüştü. Bunu AB de doğrulamadı." },
    KAYNAK_ANCHOR_NOT_FOUND },
  { "long-quote-moved-context-rewritten",
    /* 101 code points found verbatim: enough even with new context */
    "Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de "
    "konuşlandırılmasının planlandığı", 0,
    { "Ukrayna’dan 25 Ekim’de gelen açıklamada ", "Kiev’in iddiasına göre ",
      " iddia edilmişti.", " ileri sürülmüştü." },
    KAYNAK_ANCHOR_MOVED },
  { "unchanged",
    "Kremlin şimdilik sessiz.", 0,
    { "Görev gücü nedir?", "Görev gücü nedir?" },
    KAYNAK_ANCHOR_EXACT },
};

/* Code-point offset of the @nth occurrence of @needle in @haystack */
static guint
nth_offset (const char *haystack,
            const char *needle,
            guint       nth)
{
  const char *p = haystack;

  for (;;)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (nth-- == 0)
        return g_utf8_pointer_to_offset (haystack, p);
      p++;
    }
}

static void
test_anchor_edited (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "anchor",
                                                 "article.txt", NULL);
  g_autofree char *article = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (article, -1), ==, 2017);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      const EditCase *c = &edit_cases[i];
      g_autoptr(GString) edited = g_string_new (article);
      guint quote_chars = g_utf8_strlen (c->quote, -1);
      guint old_start = nth_offset (article, c->quote, c->nth);
      guint old_end = old_start + quote_chars;
      guint before = old_start > CONTEXT_LENGTH ? old_start - CONTEXT_LENGTH : 0;
      g_autofree char *prefix = slice (article, before, old_start);
      g_autofree char *suffix = slice (article, old_end,
                                       MIN (old_end + CONTEXT_LENGTH, 2017));
      g_autofree char *found = NULL;
      g_autoptr(KaynakAnchorText) at = NULL;
      guint start = G_MAXUINT, end = G_MAXUINT;
      KaynakAnchorResult result;

      g_test_message ("case %s", c->name);

      for (guint k = 0; k < G_N_ELEMENTS (c->edits) && c->edits[k] != NULL; k += 2)
        g_assert_cmpuint (g_string_replace (edited, c->edits[k], c->edits[k + 1], 1), ==, 1);

      at = kaynak_anchor_text_new (edited->str, edited->len);
      result = kaynak_anchor_text_find (at, c->quote, prefix, suffix, old_start,
                                        &start, &end);
      if (result != c->result)
        g_error ("case %s: expected %s, got %s (%u–%u)", c->name,
                 result_name (c->result), result_name (result), start, end);

      /* The one-shot function agrees */
      {
        guint start2 = 0, end2 = 0;

        g_assert_cmpint (kaynak_anchor_find (edited->str,
                                             g_utf8_strlen (edited->str, -1),
                                             c->quote, prefix, suffix, old_start,
                                             &start2, &end2),
                         ==, result);
        if (result != KAYNAK_ANCHOR_NOT_FOUND)
          {
            g_assert_cmpuint (start2, ==, start);
            g_assert_cmpuint (end2, ==, end);
          }
      }

      /* Whether it is found does not hang on the old offsets, which are
       * only a hint (the article is small enough to be searched whole):
       * a claim orphaned on one load is not attached on the next. */
      {
        guint n_edited = g_utf8_strlen (edited->str, -1);
        guint hints[] = { 0, old_start / 2, old_start + 300, n_edited };

        for (guint h = 0; h < G_N_ELEMENTS (hints); h++)
          {
            guint start2 = 0, end2 = 0;
            KaynakAnchorResult again;

            again = kaynak_anchor_text_find (at, c->quote, prefix, suffix,
                                             hints[h], &start2, &end2);
            if ((again == KAYNAK_ANCHOR_NOT_FOUND) != (result == KAYNAK_ANCHOR_NOT_FOUND))
              g_error ("case %s: from %u %s, from %u %s", c->name, old_start,
                       result_name (result), hints[h], result_name (again));
          }
      }

      if (result == KAYNAK_ANCHOR_NOT_FOUND)
        continue;

      /* The range, in code points, is where the (edited) quote stands */
      found = slice (edited->str, start, end);
      g_assert_cmpstr (found, ==, c->found != NULL ? c->found : c->quote);
      g_assert_cmpuint (start, ==, nth_offset (edited->str, found, c->found_nth));
    }
}

/* Quotes longer than 64 code points take several words of the bit-parallel
 * search.  A span of a random text, edited a few times, with its real
 * context: found where the span is, within the allowed edits. */
static void
test_anchor_long_quotes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 40; round++)
    {
      guint n = 3000;
      g_autofree char *text = random_text (rand, n);
      g_autofree gunichar *utext = g_utf8_to_ucs4_fast (text, -1, NULL);
      guint qlen = g_rand_int_range (rand, 65, 400);
      guint at_pos = g_rand_int_range (rand, 40, n - qlen - 40);
      guint max_errors = MIN (32, qlen / 4);
      guint n_edits = g_rand_int_range (rand, 1, max_errors / 2 + 1);
      g_autofree char *quote = slice (text, at_pos, at_pos + qlen);
      g_autofree char *prefix = slice (text, at_pos - 32, at_pos);
      g_autofree char *suffix = slice (text, at_pos + qlen, at_pos + qlen + 32);
      g_autofree gunichar *uquote = NULL;
      glong qn;
      guint start = 0, end = 0, errors;
      KaynakAnchorResult result;

      for (guint e = 0; e < n_edits; e++)
        {
          char *edited = mutate_quote (rand, quote);

          g_free (quote);
          quote = edited;
        }
      uquote = g_utf8_to_ucs4_fast (quote, -1, &qn);

      result = kaynak_anchor_find (text, n, quote, prefix, suffix,
                                   at_pos + g_rand_int_range (rand, 0, 50),
                                   &start, &end);
      if (result != KAYNAK_ANCHOR_APPROXIMATE && result != KAYNAK_ANCHOR_MOVED
          && result != KAYNAK_ANCHOR_EXACT)
        g_error ("round %u: a %u-code-point quote edited %u times not found",
                 round, qlen, n_edits);

      /* Where the span is, give or take the edits at its ends */
      g_assert_cmpuint (start + 8, >=, at_pos);
      g_assert_cmpuint (start, <=, at_pos + 8);
      g_assert_cmpuint (end + 8, >=, at_pos + qlen);
      g_assert_cmpuint (end, <=, at_pos + qlen + 8);
      errors = edit_distance (uquote, qn, utext + start, end - start);
      g_assert_cmpuint (errors, <=, max_errors);
      g_assert_cmpint (errors == 0, ==, result != KAYNAK_ANCHOR_APPROXIMATE);
    }
}

/* A 5 MB article: a claim near the end moved by an edit near the start is
 * found at the right code-point offset, and a phrase repeated thousands of
 * times is resolved by its context. */
static void
test_anchor_large (void)
{
  GString *s = g_string_new ("Önsöz eklendi. ");
  g_autofree char *text = NULL;
  const char *claim = "Bakan, üç binden fazla asker gönderildiğini söyledi. ";
  guint n_chars, claim_start, start = 0, end = 0;

  while (s->len < 5 * 1024 * 1024)
    g_string_append (s, "Şırnak'ta üç binden fazla asker vardı, çoğu gitti. ");
  claim_start = g_utf8_strlen (s->str, -1) + 7;
  g_string_append (s, claim);
  g_string_append (s, "Son.");
  text = g_string_free (s, FALSE);
  n_chars = g_utf8_strlen (text, -1);

  /* "Önsöz eklendi. " (15 code points) was added before everything */
  g_assert_cmpint (kaynak_anchor_find (text, n_chars, "üç binden fazla asker",
                                       "Bakan, ", " gönderildiğini",
                                       claim_start - 15, &start, &end),
                   ==, KAYNAK_ANCHOR_MOVED);
  g_assert_cmpuint (start, ==, claim_start);
  g_assert_cmpuint (end, ==, claim_start + 21);

  g_assert_cmpint (kaynak_anchor_find (text, n_chars, "üç binden fazla asker",
                                       "Bakan, ", " gönderildiğini",
                                       claim_start, &start, &end),
                   ==, KAYNAK_ANCHOR_EXACT);

  /* Without context a short quote away from its old place is an orphan,
   * however near a copy of it stands; with no old place at all, the first
   * copy is taken */
  g_assert_cmpint (kaynak_anchor_find (text, n_chars, "üç binden fazla asker",
                                       NULL, NULL, 40, &start, &end),
                   ==, KAYNAK_ANCHOR_NOT_FOUND);
  g_assert_cmpint (kaynak_anchor_find (text, n_chars, "üç binden fazla asker",
                                       NULL, NULL, KAYNAK_ANCHOR_NO_POSITION,
                                       &start, &end),
                   ==, KAYNAK_ANCHOR_MOVED);
  g_assert_cmpuint (start, ==, 15 + 10);
}

/* The case on the real article: a claim with no stored context
 * (a hand-made or foreign file) whose sentence was deleted must not jump
 * to the other "hızlı çözümler"; nor may a short quote without context
 * follow words inserted before it, which only the claims around it can
 * vouch for (kaynak-reanchor.c).  At its old place it stays, and a long quote
 * moves by itself. */
static void
test_anchor_no_context_edited (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "anchor",
                                                 "article.txt", NULL);
  g_autofree char *article = NULL;
  g_autoptr(GError) error = NULL;
  const char *long_quote = "Ukrayna ile savaşmak üzere Rusya’ya üç binden fazla asker getirildiği";
  struct {
    const char         *name;
    const char         *quote;
    guint               nth;
    const char         *from, *to;
    KaynakAnchorResult  result;
  } cases[] = {
    { "sentence-deleted-copy-before", "hızlı çözümler", 1, BU_KAPSAMDA, "",
      KAYNAK_ANCHOR_NOT_FOUND },
    { "sentence-deleted-copy-after", "hızlı çözümler", 0,
      "Görev gücü gibi birimler özel bir sorun veya tehdit üzerine yoğunlaşmak, "
      "hızlı çözümler geliştirmek veya belirli bir krize müdahale etmek için "
      "oluşturuluyor.", "", KAYNAK_ANCHOR_NOT_FOUND },
    { "words-inserted-before-short", "hızlı çözümler", 1,
      "Beyaz Saray’dan", "Washington’daki Beyaz Saray’dan", KAYNAK_ANCHOR_NOT_FOUND },
    { "words-inserted-after", "hızlı çözümler", 0,
      BU_KAPSAMDA, " Eklenen bir cümle." BU_KAPSAMDA, KAYNAK_ANCHOR_EXACT },
    { "words-inserted-before-long", long_quote, 0,
      "Beyaz Saray’dan", "Washington’daki Beyaz Saray’dan", KAYNAK_ANCHOR_MOVED },
  };

  g_file_get_contents (path, &article, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) edited = g_string_new (article);
      guint old_start = nth_offset (article, cases[i].quote, cases[i].nth);
      guint start = 0, end = 0;
      KaynakAnchorResult result;

      g_test_message ("case %s", cases[i].name);
      g_assert_cmpuint (g_string_replace (edited, cases[i].from, cases[i].to, 1), ==, 1);
      result = kaynak_anchor_find (edited->str, g_utf8_strlen (edited->str, -1),
                                   cases[i].quote, NULL, NULL, old_start, &start, &end);
      if (result != cases[i].result)
        g_error ("case %s: expected %s, got %s (%u–%u)", cases[i].name,
                 result_name (cases[i].result), result_name (result), start, end);
      if (result == KAYNAK_ANCHOR_MOVED)
        g_assert_cmpuint (start, ==, nth_offset (edited->str, cases[i].quote, 0));
    }
}

/* Approximate search looks near the old place first, then over the whole
 * text only when that is cheap (kaynak-anchor.h): an edited quote that
 * went far away is found in an ordinary article, and in a 5 MB one only
 * near where it was. */
static void
test_anchor_window (void)
{
  const char *filler = "Şırnak'ta üç binden fazla asker vardı, çoğu gitti. ";
  const char *quote = "üç binden fazla Kuzey Koreli asker gönderildiğini";
  const char *edited = "üç binden fazla Kuzey Koreli askerin gönderildiğini";
  const char *prefix = "Bakan, ";
  const char *suffix = " söyledi. Son.";
  guint sizes[] = { 20000, 5 * 1024 * 1024 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GString *s = g_string_new (NULL);
      g_autofree char *text = NULL;
      guint claim_start, n_chars, start = 0, end = 0;
      KaynakAnchorResult result;

      while (s->len < sizes[i])
        g_string_append (s, filler);
      claim_start = g_utf8_strlen (s->str, -1) + 7;
      g_string_append_printf (s, "%s%s%s", prefix, edited, suffix);
      text = g_string_free (s, FALSE);
      n_chars = g_utf8_strlen (text, -1);

      /* Near its old place: found in both */
      g_assert_cmpint (kaynak_anchor_find (text, n_chars, quote, prefix, suffix,
                                           claim_start - 300, &start, &end),
                       ==, KAYNAK_ANCHOR_APPROXIMATE);
      g_assert_cmpuint (start, ==, claim_start);
      g_assert_cmpuint (end, ==, claim_start + g_utf8_strlen (edited, -1));

      /* Far from it: the whole text is searched only in the small one */
      result = kaynak_anchor_find (text, n_chars, quote, prefix, suffix, 10,
                                   &start, &end);
      if (i == 0)
        {
          g_assert_cmpint (result, ==, KAYNAK_ANCHOR_APPROXIMATE);
          g_assert_cmpuint (start, ==, claim_start);
        }
      else
        g_assert_cmpint (result, ==, KAYNAK_ANCHOR_NOT_FOUND);
    }
}

/* Claims loaded onto the wrong article all fail; with one prepared text
 * their whole-text searches stop once the budget is spent, and a claim far
 * from its old place is then looked for near it only. */
static void
test_anchor_total_budget (void)
{
  const char *quote = "üç binden fazla Kuzey Koreli asker gönderildiğini";
  const char *edited = "üç binden fazla Kuzey Koreli askerin gönderildiğini";
  GString *s = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(KaynakAnchorText) at = NULL;
  g_autoptr(KaynakAnchorText) fresh = NULL;
  guint claim_start, start = 0, end = 0, i;

  /* Just under the size searched whole (2^20 code points) */
  while (s->len < 1000000)
    g_string_append (s, "abcdefghij ");
  claim_start = s->len + 7;
  g_string_append_printf (s, "Bakan, %s söyledi. Son.", edited);
  text = g_string_free (s, FALSE);
  at = kaynak_anchor_text_new (text, -1);
  fresh = kaynak_anchor_text_new (text, -1);

  /* Found by a whole-text search while the budget lasts */
  g_assert_cmpint (kaynak_anchor_text_find (fresh, quote, "Bakan, ", " söyledi. Son.",
                                            10, &start, &end),
                   ==, KAYNAK_ANCHOR_APPROXIMATE);
  g_assert_cmpuint (start, ==, claim_start);

  /* 2^26 / 1 000 000: the 68th whole-text search is over budget */
  for (i = 0; i < 68; i++)
    g_assert_cmpint (kaynak_anchor_text_find (at, "hiç olmayan bir cümle", "Bakan, ",
                                              " söyledi", 10, &start, &end),
                     ==, KAYNAK_ANCHOR_NOT_FOUND);
  g_assert_cmpint (kaynak_anchor_text_find (at, quote, "Bakan, ", " söyledi. Son.",
                                            10, &start, &end),
                   ==, KAYNAK_ANCHOR_NOT_FOUND);

  /* Near its old place it is still found */
  g_assert_cmpint (kaynak_anchor_text_find (at, quote, "Bakan, ", " söyledi. Son.",
                                            claim_start - 100, &start, &end),
                   ==, KAYNAK_ANCHOR_APPROXIMATE);
  g_assert_cmpuint (start, ==, claim_start);
}

/* The search widens outwards in bytes, but nearness is in code points:
 * three-byte characters on one side and ASCII on the other must not make it
 * settle for the farther of two occurrences with the same context. */
static void
test_anchor_mixed_widths (void)
{
  GString *s = g_string_new ("<<KAYNAK>>");
  g_autofree char *text = NULL;
  guint old_start, start = 0, end = 0;

  for (guint i = 0; i < 1400; i++)
    g_string_append (s, "€");
  old_start = g_utf8_strlen (s->str, -1);
  for (guint i = 0; i < 4000; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, "<<KAYNAK>> son");
  text = g_string_free (s, FALSE);

  /* 1408 code points back (4200 bytes) against 4000 forward (4000 bytes) */
  g_assert_cmpint (kaynak_anchor_find (text, g_utf8_strlen (text, -1),
                                       "KAYNAK", "<<", ">>", old_start,
                                       &start, &end),
                   ==, KAYNAK_ANCHOR_MOVED);
  g_assert_cmpuint (start, ==, 2);
}

/* Texts that are not valid UTF-8 (a caller's bug, or a truncated buffer)
 * must not make the search read outside them.  Run under AddressSanitizer
 * this fails on any stray read. */
static void
test_anchor_invalid_text (void)
{
  static const char * const texts[] = {
    "\x80\x80" "ab", "\xbf" "ab\xe0", "ab", "\xe0\x80" "ab\xf0", "\x80", "ab\xc3",
  };
  static const char * const contexts[] = { NULL, "", "€", "xyz€", "\xc4\x9f" "ab" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint j = 0; j < G_N_ELEMENTS (contexts); j++)
      {
        g_autofree char *text = g_strdup (texts[i]);  /* exact-size buffer */
        guint start = 0, end = 0;
        KaynakAnchorResult result;

        gboolean no_context = contexts[j] == NULL || contexts[j][0] == '\0';

        /* (without context, from no old place: the quote alone counts) */
        result = kaynak_anchor_find (text, G_MAXUINT, "ab", contexts[j], contexts[j],
                                     no_context ? KAYNAK_ANCHOR_NO_POSITION : 3,
                                     &start, &end);
        /* Context that is not there may orphan it; none never does */
        if (strstr (text, "ab") == NULL)
          g_assert_cmpint (result, ==, KAYNAK_ANCHOR_NOT_FOUND);
        else if (no_context)
          g_assert_cmpint (result, !=, KAYNAK_ANCHOR_NOT_FOUND);
      }

  /* Random bytes, quotes cut from them: ASCII, stray continuation bytes
   * and lead bytes, so that some quotes are valid and the text is not */
  for (guint round = 0; round < 500; round++)
    {
      gsize n = g_rand_int_range (rand, 1, 64);
      g_autofree char *text = g_malloc (n + 1);
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      gsize a, b;
      guint start = 0, end = 0;

      for (gsize k = 0; k < n; k++)
        text[k] = "ab\x80\x9f\xc4\xe2"[g_rand_int_range (rand, 0, 6)];
      text[n] = '\0';
      a = g_rand_int_range (rand, 0, n);
      b = g_rand_int_range (rand, a, n + 1);
      quote = g_strndup (text + a, b - a);
      prefix = g_strndup (text, a);

      kaynak_anchor_find (text, G_MAXUINT, quote, prefix, text + b,
                          g_rand_int_range (rand, 0, n + 2), &start, &end);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/anchor/known-cases", test_anchor_table);
  g_test_add_func ("/kaynak/anchor/stops-at-the-text-length", test_anchor_text_length);
  g_test_add_func ("/kaynak/anchor/follows-an-edited-article", test_anchor_edited);
  g_test_add_func ("/kaynak/anchor/without-context-never-jumps", test_anchor_no_context_edited);
  g_test_add_func ("/kaynak/anchor/random-texts-agree-with-the-reference", test_anchor_random);
  g_test_add_func ("/kaynak/anchor/long-quotes", test_anchor_long_quotes);
  g_test_add_func ("/kaynak/anchor/nearness-in-code-points", test_anchor_mixed_widths);
  g_test_add_func ("/kaynak/anchor/invalid-utf8-read-safely", test_anchor_invalid_text);
  g_test_add_func ("/kaynak/anchor/five-megabyte-article", test_anchor_large);
  g_test_add_func ("/kaynak/anchor/near-first-then-everywhere", test_anchor_window);
  g_test_add_func ("/kaynak/anchor/budget-bounds-a-wrong-article", test_anchor_total_budget);

  return g_test_run ();
}
