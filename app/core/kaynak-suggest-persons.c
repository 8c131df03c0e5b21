/* kaynak-suggest-persons.c: a person or body named in the words of a
 * source: after a title ("Dışişleri Bakanı Hakan Fidan"), after a
 * possessive ("Hamas’ın siyasi büro üyesi Basim Naim"), two speakers of a
 * joint statement, an appositive between commas, a sentence's subject.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* Sets @s's source to the name of tokens [from, to): a known source when
 * the whole is one or its last word is the surname of one, else the words */
void
_kaynak_suggest_set_name_source (Run              *run,
                                 KaynakSuggestion *s,
                                 guint             from,
                                 guint             to)
{
  KaynakSuggestName known = { 0 };
  guint end;
  g_autofree char *label = _kaynak_suggest_label_for_tokens (run, from, to - 1, TRUE, &end);

  if ((kaynak_suggest_names_match (run->names, run->tokens, from, to, &known) && known.last + 1 == to) ||
      (kaynak_suggest_name_clear (&known),
       kaynak_suggest_names_match_last_word (run->names, run->tokens[to - 1].stem, &known)))
    {
      _kaynak_suggest_set_source (run, s, known.label, known.id, known.kind, run->tokens[from].start, end);
      kaynak_suggest_name_clear (&known);
      return;
    }
  kaynak_suggest_name_clear (&known);
  /* "Naim’e göre" after "… üyesi Basim Naim": the person met before by
   * the surname */
  if (to == from + 1)
    {
      const LastSource *m = _kaynak_suggest_person_by_last_word (run, run->tokens[from].stem);

      if (m != NULL)
        {
          _kaynak_suggest_set_source (run, s, m->label, m->id, m->kind, run->tokens[from].start, end);
          return;
        }
    }
  _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED, run->tokens[from].start, end);
}

/* Who the capitalised words [from, to) name: the document's or library's
 * source of that name or surname, else the person met before by the last
 * word (with the body before the title: @org), else the words */
static void
resolve_person (Run              *run,
                guint             from,
                guint             to,
                LastSource       *out)
{
  KaynakSuggestName known = { 0 };
  const LastSource *m;

  if ((kaynak_suggest_names_match (run->names, run->tokens, from, to, &known) && known.last + 1 == to) ||
      (kaynak_suggest_name_clear (&known),
       kaynak_suggest_names_match_last_word (run->names, run->tokens[to - 1].stem, &known)))
    {
      out->label = g_steal_pointer (&known.label);
      out->id = g_steal_pointer (&known.id);
      out->kind = known.kind;
    }
  else if ((m = _kaynak_suggest_person_by_last_word (run, run->tokens[to - 1].stem)) != NULL)
    {
      out->label = g_strdup (m->label);
      out->id = g_strdup (m->id);
      out->kind = m->kind;
      out->org = g_strdup (m->org);
    }
  else
    {
      out->label = _kaynak_suggest_label_for_tokens (run, from, to - 1, TRUE, NULL);
      out->kind = KAYNAK_SOURCE_KIND_NAMED;
    }
  kaynak_suggest_name_clear (&known);
}

/* "Von der Leyen ve Rutte … ortak açıklamada": two speakers, one claim.
 * A joint statement of persons of two bodies is named for the bodies as
 * an annotator names it ("AB–NATO ortak açıklaması"), the document's or
 * library's source of that name when there is one; else the source of
 * the document or library one of them is; else both names, joined. */
void
_kaynak_suggest_joint_source (Run              *run,
                              KaynakSuggestion *s,
                              guint             a_from,
                              guint             a_to,
                              guint             b_from,
                              guint             b_to,
                              guint             first,
                              guint             last,
                              const char       *a_org,
                              const char       *b_org)
{
  LastSource a = { 0 }, b = { 0 };
  gboolean joint = FALSE;
  guint start = run->tokens[a_from].start, end = run->tokens[b_to - 1].end;

  resolve_person (run, a_from, a_to, &a);
  resolve_person (run, b_from, b_to, &b);
  if (a.org == NULL)
    a.org = g_strdup (a_org);
  if (b.org == NULL)
    b.org = g_strdup (b_org);
  for (guint i = first; i < last && !joint; i++)
    joint = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_JOINT, i, last) > 0;

  if (joint && run->rules->joint_statement != NULL && a.org != NULL && b.org != NULL &&
      !g_str_equal (a.org, b.org))
    {
      g_autofree char *label = g_strdup_printf ("%s–%s %s", a.org, b.org, run->rules->joint_statement);
      KaynakSuggestName known = { 0 };

      if (kaynak_suggest_names_lookup (run->names, label, &known))
        _kaynak_suggest_set_source (run, s, known.label, known.id, known.kind, start, end);
      else
        _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT, start, end);
      kaynak_suggest_name_clear (&known);
    }
  else if (a.id != NULL || b.id != NULL)
    {
      LastSource *one = a.id != NULL ? &a : &b;

      _kaynak_suggest_set_source (run, s, one->label, one->id, one->kind, start, end);
    }
  else
    {
      g_autofree char *coordinator = g_ucs4_to_utf8 (run->text + run->tokens[a_to].start,
                                                     run->tokens[a_to].end - run->tokens[a_to].start,
                                                     NULL, NULL, NULL);
      g_autofree char *label = g_strdup_printf ("%s %s %s", a.label, coordinator, b.label);

      _kaynak_suggest_set_source (run, s, label, NULL,
                                  joint ? KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT : KAYNAK_SOURCE_KIND_NAMED,
                                  start, end);
    }
  _kaynak_suggest_last_source_clear (&a);
  _kaynak_suggest_last_source_clear (&b);
}

