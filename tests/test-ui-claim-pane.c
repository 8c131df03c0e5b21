/* test-ui-claim-pane.c: the claim details pane in the real window: it
 * shows the selected claim; source, status, a typed note and a cue are
 * each one undo step; links are listed from both ends, followed, and go
 * and come back with their claims; the claim's attribution follows its
 * source's kind until it has its own.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-application.h"
#include "kaynak-document-attribution.h"
#include "kaynak-document-evidence.h"
#include "kaynak-evidence-dialog.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-window.h"

static KaynakApplication *app;

/* Ukraine's claim and the sentence that confirms it, in
 * data/samples/seed-article.txt */
#define UKRAINE "Rusya’nın ilk Kuzey Koreli askerleri savaş bölgelerine 27-28 Ekim’de konuşlandırılmasının planlandığı"
#define CONFIRMATION "Bunu ABD de doğrulamıştı"

/* The sample with its own sources on the keys 1–6 (a new annotation
 * has one source only) */
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

static guint
offset_of (KaynakDocument *document,
           const char     *needle)
{
  const char *text = kaynak_document_get_text (document);
  const char *p = strstr (text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_strlen (text, p - text);
}

/* Selects @words in the article and presses 1, as a user would */
static KaynakClaim *
tag (KaynakWindow *window,
     const char   *words)
{
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakDocument *document = kaynak_window_get_document (window);
  guint start = offset_of (document, words);
  guint end = start + (guint) g_utf8_strlen (words, -1);

  kaynak_article_view_set_selection_range (view, start, end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.tag-shortcut", "u", 1));
  kaynak_test_flush_events ();
  return kaynak_document_find_claim_with_range (document, start, end);
}

static void
activate (KaynakWindow *window,
          const char   *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), name, NULL);
  kaynak_test_flush_events ();
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

/* Source, status, a note typed letter by letter and a cue: each one step
 * of the document's undo, and the pane follows every undo */
static void
test_edits_and_undo (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaim *claim = tag (window, CONFIRMATION);
  KaynakSource *other = kaynak_document_lookup_shortcut (document, 4);
  g_autofree char *first_source = NULL;
  g_autofree char *note = NULL;
  guint start;

  g_assert_nonnull (claim);
  g_assert_true (kaynak_window_get_claim_pane (window) != NULL);
  /* Tagging selects the claim, and the pane shows it */
  g_assert_true (kaynak_claim_pane_get_claim (pane) == claim);
  /* a copy: the claim's own string goes with the change */
  first_source = g_strdup (kaynak_claim_get_source_id (claim));

  kaynak_claim_pane_choose_source (pane, kaynak_source_get_id (other));
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (other));
  kaynak_claim_pane_choose_status (pane, KAYNAK_CLAIM_STATUS_SUPPORTED);
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_SUPPORTED);
  kaynak_claim_pane_type_note (pane, "Pentagon says 10,000.\nUkraine says 12,000.");
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "Pentagon says 10,000.\nUkraine says 12,000.");

  /* The cue: words selected in the article, Ctrl+K */
  start = offset_of (document, "doğrulamıştı");
  kaynak_article_view_set_selection_range (view, start, start + 12);
  activate (window, "add-cue");
  g_assert_cmpstr (kaynak_claim_get_cues (claim)[0], ==, "doğrulamıştı");
  assert_strv (kaynak_claim_pane_dup_cue_names (pane), "doğrulamıştı", NULL);
  /* The same words again are refused, with a toast that says why */
  activate (window, "add-cue");
  g_assert_null (kaynak_claim_get_cues (claim)[1]);

  activate (window, "undo");
  g_assert_null (kaynak_claim_get_cues (claim)[0]);
  assert_strv (kaynak_claim_pane_dup_cue_names (pane), NULL);
  activate (window, "undo");
  g_assert_cmpstr (kaynak_claim_get_note (claim), ==, "");
  note = kaynak_claim_pane_dup_note (pane);
  g_assert_cmpstr (note, ==, "");
  activate (window, "undo");
  g_assert_cmpint (kaynak_claim_get_status (claim), ==, KAYNAK_CLAIM_STATUS_UNVERIFIED);
  activate (window, "undo");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, first_source);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);

  /* Undoing the tag itself leaves the pane with nothing to show */
  activate (window, "undo");
  g_assert_null (kaynak_claim_pane_get_claim (pane));

  kaynak_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* "Bunu ABD de doğrulamıştı" confirms Ukraine's claim: listed in both
 * panes, followed, removed with its claim and brought back by undo */
