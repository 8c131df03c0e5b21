/* kaynak-suggest-rules.h: the rules of the suggestion engine as read from
 * data/suggest/<language>.rules, a plain line-based file a linguist edits
 * without touching C (the format is described at the top of each file and
 * in docs/SUGGEST.md).
 *
 * Every pattern is kept folded (kaynak_text_fold()), as a list of words; a
 * word may start or end with "*" (any ending, any beginning), or be "*"
 * alone (any one word).  Alternatives in parentheses, "açıkla(dı|ndı|)",
 * are expanded when the file is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-enums.h"

G_BEGIN_DECLS

/* What a pattern line says; the keyword of each in the file is in
 * kaynak-suggest-rules.c (kinds[]) */
typedef enum
{
  KAYNAK_RULE_REPORT,       /* a reporting verb: a cue */
  KAYNAK_RULE_HEARSAY,      /* a reporting verb naming no one ("öğrenildi"): no source is carried over */
  KAYNAK_RULE_CLAUSE_END,   /* the last word of a clause a verb governs (-DIğI) */
  KAYNAK_RULE_OPENER,       /* words after which governed content starts ("açıklamada") */
  KAYNAK_RULE_THAT,         /* a complementiser skipped before content ("that") */
  KAYNAK_RULE_ACCORDING,    /* "according to", "göre" */
  KAYNAK_RULE_HEDGE,        /* "reportedly", "muhtemelen" */
  KAYNAK_RULE_EVIDENTIAL,   /* the last word of a hearsay sentence (-mIş) */
  KAYNAK_RULE_SILENCE,      /* "declined to comment", "yorum yapmadı" */
  KAYNAK_RULE_ANONYMOUS,    /* words of an unnamed source ("officials", "kaynaklar") */
  KAYNAK_RULE_PRONOUN,      /* a subject that names the last source again ("he") */
  KAYNAK_RULE_NOT_NAME,     /* capitalised words that never start a source's name */
  KAYNAK_RULE_SUFFIX,       /* endings stripped from a name without an apostrophe */
  KAYNAK_RULE_NAME_PARTICLE,/* a small word inside a name ("von der Leyen") */
  KAYNAK_RULE_PARTICLE,     /* a small word between a clause and its verb ("de") */
  KAYNAK_RULE_ADJUNCT,      /* a word after a verb that starts no content ("said *in* a statement") */
  KAYNAK_RULE_TITLE,        /* a title before a person's name ("Bakanı", "spokesman"): the name is the source */
  KAYNAK_RULE_SPEAKS_FOR,   /* words after which the one spoken for is named ("a spokesperson for") */
  KAYNAK_RULE_ANAPHOR,      /* words before a noun that names a source met before ("aynı", "the same") */
  KAYNAK_RULE_RELATIVE,     /* a word opening a clause about the subject ("who", "which") */
  KAYNAK_RULE_COORDINATOR,  /* a word joining two speakers ("ve", "ile"): "Von der Leyen ve Rutte" */
  KAYNAK_RULE_JOINT,        /* words that make what two speakers say one joint statement ("ortak") */
  KAYNAK_N_RULE_KINDS
} KaynakRuleKind;

typedef enum
{
  KAYNAK_CONTENT_BEFORE,    /* Turkish: the verb closes what it governs */
  KAYNAK_CONTENT_AROUND,    /* English: after the verb, or before "…, X said" */
} KaynakContentSide;

typedef struct
{
  char  **words;            /* folded, NULL-terminated */
  guint   n_words;
  guint   line;             /* where it is in the file */
} KaynakRulePhrase;

typedef struct
{
  gunichar open;
  gunichar close;
} KaynakRuleQuote;

typedef struct
{
  char             *label;  /* the first name on the line */
  char            **names;  /* every name, label first, NULL-terminated */
  KaynakSourceKind  kind;
  guint             line;
} KaynakRuleSource;

typedef struct
{
  char              *language;
  char              *path;         /* for messages */
  GPtrArray         *phrases[KAYNAK_N_RULE_KINDS];  /* KaynakRulePhrase */
  GArray            *quotes;       /* KaynakRuleQuote */
  GPtrArray         *sources;      /* KaynakRuleSource */
  KaynakContentSide  report_content;
  gboolean           source_after_according;  /* "according to X" (en) vs "X'e göre" (tr) */
  guint              quote_min_words;
  /* what names the joint statement of two speakers' bodies, after their
   * names ("AB–NATO *ortak açıklaması*"), or NULL */
  char              *joint_statement;
} KaynakSuggestRules;

void                kaynak_suggest_rules_free  (KaynakSuggestRules *rules);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakSuggestRules, kaynak_suggest_rules_free)

/* Parses @text (the contents of @path, which only names it in messages)
 * as the rules for @language.  A malformed line fails with
 * KAYNAK_ERROR_INVALID and a message "PATH:LINE: what is wrong". */
KaynakSuggestRules *kaynak_suggest_rules_parse (const char  *text,
                                                const char  *path,
                                                const char  *language,
                                                GError     **error);

/* The folder the rules are read from: $KAYNAK_SUGGEST_DIR if set, else
 * the installed $datadir/kaynak/suggest, else (running from the build
 * tree, not installed) the source tree's data/suggest. */
char               *kaynak_suggest_rules_dup_dir (void);

/* Reads <dir>/<language>.rules; KAYNAK_ERROR_NOT_FOUND naming the file
 * when it is missing, or what kaynak_suggest_rules_parse() says. */
KaynakSuggestRules *kaynak_suggest_rules_load  (const char  *language,
                                                GError     **error);

/* Whether the folded word @word matches the pattern word @pattern */
gboolean            kaynak_suggest_word_matches (const char *pattern,
                                                 const char *word);

G_END_DECLS
