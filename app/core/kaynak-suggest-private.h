/* kaynak-suggest-private.h: what the suggestion engine's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-suggest.h"
#include "kaynak-suggest-rules.h"

G_BEGIN_DECLS

/* One token of the article */
typedef struct
{
  guint     start, end;   /* code points */
  char     *fold;         /* folded (kaynak_text_fold()) */
  char     *stem;         /* folded, cut at an apostrophe ("saray’dan" → "saray") */
  gboolean  upper;        /* starts with a capital letter */
  gboolean  word;         /* starts with a letter or digit */
  gboolean  apostrophe;   /* carries a suffix after an apostrophe */
} KaynakSuggestToken;

/* A source found in the text */
typedef struct
{
  guint             first, last;  /* tokens, inclusive */
  char             *label;
  char             *id;           /* of the document or library, or NULL */
  KaynakSourceKind  kind;
  gboolean          known;        /* the document's, the library's or a built-in name */
} KaynakSuggestName;

void kaynak_suggest_name_clear (KaynakSuggestName *name);

/* Every name a source may go by: the document's sources, the library's and
 * the rules' built-in ones, in that order of preference */
typedef struct _KaynakSuggestNames KaynakSuggestNames;

KaynakSuggestNames *kaynak_suggest_names_new  (KaynakSuggestRules  *rules,
                                               KaynakDocument      *document,
                                               KaynakSourceLibrary *library);
void                kaynak_suggest_names_free (KaynakSuggestNames  *names);

/* The known name that starts at token @i (no further than @limit,
 * exclusive): fills @out and returns TRUE; the longest one, and of those
 * the document's before the library's before a built-in. */
gboolean kaynak_suggest_names_match (KaynakSuggestNames       *names,
                                     const KaynakSuggestToken *tokens,
                                     guint                     i,
                                     guint                     limit,
                                     KaynakSuggestName        *out);

/* The source of the document or the library one of whose names of
 * several words ends in the folded @word ("fidan" → "Hakan Fidan"): fills
 * @out's label, id and kind */
gboolean kaynak_suggest_names_match_last_word (KaynakSuggestNames *names,
                                               const char         *word,
                                               KaynakSuggestName  *out);

/* The source of the document or the library one of whose names is
 * @text, word for word ("AB–NATO ortak açıklaması"): fills @out */
gboolean kaynak_suggest_names_lookup (KaynakSuggestNames *names,
                                      const char         *text,
                                      KaynakSuggestName  *out);

/* A folded word with one of the rules' suffixes taken off, if the rest is
 * at least two letters, else NULL */
char    *kaynak_suggest_strip_suffix (KaynakSuggestRules *rules,
                                      const char         *fold);

G_END_DECLS
