/* kaynak-reliability.c: Krippendorff's alpha at three levels, and Cohen's
 * or Fleiss' kappa, over units coded by several coders (see the header
 * for the formulas).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kaynak-reliability.h"

typedef struct
{
  guint  *members;   /* sorted */
  guint   len;
  guint64 count;
} SetCount;

struct _KaynakReliability
{
  KaynakReliabilityLevel level;
  guint                  n_coders;

  /* alpha */
  guint64     n;               /* pairable values */
  double      observed;        /* Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ */
  GHashTable *category_index;  /* category + 1 → index + 1 (nominal) */
  GArray     *category_count;  /* guint64 per index: pairable values (nominal) */
  gboolean    has_origin;      /* interval: numbers are kept less the first one */
  double      origin, sum, sum_sq;
  GHashTable *sets;            /* "1,3,5" → SetCount (MASI) */

  /* kappa (nominal) */
  GArray     *marginal;        /* Cohen: guint64 [index * 2 + coder] */
  guint64     cohen_units, cohen_agree;
  GArray     *pooled;          /* Fleiss: guint64 per index */
  guint64     fleiss_units, fleiss_values;
  double      fleiss_p_sum;
};

static void
set_count_free (gpointer data)
{
  SetCount *set = data;

  g_free (set->members);
  g_free (set);
}

KaynakReliability *
kaynak_reliability_new (KaynakReliabilityLevel level,
                        guint                  n_coders)
{
  KaynakReliability *self = g_new0 (KaynakReliability, 1);

  g_return_val_if_fail (n_coders >= 2, self);

  self->level = level;
  self->n_coders = n_coders;
  self->category_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->category_count = g_array_new (FALSE, TRUE, sizeof (guint64));
  self->sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, set_count_free);
  self->marginal = g_array_new (FALSE, TRUE, sizeof (guint64));
  self->pooled = g_array_new (FALSE, TRUE, sizeof (guint64));
  return self;
}

void
kaynak_reliability_free (KaynakReliability *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->category_index);
  g_array_unref (self->category_count);
  g_hash_table_unref (self->sets);
  g_array_unref (self->marginal);
  g_array_unref (self->pooled);
  g_free (self);
}

/* The dense index of a nominal category, growing the arrays that count by
 * index */
static guint
index_of (KaynakReliability *self,
          guint              category)
{
  gpointer key = GUINT_TO_POINTER (category + 1);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->category_index, key));

  if (index != 0)
    return index - 1;
  index = g_hash_table_size (self->category_index);
  /* categories are names given by the caller: G_MAXUINT + 1 would be 0 */
  g_return_val_if_fail (category != G_MAXUINT, 0);
  g_hash_table_insert (self->category_index, key, GUINT_TO_POINTER (index + 1));
  g_array_set_size (self->category_count, index + 1);
  g_array_set_size (self->marginal, 2 * (index + 1));
  g_array_set_size (self->pooled, index + 1);
  return index;
}

static int
compare_guint (const void *a,
               const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The sorted copy of a set; repeats are the caller's mistake and are
 * dropped */
static guint *
sorted_set (const guint *members,
            guint        len,
            guint       *out_len)
{
  guint *copy = g_memdup2 (members, (gsize) len * sizeof (guint));
  guint kept = 0;

  /* an empty set is NULL, which qsort() must not be given */
  if (len > 1)
    qsort (copy, len, sizeof (guint), compare_guint);
  for (guint i = 0; i < len; i++)
    if (kept == 0 || copy[kept - 1] != copy[i])
      copy[kept++] = copy[i];
  *out_len = kept;
  return copy;
}

static guint
intersection_size (const guint *a,
                   guint        a_len,
                   const guint *b,
                   guint        b_len)
{
  guint i = 0, j = 0, common = 0;

  while (i < a_len && j < b_len)
    {
      if (a[i] == b[j])
        common++, i++, j++;
      else if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return common;
}

/* Both sorted, without repeats */
static double
masi_sorted (const guint *a,
             guint        a_len,
             const guint *b,
             guint        b_len)
{
  guint common, total;
  double jaccard, monotonicity;

  if (a_len == 0 && b_len == 0)
    return 0;
  common = intersection_size (a, a_len, b, b_len);
  total = a_len + b_len - common;
  jaccard = (double) common / total;
  if (common == a_len && common == b_len)
    monotonicity = 1;
  else if (common == a_len || common == b_len)
    monotonicity = 2.0 / 3.0;
  else if (common > 0)
    monotonicity = 1.0 / 3.0;
  else
    monotonicity = 0;
  return 1.0 - jaccard * monotonicity;
}

double
kaynak_reliability_masi_distance (const guint *a,
                                  guint        a_len,
                                  const guint *b,
                                  guint        b_len)
{
  g_autofree guint *sa = NULL;
  g_autofree guint *sb = NULL;
  guint la, lb;

  sa = sorted_set (a, a_len, &la);
  sb = sorted_set (b, b_len, &lb);
  return masi_sorted (sa, la, sb, lb);
}

static char *
set_key (const guint *members,
         guint        len)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < len; i++)
    g_string_append_printf (key, i > 0 ? ",%u" : "%u", members[i]);
  return g_string_free (key, FALSE);
}

