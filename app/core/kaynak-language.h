/* kaynak-language.h: the article's language: guessing Turkish or English
 * from its text, and the rule for a language code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of the text kaynak_language_detect() reads, in characters
 * (code points): the start of an article says its language as well as
 * the whole, and the time stays bounded whatever its size. */
#define KAYNAK_LANGUAGE_SAMPLE 20000

/* "tr" or "en" when the first KAYNAK_LANGUAGE_SAMPLE characters of @text
 * (UTF-8, @length bytes or -1) are clearly Turkish or English, else NULL
 * (too short to tell, evenly mixed, or neither).
 *
 * The method: split the sample into words; a word counts for Turkish if
 * it is one of Turkish's most common function words ("ve", "bir",
 * "için"…) or holds a letter of the Turkish alphabet that English lacks
 * (ç ğ ı İ ö ş ü); it counts for English if it is one of English's most
 * common function words ("the", "and", "of"…).  A language wins with at
 * least three words, at least a tenth of all the words, and at least
 * twice the other's count. */
const char *kaynak_language_detect    (const char  *text,
                                       gssize       length);

/* Whether @tag is "" or shaped like a BCP 47 language tag: a language of
 * two or three letters, then subtags of one to eight letters or digits,
 * joined by hyphens ("tr", "en-GB", "az-Latn", "pt-BR").  The registry
 * is not consulted.  The KAYNAK_ERROR_INVALID message gives examples. */
gboolean    kaynak_language_tag_check (const char  *tag,
                                       GError     **error);

G_END_DECLS
