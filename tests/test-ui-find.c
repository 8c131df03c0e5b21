/* test-ui-find.c: Ctrl+F in the real window (the find bar, its count,
 * next and previous, the highlights and their removal, Tag All Matches
 * as… and its undo, the Turkish rules by the article's language) and the
 * claim list's filters by source, status and text, combined.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-claim-list.h"
#include "kaynak-find-bar.h"
#include "kaynak-match-highlighter.h"
#include "kaynak-test-ui-util.h"

static KaynakApplication *app;

static KaynakWindow *
open_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  return window;
}

static KaynakWindow *
open_text (const char *text,
           const char *language)
{
  g_autoptr(GPtrArray) scheme = kaynak_source_default_scheme ();
  g_autoptr(KaynakDocument) document = kaynak_document_new_for_article (text, -1, scheme, "", NULL);
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  kaynak_document_set_language (document, language);
  kaynak_window_set_document (window, document);
  kaynak_test_flush_events ();
  return window;
}

static KaynakFindBar *
find_bar (KaynakWindow *window)
{
  return KAYNAK_FIND_BAR (kaynak_test_find_descendant (GTK_WIDGET (window), KAYNAK_TYPE_FIND_BAR));
}

static GtkTextBuffer *
article_buffer (KaynakWindow *window)
{
  return gtk_text_view_get_buffer (kaynak_article_view_get_text_view (kaynak_window_get_article_view (window)));
}

/* How many code points carry the tag @name */
static guint
count_tagged (KaynakWindow *window,
              const char   *name)
{
  GtkTextBuffer *buffer = article_buffer (window);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;
  guint n = 0;

  if (tag == NULL)
    return 0;
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    if (gtk_text_iter_has_tag (&iter, tag))
      n++;
  while (gtk_text_iter_forward_char (&iter));
  return n;
}

static char *
selected_text (KaynakWindow *window)
{
  GtkTextIter a, b;

  if (!gtk_text_buffer_get_selection_bounds (article_buffer (window), &a, &b))
    return g_strdup ("");
  return gtk_text_iter_get_text (&a, &b);
}

static void
destroy_window (KaynakWindow *window)
{
  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
test_ctrl_f_finds_and_steps (void)
{
  KaynakWindow *window = open_sample ();
  KaynakFindBar *bar = find_bar (window);
  g_autofree char *selected = NULL;

  g_assert_false (kaynak_find_bar_is_open (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  kaynak_test_flush_events ();
  g_assert_true (kaynak_find_bar_is_open (bar));

  kaynak_find_bar_set_text (bar, "KREMLİN");  /* the sample is Turkish: İ, not I */
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 1);
  g_assert_cmpstr (kaynak_find_bar_get_count_text (bar), ==, "1 of 1");
  selected = selected_text (window);
  g_assert_cmpstr (selected, ==, "Kremlin");
  g_clear_pointer (&selected, g_free);
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), ==, 7);
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_CURRENT_TAG), ==, 7);

  /* "rus": four; the search goes on from where the reader is (the
   * fourth is the first after "Kremlin"); next and previous wrap */
  kaynak_find_bar_set_text (bar, "rus");
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 4);
  g_assert_cmpstr (kaynak_find_bar_get_count_text (bar), ==, "4 of 4");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL));
  g_assert_cmpstr (kaynak_find_bar_get_count_text (bar), ==, "1 of 4");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_cmpstr (kaynak_find_bar_get_count_text (bar), ==, "3 of 4");
  selected = selected_text (window);
  g_assert_cmpstr (selected, ==, "Rus");
  g_clear_pointer (&selected, g_free);

  kaynak_find_bar_set_text (bar, "zzzz");
  g_assert_cmpstr (kaynak_find_bar_get_count_text (bar), ==, "No matches");
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), ==, 0);

  /* Escape closes, the highlights go */
  kaynak_find_bar_set_text (bar, "rus");
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), >, 0);
  kaynak_find_bar_close (bar);
  kaynak_test_flush_events ();
  g_assert_false (kaynak_find_bar_is_open (bar));
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), ==, 0);
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_CURRENT_TAG), ==, 0);

  destroy_window (window);
}

static void
test_turkish_rules_by_language (void)
{
  const char *text = "İstanbul'da hava ILIK. İKİ gün sonra ilik bir yağmur.";
  KaynakWindow *window = open_text (text, "tr");
  KaynakFindBar *bar = find_bar (window);
  g_autofree char *selected = NULL;

  kaynak_find_bar_open (bar);
  kaynak_find_bar_set_text (bar, "ılık");
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 1);
  selected = selected_text (window);
  g_assert_cmpstr (selected, ==, "ILIK");
  kaynak_find_bar_set_text (bar, "istanbul");
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 1);
  kaynak_find_bar_set_text (bar, "iki");
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 1);

  /* the same article in English: "I" is "i", so "ılık" finds nothing
   * there and "ilik" finds both */
  kaynak_document_set_language (kaynak_window_get_document (window), "en");
  kaynak_find_bar_set_text (bar, "ilik");
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 2);

  /* Ignore Accents: "yagmur" finds "yağmur" */
  kaynak_find_bar_set_text (bar, "yagmur");
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 0);
  g_object_set (bar, "ignore-accents", TRUE, NULL);
  g_assert_cmpuint (kaynak_find_bar_get_n_matches (bar), ==, 1);

  destroy_window (window);
}

