/* test-brat-attribution.c: attribution corpora in brat (PolNeAR, PARC 3.0
 * converted) as claims with their sources and cues, on a corpus of our
 * own in the distributed layout (tests/data/brat-attribution: text/ and
 * attributions/ with two annotators), and what the importer forgives of
 * such corpora (continuation lines, line breaks in a text column) and
 * what it still refuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kaynak-brat-files.h"
#include "kaynak-claim.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-source.h"
#include "kaynak-test-util.h"

static GFile *
corpus_file (const char *relative)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "brat-attribution",
                                                 relative, NULL);

  return g_file_new_for_path (path);
}

/* The corpus's articles, every one imported, and the report */
static GPtrArray *
import_corpus (GFile            *folder,
               KaynakBratReport *report)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = kaynak_brat_pair_files (&folder, 1, problems, NULL);
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_cmpuint (problems->len, ==, 0);
  for (guint i = 0; i < articles->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) one = kaynak_brat_import_article_with_report (articles->pdata[i], report,
                                                                         NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_extend_and_steal (documents, g_steal_pointer (&one));
    }
  return documents;
}

static KaynakDocument *
document_titled (GPtrArray  *documents,
                 const char *title)
{
  for (guint i = 0; i < documents->len; i++)
    if (g_str_equal (kaynak_document_get_title (documents->pdata[i]), title))
      return documents->pdata[i];
  g_assert_not_reached ();
}

static KaynakClaim *
claim_at (KaynakDocument *document,
          guint           i)
{
  KaynakClaim *claim = g_list_model_get_item (kaynak_document_get_claims (document), i);

  /* the document holds it */
  g_object_unref (claim);
  return claim;
}

static const char *
source_label (KaynakDocument *document,
              KaynakClaim    *claim)
{
  KaynakSource *source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));

  g_assert_nonnull (source);
  return kaynak_source_get_label (source);
}

/* …/attributions/NAME_<annotator>.ann finds …/text/NAME.txt; each
 * annotator's file is its own document, named after the .ann */
static void
test_layout (void)
{
  g_autoptr(GFile) folder = corpus_file (".");
  g_autoptr(GFile) a_txt = corpus_file ("text/a.txt");
  g_autoptr(GFile) b_txt = corpus_file ("text/b.txt");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = kaynak_brat_pair_files (&folder, 1, problems, NULL);
  g_autoptr(GPtrArray) documents = NULL;
  KaynakBratReport report = { 0 };

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[0])->txt, a_txt));
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[1])->txt, a_txt));
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[2])->txt, b_txt));

  documents = import_corpus (folder, &report);
  g_assert_cmpuint (documents->len, ==, 3);
  g_assert_cmpstr (kaynak_document_get_title (documents->pdata[0]), ==, "a_ef2d");
  g_assert_cmpstr (kaynak_document_get_title (documents->pdata[1]), ==, "a_x9k1");
  g_assert_cmpstr (kaynak_document_get_title (documents->pdata[2]), ==, "b_ef2d");
  /* one text, two annotators */
  g_assert_cmpstr (kaynak_document_get_text (documents->pdata[0]), ==,
                   kaynak_document_get_text (documents->pdata[1]));
}

/* A chosen .ann (the sandbox grants each file alone) pairs with the chosen
 * NAME.txt of its corpus */
static void
test_chosen_annotator_files (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-attribution-XXXXXX");
  g_autofree char *ann_path = g_build_filename (dir, "1", "a_ef2d.ann", NULL);
  g_autofree char *ann2_path = g_build_filename (dir, "2", "a_x9k1.ann", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "3", "a.txt", NULL);
  g_autoptr(GFile) ann_src = corpus_file ("attributions/a_ef2d.ann");
  g_autoptr(GFile) ann2_src = corpus_file ("attributions/a_x9k1.ann");
  g_autoptr(GFile) txt_src = corpus_file ("text/a.txt");
  g_autoptr(GFile) ann = g_file_new_for_path (ann_path);
  g_autoptr(GFile) ann2 = g_file_new_for_path (ann2_path);
  g_autoptr(GFile) txt = g_file_new_for_path (txt_path);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;
  GFile *chosen[] = { ann, txt, ann2 };

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%u", dir, i);

      g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
    }
  g_assert_true (g_file_copy (ann_src, ann, 0, NULL, NULL, NULL, NULL));
  g_assert_true (g_file_copy (ann2_src, ann2, 0, NULL, NULL, NULL, NULL));
  g_assert_true (g_file_copy (txt_src, txt, 0, NULL, NULL, NULL, NULL));

  articles = kaynak_brat_pair_files (chosen, G_N_ELEMENTS (chosen), problems, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[0])->txt, txt));
  g_assert_true (g_file_equal (((KaynakBratArticle *) articles->pdata[1])->txt, txt));
  kaynak_test_remove_tree (dir);
}

