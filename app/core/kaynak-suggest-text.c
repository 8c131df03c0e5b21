/* kaynak-suggest-text.c: the suggestion engine's view of the text:
 * phrases of the rules matched at a word, spans trimmed, words counted,
 * and the quotations of the article.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

void
_kaynak_suggest_last_source_clear (LastSource *last)
{
  g_clear_pointer (&last->label, g_free);
  g_clear_pointer (&last->id, g_free);
  g_clear_pointer (&last->org, g_free);
  g_clear_pointer (&last->title, g_free);
}

void
_kaynak_suggest_last_source_set (LastSource       *last,
                                 KaynakSuggestion *s)
{
  _kaynak_suggest_last_source_clear (last);
  last->label = g_strdup (s->source_label);
  last->id = g_strdup (s->source_id);
  last->kind = s->source_kind;
}

guint
_kaynak_suggest_match_phrase (Run            *run,
                              KaynakRuleKind  kind,
                              guint           i,
                              guint           limit)
{
  GPtrArray *lists[2] = {
    g_hash_table_lookup (run->self->by_first[kind], run->tokens[i].fold),
    run->self->wild[kind],
  };
  guint best = 0;

  for (guint l = 0; l < 2; l++)
    for (guint k = 0; lists[l] != NULL && k < lists[l]->len; k++)
      {
        KaynakRulePhrase *phrase = g_ptr_array_index (lists[l], k);
        gboolean ok = i + phrase->n_words <= limit && phrase->n_words > best;

        for (guint j = 0; ok && j < phrase->n_words; j++)
          ok = kaynak_suggest_word_matches (phrase->words[j], run->tokens[i + j].fold);
        if (ok)
          best = phrase->n_words;
      }
  return best;
}

gboolean
_kaynak_suggest_is_char (Run      *run,
                         guint     token,
                         gunichar  c)
{
  KaynakSuggestToken *t = &run->tokens[token];
  return t->end == t->start + 1 && run->text[t->start] == c;
}

const Quote *
_kaynak_suggest_quote_closed_by (Run   *run,
                                 guint  token)
{
  gpointer index = g_hash_table_lookup (run->quote_by_close,
                                        GUINT_TO_POINTER (run->tokens[token].start + 1));
  return index != NULL ? &g_array_index (run->quotes, Quote, GPOINTER_TO_UINT (index) - 1) : NULL;
}

const Quote *
_kaynak_suggest_quote_opened_by (Run   *run,
                                                 guint  token)
{
  gpointer index = g_hash_table_lookup (run->quote_by_open,
                                        GUINT_TO_POINTER (run->tokens[token].start + 1));
  return index != NULL ? &g_array_index (run->quotes, Quote, GPOINTER_TO_UINT (index) - 1) : NULL;
}

gboolean
_kaynak_suggest_is_trailing (gunichar c)
{
  return g_unichar_isspace (c) || c == '.' || c == ',' || c == ';' || c == ':' ||
         c == '!' || c == '?' || c == 0x2026 || c == 0x2014 || c == 0x2013;
}

static gboolean
is_opening_mark (Run *run, gunichar c)
{
  for (guint i = 0; i < run->rules->quotes->len; i++)
    if (g_array_index (run->rules->quotes, KaynakRuleQuote, i).open == c)
      return TRUE;
  return FALSE;
}

/* [start, end) without white space and end punctuation around it, and
 * without the quotation marks when they enclose all of it.  FALSE when
 * nothing is left. */
gboolean
_kaynak_suggest_trim_content (Run   *run,
                              guint *start,
                              guint *end)
{
  guint s = *start, e = *end;

  while (s < e && (g_unichar_isspace (run->text[s]) || run->text[s] == ',' ||
                   run->text[s] == ':' || run->text[s] == 0x2014 || run->text[s] == '-'))
    s++;
  while (e > s && _kaynak_suggest_is_trailing (run->text[e - 1]))
    e--;
  if (e > s + 1 && is_opening_mark (run, run->text[s]))
    {
      const Quote *q = g_hash_table_lookup (run->quote_by_close, GUINT_TO_POINTER (e))
                       ? &g_array_index (run->quotes, Quote,
                                         GPOINTER_TO_UINT (g_hash_table_lookup (run->quote_by_close,
                                                                                GUINT_TO_POINTER (e))) - 1)
                       : NULL;
      if (q != NULL && q->open == s)
        {
          s++;
          e--;
          while (e > s && _kaynak_suggest_is_trailing (run->text[e - 1]))
            e--;
        }
    }
  if (e <= s)
    return FALSE;
  *start = s;
  *end = e;
  return TRUE;
}

