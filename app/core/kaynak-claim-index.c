/* kaynak-claim-index.c: claims in document order with a running maximum
 * of their ends, for offset and range queries in O(log n + k).
 *
 * Claims are sorted by (start, end descending, id).  Beside them we keep a
 * running maximum of their ends: max_end[i] is the largest end among claims
 * 0..i (orphans count as 0, they cover nothing).  To find the claims
 * covering an offset N we binary-search the last claim starting at or before
 * N, then walk backwards only while max_end says some earlier claim still
 * reaches past N.  With claims of ordinary length that walk is a handful of
 * steps, so a query is O(log n + k).  Insertions and removals shift the
 * arrays (one memmove) and repair max_end only as far as it changes, which
 * is usually a step or two: tens of microseconds for 100,000 claims.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-claim-index.h"

struct _KaynakClaimIndex
{
  GObject    parent_instance;
  GPtrArray *claims;
  GArray    *max_end;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KaynakClaimIndex, kaynak_claim_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return KAYNAK_TYPE_CLAIM;
}

static guint
get_n_items (GListModel *model)
{
  return KAYNAK_CLAIM_INDEX (model)->claims->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  KaynakClaimIndex *self = KAYNAK_CLAIM_INDEX (model);

  if (position >= self->claims->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->claims, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
kaynak_claim_index_finalize (GObject *object)
{
  KaynakClaimIndex *self = (KaynakClaimIndex *)object;

  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->max_end, g_array_unref);

  G_OBJECT_CLASS (kaynak_claim_index_parent_class)->finalize (object);
}

static void
kaynak_claim_index_class_init (KaynakClaimIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_claim_index_finalize;
}

static void
kaynak_claim_index_init (KaynakClaimIndex *self)
{
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->max_end = g_array_new (FALSE, FALSE, sizeof (guint));
}

KaynakClaimIndex *
kaynak_claim_index_new (void)
{
  return g_object_new (KAYNAK_TYPE_CLAIM_INDEX, NULL);
}

guint
kaynak_claim_index_get_n_claims (KaynakClaimIndex *self)
{
  return self->claims->len;
}

KaynakClaim *
kaynak_claim_index_get (KaynakClaimIndex *self,
                        guint             position)
{
  g_return_val_if_fail (position < self->claims->len, NULL);
  return g_ptr_array_index (self->claims, position);
}

static inline guint
effective_end (KaynakClaim *claim)
{
  return kaynak_claim_get_orphaned (claim) ? 0 : kaynak_claim_get_end (claim);
}

void
kaynak_claim_index_refresh (KaynakClaimIndex *self,
                            guint             from_position)
{
  guint n = self->claims->len;
  guint running;

  g_array_set_size (self->max_end, n);
  if (from_position >= n)
    return;

  running = from_position > 0 ? g_array_index (self->max_end, guint, from_position - 1) : 0;
  for (guint i = from_position; i < n; i++)
    {
      guint end = effective_end (g_ptr_array_index (self->claims, i));

      if (end > running)
        running = end;
      g_array_index (self->max_end, guint, i) = running;
    }
}

/* First position whose claim sorts after @claim (or equal) */
static guint
lower_bound (KaynakClaimIndex *self,
             KaynakClaim      *claim)
{
  guint lo = 0, hi = self->claims->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (kaynak_claim_compare (g_ptr_array_index (self->claims, mid), claim) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Number of claims whose start is <= @offset */
static guint
count_starting_at_or_before (KaynakClaimIndex *self,
                             guint             offset)
{
  guint lo = 0, hi = self->claims->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (kaynak_claim_get_start (g_ptr_array_index (self->claims, mid)) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

guint
kaynak_claim_index_insert (KaynakClaimIndex *self,
                           KaynakClaim      *claim)
{
  guint position = lower_bound (self, claim);

  guint running, n;

  g_ptr_array_insert (self->claims, position, g_object_ref (claim));

  /* The running maximum only grows where it was below the new end, and it
   * never decreases along the array: stop at the first entry already at
   * least as large.  Usually that is the next one. */
  running = MAX (position > 0 ? g_array_index (self->max_end, guint, position - 1) : 0,
                 effective_end (claim));
  g_array_insert_val (self->max_end, position, running);
  n = self->max_end->len;
  for (guint i = position + 1; i < n; i++)
    {
      guint *value = &g_array_index (self->max_end, guint, i);

      if (*value >= running)
        break;
      *value = running;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);

  return position;
}

guint
kaynak_claim_index_find (KaynakClaimIndex *self,
                         KaynakClaim      *claim)
{
  guint position = lower_bound (self, claim);

  if (position < self->claims->len &&
      g_ptr_array_index (self->claims, position) == (gpointer)claim)
    return position;

  /* The claim was changed in place behind our back; fall back to a scan
   * rather than fail. */
  for (guint i = 0; i < self->claims->len; i++)
    if (g_ptr_array_index (self->claims, i) == (gpointer)claim)
      return i;

  return G_MAXUINT;
}

void
kaynak_claim_index_remove (KaynakClaimIndex *self,
                           guint             position)
{
  g_return_if_fail (position < self->claims->len);

  guint running, n;

  g_ptr_array_remove_index (self->claims, position);
  g_array_remove_index (self->max_end, position);

  /* Without the removed claim the running maximum can only drop; once the
   * recomputed value meets the stored one, everything after it is the
   * same as before. */
  running = position > 0 ? g_array_index (self->max_end, guint, position - 1) : 0;
  n = self->claims->len;
  for (guint i = position; i < n; i++)
    {
      guint *value = &g_array_index (self->max_end, guint, i);

      running = MAX (running, effective_end (g_ptr_array_index (self->claims, i)));
      if (*value == running)
        break;
      *value = running;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

void
kaynak_claim_index_append (KaynakClaimIndex *self,
                           KaynakClaim      *claim)
{
  g_ptr_array_add (self->claims, g_object_ref (claim));
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  return kaynak_claim_compare (*(KaynakClaim **)a, *(KaynakClaim **)b);
}

void
kaynak_claim_index_sort (KaynakClaimIndex *self,
                         guint             n_before)
{
  g_ptr_array_sort (self->claims, compare_claims);
  kaynak_claim_index_refresh (self, 0);
  if (n_before != self->claims->len || n_before > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->claims->len);
}

/* Claims with start < @end and end > @start, in document order */
static GPtrArray *
collect (KaynakClaimIndex *self,
         guint             start,
         guint             end)
{
  GPtrArray *found = g_ptr_array_new ();
  guint i;

  if (end <= start)
    return found;

  i = count_starting_at_or_before (self, end - 1);
  while (i > 0)
    {
      KaynakClaim *claim;

      i--;
      if (g_array_index (self->max_end, guint, i) <= start)
        break;
      claim = g_ptr_array_index (self->claims, i);
      if (effective_end (claim) > start)
        g_ptr_array_add (found, claim);
    }

  /* We walked backwards */
  for (guint a = 0, b = found->len; b > a + 1; a++, b--)
    {
      gpointer tmp = found->pdata[a];

      found->pdata[a] = found->pdata[b - 1];
      found->pdata[b - 1] = tmp;
    }

  return found;
}

GPtrArray *
kaynak_claim_index_at (KaynakClaimIndex *self,
                       guint             offset)
{
  if (offset == G_MAXUINT)
    return g_ptr_array_new ();
  return collect (self, offset, offset + 1);
}

GPtrArray *
kaynak_claim_index_in_range (KaynakClaimIndex *self,
                             guint             start,
                             guint             end)
{
  return collect (self, start, end);
}
