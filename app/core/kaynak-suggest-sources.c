/* kaynak-suggest-sources.c: who a suggestion comes from: a known name
 * (the document's sources, the library's, the rules' list), "he" for the
 * last one, capitalised words, an English subject, the words of an unnamed
 * source; else the source of the clause or sentence before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* Whether code point @offset starts a sentence (or a line) */
static gboolean
sentence_initial (Run   *run,
                  guint  offset)
{
  while (offset > 0 && (run->text[offset - 1] == ' ' || run->text[offset - 1] == '\t'))
    offset--;
  return offset == 0 || run->text[offset - 1] == '\n' || run->text[offset - 1] == '.' ||
         run->text[offset - 1] == '!' || run->text[offset - 1] == '?' || run->text[offset - 1] == 0x2026;
}

/* The text of tokens [first, last] as a label: the last one cut at its
 * apostrophe or without a suffix of the rules */
char *
_kaynak_suggest_label_for_tokens (Run      *run,
                                  guint     first,
                                  guint     last,
                                  gboolean  strip,
                                  guint    *out_end)
{
  KaynakSuggestToken *t = &run->tokens[last];
  guint end = t->end;

  if (t->apostrophe)
    end = t->start + g_utf8_strlen (t->stem, -1);
  else if (strip)
    {
      g_autofree char *stripped = kaynak_suggest_strip_suffix (run->rules, t->fold);

      /* a capital word is a name, whose suffix takes an apostrophe; the
       * word before "göre" always has one ("Uzmanlara göre"), and so has a
       * common noun capitalised as a sentence's first word ("Bakanlıktan
       * …") when the ending is a long one */
      if (stripped != NULL &&
          (g_unichar_islower (run->text[t->start]) || run->dative ||
           (sentence_initial (run, t->start) && strlen (t->fold) - strlen (stripped) >= 3 &&
            g_utf8_strlen (stripped, -1) >= 4)))
        end = t->start + g_utf8_strlen (stripped, -1);
    }
  if (end > t->end)
    end = t->end;
  if (out_end != NULL)
    *out_end = end;
  {
    char *label = g_ucs4_to_utf8 (run->text + run->tokens[first].start, end - run->tokens[first].start,
                                  NULL, NULL, NULL);

    /* "Bakanlığ-a" is Bakanlık: k softens before a vowel */
    if (label != NULL && end < t->end && g_str_has_suffix (label, "ğ"))
      strcpy (label + strlen (label) - strlen ("ğ"), "k");
    return label;
  }
}

void
_kaynak_suggest_set_source (Run              *run,
                            KaynakSuggestion *s,
                            const char       *label,
                            const char       *id,
                            KaynakSourceKind  kind,
                            guint             start,
                            guint             end)
{
  g_free (s->source_label);
  g_free (s->source_id);
  s->source_label = g_strdup (label);
  s->source_id = g_strdup (id);
  s->source_kind = kind;
  s->source_start = start;
  s->source_end = end;
}

/* Who is named among tokens [first, last): a known name (the first one),
 * else a pronoun for the last source, else a run of capitalised words,
 * else words of an unnamed source.  TRUE if @s got a source. */
