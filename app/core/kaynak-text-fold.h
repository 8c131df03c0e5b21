/* kaynak-text-fold.h: comparing names as a Turkish or English reader
 * would, whatever their case.
 *
 * "Beyaz Saray", "BEYAZ SARAY" and "beyaz saray" are one name; so are
 * "İstanbul", "ISTANBUL" and "istanbul", and "Işık" and "IŞIK".  Plain
 * Unicode case folding gets the Turkish dotted and dotless i wrong both
 * ways (it folds "I" to "i" and "İ" to "i" plus a combining dot), and a
 * locale's own rules would get the English "I" wrong in Turkish.  So
 * every form of the letter i (i, ı, I, İ) folds to one "i": a looser
 * match than either language's rule, and the one that finds what a
 * person typing in either language means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TEXT normalised (NFKC), case-folded, with every i folded together and
 * runs of white space made one space, trimmed.  Free with g_free(). */
char     *kaynak_text_fold          (const char *text);

/* Whether A and B are the same name once folded */
gboolean  kaynak_text_fold_equal    (const char *a,
                                     const char *b);

/* Whether the folded NEEDLE occurs in TEXT once TEXT is folded too */
gboolean  kaynak_text_fold_contains (const char *text,
                                     const char *folded_needle);

/* Searching an article folds it one code point at a time, by the rules of
 * its language, not the looser rule for names above: a Turkish reader
 * tells "ılık" from "ilik", so in Turkish and Azerbaijani "I" is the
 * capital of "ı" and "İ" the capital of "i"; every other language gets
 * Unicode's default case folding (g_utf8_casefold()), where "ß" is "ss"
 * and "İ" is "i" with a combining dot above.  Folded letters are also
 * decomposed (NFD), so a composed and a decomposed "ş" fold alike.
 *
 * KAYNAK_FOLD_IGNORE_ACCENTS drops the combining marks after that, so
 * "sogus" finds "soğuş", and makes the dotless "ı" a plain "i": someone
 * who types without Turkish letters types "i" for both, as "s" for "ş".
 * So with accents ignored "Istanbul" finds "İstanbul" in Turkish too. */
typedef enum {
  KAYNAK_FOLD_TURKIC         = 1 << 0,
  KAYNAK_FOLD_IGNORE_ACCENTS = 1 << 1,
} KaynakFoldFlags;

/* At most this many code points come out of folding one */
#define KAYNAK_FOLD_MAX_CHARS 8

/* Whether the BCP 47 tag @language ("tr", "az-Latn-AZ", "TR") is one whose
 * letter i has the Turkic dotted and dotless forms; NULL or "" is not */
gboolean  kaynak_text_fold_language_is_turkic (const char *language);

/* Folds the code point @c into @out (room for KAYNAK_FOLD_MAX_CHARS);
 * returns how many code points it became (0 for a mark that
 * KAYNAK_FOLD_IGNORE_ACCENTS drops).  A decomposed Turkic "İ" (I followed
 * by U+0307) is two code points: the caller joins them (kaynak-search.c). */
guint     kaynak_text_fold_char     (gunichar        c,
                                     KaynakFoldFlags flags,
                                     gunichar       *out);

G_END_DECLS
