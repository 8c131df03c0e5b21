/* kaynak-suggest-cues.c: the rules at work in one sentence: silence,
 * reporting verbs and the clause, quotation or sentence they govern (the
 * Turkish verb after its content, the English one before or after it),
 * "göre" / "according to", quotations on their own, hedges and the
 * evidential.  Every scan from a cue is bounded by MAX_SCAN or
 * MAX_SUBJECT tokens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* --- Rules ---------------------------------------------------------------- */


/* Turkish: the verb closes what it governs.  "… asker getirildiği
 * açıklanmıştı": back from the cue to the -DIğI word, then back to where
 * the clause starts (an opener such as "açıklamada", a comma after a
 * subject, the end of the last cue, or the sentence). */
static void
report_before (Run    *run,
               guint   ts,
               guint   te,
               guint  *region,
               guint   i,
               guint   n,
               GArray *candidates)
{
  guint cue_start = run->tokens[i].start, cue_end = run->tokens[i + n - 1].end;
  guint j = i, start_tok, content_start, content_end;
  const Quote *q;
  KaynakSuggestion *s;
  const char *rule;
  guint source_first, source_last;
  guint subject_end = 0;  /* a subject found before the clause ends here */
  guint relayed = 0;      /* "… servisine göre CLAUSE söyledi": the "göre" token, else 0 */

  /* "Bakan şunları söyledi: “…”": the quotation after the verb */
  if (i + n + 1 < te && (_kaynak_suggest_is_char (run, i + n, ':') || _kaynak_suggest_is_char (run, i + n, ',')) &&
      (q = _kaynak_suggest_quote_opened_by (run, i + n + 1)) != NULL)
    {
      content_start = q->open + 1;
      content_end = q->close;
      if (!_kaynak_suggest_trim_content (run, &content_start, &content_end))
        return;
      s = _kaynak_suggest_suggestion_new (content_start, content_end, cue_start, cue_end, "report-quote");
      if (!_kaynak_suggest_find_source (run, s, *region, i, FALSE, FALSE))
        _kaynak_suggest_inherit_source (run, s);
      if (s->source_label != NULL)
        _kaynak_suggest_last_source_set (&run->sentence_last, s);
      _kaynak_suggest_add_candidate (candidates, s, PRIORITY_REPORT);
      *region = _kaynak_suggest_token_at (run, i + n, q->close + 1);
      return;
    }

  if (j == *region)
    return;
  j--;
  /* "… düşeceğini de söyledi" */
  if (j > *region && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, j, j + 1) &&
      _kaynak_suggest_match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j))
    j--;

  if ((q = _kaynak_suggest_quote_closed_by (run, j)) != NULL && j > *region &&
      _kaynak_suggest_match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j))
    q = NULL;  /* “… vurguladığı” belirtildi: the quote ends the clause */
  if (q != NULL)
    {
      content_start = q->open + 1;
      content_end = q->close;
      start_tok = _kaynak_suggest_token_at (run, ts, q->open);
      rule = "report-quote";
    }
  else if (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_CLAUSE_END, j, j + 1) ||
           (_kaynak_suggest_quote_closed_by (run, j) != NULL && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j)))
    {
      guint floor = j > *region + MAX_SCAN ? j - MAX_SCAN : *region;

      start_tok = *region;
      for (guint k = j; k-- > floor;)
        {
          guint m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_OPENER, k, j);

          if (m > 0)
            {
              start_tok = k + m;
              if (k > *region && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ACCORDING, k, k + m) == m)
                relayed = k;
              /* "Duruşmada dinlenen tanık ise …": "ise" closes a subject */
              if (m == 1 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, k, k + 1))
                subject_end = k;
              break;
            }
        }
      if (start_tok == *region)
        {
          /* "Fidan, Türkiye'nin … olduğunu söyledi": a short subject and
           * a comma */
          for (guint k = *region; k < j && k < *region + 2 * MAX_SUBJECT; k++)
            if (_kaynak_suggest_is_char (run, k, ','))
              {
                guint before = k > *region ? k - 1 : k;
                gboolean named = FALSE;

                /* "Güney Kore Ulusal İstihbarat Servisi (NIS),": the name
                 * before its abbreviation */
                if (before > *region + 1 && before < k && _kaynak_suggest_is_char (run, before, ')'))
                  before--;
                /* only a name, or words ending in an unnamed source, are
                 * longer than a subject: "Beyaz Saray Ulusal Güvenlik
                 * Sözcüsü John Kirby,", "Kimliğinin açıklanmaması koşuluyla
                 * konuşan bir AB yetkilisi," */
                if (k >= *region + MAX_SUBJECT &&
                    !(run->tokens[before].upper && run->tokens[before].word) &&
                    !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_ANONYMOUS, before, before + 1))
                  break;
                for (guint m = *region; m < k; m++)
                  named |= run->tokens[m].upper;
                if (named)
                  {
                    start_tok = k + 1;
                    subject_end = k;
                  }
                break;
              }
        }
      if (start_tok == *region)
        {
          KaynakSuggestName name = { 0 };

          /* a subject named without a comma, not in the genitive (the
           * genitive is the clause's own subject: "Rusya'nın …-dığı") */
          if (kaynak_suggest_names_match (run->names, run->tokens, start_tok, j, &name) &&
              !run->tokens[name.last].apostrophe && name.last + 2 < j)
            start_tok = name.last + 1;
          else if (!name.known)
            {
              guint k = start_tok;

              while (k < j && run->tokens[k].upper && run->tokens[k].word &&
                     !run->tokens[k].apostrophe &&
                     !(k == start_tok && (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, k, k + 1) ||
                                          /* "Almanya Başbakanı" is a name, however like a
                                           * dative "Almanya" looks */
                                          (_kaynak_suggest_common_noun (run, k) &&
                                           !(k + 1 < j && run->tokens[k + 1].upper && run->tokens[k + 1].word)))))
                {
                  k++;
                  /* "Olaf Scholz ile Fransa Cumhurbaşkanı Emmanuel Macron":
                   * a subject of two names */
                  if (k + 1 < j && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, k, k + 1) &&
                      run->tokens[k + 1].upper && run->tokens[k + 1].word && !run->tokens[k + 1].apostrophe)
                    k++;
                }
              /* a clause of four words at least after a one-word subject
               * (a capitalised first word is often no subject: "Ortak görev
               * gücünün …"), of three after a name of two words or more */
              if (k > start_tok && (k + 2 < j || (k >= start_tok + 2 && k + 1 < j)) &&
                  !_kaynak_suggest_is_genitive (run->tokens[k - 1].fold))
                start_tok = subject_end = k;
            }
          kaynak_suggest_name_clear (&name);
        }
      content_start = run->tokens[start_tok].start;
      content_end = run->tokens[j].end;
      rule = "report-clause";
    }
  else if (_kaynak_suggest_is_char (run, j, ',') && _kaynak_suggest_count_word_tokens (run, *region, j) >= 3)
    {
      start_tok = *region;
      content_start = run->tokens[start_tok].start;
      content_end = run->tokens[j].start;
      rule = "report-comma";
    }
  else if (i + n + 1 == te && _kaynak_suggest_is_trailing (run->text[run->tokens[te - 1].start]) &&
           _kaynak_suggest_count_word_tokens (run, *region, i) >= 2)
    {
      /* "Bakanlık bu iddiaları yalanladı.", "Bunu ABD de doğrulamıştı.":
       * the verb governs no clause, the sentence is what was said (a
       * headline, without its full stop, is not) */
      start_tok = *region;
      subject_end = i;
      content_start = run->tokens[start_tok].start;
      content_end = cue_end;
      rule = "report-sentence";
    }
  else
    return;

  if (!_kaynak_suggest_trim_content (run, &content_start, &content_end))
    return;

  s = _kaynak_suggest_suggestion_new (content_start, content_end, cue_start, cue_end, rule);
  source_first = *region;
  source_last = start_tok < j ? start_tok : j;
  if (source_last < ts)
    source_last = ts;
  if (source_first > source_last)
    source_first = source_last;
  /* after the cue only when it ends the sentence ("… dedi Fidan."): what
   * follows a participle ("belirtilen açıklamada …") is the next clause */
  if (subject_end > *region)
    {
      source_first = *region;
      source_last = subject_end;
    }
  /* "Lee, istihbarat servisine göre CLAUSE söyledi": the one the speaker
   * relays is whom the words are credited to */
  if (relayed > 0)
    {
      guint from = relayed;
      gboolean found;

      while (from > *region && from + 4 > relayed && run->tokens[from - 1].word)
        from--;
      run->dative = TRUE;
      found = from < relayed && _kaynak_suggest_find_source (run, s, from, relayed, FALSE, FALSE);
      run->dative = FALSE;
      if (found)
        goto found;
    }
  if (!_kaynak_suggest_find_source (run, s, source_first, source_last, FALSE, FALSE) &&
      !(te <= i + n + 3 && _kaynak_suggest_find_source (run, s, i + n, te, FALSE, FALSE)) &&
      /* "… olduğunu belirten Bakan Fidan, …": the participle's noun */
      !(i + n < te && run->tokens[i + n].upper &&
        _kaynak_suggest_find_source (run, s, i + n, MIN (te, i + n + MAX_SUBJECT), FALSE, FALSE)) &&
      !(subject_end > *region && g_strcmp0 (rule, "report-sentence") != 0 &&
        _kaynak_suggest_find_source (run, s, source_first, source_last, FALSE, TRUE)))
    _kaynak_suggest_inherit_source (run, s);