static void
test_links (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaim *ukraine = tag (window, UKRAINE);
  KaynakClaim *confirmation = tag (window, CONFIRMATION);
  KaynakSource *source = kaynak_document_lookup_source (document, kaynak_claim_get_source_id (ukraine));
  g_autofree char *outgoing = g_strdup_printf ("Confirms: “%s” (%s)", UKRAINE, kaynak_source_get_label (source));
  g_autofree char *incoming = g_strdup_printf ("Confirmed by: “%s” (%s)", CONFIRMATION, kaynak_source_get_label (source));

  g_assert_true (kaynak_claim_pane_get_claim (pane) == confirmation);
  g_assert_true (kaynak_claim_pane_link_to (pane, KAYNAK_LINK_TYPE_CONFIRMS, ukraine));
  assert_strv (kaynak_claim_pane_dup_link_names (pane), outgoing, NULL);
  /* A second one the same is refused, and said so */
  g_assert_false (kaynak_claim_pane_link_to (pane, KAYNAK_LINK_TYPE_CONFIRMS, ukraine));

  kaynak_article_view_select_claim (view, ukraine);
  kaynak_test_flush_events ();
  g_assert_true (kaynak_claim_pane_get_claim (pane) == ukraine);
  assert_strv (kaynak_claim_pane_dup_link_names (pane), incoming, NULL);

  /* Deleting the confirmation takes the link; undo brings both back */
  g_assert_true (kaynak_document_remove_claim (document, kaynak_claim_get_id (confirmation), NULL));
  kaynak_test_flush_events ();
  assert_strv (kaynak_claim_pane_dup_link_names (pane), NULL);
  activate (window, "undo");
  assert_strv (kaynak_claim_pane_dup_link_names (pane), incoming, NULL);

  /* Undo the link itself */
  activate (window, "undo");
  assert_strv (kaynak_claim_pane_dup_link_names (pane), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_links (document)), ==, 0);

  kaynak_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
on_picked (KaynakArticleView *view,
           KaynakClaim       *claim,
           gpointer           data)
{
  int *count = data;

  g_assert_null (claim);
  (*count)++;
}

/* Escape while picking the other end of a link stops picking, and only
 * that: the selected claim stays */
