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
#include <stdio.h>
#include <string.h>

#include "kaynak-brat-files.h"
#include "kaynak-claim.h"
#include "kaynak-document.h"
#include "kaynak-error.h"
#include "kaynak-export.h"
#include "kaynak-file-names.h"
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

static void
assert_range (KaynakRange range,
              guint       start,
              guint       end)
{
  g_assert_cmpuint (range.start, ==, start);
  g_assert_cmpuint (range.end, ==, end);
}

/* @ranges as "S E;S E" */
static void
assert_ranges (const KaynakRange *ranges,
               guint              n,
               const char        *expected)
{
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (got, "%s%u %u", i ? ";" : "", ranges[i].start, ranges[i].end);
  g_assert_cmpstr (got->str, ==, expected);
}

static void
assert_source (KaynakClaim *claim,
               const char  *expected)
{
  guint n;
  const KaynakRange *ranges = kaynak_claim_get_source_ranges (claim, &n);

  assert_ranges (ranges, n, expected);
}

static void
assert_cue (KaynakClaim *claim,
            const char  *expected)
{
  guint n;
  const KaynakRange *ranges = kaynak_claim_get_cue_ranges (claim, &n);

  assert_ranges (ranges, n, expected);
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
  guint n;

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

  /* where the claims stand: pieces, source and cue ranges */
  claim = claim_at (a, 1);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_range (kaynak_claim_get_piece (claim, 0), 58, 80);
  assert_range (kaynak_claim_get_piece (claim, 1), 103, 115);
  assert_source (claim, "82 95");
  assert_cue (claim, "96 100");
  /* brat's fragments parted by a line break only: one piece */
  claim = claim_at (a, 2);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  assert_source (claim, "117 126");
  /* no Source span, no source range */
  claim = claim_at (a, 3);
  g_assert_null (kaynak_claim_get_source_ranges (claim, &n));
  g_assert_cmpuint (n, ==, 0);
  assert_cue (claim, "153 168");
  /* Content and Content2: two pieces */
  claim = claim_at (a, 4);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_range (kaynak_claim_get_piece (claim, 0), 217, 226);
  assert_range (kaynak_claim_get_piece (claim, 1), 237, 246);
  g_assert_cmpstr (kaynak_claim_get_piece_quote (claim, 1), ==, "he trails");
  assert_source (claim, "186 205");

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

/* Source names are one name as the app compares names: case and every
 * form of the Turkish i folded together */
static void
test_turkish_source_names (void)
{
  static const char text[] = "İSTANBUL VALİLİĞİ açıkladı: yol kapalı. istanbul valiliği açıkladı: köprü açık.";
  static const char ann[] =
    "T1\tSource 0 17\tİSTANBUL VALİLİĞİ\n"
    "T2\tCue 18 26\taçıkladı\n"
    "T3\tContent 28 38\tyol kapalı\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "T4\tSource 40 57\tistanbul valiliği\n"
    "T5\tCue 58 66\taçıkladı\n"
    "T6\tContent 68 78\tköprü açık\n"
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n";
  g_autoptr(GError) error = NULL;
  KaynakBratReport report = { 0 };
  g_autoptr(GPtrArray) documents = import_pair (text, ann, &report, &error);
  KaynakDocument *document;

  g_assert_no_error (error);
  document = documents->pdata[0];
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim_at (document, 0)), ==,
                   kaynak_claim_get_source_id (claim_at (document, 1)));
  g_assert_cmpstr (source_label (document, claim_at (document, 1)), ==, "İSTANBUL VALİLİĞİ");
  g_assert_cmpuint (report.n_sources, ==, 1);
  /* the Cue span is the trigger too: counted once, as a cue */
  g_assert_cmpuint (report.n_other, ==, 0);
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

/* --- Round trips ---------------------------------------------------------- */

/* Whether @c is where brat (Python's splitlines()) ends a line */
static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e) ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The characters of a role's spans ("S E;S E" of every argument with that
 * role), line breaks left out, as "S E;S E": what a span means, however
 * it was cut at line breaks */