/* Each event with a Content is a claim with its source and cue words;
 * sources are one per name without case; an event without a Source has
 * the unattributed source; every other span is counted */
static void
test_events_as_claims (void)
{
  g_autoptr(GFile) folder = corpus_file (".");
  KaynakBratReport report = { 0 };
  g_autoptr(GPtrArray) documents = import_corpus (folder, &report);
  g_autofree char *message = kaynak_brat_report_message (&report);
  KaynakDocument *a = document_titled (documents, "a_ef2d");
  KaynakDocument *a2 = document_titled (documents, "a_x9k1");
  KaynakClaim *claim;
  KaynakSource *unattributed;

  g_assert_cmpuint (kaynak_document_get_n_claims (a), ==, 5);
  /* the sources the Source spans name, and the unattributed one */
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (a)), ==, 4);

  claim = claim_at (a, 0);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Hillary Clinton for president");
  g_assert_cmpstr (source_label (a, claim), ==, "The Washington Post");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "backs");
  g_assert_null (kaynak_claim_get_cues (claim)[1]);
  /* the Content span's status and note */
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "an endorsement");

  claim = claim_at (a, 1);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 58);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 115);
  g_assert_cmpstr (source_label (a, claim), ==, "the newspaper");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "said");

  /* fragments parted by a line break: one range */
  claim = claim_at (a, 2);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "the plan\nwould fail");
  g_assert_cmpstr (source_label (a, claim), ==, "Officials");

  claim = claim_at (a, 3);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "taxes rise");
  unattributed = kaynak_document_lookup_source (a, kaynak_claim_get_source_id (claim));
  g_assert_cmpint (kaynak_source_get_kind (unattributed), ==, KAYNAK_SOURCE_KIND_UNATTRIBUTED);
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "It was reported");

  /* "The Washington post": the source of the first claim; roles in any
   * case, Content2 a further content span */
  claim = claim_at (a, 4);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_claim_get_source_id (claim_at (a, 0)));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 217);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, 246);
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "added");

  /* the other annotator: the text column runs on over two lines */
  g_assert_cmpuint (kaynak_document_get_n_claims (a2), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_quote (claim_at (a2, 1)), ==, "the plan\nwould fail");

  g_assert_cmpuint (report.n_documents, ==, 3);
  g_assert_cmpuint (report.n_corpora, ==, 3);
  g_assert_cmpuint (report.n_attributions, ==, 8);
  g_assert_cmpuint (report.n_sources, ==, 6);
  g_assert_cmpuint (report.n_cues, ==, 8);
  g_assert_cmpuint (report.n_other, ==, 10);
  g_assert_cmpstr (message, ==, "Imported 3 documents: 8 attributions as claims, 6 sources, 8 cues; "
                                "10 spans of other kinds not imported");
}

/* One article from @ann over @text, in a folder of its own */
static GPtrArray *
import_pair (const char        *text,
             const char        *ann,
             KaynakBratReport  *report,
             GError           **error)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-attribution-XXXXXX");
  g_autofree char *txt_path = g_build_filename (dir, "x.txt", NULL);
  g_autofree char *ann_path = g_build_filename (dir, "x.ann", NULL);
  g_autoptr(GFile) ann_file = g_file_new_for_path (ann_path);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;
  GPtrArray *documents;

  g_assert_true (g_file_set_contents (txt_path, text, -1, NULL));
  g_assert_true (g_file_set_contents (ann_path, ann, -1, NULL));
  articles = kaynak_brat_pair_files (&ann_file, 1, problems, NULL);
  g_assert_cmpuint (articles->len, ==, 1);
  documents = kaynak_brat_import_article_with_report (articles->pdata[0], report, NULL, error);
  kaynak_test_remove_tree (dir);
  return documents;
}

