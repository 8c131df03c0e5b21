/* kaynak-suggest-sources.c: who a suggestion comes from: a known name
 * (the document's sources, the library's, the rules' list), "he" for the
 * last one, capitalised words, an English subject, the words of an unnamed
 * source; else the source of the clause or sentence before.  Names met
 * before are kaynak-suggest-mentions.c's, persons after a title or a
 * possessive kaynak-suggest-persons.c's.
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
gboolean
_kaynak_suggest_sentence_initial (Run   *run,
                                  guint  offset)
{
  while (offset > 0 && (run->text[offset - 1] == ' ' || run->text[offset - 1] == '\t'))
    offset--;
  /* "… devam edecek.” Olayda …": a quotation closing its sentence */
  if (offset > 1 && (run->text[offset - 1] == 0x201D || run->text[offset - 1] == 0x2019 ||
                     run->text[offset - 1] == 0x00BB || run->text[offset - 1] == '"' ||
                     run->text[offset - 1] == '\''))
    offset--;
  return offset == 0 || run->text[offset - 1] == '\n' || run->text[offset - 1] == '.' ||
         run->text[offset - 1] == '!' || run->text[offset - 1] == '?' || run->text[offset - 1] == 0x2026;
}

gboolean
_kaynak_suggest_common_noun (Run   *run,
                             guint  token)
{
  const KaynakSuggestToken *t = &run->tokens[token];
  g_autofree char *stripped = NULL;
  gsize ending;

  if (run->rules->report_content != KAYNAK_CONTENT_BEFORE || !t->upper || !t->word ||
      t->apostrophe || !_kaynak_suggest_sentence_initial (run, t->start))
    return FALSE;
  stripped = kaynak_suggest_strip_suffix (run->rules, t->fold);
  if (stripped == NULL || g_utf8_strlen (stripped, -1) < 4)
    return FALSE;
  ending = strlen (t->fold) - strlen (stripped);
  /* a genitive ends many a name ("Putin", "Berlin"); one vowel ends many
   * more, but not after a softened ğ ("Valiliğe") */
  if (_kaynak_suggest_is_genitive (t->fold) && ending <= 3)
    return FALSE;
  return ending >= 2 || g_str_has_suffix (stripped, "ğ");
}

/* "İçişleri Bakanlığından", "Türk Tabipleri Birliğine": the head of an
 * institution's name of several words (a compound noun, its -(s)I) with a
 * case ending after the pronominal n, written without the apostrophe as
 * many writers do; a person's name does not end in -(s)I + n… */
static gboolean
institution_case (Run        *run,
                  guint       first,
                  guint       last,
                  const char *fold,
                  const char *stripped)
{
  const char *suffix = fold + strlen (stripped);

  return run->rules->report_content == KAYNAK_CONTENT_BEFORE && last > first &&
         run->tokens[first].upper && suffix[0] == 'n' && suffix[1] != '\0' &&
         g_utf8_strlen (stripped, -1) >= 4 &&
         (g_str_has_suffix (stripped, "ı") || g_str_has_suffix (stripped, "i") ||
          g_str_has_suffix (stripped, "u") || g_str_has_suffix (stripped, "ü"));
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
          (g_unichar_islower (run->text[t->start]) ||
           /* "Uzmanlara göre": a dative, not the -I of "Kurumu" */
           (run->dative && (g_str_has_suffix (t->fold, "a") || g_str_has_suffix (t->fold, "e"))) ||
           (first == last && _kaynak_suggest_common_noun (run, last)) ||
           (_kaynak_suggest_sentence_initial (run, t->start) && strlen (t->fold) - strlen (stripped) >= 3 &&
            g_utf8_strlen (stripped, -1) >= 4) ||
           institution_case (run, first, last, t->fold, stripped)))
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

/* Whether a Turkish name carries the adjective suffix -lI after its
 * apostrophe ("ABD’li", "Rusyalı" is not written so): an adjective, not
 * the one who speaks */
