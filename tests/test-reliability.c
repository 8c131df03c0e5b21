/* test-reliability.c: Krippendorff's alpha at the nominal, interval and
 * MASI levels, Cohen's and Fleiss' kappa (kaynak-reliability.h), against
 * published examples and by-hand computations written out below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-reliability.h"

#define N (-1)

/* Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
 * example of 4 coders and 12 units with missing values: alpha = 0.743
 * nominal, 0.849 interval (published to three places). */
static const int krippendorff[4][12] = {
  { 1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N },
  { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3 },
  { N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N },
  { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N },
};

static KaynakReliability *
fill_krippendorff (KaynakReliabilityLevel level)
{
  KaynakReliability *r = kaynak_reliability_new (level, 4);

  for (guint u = 0; u < 12; u++)
    {
      KaynakReliabilityValue values[4] = { { 0 } };

      for (guint c = 0; c < 4; c++)
        if (krippendorff[c][u] != N)
          {
            values[c].present = TRUE;
            values[c].category = (guint) krippendorff[c][u];
            values[c].number = krippendorff[c][u];
          }
      kaynak_reliability_add_unit (r, values, 4);
    }
  return r;
}

static void
test_krippendorff_example (void)
{
  g_autoptr(KaynakReliability) nominal = fill_krippendorff (KAYNAK_RELIABILITY_NOMINAL);
  g_autoptr(KaynakReliability) interval = fill_krippendorff (KAYNAK_RELIABILITY_INTERVAL);
  KaynakAgreementValue a;

  /* units 1–11 have two values or more: 3+4+4+4+4+4+4+4+4+3+2 = 40 */
  g_assert_cmpuint (kaynak_reliability_get_n_values (nominal), ==, 40);
  a = kaynak_reliability_get_alpha (nominal);
  g_assert_true (a.defined);
  g_assert_cmpfloat_with_epsilon (a.value, 0.743, 0.0005);
  a = kaynak_reliability_get_alpha (interval);
  g_assert_true (a.defined);
  g_assert_cmpfloat_with_epsilon (a.value, 0.849, 0.0005);
  /* kappa is a nominal figure */
  g_assert_false (kaynak_reliability_get_kappa (interval).defined);
}

/* Interval alpha does not depend on where the numbers start: dates as day
 * numbers (around 739,000) give the same figure as the same days counted
 * from 1 */
static void
test_interval_far_from_zero (void)
{
  g_autoptr(KaynakReliability) near = fill_krippendorff (KAYNAK_RELIABILITY_INTERVAL);
  g_autoptr(KaynakReliability) far = kaynak_reliability_new (KAYNAK_RELIABILITY_INTERVAL, 4);

  for (guint u = 0; u < 12; u++)
    {
      KaynakReliabilityValue values[4] = { { 0 } };

      for (guint c = 0; c < 4; c++)
        if (krippendorff[c][u] != N)
          {
            values[c].present = TRUE;
            values[c].number = 739000.0 + krippendorff[c][u];
          }
      kaynak_reliability_add_unit (far, values, 4);
    }
  g_assert_cmpfloat_with_epsilon (kaynak_reliability_get_alpha (far).value,
                                  kaynak_reliability_get_alpha (near).value, 1e-9);
}

/* Cohen's kappa, two coders, yes (1) or no (0) on 50 units: both yes 20,
 * the first yes and the second no 5, the first no and the second yes 10,
 * both no 15.  p_o = 35/50 = 0.7; the first says yes 25 times, the second
 * 30: p_e = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4. */
static void
test_cohen (void)
{
  g_autoptr(KaynakReliability) r = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, 2);
  const struct { guint a, b, times; } cells[] = { { 1, 1, 20 }, { 1, 0, 5 }, { 0, 1, 10 }, { 0, 0, 15 } };
  KaynakAgreementValue k;

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    for (guint t = 0; t < cells[i].times; t++)
      {
        KaynakReliabilityValue values[2] = { { TRUE, cells[i].a }, { TRUE, cells[i].b } };

        kaynak_reliability_add_unit (r, values, 2);
      }
  /* a unit only one coded counts in neither */
  {
    KaynakReliabilityValue values[2] = { { TRUE, 1 }, { FALSE } };

    kaynak_reliability_add_unit (r, values, 2);
  }
  k = kaynak_reliability_get_kappa (r);
  g_assert_true (k.defined);
  g_assert_cmpfloat_with_epsilon (k.value, 0.4, 1e-12);
  g_assert_cmpuint (kaynak_reliability_get_n_values (r), ==, 100);
}

