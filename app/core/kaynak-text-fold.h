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

G_END_DECLS