found:
  if (s->source_label != NULL)
    _kaynak_suggest_last_source_set (&run->sentence_last, s);
  _kaynak_suggest_add_candidate (candidates, s, PRIORITY_REPORT);
  *region = i + n;
}

/* The first comma in [from, to), or @to */
static guint
first_comma (Run   *run,
             guint  from,
             guint  to)
{
  for (guint k = from; k < to && k < from + MAX_SUBJECT + 1; k++)
    if (_kaynak_suggest_is_char (run, k, ','))
      return k;
  return to;
}

/* Whether "that" follows within a few words of @from ("said on Monday
 * that") */
static gboolean
has_that (Run   *run,
          guint  from,
          guint  te)
{
  for (guint k = from; k < te && k < from + 8; k++)
    if (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_THAT, k, te))
      return TRUE;
  return FALSE;
}

/* "An election official who spoke on condition of anonymity because of
 * threats said": the subject is before the relative word, which may be
 * further back than a subject is long.  Fills [@first, @last) with it. */
static gboolean
relative_subject (Run   *run,
                  guint  region,
                  guint  verb,
                  guint *first,
                  guint *last)
{
  guint floor = verb > region + 3 * MAX_SUBJECT ? verb - 3 * MAX_SUBJECT : region;

  for (guint k = verb; k-- > floor + 1;)
    {
      guint from;

      if (_kaynak_suggest_is_char (run, k, '.') || _kaynak_suggest_is_char (run, k, ';'))
        return FALSE;
      if (!_kaynak_suggest_match_phrase (run, KAYNAK_RULE_RELATIVE, k, k + 1))
        continue;
      *last = k;
      /* "Amazon, which …": over the comma */
      if (*last > region && _kaynak_suggest_is_char (run, *last - 1, ','))
        (*last)--;
      from = *last;
      while (from > region && from + MAX_SUBJECT > *last && run->tokens[from - 1].word)
        from--;
      *first = from;
      return from < *last;
    }
  return FALSE;
}

