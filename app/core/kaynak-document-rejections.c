/* kaynak-document-rejections.c: the suggestions the user rejected (see
 * "Rejected suggestions" in kaynak-document.h).
 *
 * A sorted array: a lookup is a binary search, so the suggester's check of
 * each candidate costs O(log n), and an insertion a memmove.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kaynak-document-impl.h"
#include "kaynak-error.h"

/* The index of the first rejection not before (@start, @end) */
static guint
lower_bound (GPtrArray *rejections,
             guint      start,
             guint      end)
{
  guint lo = 0, hi = rejections->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      KaynakRejection *r = g_ptr_array_index (rejections, mid);
      guint s = kaynak_rejection_get_start (r), e = kaynak_rejection_get_end (r);

      if (s < start || (s == start && e < end))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The index of the rejection of exactly [start, end), or G_MAXUINT */
static guint
find (GPtrArray *rejections,
      guint      start,
      guint      end)
{
  guint i = lower_bound (rejections, start, end);

  if (i < rejections->len)
    {
      KaynakRejection *r = g_ptr_array_index (rejections, i);

      if (kaynak_rejection_get_start (r) == start && kaynak_rejection_get_end (r) == end)
        return i;
    }
  return G_MAXUINT;
}

static void
insert (KaynakDocument  *self,
        KaynakRejection *rejection)
{
  guint start = kaynak_rejection_get_start (rejection);
  guint end = kaynak_rejection_get_end (rejection);

  if (find (self->rejections, start, end) != G_MAXUINT)
    return;
  g_ptr_array_insert (self->rejections, lower_bound (self->rejections, start, end),
                      g_object_ref (rejection));
}

GPtrArray *
kaynak_document_get_rejections (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), NULL);
  return self->rejections;
}

gboolean
kaynak_document_is_rejected (KaynakDocument *self,
                             guint           start,
                             guint           end)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);
  return find (self->rejections, start, end) != G_MAXUINT;
}

gboolean
kaynak_document_reject_range (KaynakDocument  *self,
                              guint            start,
                              guint            end,
                              GError         **error)
{
  g_autoptr(KaynakRejection) rejection = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), FALSE);

  if (start >= end || end > self->length)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The range %u–%u is not a passage of the article"), start, end);
      return FALSE;
    }
  if (find (self->rejections, start, end) != G_MAXUINT)
    return TRUE;

  quote = kaynak_document_dup_slice (self, start, end);
  /* the words around it, as a claim keeps them: what finds this place
   * again, and not the same words elsewhere, when the article changes */
  prefix = kaynak_document_dup_slice (self, start > KAYNAK_CLAIM_CONTEXT_LENGTH ? start - KAYNAK_CLAIM_CONTEXT_LENGTH : 0,
                                      start);
  suffix = kaynak_document_dup_slice (self, end, MIN ((guint64) end + KAYNAK_CLAIM_CONTEXT_LENGTH, self->length));
  rejection = kaynak_rejection_new (start, end, quote, prefix, suffix);
  kaynak_document_begin_group (self);
  _kaynak_document_record (self, EDIT_REJECTION, kaynak_rejection_get_id (rejection),
                           NULL, G_OBJECT (rejection), 0);
  insert (self, rejection);
  kaynak_document_end_group (self);
  return TRUE;
}

void
_kaynak_document_bulk_add_rejection (KaynakDocument  *self,
                                     KaynakRejection *rejection)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail (kaynak_rejection_get_end (rejection) <= self->length);
  insert (self, rejection);
}

void
_kaynak_document_apply_rejection (KaynakDocument  *self,
                                  const char      *id,
                                  KaynakRejection *state)
{
  guint start, end, i;

  if (state != NULL)
    {
      insert (self, state);
      return;
    }
  if (sscanf (id, "%u-%u", &start, &end) != 2)
    g_return_if_reached ();
  i = find (self->rejections, start, end);
  if (i != G_MAXUINT)
    g_ptr_array_remove_index (self->rejections, i);
}
