/* test-ui-article-details.c: the Article Details dialog: filled from the
 * document, the date and language code checked as they are typed, and
 * Apply as one undo step; the window's action and title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-article-details-dialog.h"
#include "kaynak-test-ui-util.h"

static GtkWidget *
child (GtkWidget  *dialog,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (dialog, KAYNAK_TYPE_ARTICLE_DETAILS_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
set_text (GtkWidget  *dialog,
          const char *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, row)), text);
  kaynak_test_flush_events ();
}

static const char *
get_text (GtkWidget  *dialog,
          const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, row)));
}

static GtkWidget *
open_dialog (KaynakDocument *document)
{
  GtkWidget *dialog = kaynak_article_details_dialog_new (NULL, document);

  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  return dialog;
}

static void
test_filled_from_the_document (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Der Text.", -1);
  GtkWidget *dialog;

  kaynak_document_set_title (document, "Ein Titel");
  kaynak_document_set_url (document, "https://example.org/a");
  kaynak_document_set_outlet (document, "Zeitung");
  kaynak_document_set_published (document, "2024-10-30");
  kaynak_document_set_language (document, "de");
  kaynak_document_mark_saved (document);

  dialog = open_dialog (document);
  g_assert_cmpstr (get_text (dialog, "title_row"), ==, "Ein Titel");
  g_assert_cmpstr (get_text (dialog, "url_row"), ==, "https://example.org/a");
  g_assert_cmpstr (get_text (dialog, "outlet_row"), ==, "Zeitung");
  g_assert_cmpstr (get_text (dialog, "published_row"), ==, "2024-10-30");
  /* Any code but tr and en is Other, with the code shown */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (child (dialog, "language_row"))), ==, 3);
  g_assert_true (gtk_widget_get_visible (child (dialog, "language_code_row")));
  g_assert_cmpstr (get_text (dialog, "language_code_row"), ==, "de");

  /* Turkish hides the code */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")), 1);
  kaynak_test_flush_events ();
  g_assert_false (gtk_widget_get_visible (child (dialog, "language_code_row")));

  /* Applying nothing changed is no step at all */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")), 3);
  g_assert_true (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  kaynak_test_flush_events ();
  g_assert_false (kaynak_document_get_can_undo (document));
  g_assert_false (kaynak_document_get_modified (document));
}

/* The fact-check's address: filled from the document, a bad one said
 * under the field, a good one applied as one undo step */
static void
test_fact_check_address (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bu bir haber.", -1);
  GtkWidget *dialog;
  GtkWidget *message;

  kaynak_document_set_fact_check_url (document, "https://example.org/eski");
  kaynak_document_mark_saved (document);
  dialog = open_dialog (document);
  message = child (dialog, "fact_check_message");
  g_assert_cmpstr (get_text (dialog, "fact_check_row"), ==, "https://example.org/eski");
  g_assert_false (gtk_widget_has_css_class (message, "error"));

  set_text (dialog, "fact_check_row", "example.org/dogrulama");
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "is not a web address"));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "fact_check_row"), "error"));
  g_assert_false (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==, "https://example.org/eski");

  set_text (dialog, "fact_check_row", " https://example.org/dogrulama/haber ");
  g_assert_false (gtk_widget_has_css_class (message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "full address"));
  g_object_ref (dialog);
  g_assert_true (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  kaynak_test_flush_events ();
  g_object_unref (dialog);
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==,
                   "https://example.org/dogrulama/haber");
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpstr (kaynak_document_get_fact_check_url (document), ==, "https://example.org/eski");
}

/* Author, retrieved and archived copy (issue 18): filled from the
 * document, a bad date or address said under the copy's fields, applied
 * with the rest as one undo step */
