/* kaynak-word-snap.c: widening a selection to whole words, by the CoNLL
 * export's word rules (kaynak-word-snap.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-word-snap.h"
#include "formats/kaynak-tokenizer.h"

guint
kaynak_word_snap_edge (const gunichar *text,
                       guint           length,
                       guint           offset,
                       gboolean        is_start)
{
  g_autoptr(GArray) tokens = NULL;
  guint from, to;
  guint result = offset;

  g_return_val_if_fail (text != NULL || length == 0, offset);

  if (offset == 0 || offset >= length)
    return offset;

  /* White space always separates tokens, so tokenising from the white
   * space before the edge to the white space after it gives the very
   * tokens the whole text would (the tokeniser looks back one code point
   * only within a token) */
  from = offset;
  while (from > 0 && offset - from < KAYNAK_WORD_SNAP_REACH &&
         !g_unichar_isspace (text[from - 1]))
    from--;
  to = offset;
  while (to < length && to - offset < KAYNAK_WORD_SNAP_REACH &&
         !g_unichar_isspace (text[to]))
    to++;

  tokens = kaynak_tokenize (text, from, to);
  for (guint i = 0; i < tokens->len; i++)
    {
      const KaynakSpan *token = &g_array_index (tokens, KaynakSpan, i);

      if (token->start < offset && offset < token->end)
        {
          result = is_start ? token->start : token->end;
          break;
        }
      if (token->start >= offset)
        break;
    }
  return result;
}

void
kaynak_word_snap_range (const gunichar *text,
                        guint           length,
                        guint          *start,
                        guint          *end)
{
  g_return_if_fail (start != NULL && end != NULL);

  if (*start >= *end)
    return;

  *start = kaynak_word_snap_edge (text, length, *start, TRUE);
  *end = kaynak_word_snap_edge (text, length, *end, FALSE);
}