gboolean
_kaynak_suggest_find_source (Run              *run,
                             KaynakSuggestion *s,
                             guint             first,
                             guint             last,
                             gboolean          closest_last,
                             gboolean          subject)
{
  KaynakSuggestName name = { 0 };
  gboolean found = FALSE;

  if (last > first + MAX_SCAN)
    first = last - MAX_SCAN;

  for (guint i = first; i < last; i++)
    {
      KaynakSuggestName here = { 0 };

      if (kaynak_suggest_names_match (run->names, run->tokens, i, last, &here))
        {
          kaynak_suggest_name_clear (&name);
          name = here;
          found = TRUE;
          if (!closest_last)
            break;
          i = here.last;
        }
    }
  if (found)
    {
      KaynakSuggestToken *t = &run->tokens[name.last];
      guint end = t->apostrophe ? t->start + g_utf8_strlen (t->stem, -1) : t->end;

      _kaynak_suggest_set_source (run, s, name.label, name.id, name.kind, run->tokens[name.first].start, end);
      kaynak_suggest_name_clear (&name);
      return TRUE;
    }

  for (guint i = first; i < last; i++)
    if (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_PRONOUN, i, i + 1) && run->last.label != NULL)
      {
        _kaynak_suggest_set_source (run, s, run->last.label, run->last.id, run->last.kind,
                                    run->tokens[i].start, run->tokens[i].end);
        return TRUE;
      }

  for (guint i = first; i < last; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ANONYMOUS, i, last);

      if (n > 0)
        {
          /* the unnamed source with the word before it: "diplomatik
           * kaynaklar", "senior officials" */
          guint from = i > first && run->tokens[i - 1].word &&
                       !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, i - 1, i) ? i - 1 : i;
          guint end;
          g_autofree char *label = _kaynak_suggest_label_for_tokens (run, from, i + n - 1,
                                                                     run->rules->report_content == KAYNAK_CONTENT_BEFORE,
                                                                     &end);

          _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_ANONYMOUS,
                                      run->tokens[from].start, end);
          return TRUE;
        }
    }
  if (subject)
    {
      /* an English subject is the source as it stands: "the regional
       * governor", "Prime Minister John Carter", "Local media" */
      guint from = first;

      while (from < last && (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, from, from + 1) ||
                             !run->tokens[from].word))
        from++;
      while (last > from && !run->tokens[last - 1].word)
        last--;
      /* "Janet Yellen has (said)": not "has" */
      while (last > from + 1 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, last - 1, last))
        last--;
      if (from < last && last - from <= MAX_SUBJECT)
        {
          guint end;
          g_autofree char *label = _kaynak_suggest_label_for_tokens (run, from, last - 1, FALSE, &end);
          KaynakSuggestName known = { 0 };

          /* "Powell said" after the document's "Jerome Powell" */
          if (run->tokens[last - 1].upper &&
              kaynak_suggest_names_match_last_word (run->names, run->tokens[last - 1].stem, &known))
            {
              _kaynak_suggest_set_source (run, s, known.label, known.id, known.kind,
                                          run->tokens[from].start, end);
              kaynak_suggest_name_clear (&known);
              return TRUE;
            }

          _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED, run->tokens[from].start, end);
          return TRUE;
        }
      return FALSE;
    }

  /* capitalised words: a person or an institution not known yet */
  for (guint i = first; i < last; i++)
    {
      guint j = i;

      while (j < last && run->tokens[j].upper && run->tokens[j].word &&
             !(j == i && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, j, j + 1)))
        {
          j++;
          if (run->tokens[j - 1].apostrophe)
            break;
          /* "Ursula von der Leyen": small words between capitals */
          {
            guint k = j;

            while (k < last && k < j + 3 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NAME_PARTICLE, k, k + 1))
              k++;
            if (k > j && k < last && run->tokens[k].upper && run->tokens[k].word)
              j = k;
          }
        }
      /* "Okulların …": a common noun in the genitive opening the
       * sentence, not a name (a name's suffix has an apostrophe) */
      if (j == i + 1 && run->rules->report_content == KAYNAK_CONTENT_BEFORE &&
          !run->tokens[i].apostrophe && _kaynak_suggest_is_genitive (run->tokens[i].fold))
        continue;
      if (j > i)
        {
          guint end;
          g_autofree char *label = _kaynak_suggest_label_for_tokens (run, i, j - 1, TRUE, &end);
          KaynakSuggestName known = { 0 };

          /* "Fidan" after the document's "Hakan Fidan" */
          if (kaynak_suggest_names_match_last_word (run->names, run->tokens[j - 1].stem, &known))
            {
              _kaynak_suggest_set_source (run, s, known.label, known.id, known.kind,
                                          run->tokens[i].start, end);
              kaynak_suggest_name_clear (&known);
              return TRUE;
            }

          _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED, run->tokens[i].start, end);
          return TRUE;
        }
    }

  return FALSE;
}

/* The source when the sentence names none: this sentence's last, else the
 * last one before */
void
_kaynak_suggest_inherit_source (Run              *run,
                                KaynakSuggestion *s)
{
  LastSource *from = run->sentence_last.label != NULL ? &run->sentence_last : &run->last;

  if (from->label != NULL && !run->hearsay)
    _kaynak_suggest_set_source (run, s, from->label, from->id, from->kind, s->source_start, s->source_start);
}

/* Whether a folded Turkish word ends in the genitive (-(n)In) */
gboolean
_kaynak_suggest_is_genitive (const char *fold)
{
  return g_str_has_suffix (fold, "in") || g_str_has_suffix (fold, "un") ||
         g_str_has_suffix (fold, "ün");
}