static void
test_copy_fields (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bu bir haber.", -1);
  GtkWidget *dialog;
  GtkWidget *message;

  kaynak_document_set_article_author (document, "Ayşe Yılmaz");
  kaynak_document_set_retrieved (document, "2024-11-02");
  kaynak_document_mark_saved (document);
  dialog = open_dialog (document);
  message = child (dialog, "copy_message");
  g_assert_cmpstr (get_text (dialog, "author_row"), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (get_text (dialog, "retrieved_row"), ==, "2024-11-02");
  g_assert_cmpstr (get_text (dialog, "archived_row"), ==, "");
  g_assert_false (gtk_widget_has_css_class (message, "error"));

  set_text (dialog, "retrieved_row", "dün");
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "retrieved_row"), "error"));
  g_assert_false (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  set_text (dialog, "retrieved_row", "2024-11-03");
  set_text (dialog, "archived_row", "archive.org/x");
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "is not a web address"));
  g_assert_false (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));

  set_text (dialog, "archived_row", "https://archive.ph/abc12");
  set_text (dialog, "author_row", " Mehmet Kaya ");
  g_assert_false (gtk_widget_has_css_class (message, "error"));
  g_object_ref (dialog);
  g_assert_true (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  kaynak_test_flush_events ();
  g_object_unref (dialog);
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Mehmet Kaya");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, "2024-11-03");
  g_assert_cmpstr (kaynak_document_get_archived_url (document), ==, "https://archive.ph/abc12");
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpstr (kaynak_document_get_article_author (document), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (kaynak_document_get_retrieved (document), ==, "2024-11-02");
  g_assert_cmpstr (kaynak_document_get_archived_url (document), ==, "");
  g_assert_false (kaynak_document_get_can_undo (document));
}

static void
test_bad_date_said_under_the_field (void)
{
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bu bir haber.", -1);
  GtkWidget *dialog = open_dialog (document);
  GtkWidget *message = child (dialog, "published_message");
  GtkWidget *language_message = child (dialog, "language_message");

  kaynak_document_mark_saved (document);
  set_text (dialog, "title_row", "  Başlık  ");
  set_text (dialog, "published_row", "2023-02-29");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "has 28 days"));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "published_row"), "error"));
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_false (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "");

  /* A language code that is not one, said under its own field */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "language_row")), 3);
  set_text (dialog, "language_code_row", "tr_TR");
  g_assert_true (gtk_widget_get_visible (language_message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (language_message)), "not a language code"));
  set_text (dialog, "language_code_row", "tr-CY");
  g_assert_false (gtk_widget_has_css_class (language_message, "error"));

  set_text (dialog, "published_row", "2024-02-29");
  g_assert_false (gtk_widget_has_css_class (child (dialog, "published_row"), "error"));
  g_assert_false (gtk_widget_has_css_class (message, "error"));
  g_object_ref (dialog);
  g_assert_true (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  kaynak_test_flush_events ();
  /* Applying closes it */
  g_assert_false (gtk_widget_get_visible (dialog));
  g_object_unref (dialog);

  /* Trimmed, and one step */
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "Başlık");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "2024-02-29");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "tr-CY");
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (kaynak_document_undo (document));
  g_assert_cmpstr (kaynak_document_get_title (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_published (document), ==, "");
  g_assert_cmpstr (kaynak_document_get_language (document), ==, "");
  g_assert_false (kaynak_document_get_modified (document));
}

/* The window's action opens the dialog, and its title follows the
 * document's, edit and undo */
static void
test_window_action (void)
{
  KaynakWindow *window = kaynak_test_ui_new_window (kaynak_test_ui_application ());
  g_autoptr(KaynakDocument) document = kaynak_document_new ("Bu bir haber.", -1);
  g_autoptr(KaynakArticleDetails) details = NULL;
  GtkWidget *dialog = NULL;
  GList *toplevels;

  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (window),
                                                                    "article-details")));
  kaynak_document_set_title (document, "eski");
  kaynak_document_mark_saved (document);
  kaynak_window_set_document (window, document);
  kaynak_test_flush_events ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "eski");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.article-details", NULL));
  kaynak_test_flush_events ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KAYNAK_IS_ARTICLE_DETAILS_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  set_text (dialog, "title_row", "yeni");
  g_assert_true (kaynak_article_details_dialog_apply (KAYNAK_ARTICLE_DETAILS_DIALOG (dialog)));
  kaynak_test_flush_events ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• yeni");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "eski");

  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
add_tests (void)
{
  g_test_add_func ("/kaynak/article-details-dialog/filled-from-the-document",
                   test_filled_from_the_document);
  g_test_add_func ("/kaynak/article-details-dialog/fact-check-address", test_fact_check_address);
  g_test_add_func ("/kaynak/article-details-dialog/author-retrieved-archived", test_copy_fields);
  g_test_add_func ("/kaynak/article-details-dialog/bad-date-said-under-the-field",
                   test_bad_date_said_under_the_field);
  g_test_add_func ("/kaynak/article-details-dialog/window-action-and-title",
                   test_window_action);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "article-details-dialog", add_tests);
}