/* A text column may hold a space where the article has a line break, and
 * the reverse, and run on over lines; anything else is a mismatch */
static void
test_lenient_text (void)
{
  static const char text[] = "Ali dedi ki:\nyarın gelir.\n";
  static const struct {
    const char *ann;
    const char *expected;  /* NULL: imported */
  } cases[] = {
    { "T1\tX 0 25\tAli dedi ki: yarın gelir.\n", NULL },
    { "T1\tX 0 12;13 25\tAli dedi ki:\nyarın gelir.\n", NULL },
    { "T1\tX 0 25\tAli dedi ki:\nyarın gelir.\nT2\tX 0 3\tAli\n", NULL },
    { "T1\tX 0 25\tAli dedi ki:\nyarın gelir.\n#1\tAnnotatorNotes T1\tbir\niki\n", NULL },
    /* still refused: other words, a space too many, a column cut short */
    { "T1\tX 0 25\tAli dedi ki:\nyarın gitti.\n", "line 1: the text “Ali dedi ki:\\nyarın gitti.” does not match" },
    { "T1\tX 0 3\tAli \n", "line 1: the text “Ali ” does not match" },
    { "T1\tX 0 25\tAli dedi ki:\n", "line 1: the text “Ali dedi ki:” does not match" },
    /* a line without an id that continues nothing */
    { "yarın gelir.\nT1\tX 0 3\tAli\n", "line 1: expected an id, a tab and an annotation" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = import_pair (text, cases[i].ann, NULL, &error);

      g_test_message ("case %u: %s", i, error ? error->message : "(imported)");
      if (cases[i].expected == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (kaynak_document_get_n_claims (documents->pdata[0]), >=, 1);
        }
      else
        {
          g_assert_null (documents);
          g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].expected));
        }
    }

  /* the note ran on too */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) documents = import_pair (text, cases[3].ann, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (kaynak_claim_get_note (claim_at (documents->pdata[0], 0)), ==, "bir\niki");
  }
}

/* Without an event that has a Content, a .ann keeps its meaning: a claim
 * per span, tagged with the span's type; events are left alone */
static void
test_plain_file_unchanged (void)
{
  static const char text[] = "Ali geldi. Veli gitti.";
  static const char ann[] =
    "T1\tAli 0 10\tAli geldi.\n"
    "T2\tVeli 11 22\tVeli gitti.\n"
    "E1\tMove:T2 Theme:T1\n";
  g_autoptr(GError) error = NULL;
  KaynakBratReport report = { 0 };
  g_autoptr(GPtrArray) documents = import_pair (text, ann, &report, &error);
  KaynakDocument *document;

  g_assert_no_error (error);
  document = documents->pdata[0];
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 2);
  g_assert_cmpstr (source_label (document, claim_at (document, 0)), ==, "Ali");
  g_assert_cmpstr (source_label (document, claim_at (document, 1)), ==, "Veli");
  g_assert_cmpuint (report.n_documents, ==, 1);
  g_assert_cmpuint (report.n_corpora, ==, 0);
  g_assert_null (kaynak_brat_report_message (&report));
}

/* An event argument that names nothing is a clear message */
static void
test_bad_events (void)
{
  static const char text[] = "Ali geldi.";
  static const struct {
    const char *ann;
    const char *expected;
  } cases[] = {
    { "T1\tContent 0 10\tAli geldi.\nE1\tAttribution:T1 Content:T7\n", "line 2: T7 names no annotation" },
    { "T1\tContent 0 10\tAli geldi.\nE1\tAttribution:T1 Content\n", "line 2: “Content” is not ROLE:ID" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = import_pair (text, cases[i].ann, NULL, &error);

      g_test_message ("case %u: %s", i, error ? error->message : "(imported)");
      g_assert_null (documents);
      g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/brat-attribution/layout", test_layout);
  g_test_add_func ("/kaynak/brat-attribution/chosen-annotator-files", test_chosen_annotator_files);
  g_test_add_func ("/kaynak/brat-attribution/events-as-claims", test_events_as_claims);
  g_test_add_func ("/kaynak/brat-attribution/lenient-text", test_lenient_text);
  g_test_add_func ("/kaynak/brat-attribution/plain-file-unchanged", test_plain_file_unchanged);
  g_test_add_func ("/kaynak/brat-attribution/bad-events", test_bad_events);

  return g_test_run ();
}
