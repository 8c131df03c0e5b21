/* kaynak-suggest-mentions.c: the names met so far in the article, and
 * going back to them: "aynı yetkili", "the ministry", a surname alone, a
 * title standing alone as the subject ("Bakan, …").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* --- Names met before ------------------------------------------------------ */

/* How far back "aynı yetkili" / "the ministry" and "he" look among the
 * names met: a bound, so each look-up costs the same on any article */
#define MAX_MENTIONS_BACK 48

void
_kaynak_suggest_mention_add (Run              *run,
                             const char       *label,
                             const char       *id,
                             KaynakSourceKind  kind)
{
  LastSource m;

  if (label == NULL || *label == '\0')
    return;
  m.label = g_strdup (label);
  m.id = g_strdup (id);
  m.kind = kind;
  m.org = NULL;
  m.title = NULL;
  g_array_append_val (run->mentions, m);
}

/* A person met after a title, with the known body named before the title
 * ("AB Komisyonu Başkanı Ursula von der Leyen": "AB"), for a joint
 * statement of two such persons later */
static void
mention_add_person (Run        *run,
                    const char *label,
                    const char *org,
                    const char *title)
{
  _kaynak_suggest_mention_add (run, label, NULL, KAYNAK_SOURCE_KIND_NAMED);
  if (run->mentions->len > 0 && label != NULL && *label != '\0')
    {
      LastSource *m = &g_array_index (run->mentions, LastSource, run->mentions->len - 1);

      m->org = g_strdup (org);
      m->title = g_strdup (title);
    }
}

/* The latest person met (a name of several words) whose last word is
 * the folded @stem ("leyen" → "Ursula von der Leyen"), or NULL */
const LastSource *
_kaynak_suggest_person_by_last_word (Run        *run,
                                     const char *stem)
{
  guint n = run->mentions->len;

  for (guint k = n; k-- > 0 && k + MAX_MENTIONS_BACK >= n;)
    {
      const LastSource *m = &g_array_index (run->mentions, LastSource, k);
      g_autofree char *fold = NULL;
      const char *space;

      if (m->kind != KAYNAK_SOURCE_KIND_NAMED || strchr (m->label, ' ') == NULL)
        continue;
      fold = kaynak_text_fold (m->label);
      space = strrchr (fold, ' ');
      if (g_str_equal (space + 1, stem))
        return m;
    }
  return NULL;
}

/* Whether token @i is preceded by a title ("Başkanı Ursula", "Genel
 * Sekreteri Mark") */
static gboolean
after_title (Run   *run,
             guint  i)
{
  for (guint n = 1; n <= 3 && n <= i; n++)
    if (_kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, i - n, i) == n)
      return TRUE;
  return FALSE;
}

/* Whether the capitalised words [from, to) are a person: after a title,
 * or a person met before by the last word ("Von der Leyen"), or a source
 * of the document or the library by it ("Rutte") */
gboolean
_kaynak_suggest_person_run (Run   *run,
                            guint  from,
                            guint  to)
{
  KaynakSuggestName known = { 0 };
  gboolean found;

  if (to <= from)
    return FALSE;
  if (after_title (run, from) || _kaynak_suggest_person_by_last_word (run, run->tokens[to - 1].stem) != NULL)
    return TRUE;
  found = kaynak_suggest_names_match_last_word (run->names, run->tokens[to - 1].stem, &known);
  kaynak_suggest_name_clear (&known);
  return found;
}

/* Whether two folded words are one word with different endings: one is
 * the start of the other ("kurul" of "kurulu", "yetkili" of "yetkilisi",
 * "ministry"), or they differ only by a final k softened to ğ before a
 * vowel ("bakanlık" / "bakanlığı") */
static gboolean
same_stem (const char *a,
           const char *b)
{
  gsize la = strlen (a), lb = strlen (b), l = 0;

  while (a[l] != '\0' && a[l] == b[l])
    l++;
  if (l < 4 && !(l == la && l == lb))
    return FALSE;
  if (l == MIN (la, lb))
    return TRUE;
  return (l + 1 == la && a[l] == 'k' && g_str_has_prefix (b + l, "ğ")) ||
         (l + 1 == lb && b[l] == 'k' && g_str_has_prefix (a + l, "ğ"));
}

/* "Bakan, …", "Vali … ekledi": a title standing alone as the subject
 * means the latest person met after that title ("Enerji Bakanı Alparslan
 * Bayraktar"), or NULL */
const LastSource *
_kaynak_suggest_person_by_title (Run   *run,
                                 guint  token)
{
  guint n = run->mentions->len;

  for (guint k = n; k-- > 0 && k + MAX_MENTIONS_BACK >= n;)
    {
      const LastSource *m = &g_array_index (run->mentions, LastSource, k);

      if (m->title != NULL && same_stem (run->tokens[token].stem, m->title))
        return m;
    }
  return NULL;
}

