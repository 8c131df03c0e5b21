/* test-agreement.c: span F1, kappa, alpha and the disagreements of
 * kaynak-agreement.h against values computed by hand (each test writes
 * its computation in a comment), and the files read for --compare.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kaynak-agreement.h"
#include "kaynak-agreement-files.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-test-util.h"

#define EPS 1e-9

static void
assert_value (KaynakAgreementValue value,
              double               expected)
{
  g_assert_true (value.defined);
  g_assert_cmpfloat_with_epsilon (value.value, expected, EPS);
}

#define S(start, end, source, status) { start, end, source, status, 0 }

/* Two annotators, two documents' worth of rules in one: A and B
 *   a1 [0,10)  s0 unverified   b1 [0,10)  s0 supported   same span, status differs
 *   a2 [20,30) s1              b2 [22,30) s1             overlap 8/10 = 0.8 ≥ 0.5, not exact
 *   a3 [40,50) s0              b3 [40,50) s1             source differs
 *   a4 [60,70) s1              —                         missing in B
 *   —                          b4 [80,90) s0             missing in A
 * Units {a1,b1} {a2,b2} {a3,b3} {a4} {b4}.
 *   exact F1   = 2·2/(4+4) = 0.5;  overlap F1 = 2·3/(4+4) = 0.75
 *   Cohen over the 3 matched units: (s0,s0) (s1,s1) (s0,s1); po = 2/3;
 *     A: s0 2/3, s1 1/3; B: s0 1/3, s1 2/3; pe = 2/9 + 2/9 = 4/9;
 *     κ = (2/3 − 4/9) / (1 − 4/9) = (2/9) / (5/9) = 0.4
 *   alpha: pairable values n = 6, n_s0 = n_s1 = 3; observed
 *     Σ_u (m² − Σ n_uc²)/(m − 1) = 0 + 0 + (4 − 2)/1 = 2;
 *     expected n² − Σ n_c² = 36 − 18 = 18; α = 1 − 5·2/18 = 4/9
 *   per source s0: A gave s0 to a1, a3; B to b1, b4; both s0 only in
 *     {a1,b1} (exact): F1 exact = overlap = 2·1/4 = 0.5; kappa s0 against
 *     the rest: (1,1) (0,0) (1,0): po = 2/3, A: 1 2/3, B: 1 1/3,
 *     pe = 2/9 + 2/9, κ = 0.4
 *   per source s1: A a2, a4; B b2, b3; both s1 in {a2,b2} (not exact):
 *     exact 0, overlap 2·1/4 = 0.5
 *   disagreements: status (u1), span (u2), source (u3), missing (u4, u5) */
static void
test_two_annotators (void)
{
  const KaynakAgreementSpan a[] = {
    S (0, 10, 0, 0), S (20, 30, 1, 0), S (40, 50, 0, 0), S (60, 70, 1, 0),
  };
  /* given out of order: the figures must not depend on it */
  const KaynakAgreementSpan b[] = {
    S (80, 90, 0, 0), S (40, 50, 1, 0), S (22, 30, 1, 0), S (0, 10, 0, 1),
  };
  const KaynakAgreementSpan *spans[] = { a, b };
  const guint n[] = { 4, 4 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (2);
  g_autoptr(GPtrArray) list = NULL;
  KaynakAgreementFigures f;
  const KaynakDisagreement *d;

  g_assert_cmpuint (kaynak_agreement_add_source (agreement, "s0"), ==, 0);
  g_assert_cmpuint (kaynak_agreement_add_source (agreement, "s1"), ==, 1);
  kaynak_agreement_add_document (agreement, "doc", spans, n);

  kaynak_agreement_get_overall (agreement, &f);
  g_assert_cmpuint (f.n_spans, ==, 8);
  g_assert_cmpuint (f.n_units, ==, 5);
  assert_value (f.exact_f1, 0.5);
  assert_value (f.overlap_f1, 0.75);
  assert_value (f.kappa, 0.4);
  assert_value (f.alpha, 4.0 / 9.0);

  kaynak_agreement_get_document (agreement, 0, &f);
  assert_value (f.overlap_f1, 0.75);
  assert_value (f.alpha, 4.0 / 9.0);

  kaynak_agreement_get_source (agreement, 0, &f);
  g_assert_cmpuint (f.n_spans, ==, 4);
  assert_value (f.exact_f1, 0.5);
  assert_value (f.overlap_f1, 0.5);
  assert_value (f.kappa, 0.4);
  kaynak_agreement_get_source (agreement, 1, &f);
  assert_value (f.exact_f1, 0.0);
  assert_value (f.overlap_f1, 0.5);

  list = kaynak_agreement_list_disagreements (agreement);
  g_assert_cmpuint (list->len, ==, 5);
  d = g_ptr_array_index (list, 0);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_STATUS);
  g_assert_cmpuint (d->spans[0]->start, ==, 0);
  g_assert_cmpint (d->spans[1]->status, ==, 1);
  d = g_ptr_array_index (list, 1);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_SPAN);
  g_assert_cmpuint (d->spans[1]->start, ==, 22);
  d = g_ptr_array_index (list, 2);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE);
  d = g_ptr_array_index (list, 3);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_MISSING_SPAN);
  g_assert_nonnull (d->spans[0]);
  g_assert_null (d->spans[1]);
  d = g_ptr_array_index (list, 4);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_MISSING_SPAN);
  g_assert_null (d->spans[0]);
  g_assert_cmpuint (d->spans[1]->start, ==, 80);
}