static void
test_escape_stops_picking (void)
{
  KaynakWindow *window = open_sample ();
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaim *claim = tag (window, CONFIRMATION);
  int picked = 0;

  g_signal_connect (view, "claim-picked", G_CALLBACK (on_picked), &picked);
  kaynak_article_view_set_picking (view, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.clear-selection", NULL));
  kaynak_test_flush_events ();
  g_assert_cmpint (picked, ==, 1);
  g_assert_false (kaynak_article_view_get_picking (view));
  g_assert_true (kaynak_article_view_get_selected_claim (view) == claim);
  g_signal_handlers_disconnect_by_func (view, on_picked, &picked);

  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* The claim as it is checked (issue 18): the field shows the words and
 * saves nothing until a sentence is written; a typed sentence is one
 * step; the evidence rows follow the document, named for a screen reader;
 * the dialog refuses a bad address and stays open */
static void
test_checkable_and_evidence (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakClaim *claim = tag (window, CONFIRMATION);
  KaynakClaimCheck *check = kaynak_claim_pane_get_check (pane);
  const KaynakEvidence item = { "https://example.org/a", NULL, "2024-11-05", "Pentagon" };
  g_autofree char *shown = kaynak_claim_check_dup_checkable_text (check);
  g_autofree char *after_undo = NULL;
  g_autofree char *id = g_strdup (kaynak_claim_get_id (claim));
  GtkWidget *dialog;

  g_assert_cmpstr (shown, ==, CONFIRMATION);
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "");

  kaynak_claim_check_type_checkable (check, "The United States confirmed it.");
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "The United States confirmed it.");
  /* the words typed again are no sentence of the user's: nothing saved */
  kaynak_claim_check_type_checkable (check, CONFIRMATION);
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "");
  activate (window, "undo");
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "The United States confirmed it.");
  activate (window, "undo");
  g_assert_cmpstr (kaynak_claim_get_checkable (claim), ==, "");
  after_undo = kaynak_claim_check_dup_checkable_text (check);
  g_assert_cmpstr (after_undo, ==, CONFIRMATION);

  g_assert_true (kaynak_document_add_claim_evidence (document, id, G_MAXUINT, &item, NULL));
  kaynak_test_flush_events ();
  assert_strv (kaynak_claim_check_dup_evidence_names (check),
               "Evidence 1: https://example.org/a, 2024-11-05 · Pentagon", NULL);
  activate (window, "undo");
  assert_strv (kaynak_claim_check_dup_evidence_names (check), NULL);

  /* Add Evidence with nothing in it: refused, the dialog stays */
  activate (window, "add-evidence");
  dialog = kaynak_claim_check_edit_evidence (check, G_MAXUINT);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_false (kaynak_evidence_dialog_save (KAYNAK_EVIDENCE_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_null (kaynak_claim_get_evidence (claim));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  kaynak_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
assert_attribution_text (KaynakClaimPane *pane,
                         const char      *want)
{
  g_autofree char *got = kaynak_claim_pane_dup_attribution_text (pane);

  g_assert_cmpstr (got, ==, want);
}

/* Attribution (issue 19): "As its source (…)" names the source's kind as
 * it is now; a kind chosen is the claim's own, one undo step, and the
 * source keeps its kind */
static void
test_attribution (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakClaim *claim = tag (window, UKRAINE);
  KaynakSource *kremlin = kaynak_document_lookup_shortcut (document, 4);
  KaynakSourceKind kind;

  g_assert_nonnull (claim);
  g_assert_true (kaynak_claim_pane_get_claim (pane) == claim);
  assert_attribution_text (pane, "As its source (Named source)");

  kaynak_claim_pane_choose_attribution (pane, TRUE, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_true (kaynak_claim_get_attribution (claim, &kind));
  g_assert_cmpint (kind, ==, KAYNAK_SOURCE_KIND_ANONYMOUS);
  g_assert_cmpint (kaynak_document_claim_attribution (document, claim), ==,
                   KAYNAK_SOURCE_KIND_ANONYMOUS);
  assert_attribution_text (pane, "Anonymous source");

  /* another source: the first item follows its kind, the choice stays */
  kaynak_claim_pane_choose_source (pane, kaynak_source_get_id (kremlin));
  assert_attribution_text (pane, "Anonymous source");
  kaynak_claim_pane_choose_attribution (pane, FALSE, 0);
  g_assert_false (kaynak_claim_get_attribution (claim, NULL));
  assert_attribution_text (pane, "As its source (No comment or silence)");

  activate (window, "undo");
  assert_attribution_text (pane, "Anonymous source");
  activate (window, "undo");
  assert_attribution_text (pane, "Anonymous source");
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==,
                   kaynak_source_get_id (kaynak_document_lookup_shortcut (document, 1)));
  activate (window, "undo");
  g_assert_false (kaynak_claim_get_attribution (claim, NULL));
  assert_attribution_text (pane, "As its source (Named source)");
  activate (window, "redo");
  assert_attribution_text (pane, "Anonymous source");

  kaynak_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/claim-pane/edits-are-undone-one-by-one", test_edits_and_undo);
  g_test_add_func ("/kaynak/claim-pane/links-listed-from-both-ends", test_links);
  g_test_add_func ("/kaynak/claim-pane/escape-stops-picking", test_escape_stops_picking);
  g_test_add_func ("/kaynak/claim-pane/checkable-claim-and-evidence", test_checkable_and_evidence);
  g_test_add_func ("/kaynak/claim-pane/attribution-as-its-source-or-its-own", test_attribution);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "claim-pane", add_tests);
}