/* The latest name met one of whose words is the noun of token @token
 * ("yetkiliye" → "bir liman yetkilisi", "ministry" → "Russia's Defence
 * Ministry"), or NULL */
static const LastSource *
mention_for_noun (Run   *run,
                  guint  token)
{
  const KaynakSuggestToken *t = &run->tokens[token];
  g_autofree char *stripped = kaynak_suggest_strip_suffix (run->rules, t->stem);
  guint n = run->mentions->len;

  for (guint k = n; k-- > 0 && k + MAX_MENTIONS_BACK >= n;)
    {
      const LastSource *m = &g_array_index (run->mentions, LastSource, k);
      g_autofree char *fold = kaynak_text_fold (m->label);
      g_auto(GStrv) words = g_strsplit (fold, " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (same_stem (t->stem, words[w]) || (stripped != NULL && same_stem (stripped, words[w])))
          return m;
    }
  return NULL;
}

/* The latest name of several words met, every one of tokens [first,
 * last) being one of its words ("istihbarat servisine" → "Ulusal İstihbarat
 * Servisi"), or NULL */
static const LastSource *
mention_for_words (Run   *run,
                   guint  first,
                   guint  last)
{
  guint n = run->mentions->len;

  for (guint k = n; k-- > 0 && k + MAX_MENTIONS_BACK >= n;)
    {
      const LastSource *m = &g_array_index (run->mentions, LastSource, k);
      g_autofree char *fold = kaynak_text_fold (m->label);
      g_auto(GStrv) words = g_strsplit (fold, " ", -1);
      gboolean all = g_strv_length (words) > last - first;

      for (guint t = first; t < last && all; t++)
        {
          g_autofree char *stripped = kaynak_suggest_strip_suffix (run->rules, run->tokens[t].stem);
          gboolean one = FALSE;

          for (guint w = 0; words[w] != NULL && !one; w++)
            one = same_stem (run->tokens[t].stem, words[w]) ||
                  (stripped != NULL && same_stem (stripped, words[w]));
          all = one;
        }
      if (all)
        return m;
    }
  return NULL;
}

/* "Aynı yetkiliye göre", "The official said", "According to the same
 * person": a noun after an anaphor word ending the words that name the
 * source; and in Turkish a common noun opening the sentence with a case
 * ending ("Valiliğe göre", "Partiden yapılan açıklamada"): the latest name
 * met that has the noun in it.  TRUE if @s got a source. */
gboolean
_kaynak_suggest_anaphor_source (Run              *run,
                                KaynakSuggestion *s,
                                guint             first,
                                guint             last)
{
  gboolean turkish = run->rules->report_content == KAYNAK_CONTENT_BEFORE;

  /* "istihbarat servisine göre" after "Ulusal İstihbarat Servisi": lower-case
   * words that are all words of one name met before */
  if (turkish && last > first && last - first <= 3)
    {
      gboolean lower = TRUE;

      for (guint k = first; k < last && lower; k++)
        lower = run->tokens[k].word && !run->tokens[k].upper;
      if (lower && (last - first >= 2 || g_utf8_strlen (run->tokens[first].fold, -1) >= 6))
        {
          const LastSource *m = mention_for_words (run, first, last);

          if (m != NULL)
            {
              _kaynak_suggest_set_source (run, s, m->label, m->id, m->kind,
                                          run->tokens[first].start, run->tokens[last - 1].end);
              return TRUE;
            }
        }
    }

  for (guint i = first; i < last; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_ANAPHOR, i, last);
      guint noun = i + n;
      gboolean ends = TRUE;
      const LastSource *m;

      if (n == 0)
        {
          g_autofree char *stripped = NULL;

          /* a capital word with a case ending and no apostrophe opening
           * the sentence is a common noun, not a name */
          if (!turkish || !run->tokens[i].upper || run->tokens[i].apostrophe ||
              !_kaynak_suggest_sentence_initial (run, run->tokens[i].start) || run->tokens[i + 1].upper ||
              !run->tokens[i + 1].word)
            continue;
          stripped = kaynak_suggest_strip_suffix (run->rules, run->tokens[i].fold);
          /* "Hazine ve Maliye Bakanlığı": the first word of a longer name */
          if (stripped == NULL || _kaynak_suggest_capital_run_end (run, i, last, FALSE) > i + 1)
            continue;
          m = mention_for_noun (run, i);
          if (m == NULL)
            continue;
          _kaynak_suggest_set_source (run, s, m->label, m->id, m->kind,
                                      run->tokens[i].start, run->tokens[i].end);
          return TRUE;
        }
      if (noun >= last || !run->tokens[noun].word || (!turkish && run->tokens[noun].upper))
        continue;
      for (guint k = noun + 1; k < last && ends; k++)
        ends = !run->tokens[k].word || _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, k, k + 1) ||
               _kaynak_suggest_match_phrase (run, KAYNAK_RULE_OPENER, k, k + 1);
      if (!ends || (m = mention_for_noun (run, noun)) == NULL)
        continue;
      _kaynak_suggest_set_source (run, s, m->label, m->id, m->kind,
                                  run->tokens[i].start, run->tokens[noun].end);
      return TRUE;
    }
  return FALSE;
}

