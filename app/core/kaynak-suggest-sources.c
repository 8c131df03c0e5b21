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
      t->apostrophe || !sentence_initial (run, t->start))
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
           (sentence_initial (run, t->start) && strlen (t->fold) - strlen (stripped) >= 3 &&
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
static const LastSource *
person_by_last_word (Run        *run,
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
static gboolean
person_run (Run   *run,
            guint  from,
            guint  to)
{
  KaynakSuggestName known = { 0 };
  gboolean found;

  if (to <= from)
    return FALSE;
  if (after_title (run, from) || person_by_last_word (run, run->tokens[to - 1].stem) != NULL)
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
static const LastSource *
person_by_title (Run   *run,
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

static guint capital_run_end (Run      *run,
                              guint     i,
                              guint     last,
                              gboolean  stop_at_title);

/* "Aynı yetkiliye göre", "The official said", "According to the same
 * person": a noun after an anaphor word ending the words that name the
 * source; and in Turkish a common noun opening the sentence with a case
 * ending ("Valiliğe göre", "Partiden yapılan açıklamada"): the latest name
 * met that has the noun in it.  TRUE if @s got a source. */
static gboolean
anaphor_source (Run              *run,
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
              !sentence_initial (run, run->tokens[i].start) || run->tokens[i + 1].upper ||
              !run->tokens[i + 1].word)
            continue;
          stripped = kaynak_suggest_strip_suffix (run->rules, run->tokens[i].fold);
          /* "Hazine ve Maliye Bakanlığı": the first word of a longer name */
          if (stripped == NULL || capital_run_end (run, i, last, FALSE) > i + 1)
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
static guint
capital_run_end (Run   *run,
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
        if (coordinated && person_run (run, i, j))
          break;
        if (k > j && k < last && run->tokens[k].upper && run->tokens[k].word)
          j = k;
      }
    }
  return j;
}

/* Sets @s's source to the name of tokens [from, to): a known source when
 * the whole is one or its last word is the surname of one, else the words */
static void
set_name_source (Run              *run,
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
      const LastSource *m = person_by_last_word (run, run->tokens[from].stem);

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
  else if ((m = person_by_last_word (run, run->tokens[to - 1].stem)) != NULL)
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
static void
joint_source (Run              *run,
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
static guint
coordinated_end (Run   *run,
                 guint  from,
                 guint  to,
                 guint  last)
{
  guint k;

  if (to + 1 >= last || !_kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, to, to + 1) ||
      !run->tokens[to + 1].upper || !run->tokens[to + 1].word || !person_run (run, from, to))
    return 0;
  k = capital_run_end (run, to + 1, last, TRUE);
  return k > to + 1 && person_run (run, to + 1, k) ? k : 0;
}

/* "Hamas’ın siyasi büro üyesi Basim Naim", "Şirketin Türkiye direktörü
 * Can Ak": after a name in the genitive (token @genitive) and a few
 * lower-case words, the person they describe is the source.  TRUE if @s
 * got it. */
static gboolean
possessed_person (Run              *run,
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
  j = capital_run_end (run, p, last, TRUE);
  if (j < p + 2)
    return FALSE;
  set_name_source (run, s, p, j);
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
static gboolean
possessed_noun (Run   *run,
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

/* "Dışişleri Bakanı Hakan Fidan", "Kremlin Sözcüsü Dmitriy Peskov",
 * "NATO Secretary-General Mark Rutte": the person after the title, not the
 * institution before it.  TRUE if @s got a source. */
static gboolean
titled_source (Run              *run,
               KaynakSuggestion *s,
               guint             first,
               guint             last,
               gboolean          closest_last)
{
  guint from = 0, to = 0, title_from = 0;

  for (guint i = first; i < last; i++)
    {
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, i, last);
      guint p, j, m;

      if (n == 0)
        continue;
      p = i + n;
      while (p < last && (m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, p, last)) > 0)
        p += m;
      j = capital_run_end (run, p, last, TRUE);
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
          if (titled_source (run, s, k + 1, last, FALSE))
            return TRUE;
          break;
        }
  /* "AB Komisyonu Başkanı Ursula von der Leyen ve NATO Genel Sekreteri
   * Mark Rutte": two titled persons */
  if (!closest_last && to + 2 < last && _kaynak_suggest_match_phrase (run, KAYNAK_RULE_COORDINATOR, to, to + 1))
    for (guint i = to + 1; i < last && i < to + 6; i++)
      {
        guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, i, last);
        guint p, j, m;

        if (n == 0)
          {
            if (run->tokens[i].word && !run->tokens[i].upper)
              break;
            continue;
          }
        p = i + n;
        while (p < last && (m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, p, last)) > 0)
          p += m;
        j = capital_run_end (run, p, last, TRUE);
        if (j > p)
          {
            g_autofree char *a_org = body_before (run, title_from, first);
            g_autofree char *b_org = body_before (run, i, to + 1);

            joint_source (run, s, from, to, p, j, first, last, a_org, b_org);
            return TRUE;
          }
        break;
      }
  set_name_source (run, s, from, to);
  return TRUE;
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
  if (anaphor_source (run, s, first, last) ||
      titled_source (run, s, first, last, closest_last))
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
          const LastSource *m = person_by_title (run, i);

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
  if (found && possessed_person (run, s, name.last, last))
    {
      kaynak_suggest_name_clear (&name);
      return TRUE;
    }
  /* "İsrail ordusu, …", "Rusya hükümeti ise …": a built-in place with a
   * possessed noun after it is that body, the whole subject (a title
   * after it, "Kremlin sözcüsü", speaks for the place) */
  if (found && name.id == NULL && !run->tokens[name.last].apostrophe &&
      possessed_noun (run, name.last + 1, last))
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
      guint j = capital_run_end (run, name.last + 1, last, TRUE);

      if (j > name.last + 1)
        {
          guint from = name.first;

          kaynak_suggest_name_clear (&name);
          set_name_source (run, s, from, j);
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
              if (run->tokens[from - 1].upper && !sentence_initial (run, run->tokens[from - 1].start))
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
        j = capital_run_end (run, i, last, FALSE);
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
        if (possessed_person (run, s, j - 1, last))
          return TRUE;
        /* "Muhalefet partileri ise", "Rus tarafı ise" */
        if (!run->tokens[j - 1].apostrophe && possessed_noun (run, j, last))
          {
            g_autofree char *label = _kaynak_suggest_label_for_tokens (run, i, j, FALSE, NULL);

            _kaynak_suggest_set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED,
                                        run->tokens[i].start, run->tokens[j].end);
            return TRUE;
          }
        {
          guint k = coordinated_end (run, i, j, last);

          if (k > 0)
            {
              joint_source (run, s, i, j, j + 1, k, first, last, NULL, NULL);
              return TRUE;
            }
        }
        if (j == i + 1 && run->rules->report_content == KAYNAK_CONTENT_BEFORE &&
            !run->tokens[i].apostrophe && sentence_initial (run, run->tokens[i].start) &&
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
        set_name_source (run, s, i, j);
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
            set_name_source (run, s, weak_from, weak_to);
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
      j = capital_run_end (run, i, te, TRUE);
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
  guint n = run->mentions->len;

  /* a capital word that is the last word of a name met before: "Powell
   * declined to respond …", then "“…,” he said" */
  for (guint i = ts; i < te && i < ts + MAX_SCAN; i++)
    {
      if (!run->tokens[i].upper || !run->tokens[i].word ||
          _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, i, i + 1))
        continue;
      for (guint k = n; k-- > 0 && k + MAX_MENTIONS_BACK >= n;)
        {
          const LastSource *m = &g_array_index (run->mentions, LastSource, k);
          g_autofree char *fold = NULL;
          const char *space;

          if (m->kind != KAYNAK_SOURCE_KIND_NAMED || strchr (m->label, ' ') == NULL)
            continue;
          fold = kaynak_text_fold (m->label);
          space = strrchr (fold, ' ');
          if (g_str_equal (space + 1, run->tokens[i].stem))
            {
              out->label = g_strdup (m->label);
              out->id = g_strdup (m->id);
              out->kind = m->kind;
              return TRUE;
            }
        }
    }
  return FALSE;
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
  if (open == region || capital_run_end (run, from, close, FALSE) != close ||
      _kaynak_suggest_match_phrase (run, KAYNAK_RULE_NOT_NAME, from, from + 1))
    return FALSE;
  set_name_source (run, s, from, close);
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
      guint n = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, i, te);
      guint p, m, j;

      if (n == 0)
        continue;
      p = i + n;
      while (p < te && (m = _kaynak_suggest_match_phrase (run, KAYNAK_RULE_TITLE, p, te)) > 0)
        p += m;
      j = capital_run_end (run, p, te, TRUE);
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
