/* test-curation.c: one's own document curated against another annotator's
 * of the same article (kaynak-curation.h): the differences the agreement
 * finds, Keep Mine, Take Theirs and Keep Both each one undo step that
 * records agreed_by, Keep Mine of a claim only they marked leaving it out,
 * several others' versions to choose from, the agreed claims recorded at once, a choice with
 * nothing to keep refused without touching the history, and a file of
 * another article refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-curation.h"
#include "kaynak-document-attribution.h"
#include "kaynak-error.h"

static const char article[] =
  "Beyaz Saray açıkladı: asker yok. Kremlin yorum yapmadı. "
  "Bakan da konuştu. Muhalefet itiraz etti.";

static guint
offset_of (const char *needle)
{
  const char *p = strstr (article, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (article, p - article);
}

static KaynakDocument *
new_document (const char *text)
{
  g_autoptr(GPtrArray) no_sources = g_ptr_array_new ();
  KaynakDocument *document = kaynak_document_new_for_article (text, -1, no_sources, NULL, NULL);

  g_assert_nonnull (document);
  return document;
}

static void
add_source (KaynakDocument *document,
            const char     *id,
            const char     *label)
{
  g_autoptr(KaynakSource) source = kaynak_source_new (id, label, "#336699", 0,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_assert_true (kaynak_document_add_source (document, source, NULL));
}

static KaynakClaim *
mark (KaynakDocument *document,
      const char     *words,
      const char     *source_id)
{
  guint start = offset_of (words);
  KaynakClaim *claim = kaynak_document_create_claim (document, start,
                                                     start + g_utf8_strlen (words, -1),
                                                     source_id, NULL);
  g_assert_nonnull (claim);
  return claim;
}

static const char *
quote_of (KaynakCuration *curation,
          guint           i,
          guint           annotator)
{
  g_autoptr(KaynakClaim) claim = kaynak_curation_dup_claim (curation, i, annotator);

  /* the document keeps the claim alive */
  return claim != NULL ? kaynak_claim_get_quote (claim) : NULL;
}

static void
assert_agreed (KaynakClaim *claim,
               const char  *first,
               const char  *second)
{
  const char * const *agreed = kaynak_claim_get_agreed_by (claim);

  g_assert_cmpstr (agreed[0], ==, first);
  g_assert_cmpstr (agreed[1], ==, second);
  if (second != NULL)
    g_assert_null (agreed[2]);
}

