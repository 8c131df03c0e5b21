/* test-ui-pieces.c: a claim in several pieces and where a claim's source
 * and cue stand, in the real window: Add to Claim makes a second piece,
 * the article highlights (and marks as selected) the pieces only, a click
 * between them selects nothing, the list row joins the pieces with " … ",
 * the details pane lists and removes pieces (never the last); Mark Source
 * Words, Mark Cue Words and Add Selection as Cue record the ranges; each is
 * one undo step.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-application.h"
#include "kaynak-claim-list.h"
#include "kaynak-claim-row.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-window.h"

static KaynakApplication *app;

/* Ukraine's claim in data/samples/seed-article.txt, in two pieces around
 * the words between them */
#define FIRST  "Rusya’nın ilk Kuzey Koreli askerleri"
#define GAP    "savaş bölgelerine"
#define SECOND "konuşlandırılmasının planlandığı"
#define SOURCE_WORDS "Ukrayna’dan"
#define CUE_WORDS "iddia edilmişti"

static KaynakWindow *
open_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  return window;
}

static void
close_window (KaynakWindow *window)
{
  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static guint
offset_of (KaynakDocument *document,
           const char     *needle)
{
  const char *text = kaynak_document_get_text (document);
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (text, p - text);
}

static void
select_words (KaynakWindow *window,
              const char   *words)
{
  guint start = offset_of (kaynak_window_get_document (window), words);

  kaynak_article_view_set_selection_range (kaynak_window_get_article_view (window),
                                           start, start + (guint) g_utf8_strlen (words, -1));
}

static void
activate (KaynakWindow *window,
          const char   *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), name, NULL);
  kaynak_test_flush_events ();
}

/* Selects @words and presses 1, as a user would */
static KaynakClaim *
tag (KaynakWindow *window,
     const char   *words)
{
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  guint start = offset_of (kaynak_window_get_document (window), words);

  select_words (window, words);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.tag-shortcut", "u", 1));
  kaynak_test_flush_events ();
  return kaynak_document_find_claim_with_range (kaynak_window_get_document (window), start,
                                                start + (guint) g_utf8_strlen (words, -1));
}

static gboolean
has_tag (KaynakWindow *window,
         const char   *tag_name,
         guint         offset)
{
  GtkTextView *text_view = kaynak_article_view_get_text_view (kaynak_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
assert_strv (char       **got,
             const char  *first,
             ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) want = NULL;
  g_auto(GStrv) owned = got;
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    g_strv_builder_add (builder, s);
  va_end (args);
  want = g_strv_builder_end (builder);

  if (!g_strv_equal ((const char * const *) owned, (const char * const *) want))
    {
      g_autofree char *a = g_strjoinv (" | ", owned);
      g_autofree char *b = g_strjoinv (" | ", want);

      g_error ("got [%s], expected [%s]", a, b);
    }
}

static void
test_add_to_claim (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaimRanges *ranges = kaynak_claim_pane_get_ranges (kaynak_window_get_claim_pane (window));
  KaynakClaim *claim = tag (window, FIRST);
  g_autofree char *source_tag = NULL;
  g_autofree char *shown = NULL;
  guint first = offset_of (document, FIRST);
  guint gap = offset_of (document, GAP);
  guint second = offset_of (document, SECOND);

  g_assert_nonnull (claim);
  source_tag = g_strconcat ("kaynak-source:", kaynak_claim_get_source_id (claim), NULL);

  /* The second part, Ctrl+J: one claim in two pieces, still selected */
  select_words (window, SECOND);
  activate (window, "add-to-claim");
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  g_assert_true (kaynak_article_view_get_selected_claim (view) == claim);
  g_assert_false (kaynak_article_view_get_selection_range (view, NULL, NULL));

  /* The row joins the pieces' words */
  shown = kaynak_claim_dup_shown_quote (claim);
  g_assert_cmpstr (shown, ==, FIRST " … " SECOND);

  /* The pieces are highlighted and marked as selected, the words between
   * them are neither */
  g_assert_true (has_tag (window, source_tag, first + 1));
  g_assert_true (has_tag (window, source_tag, second + 1));
  g_assert_false (has_tag (window, source_tag, gap + 1));
  g_assert_true (has_tag (window, "kaynak-selected", first + 1));
  g_assert_true (has_tag (window, "kaynak-selected", second + 1));
  g_assert_false (has_tag (window, "kaynak-selected", gap + 1));

  /* The list's text filter finds the claim by its pieces' words, not by
   * the words between them */
  {
    KaynakClaimList *list = KAYNAK_CLAIM_LIST (kaynak_test_find_descendant (GTK_WIDGET (window),
                                                                           KAYNAK_TYPE_CLAIM_LIST));
    GListModel *rows = kaynak_claim_list_get_model (list);

    kaynak_claim_list_set_text_filter (list, "planlandığı");
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
    kaynak_claim_list_set_text_filter (list, GAP);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
    kaynak_claim_list_clear_filters (list);
    kaynak_test_flush_events ();
  }

  /* A click between the pieces selects nothing; one in a piece the claim */
  g_assert_null (kaynak_article_view_select_claim_at_offset (view, gap + 1));
  g_assert_true (kaynak_article_view_select_claim_at_offset (view, second + 1) == claim);
  kaynak_test_flush_events ();

  /* Words overlapping a piece are refused: nothing changes */
  kaynak_article_view_set_selection_range (view, first + 2, first + 8);
  activate (window, "add-to-claim");
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);

  /* The pane lists the pieces; the last one cannot be removed */
  assert_strv (kaynak_claim_ranges_dup_piece_names (ranges), FIRST, SECOND, NULL);
  g_assert_true (kaynak_claim_ranges_remove_piece (ranges, 1));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  g_assert_false (has_tag (window, source_tag, second + 1));
  g_assert_false (kaynak_claim_ranges_remove_piece (ranges, 0));
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);

  /* Each was one step */
  activate (window, "undo");
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 2);
  assert_strv (kaynak_claim_ranges_dup_piece_names (ranges), FIRST, SECOND, NULL);
  g_assert_true (has_tag (window, source_tag, second + 1));
  activate (window, "undo");
  g_assert_cmpuint (kaynak_claim_get_n_pieces (claim), ==, 1);
  g_assert_false (has_tag (window, source_tag, second + 1));
  g_assert_false (has_tag (window, "kaynak-selected", second + 1));

  close_window (window);
}