static void
add_set (KaynakReliability *self,
         guint             *members,   /* taken */
         guint              len)
{
  g_autofree char *key = set_key (members, len);
  SetCount *set = g_hash_table_lookup (self->sets, key);

  if (set != NULL)
    {
      set->count++;
      g_free (members);
      return;
    }
  set = g_new0 (SetCount, 1);
  set->members = members;
  set->len = len;
  set->count = 1;
  g_hash_table_insert (self->sets, g_steal_pointer (&key), set);
}

static void
add_kappa_unit (KaynakReliability *self,
                const guint       *index,     /* per coder, G_MAXUINT: no value */
                guint              m,
                guint              n_had)
{
  if (self->n_coders == 2)
    {
      if (index[0] == G_MAXUINT || index[1] == G_MAXUINT)
        return;
      self->cohen_units++;
      self->cohen_agree += index[0] == index[1];
      g_array_index (self->marginal, guint64, 2 * index[0])++;
      g_array_index (self->marginal, guint64, 2 * index[1] + 1)++;
      return;
    }

  /* Fleiss: every coder who had the unit coded it */
  if (m < 2 || m != n_had)
    return;
  {
    g_autofree guint *coded = g_new (guint, m);
    guint64 sq = 0;
    guint k = 0;

    for (guint c = 0; c < self->n_coders; c++)
      if (index[c] != G_MAXUINT)
        {
          coded[k++] = index[c];
          g_array_index (self->pooled, guint64, index[c])++;
        }
    /* Σ_c n_uc²: sorted, the runs are the counts */
    qsort (coded, m, sizeof (guint), compare_guint);
    for (guint i = 0; i < m;)
      {
        guint j = i;

        while (j < m && coded[j] == coded[i])
          j++;
        sq += (guint64) (j - i) * (j - i);
        i = j;
      }
    self->fleiss_p_sum += (double) (sq - m) / ((double) m * (m - 1));
    self->fleiss_units++;
    self->fleiss_values += m;
  }
}

void
kaynak_reliability_add_unit (KaynakReliability            *self,
                             const KaynakReliabilityValue *values,
                             guint                         n_had)
{
  g_autofree guint *index = NULL;
  g_autofree guint **sets = NULL;
  g_autofree guint *set_len = NULL;
  guint m = 0;
  double unit_sum = 0;

  g_return_if_fail (self != NULL && values != NULL);

  for (guint c = 0; c < self->n_coders; c++)
    m += values[c].present != FALSE;

  if (self->level == KAYNAK_RELIABILITY_NOMINAL)
    {
      index = g_new (guint, self->n_coders);
      for (guint c = 0; c < self->n_coders; c++)
        index[c] = values[c].present ? index_of (self, values[c].category) : G_MAXUINT;
      add_kappa_unit (self, index, m, n_had);
    }

  /* alpha: only units with two values or more */
  if (m < 2)
    return;
  self->n += m;

  switch (self->level)
    {
    case KAYNAK_RELIABILITY_NOMINAL:
      for (guint c = 0; c < self->n_coders; c++)
        for (guint d = c + 1; d < self->n_coders; d++)
          if (index[c] != G_MAXUINT && index[d] != G_MAXUINT && index[c] != index[d])
            unit_sum += 2;
      for (guint c = 0; c < self->n_coders; c++)
        if (index[c] != G_MAXUINT)
          g_array_index (self->category_count, guint64, index[c])++;
      break;

    case KAYNAK_RELIABILITY_INTERVAL:
      for (guint c = 0; c < self->n_coders; c++)
        {
          double a;

          if (!values[c].present)
            continue;
          if (!self->has_origin)
            {
              self->origin = values[c].number;
              self->has_origin = TRUE;
            }
          a = values[c].number - self->origin;
          self->sum += a;
          self->sum_sq += a * a;
          for (guint d = c + 1; d < self->n_coders; d++)
            if (values[d].present)
              {
                double diff = values[c].number - values[d].number;

                unit_sum += 2 * diff * diff;
              }
        }
      break;

    case KAYNAK_RELIABILITY_MASI:
      sets = g_new0 (guint *, self->n_coders);
      set_len = g_new0 (guint, self->n_coders);
      for (guint c = 0; c < self->n_coders; c++)
        if (values[c].present)
          sets[c] = sorted_set (values[c].set, values[c].set_len, &set_len[c]);
      for (guint c = 0; c < self->n_coders; c++)
        for (guint d = c + 1; d < self->n_coders; d++)
          if (values[c].present && values[d].present)
            unit_sum += 2 * masi_sorted (sets[c], set_len[c], sets[d], set_len[d]);
      for (guint c = 0; c < self->n_coders; c++)
        if (values[c].present)
          add_set (self, sets[c], set_len[c]);   /* takes sets[c] */
      break;

    default:
      g_assert_not_reached ();
    }

  self->observed += unit_sum / (m - 1);
}

