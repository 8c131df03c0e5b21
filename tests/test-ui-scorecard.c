/* test-ui-scorecard.c: the statistics window's IMVAIN section: hidden for
 * a document without that codebook's fields, shown with the rows of
 * kaynak-scorecard.h once the document uses them, each row read by a
 * screen reader as one sentence, and following a rating and its undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-document-codebook.h"
#include "kaynak-statistics-window.h"
#include "kaynak-test-ui-util.h"

/* two sentences of ten letters, at 0 and 12 */
static const char article[] = "Aaaaaaaaaa. Bbbbbbbbbb.";

static KaynakCodebook *
imvain_codebook (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "codebooks",
                                                 "imvain.kaynak-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakCodebook *codebook = kaynak_codebook_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return codebook;
}

static GtkWidget *
nth_row (KaynakScorecardView *view,
         guint                n)
{
  GtkListBox *list = GTK_LIST_BOX (kaynak_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_BOX));

  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, n));
}

/* gtk_test_accessible_assert_property() would put the "%" of a share into
 * its message's format */
static void
assert_spoken (GtkWidget  *row,
               const char *expected)
{
  g_autofree char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                               expected);

  if (value != NULL)
    g_error ("the row reads “%s”, not “%s”", value, expected);
}

typedef struct
{
  KaynakScorecardView *view;
  guint                asserting;
} Waiting;

static gboolean
counts_asserting (gpointer data)
{
  Waiting *waiting = data;
  KaynakScorecard *card = kaynak_scorecard_view_get_scorecard (waiting->view);

  return card != NULL && card->asserting_claims == waiting->asserting;
}

static gboolean
is_shown (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static void
test_shown_and_follows (void)
{
  g_autoptr(KaynakDocument) doc = kaynak_document_new (article, -1);
  g_autoptr(KaynakCodebook) codebook = imvain_codebook ();
  g_autoptr(KaynakSource) source = kaynak_source_new ("gov", "Gov", "#1c71d8", 1,
                                                      KAYNAK_SOURCE_KIND_NAMED);
  g_autoptr(JsonNode) asserts = json_node_init_string (json_node_alloc (), "asserts");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakStatisticsWindow *statistics;
  KaynakScorecardView *view;
  KaynakClaim *claim;
  Waiting waiting;

  g_assert_true (kaynak_document_add_source (doc, source, NULL));
  claim = kaynak_document_create_claim (doc, 0, 10, "gov", &error);
  g_assert_no_error (error);
  kaynak_document_create_claim (doc, 12, 22, "gov", &error);
  g_assert_no_error (error);

  statistics = KAYNAK_STATISTICS_WINDOW (kaynak_statistics_window_new (NULL, doc));
  gtk_window_present (GTK_WINDOW (statistics));
  kaynak_test_flush_events ();
  view = kaynak_statistics_window_get_scorecard_view (statistics);
  /* no codebook: no section */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  g_assert_null (kaynak_scorecard_view_get_scorecard (view));

  g_assert_true (kaynak_document_use_codebook (doc, codebook, &changes, &error));
  g_assert_no_error (error);
  kaynak_test_wait_until (is_shown, view);
  assert_spoken (nth_row (view, 0),
                 "Claims resting on a single source: 2 of 2 · 100.0 %");
  assert_spoken (nth_row (view, 2),
                 "Self-interested sources: 0 of 1 · 0.0 %, 1 not rated yet");
  assert_spoken (nth_row (view, 3),
                 "Claims that assert without verifying: 0 of 2 · 0.0 %, "
                 "2 not rated yet");

  /* a rating shows, and its undo takes it back */
  g_assert_true (kaynak_document_set_claim_field (doc, kaynak_claim_get_id (claim), "verification",
                                                  asserts, &error));
  g_assert_no_error (error);
  waiting = (Waiting) { view, 1 };
  kaynak_test_wait_until (counts_asserting, &waiting);
  assert_spoken (nth_row (view, 3),
                 "Claims that assert without verifying: 1 of 2 · 50.0 %, "
                 "1 not rated yet");
  g_assert_true (kaynak_document_undo (doc));
  waiting = (Waiting) { view, 0 };
  kaynak_test_wait_until (counts_asserting, &waiting);

  gtk_window_destroy (GTK_WINDOW (statistics));
  kaynak_test_flush_events ();
}

static void
add_tests (void)
{
  /* accessible properties through GTK's test backend, as test-ui-statistics */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_add_func ("/kaynak/scorecard-view/shown-and-follows", test_shown_and_follows);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "scorecard-view", add_tests);
}
