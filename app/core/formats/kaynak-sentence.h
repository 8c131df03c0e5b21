/* kaynak-sentence.h: splitting an article into sentences, for the
 * "sentence" column of the datasets and the sentences of CoNLL.
 *
 * The rule, on code points:
 *  - a line break (LF, CR, U+2028, U+2029) always ends a sentence;
 *  - ".", "!", "?" or "…" (a run of them, then any closing quotes or
 *    brackets) followed by white space or the end ends a sentence, unless
 *    the next word starts with a lower-case letter or a digit (Turkish
 *    ordinals such as "15. yüzyıl", "vb. gibi") or the word before the
 *    period is a single capital letter (an initial, "A. Yılmaz") or a
 *    known abbreviation (Dr, Prof, Doç, Av, Yrd, Sn, St, vb, vs, No,
 *    Mr, Mrs, Ms);
 *  - white space between sentences belongs to none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-types.h"

G_BEGIN_DECLS

/* KaynakSpan (kaynak-types.h): code points, start inclusive, end exclusive */

/* Sentences of @text (@length code points, as UCS-4) in order.
 * Returns a GArray of KaynakSpan. */
GArray *kaynak_sentences_split (const gunichar *text,
                                guint           length);

/* The span from the start of the sentence holding @start to the end of the
 * sentence holding @end - 1, widened to include [start, end) itself. */
void    kaynak_sentences_cover (GArray         *sentences,
                                guint           start,
                                guint           end,
                                guint          *out_start,
                                guint          *out_end);

G_END_DECLS
