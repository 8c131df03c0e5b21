/* test-merge-sources.c: merging the sources that name one speaker.
 *
 * kaynak_document_merge_sources(): the claims of the merged sources move
 * to the one kept, their names become its aliases (each once, whatever
 * the case), cues and links stay as they were, and one undo step brings
 * back every source, in its place in the list, and every claim; a merge
 * that cannot be done changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-document.h"
#include "kaynak-error.h"

static const char article[] =
  "The Washington Post backs Clinton for president. "
  "The newspaper said the race was close. "
  "Aides said the campaign was confident. "
  "The influential US daily called it a turning point.";

typedef struct
{
  KaynakDocument *doc;
  KaynakClaim    *post_claim;
  KaynakClaim    *paper_claim;
  KaynakClaim    *aides_claim;
  KaynakClaim    *daily_claim;
} Fixture;

static KaynakSource *
add_source (KaynakDocument     *doc,
            const char         *label,
            const char * const *aliases)
{
  g_autoptr(KaynakSource) source = kaynak_document_make_source (doc, label,
                                                                KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(GError) error = NULL;

  if (aliases != NULL)
    kaynak_source_set_aliases (source, aliases);
  kaynak_document_add_source (doc, source, &error);
  g_assert_no_error (error);
  return kaynak_document_lookup_source (doc, kaynak_source_get_id (source));
}

static KaynakClaim *
tag (KaynakDocument *doc,
     const char     *words,
     const char     *source_id)
{
  const char *at = g_strstr_len (article, -1, words);
  guint start, end;
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  g_assert_nonnull (at);
  start = (guint) g_utf8_pointer_to_offset (article, at);
  end = start + (guint) g_utf8_strlen (words, -1);
  claim = kaynak_document_tag_range (doc, start, end, source_id, &error);
  g_assert_no_error (error);
  return claim;
}

/* Four sources, three of them one newspaper; an alias of the kept one
 * ("WaPo") and one of a merged one ("the paper"), and names that differ
 * only in case ("The Newspaper" as an alias of the Post, "the newspaper"
 * a source of its own) */
static void
fixture_set_up (Fixture *f)
{
  static const char * const post_aliases[] = { "WaPo", "The Newspaper", NULL };
  static const char * const paper_aliases[] = { "the paper", "wapo", NULL };
  static const char * const daily_aliases[] = { "THE PAPER", "US daily", NULL };
  g_autoptr(GError) error = NULL;
  const char *cues[] = { "said", NULL };

  f->doc = kaynak_document_new_for_article (article, -1, NULL, NULL, &error);
  g_assert_no_error (error);

  add_source (f->doc, "The Washington Post", post_aliases);
  add_source (f->doc, "the newspaper", paper_aliases);
  add_source (f->doc, "Aides", NULL);
  add_source (f->doc, "the influential US daily", daily_aliases);

  f->post_claim = tag (f->doc, "Clinton for president", "the-washington-post");
  f->paper_claim = tag (f->doc, "the race was close", "the-newspaper");
  f->aides_claim = tag (f->doc, "the campaign was confident", "aides");
  f->daily_claim = tag (f->doc, "a turning point", "the-influential-us-daily");

  kaynak_document_set_claim_cues (f->doc, kaynak_claim_get_id (f->paper_claim), cues, &error);
  g_assert_no_error (error);
  kaynak_document_add_link (f->doc, KAYNAK_LINK_TYPE_REPEATS,
                            kaynak_claim_get_id (f->daily_claim),
                            kaynak_claim_get_id (f->paper_claim), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->doc);
}

/* Copies of every source and claim, in their order */
static GPtrArray *
snapshot (GListModel *model,
          gboolean    sources)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_ptr_array_add (copies, sources
                       ? (gpointer) kaynak_source_copy (KAYNAK_SOURCE (item))
                       : (gpointer) kaynak_claim_copy (KAYNAK_CLAIM (item)));
    }
  return copies;
}