static void
test_tag_all_matches (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakFindBar *bar = find_bar (window);
  g_autoptr(KaynakSource) source = g_list_model_get_item (kaynak_document_get_sources (document), 0);
  AdwToast *toast;

  kaynak_find_bar_open (bar);
  kaynak_find_bar_set_text (bar, "rus");
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "find.tag-all", "s",
                                             kaynak_source_get_id (source)));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 4);
  /* the claims' highlights went on without taking the matches' off, and
   * the matches' tag stays above the new source's */
  kaynak_test_flush_events ();
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), ==, 4 * 3);
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (article_buffer (window));
    g_autofree char *name = g_strconcat ("kaynak-source:", kaynak_source_get_id (source), NULL);
    GtkTextTag *source_tag = gtk_text_tag_table_lookup (table, name);

    g_assert_nonnull (source_tag);
    g_assert_cmpint (gtk_text_tag_get_priority (gtk_text_tag_table_lookup (table, KAYNAK_MATCH_TAG)), >,
                     gtk_text_tag_get_priority (source_tag));
  }
  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "4 matches tagged as"));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 4);

  /* again: nothing new, and the toast says why */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "find.tag-all", "s",
                                             kaynak_source_get_id (source)));
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 4);
  g_assert_nonnull (strstr (adw_toast_get_title (kaynak_window_get_last_toast (window)),
                            "4 were claims already"));

  /* one Ctrl+Z takes all four back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  /* taking the claims' highlights off left the matches' on */
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_TAG), ==, 4 * 3);
  g_assert_cmpuint (count_tagged (window, KAYNAK_MATCH_CURRENT_TAG), ==, 3);

  destroy_window (window);
}

static void
test_claim_list_filters_combine (void)
{
  const char *text = "Kremlin sustu. Beyaz Saray ILIK bir açıklama yaptı. Ukrayna iddia etti.";
  KaynakWindow *window = open_text (text, "tr");
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimList *list = KAYNAK_CLAIM_LIST (kaynak_test_find_descendant (GTK_WIDGET (window),
                                                                         KAYNAK_TYPE_CLAIM_LIST));
  GListModel *shown = kaynak_claim_list_get_model (list);
  g_autoptr(KaynakSource) made = kaynak_document_make_source (document, "Beyaz Saray",
                                                              KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(KaynakSource) first = NULL;
  g_autoptr(KaynakSource) second = NULL;
  KaynakClaim *a, *b, *c;

  /* a new annotation has one source: a second one, as the user would add */
  g_assert_true (kaynak_document_add_source (document, made, NULL));
  first = g_list_model_get_item (kaynak_document_get_sources (document), 0);
  second = g_list_model_get_item (kaynak_document_get_sources (document), 1);

  a = kaynak_document_create_claim (document, 0, 13, kaynak_source_get_id (first), NULL);
  b = kaynak_document_create_claim (document, 15, 50, kaynak_source_get_id (second), NULL);
  c = kaynak_document_create_claim (document, 52, 71, kaynak_source_get_id (first), NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (b),
                                                   KAYNAK_CLAIM_STATUS_REFUTED, NULL));
  g_assert_true (kaynak_document_set_claim_note (document, kaynak_claim_get_id (c),
                                                 "Kaynak: İSTANBUL ofisi", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);

  /* the status menu's items are the "list.status-filter" action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.status-filter", "i",
                                             (int) KAYNAK_CLAIM_STATUS_REFUTED));
  g_assert_cmpint (kaynak_claim_list_get_status_filter (list), ==, KAYNAK_CLAIM_STATUS_REFUTED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  kaynak_claim_list_set_status_filter (list, -1);

  /* text in the quote, by the Turkish rules: "ılık" finds "ILIK" */
  kaynak_claim_list_set_text_filter (list, "ılık");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  kaynak_claim_list_set_text_filter (list, "ilik");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  /* text in the note */
  kaynak_claim_list_set_text_filter (list, "istanbul");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  /* combined: the source and the text */
  kaynak_claim_list_set_text_filter (list, "t");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  kaynak_claim_list_set_source_filter (list, kaynak_source_get_id (first));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  kaynak_claim_list_set_status_filter (list, KAYNAK_CLAIM_STATUS_UNVERIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_true (kaynak_claim_list_is_filtered (list));

  /* a status changed under the filter takes the claim out */
  g_assert_true (kaynak_document_set_claim_status (document, kaynak_claim_get_id (a),
                                                   KAYNAK_CLAIM_STATUS_SUPPORTED, NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  kaynak_claim_list_clear_filters (list);
  g_assert_false (kaynak_claim_list_is_filtered (list));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);

  destroy_window (window);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/find/ctrl-f-finds-and-steps", test_ctrl_f_finds_and_steps);
  g_test_add_func ("/kaynak/find/turkish-rules-by-language", test_turkish_rules_by_language);
  g_test_add_func ("/kaynak/find/tag-all-matches-one-undo", test_tag_all_matches);
  g_test_add_func ("/kaynak/claim-list/filters-combine", test_claim_list_filters_combine);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "find", add_tests);
}