static void
test_source_and_cue_words (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimRanges *ranges = kaynak_claim_pane_get_ranges (kaynak_window_get_claim_pane (window));
  KaynakClaim *claim = tag (window, FIRST);
  guint source = offset_of (document, SOURCE_WORDS);
  guint cue = offset_of (document, CUE_WORDS);
  const KaynakRange *got;
  guint n;

  g_assert_nonnull (claim);

  /* With no words selected, nothing happens (a toast says what to do) */
  activate (window, "mark-source-words");
  g_assert_null (kaynak_claim_get_source_ranges (claim, &n));

  select_words (window, SOURCE_WORDS);
  activate (window, "mark-source-words");
  got = kaynak_claim_get_source_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (got[0].start, ==, source);
  g_assert_cmpuint (got[0].end, ==, source + g_utf8_strlen (SOURCE_WORDS, -1));
  assert_strv (kaynak_claim_ranges_dup_source_names (ranges), SOURCE_WORDS, NULL);

  select_words (window, CUE_WORDS);
  activate (window, "mark-cue-words");
  got = kaynak_claim_get_cue_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (got[0].start, ==, cue);
  assert_strv (kaynak_claim_ranges_dup_cue_names (ranges), CUE_WORDS, NULL);
  /* Marking says where the cue stands; the cues themselves stay */
  g_assert_null (kaynak_claim_get_cues (claim)[0]);

  activate (window, "undo");
  g_assert_null (kaynak_claim_get_cue_ranges (claim, &n));
  assert_strv (kaynak_claim_ranges_dup_cue_names (ranges), NULL);
  activate (window, "undo");
  g_assert_null (kaynak_claim_get_source_ranges (claim, &n));
  assert_strv (kaynak_claim_ranges_dup_source_names (ranges), NULL);

  /* Ctrl+K: the cue and where it stands, one step */
  select_words (window, CUE_WORDS);
  activate (window, "add-cue");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, CUE_WORDS);
  got = kaynak_claim_get_cue_ranges (claim, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (got[0].start, ==, cue);
  activate (window, "undo");
  g_assert_null (kaynak_claim_get_cues (claim)[0]);
  g_assert_null (kaynak_claim_get_cue_ranges (claim, &n));
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);

  close_window (window);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/ui-pieces/add-to-claim-highlights-only-the-pieces", test_add_to_claim);
  g_test_add_func ("/kaynak/ui-pieces/source-and-cue-words-are-marked-and-undone",
                   test_source_and_cue_words);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "ui-pieces", add_tests);
}