/* Whether the capitalised words [from, to) are followed by a coordinator
 * and another person's name, before @last: the end of that name, else 0 */
guint
_kaynak_suggest_coordinated_end (Run   *run,
                                 guint  from,
                                 guint  to,
                                 guint  last)
{
  guint k;

  if (to + 1 >= last || !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, to, to + 1) ||
      !run->tokens[to + 1].upper || !run->tokens[to + 1].word || !_kaynak_suggest_person_run (run, from, to))
    return 0;
  k = _kaynak_suggest_capital_run_end (run, to + 1, last, TRUE);
  return k > to + 1 && _kaynak_suggest_person_run (run, to + 1, k) ? k : 0;
}

/* "Hamas’ın siyasi büro üyesi Basim Naim", "Şirketin Türkiye direktörü
 * Can Ak": after a name in the genitive (token @genitive) and a few
 * lower-case words, the person they describe is the source.  TRUE if @s
 * got it. */
gboolean
_kaynak_suggest_possessed_person (Run              *run,
                                  KaynakSuggestion *s,
                                  guint             genitive,
                                  guint             last)
{
  guint p = genitive + 1, j;

  if (run->rules->report_content != KAYNAK_CONTENT_BEFORE || !run->tokens[genitive].apostrophe ||
      !_kaynak_suggest_is_genitive (run->tokens[genitive].fold))
    return FALSE;
  while (p < last && p < genitive + 6 && run->tokens[p].word && !run->tokens[p].upper)
    p++;
  if (p == genitive + 1 || p >= last || !run->tokens[p].upper || !run->tokens[p].word)
    return FALSE;
  j = _kaynak_suggest_capital_run_end (run, p, last, TRUE);
  if (j < p + 2)
    return FALSE;
  _kaynak_suggest_set_name_source (run, s, p, j);
  return TRUE;
}

/* The known body named in the capitalised words right before the title
 * at token @title, no further back than @floor ("Avrupa Birliği (AB)
 * Komisyonu Başkanı": "AB"), or NULL */
static char *
body_before (Run   *run,
             guint  title,
             guint  floor)
{
  guint k = title;
  char *body = NULL;

  while (k > floor && k + 6 > title && (run->tokens[k - 1].upper || !run->tokens[k - 1].word) &&
         !_kaynak_suggest_is_char (run, k - 1, ','))
    k--;
  for (; k < title; k++)
    {
      KaynakSuggestName name = { 0 };

      if (kaynak_suggest_names_match (run->names, run->tokens, k, title, &name))
        {
          g_free (body);
          body = g_steal_pointer (&name.label);
          k = name.last;
        }
      kaynak_suggest_name_clear (&name);
    }
  return body;
}

/* Whether token @noun, after a name, is a possessed noun that ends the
 * subject ("İsrail *ordusu*,", "Muhalefet *partileri* ise", "Rus *tarafı*
 * ise"): the name and the noun are one body, the source.  A title ("Kremlin
 * sözcüsü") or an unnamed source's word is not one. */
gboolean
_kaynak_suggest_possessed_noun (Run   *run,
                                guint  noun,
                                guint  last)
{
  const KaynakSuggestToken *t;
  guint after = noun + 1;

  if (run->rules->report_content != KAYNAK_CONTENT_BEFORE || noun >= last)
    return FALSE;
  t = &run->tokens[noun];
  return t->word && !t->upper && g_utf8_strlen (t->fold, -1) >= 5 &&
         (g_str_has_suffix (t->fold, "ı") || g_str_has_suffix (t->fold, "i") ||
          g_str_has_suffix (t->fold, "u") || g_str_has_suffix (t->fold, "ü")) &&
         !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, noun, noun + 1) &&
         !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_ANONYMOUS, noun, noun + 1) &&
         (after >= last || !run->tokens[after].word ||
          _kaynak_suggest_match_phrase (run, KAYNAK_RULE_PARTICLE, after, after + 1));
}

/* The token after the titles that follow one another from token @i
 * ("Genel Sekreter Yardımcısı", "Dışişleri Bakanı"), or @i when no title
 * starts there */
static guint
after_titles (Run   *run,
              guint  i,
              guint  last)
{
  guint p = i, m;

  while (p < last && (m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, p, last)) > 0)
    p += m;
  return p;
}

/* "Dışişleri Bakanı Hakan Fidan", "Kremlin Sözcüsü Dmitriy Peskov",
 * "NATO Secretary-General Mark Rutte": the person after the title, not the
 * institution before it.  TRUE if @s got a source. */