static char *
role_chars (GHashTable     *spans,
            char          **args,
            const char     *role,
            const gunichar *text,
            guint           length)
{
  g_autofree gboolean *in = g_new0 (gboolean, length + 1);
  GString *out = g_string_new (NULL);

  for (guint a = 1; args[a] != NULL; a++)
    {
      g_auto(GStrv) role_id = g_strsplit (args[a], ":", 2);
      g_autofree char *name = g_ascii_strdown (role_id[0], -1);
      g_auto(GStrv) frags = NULL;

      g_strchomp (name);
      while (*name && g_ascii_isdigit (name[strlen (name) - 1]))
        name[strlen (name) - 1] = '\0';
      if (!g_str_equal (name, role))
        continue;
      frags = g_strsplit (g_hash_table_lookup (spans, role_id[1]), ";", -1);
      for (guint f = 0; frags[f] != NULL; f++)
        {
          guint s = 0, e = 0;

          g_assert_cmpint (sscanf (frags[f], "%u %u", &s, &e), ==, 2);
          for (guint k = s; k < e && k < length; k++)
            in[k] = !is_line_break (text[k]);
        }
    }
  for (guint k = 0; k < length; k++)
    if (in[k] && (k == 0 || !in[k - 1]))
      {
        guint e = k;

        while (e < length && in[e])
          e++;
        g_string_append_printf (out, "%s%u %u", out->len ? ";" : "", k, e);
      }
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Every event of @ann (with a Content) as "content S E;… | source … | cue
 * …", sorted: the attributions, whatever the ids and the order */
static GPtrArray *
attributions_of (GFile *ann,
                 GFile *txt)
{
  g_autofree char *data = NULL;
  g_autofree char *text_utf8 = NULL;
  g_autofree gunichar *text = NULL;
  glong length;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *events = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_load_contents (ann, NULL, &data, NULL, NULL, NULL));
  g_assert_true (g_file_load_contents (txt, NULL, &text_utf8, NULL, NULL, NULL));
  text = g_utf8_to_ucs4_fast (text_utf8, -1, &length);
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == 'T')
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
        const char *space = strchr (fields[1], ' ');

        g_hash_table_insert (spans, g_strdup (fields[0]), g_strdup (space + 1));
      }
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == 'E')
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);
        g_auto(GStrv) args = g_strsplit (fields[1], " ", -1);
        g_autofree char *content = role_chars (spans, args, "content", text, length);
        g_autofree char *source = role_chars (spans, args, "source", text, length);
        g_autofree char *cue = role_chars (spans, args, "cue", text, length);

        if (*content != '\0')
          g_ptr_array_add (events, g_strdup_printf ("content %s | source %s | cue %s",
                                                    content, source, cue));
      }
  g_ptr_array_sort (events, compare_strings);
  return events;
}