/* Word tokens among [first, last) */
guint
_kaynak_suggest_count_word_tokens (Run   *run,
                                   guint  first,
                                   guint  last)
{
  guint n = 0;

  for (guint i = first; i < last; i++)
    n += run->tokens[i].word;
  return n;
}

/* The first token from @from on that ends after code point @offset (a
 * binary search: quotations ask from far back) */
guint
_kaynak_suggest_token_at (Run   *run,
                          guint  from,
                          guint  offset)
{
  guint lo = from, hi = run->n_tokens;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->tokens[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

KaynakSuggestion *
_kaynak_suggest_suggestion_new (guint       start,
                                guint       end,
                                guint       cue_start,
                                guint       cue_end,
                                const char *rule)
{
  KaynakSuggestion *s = g_new0 (KaynakSuggestion, 1);

  s->start = start;
  s->end = end;
  s->cue_start = cue_start;
  s->cue_end = cue_end;
  s->source_start = s->source_end = start;
  s->source_kind = KAYNAK_SOURCE_KIND_UNATTRIBUTED;
  s->rule = g_strdup (rule);
  return s;
}

void
_kaynak_suggest_add_candidate (GArray           *candidates,
                               KaynakSuggestion *s,
                               int               priority)
{
  Candidate c = { s, priority };
  g_array_append_val (candidates, c);
}


/* --- Quotations ------------------------------------------------------------ */

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

/* Every quotation in the text, by where it opens.  A mark that is also an
 * apostrophe (’ ') between two letters is an apostrophe ("Kore’ye"); a
 * mark used for both ends opens after a space and closes before one. */
void
_kaynak_suggest_find_quotes (Run *run)
{
  GArray *marks = run->rules->quotes;
  g_autofree int *open_at = g_new (int, marks->len);

  for (guint m = 0; m < marks->len; m++)
    open_at[m] = -1;

  for (guint i = 0; i < run->length; i++)
    {
      gunichar c = run->text[i];
      gunichar before = i > 0 ? run->text[i - 1] : ' ';
      gunichar after = i + 1 < run->length ? run->text[i + 1] : ' ';

      if (is_line_break (c))
        {
          for (guint m = 0; m < marks->len; m++)
            open_at[m] = -1;
          continue;
        }
      if (g_unichar_isalnum (before) && g_unichar_isalpha (after))
        continue;  /* an apostrophe */

      for (guint m = 0; m < marks->len; m++)
        {
          KaynakRuleQuote *mark = &g_array_index (marks, KaynakRuleQuote, m);
          gboolean can_open = c == mark->open && !g_unichar_isspace (after) &&
                              (mark->open != mark->close || !g_unichar_isalnum (before));
          gboolean can_close = c == mark->close && open_at[m] >= 0 && !g_unichar_isspace (before) &&
                               (mark->open != mark->close || !g_unichar_isalnum (after));

          if (open_at[m] >= 0 && i - open_at[m] > MAX_QUOTE)
            open_at[m] = -1;
          if (can_close && open_at[m] >= 0)
            {
              Quote q = { open_at[m], i };

              g_array_append_val (run->quotes, q);
              open_at[m] = -1;
              break;
            }
          if (can_open && open_at[m] < 0)
            {
              open_at[m] = i;
              break;
            }
        }
    }

  /* by where they open, and each found by where it closes */
  for (guint i = 1; i < run->quotes->len; i++)
    {
      Quote q = g_array_index (run->quotes, Quote, i);
      guint j = i;

      /* nearly sorted already (only nested styles are out of order) */
      while (j > 0 && g_array_index (run->quotes, Quote, j - 1).open > q.open)
        {
          g_array_index (run->quotes, Quote, j) = g_array_index (run->quotes, Quote, j - 1);
          j--;
        }
      g_array_index (run->quotes, Quote, j) = q;
    }
  for (guint i = 0; i < run->quotes->len; i++)
    {
      g_hash_table_insert (run->quote_by_close,
                           GUINT_TO_POINTER (g_array_index (run->quotes, Quote, i).close + 1),
                           GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (run->quote_by_open,
                           GUINT_TO_POINTER (g_array_index (run->quotes, Quote, i).open + 1),
                           GUINT_TO_POINTER (i + 1));
    }
}
