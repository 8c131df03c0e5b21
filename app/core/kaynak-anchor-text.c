/* kaynak-anchor-text.c: an article prepared for re-anchoring: its text
 * and a sparse index that turns byte offsets into code points and back.
 *
 * One index entry per INDEX_BLOCK bytes (kaynak-anchor-private.h), so that
 * megabytes of text cost kilobytes of index and a conversion walks at most
 * one block.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-anchor-private.h"

guint
kaynak_anchor_count_chars (const char *from,
                           const char *to)
{
  guint n = 0;

  for (const char *p = from; p < to; p++)
    n += is_lead_byte (*p);

  return n;
}

KaynakAnchorText *
kaynak_anchor_text_new (const char *text,
                        gssize      length)
{
  KaynakAnchorText *self;
  guint n = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_new0 (KaynakAnchorText, 1);
  self->text = text != NULL ? text : "";
  self->n_bytes = length < 0 ? strlen (text) : (gsize) length;
  self->n_blocks = self->n_bytes / INDEX_BLOCK + 1;
  self->n_chars_before = g_new (guint, self->n_blocks);

  for (gsize i = 0; i < self->n_blocks; i++)
    {
      gsize from = i * INDEX_BLOCK;
      gsize to = MIN (from + INDEX_BLOCK, self->n_bytes);

      self->n_chars_before[i] = n;
      n += kaynak_anchor_count_chars (self->text + from, self->text + to);
    }
  self->n_chars = n;

  return self;
}

void
kaynak_anchor_text_free (KaynakAnchorText *self)
{
  if (self == NULL)
    return;

  g_free (self->n_chars_before);
  g_free (self);
}

guint
kaynak_anchor_text_get_length (KaynakAnchorText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_chars;
}

guint
kaynak_anchor_text_byte_to_char (KaynakAnchorText *self,
                                 gsize             byte)
{
  gsize block = byte / INDEX_BLOCK;

  return self->n_chars_before[block]
         + kaynak_anchor_count_chars (self->text + block * INDEX_BLOCK, self->text + byte);
}

gsize
kaynak_anchor_text_char_to_byte (KaynakAnchorText *self,
                                 guint             offset)
{
  gsize lo = 0;
  gsize hi = self->n_blocks;
  gsize p;
  guint n;

  if (offset >= self->n_chars)
    return self->n_bytes;

  /* The last block that starts with at most @offset code points before it */
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->n_chars_before[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }

  p = lo * INDEX_BLOCK;
  n = self->n_chars_before[lo];
  for (; p < self->n_bytes; p++)
    {
      if (!is_lead_byte (self->text[p]))
        continue;
      if (n == offset)
        return p;
      n++;
    }

  return self->n_bytes;
}