/* The end (exclusive) of a run of capitalised words starting at @i
 * (small words of a name between them), before @last; @i when none */
guint
_kaynak_suggest_capital_run_end (Run   *run,
                                 guint  i,
                                 guint  last,
                                 gboolean stop_at_title)
{
  gboolean english = run->rules->report_content == KAYNAK_CONTENT_AROUND;
  guint j = i;

  while (j < last && run->tokens[j].upper && run->tokens[j].word &&
         !(stop_at_title && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, j, j + 1)))
    {
      j++;
      /* a Turkish suffix ends a name; an English possessive goes on
       * ("Qatar's Foreign Ministry") */
      if (run->tokens[j - 1].apostrophe && !(english && j < last && run->tokens[j].upper))
        break;
      {
        guint k = j;

        gboolean coordinated = FALSE;

        while (k < last && k < j + 3 && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NAME_PARTICLE, k, k + 1))
          {
            coordinated |= _kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, k, k + 1) > 0;
            k++;
          }
        /* "Hazine ve Maliye Bakanlığı" is one name, "Ursula von der
         * Leyen ve Mark Rutte" two persons */
        if (coordinated && _kaynak_suggest_person_run (run, i, j))
          break;
        if (k > j && k < last && run->tokens[k].upper && run->tokens[k].word)
          j = k;
      }
    }
  return j;
}

void
_kaynak_suggest_mentions_of_sentence (Run   *run,
                                      guint  si)
{
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);
  /* the known body of the words so far ("AB", "NATO"), for the title
   * and the person after it */
  g_autofree char *org = NULL;

  for (guint i = ts; i < te && i < ts + MAX_SCAN; i++)
    {
      KaynakSuggestName name = { 0 };
      guint j;

      if (kaynak_suggest_names_match (run->names, run->tokens, i, te, &name))
        {
          _kaynak_suggest_mention_add (run, name.label, name.id, name.kind);
          i = name.last;
          g_free (org);
          org = g_steal_pointer (&name.label);
          kaynak_suggest_name_clear (&name);
          continue;
        }
      /* a lower-case word or a comma ends the name the body is in */
      if ((run->tokens[i].word && !run->tokens[i].upper) || _kaynak_suggest_is_char (run, i, ','))
        g_clear_pointer (&org, g_free);
      if (!run->tokens[i].upper || !run->tokens[i].word ||
          _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, i, i + 1))
        continue;
      /* a title is not part of the name: "Finance Minister Laura Green"
       * is met as "Laura Green" */
      j = _kaynak_suggest_capital_run_end (run, i, te, TRUE);
      /* "Yüksek Seçim Kurulu", "İzmir Valiliği’nden": names of several
       * words, which a later "Kurulun", "Valiliğe" goes back to */
      if (j > i + 1)
        {
          g_autofree char *label = _kaynak_suggest_label_for_tokens (run, i, j - 1, TRUE, NULL);

          if (after_title (run, i))
            mention_add_person (run, label, org, run->tokens[i - 1].stem);
          else
            _kaynak_suggest_mention_add (run, label, NULL, KAYNAK_SOURCE_KIND_NAMED);
        }
      i = MAX (j, i + 1) - 1;
    }
}

gboolean
_kaynak_suggest_sentence_person (Run        *run,
                                 guint       si,
                                 LastSource *out)
{
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);
  const LastSource *m;

  /* a capital word that is the last word of a name met before: "Powell
   * declined to respond …", then "“…,” he said" */
  for (guint i = ts; i < te && i < ts + MAX_SCAN; i++)
    {
      if (!run->tokens[i].upper || !run->tokens[i].word ||
          _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, i, i + 1))
        continue;
      m = _kaynak_suggest_person_by_last_word (run, run->tokens[i].stem);
      if (m != NULL)
        {
          out->label = g_strdup (m->label);
          out->id = g_strdup (m->id);
          out->kind = m->kind;
          return TRUE;
        }
    }
  return FALSE;
}