static void
test_choices (void)
{
  g_autoptr(KaynakDocument) mine = new_document (article);
  g_autoptr(KaynakDocument) theirs = new_document (article);
  g_autoptr(KaynakCuration) curation = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *others[1];
  const char *names[] = { "mehmet.kaynak.json" };
  KaynakClaim *agreed, *kremlin, *asker, *bakan, *found;
  KaynakSource *source;
  const KaynakDisagreement *d;
  guint n_claims;

  /* the same source under two ids: one by its name */
  add_source (mine, "white-house", "White House");
  add_source (theirs, "beyaz-saray", "White House");
  add_source (theirs, "kremlin", "Kremlin");

  agreed = mark (mine, "Beyaz Saray açıkladı", "white-house");
  mark (theirs, "Beyaz Saray açıkladı", "beyaz-saray");
  asker = mark (mine, "asker yok", NULL);                 /* missing in theirs */
  kremlin = mark (mine, "Kremlin yorum yapmadı", NULL);   /* another source */
  mark (theirs, "Kremlin yorum yapmadı", "kremlin");
  bakan = mark (mine, "Bakan da", NULL);                  /* another span */
  mark (theirs, "Bakan da konuştu", NULL);
  mark (theirs, "Muhalefet itiraz etti", NULL);           /* missing in mine */
  kaynak_document_clear_history (mine);

  others[0] = theirs;
  curation = kaynak_curation_new (mine, "ayse.kaynak.json", others, names, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_curation_get_n_annotators (curation), ==, 2);
  g_assert_cmpstr (kaynak_curation_get_annotator_name (curation, 1), ==, "mehmet.kaynak.json");

  /* in the order of the article */
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 4);
  d = kaynak_curation_get_difference (curation, 0);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_MISSING_SPAN);
  g_assert_cmpstr (quote_of (curation, 0, 0), ==, "asker yok");
  g_assert_null (quote_of (curation, 0, 1));
  d = kaynak_curation_get_difference (curation, 1);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE);
  d = kaynak_curation_get_difference (curation, 2);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_SPAN);
  g_assert_cmpstr (quote_of (curation, 2, 1), ==, "Bakan da konuştu");
  d = kaynak_curation_get_difference (curation, 3);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_MISSING_SPAN);
  g_assert_null (quote_of (curation, 3, 0));

  g_assert_cmpint (kaynak_curation_get_kind (curation, 0), ==, KAYNAK_CURATION_ONLY_MINE);
  g_assert_cmpint (kaynak_curation_get_kind (curation, 1), ==, KAYNAK_CURATION_DIFFER);
  g_assert_cmpint (kaynak_curation_get_kind (curation, 3), ==, KAYNAK_CURATION_ONLY_THEIRS);

  /* Keep Mine where mine marked nothing leaves theirs out: one step that
   * rejects the range in mine, and the difference goes; undone, it is back */
  n_claims = kaynak_document_get_n_claims (mine);
  g_assert_true (kaynak_curation_resolve (curation, 3, KAYNAK_CURATION_KEEP_MINE, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (mine), ==, n_claims);
  g_assert_true (kaynak_document_is_rejected (mine, offset_of ("Muhalefet"),
                                              (guint) g_utf8_strlen (article, -1) - 1));
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 3);
  g_assert_true (kaynak_document_undo (mine));
  g_assert_false (kaynak_document_get_can_undo (mine));
  kaynak_curation_refresh (curation);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 4);
  g_assert_cmpint (kaynak_curation_get_kind (curation, 3), ==, KAYNAK_CURATION_ONLY_THEIRS);

  /* Take Theirs: their source (new to mine, added) on my claim, one step */
  g_assert_true (kaynak_curation_resolve (curation, 1, KAYNAK_CURATION_TAKE_THEIRS, 1, &error));
  g_assert_no_error (error);
  source = kaynak_document_find_source_by_name (mine, "Kremlin", NULL);
  g_assert_nonnull (source);
  g_assert_cmpstr (kaynak_claim_get_source_id (kremlin), ==, kaynak_source_get_id (source));
  assert_agreed (kremlin, "mehmet.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 3);
  g_assert_true (kaynak_document_undo (mine));
  g_assert_false (kaynak_document_get_can_undo (mine));
  g_assert_null (kaynak_claim_get_source_id (kremlin));
  g_assert_null (kaynak_claim_get_agreed_by (kremlin)[0]);
  g_assert_null (kaynak_document_find_source_by_name (mine, "Kremlin", NULL));
  kaynak_curation_refresh (curation);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 4);
  g_assert_true (kaynak_document_redo (mine));
  kaynak_curation_refresh (curation);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 3);

  /* Keep Mine: only I marked "asker yok" */
  g_assert_cmpstr (quote_of (curation, 0, 0), ==, "asker yok");
  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_KEEP_MINE, 0, &error));
  assert_agreed (asker, "ayse.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 2);

  /* Keep Both: mine stays, theirs beside it */
  n_claims = kaynak_document_get_n_claims (mine);
  g_assert_cmpstr (quote_of (curation, 0, 0), ==, "Bakan da");
  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_KEEP_BOTH, 1, &error));
  g_assert_cmpuint (kaynak_document_get_n_claims (mine), ==, n_claims + 1);
  g_assert_cmpuint (kaynak_claim_get_end (bakan), ==, offset_of (" konuştu"));
  assert_agreed (bakan, "ayse.kaynak.json", NULL);
  found = kaynak_document_find_claim_with_range (mine, offset_of ("Bakan"), offset_of (". Muhalefet"));
  g_assert_nonnull (found);
  assert_agreed (found, "mehmet.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 1);
  /* one step: both go back */
  g_assert_true (kaynak_document_undo (mine));
  g_assert_cmpuint (kaynak_document_get_n_claims (mine), ==, n_claims);
  g_assert_null (kaynak_claim_get_agreed_by (bakan)[0]);
  g_assert_true (kaynak_document_redo (mine));
  kaynak_curation_refresh (curation);

  /* Take Theirs where mine marked nothing: their claim made in mine */
  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 1, &error));
  found = kaynak_document_find_claim_with_range (mine, offset_of ("Muhalefet"),
                                                 (guint) g_utf8_strlen (article, -1) - 1);
  g_assert_nonnull (found);
  assert_agreed (found, "mehmet.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 0);

  /* The claims both marked alike: recorded once, as one step */
  g_assert_null (kaynak_claim_get_agreed_by (agreed)[0]);
  g_assert_true (kaynak_curation_record_agreements (curation));
  assert_agreed (agreed, "ayse.kaynak.json", "mehmet.kaynak.json");
  /* taken from theirs, alike now, but only they marked it so */
  assert_agreed (kremlin, "mehmet.kaynak.json", NULL);
  g_assert_false (kaynak_curation_record_agreements (curation));
  g_assert_true (kaynak_document_undo (mine));
  g_assert_null (kaynak_claim_get_agreed_by (agreed)[0]);
}