static gboolean
is_adjective (Run                      *run,
              const KaynakSuggestToken *t)
{
  const char *rest;

  if (!t->apostrophe || run->rules->report_content != KAYNAK_CONTENT_BEFORE)
    return FALSE;
  rest = t->fold + strlen (t->stem);
  rest = g_utf8_next_char (rest);  /* the apostrophe */
  /* and -ki after the locative, "Gazze’deki Sağlık Bakanlığı": the
   * ministry in Gaza */
  return g_str_has_prefix (rest, "li") || g_str_has_prefix (rest, "lı") ||
         g_str_has_prefix (rest, "lu") || g_str_has_prefix (rest, "lü") ||
         ((g_str_has_prefix (rest, "d") || g_str_has_prefix (rest, "t") || g_str_has_prefix (rest, "nd")) &&
          g_str_has_suffix (rest, "ki"));
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

  /* "a spokesperson for the Treasury Department": the one spoken for */
  for (guint i = first; i < last; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_SPEAKS_FOR, i, last);

      if (n > 0 && i + n < last)
        {
          first = i + n;
          break;
        }
    }
  if (_kaynak_suggest_anaphor_source (run, s, first, last) ||
      _kaynak_suggest_titled_source (run, s, first, last, closest_last))
    return TRUE;

  /* "Bakan, …", "Vali ise …": a title alone opening the words, no name
   * after it, is the person met after it */
  if (run->rules->report_content == KAYNAK_CONTENT_BEFORE)
    {
      guint i = first;

      while (i < last && !run->tokens[i].word)
        i++;
      if (i < last && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, i, i + 1) == 1 &&
          !(i + 1 < last && run->tokens[i + 1].upper && run->tokens[i + 1].word))
        {
          const LastSource *m = _kaynak_suggest_person_by_title (run, i);

          if (m != NULL)
            {
              _kaynak_suggest_set_source (run, s, m->label, m->id, m->kind,
                                          run->tokens[i].start, run->tokens[i].end);
              return TRUE;
            }
        }
    }

  for (guint i = first; i < last; i++)
    {
      KaynakSuggestName here = { 0 };
      const Quote *q = _kaynak_suggest_quote_opened_by (run, i);

      if (q != NULL)
        {
          guint close = _kaynak_suggest_token_at (run, i, q->close);

          if (close < last)
            i = close;
          continue;
        }
      if (kaynak_suggest_names_match (run->names, run->tokens, i, last, &here))
        {
          /* "ABD’li bir yetkili" (an American official), "a White House
           * official": the place or body says whose the unnamed source is */
          if (is_adjective (run, &run->tokens[here.last]) ||
              _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ANONYMOUS, here.last + 1, last) > 0)
            {
              i = here.last;
              kaynak_suggest_name_clear (&here);
              continue;
            }
          kaynak_suggest_name_clear (&name);
          name = here;
          found = TRUE;
          if (!closest_last)
            break;
          i = here.last;
        }
    }
  /* "Hamas’ın siyasi büro üyesi Basim Naim": the person a body's
   * genitive describes, not the body */
  if (found && _kaynak_suggest_possessed_person (run, s, name.last, last))
    {
      kaynak_suggest_name_clear (&name);
      return TRUE;
    }
  /* "İsrail ordusu, …", "Rusya hükümeti ise …": a built-in place with a
   * possessed noun after it is that body, the whole subject (a title
   * after it, "Kremlin sözcüsü", speaks for the place) */
  if (found && name.id == NULL && !run->tokens[name.last].apostrophe &&
      _kaynak_suggest_possessed_noun (run, name.last + 1, last))
    {
      guint from = name.first;
      g_autofree char *label = _kaynak_suggest_label_for_tokens (run, from, name.last + 1, FALSE, NULL);

      _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED,
                                  run->tokens[from].start, run->tokens[name.last + 1].end);
      kaynak_suggest_name_clear (&name);
      return TRUE;
    }
  /* "Ukraine's air force said": a country's possessive starts the
   * subject, it is not the source */
  if (found && subject && name.id == NULL && run->tokens[name.last].apostrophe &&
      run->rules->report_content == KAYNAK_CONTENT_AROUND &&
      name.last + 1 < last && run->tokens[name.last + 1].word)
    {
      kaynak_suggest_name_clear (&name);
      found = FALSE;
    }
  /* "Rusya Savunma Bakanlığı", "Türkiye İstatistik Kurumu", "Russia's
   * Defence Ministry": a built-in place name opening a longer name */
  if (found && name.id == NULL && name.last + 1 < last &&
      (!run->tokens[name.last].apostrophe || run->rules->report_content == KAYNAK_CONTENT_AROUND))
    {
      guint j = _kaynak_suggest_capital_run_end (run, name.last + 1, last, TRUE);

      if (j > name.last + 1)
        {
          guint from = name.first;

          kaynak_suggest_name_clear (&name);
          _kaynak_suggest_set_name_source (run, s, from, j);
          return TRUE;
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

          /* "bir Merkez Bankası yetkilisi", "ABD’li bir yetkili", "a
           * White House official": the capitalised words that say whose
           * go with it, over an article ("bir", "a") */
          while (from > first && from + 4 > i && run->tokens[from - 1].word)
            {
              if (run->tokens[from - 1].upper && !_kaynak_suggest_sentence_initial (run, run->tokens[from - 1].start))
                from--;
              else if (from == i && from >= first + 2 && !run->tokens[from - 1].upper &&
                       _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, from - 1, from) &&
                       run->tokens[from - 2].upper && run->tokens[from - 2].word)
                from -= 2;
              else
                break;
            }
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
      /* "Sahada çalışan bir itfaiye eri", "Duruşmada dinlenen tanık":
       * the noun after a participle (-(y)An) is the subject */
      if (run->rules->report_content == KAYNAK_CONTENT_BEFORE)
        for (guint k = last; k-- > from + 1;)
          if (k + 1 < last && run->tokens[k].word && !run->tokens[k].upper &&
              g_utf8_strlen (run->tokens[k].fold, -1) >= 5 &&
              (g_str_has_suffix (run->tokens[k].fold, "an") || g_str_has_suffix (run->tokens[k].fold, "en")))
            {
              from = k + 1;
              while (from < last && (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, from, from + 1) ||
                                     !run->tokens[from].word))
                from++;
              break;
            }
      /* "Qatar's Foreign Ministry, which has mediated …,": the subject
       * ends before its aside */
      for (guint k = from + 1; k < last; k++)
        if (_kaynak_suggest_is_char (run, k, ','))
          {
            last = k;
            break;
          }
      while (last > from && !run->tokens[last - 1].word)
        last--;
      /* "Janet Yellen has (said)": not "has" */
      while (last > from + 1 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, last - 1, last))
        last--;
      /* "The payroll processor ADP": the name after the words that
       * describe it */
      if (run->rules->report_content == KAYNAK_CONTENT_AROUND && last > from + 1 &&
          run->tokens[last - 1].upper)
        {
          guint k = last;

          while (k > from && run->tokens[k - 1].upper && run->tokens[k - 1].word)
            k--;
          if (k > from && run->tokens[k - 1].word && !run->tokens[k - 1].upper &&
              !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NAME_PARTICLE, k - 1, k) &&
              !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, k - 1, k))
            from = k;
        }
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

  /* capitalised words: a person or an institution not known yet; in
   * Turkish a capital word alone opening the sentence before a lower-case
   * one ("Kapalı oturumun …", "Savunmasını yapan Berk Aslan") is most
   * often a common noun, taken only when no other name follows */
  {
    guint weak_from = 0, weak_to = 0;

    for (guint i = first; i < last; i++)
      {
        guint j;

        const Quote *q = _kaynak_suggest_quote_opened_by (run, i);

        /* the words of a quotation are not who says them ("“Tarafları
         * …” diyen Fidan") */
        if (q != NULL)
          {
            guint close = _kaynak_suggest_token_at (run, i, q->close);

            if (close < last)
              i = close;
            continue;
          }
        if (!run->tokens[i].upper || !run->tokens[i].word ||
            _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, i, i + 1))
          continue;
        j = _kaynak_suggest_capital_run_end (run, i, last, FALSE);
        /* "Gazze’deki Sağlık Bakanlığı", "ABD’li bir yetkili": the place
         * says which one, the name after it is the source */
        if (j == i + 1 && is_adjective (run, &run->tokens[i]) && j < last &&
            run->tokens[j].upper && run->tokens[j].word)
          continue;
        /* "Okulların …": a common noun in the genitive opening the
         * sentence, not a name (a name's suffix has an apostrophe) */
        if (j == i + 1 && run->rules->report_content == KAYNAK_CONTENT_BEFORE &&
            !run->tokens[i].apostrophe && _kaynak_suggest_is_genitive (run->tokens[i].fold))
          continue;
        if (_kaynak_suggest_possessed_person (run, s, j - 1, last))
          return TRUE;
        /* "Muhalefet partileri ise", "Rus tarafı ise" */
        if (!run->tokens[j - 1].apostrophe && _kaynak_suggest_possessed_noun (run, j, last))
          {
            g_autofree char *label = _kaynak_suggest_label_for_tokens (run, i, j, FALSE, NULL);

            _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED,
                                        run->tokens[i].start, run->tokens[j].end);
            return TRUE;
          }
        {
          guint k = _kaynak_suggest_coordinated_end (run, i, j, last);

          if (k > 0)
            {
              _kaynak_suggest_joint_source (run, s, i, j, j + 1, k, first, last, NULL, NULL);
              return TRUE;
            }
        }
        if (j == i + 1 && run->rules->report_content == KAYNAK_CONTENT_BEFORE &&
            !run->tokens[i].apostrophe && _kaynak_suggest_sentence_initial (run, run->tokens[i].start) &&
            run->tokens[j].word && !run->tokens[j].upper &&
            !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, j, j + 1))
          {
            if (weak_to == 0)
              {
                weak_from = i;
                weak_to = j;
              }
            continue;
          }
        _kaynak_suggest_set_name_source (run, s, i, j);
        return TRUE;
      }
    if (weak_to > 0)
      {
        const char *fold = run->tokens[weak_from].fold;

        /* "Duruşmada dinlenen tanık ise": a case ending without an
         * apostrophe is no one's name; but the ablative says where words
         * come from ("Valilikten … açıklama gelmedi") */
        if (!_kaynak_suggest_common_noun (run, weak_from) ||
            g_str_has_suffix (fold, "dan") || g_str_has_suffix (fold, "den") ||
            g_str_has_suffix (fold, "tan") || g_str_has_suffix (fold, "ten"))
          {
            _kaynak_suggest_set_name_source (run, s, weak_from, weak_to);
            return TRUE;
          }
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