/* Total agreement on two sources: F1 2·2/(2+2) = 1; Cohen po = 1,
 * pe = ½·½ + ½·½ = ½, κ = (1 − ½)/(1 − ½) = 1; alpha observed 0 → α = 1;
 * no disagreement. */
static void
test_total_agreement (void)
{
  const KaynakAgreementSpan a[] = { S (0, 10, 0, 0), S (20, 30, KAYNAK_AGREEMENT_NO_SOURCE, 2) };
  const KaynakAgreementSpan b[] = { S (20, 30, KAYNAK_AGREEMENT_NO_SOURCE, 2), S (0, 10, 0, 0) };
  const KaynakAgreementSpan *spans[] = { a, b };
  const guint n[] = { 2, 2 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (2);
  g_autoptr(GPtrArray) list = NULL;
  KaynakAgreementFigures f;

  kaynak_agreement_add_source (agreement, "s0");
  kaynak_agreement_add_document (agreement, "doc", spans, n);
  kaynak_agreement_get_overall (agreement, &f);
  assert_value (f.exact_f1, 1.0);
  assert_value (f.overlap_f1, 1.0);
  assert_value (f.kappa, 1.0);
  assert_value (f.alpha, 1.0);
  list = kaynak_agreement_list_disagreements (agreement);
  g_assert_cmpuint (list->len, ==, 0);
}

/* Total agreement on ONE source: F1 = 1, but both used a single
 * category: Cohen pe = 1·1 = 1, κ = 0/0, undefined; alpha expected
 * n² − Σ n_c² = 4 − 4 = 0, undefined.  Per source s0 against the rest:
 * the same. */
static void
test_kappa_undefined (void)
{
  const KaynakAgreementSpan a[] = { S (0, 10, 0, 0) };
  const KaynakAgreementSpan b[] = { S (0, 10, 0, 0) };
  const KaynakAgreementSpan *spans[] = { a, b };
  const guint n[] = { 1, 1 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (2);
  KaynakAgreementFigures f;

  kaynak_agreement_add_source (agreement, "s0");
  kaynak_agreement_add_document (agreement, "doc", spans, n);
  kaynak_agreement_get_overall (agreement, &f);
  assert_value (f.overlap_f1, 1.0);
  g_assert_false (f.kappa.defined);
  g_assert_false (f.alpha.defined);
  kaynak_agreement_get_source (agreement, 0, &f);
  g_assert_false (f.kappa.defined);
  g_assert_false (f.alpha.defined);
}

/* A marks three claims, B none: F1 = 2·0/(3 + 0) = 0 (defined); no unit
 * has both, so kappa and alpha are undefined; three missing spans.
 * When neither marks anything F1 is 0/0, undefined. */
static void
test_one_marks_nothing (void)
{
  const KaynakAgreementSpan a[] = { S (0, 10, 0, 0), S (20, 30, 0, 0), S (40, 50, 1, 0) };
  const KaynakAgreementSpan none[1] = { S (0, 1, 0, 0) };
  const KaynakAgreementSpan *spans[] = { a, none };
  const guint n[] = { 3, 0 };
  const KaynakAgreementSpan *empty[] = { none, none };
  const guint n_empty[] = { 0, 0 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (2);
  g_autoptr(KaynakAgreement) nothing = kaynak_agreement_new (2);
  g_autoptr(GPtrArray) list = NULL;
  KaynakAgreementFigures f;

  kaynak_agreement_add_source (agreement, "s0");
  kaynak_agreement_add_source (agreement, "s1");
  kaynak_agreement_add_document (agreement, "doc", spans, n);
  kaynak_agreement_get_overall (agreement, &f);
  assert_value (f.exact_f1, 0.0);
  assert_value (f.overlap_f1, 0.0);
  g_assert_false (f.kappa.defined);
  g_assert_false (f.alpha.defined);
  list = kaynak_agreement_list_disagreements (agreement);
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpint (((KaynakDisagreement *) g_ptr_array_index (list, i))->kinds, ==,
                     KAYNAK_DISAGREEMENT_MISSING_SPAN);

  kaynak_agreement_add_document (nothing, "doc", empty, n_empty);
  kaynak_agreement_get_overall (nothing, &f);
  g_assert_false (f.exact_f1.defined);
  g_assert_false (f.overlap_f1.defined);
  g_assert_false (f.kappa.defined);
}

/* Overlap below one half is no match: [0,10) and [6,16) share 4 of 16
 * code points (0.25): two units, F1 0.  [0,10) and [0,20) share 10 of 20
 * (exactly 0.5): one unit, overlap F1 2·1/2 = 1, exact 0. */
static void
test_overlap_rule (void)
{
  const KaynakAgreementSpan a[] = { S (0, 10, 0, 0) };
  const KaynakAgreementSpan b[] = { S (6, 16, 0, 0) };
  const KaynakAgreementSpan c[] = { S (0, 20, 0, 0) };
  const KaynakAgreementSpan *ab[] = { a, b }, *ac[] = { a, c };
  const guint n[] = { 1, 1 };
  g_autoptr(KaynakAgreement) x = kaynak_agreement_new (2);
  g_autoptr(KaynakAgreement) y = kaynak_agreement_new (2);
  KaynakAgreementFigures f;

  kaynak_agreement_add_source (x, "s0");
  kaynak_agreement_add_document (x, "doc", ab, n);
  kaynak_agreement_get_overall (x, &f);
  assert_value (f.overlap_f1, 0.0);
  g_assert_cmpuint (f.n_units, ==, 2);

  kaynak_agreement_add_source (y, "s0");
  kaynak_agreement_add_document (y, "doc", ac, n);
  kaynak_agreement_get_overall (y, &f);
  assert_value (f.overlap_f1, 1.0);
  assert_value (f.exact_f1, 0.0);
}

/* Three annotators A, B, C, every span exact:
 *   u1 [0,10)  s0 s0 s0;  u2 [20,30) s0 s0 s1;  u3 [40,50) s1 s1 s1;
 *   u4 [60,70) A s0, B s1, C missing.
 * Fleiss over the complete units u1–u3: P1 = (9 − 3)/(3·2) = 1,
 *   P2 = (4 + 1 − 3)/6 = 1/3, P3 = 1, P̄ = 7/9; pooled s0 5, s1 4 of 9:
 *   pe = 25/81 + 16/81 = 41/81; κ = (63/81 − 41/81)/(40/81) = 22/40 = 0.55
 * alpha over u1–u4 (u4 has two values): n = 11, n_s0 = 6, n_s1 = 5;
 *   observed 0 + (9 − 5)/2 + 0 + (4 − 2)/1 = 4; expected 121 − 36 − 25 = 60;
 *   α = 1 − 10·4/60 = 1/3
 * F1 (exact = overlap): AB 2·4/(4+4) = 1, AC 2·3/(4+3) = 6/7, BC 6/7;
 *   mean (1 + 12/7)/3 = 19/21 */
static void
test_three_annotators (void)
{
  const KaynakAgreementSpan a[] = { S (0, 10, 0, 0), S (20, 30, 0, 0), S (40, 50, 1, 0), S (60, 70, 0, 0) };
  const KaynakAgreementSpan b[] = { S (60, 70, 1, 0), S (40, 50, 1, 0), S (20, 30, 0, 0), S (0, 10, 0, 0) };
  const KaynakAgreementSpan c[] = { S (0, 10, 0, 0), S (20, 30, 1, 0), S (40, 50, 1, 0) };
  const KaynakAgreementSpan *spans[] = { a, b, c };
  const guint n[] = { 4, 4, 3 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (3);
  g_autoptr(GPtrArray) list = NULL;
  KaynakAgreementFigures f;

  kaynak_agreement_add_source (agreement, "s0");
  kaynak_agreement_add_source (agreement, "s1");
  kaynak_agreement_add_document (agreement, "doc", spans, n);
  kaynak_agreement_get_overall (agreement, &f);
  assert_value (f.kappa, 0.55);
  assert_value (f.alpha, 1.0 / 3.0);
  assert_value (f.exact_f1, 19.0 / 21.0);
  assert_value (f.overlap_f1, 19.0 / 21.0);

  list = kaynak_agreement_list_disagreements (agreement);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((KaynakDisagreement *) g_ptr_array_index (list, 0))->kinds, ==,
                   KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE);
  g_assert_cmpint (((KaynakDisagreement *) g_ptr_array_index (list, 1))->kinds, ==,
                   KAYNAK_DISAGREEMENT_MISSING_SPAN | KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE);
}

/* --- Files ------------------------------------------------------------------ */

static const char article[] = "Beyaz Saray açıkladı: asker yok. Kremlin yorum yapmadı.";

/* A file over @text with one claim [0,11) tagged with a source of @id,
 * @label and @alias */
static char *
write_file (const char *dir,
            const char *name,
            const char *text,
            const char *id,
            const char *label,
            const char *alias)
{
  g_autoptr(GPtrArray) no_sources = g_ptr_array_new ();
  /* no default scheme: only the source given */
  g_autoptr(KaynakDocument) document = kaynak_document_new_for_article (text, -1, no_sources, NULL, NULL);
  g_autoptr(KaynakSource) source = kaynak_source_new (id, label, "#336699", 0, KAYNAK_SOURCE_KIND_NAMED);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *aliases[] = { alias, NULL };

  if (alias != NULL)
    kaynak_source_set_aliases (source, aliases);
  g_assert_true (kaynak_document_add_source (document, source, NULL));
  g_assert_nonnull (kaynak_document_create_claim (document, 0, 11, id, NULL));
  g_assert_true (kaynak_file_save (document, file, NULL, NULL));
  return g_steal_pointer (&path);
}

static void
test_files (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-agreement-XXXXXX");
  g_autofree char *a = write_file (dir, "a.kaynak.json", article, "white-house", "White House", "Beyaz Saray");
  /* another id, but an alias of A's source as its label, in another case */
  g_autofree char *b = write_file (dir, "b.kaynak.json", article, "beyaz-saray", "BEYAZ SARAY", NULL);
  g_autofree char *other = write_file (dir, "c.kaynak.json", "Başka bir haber metni burada.", "x", "X", NULL);
  const char *same[] = { a, b, NULL };
  const char *differ[] = { a, other, NULL };
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GError) error = NULL;
  KaynakAgreementFigures f;

  files = kaynak_agreement_files_load (same, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_agreement_get_n_documents (files->agreement), ==, 1);
  g_assert_cmpuint (kaynak_agreement_get_n_sources (files->agreement), ==, 1);
  g_assert_cmpstr (kaynak_agreement_get_source_label (files->agreement, 0), ==, "White House");
  kaynak_agreement_get_overall (files->agreement, &f);
  assert_value (f.exact_f1, 1.0);
  /* each span names its claim's position in its file */
  {
    g_autoptr(GPtrArray) units = kaynak_agreement_list_units (files->agreement);
    const KaynakDisagreement *u;

    g_assert_cmpuint (units->len, ==, 1);
    u = g_ptr_array_index (units, 0);
    g_assert_cmpuint (u->spans[0]->claim, ==, 0);
    g_assert_cmpuint (u->spans[1]->claim, ==, 0);
  }
  g_clear_pointer (&files, kaynak_agreement_files_free);

  files = kaynak_agreement_files_load (differ, &error);
  g_assert_null (files);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "SHA-256"));

  kaynak_test_remove_tree (dir);
}