/* Two others who differ: each version listed once, Take Theirs takes the
 * one chosen, agreed_by names whoever marked that version */
static void
test_several (void)
{
  g_autoptr(KaynakDocument) mine = new_document (article);
  g_autoptr(KaynakDocument) b = new_document (article);
  g_autoptr(KaynakDocument) c = new_document (article);
  g_autoptr(KaynakDocument) d = new_document (article);
  g_autoptr(KaynakCuration) curation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) versions = NULL;
  KaynakDocument *others[3] = { b, c, d };
  const char *names[] = { "b.kaynak.json", "c.kaynak.json", "d.kaynak.json" };
  KaynakClaim *claim;
  guint start, end;

  add_source (b, "kremlin", "Kremlin");
  add_source (c, "peskov", "Peskov");
  add_source (d, "kremlin", "Kremlin");
  mark (b, "Kremlin yorum yapmadı", "kremlin");
  mark (c, "Kremlin yorum yapmadı", "peskov");
  mark (d, "Kremlin yorum yapmadı", "kremlin");
  /* only c marked this one; c and d another */
  mark (c, "Bakan da konuştu", NULL);
  mark (d, "Bakan da konuştu", NULL);

  curation = kaynak_curation_new (mine, "a.kaynak.json", others, names, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 2);
  g_assert_cmpint (kaynak_curation_get_kind (curation, 0), ==, KAYNAK_CURATION_ONLY_THEIRS);
  kaynak_curation_get_range (curation, 0, &start, &end);
  g_assert_cmpuint (start, ==, offset_of ("Kremlin yorum"));
  g_assert_cmpuint (end, ==, offset_of (". Bakan"));
  g_assert_true (kaynak_curation_get_document (curation, 2) == c);

  /* b and d alike: one version (b's), c's another */
  versions = kaynak_curation_list_versions (curation, 0);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (g_array_index (versions, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (versions, guint, 1), ==, 2);
  g_clear_pointer (&versions, g_array_unref);
  versions = kaynak_curation_list_versions (curation, 1);
  g_assert_cmpuint (versions->len, ==, 1);

  /* c's taken: its source, and only c agreed */
  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 2, &error));
  g_assert_no_error (error);
  claim = kaynak_document_find_claim_with_range (mine, start, end);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (mine, kaynak_claim_get_source_id (claim))),
                   ==, "Peskov");
  assert_agreed (claim, "c.kaynak.json", NULL);
  g_assert_true (kaynak_document_undo (mine));

  /* d's taken: b agreed with it too */
  kaynak_curation_refresh (curation);
  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 3, &error));
  claim = kaynak_document_find_claim_with_range (mine, start, end);
  g_assert_cmpstr (kaynak_source_get_label (kaynak_document_lookup_source (mine, kaynak_claim_get_source_id (claim))),
                   ==, "Kremlin");
  assert_agreed (claim, "b.kaynak.json", "d.kaynak.json");

  /* someone who did not mark it: refused, nothing recorded */
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 1);
  g_assert_false (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 1, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "b.kaynak.json"));
}

static void
test_other_article (void)
{
  g_autoptr(KaynakDocument) mine = new_document (article);
  g_autoptr(KaynakDocument) theirs = new_document ("Başka bir haber metni burada.");
  g_autoptr(KaynakCuration) curation = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *others[1] = { theirs };
  const char *names[] = { "baska.kaynak.json" };

  curation = kaynak_curation_new (mine, "ayse.kaynak.json", others, names, 1, &error);
  g_assert_null (curation);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "baska.kaynak.json"));
  g_assert_nonnull (strstr (error->message, "SHA-256"));
}

/* A claim with the same words and source, attributed otherwise (their
 * own "anonymous" against my source's kind, named): a difference of its
 * own; Take Theirs gives mine their attribution and records who agreed,
 * one step; Keep Mine leaves mine */
