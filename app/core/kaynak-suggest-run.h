/* kaynak-suggest-run.h: one run of the suggestion engine over an
 * article, shared by its parts: kaynak-suggest.c (the object, setting up
 * and putting the candidates together), kaynak-suggest-text.c (words,
 * spans and quotations), kaynak-suggest-sources.c (who is named) and
 * kaynak-suggest-cues.c (the rules' cues and what they govern).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-suggest-private.h"

G_BEGIN_DECLS

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
  /* a person's: the known body named before the title ("AB" for "AB
   * Komisyonu Başkanı Ursula von der Leyen"), or NULL */
  char             *org;
  /* a person's: the folded title the person was met after ("bakanı"),
   * for "Bakan, …" later, or NULL */
  char             *title;
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
  GArray             *mentions;        /* LastSource: every source suggested and name met so far, in order */
  gboolean            hearsay;         /* the cue at hand names no one */
  gboolean            dative;          /* the source words end in a suffix ("… göre") */
} Run;


/* kaynak-suggest-text.c */
void              _kaynak_suggest_last_source_clear (LastSource       *last);
void              _kaynak_suggest_last_source_set   (LastSource       *last,
                                                     KaynakSuggestion *s);
/* How many words of @kind's phrases start at token @i (ending before
 * @limit): the longest match, 0 for none */
guint             _kaynak_suggest_match_phrase      (Run            *run,
                                                     KaynakRuleKind  kind,
                                                     guint           i,
                                                     guint           limit);
gboolean          _kaynak_suggest_is_char           (Run            *run,
                                                     guint           token,
                                                     gunichar        c);
/* The quotation whose closing mark is token @token, or NULL */
const Quote      *_kaynak_suggest_quote_closed_by   (Run            *run,
                                                     guint           token);
/* The quotation whose opening mark is token @token, or NULL */
const Quote      *_kaynak_suggest_quote_opened_by   (Run            *run,
                                                     guint           token);
gboolean          _kaynak_suggest_is_trailing       (gunichar        c);
gboolean          _kaynak_suggest_trim_content      (Run            *run,
                                                     guint          *start,
                                                     guint          *end);
guint             _kaynak_suggest_count_word_tokens (Run            *run,
                                                     guint           first,
                                                     guint           last);
guint             _kaynak_suggest_token_at          (Run            *run,
                                                     guint           from,
                                                     guint           offset);
KaynakSuggestion *_kaynak_suggest_suggestion_new    (guint           start,
                                                     guint           end,
                                                     guint           cue_start,
                                                     guint           cue_end,
                                                     const char     *rule);
void              _kaynak_suggest_add_candidate     (GArray           *candidates,
                                                     KaynakSuggestion *s,
                                                     int               priority);
/* Every quotation of the text into run->quotes, by where it opens */
void              _kaynak_suggest_find_quotes       (Run            *run);

/* kaynak-suggest-sources.c */
/* Whether code point @offset starts a sentence (or a line) */
gboolean          _kaynak_suggest_sentence_initial  (Run            *run,
                                                     guint           offset);
/* Whether token @token is a Turkish common noun capitalised as the
 * sentence's first word: a case ending with no apostrophe, which a name
 * would have ("Duruşmada", "Saldırıda", "İddianamede") */
gboolean          _kaynak_suggest_common_noun       (Run            *run,
                                                     guint           token);
gboolean          _kaynak_suggest_is_genitive       (const char     *fold);
char             *_kaynak_suggest_label_for_tokens  (Run            *run,
                                                     guint           first,
                                                     guint           last,
                                                     gboolean        strip,
                                                     guint          *out_end);
void              _kaynak_suggest_set_source        (Run              *run,
                                                     KaynakSuggestion *s,
                                                     const char       *label,
                                                     const char       *id,
                                                     KaynakSourceKind  kind,
                                                     guint             start,
                                                     guint             end);
gboolean          _kaynak_suggest_find_source       (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             first,
                                                     guint             last,
                                                     gboolean          closest_last,
                                                     gboolean          subject);
void              _kaynak_suggest_inherit_source    (Run              *run,
                                                     KaynakSuggestion *s);