/* English: "X said (that) CONTENT", "CONTENT, X said", "“CONTENT,” said X" */
static void
report_around (Run    *run,
               guint   ts,
               guint   te,
               guint  *region,
               guint   i,
               guint   n,
               GArray *candidates)
{
  guint cue_start = run->tokens[i].start, cue_end = run->tokens[i + n - 1].end;
  guint subject = i, content_start, content_end;
  KaynakSuggestion *s;
  const Quote *q = NULL;
  gboolean before = FALSE;

  while (subject > *region && subject + MAX_SUBJECT > i && run->tokens[subject - 1].word)
    subject--;
  /* "Kari Lake, the candidate who lost, has claimed": "has" alone is no
   * subject; the subject is before the aside */
  {
    guint k = subject;

    while (k < i && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, k, k + 1))
      k++;
    if (k == i)
      subject = i;
  }
  /* "The claims could not be verified": a noun after its article */
  if (subject + 1 == i && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, subject, i) &&
      !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_PRONOUN, subject, i))
    return;

  /* "…, X said (on Monday)." has little after the verb; "In a statement,
   * the bank said inflation …" has its content there */
  if (subject > *region && subject > ts &&
      (_kaynak_suggest_quote_closed_by (run, subject - 1) != NULL ||
       _kaynak_suggest_count_word_tokens (run, i + n, MIN (te, i + n + MAX_SUBJECT)) < 4 ||
       (i + n < te && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ADJUNCT, i + n, i + n + 1) &&
        !has_that (run, i + n, te))))
    {
      guint p = subject - 1;

      if ((q = _kaynak_suggest_quote_closed_by (run, p)) != NULL ||
          (_kaynak_suggest_is_char (run, p, ',') && p > *region && (q = _kaynak_suggest_quote_closed_by (run, p - 1)) != NULL))
        {
          content_start = q->open + 1;
          content_end = q->close;
          before = TRUE;
        }
      else if (_kaynak_suggest_is_char (run, p, ',') || _kaynak_suggest_is_char (run, p, 0x2014))
        {
          content_start = run->tokens[*region].start;
          content_end = run->tokens[p].start;
          before = TRUE;
        }
    }

  if (before)
    {
      if (!_kaynak_suggest_trim_content (run, &content_start, &content_end))
        return;
      s = _kaynak_suggest_suggestion_new (content_start, content_end, cue_start, cue_end,
                                          q != NULL ? "report-quote" : "report-before");
      if (subject < i)
        {
          if (!_kaynak_suggest_find_source (run, s, subject, i, TRUE, TRUE))
            _kaynak_suggest_inherit_source (run, s);
        }
      else
        {
          /* "…,” said John Kirby, a spokesman" */
          guint last = i + n;

          while (last < te && last < i + n + MAX_SUBJECT && !_kaynak_suggest_is_char (run, last, ','))
            last++;
          if (!_kaynak_suggest_find_source (run, s, i + n, last, FALSE, FALSE))
            _kaynak_suggest_inherit_source (run, s);
        }
    }
  else
    {
      guint p = i + n, limit = te > i + MAX_SCAN ? i + MAX_SCAN : te;

      for (guint k = p; k < limit && k < i + n + 8; k++)
        {
          guint m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_THAT, k, limit);

          if (m > 0)
            {
              p = k + m;
              break;
            }
          /* "told Reuters: …", "said, …" */
          if (_kaynak_suggest_is_char (run, k, ',') || _kaynak_suggest_is_char (run, k, ':'))
            {
              if (k < i + n + 4)
                p = k + 1;
              break;
            }
          if (!run->tokens[k].word)
            break;
        }
      /* "…, according to X" names a source, it is not content */
      for (guint k = p + 1; k < limit; k++)
        if (_kaynak_suggest_is_char (run, k - 1, ',') && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ACCORDING, k, limit))
          {
            limit = k - 1;
            break;
          }
      /* "denied the claims" governs no content of its own */
      if (p >= limit || _kaynak_suggest_count_word_tokens (run, p, limit) < 3)
        return;
      content_start = run->tokens[p].start;
      content_end = run->tokens[limit - 1].end;
      if (!_kaynak_suggest_trim_content (run, &content_start, &content_end))
        return;
      s = _kaynak_suggest_suggestion_new (content_start, content_end, cue_start, cue_end, "report-after");
      /* "Powell, who has led the bank since 2018, said …": the subject is
       * before the aside */
      guint rel_first, rel_last;

      if (!(subject < i && relative_subject (run, *region, i, &rel_first, &rel_last) &&
            _kaynak_suggest_find_source (run, s, rel_first, rel_last, FALSE, TRUE)) &&
          !(subject < i && _kaynak_suggest_find_source (run, s, subject, i, TRUE, TRUE)) &&
          /* "His lawyer, Daniel Okafor, said": the name in apposition */
          !(subject == i && _kaynak_suggest_find_appositive (run, s, *region, i)) &&
          /* "UNRWA, the U.N. agency for Palestinian refugees, warned":
           * the words before the aside first */
          !(subject == i && _kaynak_suggest_find_source (run, s, *region, first_comma (run, *region, i), FALSE, FALSE)) &&
          !(subject == i && _kaynak_suggest_find_source (run, s, *region, first_comma (run, *region, i), FALSE, TRUE)) &&
          !(subject == i && _kaynak_suggest_find_source (run, s, *region, i, FALSE, FALSE)))
        _kaynak_suggest_inherit_source (run, s);
      *region = limit;
    }

  if (s->source_label != NULL)
    _kaynak_suggest_last_source_set (&run->sentence_last, s);
  _kaynak_suggest_add_candidate (candidates, s, PRIORITY_REPORT);
  if (before)
    *region = i + n;
}