static void
test_attribution (void)
{
  g_autoptr(KaynakDocument) mine = new_document (article);
  g_autoptr(KaynakDocument) theirs = new_document (article);
  g_autoptr(KaynakCuration) curation = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *others[1];
  const char *names[] = { "mehmet.kaynak.json" };
  KaynakClaim *claim, *their_claim;
  KaynakSourceKind kind;
  const KaynakDisagreement *d;

  add_source (mine, "white-house", "White House");
  add_source (theirs, "white-house", "White House");
  claim = mark (mine, "Beyaz Saray açıkladı", "white-house");
  their_claim = mark (theirs, "Beyaz Saray açıkladı", "white-house");
  g_assert_true (kaynak_document_set_claim_attribution (theirs, kaynak_claim_get_id (their_claim), TRUE,
                                                        KAYNAK_SOURCE_KIND_ANONYMOUS, NULL));
  kaynak_document_clear_history (mine);

  others[0] = theirs;
  curation = kaynak_curation_new (mine, "ayse.kaynak.json", others, names, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 1);
  d = kaynak_curation_get_difference (curation, 0);
  g_assert_cmpint (d->kinds, ==, KAYNAK_DISAGREEMENT_DIFFERENT_ATTRIBUTION);
  g_assert_cmpint (kaynak_curation_get_kind (curation, 0), ==, KAYNAK_CURATION_DIFFER);

  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 1, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_claim_get_attribution (claim, &kind));
  g_assert_cmpint (kind, ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  assert_agreed (claim, "mehmet.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 0);
  /* one step */
  g_assert_true (kaynak_document_undo (mine));
  g_assert_false (kaynak_document_get_can_undo (mine));
  g_assert_false (kaynak_claim_get_attribution (claim, NULL));
  kaynak_curation_refresh (curation);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 1);

  /* now their claim says what my source's kind says: alike, no difference */
  g_assert_true (kaynak_document_set_claim_attribution (theirs, kaynak_claim_get_id (their_claim), TRUE,
                                                        KAYNAK_SOURCE_KIND_NAMED, NULL));
  g_clear_pointer (&curation, kaynak_curation_free);
  curation = kaynak_curation_new (mine, "ayse.kaynak.json", others, names, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 0);
}

/* The same claim and source, the source said to be of another type in
 * theirs: a difference; Take Theirs says mine's source is of their type,
 * one step */
static void
test_source_type (void)
{
  g_autoptr(KaynakDocument) mine = new_document (article);
  g_autoptr(KaynakDocument) theirs = new_document (article);
  g_autoptr(KaynakCuration) curation = NULL;
  g_autoptr(GError) error = NULL;
  KaynakDocument *others[1];
  const char *names[] = { "mehmet.kaynak.json" };
  KaynakClaim *claim;
  KaynakSource *source;

  add_source (mine, "white-house", "White House");
  add_source (theirs, "white-house", "White House");
  claim = mark (mine, "Beyaz Saray açıkladı", "white-house");
  mark (theirs, "Beyaz Saray açıkladı", "white-house");
  g_assert_true (kaynak_document_set_source_type (theirs, "white-house", KAYNAK_SOURCE_TYPE_GOVERNMENT, NULL));
  kaynak_document_clear_history (mine);

  others[0] = theirs;
  curation = kaynak_curation_new (mine, "ayse.kaynak.json", others, names, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 1);
  g_assert_cmpint (kaynak_curation_get_difference (curation, 0)->kinds, ==,
                   KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE_TYPE);

  g_assert_true (kaynak_curation_resolve (curation, 0, KAYNAK_CURATION_TAKE_THEIRS, 1, &error));
  g_assert_no_error (error);
  source = kaynak_document_lookup_source (mine, "white-house");
  g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_GOVERNMENT);
  assert_agreed (claim, "mehmet.kaynak.json", NULL);
  g_assert_cmpuint (kaynak_curation_get_n_differences (curation), ==, 0);
  g_assert_true (kaynak_document_undo (mine));
  g_assert_false (kaynak_document_get_can_undo (mine));
  source = kaynak_document_lookup_source (mine, "white-house");
  g_assert_cmpint (kaynak_source_get_source_type (source), ==, KAYNAK_SOURCE_TYPE_UNSET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/curation/keep-mine-take-theirs-keep-both", test_choices);
  g_test_add_func ("/kaynak/curation/several-others-choose-whose", test_several);
  g_test_add_func ("/kaynak/curation/another-article-refused", test_other_article);
  g_test_add_func ("/kaynak/curation/attributed-otherwise-take-theirs", test_attribution);
  g_test_add_func ("/kaynak/curation/source-of-another-type-take-theirs", test_source_type);

  return g_test_run ();
}