gboolean
_kaynak_suggest_titled_source (Run              *run,
                               KaynakSuggestion *s,
                               guint             first,
                               guint             last,
                               gboolean          closest_last)
{
  guint from = 0, to = 0, title_from = 0;

  for (guint i = first; i < last; i++)
    {
      guint p = after_titles (run, i, last);
      guint j;

      if (p == i)
        continue;
      j = _kaynak_suggest_capital_run_end (run, p, last, TRUE);
      if (j > p)
        {
          from = p;
          to = j;
          title_from = i;
          if (!closest_last)
            break;
        }
      i = MAX (j, p) - 1;
    }
  if (to == 0)
    return FALSE;
  /* "Sendika Başkanı Mehmet Kaya ile görüşen Bakan Işıkhan": the person
   * after the participle is the subject, the one before it its object */
  if (!closest_last)
    for (guint k = to; k + 1 < last; k++)
      if (run->tokens[k].word && !run->tokens[k].upper && g_utf8_strlen (run->tokens[k].fold, -1) >= 5 &&
          (g_str_has_suffix (run->tokens[k].fold, "an") || g_str_has_suffix (run->tokens[k].fold, "en")))
        {
          if (_kaynak_suggest_titled_source (run, s, k + 1, last, FALSE))
            return TRUE;
          break;
        }
  /* "AB Komisyonu Başkanı Ursula von der Leyen ve NATO Genel Sekreteri
   * Mark Rutte": two titled persons */
  if (!closest_last && to + 2 < last && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, to, to + 1))
    for (guint i = to + 1; i < last && i < to + 6; i++)
      {
        guint p = after_titles (run, i, last);
        guint j;

        if (p == i)
          {
            if (run->tokens[i].word && !run->tokens[i].upper)
              break;
            continue;
          }
        j = _kaynak_suggest_capital_run_end (run, p, last, TRUE);
        if (j > p)
          {
            g_autofree char *a_org = body_before (run, title_from, first);
            g_autofree char *b_org = body_before (run, i, to + 1);

            _kaynak_suggest_joint_source (run, s, from, to, p, j, first, last, a_org, b_org);
            return TRUE;
          }
        break;
      }
  _kaynak_suggest_set_name_source (run, s, from, to);
  return TRUE;
}

gboolean
_kaynak_suggest_find_appositive (Run              *run,
                                 KaynakSuggestion *s,
                                 guint             region,
                                 guint             verb)
{
  guint close = verb - 1, open, from;

  if (verb < region + 3 || !_kaynak_suggest_is_char (run, close, ','))
    return FALSE;
  from = close;
  while (from > region && from + MAX_SUBJECT > close && run->tokens[from - 1].word)
    from--;
  if (from == close || from == region || !_kaynak_suggest_is_char (run, from - 1, ','))
    return FALSE;
  open = from - 1;
  /* the whole of it a name, and something before it it stands for */
  if (open == region || _kaynak_suggest_capital_run_end (run, from, close, FALSE) != close ||
      _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, from, from + 1))
    return FALSE;
  _kaynak_suggest_set_name_source (run, s, from, close);
  return TRUE;
}

/* Whether a name's token carries, after its apostrophe, the locative or
 * the dative: where things happen or go ("Ankara’da", "Rusya’ya"), not who
 * speaks */
static gboolean
place_case (Run                      *run,
            const KaynakSuggestToken *t)
{
  static const char * const endings[] = {
    "da", "de", "ta", "te", "nda", "nde", "a", "e", "ya", "ye", "na", "ne", NULL
  };
  const char *rest;

  if (!t->apostrophe)
    return FALSE;
  rest = g_utf8_next_char (t->fold + strlen (t->stem));
  return g_strv_contains (endings, rest);
}

gboolean
_kaynak_suggest_sentence_subject (Run        *run,
                                  guint       si,
                                  LastSource *out)
{
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);
  gboolean turkish = run->rules->report_content == KAYNAK_CONTENT_BEFORE;

  /* "Sağlık Bakanı Kemal Memişoğlu dün hastaneleri gezdi." */
  for (guint i = ts; turkish && i < te && i < ts + MAX_SCAN; i++)
    {
      guint p = after_titles (run, i, te);
      guint j;

      if (p == i)
        continue;
      j = _kaynak_suggest_capital_run_end (run, p, te, TRUE);
      if (j > p + 1 || (j == p + 1 && !place_case (run, &run->tokens[p])))
        {
          resolve_person (run, p, j, out);
          g_clear_pointer (&out->org, g_free);
          return TRUE;
        }
      i = MAX (j, p) - 1;
    }
  for (guint i = ts; i < te && i < ts + MAX_SCAN; i++)
    {
      KaynakSuggestName name = { 0 };

      if (kaynak_suggest_names_match (run->names, run->tokens, i, te, &name))
        {
          if (turkish && place_case (run, &run->tokens[name.last]))
            {
              i = name.last;
              kaynak_suggest_name_clear (&name);
              continue;
            }
          out->label = g_steal_pointer (&name.label);
          out->id = g_steal_pointer (&name.id);
          out->kind = name.kind;
          return TRUE;
        }
    }
  return FALSE;
}