/* "Reuters'a göre, …" / "according to Reuters, …" / "…, according to X" */
static void
according (Run    *run,
           guint   ts,
           guint   te,
           guint   i,
           guint   n,
           GArray *candidates)
{
  guint source_first, source_last, content_start, content_end;
  KaynakSuggestion *s;

  if (run->rules->source_after_according)
    {
      source_first = i + n;
      source_last = source_first;
      while (source_last < te && source_last < source_first + 8 && !_kaynak_suggest_is_char (run, source_last, ','))
        source_last++;
      /* "according to a statement from the ministry": the ministry */
      for (guint k = source_first + 1; k + 1 < source_last; k++)
        if (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_ADJUNCT, k, k + 1))
          source_first = k + 1;
      if (i == ts || (i == ts + 1 && !run->tokens[ts].word))
        {
          content_start = source_last < te ? run->tokens[source_last].end : run->tokens[te - 1].end;
          content_end = run->tokens[te - 1].end;
        }
      else
        {
          content_start = run->tokens[ts].start;
          content_end = run->tokens[i].start;
        }
    }
  else
    {
      /* "iddiaya göre" is a hedge, not a source */
      if (i > ts && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_HEDGE, i - 1, i + n) == 1 + n)
        return;
      source_last = i;
      source_first = i;
      while (source_first > ts && source_first + 4 > i && run->tokens[source_first - 1].word)
        source_first--;
      /* "Türkiye İstatistik Kurumu (TÜİK) verilerine göre": over the
       * abbreviation in parentheses, to the name before it */
      if (source_first > ts + 3 && _kaynak_suggest_is_char (run, source_first - 1, ')') &&
          _kaynak_suggest_is_char (run, source_first - 3, '(') && run->tokens[source_first - 2].upper)
        {
          guint k = source_first - 3;

          while (k > ts && k + 4 > source_first - 3 && run->tokens[k - 1].word && run->tokens[k - 1].upper)
            k--;
          if (k < source_first - 3)
            source_first = k;
        }
      if (source_first == source_last)
        return;
      if (_kaynak_suggest_count_word_tokens (run, i + n, MIN (te, i + n + MAX_SUBJECT)) >= 3)
        {
          content_start = run->tokens[i + n - 1].end;
          content_end = run->tokens[te - 1].end;
        }
      else
        {
          content_start = run->tokens[ts].start;
          content_end = run->tokens[source_first].start;
        }
    }

  if (!_kaynak_suggest_trim_content (run, &content_start, &content_end))
    return;
  s = _kaynak_suggest_suggestion_new (content_start, content_end, run->tokens[i].start,
                                      run->tokens[i + n - 1].end, "according");
  run->dative = !run->rules->source_after_according;
  if (!_kaynak_suggest_find_source (run, s, source_first, source_last, FALSE, FALSE) &&
      !(run->rules->source_after_according && _kaynak_suggest_find_source (run, s, source_first, source_last, FALSE, TRUE)))
    {
      /* the words themselves: "diplomatik kaynaklar" */
      if (source_last > source_first)
        {
          guint end;
          g_autofree char *label = _kaynak_suggest_label_for_tokens (run, source_first, source_last - 1, TRUE, &end);

          _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED,
                                      run->tokens[source_first].start, end);
        }
    }
  run->dative = FALSE;
  if (s->source_label != NULL)
    _kaynak_suggest_last_source_set (&run->sentence_last, s);
  _kaynak_suggest_add_candidate (candidates, s, PRIORITY_ACCORDING);
}