static void
assert_same_attributions (GFile *ann_a,
                          GFile *txt_a,
                          GFile *ann_b,
                          GFile *txt_b)
{
  g_autoptr(GPtrArray) a = attributions_of (ann_a, txt_a);
  g_autoptr(GPtrArray) b = attributions_of (ann_b, txt_b);

  g_assert_cmpuint (a->len, >, 0);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

/* Each annotator's file of the corpus against the .ann exported from its
 * document */
static void
assert_corpus_comes_back (const char *out_dir)
{
  static const char * const stems[][2] = {
    { "a_ef2d", "a" }, { "a_x9k1", "a" }, { "b_ef2d", "b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stems); i++)
    {
      g_autofree char *ann_name = g_strconcat ("attributions/", stems[i][0], ".ann", NULL);
      g_autofree char *txt_name = g_strconcat ("text/", stems[i][1], ".txt", NULL);
      g_autofree char *out_ann = g_strconcat (out_dir, "/", stems[i][0], ".ann", NULL);
      g_autofree char *out_txt = g_strconcat (out_dir, "/", stems[i][0], ".txt", NULL);
      g_autoptr(GFile) ann = corpus_file (ann_name);
      g_autoptr(GFile) txt = corpus_file (txt_name);
      g_autoptr(GFile) ann2 = g_file_new_for_path (out_ann);
      g_autoptr(GFile) txt2 = g_file_new_for_path (out_txt);

      g_test_message ("%s", stems[i][0]);
      assert_same_attributions (ann, txt, ann2, txt2);
    }
}

/* Imported and exported in the attribution style, the corpus gives back
 * the same Content, Source and Cue ranges per event; imported again, the
 * same claims */
static void
test_round_trip (void)
{
  g_autoptr(GFile) corpus = corpus_file (".");
  g_autoptr(GPtrArray) documents = import_corpus (corpus, NULL);
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-attribution-XXXXXX");
  g_autoptr(GFile) out = g_file_new_for_path (dir);
  KaynakExportOptions options = { .brat_style = KAYNAK_BRAT_STYLE_ATTRIBUTION };
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *conf_path = g_build_filename (dir, "annotation.conf", NULL);

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("brat"), &options, out, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < documents->len; i++)
    g_assert_true (kaynak_export_writer_add (writer, documents->pdata[i], &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);

  assert_corpus_comes_back (dir);

  /* the conf declares the spans and the event */
  g_assert_true (g_file_get_contents (conf_path, &conf, NULL, NULL));
  g_assert_nonnull (strstr (conf, "[entities]\nContent\nSource\nCue\n"));
  g_assert_nonnull (strstr (conf, "[events]\nAttribution\tContent:Content, Source?:Source, Cue?:Cue\n"));

  /* and in again: the same claims, sources and cues */
  again = import_corpus (out, NULL);
  g_assert_cmpuint (again->len, ==, documents->len);
  for (guint d = 0; d < documents->len; d++)
    {
      KaynakDocument *one = documents->pdata[d], *two = again->pdata[d];

      g_assert_cmpuint (kaynak_document_get_n_claims (one), ==, kaynak_document_get_n_claims (two));
      for (guint i = 0; i < kaynak_document_get_n_claims (one); i++)
        {
          KaynakClaim *c1 = claim_at (one, i), *c2 = claim_at (two, i);
          guint n1, n2;
          const KaynakRange *r1, *r2;

          g_assert_cmpuint (kaynak_claim_get_n_pieces (c1), ==, kaynak_claim_get_n_pieces (c2));
          for (guint p = 0; p < kaynak_claim_get_n_pieces (c1); p++)
            assert_range (kaynak_claim_get_piece (c2, p), kaynak_claim_get_piece (c1, p).start,
                          kaynak_claim_get_piece (c1, p).end);
          r1 = kaynak_claim_get_source_ranges (c1, &n1);
          r2 = kaynak_claim_get_source_ranges (c2, &n2);
          g_assert_cmpmem (r1, n1 * sizeof (KaynakRange), r2, n2 * sizeof (KaynakRange));
          r1 = kaynak_claim_get_cue_ranges (c1, &n1);
          r2 = kaynak_claim_get_cue_ranges (c2, &n2);
          g_assert_cmpmem (r1, n1 * sizeof (KaynakRange), r2, n2 * sizeof (KaynakRange));
          g_assert_cmpstrv (kaynak_claim_get_cues (c1), kaynak_claim_get_cues (c2));
          g_assert_cmpstr (source_label (one, c1), ==, source_label (two, c2));
          g_assert_cmpint (kaynak_claim_get_status (c1), ==, kaynak_claim_get_status (c2));
          g_assert_cmpstr (kaynak_claim_get_note (c1), ==, kaynak_claim_get_note (c2));
        }
    }
  kaynak_test_remove_tree (dir);
}

/* A claim in pieces goes out as one brat span "s e;s e" in Kaynak's own
 * style and comes back in the same pieces; a one-piece claim over a line
 * break comes back one piece */
static void
test_pieces_round_trip (void)
{
  static const char text[] = "“Yarın,” dedi Ali, “gelirim.”\nVeli de\ngeldi.";
  g_autoptr(KaynakDocument) document = kaynak_document_new (text, -1);
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-attribution-XXXXXX");
  g_autofree char *ann_path = NULL;
  g_autofree char *ann = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (dir);
  g_autoptr(KaynakExportWriter) writer = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) ann_file = NULL;
  KaynakRange pieces[] = { { 1, 6 }, { 20, 27 } };
  KaynakClaim *claim;

  claim = kaynak_document_create_claim (document, 1, 6, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kaynak_document_set_claim_pieces (document, kaynak_claim_get_id (claim), pieces, 2, &error));
  g_assert_nonnull (kaynak_document_create_claim (document, 30, 44, NULL, &error));
  g_assert_no_error (error);

  writer = kaynak_export_writer_new_folder (kaynak_exporter_lookup ("brat"), NULL, out, &error);
  g_assert_true (kaynak_export_writer_add (writer, document, &error));
  g_assert_true (kaynak_export_writer_finish (writer, &error));
  g_assert_no_error (error);
  {
    g_autofree char *stem = kaynak_document_dup_stem (document);

    ann_path = g_strconcat (dir, "/", stem, ".ann", NULL);
  }
  g_assert_true (g_file_get_contents (ann_path, &ann, NULL, NULL));
  g_assert_nonnull (strstr (ann, "\tClaim 1 6;20 27\tYarın gelirim\n"));
  g_assert_nonnull (strstr (ann, "\tClaim 30 37;38 44\tVeli de geldi.\n"));

  ann_file = g_file_new_for_path (ann_path);
  back = kaynak_importer_import (kaynak_importer_lookup ("brat"), ann_file, NULL, NULL, &error);
  g_assert_no_error (error);
  claim = claim_at (back->pdata[0], 0);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_range (kaynak_claim_get_piece (claim, 0), 1, 6);
  assert_range (kaynak_claim_get_piece (claim, 1), 20, 27);
  claim = claim_at (back->pdata[0], 1);
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  assert_range (kaynak_claim_get_piece (claim, 0), 30, 44);
  kaynak_test_remove_tree (dir);
}

/* The same through the command line: --import brat on the corpus folder,
 * then --export brat --brat-style attribution of the documents */
static void
test_cli_round_trip (void)
{
  const char *cli = g_getenv ("KAYNAK_CLI");
  g_autofree char *dir = kaynak_test_make_temp_dir ("brat-attribution-XXXXXX");
  g_autofree char *corpus = g_build_filename (dir, "corpus", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *attributions = g_build_filename (corpus, "attributions", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "brat-attribution", NULL);
  g_autofree char *err = NULL;
  g_autofree char *std_out = NULL;
  int status;

  /* a test that cannot reach the command line fails */
  g_assert_nonnull (cli);
  {
    const char *cp[] = { "cp", "-r", source, corpus, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) cp, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *import[] = { cli, "--import", "brat", corpus, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) import, NULL, 0, NULL, NULL, &std_out, &err,
                                 &status, NULL));
    g_test_message ("%s", err);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "Imported 3 documents: 8 attributions as claims, 6 sources, 8 cues; "
                                   "10 spans of other kinds not imported"));
    g_assert_nonnull (strstr (std_out, "a_x9k1.kaynak.json"));
  }
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&std_out, g_free);
  {
    const char *export[] = { cli, "--export", "brat", "--brat-style", "attribution",
                             "--output", out, attributions, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) export, NULL, 0, NULL, NULL, &std_out, &err,
                                 &status, NULL));
    g_test_message ("%s", err);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  assert_corpus_comes_back (out);

  /* the other style into that folder is refused: its conf is not replaced */
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&std_out, g_free);
  {
    const char *export[] = { cli, "--export", "brat", "--output", out, attributions, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) export, NULL, 0, NULL, NULL, &std_out, &err,
                                 &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "attribution style"));
  }
  kaynak_test_remove_tree (dir);
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
  g_test_add_func ("/kaynak/brat-attribution/turkish-source-names", test_turkish_source_names);
  g_test_add_func ("/kaynak/brat-attribution/bad-events", test_bad_events);
  g_test_add_func ("/kaynak/brat-attribution/round-trip", test_round_trip);
  g_test_add_func ("/kaynak/brat-attribution/pieces-round-trip", test_pieces_round_trip);
  g_test_add_func ("/kaynak/brat-attribution/cli-round-trip", test_cli_round_trip);

  return g_test_run ();
}