static void
assert_same (GListModel *model,
             GPtrArray  *copies,
             gboolean    sources)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, copies->len);
  for (guint i = 0; i < copies->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (sources)
        g_assert_true (kaynak_source_equal (KAYNAK_SOURCE (item), g_ptr_array_index (copies, i)));
      else
        g_assert_true (kaynak_claim_equal (KAYNAK_CLAIM (item), g_ptr_array_index (copies, i)));
    }
}

static void
test_merge_and_undo (void)
{
  Fixture f;
  static const char * const others[] = { "the-newspaper", "the-influential-us-daily", NULL };
  static const char * const expected_aliases[] = {
    "WaPo", "The Newspaper", "the paper", "the influential US daily", "US daily", NULL
  };
  g_autoptr(GPtrArray) sources_before = NULL;
  g_autoptr(GPtrArray) claims_before = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sources;
  KaynakSource *post;
  KaynakLink *link;
  guint n_sources;

  fixture_set_up (&f);
  sources = kaynak_document_get_sources (f.doc);
  n_sources = g_list_model_get_n_items (sources);
  sources_before = snapshot (sources, TRUE);
  claims_before = snapshot (kaynak_document_get_claims (f.doc), FALSE);
  kaynak_document_mark_saved (f.doc);

  g_assert_true (kaynak_document_merge_sources (f.doc, "the-washington-post", others, &error));
  g_assert_no_error (error);

  /* the merged sources are gone, the others where they were */
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources - 2);
  g_assert_null (kaynak_document_lookup_source (f.doc, "the-newspaper"));
  g_assert_null (kaynak_document_lookup_source (f.doc, "the-influential-us-daily"));
  g_assert_nonnull (kaynak_document_lookup_source (f.doc, "aides"));

  /* the kept source answers to every name, each once, its own first */
  post = kaynak_document_lookup_source (f.doc, "the-washington-post");
  g_assert_cmpstr (kaynak_source_get_label (post), ==, "The Washington Post");
  g_assert_cmpstrv (kaynak_source_get_aliases (post), expected_aliases);
  g_assert_true (kaynak_document_find_source_by_name (f.doc, "THE INFLUENTIAL US DAILY", NULL) == post);

  /* its claims moved; Aides' did not */
  g_assert_cmpstr (kaynak_claim_get_source_id (f.post_claim), ==, "the-washington-post");
  g_assert_cmpstr (kaynak_claim_get_source_id (f.paper_claim), ==, "the-washington-post");
  g_assert_cmpstr (kaynak_claim_get_source_id (f.daily_claim), ==, "the-washington-post");
  g_assert_cmpstr (kaynak_claim_get_source_id (f.aides_claim), ==, "aides");
  g_assert_cmpuint (kaynak_document_count_claims_for_source (f.doc, "the-washington-post"), ==, 3);

  /* cues and links untouched */
  g_assert_cmpuint (g_strv_length ((char **) kaynak_claim_get_cues (f.paper_claim)), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_cues (f.paper_claim)[0], ==, "said");
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (f.doc)), ==, 1);
  link = g_list_model_get_item (kaynak_document_get_links (f.doc), 0);
  g_assert_cmpstr (kaynak_link_get_from (link), ==, kaynak_claim_get_id (f.daily_claim));
  g_assert_cmpstr (kaynak_link_get_to (link), ==, kaynak_claim_get_id (f.paper_claim));
  g_object_unref (link);

  /* one step: one undo brings back everything, in its place */
  g_assert_true (kaynak_document_get_modified (f.doc));
  g_assert_true (kaynak_document_undo (f.doc));
  assert_same (sources, sources_before, TRUE);
  assert_same (kaynak_document_get_claims (f.doc), claims_before, FALSE);
  g_assert_false (kaynak_document_get_modified (f.doc));

  /* and redo merges again */
  g_assert_true (kaynak_document_redo (f.doc));
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources - 2);
  g_assert_cmpstr (kaynak_claim_get_source_id (f.daily_claim), ==, "the-washington-post");
  g_assert_cmpstrv (kaynak_source_get_aliases (kaynak_document_lookup_source (f.doc, "the-washington-post")),
                    expected_aliases);

  fixture_tear_down (&f);
}