/* The whole sentence, for silence, hedges and the evidential */
static KaynakSuggestion *
sentence_suggestion (Run        *run,
                     guint       si,
                     guint       cue_first,
                     guint       cue_n,
                     const char *rule)
{
  KaynakSpan span = g_array_index (run->sentences, KaynakSpan, si);
  guint start = span.start, end = span.end;

  /* a silence ends its clause: "X declined to comment, but Y said …" */
  if (g_str_equal (rule, "silence"))
    {
      guint te = g_array_index (run->sentence_tokens, guint, si + 1);

      for (guint k = cue_first + cue_n; k < te && k < cue_first + cue_n + MAX_SCAN; k++)
        if (_kaynak_suggest_is_char (run, k, ',') || _kaynak_suggest_is_char (run, k, ';'))
          {
            end = run->tokens[k].start;
            break;
          }
    }

  if (!_kaynak_suggest_trim_content (run, &start, &end))
    return NULL;
  return _kaynak_suggest_suggestion_new (start, end, run->tokens[cue_first].start,
                                         run->tokens[cue_first + cue_n - 1].end, rule);
}

void
_kaynak_suggest_sentence_rules (Run    *run,
                                guint   si,
                                GArray *candidates)
{
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);
  guint region = ts;
  gboolean any = FALSE;

  _kaynak_suggest_last_source_clear (&run->sentence_last);
  if (te == ts)
    return;

  for (guint i = ts; i < te; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_SILENCE, i, te);

      if (n > 0)
        {
          KaynakSuggestion *s = sentence_suggestion (run, si, i, n, "silence");

          if (s == NULL)
            break;
          gboolean english = run->rules->report_content == KAYNAK_CONTENT_AROUND;

          /* English names the silent one as the subject before the cue */
          if (english ? _kaynak_suggest_find_source (run, s, ts, i, FALSE, TRUE) || _kaynak_suggest_find_source (run, s, ts, te, FALSE, FALSE)
                      : _kaynak_suggest_find_source (run, s, ts, te, FALSE, FALSE))
            {
              /* a known source keeps its kind; a new one is a silence */
              if (s->source_id == NULL)
                s->source_kind = KAYNAK_SOURCE_KIND_NO_COMMENT;
            }
          else
            s->source_kind = KAYNAK_SOURCE_KIND_NO_COMMENT;
          _kaynak_suggest_add_candidate (candidates, s, PRIORITY_SILENCE);
          any = TRUE;
          break;
        }
    }

  for (guint i = ts; i < te; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_REPORT, i, te);
      guint before = candidates->len;

      if (n == 0)
        {
          n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_HEARSAY, i, te);
          if (n == 0)
            continue;
          run->hearsay = TRUE;
        }
      if (run->rules->report_content == KAYNAK_CONTENT_BEFORE)
        report_before (run, ts, te, &region, i, n, candidates);
      else
        report_around (run, ts, te, &region, i, n, candidates);
      any |= candidates->len > before;
      run->hearsay = FALSE;
      i += n - 1;
      if (region > i + 1)
        i = region - 1;
    }

  for (guint i = ts; i < te; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ACCORDING, i, te);
      guint before = candidates->len;

      if (n == 0)
        continue;
      according (run, ts, te, i, n, candidates);
      any |= candidates->len > before;
      i += n - 1;
    }

  if (!any)
    for (guint i = ts; i < te; i++)
      {
        guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_HEDGE, i, te);

        if (n > 0)
          {
            KaynakSuggestion *s = sentence_suggestion (run, si, i, n, "hedge");

            if (s != NULL)
              {
                /* a hedge says no one stands behind the words */
                _kaynak_suggest_add_candidate (candidates, s, PRIORITY_HEDGE);
                any = TRUE;
              }
            break;
          }
      }

  if (!any)
    {
      guint last = te;

      while (last > ts && !run->tokens[last - 1].word)
        last--;
      if (last > ts + 2 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_EVIDENTIAL, last - 1, last))
        {
          KaynakSuggestion *s = sentence_suggestion (run, si, last - 1, 1, "evidential");

          if (s != NULL)
            {
              _kaynak_suggest_add_candidate (candidates, s, PRIORITY_EVIDENTIAL);
            }
        }
    }
}

