/* kaynak-tokenizer.h: the tokeniser behind the CoNLL export, written for
 * Turkish news text.  Offsets are code points.
 *
 * Rules (also in the README, section “Datasets”):
 *  - white space separates tokens and is never part of one;
 *  - a word is a run of letters, digits and combining marks;
 *  - an apostrophe (' U+0027, ’ U+2019 or ʼ U+02BC) between a letter or
 *    digit and a letter joins: the Turkish suffix stays on its stem, so
 *    "Kore’ye", "ABD'nin" and "2017’de" are one token each;
 *  - a hyphen (- U+002D, ‐ U+2010, ‑ U+2011) or an en dash (– U+2013, only
 *    between digits) between two letters or digits joins: "27-28",
 *    "Rusya-Ukrayna";
 *  - ".", ",", ":" or "/" between two digits joins: "3.000", "1,5",
 *    "14:30", "29/11/2026";
 *  - zero-width characters are never tokens: U+200B (zero width space)
 *    separates like a space; U+200C, U+200D (non-joiner, joiner), U+2060
 *    (word joiner), U+FEFF (a byte order mark pasted mid-text) and U+00AD
 *    (soft hyphen, a hyphenation hint) between two word characters are
 *    part of the word ("Anka\u00ADra" is one token) and are dropped
 *    anywhere else;
 *  - an emoji followed by variation selectors or skin-tone modifiers, and
 *    emoji joined by U+200D, are one token;
 *  - every other character is a token of its own, so quotes (straight and
 *    curly), brackets and punctuation stand alone; a run of periods
 *    ("...") is one token.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-sentence.h"

G_BEGIN_DECLS

/* Tokens of @text[start, end) as a GArray of KaynakSpan (absolute
 * offsets). */
GArray *kaynak_tokenize (const gunichar *text,
                         guint           start,
                         guint           end);

G_END_DECLS
