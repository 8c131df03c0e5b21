/* kaynak-reliability.h: how far coders agree on the values they gave the
 * same units, for each level of measurement a codebook's fields have.
 *
 * The figures (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"; Passonneau 2006 for MASI; Cohen 1960; Fleiss 1971):
 *
 *  - Krippendorff's alpha = 1 − D_o / D_e over the pairable values (those
 *    of units with two values or more; a coder who gave a unit no value is
 *    a missing value, a unit with one value does not count):
 *      D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ(v_i, v_j)
 *      D_e = 1/(n(n − 1)) Σ_{i≠j over all n pairable values} δ(v_i, v_j)
 *    with the distance δ of the level:
 *      nominal   δ = 0 when equal, else 1 (verdicts, yes/no, one choice);
 *      interval  δ = (a − b)² (numbers; dates as their day numbers);
 *      MASI      δ = 1 − J·M for sets (several choices): J = |A∩B|/|A∪B|,
 *                M = 1 when A = B, 2/3 when one holds the other, 1/3 when
 *                they share some but neither holds the other, 0 when
 *                disjoint; two empty sets are equal (δ = 0).
 *    Undefined (never NaN) when fewer than two values are pairable or
 *    D_e = 0 (every value the same).
 *  - Kappa, nominal level only: two coders, Cohen's kappa over the units
 *    both coded; three or more, Fleiss' kappa over the units every coder
 *    who had the unit coded (at least two). Undefined when there is no
 *    such unit or the expected agreement is 1.
 *
 * Time O(1) per value added for the nominal and interval levels; MASI
 * keeps one count per distinct set and computes D_e over the pairs of
 * distinct sets at the end.  Memory: the distinct categories or sets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-agreement.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_RELIABILITY_NOMINAL,
  KAYNAK_RELIABILITY_INTERVAL,
  KAYNAK_RELIABILITY_MASI,
} KaynakReliabilityLevel;

/* One coder's value for one unit */
typedef struct
{
  gboolean     present;   /* FALSE: the coder gave the unit no value */
  guint        category;  /* nominal: any number naming the category */
  double       number;    /* interval */
  const guint *set;       /* MASI: the members (any order, no repeats) */
  guint        set_len;
} KaynakReliabilityValue;

typedef struct _KaynakReliability KaynakReliability;

KaynakReliability   *kaynak_reliability_new      (KaynakReliabilityLevel        level,
                                                  guint                         n_coders);
void                 kaynak_reliability_free     (KaynakReliability            *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakReliability, kaynak_reliability_free)

/* One unit: @values[c] is coder c's value (@n_coders of them, as given to
 * _new()); @n_had of the coders had the unit to code (Fleiss' kappa
 * counts the unit only when every one of them gave it a value; pass
 * n_coders when every coder saw every unit).  Values are copied. */
void                 kaynak_reliability_add_unit (KaynakReliability            *self,
                                                  const KaynakReliabilityValue *values,
                                                  guint                         n_had);

/* Pairable values so far */
guint64              kaynak_reliability_get_n_values (KaynakReliability *self);
KaynakAgreementValue kaynak_reliability_get_alpha    (KaynakReliability *self);
/* Cohen's or Fleiss' kappa; undefined for the interval and MASI levels */
KaynakAgreementValue kaynak_reliability_get_kappa    (KaynakReliability *self);

/* δ of two sets at the MASI level (0 = the same, 1 = disjoint) */
double               kaynak_reliability_masi_distance (const guint *a,
                                                       guint        a_len,
                                                       const guint *b,
                                                       guint        b_len);

G_END_DECLS
