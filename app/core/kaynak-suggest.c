/* kaynak-suggest.c: the suggestion engine (what it does is in the header;
 * the words it looks for are in data/suggest/<language>.rules).
 *
 * For each sentence it collects candidates, each with a priority:
 *   silence 50  ("Kremlin şimdilik sessiz.", "declined to comment")
 *   report  40  (a reporting verb and the clause or quote it governs)
 *   according 35 ("X'e göre …", "according to X")
 *   quote   30  (quoted words with no cue around them)
 *   hedge   20  ("muhtemelen", "reportedly": the sentence)
 *   evidential 10 (a Turkish sentence ending in -mIş)
 * and keeps, highest priority first, those that overlap nothing kept
 * before.  Every scan from a cue is bounded (MAX_SCAN tokens), so the work
 * is linear in the article.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-error.h"
#include "kaynak-language.h"
#include "kaynak-suggest-private.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"

/* The furthest any rule looks from its cue, in tokens: a clause or a
 * subject longer than this is not one the rules can read anyway */
#define MAX_SCAN 120
/* A subject ("the Pentagon's press secretary") is at most this long */
#define MAX_SUBJECT 7
/* A quotation runs at most this far (code points) and never over a line
 * break: an unclosed quotation mark must not swallow the article */
#define MAX_QUOTE 2000

enum {
  PRIORITY_EVIDENTIAL = 10,
  PRIORITY_HEDGE = 20,
  PRIORITY_QUOTE = 30,
  PRIORITY_ACCORDING = 35,
  PRIORITY_REPORT = 40,
  PRIORITY_SILENCE = 50,
};

struct _KaynakSuggester
{
  GObject             parent_instance;
  KaynakSuggestRules *rules;
  /* per kind: first word → GPtrArray of phrases, and phrases whose first
   * word has a "*" */
  GHashTable         *by_first[KAYNAK_N_RULE_KINDS];
  GPtrArray          *wild[KAYNAK_N_RULE_KINDS];
};

G_DEFINE_FINAL_TYPE (KaynakSuggester, kaynak_suggester, G_TYPE_OBJECT)

static void
kaynak_suggester_finalize (GObject *object)
{
  KaynakSuggester *self = KAYNAK_SUGGESTER (object);

  for (guint i = 0; i < KAYNAK_N_RULE_KINDS; i++)
    {
      g_clear_pointer (&self->by_first[i], g_hash_table_unref);
      g_clear_pointer (&self->wild[i], g_ptr_array_unref);
    }
  g_clear_pointer (&self->rules, kaynak_suggest_rules_free);
  G_OBJECT_CLASS (kaynak_suggester_parent_class)->finalize (object);
}

static void
kaynak_suggester_class_init (KaynakSuggesterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_suggester_finalize;
}

static void
kaynak_suggester_init (KaynakSuggester *self)
{
}

KaynakSuggester *
kaynak_suggester_new (const char  *language,
                      GError     **error)
{
  g_autoptr(KaynakSuggester) self = NULL;
  KaynakSuggestRules *rules;

  g_return_val_if_fail (language != NULL, NULL);

  rules = kaynak_suggest_rules_load (language, error);
  if (rules == NULL)
    return NULL;

  self = g_object_new (KAYNAK_TYPE_SUGGESTER, NULL);
  self->rules = rules;
  for (guint k = 0; k < KAYNAK_N_RULE_KINDS; k++)
    {
      GPtrArray *phrases = rules->phrases[k];

      self->by_first[k] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
      self->wild[k] = g_ptr_array_new ();
      for (guint i = 0; i < phrases->len; i++)
        {
          KaynakRulePhrase *phrase = g_ptr_array_index (phrases, i);
          const char *first = phrase->words[0];
          GPtrArray *list;

          if (strchr (first, '*') != NULL)
            {
              g_ptr_array_add (self->wild[k], phrase);
              continue;
            }
          list = g_hash_table_lookup (self->by_first[k], first);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_first[k], (gpointer) first, list);
            }
          g_ptr_array_add (list, phrase);
        }
    }
  return g_steal_pointer (&self);
}

const char *
kaynak_suggester_get_language (KaynakSuggester *self)
{
  g_return_val_if_fail (KAYNAK_IS_SUGGESTER (self), NULL);
  return self->rules->language;
}