/* Quotations standing on their own, in the sentence where they close */
void
_kaynak_suggest_quote_rules (Run    *run,
                             guint   si,
                             guint  *next_quote,
                             GArray *candidates)
{
  KaynakSpan span = g_array_index (run->sentences, KaynakSpan, si);
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);

  for (; *next_quote < run->quotes->len; (*next_quote)++)
    {
      const Quote *q = &g_array_index (run->quotes, Quote, *next_quote);
      guint start = q->open + 1, end = q->close;
      guint first, last;
      KaynakSuggestion *s;

      /* in the sentence where it closes, where its verb is: "“Strong. We
       * are ready,” Powell said." */
      if (q->close >= span.end && si + 1 < run->sentences->len)
        break;
      if (!_kaynak_suggest_trim_content (run, &start, &end))
        continue;
      first = _kaynak_suggest_token_at (run, 0, start);
      last = _kaynak_suggest_token_at (run, first, end);
      if (_kaynak_suggest_count_word_tokens (run, first, last) < run->rules->quote_min_words)
        continue;
      s = _kaynak_suggest_suggestion_new (start, end, start, start, "quote");
      s->cue_start = s->cue_end = q->open;
      if (!_kaynak_suggest_find_source (run, s, ts, _kaynak_suggest_token_at (run, ts, q->open), FALSE, FALSE) &&
          !_kaynak_suggest_find_source (run, s, _kaynak_suggest_token_at (run, ts, q->close + 1), te, FALSE, FALSE))
        _kaynak_suggest_inherit_source (run, s);
      _kaynak_suggest_add_candidate (candidates, s, PRIORITY_QUOTE);
    }
}