/* kaynak-suggest-mentions.c */
/* Remembers a source met in the text, for "aynı yetkili" / "the ministry"
 * and "he" later on */
void              _kaynak_suggest_mention_add       (Run              *run,
                                                     const char       *label,
                                                     const char       *id,
                                                     KaynakSourceKind  kind);
/* The names met in sentence @si (capitalised runs of several words and
 * known names) into run->mentions */
void              _kaynak_suggest_mentions_of_sentence (Run           *run,
                                                        guint          si);
/* The source a sentence naming someone already met goes back to ("Powell
 * declined to …" before "“…,” he said"): fills @out, TRUE if found */
gboolean          _kaynak_suggest_sentence_person   (Run              *run,
                                                     guint             si,
                                                     LastSource       *out);
/* The latest person met whose last word is @stem, or NULL */
const LastSource *_kaynak_suggest_person_by_last_word (Run        *run,
                                                       const char *stem);
/* Whether the capitalised words [from, to) are a person */
gboolean          _kaynak_suggest_person_run        (Run            *run,
                                                     guint           from,
                                                     guint           to);
/* "Bakan, …": the person met last with the title of token @token */
const LastSource *_kaynak_suggest_person_by_title   (Run            *run,
                                                     guint           token);
/* "Aynı yetkiliye göre", "the official said": the latest name met with the
 * noun in it.  TRUE if @s got a source */
gboolean          _kaynak_suggest_anaphor_source    (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             first,
                                                     guint             last);
/* The end (exclusive) of a run of capitalised words starting at token @i */
guint             _kaynak_suggest_capital_run_end   (Run            *run,
                                                     guint           i,
                                                     guint           last,
                                                     gboolean        stop_at_title);

/* kaynak-suggest-persons.c */
/* Sets @s's source to the name of tokens [from, to) */
void              _kaynak_suggest_set_name_source   (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             from,
                                                     guint             to);
/* Two speakers of one claim ("… ve … ortak açıklamada") */
void              _kaynak_suggest_joint_source      (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             a_from,
                                                     guint             a_to,
                                                     guint             b_from,
                                                     guint             b_to,
                                                     guint             first,
                                                     guint             last,
                                                     const char       *a_org,
                                                     const char       *b_org);
/* The end of a second name coordinated with the capitalised words
 * [from, to), or 0 */
guint             _kaynak_suggest_coordinated_end   (Run            *run,
                                                     guint           from,
                                                     guint           to,
                                                     guint           last);
gboolean          _kaynak_suggest_possessed_person  (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             genitive,
                                                     guint             last);
gboolean          _kaynak_suggest_possessed_noun    (Run            *run,
                                                     guint           noun,
                                                     guint           last);
/* "Dışişleri Bakanı Hakan Fidan": a person after a title.  TRUE if @s got
 * a source */
gboolean          _kaynak_suggest_titled_source     (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             first,
                                                     guint             last,
                                                     gboolean          closest_last);
/* "His lawyer, Daniel Okafor, said": a name standing alone between two
 * commas right before the verb at token @verb.  TRUE if @s got it. */
gboolean          _kaynak_suggest_find_appositive   (Run              *run,
                                                     KaynakSuggestion *s,
                                                     guint             region,
                                                     guint             verb);
/* The source a sentence that has no suggestion's leaves to the next: a
 * person named after a title ("Sağlık Bakanı Kemal Memişoğlu dün …"), else
 * a known name that is not a place things happen in or go to ("Ankara’da",
 * "Rusya’ya").  Fills @out, TRUE if found */
gboolean          _kaynak_suggest_sentence_subject  (Run              *run,
                                                     guint             si,
                                                     LastSource       *out);

/* kaynak-suggest-cues.c: the candidates of sentence @si */
void              _kaynak_suggest_sentence_rules    (Run            *run,
                                                     guint           si,
                                                     GArray         *candidates);
void              _kaynak_suggest_quote_rules       (Run            *run,
                                                     guint           si,
                                                     guint          *next_quote,
                                                     GArray         *candidates);

G_END_DECLS