void
kaynak_suggestion_free (KaynakSuggestion *s)
{
  if (s == NULL)
    return;
  g_free (s->source_label);
  g_free (s->source_id);
  g_free (s->rule);
  g_free (s);
}

const char *
kaynak_suggest_language_for (KaynakDocument *document)
{
  const char *tag = kaynak_document_get_language (document);
  const char *detected;

  if (g_ascii_strncasecmp (tag, "tr", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
    return "tr";
  if (g_ascii_strncasecmp (tag, "en", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
    return "en";
  detected = kaynak_language_detect (kaynak_document_get_text (document),
                                     kaynak_document_get_text_bytes (document));
  if (g_strcmp0 (detected, "tr") == 0)
    return "tr";
  if (g_strcmp0 (detected, "en") == 0)
    return "en";
  return NULL;
}

/* --- One run over an article ---------------------------------------------- */

typedef struct
{
  guint open, close;   /* code points of the two marks */
} Quote;

typedef struct
{
  KaynakSuggestion *s;
  int               priority;
} Candidate;

typedef struct
{
  char             *label;
  char             *id;
  KaynakSourceKind  kind;
} LastSource;

typedef struct
{
  KaynakSuggester    *self;
  KaynakSuggestRules *rules;
  gunichar           *text;
  guint               length;
  KaynakSuggestToken *tokens;
  guint               n_tokens;
  GArray             *sentences;       /* KaynakSpan */
  GArray             *sentence_tokens; /* guint first token of each sentence, and one past */
  GArray             *quotes;          /* Quote, by open */
  GHashTable         *quote_by_close;  /* close + 1 → index + 1 */
  GHashTable         *quote_by_open;   /* open + 1 → index + 1 */
  KaynakSuggestNames *names;
  GSequence          *kept;            /* KaynakSuggestion by start */
  LastSource          last;            /* the source of the last sentence that had one */
  LastSource          sentence_last;   /* the one of this sentence so far */
} Run;

static void
last_source_clear (LastSource *last)
{
  g_clear_pointer (&last->label, g_free);
  g_clear_pointer (&last->id, g_free);
}

static void
last_source_set (LastSource       *last,
                 KaynakSuggestion *s)
{
  last_source_clear (last);
  last->label = g_strdup (s->source_label);
  last->id = g_strdup (s->source_id);
  last->kind = s->source_kind;
}

static guint
match_phrase (Run            *run,
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

static gboolean
is_char (Run      *run,
         guint     token,
         gunichar  c)
{
  KaynakSuggestToken *t = &run->tokens[token];
  return t->end == t->start + 1 && run->text[t->start] == c;
}

static const Quote *
quote_closed_by (Run   *run,
                 guint  token)
{
  gpointer index = g_hash_table_lookup (run->quote_by_close,
                                        GUINT_TO_POINTER (run->tokens[token].start + 1));
  return index != NULL ? &g_array_index (run->quotes, Quote, GPOINTER_TO_UINT (index) - 1) : NULL;
}

static gboolean
is_trailing (gunichar c)
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
static gboolean
trim_content (Run   *run,
              guint *start,
              guint *end)
{
  guint s = *start, e = *end;

  while (s < e && (g_unichar_isspace (run->text[s]) || run->text[s] == ',' ||
                   run->text[s] == ':' || run->text[s] == 0x2014 || run->text[s] == '-'))
    s++;
  while (e > s && is_trailing (run->text[e - 1]))
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
          while (e > s && is_trailing (run->text[e - 1]))
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
static guint
count_word_tokens (Run   *run,
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
static guint
token_at (Run   *run,
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

/* The text of tokens [first, last] as a label: the last one cut at its
 * apostrophe or without a suffix of the rules */
static char *
label_for_tokens (Run      *run,
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

      if (stripped != NULL && g_unichar_islower (run->text[t->start]))
        end = t->start + g_utf8_strlen (stripped, -1);
    }
  if (end > t->end)
    end = t->end;
  if (out_end != NULL)
    *out_end = end;
  return g_ucs4_to_utf8 (run->text + run->tokens[first].start, end - run->tokens[first].start,
                         NULL, NULL, NULL);
}

static void
set_source (Run              *run,
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
static gboolean
find_source (Run              *run,
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

      set_source (run, s, name.label, name.id, name.kind, run->tokens[name.first].start, end);
      kaynak_suggest_name_clear (&name);
      return TRUE;
    }

  for (guint i = first; i < last; i++)
    if (match_phrase (run, KAYNAK_RULE_PRONOUN, i, i + 1) && run->last.label != NULL)
      {
        set_source (run, s, run->last.label, run->last.id, run->last.kind,
                    run->tokens[i].start, run->tokens[i].end);
        return TRUE;
      }

  for (guint i = first; i < last; i++)
    {
      guint n = match_phrase (run, KAYNAK_RULE_ANONYMOUS, i, last);

      if (n > 0)
        {
          /* the unnamed source with the word before it: "diplomatik
           * kaynaklar", "senior officials" */
          guint from = i > first && run->tokens[i - 1].word &&
                       !match_phrase (run, KAYNAK_RULE_NOT_NAME, i - 1, i) ? i - 1 : i;
          guint end;
          g_autofree char *label = label_for_tokens (run, from, i + n - 1,
                                                     run->rules->report_content == KAYNAK_CONTENT_BEFORE,
                                                     &end);

          set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_ANONYMOUS,
                      run->tokens[from].start, end);
          return TRUE;
        }
    }
  if (subject)
    {
      /* an English subject is the source as it stands: "the regional
       * governor", "Prime Minister John Carter", "Local media" */
      guint from = first;
      gboolean capital = FALSE;

      while (from < last && (match_phrase (run, KAYNAK_RULE_NOT_NAME, from, from + 1) ||
                             !run->tokens[from].word))
        from++;
      /* "Janet Yellen has (said)": a name ends at its last capital */
      for (guint k = from; k < last; k++)
        capital |= run->tokens[k].upper;
      while (capital && last > from && !run->tokens[last - 1].upper)
        last--;
      if (from < last && last - from <= MAX_SUBJECT)
        {
          guint end;
          g_autofree char *label = label_for_tokens (run, from, last - 1, FALSE, &end);

          set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED, run->tokens[from].start, end);
          return TRUE;
        }
      return FALSE;
    }

  /* capitalised words: a person or an institution not known yet */
  for (guint i = first; i < last; i++)
    {
      guint j = i;

      while (j < last && run->tokens[j].upper && run->tokens[j].word &&
             !(j == i && match_phrase (run, KAYNAK_RULE_NOT_NAME, j, j + 1)))
        {
          j++;
          if (run->tokens[j - 1].apostrophe)
            break;
          /* "Ursula von der Leyen": small words between capitals */
          {
            guint k = j;

            while (k < last && k < j + 3 && match_phrase (run, KAYNAK_RULE_NAME_PARTICLE, k, k + 1))
              k++;
            if (k > j && k < last && run->tokens[k].upper && run->tokens[k].word)
              j = k;
          }
        }
      if (j > i)
        {
          guint end;
          g_autofree char *label = label_for_tokens (run, i, j - 1, TRUE, &end);

          set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED, run->tokens[i].start, end);
          return TRUE;
        }
    }

  return FALSE;
}

/* The source when the sentence names none: this sentence's last, else the
 * last one before */
static void
inherit_source (Run              *run,
                KaynakSuggestion *s)
{
  LastSource *from = run->sentence_last.label != NULL ? &run->sentence_last : &run->last;

  if (from->label != NULL)
    set_source (run, s, from->label, from->id, from->kind, s->source_start, s->source_start);
}

static KaynakSuggestion *
suggestion_new (guint       start,
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

static void
add_candidate (GArray           *candidates,
               KaynakSuggestion *s,
               int               priority)
{
  Candidate c = { s, priority };
  g_array_append_val (candidates, c);
}

/* --- Rules ---------------------------------------------------------------- */

/* Whether a folded Turkish word ends in the genitive (-(n)In) */
static gboolean
is_genitive (const char *fold)
{
  return g_str_has_suffix (fold, "in") || g_str_has_suffix (fold, "un") ||
         g_str_has_suffix (fold, "ün");
}

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

  /* "Bakan şunları söyledi: “…”": the quotation after the verb */
  if (i + n + 1 < te && (is_char (run, i + n, ':') || is_char (run, i + n, ',')) &&
      (q = g_hash_table_lookup (run->quote_by_open, GUINT_TO_POINTER (run->tokens[i + n + 1].start + 1))
           ? &g_array_index (run->quotes, Quote,
                             GPOINTER_TO_UINT (g_hash_table_lookup (run->quote_by_open,
                                                                    GUINT_TO_POINTER (run->tokens[i + n + 1].start + 1))) - 1)
           : NULL) != NULL)
    {
      content_start = q->open + 1;
      content_end = q->close;
      if (!trim_content (run, &content_start, &content_end))
        return;
      s = suggestion_new (content_start, content_end, cue_start, cue_end, "report-quote");
      if (!find_source (run, s, *region, i, FALSE, FALSE))
        inherit_source (run, s);
      if (s->source_label != NULL)
        last_source_set (&run->sentence_last, s);
      add_candidate (candidates, s, PRIORITY_REPORT);
      *region = token_at (run, i + n, q->close + 1);
      return;
    }

  if (j == *region)
    return;
  j--;
  /* "… düşeceğini de söyledi" */
  if (j > *region && match_phrase (run, KAYNAK_RULE_PARTICLE, j, j + 1) &&
      match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j))
    j--;

  if ((q = quote_closed_by (run, j)) != NULL && j > *region &&
      match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j))
    q = NULL;  /* “… vurguladığı” belirtildi: the quote ends the clause */
  if (q != NULL)
    {
      content_start = q->open + 1;
      content_end = q->close;
      start_tok = token_at (run, ts, q->open);
      rule = "report-quote";
    }
  else if (match_phrase (run, KAYNAK_RULE_CLAUSE_END, j, j + 1) ||
           (quote_closed_by (run, j) != NULL && match_phrase (run, KAYNAK_RULE_CLAUSE_END, j - 1, j)))
    {
      guint floor = j > *region + MAX_SCAN ? j - MAX_SCAN : *region;

      start_tok = *region;
      for (guint k = j; k-- > floor;)
        {
          guint m = match_phrase (run, KAYNAK_RULE_OPENER, k, j);

          if (m > 0)
            {
              start_tok = k + m;
              break;
            }
        }
      if (start_tok == *region)
        {
          /* "Fidan, Türkiye'nin … olduğunu söyledi": a short subject and
           * a comma */
          for (guint k = *region; k < j && k < *region + MAX_SUBJECT; k++)
            if (is_char (run, k, ','))
              {
                gboolean named = FALSE;

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
                     !(k == start_tok && match_phrase (run, KAYNAK_RULE_NOT_NAME, k, k + 1)))
                k++;
              if (k > start_tok && k + 2 < j && !is_genitive (run->tokens[k - 1].fold))
                start_tok = subject_end = k;
            }
          kaynak_suggest_name_clear (&name);
        }
      content_start = run->tokens[start_tok].start;
      content_end = run->tokens[j].end;
      rule = "report-clause";
    }
  else if (is_char (run, j, ',') && count_word_tokens (run, *region, j) >= 3)
    {
      start_tok = *region;
      content_start = run->tokens[start_tok].start;
      content_end = run->tokens[j].start;
      rule = "report-comma";
    }
  else if (i + n + 1 == te && is_trailing (run->text[run->tokens[te - 1].start]) &&
           count_word_tokens (run, *region, i) >= 2)
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

  if (!trim_content (run, &content_start, &content_end))
    return;

  s = suggestion_new (content_start, content_end, cue_start, cue_end, rule);
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
  if (!find_source (run, s, source_first, source_last, FALSE, FALSE) &&
      !(te <= i + n + 3 && find_source (run, s, i + n, te, FALSE, FALSE)) &&
      /* "… olduğunu belirten Bakan Fidan, …": the participle's noun */
      !(i + n < te && run->tokens[i + n].upper &&
        find_source (run, s, i + n, MIN (te, i + n + MAX_SUBJECT), FALSE, FALSE)) &&
      !(subject_end > *region && g_strcmp0 (rule, "report-sentence") != 0 &&
        find_source (run, s, source_first, source_last, FALSE, TRUE)))
    inherit_source (run, s);
  if (s->source_label != NULL)
    last_source_set (&run->sentence_last, s);
  add_candidate (candidates, s, PRIORITY_REPORT);
  *region = i + n;
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

  /* "…, X said (on Monday)." has little after the verb; "In a statement,
   * the bank said inflation …" has its content there */
  if (subject > *region && subject > ts &&
      (quote_closed_by (run, subject - 1) != NULL ||
       count_word_tokens (run, i + n, MIN (te, i + n + MAX_SUBJECT)) < 4))
    {
      guint p = subject - 1;

      if ((q = quote_closed_by (run, p)) != NULL ||
          (is_char (run, p, ',') && p > *region && (q = quote_closed_by (run, p - 1)) != NULL))
        {
          content_start = q->open + 1;
          content_end = q->close;
          before = TRUE;
        }
      else if (is_char (run, p, ',') || is_char (run, p, 0x2014))
        {
          content_start = run->tokens[*region].start;
          content_end = run->tokens[p].start;
          before = TRUE;
        }
    }

  if (before)
    {
      if (!trim_content (run, &content_start, &content_end))
        return;
      s = suggestion_new (content_start, content_end, cue_start, cue_end,
                          q != NULL ? "report-quote" : "report-before");
      if (subject < i)
        {
          if (!find_source (run, s, subject, i, TRUE, TRUE))
            inherit_source (run, s);
        }
      else
        {
          /* "…,” said John Kirby, a spokesman" */
          guint last = i + n;

          while (last < te && last < i + n + MAX_SUBJECT && !is_char (run, last, ','))
            last++;
          if (!find_source (run, s, i + n, last, FALSE, FALSE))
            inherit_source (run, s);
        }
    }
  else
    {
      guint p = i + n, limit = te > i + MAX_SCAN ? i + MAX_SCAN : te;

      for (guint k = p; k < limit && k < i + n + 8; k++)
        {
          guint m = match_phrase (run, KAYNAK_RULE_THAT, k, limit);

          if (m > 0)
            {
              p = k + m;
              break;
            }
          /* "told Reuters: …", "said, …" */
          if (is_char (run, k, ',') || is_char (run, k, ':'))
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
        if (is_char (run, k - 1, ',') && match_phrase (run, KAYNAK_RULE_ACCORDING, k, limit))
          {
            limit = k - 1;
            break;
          }
      /* "denied the claims" governs no content of its own */
      if (p >= limit || count_word_tokens (run, p, limit) < 3)
        return;
      content_start = run->tokens[p].start;
      content_end = run->tokens[limit - 1].end;
      if (!trim_content (run, &content_start, &content_end))
        return;
      s = suggestion_new (content_start, content_end, cue_start, cue_end, "report-after");
      /* "Powell, who has led the bank since 2018, said …": the subject is
       * before the aside */
      if (!(subject < i && find_source (run, s, subject, i, TRUE, TRUE)) &&
          !(subject == i && find_source (run, s, *region, i, FALSE, FALSE)))
        inherit_source (run, s);
      *region = limit;
    }

  if (s->source_label != NULL)
    last_source_set (&run->sentence_last, s);
  add_candidate (candidates, s, PRIORITY_REPORT);
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
      while (source_last < te && source_last < source_first + 8 && !is_char (run, source_last, ','))
        source_last++;
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
      if (i > ts && match_phrase (run, KAYNAK_RULE_HEDGE, i - 1, i + n) == 1 + n)
        return;
      source_last = i;
      source_first = i;
      while (source_first > ts && source_first + 4 > i && run->tokens[source_first - 1].word)
        source_first--;
      if (source_first == source_last)
        return;
      if (count_word_tokens (run, i + n, MIN (te, i + n + MAX_SUBJECT)) >= 3)
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

  if (!trim_content (run, &content_start, &content_end))
    return;
  s = suggestion_new (content_start, content_end, run->tokens[i].start,
                      run->tokens[i + n - 1].end, "according");
  if (!find_source (run, s, source_first, source_last, FALSE, FALSE))
    {
      /* the words themselves: "diplomatik kaynaklar" */
      if (source_last > source_first)
        {
          guint end;
          g_autofree char *label = label_for_tokens (run, source_first, source_last - 1, TRUE, &end);

          set_source (run, s, label, NULL, KAYNAK_SOURCE_KIND_NAMED,
                      run->tokens[source_first].start, end);
        }
    }
  if (s->source_label != NULL)
    last_source_set (&run->sentence_last, s);
  add_candidate (candidates, s, PRIORITY_ACCORDING);
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
        if (is_char (run, k, ',') || is_char (run, k, ';'))
          {
            end = run->tokens[k].start;
            break;
          }
    }

  if (!trim_content (run, &start, &end))
    return NULL;
  return suggestion_new (start, end, run->tokens[cue_first].start,
                         run->tokens[cue_first + cue_n - 1].end, rule);
}

static void
sentence_rules (Run    *run,
                guint   si,
                GArray *candidates)
{
  guint ts = g_array_index (run->sentence_tokens, guint, si);
  guint te = g_array_index (run->sentence_tokens, guint, si + 1);
  guint region = ts;
  gboolean any = FALSE;

  last_source_clear (&run->sentence_last);
  if (te == ts)
    return;

  for (guint i = ts; i < te; i++)
    {
      guint n = match_phrase (run, KAYNAK_RULE_SILENCE, i, te);

      if (n > 0)
        {
          KaynakSuggestion *s = sentence_suggestion (run, si, i, n, "silence");

          if (s == NULL)
            break;
          gboolean english = run->rules->report_content == KAYNAK_CONTENT_AROUND;

          /* English names the silent one as the subject before the cue */
          if (english ? find_source (run, s, ts, i, FALSE, TRUE) || find_source (run, s, ts, te, FALSE, FALSE)
                      : find_source (run, s, ts, te, FALSE, FALSE))
            {
              /* a known source keeps its kind; a new one is a silence */
              if (s->source_id == NULL)
                s->source_kind = KAYNAK_SOURCE_KIND_NO_COMMENT;
            }
          else
            s->source_kind = KAYNAK_SOURCE_KIND_NO_COMMENT;
          add_candidate (candidates, s, PRIORITY_SILENCE);
          any = TRUE;
          break;
        }
    }

  for (guint i = ts; i < te; i++)
    {
      guint n = match_phrase (run, KAYNAK_RULE_REPORT, i, te);
      guint before = candidates->len;

      if (n == 0)
        continue;
      if (run->rules->report_content == KAYNAK_CONTENT_BEFORE)
        report_before (run, ts, te, &region, i, n, candidates);
      else
        report_around (run, ts, te, &region, i, n, candidates);
      any |= candidates->len > before;
      i += n - 1;
      if (region > i + 1)
        i = region - 1;
    }

  for (guint i = ts; i < te; i++)
    {
      guint n = match_phrase (run, KAYNAK_RULE_ACCORDING, i, te);
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
        guint n = match_phrase (run, KAYNAK_RULE_HEDGE, i, te);

        if (n > 0)
          {
            KaynakSuggestion *s = sentence_suggestion (run, si, i, n, "hedge");

            if (s != NULL)
              {
                /* a hedge says no one stands behind the words */
                add_candidate (candidates, s, PRIORITY_HEDGE);
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
      if (last > ts + 2 && match_phrase (run, KAYNAK_RULE_EVIDENTIAL, last - 1, last))
        {
          KaynakSuggestion *s = sentence_suggestion (run, si, last - 1, 1, "evidential");

          if (s != NULL)
            {
              add_candidate (candidates, s, PRIORITY_EVIDENTIAL);
            }
        }
    }
}

/* Quotations standing on their own, in the sentence where they close */
static void
quote_rules (Run    *run,
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
      if (!trim_content (run, &start, &end))
        continue;
      first = token_at (run, 0, start);
      last = token_at (run, first, end);
      if (count_word_tokens (run, first, last) < run->rules->quote_min_words)
        continue;
      s = suggestion_new (start, end, start, start, "quote");
      s->cue_start = s->cue_end = q->open;
      if (!find_source (run, s, ts, token_at (run, ts, q->open), FALSE, FALSE) &&
          !find_source (run, s, token_at (run, ts, q->close + 1), te, FALSE, FALSE))
        inherit_source (run, s);
      add_candidate (candidates, s, PRIORITY_QUOTE);
    }
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
static void
find_quotes (Run *run)
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

/* --- Putting it together --------------------------------------------------- */

static int
compare_kept (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const KaynakSuggestion *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static gboolean
overlaps_kept (Run              *run,
               KaynakSuggestion *s)
{
  GSequenceIter *iter = g_sequence_search (run->kept, s, compare_kept, NULL);
  GSequenceIter *prev;

  if (!g_sequence_iter_is_end (iter))
    {
      KaynakSuggestion *next = g_sequence_get (iter);
      if (next->start < s->end)
        return TRUE;
    }
  if (!g_sequence_iter_is_begin (iter))
    {
      prev = g_sequence_iter_prev (iter);
      if (((KaynakSuggestion *) g_sequence_get (prev))->end > s->start)
        return TRUE;
    }
  return FALSE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->priority != y->priority)
    return y->priority - x->priority;
  return x->s->start < y->s->start ? -1 : x->s->start > y->s->start;
}

static void
tokens_set_up (Run *run)
{
  g_autoptr(GArray) spans = kaynak_tokenize (run->text, 0, run->length);

  run->n_tokens = spans->len;
  run->tokens = g_new0 (KaynakSuggestToken, spans->len + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      KaynakSpan span = g_array_index (spans, KaynakSpan, i);
      KaynakSuggestToken *t = &run->tokens[i];
      g_autofree char *utf8 = g_ucs4_to_utf8 (run->text + span.start, span.end - span.start,
                                              NULL, NULL, NULL);
      const char *apostrophe;

      t->start = span.start;
      t->end = span.end;
      t->fold = kaynak_text_fold (utf8 != NULL ? utf8 : "");
      t->upper = g_unichar_isupper (run->text[span.start]) || g_unichar_istitle (run->text[span.start]);
      t->word = g_unichar_isalnum (run->text[span.start]);
      apostrophe = t->word ? strpbrk (t->fold, "'") : NULL;
      if (apostrophe == NULL && t->word)
        apostrophe = strstr (t->fold, "\xe2\x80\x99");  /* ’ */
      if (apostrophe == NULL && t->word)
        apostrophe = strstr (t->fold, "\xca\xbc");      /* ʼ */
      t->apostrophe = apostrophe != NULL && apostrophe != t->fold;
      t->stem = t->apostrophe ? g_strndup (t->fold, apostrophe - t->fold) : g_strdup (t->fold);
    }
  /* a sentinel, so a look at the token after the last is safe */
  run->tokens[spans->len].start = run->tokens[spans->len].end = run->length;
  run->tokens[spans->len].fold = g_strdup ("");
  run->tokens[spans->len].stem = g_strdup ("");
}

static void
sentence_tokens_set_up (Run *run)
{
  guint t = 0;

  run->sentence_tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint), run->sentences->len + 1);
  for (guint i = 0; i < run->sentences->len; i++)
    {
      KaynakSpan span = g_array_index (run->sentences, KaynakSpan, i);

      while (t < run->n_tokens && run->tokens[t].start < span.start)
        t++;
      g_array_append_val (run->sentence_tokens, t);
      /* the next sentence's first token is found from here */
      (void) span;
    }
  /* ends: each sentence's tokens run to the next one's first; the last
   * sentence's to its own end */
  {
    guint end = t;

    if (run->sentences->len > 0)
      {
        KaynakSpan last = g_array_index (run->sentences, KaynakSpan, run->sentences->len - 1);
        while (end < run->n_tokens && run->tokens[end].start < last.end)
          end++;
      }
    g_array_append_val (run->sentence_tokens, end);
  }
}

static void
run_clear (Run *run)
{
  for (guint i = 0; i <= run->n_tokens && run->tokens != NULL; i++)
    {
      g_free (run->tokens[i].fold);
      g_free (run->tokens[i].stem);
    }
  g_free (run->tokens);
  g_free (run->text);
  g_clear_pointer (&run->sentences, g_array_unref);
  g_clear_pointer (&run->sentence_tokens, g_array_unref);
  g_clear_pointer (&run->quotes, g_array_unref);
  g_clear_pointer (&run->quote_by_close, g_hash_table_unref);
  g_clear_pointer (&run->quote_by_open, g_hash_table_unref);
  g_clear_pointer (&run->names, kaynak_suggest_names_free);
  g_clear_pointer (&run->kept, g_sequence_free);
  last_source_clear (&run->last);
  last_source_clear (&run->sentence_last);
}

GPtrArray *
kaynak_suggester_suggest (KaynakSuggester     *self,
                          KaynakDocument      *document,
                          KaynakSourceLibrary *library)
{
  Run run = { 0 };
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) kaynak_suggestion_free);
  glong length = 0;
  guint next_quote = 0;

  g_return_val_if_fail (KAYNAK_IS_SUGGESTER (self), result);
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), result);

  run.self = self;
  run.rules = self->rules;
  run.text = g_utf8_to_ucs4_fast (kaynak_document_get_text (document),
                                  kaynak_document_get_text_bytes (document), &length);
  run.length = length;
  run.sentences = kaynak_sentences_split (run.text, run.length);
  tokens_set_up (&run);
  sentence_tokens_set_up (&run);
  run.quotes = g_array_new (FALSE, FALSE, sizeof (Quote));
  run.quote_by_close = g_hash_table_new (NULL, NULL);
  run.quote_by_open = g_hash_table_new (NULL, NULL);
  find_quotes (&run);
  run.names = kaynak_suggest_names_new (self->rules, document, library);
  run.kept = g_sequence_new (NULL);

  for (guint si = 0; si < run.sentences->len; si++)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
      KaynakSuggestion *with_source = NULL;

      sentence_rules (&run, si, candidates);
      quote_rules (&run, si, &next_quote, candidates);
      g_array_sort (candidates, compare_candidates);

      for (guint i = 0; i < candidates->len; i++)
        {
          KaynakSuggestion *s = g_array_index (candidates, Candidate, i).s;
          g_autoptr(GPtrArray) claims = NULL;

          claims = kaynak_document_claims_in_range (document, s->start, s->end);
          if (overlaps_kept (&run, s) || claims->len > 0)
            {
              kaynak_suggestion_free (s);
              continue;
            }
          g_sequence_insert_sorted (run.kept, s, compare_kept, NULL);
          /* what "he" and a sentence naming no one go back to: someone
           * who spoke, not a silence nor an unnamed source */
          if (s->source_label != NULL &&
              (s->source_kind == KAYNAK_SOURCE_KIND_NAMED ||
               s->source_kind == KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT) &&
              (with_source == NULL || s->start > with_source->start))
            with_source = s;
        }
      if (with_source != NULL)
        last_source_set (&run.last, with_source);
    }

  for (GSequenceIter *iter = g_sequence_get_begin_iter (run.kept);
       !g_sequence_iter_is_end (iter); iter = g_sequence_iter_next (iter))
    g_ptr_array_add (result, g_sequence_get (iter));

  run_clear (&run);
  return result;
}