/* Every unit, agreed ones too, each span still carrying the caller's
 * number for its claim: what curation reads to record who agreed and to
 * find the claims behind a difference */
static void
test_units_with_claims (void)
{
  const KaynakAgreementSpan a[] = {
    { 20, 30, 0, 0, 1 }, { 0, 10, 0, 0, 0 },
  };
  const KaynakAgreementSpan b[] = {
    { 40, 50, 0, 0, 7 }, { 0, 10, 0, 0, 5 },
  };
  const KaynakAgreementSpan *spans[] = { a, b };
  const guint n[] = { 2, 2 };
  g_autoptr(KaynakAgreement) agreement = kaynak_agreement_new (2);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) disagreements = NULL;
  const KaynakDisagreement *d;

  kaynak_agreement_add_source (agreement, "s0");
  kaynak_agreement_add_document (agreement, "doc", spans, n);
  units = kaynak_agreement_list_units (agreement);
  disagreements = kaynak_agreement_list_disagreements (agreement);
  g_assert_cmpuint (units->len, ==, 3);
  g_assert_cmpuint (disagreements->len, ==, 2);

  d = g_ptr_array_index (units, 0);
  g_assert_cmpint (d->kinds, ==, 0);
  g_assert_cmpuint (d->spans[0]->claim, ==, 0);
  g_assert_cmpuint (d->spans[1]->claim, ==, 5);
  d = g_ptr_array_index (units, 1);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_MISSING_SPAN);
  g_assert_cmpuint (d->spans[0]->claim, ==, 1);
  g_assert_null (d->spans[1]);
  d = g_ptr_array_index (units, 2);
  g_assert_null (d->spans[0]);
  g_assert_cmpuint (d->spans[1]->claim, ==, 7);
  /* the same units, less the agreed one, in the same order */
  d = g_ptr_array_index (disagreements, 0);
  g_assert_cmpuint (d->spans[0]->claim, ==, 1);
}

