/* test-ui-suggest.c: Suggest Claims in the real window (win.suggest-claims
 * and the suggestions bar): the list follows the document, Enter / 1–9 /
 * Delete accept, retag and reject the current suggestion, each one undo
 * step that brings it back, Alt+Down and Alt+Up move among them while
 * reviewing, and an article in another language gets a dialog.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-source-library.h"
#include "kaynak-suggestions-bar.h"
#include "kaynak-test-ui-util.h"

static KaynakApplication *app;

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

static void
destroy_window (KaynakWindow *window)
{
  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static KaynakSuggestionsBar *
bar_of (KaynakWindow *window)
{
  return KAYNAK_SUGGESTIONS_BAR (kaynak_test_find_descendant (GTK_WIDGET (window),
                                                              KAYNAK_TYPE_SUGGESTIONS_BAR));
}

static GtkListBox *
list_of (KaynakSuggestionsBar *bar)
{
  return GTK_LIST_BOX (kaynak_test_find_descendant (GTK_WIDGET (bar), GTK_TYPE_LIST_BOX));
}

static guint
n_rows (GtkListBox *box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (box, (int) n) != NULL)
    n++;
  return n;
}

static guint
selected_index (GtkListBox *box)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (box);

  return row != NULL ? (guint) gtk_list_box_row_get_index (row) : G_MAXUINT;
}

static const char *TEXT =
  "Beyaz Saray’dan yapılan açıklamada bölgeye asker gönderildiği açıklandı. "
  "Kremlin şimdilik sessiz. Bunu ABD de doğrulamıştı.";

static void
test_accept_retag_reject_undo (void)
{
  KaynakWindow *window = open_text (TEXT, "tr");
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakSuggestionsBar *bar = bar_of (window);
  GtkListBox *list = list_of (bar);
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakClaim) retagged = NULL;
  KaynakSource *first_source;

  g_assert_false (kaynak_suggestions_bar_get_active (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-claims", NULL));
  kaynak_test_flush_events ();
  g_assert_true (kaynak_suggestions_bar_get_active (bar));
  g_assert_cmpuint (n_rows (list), ==, 3);
  g_assert_cmpuint (selected_index (list), ==, 0);

  /* Alt+Down's window action moves among the suggestions while reviewing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-claim", NULL));
  g_assert_cmpuint (selected_index (list), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-claim", NULL));
  g_assert_cmpuint (selected_index (list), ==, 0);

  /* Enter: Beyaz Saray's claim, with its new source */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.accept", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  g_assert_cmpuint (n_rows (list), ==, 2);
  g_assert_cmpuint (selected_index (list), ==, 0);
  {
    g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, 0);

    first_source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));
    g_assert_cmpstr (kaynak_source_get_label (first_source), ==, "Beyaz Saray");
  }

  /* 1: the Kremlin's silence, from the source of key 1 instead */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.retag", "u", 1));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 2);
  retagged = g_list_model_get_item (claims, 1);
  g_assert_cmpstr (kaynak_claim_get_source_id (retagged), ==,
                   kaynak_source_get_id (kaynak_document_lookup_shortcut (document, 1)));
  g_assert_cmpuint (n_rows (list), ==, 1);

  /* Delete: the last one is rejected and remembered */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.reject", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_cmpuint (kaynak_document_get_rejections (document)->len, ==, 1);

  /* each one undo step, and the suggestion comes back */
  g_assert_true (kaynak_document_undo (document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_document_get_rejections (document)->len, ==, 0);
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_true (kaynak_document_undo (document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  g_assert_cmpuint (n_rows (list), ==, 2);
  g_assert_true (kaynak_document_undo (document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 0);
  g_assert_cmpuint (n_rows (list), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.done", NULL));
  kaynak_test_flush_events ();
  g_assert_false (kaynak_suggestions_bar_get_active (bar));
  g_assert_cmpuint (n_rows (list), ==, 0);
  destroy_window (window);
}

static void
test_other_language (void)
{
  KaynakWindow *window = open_text ("Die Regierung hat am Montag mitgeteilt, dass die Gespräche "
                                    "mit den Nachbarländern fortgesetzt werden.", "de");
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-claims", NULL));
  kaynak_test_flush_events ();
  g_assert_false (kaynak_suggestions_bar_get_active (bar_of (window)));
  dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No Claims Can Be Suggested");
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

/* Suggest Claims finds the names of the user's source library, as Tag
 * as… offers them, and accepting brings the library's source with its
 * kind and aliases */
static void
test_library_sources (void)
{
  static const char * const aliases[] = { "Kızılay", NULL };
  KaynakSourceLibrary *library = kaynak_source_library_get_default ();
  g_autoptr(KaynakSource) known = kaynak_source_new ("turk-kizilay", "Türk Kızılay", "#c01c28", 0,
                                                     KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  KaynakWindow *window;
  KaynakDocument *document;
  KaynakSuggestionsBar *bar;
  GtkListBox *list;
  KaynakSource *source;
  g_autoptr(KaynakClaim) claim = NULL;
  GtkListBoxRow *row;

  kaynak_source_set_aliases (known, aliases);
  g_assert_true (kaynak_source_library_remember (library, known, NULL));

  window = open_text ("Kızılay’dan yapılan açıklamada bölgeye iki bin çadır gönderildiği belirtildi.", "tr");
  document = kaynak_window_get_document (window);
  bar = bar_of (window);
  list = list_of (bar);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-claims", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (n_rows (list), ==, 1);
  /* the row names the library's label, not the words of the text */
  row = gtk_list_box_get_row_at_index (list, 0);
  {
    GtkWidget *box = gtk_list_box_row_get_child (row);
    GtkWidget *source_label = gtk_widget_get_last_child (box);

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (source_label)), "Türk Kızılay"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.accept", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_claims (document)), ==, 1);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim));
  g_assert_cmpstr (kaynak_source_get_label (source), ==, "Türk Kızılay");
  g_assert_cmpint (kaynak_source_get_kind (source), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_cmpstr (kaynak_source_get_aliases (source)[0], ==, "Kızılay");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "suggest.done", NULL));
  kaynak_test_flush_events ();
  destroy_window (window);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/suggest-ui/accept-retag-reject-undo", test_accept_retag_reject_undo);
  g_test_add_func ("/kaynak/suggest-ui/other-language", test_other_language);
  g_test_add_func ("/kaynak/suggest-ui/library-sources", test_library_sources);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "suggest-ui", add_tests);
}