/* --- --output ---------------------------------------------------------------- */

gboolean
kaynak_suggestions_apply (KaynakDocument *document,
                          GPtrArray      *suggestions,
                          guint          *n_added,
                          GError        **error)
{
  guint added = 0;

  kaynak_document_begin_group (document);
  for (guint i = 0; i < suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (suggestions, i);
      const char *source_id = NULL;
      KaynakClaim *claim;

      if (s->source_id != NULL && kaynak_document_lookup_source (document, s->source_id) != NULL)
        source_id = s->source_id;
      else if (s->source_label != NULL)
        {
          KaynakSource *existing = kaynak_document_find_source_by_name (document, s->source_label, NULL);

          if (existing != NULL)
            source_id = kaynak_source_get_id (existing);
          else
            {
              g_autoptr(KaynakSource) source =
                kaynak_document_make_source (document, s->source_label, s->source_kind);

              if (!kaynak_document_add_source (document, source, error))
                goto failed;
              source_id = kaynak_source_get_id (source);
            }
        }

      claim = kaynak_document_create_claim (document, s->start, s->end, source_id, error);
      if (claim == NULL)
        goto failed;
      if (s->cue_end > s->cue_start)
        {
          g_autofree char *cue = kaynak_document_dup_slice (document, s->cue_start, s->cue_end);

          if (g_utf8_strlen (cue, -1) <= KAYNAK_CUE_MAX_LENGTH &&
              !kaynak_document_add_claim_cue (document, kaynak_claim_get_id (claim), cue, error))
            goto failed;
        }
      added++;
    }
  kaynak_document_end_group (document);
  if (n_added != NULL)
    *n_added = added;
  return TRUE;

failed:
  kaynak_document_end_group (document);
  if (n_added != NULL)
    *n_added = added;
  return FALSE;
}