/* Fleiss' kappa: the example of Fleiss (1971) as Wikipedia gives it, 14
 * raters putting 10 subjects into 5 categories: kappa = 0.210. */
static void
test_fleiss (void)
{
  static const guint counts[10][5] = {
    { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
    { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 },
    { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 },
  };
  g_autoptr(KaynakReliability) r = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, 14);
  KaynakAgreementValue k;

  for (guint u = 0; u < 10; u++)
    {
      KaynakReliabilityValue values[14] = { { 0 } };
      guint coder = 0;

      for (guint c = 0; c < 5; c++)
        for (guint t = 0; t < counts[u][c]; t++, coder++)
          {
            values[coder].present = TRUE;
            values[coder].category = c;
          }
      g_assert_cmpuint (coder, ==, 14);
      kaynak_reliability_add_unit (r, values, 14);
    }
  k = kaynak_reliability_get_kappa (r);
  g_assert_true (k.defined);
  g_assert_cmpfloat_with_epsilon (k.value, 0.210, 0.0005);
}

/* Fleiss counts a unit only when every coder who had it coded it */
static void
test_fleiss_units_everyone_coded (void)
{
  g_autoptr(KaynakReliability) r = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, 3);
  KaynakReliabilityValue all_agree[3] = { { TRUE, 1 }, { TRUE, 1 }, { TRUE, 1 } };
  KaynakReliabilityValue split[3] = { { TRUE, 1 }, { TRUE, 2 }, { TRUE, 2 } };
  KaynakReliabilityValue two_of_three[3] = { { TRUE, 2 }, { TRUE, 1 }, { FALSE } };
  KaynakAgreementValue before;

  kaynak_reliability_add_unit (r, all_agree, 3);
  kaynak_reliability_add_unit (r, split, 3);
  before = kaynak_reliability_get_kappa (r);
  /* the third coder had the unit and gave it nothing: not a Fleiss unit */
  kaynak_reliability_add_unit (r, two_of_three, 3);
  g_assert_cmpfloat (kaynak_reliability_get_kappa (r).value, ==, before.value);
  /* the third coder did not have it (another article): a Fleiss unit */
  kaynak_reliability_add_unit (r, two_of_three, 2);
  g_assert_cmpfloat (kaynak_reliability_get_kappa (r).value, !=, before.value);
}

static void
test_masi_distance (void)
{
  const guint one[] = { 1 }, two[] = { 2 }, one_two[] = { 1, 2 }, two_one[] = { 2, 1 };
  const guint two_three[] = { 2, 3 };

  g_assert_cmpfloat (kaynak_reliability_masi_distance (one_two, 2, two_one, 2), ==, 0);
  g_assert_cmpfloat (kaynak_reliability_masi_distance (NULL, 0, NULL, 0), ==, 0);
  /* J = 1/2, M = 2/3 */
  g_assert_cmpfloat_with_epsilon (kaynak_reliability_masi_distance (one, 1, one_two, 2),
                                  1.0 - 1.0 / 3.0, 1e-12);
  /* J = 1/3, M = 1/3 */
  g_assert_cmpfloat_with_epsilon (kaynak_reliability_masi_distance (one_two, 2, two_three, 2),
                                  1.0 - 1.0 / 9.0, 1e-12);
  g_assert_cmpfloat (kaynak_reliability_masi_distance (one, 1, two, 1), ==, 1);
  g_assert_cmpfloat (kaynak_reliability_masi_distance (one, 1, NULL, 0), ==, 1);
}

/* Two coders, three units: {1}|{1}, {1,2}|{1}, {2}|{3}.
 * n = 6.  Observed: unit 2 gives 2·δ({1,2},{1}) = 2·2/3 = 4/3, unit 3
 * gives 2·1 = 2, each over m − 1 = 1: 10/3.
 * Expected over the six values {1}×3, {1,2}, {2}, {3}, Σ_{i≠j} δ =
 * 2·(3·1·2/3 + 3·1·1 + 3·1·1 + 1·1·2/3 + 1·1·1 + 1·1·1) = 64/3.
 * alpha = 1 − (n − 1)·observed/expected = 1 − 5·(10/3)/(64/3) = 0.21875. */
