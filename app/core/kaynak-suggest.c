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
#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-language.h"
#include "kaynak-scheme.h"
#include "kaynak-suggest-run.h"
#include "kaynak-text-fold.h"
#include "formats/kaynak-sentence.h"
#include "formats/kaynak-tokenizer.h"



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
  for (guint i = 0; run->mentions != NULL && i < run->mentions->len; i++)
    _kaynak_suggest_last_source_clear (&g_array_index (run->mentions, LastSource, i));
  g_clear_pointer (&run->mentions, g_array_unref);
  _kaynak_suggest_last_source_clear (&run->last);
  _kaynak_suggest_last_source_clear (&run->sentence_last);
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
  _kaynak_suggest_find_quotes (&run);
  run.names = kaynak_suggest_names_new (self->rules, document, library);
  run.kept = g_sequence_new (NULL);
  run.mentions = g_array_new (FALSE, TRUE, sizeof (LastSource));

  for (guint si = 0; si < run.sentences->len; si++)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
      KaynakSuggestion *with_source = NULL;
      g_autoptr(GPtrArray) kept_here = g_ptr_array_new ();

      _kaynak_suggest_sentence_rules (&run, si, candidates);
      _kaynak_suggest_quote_rules (&run, si, &next_quote, candidates);
      g_array_sort (candidates, compare_candidates);

      for (guint i = 0; i < candidates->len; i++)
        {
          KaynakSuggestion *s = g_array_index (candidates, Candidate, i).s;
          g_autoptr(GPtrArray) claims = NULL;

          claims = kaynak_document_claims_in_range (document, s->start, s->end);
          /* a rejected range is never proposed again; a candidate of
           * lower priority over part of it may still be, as it is not
           * what the user turned down */
          if (overlaps_kept (&run, s) || claims->len > 0 ||
              kaynak_document_is_rejected (document, s->start, s->end))
            {
              kaynak_suggestion_free (s);
              continue;
            }
          g_sequence_insert_sorted (run.kept, s, compare_kept, NULL);
          g_ptr_array_add (kept_here, s);
          /* what "he" and a sentence naming no one go back to: someone
           * who spoke, not a silence nor an unnamed source */
          if (s->source_label != NULL &&
              (s->source_kind == KAYNAK_SOURCE_KIND_NAMED ||
               s->source_kind == KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT) &&
              (with_source == NULL || s->start > with_source->start))
            with_source = s;
        }
      /* what the next sentence may go back to: this one's source, else
       * its subject (a person after a title, else the first known name in
       * it not in the locative or dative), else a person met before named
       * by the surname, else nothing (the rule is "the same or the
       * previous sentence") */
      if (with_source != NULL)
        _kaynak_suggest_last_source_set (&run.last, with_source);
      else
        {
          _kaynak_suggest_last_source_clear (&run.last);
          _kaynak_suggest_sentence_subject (&run, si, &run.last);
          /* else someone met before named again by a surname */
          if (run.last.label == NULL)
            _kaynak_suggest_sentence_person (&run, si, &run.last);
        }
      /* the names of the sentence, then its suggestions' sources: those
       * are the surer, so the later ones, that "the ministry" finds first */
      _kaynak_suggest_mentions_of_sentence (&run, si);
      for (guint i = 0; i < kept_here->len; i++)
        {
          KaynakSuggestion *s = g_ptr_array_index (kept_here, i);

          if (s->source_label != NULL)
            _kaynak_suggest_mention_add (&run, s->source_label, s->source_id, s->source_kind);
        }
    }

  for (GSequenceIter *iter = g_sequence_get_begin_iter (run.kept);
       !g_sequence_iter_is_end (iter); iter = g_sequence_iter_next (iter))
    g_ptr_array_add (result, g_sequence_get (iter));

  run_clear (&run);
  return result;
}

/* --- Accepting ----------------------------------------------------------------- */

KaynakClaim *
kaynak_suggestion_accept (KaynakDocument          *document,
                          const KaynakSuggestion  *s,
                          const char              *source_id,
                          KaynakSourceLibrary     *library,
                          GError                 **error)
{
  KaynakClaim *claim = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (s != NULL, NULL);

  kaynak_document_begin_group (document);
  if (source_id != NULL)
    {
      if (kaynak_document_lookup_source (document, source_id) == NULL)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                       _("There is no source “%s” in this document"), source_id);
          goto out;
        }
    }
  else if (s->source_id != NULL && kaynak_document_lookup_source (document, s->source_id) != NULL)
    source_id = s->source_id;
  else if (s->source_id != NULL && library != NULL &&
           kaynak_source_library_lookup (library, s->source_id) != NULL)
    {
      /* the library's source comes with its kind, aliases and colour, as
       * Tag as… brings it */
      KaynakSource *taken = kaynak_document_take_source (document,
                                                         kaynak_source_library_lookup (library, s->source_id),
                                                         error);

      if (taken == NULL)
        goto out;
      source_id = kaynak_source_get_id (taken);
    }
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
            goto out;
          source_id = kaynak_source_get_id (source);
        }
    }

  claim = kaynak_document_create_claim (document, s->start, s->end, source_id, error);
  if (claim != NULL && s->cue_end > s->cue_start)
    {
      g_autofree char *cue = kaynak_document_dup_slice (document, s->cue_start, s->cue_end);

      if (g_utf8_strlen (cue, -1) <= KAYNAK_CUE_MAX_LENGTH &&
          !kaynak_document_add_claim_cue (document, kaynak_claim_get_id (claim), cue, error))
        claim = NULL;
    }
out:
  kaynak_document_end_group (document);
  return claim;
}

/* --- --output ---------------------------------------------------------------- */

gboolean
kaynak_suggestions_apply (KaynakDocument      *document,
                          GPtrArray           *suggestions,
                          KaynakSourceLibrary *library,
                          guint               *n_added,
                          GError             **error)
{
  guint added = 0;
  gboolean ok = TRUE;

  kaynak_document_begin_group (document);
  for (guint i = 0; i < suggestions->len && ok; i++)
    {
      ok = kaynak_suggestion_accept (document, g_ptr_array_index (suggestions, i), NULL,
                                     library, error) != NULL;
      if (ok)
        added++;
    }
  kaynak_document_end_group (document);
  if (n_added != NULL)
    *n_added = added;
  return ok;
}
