/* kaynak-anchor-private.h: what kaynak-anchor-text.c (the prepared text
 * and its index), kaynak-anchor.c (the exact steps) and
 * kaynak-anchor-approx.c (scoring and approximate matching) share.  Not
 * for use outside them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-anchor.h"

G_BEGIN_DECLS

/* One index entry per this many bytes: 5 MB of text costs 20 KB of index,
 * and turning a byte offset into a code point offset walks at most this
 * many bytes. */
#define INDEX_BLOCK 1024

/* An exact quote this long says enough by itself, context or none */
#define KAYNAK_ANCHOR_DISTINCTIVE_QUOTE 64

struct _KaynakAnchorText
{
  const char *text;
  gsize       n_bytes;
  guint       n_chars;
  /* n_chars_before[i]: code points that start before byte i * INDEX_BLOCK */
  guint      *n_chars_before;
  gsize       n_blocks;
  /* Work spent on approximate searches of the whole text, which is
   * capped (kaynak-anchor.h) */
  guint64     whole_text_spent;
};

/* A character is a lead byte and the continuation bytes after it, even in
 * text that is not valid UTF-8, so that offsets always agree. */
static inline gboolean
is_lead_byte (guchar c)
{
  return (c & 0xC0) != 0x80;
}

/* Characters (lead bytes) in [@from, @to) */
guint              kaynak_anchor_count_chars         (const char       *from,
                                                      const char       *to);
/* Code points that start before byte @byte (≤ n_bytes) */
guint              kaynak_anchor_text_byte_to_char   (KaynakAnchorText *self,
                                                      gsize             byte);
/* Byte where code point @offset starts; n_bytes for offset ≥ n_chars */
gsize              kaynak_anchor_text_char_to_byte   (KaynakAnchorText *self,
                                                      guint             offset);

/* Step 2's check: whether the exact occurrence at @start, whose context
 * did not all match, is still the claim rather than the same words
 * elsewhere.  @prefix and @suffix are valid UTF-8 ("" if none). */
gboolean           kaynak_anchor_exact_is_acceptable (KaynakAnchorText *self,
                                                      const char       *prefix,
                                                      const char       *suffix,
                                                      guint             start,
                                                      guint             quote_chars,
                                                      guint             old_start);

/* Step 3: the edited quote, or KAYNAK_ANCHOR_NOT_FOUND.  @quote is valid
 * UTF-8 of @quote_chars code points; @old_start ≤ the text length. */
KaynakAnchorResult kaynak_anchor_find_approximate    (KaynakAnchorText *self,
                                                      const char       *quote,
                                                      guint             quote_chars,
                                                      const char       *prefix,
                                                      const char       *suffix,
                                                      guint             old_start,
                                                      guint            *new_start,
                                                      guint            *new_end);

G_END_DECLS