static void
test_masi_alpha (void)
{
  g_autoptr(KaynakReliability) r = kaynak_reliability_new (KAYNAK_RELIABILITY_MASI, 2);
  const guint one[] = { 1 }, one_two[] = { 2, 1 }, two[] = { 2 }, three[] = { 3 };
  KaynakReliabilityValue u1[2] = { { .present = TRUE, .set = one, .set_len = 1 },
                                   { .present = TRUE, .set = one, .set_len = 1 } };
  KaynakReliabilityValue u2[2] = { { .present = TRUE, .set = one_two, .set_len = 2 },
                                   { .present = TRUE, .set = one, .set_len = 1 } };
  KaynakReliabilityValue u3[2] = { { .present = TRUE, .set = two, .set_len = 1 },
                                   { .present = TRUE, .set = three, .set_len = 1 } };
  KaynakAgreementValue a;

  kaynak_reliability_add_unit (r, u1, 2);
  kaynak_reliability_add_unit (r, u2, 2);
  kaynak_reliability_add_unit (r, u3, 2);
  a = kaynak_reliability_get_alpha (r);
  g_assert_true (a.defined);
  g_assert_cmpfloat_with_epsilon (a.value, 0.21875, 1e-12);
}

/* Never NaN: nothing pairable, or every value the same */
static void
test_undefined (void)
{
  g_autoptr(KaynakReliability) empty = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, 2);
  g_autoptr(KaynakReliability) alone = kaynak_reliability_new (KAYNAK_RELIABILITY_INTERVAL, 2);
  g_autoptr(KaynakReliability) same = kaynak_reliability_new (KAYNAK_RELIABILITY_NOMINAL, 2);
  KaynakReliabilityValue one_value[2] = { { TRUE, 1, 3.0 }, { FALSE } };
  KaynakReliabilityValue agree[2] = { { TRUE, 7, 3.0 }, { TRUE, 7, 3.0 } };

  g_assert_false (kaynak_reliability_get_alpha (empty).defined);
  g_assert_false (kaynak_reliability_get_kappa (empty).defined);
  kaynak_reliability_add_unit (alone, one_value, 2);
  g_assert_false (kaynak_reliability_get_alpha (alone).defined);
  kaynak_reliability_add_unit (same, agree, 2);
  kaynak_reliability_add_unit (same, agree, 2);
  g_assert_false (kaynak_reliability_get_alpha (same).defined);
  g_assert_false (kaynak_reliability_get_kappa (same).defined);
}

/* Perfect agreement on varied values is 1 at every level */
static void
test_perfect (void)
{
  for (KaynakReliabilityLevel level = KAYNAK_RELIABILITY_NOMINAL;
       level <= KAYNAK_RELIABILITY_MASI; level++)
    {
      g_autoptr(KaynakReliability) r = kaynak_reliability_new (level, 3);

      for (guint u = 0; u < 5; u++)
        {
          const guint set[] = { u, u + 1 };
          KaynakReliabilityValue values[3];

          for (guint c = 0; c < 3; c++)
            values[c] = (KaynakReliabilityValue) { TRUE, u, u * 1.5, set, 2 };
          kaynak_reliability_add_unit (r, values, 3);
        }
      g_assert_cmpfloat_with_epsilon (kaynak_reliability_get_alpha (r).value, 1.0, 1e-12);
      if (level == KAYNAK_RELIABILITY_NOMINAL)
        g_assert_cmpfloat_with_epsilon (kaynak_reliability_get_kappa (r).value, 1.0, 1e-12);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/reliability/krippendorff-2011-example", test_krippendorff_example);
  g_test_add_func ("/kaynak/reliability/interval-far-from-zero", test_interval_far_from_zero);
  g_test_add_func ("/kaynak/reliability/cohen", test_cohen);
  g_test_add_func ("/kaynak/reliability/fleiss-1971-example", test_fleiss);
  g_test_add_func ("/kaynak/reliability/fleiss-units-everyone-coded", test_fleiss_units_everyone_coded);
  g_test_add_func ("/kaynak/reliability/masi-distance", test_masi_distance);
  g_test_add_func ("/kaynak/reliability/masi-alpha", test_masi_alpha);
  g_test_add_func ("/kaynak/reliability/undefined-never-nan", test_undefined);
  g_test_add_func ("/kaynak/reliability/perfect-is-one", test_perfect);

  return g_test_run ();
}