guint64
kaynak_reliability_get_n_values (KaynakReliability *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n;
}

static KaynakAgreementValue
defined (double value)
{
  return (KaynakAgreementValue) { TRUE, value };
}

/* Σ_{i≠j over all pairable values} δ */
static double
expected_sum (KaynakReliability *self)
{
  double n = (double) self->n, total = 0;

  switch (self->level)
    {
    case KAYNAK_RELIABILITY_NOMINAL:
      total = n * n;
      for (guint i = 0; i < self->category_count->len; i++)
        {
          double count = (double) g_array_index (self->category_count, guint64, i);

          total -= count * count;
        }
      return total;

    case KAYNAK_RELIABILITY_INTERVAL:
      /* Σ_{i≠j} (a_i − a_j)² = 2nΣa² − 2(Σa)², on numbers less the origin */
      return 2 * n * self->sum_sq - 2 * self->sum * self->sum;

    case KAYNAK_RELIABILITY_MASI:
      {
        g_autofree SetCount **all = NULL;
        guint k = 0;
        GHashTableIter iter;
        gpointer value;

        all = g_new (SetCount *, g_hash_table_size (self->sets));
        g_hash_table_iter_init (&iter, self->sets);
        while (g_hash_table_iter_next (&iter, NULL, &value))
          all[k++] = value;
        /* pairs within one set: δ = 0 */
        for (guint i = 0; i < k; i++)
          for (guint j = i + 1; j < k; j++)
            total += 2.0 * (double) all[i]->count * (double) all[j]->count *
                     masi_sorted (all[i]->members, all[i]->len, all[j]->members, all[j]->len);
        return total;
      }

    default:
      g_assert_not_reached ();
    }
}

KaynakAgreementValue
kaynak_reliability_get_alpha (KaynakReliability *self)
{
  KaynakAgreementValue none = { FALSE, 0 };
  double n, expected;

  g_return_val_if_fail (self != NULL, none);

  if (self->n < 2)
    return none;
  n = (double) self->n;
  expected = expected_sum (self);
  /* D_e = 0: every value the same, alpha is 0/0 */
  if (expected <= 1e-9 * n * n)
    return none;
  /* 1 − D_o/D_e = 1 − (observed/n) / (expected/(n(n−1))) */
  return defined (1.0 - (n - 1.0) * self->observed / expected);
}

KaynakAgreementValue
kaynak_reliability_get_kappa (KaynakReliability *self)
{
  KaynakAgreementValue none = { FALSE, 0 };
  guint nc;
  double pe = 0;

  g_return_val_if_fail (self != NULL, none);

  if (self->level != KAYNAK_RELIABILITY_NOMINAL)
    return none;
  nc = self->category_count->len;

  if (self->n_coders == 2)
    {
      double po;

      if (self->cohen_units == 0)
        return none;
      po = (double) self->cohen_agree / self->cohen_units;
      for (guint c = 0; c < nc; c++)
        pe += ((double) g_array_index (self->marginal, guint64, 2 * c) / self->cohen_units) *
              ((double) g_array_index (self->marginal, guint64, 2 * c + 1) / self->cohen_units);
      /* pe = 1: both used one and the same category; kappa is 0/0 */
      return pe < 1.0 - 1e-12 ? defined ((po - pe) / (1.0 - pe)) : none;
    }

  if (self->fleiss_units == 0)
    return none;
  for (guint c = 0; c < nc; c++)
    {
      double p = (double) g_array_index (self->pooled, guint64, c) / self->fleiss_values;

      pe += p * p;
    }
  if (pe >= 1.0 - 1e-12)
    return none;
  return defined ((self->fleiss_p_sum / self->fleiss_units - pe) / (1.0 - pe));
}