/* Folders matched by the article's hash; a file with no partner listed */
static void
test_folders (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-agreement-XXXXXX");
  g_autofree char *one = g_build_filename (dir, "ayse", NULL);
  g_autofree char *two = g_build_filename (dir, "mehmet", NULL);
  const char *folders[] = { one, two, NULL };
  g_autoptr(KaynakAgreementFiles) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL;

  g_assert_cmpint (g_mkdir (one, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (two, 0700), ==, 0);
  /* different names, same article */
  p1 = write_file (one, "haber.kaynak.json", article, "a", "A", NULL);
  p2 = write_file (two, "haber-mehmet.kaynak.json", article, "a", "A", NULL);
  p3 = write_file (two, "yalniz.kaynak.json", "Yalnız bir haber.", "a", "A", NULL);

  files = kaynak_agreement_files_load (folders, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_agreement_get_n_documents (files->agreement), ==, 1);
  g_assert_cmpuint (files->unpartnered->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (files->unpartnered, 0), "yalniz.kaynak.json"));

  kaynak_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/agreement/two-annotators", test_two_annotators);
  g_test_add_func ("/kaynak/agreement/total-agreement", test_total_agreement);
  g_test_add_func ("/kaynak/agreement/kappa-undefined", test_kappa_undefined);
  g_test_add_func ("/kaynak/agreement/one-marks-nothing", test_one_marks_nothing);
  g_test_add_func ("/kaynak/agreement/overlap-rule", test_overlap_rule);
  g_test_add_func ("/kaynak/agreement/three-annotators-fleiss", test_three_annotators);
  g_test_add_func ("/kaynak/agreement/files-of-one-article", test_files);
  g_test_add_func ("/kaynak/agreement/folders-by-article", test_folders);
  g_test_add_func ("/kaynak/agreement/units-carry-their-claims", test_units_with_claims);

  return g_test_run ();
}