/* A merged source first in the list and one after the kept one: undo puts
 * each back where it was, not at the end */
static void
test_undo_restores_positions (void)
{
  Fixture f;
  static const char * const others[] = { "unattributed", "the-influential-us-daily", "the-newspaper", NULL };
  g_autoptr(GPtrArray) sources_before = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sources;

  fixture_set_up (&f);
  sources = kaynak_document_get_sources (f.doc);
  sources_before = snapshot (sources, TRUE);
  /* the default scheme's source comes first */
  g_assert_nonnull (kaynak_document_lookup_source (f.doc, "unattributed"));

  g_assert_true (kaynak_document_merge_sources (f.doc, "aides", others, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  g_assert_cmpstr (kaynak_claim_get_source_id (f.paper_claim), ==, "aides");
  g_assert_cmpstr (kaynak_claim_get_source_id (f.post_claim), ==, "the-washington-post");

  g_assert_true (kaynak_document_undo (f.doc));
  assert_same (sources, sources_before, TRUE);

  fixture_tear_down (&f);
}

static void
test_refused (void)
{
  static const struct {
    const char  *keep;
    const char  *others[3];
    int          code;
  } cases[] = {
    { "nobody", { "the-newspaper", NULL }, KAYNAK_ERROR_NOT_FOUND },
    { "the-washington-post", { "the-newspaper", "nobody", NULL }, KAYNAK_ERROR_NOT_FOUND },
    { "the-washington-post", { "the-newspaper", "the-washington-post", NULL }, KAYNAK_ERROR_INVALID },
    { "the-washington-post", { NULL }, KAYNAK_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Fixture f;
      g_autoptr(GPtrArray) sources_before = NULL;
      g_autoptr(GPtrArray) claims_before = NULL;
      g_autoptr(GError) error = NULL;

      fixture_set_up (&f);
      kaynak_document_clear_history (f.doc);
      sources_before = snapshot (kaynak_document_get_sources (f.doc), TRUE);
      claims_before = snapshot (kaynak_document_get_claims (f.doc), FALSE);

      g_assert_false (kaynak_document_merge_sources (f.doc, cases[i].keep, cases[i].others, &error));
      g_assert_error (error, KAYNAK_ERROR, cases[i].code);
      /* nothing changed, and there is no step to undo */
      assert_same (kaynak_document_get_sources (f.doc), sources_before, TRUE);
      assert_same (kaynak_document_get_claims (f.doc), claims_before, FALSE);
      g_assert_false (kaynak_document_get_can_undo (f.doc));

      fixture_tear_down (&f);
    }
}

/* A source named twice among the others is merged once */
static void
test_named_twice (void)
{
  Fixture f;
  static const char * const others[] = { "the-newspaper", "the-newspaper", NULL };
  g_autoptr(GError) error = NULL;

  fixture_set_up (&f);
  g_assert_true (kaynak_document_merge_sources (f.doc, "the-washington-post", others, &error));
  g_assert_no_error (error);
  g_assert_null (kaynak_document_lookup_source (f.doc, "the-newspaper"));
  g_assert_cmpstr (kaynak_claim_get_source_id (f.paper_claim), ==, "the-washington-post");
  g_assert_true (kaynak_document_undo (f.doc));
  g_assert_nonnull (kaynak_document_lookup_source (f.doc, "the-newspaper"));
  g_assert_cmpstr (kaynak_claim_get_source_id (f.paper_claim), ==, "the-newspaper");
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kaynak/merge-sources/claims-and-names-move-undo-restores", test_merge_and_undo);
  g_test_add_func ("/kaynak/merge-sources/undo-restores-positions", test_undo_restores_positions);
  g_test_add_func ("/kaynak/merge-sources/refused-changes-nothing", test_refused);
  g_test_add_func ("/kaynak/merge-sources/source-named-twice", test_named_twice);

  return g_test_run ();
}
