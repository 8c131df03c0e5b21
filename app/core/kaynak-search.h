/* kaynak-search.h: finding a word in the article as its reader would,
 * whatever its case, by the rules of the article's language.
 *
 * The text and the needle are folded alike (kaynak_text_fold_char(): the
 * Turkic i's for "tr" and "az", Unicode default case folding otherwise,
 * accents optionally set aside), and matches are reported as code point
 * offsets [start, end) in the ORIGINAL text, even where folding changed
 * the length ("ß" is "ss"; "İ" outside Turkish is "i" and a dot).
 *
 * A match starts and ends on whole characters of the original text: "s"
 * does not find half of "ß", and where accents count "s" does not find
 * the "s" of a "ş" written as "s" and a combining cedilla.  Matches never
 * overlap: they are taken from left to right, each after the previous one
 * ("aa" in "aaaaa" is found at 0 and 2), as a reader stepping through them
 * expects.  Time is linear in the text (Knuth–Morris–Pratt over the folded
 * text as it is made), memory linear in the needle and the matches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

typedef enum {
  KAYNAK_SEARCH_DEFAULT        = 0,
  /* "sogus" finds "soğuş"; see kaynak-text-fold.h */
  KAYNAK_SEARCH_IGNORE_ACCENTS = 1 << 0,
} KaynakSearchFlags;

typedef struct {
  guint start;   /* code points, inclusive */
  guint end;     /* code points, exclusive */
} KaynakSearchMatch;

/* Every match of @needle in the first @length bytes of @text (-1: up to
 * the nul), folded for @language (BCP 47; NULL or "" for no language).
 * An empty needle, or one that folds to nothing, finds nothing; so does
 * text or a needle that is not UTF-8.  Returns (transfer full) a GArray of
 * KaynakSearchMatch in text order. */
GArray *kaynak_search_find_all       (const char        *text,
                                      gssize             length,
                                      const char        *needle,
                                      const char        *language,
                                      KaynakSearchFlags  flags);

/* A needle folded once, to look for in many texts (the claim list's
 * filter runs it over every quote and note) */
typedef struct _KaynakSearcher KaynakSearcher;

KaynakSearcher *kaynak_searcher_new       (const char        *needle,
                                           const char        *language,
                                           KaynakSearchFlags  flags);
void            kaynak_searcher_free      (KaynakSearcher    *self);
/* Whether the needle folded to nothing (it then finds nothing) */
gboolean        kaynak_searcher_is_empty  (KaynakSearcher    *self);
GArray         *kaynak_searcher_find_all  (KaynakSearcher    *self,
                                           const char        *text,
                                           gssize             length);
/* Whether @text (nul-terminated) has a match; stops at the first */
gboolean        kaynak_searcher_contains  (KaynakSearcher    *self,
                                           const char        *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakSearcher, kaynak_searcher_free)

/* The same over @document's text and language */
GArray *kaynak_search_document       (KaynakDocument    *document,
                                      const char        *needle,
                                      KaynakSearchFlags  flags);

/* "Tag All Matches as…": a claim with @source_id over each of the
 * @n_matches matches, in ONE undo step.  A match that is exactly the
 * range of a claim already is left as it is (never a second claim over
 * the same words, nor a silent retag).  Fails, changing nothing, with
 * KAYNAK_ERROR_NOT_FOUND for an unknown source and KAYNAK_ERROR_RANGE for
 * a match outside the text.  Returns how many claims were made (set in
 * @n_tagged; FALSE on error). */
gboolean kaynak_document_tag_matches (KaynakDocument          *document,
                                      const KaynakSearchMatch *matches,
                                      guint                    n_matches,
                                      const char              *source_id,
                                      guint                   *n_tagged,
                                      GError                 **error);

G_END_DECLS
