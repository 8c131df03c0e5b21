/* test-ui-window.c: the real main window, driven as a user would, without
 * file choosers: open the sample article, tag a claim by its shortcut,
 * check the highlight and the list, save, reload; undo and redo, delete
 * and its "Undo" toast, retag, overlapping claims, load errors, and the
 * unsaved-changes prompt (the claim details pane: test-ui-claim-pane.c).
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-application.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-sources-dialog.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-text-import.h"
#include "kaynak-window.h"

/* "üç binden fazla asker" in data/samples/seed-article.txt */
#define CLAIM_START 423
#define CLAIM_END   444
#define CLAIM_QUOTE "üç binden fazla asker"

static KaynakApplication *app;

/* --- Helpers ------------------------------------------------------------- */

static GFile *
sample_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.txt", NULL);
  return g_file_new_for_path (path);
}

/* Gives @document the sample's own sources (Ukraine, White House…, keys
 * 1–6, from data/samples/seed-article.kaynak.json) as a user would before
 * tagging: a new annotation has one source only.  Not a change to undo. */
static void
add_sample_sources (KaynakDocument *document)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "seed-article.kaynak.json", NULL);
  g_autoptr(GFile) scheme_file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scheme = kaynak_file_load_scheme (scheme_file, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < scheme->len; i++)
    {
      KaynakSource *source = g_ptr_array_index (scheme, i);

      if (kaynak_document_lookup_source (document, kaynak_source_get_id (source)) != NULL)
        kaynak_document_update_source (document, kaynak_source_get_id (source), source, &error);
      else
        kaynak_document_add_source (document, source, &error);
      g_assert_no_error (error);
    }
  kaynak_document_clear_history (document);
  kaynak_document_mark_saved (document);
}

/* A window showing the sample article, opened from its file, with the
 * sample's sources */
static KaynakWindow *
open_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = sample_file ();
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  add_sample_sources (kaynak_window_get_document (window));
  kaynak_test_flush_events ();
  g_assert_nonnull (kaynak_window_get_document (window));
  g_assert_false (kaynak_document_get_modified (kaynak_window_get_document (window)));
  return window;
}

static void
destroy_window (KaynakWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* Presses the digit @shortcut in the article as a user would: through the
 * view's action that the 1–9 keys trigger. */
static KaynakClaim *
tag_by_shortcut (KaynakWindow *window,
                 guint         start,
                 guint         end,
                 guint         shortcut)
{
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakDocument *document = kaynak_window_get_document (window);
  guint got_start = 0, got_end = 0;

  kaynak_article_view_set_selection_range (view, start, end);
  g_assert_true (kaynak_article_view_get_selection_range (view, &got_start, &got_end));
  g_assert_cmpuint (got_start, ==, start);
  g_assert_cmpuint (got_end, ==, end);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.tag-shortcut",
                                             "u", shortcut));
  kaynak_test_flush_events ();

  return kaynak_document_find_claim_with_range (document, start, end);
}

static const char *
shortcut_source_id (KaynakWindow *window,
                    guint         shortcut)
{
  KaynakSource *source = kaynak_document_lookup_shortcut (kaynak_window_get_document (window),
                                                          shortcut);
  g_assert_nonnull (source);
  return kaynak_source_get_id (source);
}

/* The source tags covering code point @offset of the article */
static char *
source_tags_at (KaynakWindow *window,
                guint         offset)
{
  GtkTextView *text_view = kaynak_article_view_get_text_view (kaynak_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GSList) tags = NULL;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, "kaynak-source:"))
        {
          if (names->len > 0)
            g_string_append_c (names, ' ');
          g_string_append (names, name + strlen ("kaynak-source:"));
        }
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
has_tag (KaynakWindow *window,
         guint         offset,
         const char   *name)
{
  GtkTextView *text_view = kaynak_article_view_get_text_view (kaynak_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  if (tag == NULL)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Exactly [start, end) carries @source_id's highlight, the characters just
 * outside do not carry any. */
static void
assert_highlight (KaynakWindow *window,
                  guint         start,
                  guint         end,
                  const char   *source_id)
{
  for (guint i = start; i < end; i++)
    {
      g_autofree char *tags = source_tags_at (window, i);
      g_assert_cmpstr (tags, ==, source_id);
    }

  if (start > 0)
    {
      g_autofree char *before = source_tags_at (window, start - 1);
      g_assert_cmpstr (before, ==, "");
    }
  {
    g_autofree char *after = source_tags_at (window, end);
    g_assert_cmpstr (after, ==, "");
  }
}

static void
assert_listed (KaynakWindow *window,
               KaynakClaim  *claim)
{
  GListModel *model = kaynak_window_get_claim_model (window);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaynakClaim) item = g_list_model_get_item (model, i);

      if (item == claim)
        return;
    }

  g_assert_not_reached ();
}

static gboolean
action_enabled (KaynakWindow *window,
                const char   *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static void
activate (KaynakWindow *window,
          const char   *name)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), name, NULL);
  kaynak_test_flush_events ();
}

/* @name in a new temporary folder of its own */
static char *
temp_path (const char *name)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-XXXXXX");

  return g_build_filename (dir, name, NULL);
}

/* Removes the folder temp_path() made for @path, and all in it */
static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  kaynak_test_remove_tree (dir);
}

/* --- Tests --------------------------------------------------------------- */

static void
test_empty_state (void)
{
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  g_assert_null (kaynak_window_get_document (window));
  g_assert_true (kaynak_window_is_replaceable (window));
  g_assert_false (action_enabled (window, "save"));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (action_enabled (window, "open"));

  destroy_window (window);
}

static void
test_tag_save_reload (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("seed-article.kaynak.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KaynakWindow *window = open_sample ();
  KaynakWindow *reopened;
  KaynakDocument *document = kaynak_window_get_document (window);
  const char *source_id = shortcut_source_id (window, 1);
  g_autofree char *saved_source_id = g_strdup (source_id);
  KaynakClaim *claim;
  g_autoptr(KaynakClaim) item = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 0);

  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, CLAIM_QUOTE);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, source_id);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_true (action_enabled (window, "undo"));

  /* listed at once, and highlighted over exactly its characters */
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 1);
  assert_listed (window, claim);
  assert_highlight (window, CLAIM_START, CLAIM_END, source_id);

  /* unsaved mark in the title, gone after saving */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_true (kaynak_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_false (kaynak_window_is_replaceable (window) == FALSE);

  /* a new window finds the claim where it was */
  reopened = kaynak_test_ui_new_window (app);
  g_assert_true (kaynak_window_load_file (reopened, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  document = kaynak_window_get_document (reopened);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  item = g_list_model_get_item (kaynak_window_get_claim_model (reopened), 0);
  g_assert_nonnull (item);
  g_assert_cmpuint (kaynak_claim_get_start (item), ==, CLAIM_START);
  g_assert_cmpuint (kaynak_claim_get_end (item), ==, CLAIM_END);
  g_assert_cmpstr (kaynak_claim_get_quote (item), ==, CLAIM_QUOTE);
  g_assert_cmpstr (kaynak_claim_get_source_id (item), ==, saved_source_id);
  g_assert_false (kaynak_claim_get_orphaned (item));
  assert_highlight (reopened, CLAIM_START, CLAIM_END, saved_source_id);
  g_assert_true (g_file_equal (kaynak_document_get_file (document), file));

  destroy_window (reopened);
  destroy_window (window);
  remove_temp (path);
}

static void
test_undo_redo (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  const char *first = shortcut_source_id (window, 1);
  const char *second = shortcut_source_id (window, 2);
  KaynakClaim *claim;

  g_assert_false (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));

  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1);
  g_assert_nonnull (claim);
  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 2);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, second);

  /* undo the retag, then the tag */
  activate (window, "undo");
  claim = kaynak_document_find_claim_with_range (document, CLAIM_START, CLAIM_END);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, first);
  assert_highlight (window, CLAIM_START, CLAIM_END, first);
  g_assert_true (action_enabled (window, "redo"));

  activate (window, "undo");
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 0);
  {
    g_autofree char *tags = source_tags_at (window, CLAIM_START);
    g_assert_cmpstr (tags, ==, "");
  }
  g_assert_false (action_enabled (window, "undo"));
  g_assert_false (kaynak_document_get_modified (document));

  /* and redo both */
  activate (window, "redo");
  activate (window, "redo");
  claim = kaynak_document_find_claim_with_range (document, CLAIM_START, CLAIM_END);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, second);
  assert_highlight (window, CLAIM_START, CLAIM_END, second);
  g_assert_false (action_enabled (window, "redo"));

  kaynak_document_mark_saved (document);
  destroy_window (window);
}

static void
test_delete_undo_toast (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaim *claim;
  AdwToast *toast;
  g_autoptr(AdwToast) held = NULL;
  g_autofree char *id = NULL;

  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 3);
  g_assert_nonnull (claim);
  id = g_strdup (kaynak_claim_get_id (claim));

  kaynak_article_view_select_claim (view, claim);
  kaynak_test_flush_events ();
  g_assert_true (kaynak_article_view_get_selected_claim (view) == claim);

  /* Delete, as the key does */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.delete-claim", NULL));
  kaynak_test_flush_events ();
  g_assert_null (kaynak_document_lookup_claim (document, id));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 0);

  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Claim deleted");
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");

  /* the toast's button */
  activate (window, "undo");
  claim = kaynak_document_lookup_claim (document, id);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, CLAIM_START);
  assert_listed (window, claim);
  assert_highlight (window, CLAIM_START, CLAIM_END, shortcut_source_id (window, 3));

  /* Another change takes the toast's button away, so its "Undo" cannot
   * undo that */
  claim = tag_by_shortcut (window, 0, 5, 1);
  g_assert_nonnull (claim);
  kaynak_article_view_select_claim (view, claim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.delete-claim", NULL));
  kaynak_test_flush_events ();
  held = kaynak_window_get_last_toast (window);
  g_assert_nonnull (held);
  g_object_ref (held);
  g_assert_nonnull (adw_toast_get_action_name (held));
  tag_by_shortcut (window, 6, 12, 2);
  kaynak_test_run_for (50);
  kaynak_test_flush_events ();
  g_assert_null (adw_toast_get_action_name (held));
  g_assert_null (adw_toast_get_button_label (held));

  kaynak_document_mark_saved (document);
  destroy_window (window);
}

static void
test_retag_and_overlap (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  const char *first = shortcut_source_id (window, 1);
  const char *second = shortcut_source_id (window, 2);
  KaynakClaim *claim, *outer;
  g_autofree char *both = NULL;
  /* "Rusya’ya üç binden fazla asker getirildiği": around the claim */
  const guint outer_start = CLAIM_START - 9, outer_end = CLAIM_END + 11;

  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1);
  g_assert_nonnull (claim);

  /* The same range again retags rather than duplicates */
  g_assert_true (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 2) == claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, second);
  assert_highlight (window, CLAIM_START, CLAIM_END, second);

  /* A selected claim is retagged by a shortcut with no text selected */
  kaynak_article_view_select_claim (kaynak_window_get_article_view (window), claim);
  kaynak_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kaynak_window_get_article_view (window)),
                                             "article.tag-shortcut", "u", 1));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, first);

  /* An overlapping claim: both listed in document order, both highlighted */
  outer = tag_by_shortcut (window, outer_start, outer_end, 2);
  g_assert_nonnull (outer);
  g_assert_true (outer != claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 2);
  {
    g_autoptr(KaynakClaim) item0 = g_list_model_get_item (kaynak_window_get_claim_model (window), 0);
    g_autoptr(KaynakClaim) item1 = g_list_model_get_item (kaynak_window_get_claim_model (window), 1);

    g_assert_true (item0 == outer);
    g_assert_true (item1 == claim);
  }

  {
    g_autofree char *edge = source_tags_at (window, outer_start);
    g_assert_cmpstr (edge, ==, second);
  }
  /* inside both: the inner claim's colour, marked as an overlap */
  both = source_tags_at (window, CLAIM_START + 2);
  g_assert_cmpstr (both, ==, first);
  g_assert_true (has_tag (window, CLAIM_START + 2, "kaynak-overlap"));
  g_assert_false (has_tag (window, outer_start, "kaynak-overlap"));
  {
    g_autofree char *outside = source_tags_at (window, outer_end);
    g_assert_cmpstr (outside, ==, "");
  }

  /* The source filter shows one source's claims only */
  kaynak_window_set_source_filter (window, first);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 1);
  kaynak_window_set_source_filter (window, second);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 1);
  /* retagging moves a claim out of the filtered list */
  tag_by_shortcut (window, outer_start, outer_end, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 0);
  kaynak_window_set_source_filter (window, NULL);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 2);

  kaynak_document_mark_saved (document);
  destroy_window (window);
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
unsaved_dialog_shown (gpointer data)
{
  return kaynak_window_get_unsaved_dialog (data) != NULL;
}

static void
test_unsaved_prompt (void)
{
  KaynakWindow *window = open_sample ();
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_nonnull (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1));
  g_assert_false (kaynak_window_is_replaceable (window));

  /* Cancel keeps the window and its work */
  activate (window, "close");
  /* asked once a draft being written, if any, has landed */
  kaynak_test_wait_until (unsaved_dialog_shown, window);
  dialog = kaynak_window_get_unsaved_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "discard"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  kaynak_test_flush_events ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (kaynak_document_get_modified (kaynak_window_get_document (window)));
  g_assert_null (kaynak_window_get_unsaved_dialog (window));

  /* Discard closes it */
  gtk_window_close (GTK_WINDOW (window));
  kaynak_test_wait_until (unsaved_dialog_shown, window);
  dialog = kaynak_window_get_unsaved_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  /* closed once a draft being written, if any, has landed */
  kaynak_test_wait_until (window_gone, &window);
}

static void
test_unsaved_prompt_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("saved.kaynak.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KaynakWindow *window = open_sample ();
  g_autoptr(KaynakDocument) reloaded = NULL;
  GtkWindow *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  /* A document with a file: Save writes it and then the window closes */
  g_assert_true (kaynak_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 2));

  gtk_window_close (GTK_WINDOW (window));
  kaynak_test_wait_until (unsaved_dialog_shown, window);
  dialog = kaynak_window_get_unsaved_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  /* written on a worker, then the window closes */
  kaynak_test_wait_until (window_gone, &window);

  reloaded = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (reloaded), ==, 1);

  remove_temp (path);
}

static void
test_failed_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-kaynak-dir/x.kaynak.json");
  KaynakWindow *window = open_sample ();

  g_assert_nonnull (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1));
  g_assert_false (kaynak_window_save_to_file (window, file, &error));
  g_assert_nonnull (error);
  /* the work is still there and still marked unsaved */
  g_assert_true (kaynak_document_get_modified (kaynak_window_get_document (window)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  kaynak_document_mark_saved (kaynak_window_get_document (window));
  destroy_window (window);
}

static void
test_load_errors (void)
{
  static const struct {
    const char *name;
    const char *contents;
    gsize       length;
  } cases[] = {
    { "binary.txt", "\x7f" "ELF\0\0\0\1\2\3\0\0\0\0\0\0", 16 },
    { "broken.kaynak.json", "{\"format\": \"kaynak\", ", 21 },
    { "other.kaynak.json", "{\"hello\": 1}\n", 13 },
    { "empty.kaynak.json", "", 0 },
  };
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = temp_path (cases[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_test_message ("%s", cases[i].name);
      g_assert_true (g_file_set_contents (path, cases[i].contents, (gssize) cases[i].length, NULL));
      g_assert_false (kaynak_window_load_file (window, file, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      /* the window is left as it was */
      g_assert_null (kaynak_window_get_document (window));
      remove_temp (path);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-kaynak-dir/article.txt");

    g_assert_false (kaynak_window_load_file (window, missing, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }

  destroy_window (window);
}

/* Every file of the hostile corpus (tests/data/bad), opened as the user
 * opens a file: the window shows the loader's own sentence in a dialog
 * named after the file, and keeps the document it had.  A file the core
 * loads (a kept fuzzer finding that is a valid file) opens. */
static void
test_bad_corpus (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  const char *name;
  guint n_refused = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KaynakDocument) expected = NULL;
      g_autoptr(GError) error = NULL;
      KaynakDocument *before;
      AdwMessageDialog *dialog;

      if (g_str_has_suffix (name, KAYNAK_FILE_SUFFIX))
        expected = kaynak_file_load (file, NULL, NULL, &error);
      else if (g_str_has_suffix (name, ".txt"))
        expected = kaynak_text_import_file (file, NULL, NULL, &error);
      else
        continue;

      g_test_message ("%s", name);
      before = kaynak_window_get_document (window);
      kaynak_window_open_file (window, file);
      kaynak_test_flush_events ();
      dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));

      if (expected != NULL)
        {
          g_assert_null (dialog);
          g_assert_nonnull (kaynak_window_get_document (window));
          g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (window)), ==,
                            kaynak_document_get_n_claims (expected));
          continue;
        }

      n_refused++;
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
      g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
      g_assert_true (kaynak_window_get_document (window) == before);
      adw_message_dialog_response (dialog, "close");
      gtk_window_destroy (GTK_WINDOW (dialog));
      kaynak_test_flush_events ();
    }

  /* the corpus is there and mostly refused */
  g_assert_cmpuint (n_refused, >=, 30);
  destroy_window (window);
}

static void
test_encoding_toast (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("cp1254.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* "Başkan açıkladı" in Windows-1254: ş = 0xFE, ç = 0xE7, ı = 0xFD */
  const char bytes[] = "Ba\xfe" "kan a\xe7\xfdklad\xfd.\n";
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  AdwToast *toast;

  g_assert_true (g_file_set_contents (path, bytes, -1, NULL));
  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_document_get_text (kaynak_window_get_document (window)), ==,
                   "Başkan açıkladı.\n");

  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Read as Windows-1254 (Turkish)");

  destroy_window (window);
  remove_temp (path);
}

static void
test_orphans_announced (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = temp_path ("orphans.kaynak.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  g_autoptr(GBytes) bytes = NULL;
  AdwToast *toast;
  char *text_member;

  g_assert_nonnull (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1));
  g_assert_true (kaynak_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  destroy_window (window);

  /* Take the claim's sentence out of the article (only in "text", the
   * claim keeps its quote), as an edit of the article would */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  edited = g_string_new (contents);
  text_member = strstr (edited->str, "\"text\"");
  g_assert_nonnull (text_member);
  {
    char *from = strstr (text_member, "Beyaz Saray");
    char *to = from != NULL ? strstr (from, "Kremlin") : NULL;

    g_assert_nonnull (from);
    g_assert_nonnull (to);
    g_string_erase (edited, from - edited->str, to - from);
  }
  g_assert_true (g_file_set_contents (path, edited->str, (gssize) edited->len, NULL));

  window = kaynak_test_ui_new_window (app);
  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  document = kaynak_window_get_document (window);
  g_assert_cmpuint (kaynak_document_get_n_orphans (document), ==, 1);
  /* announced, and still listed */
  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "1 claim could not be found"));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_window_get_claim_model (window)), ==, 1);

  (void) bytes;
  destroy_window (window);
  remove_temp (path);
}

/* W3C annotations made on another copy: an annotation whose quote is not
 * in the article is imported as an orphan, and the window says so */
static void
test_import_announces_orphans (void)
{
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "data", "formats", "golden",
                                                   "w3c", "two-articles.jsonld", NULL);
  g_autofree char *path = temp_path ("copy.jsonld");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  GList *windows;
  AdwToast *toast;
  guint n;

  g_assert_true (g_file_get_contents (golden, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "\"exact\": \"Bunu ABD de doğrulamıştı\"",
                                      "\"exact\": \"Bunu Rusya da yalanlamıştı\"", 0), >=, 1);
  g_assert_true (g_file_set_contents (path, edited->str, (gssize) edited->len, NULL));

  n = kaynak_window_import_file (window, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (kaynak_document_get_n_orphans (kaynak_window_get_document (window)), ==, 1);
  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "1 claim could not be found"));

  /* the second article opened in a window of its own */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data))
      {
        KaynakDocument *document = kaynak_window_get_document (l->data);

        if (document != NULL)
          kaynak_document_mark_saved (document);
        destroy_window (l->data);
      }
  g_list_free (windows);
  remove_temp (path);
}

static void
test_bundled_sample (void)
{
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  KaynakDocument *document;

  g_assert_true (kaynak_window_load_sample (window, &error));
  g_assert_no_error (error);
  document = kaynak_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpuint (kaynak_document_get_length (document), ==, 2017);
  {
    g_autofree char *slice = kaynak_document_dup_slice (document, CLAIM_START, CLAIM_END);
    g_assert_cmpstr (slice, ==, CLAIM_QUOTE);
  }
  /* a fresh document with the sample's own sources and nothing to undo */
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (document)), ==, 6);
  g_assert_cmpstr (kaynak_source_get_id (kaynak_document_lookup_shortcut (document, 1)), ==, "ukraine");
  g_assert_cmpint (kaynak_source_get_kind (kaynak_document_lookup_source (document, "kremlin")),
                   ==, KAYNAK_SOURCE_KIND_NO_COMMENT);
  g_assert_false (kaynak_document_get_modified (document));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_null (kaynak_document_get_file (document));

  destroy_window (window);
}

/* Selecting a claim in the article selects its row, and the other way */
static void
test_selection_sync (void)
{
  KaynakWindow *window = open_sample ();
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakClaim *first, *second;
  GtkWidget *list_view;
  GtkSingleSelection *selection;

  first = tag_by_shortcut (window, 21, 35, 1);       /* Vladimir Putin */
  second = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 2);
  g_assert_nonnull (first);
  g_assert_nonnull (second);

  list_view = kaynak_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list_view);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));

  kaynak_article_view_select_claim (view, second);
  kaynak_test_flush_events ();
  g_assert_true (gtk_single_selection_get_selected_item (selection) == second);

  /* a click on the first row */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 0, TRUE);
  kaynak_test_flush_events ();
  g_assert_true (kaynak_article_view_get_selected_claim (view) == first);

  /* next claim from the window's action moves both */
  activate (window, "next-claim");
  g_assert_true (kaynak_article_view_get_selected_claim (view) == second);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == second);

  kaynak_document_mark_saved (kaynak_window_get_document (window));
  destroy_window (window);
}

/* The n-th source's row in the Sources dialog */
static GtkWidget *
source_row (GtkWidget *dialog,
            guint      n)
{
  GtkWidget *add_list = kaynak_test_find_descendant (dialog, GTK_TYPE_LIST_BOX);
  /* the first list holds "New source", the second the sources */
  GtkWidget *list_box = gtk_widget_get_next_sibling (add_list);
  GtkWidget *row = gtk_widget_get_first_child (list_box);

  for (guint i = 0; row != NULL && i < n; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return row;
}

static guint
count_source_rows (GtkWidget *dialog)
{
  GtkWidget *add_list = kaynak_test_find_descendant (dialog, GTK_TYPE_LIST_BOX);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (gtk_widget_get_next_sibling (add_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_EXPANDER_ROW (row);
  return n;
}

/* The button labelled @label under @widget */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_and_apply (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "apply");
  kaynak_test_flush_events ();
}

/* The Sources dialog lists the sources and edits their name, kind, other
 * names and description, each one undo step; a name the document has
 * opens that source instead of adding a second */
static void
test_sources_dialog (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  GListModel *sources = kaynak_document_get_sources (document);
  guint n_sources = g_list_model_get_n_items (sources);
  /* a new annotation's Unattributed is row 0, the sample's sources follow */
  KaynakSource *first = kaynak_document_lookup_source (document, "ukraine");
  g_autofree char *old_label = g_strdup (kaynak_source_get_label (first));
  GtkWidget *dialog, *row, *entry, *add_row, *kind, *add_button;

  dialog = kaynak_sources_dialog_new (GTK_WINDOW (window), document);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  g_assert_cmpuint (count_source_rows (dialog), ==, n_sources);

  /* rename the first source as the user would: type, then apply; its id
   * stays */
  row = source_row (dialog, 1);
  entry = kaynak_test_find_descendant (row, ADW_TYPE_ENTRY_ROW);
  type_and_apply (entry, "Kyiv");
  g_assert_cmpstr (kaynak_source_get_label (first), ==, "Kyiv");
  g_assert_cmpstr (kaynak_source_get_id (first), ==, "ukraine");

  /* its kind: the combo lists named, official statement, anonymous, no
   * comment, unattributed */
  kind = kaynak_test_find_descendant (source_row (dialog, 1), ADW_TYPE_COMBO_ROW);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), 3);
  kaynak_test_flush_events ();
  g_assert_cmpint (kaynak_source_get_kind (first), ==, KAYNAK_SOURCE_KIND_NO_COMMENT);

  /* other names: the second entry row; trimmed, each once */
  entry = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
            kaynak_test_find_descendant (source_row (dialog, 1), ADW_TYPE_ENTRY_ROW)));
  g_assert_true (ADW_IS_ENTRY_ROW (entry));
  type_and_apply (entry, " Kiev ,Ukrayna, kiev,");
  g_assert_cmpuint (g_strv_length ((char **) kaynak_source_get_aliases (first)), ==, 2);
  g_assert_cmpstr (kaynak_source_get_aliases (first)[0], ==, "Kiev");
  g_assert_cmpstr (kaynak_source_get_aliases (first)[1], ==, "Ukrayna");

  /* a name another source has is refused, and the field shows the
   * document's names again */
  type_and_apply (entry, "Beyaz Saray");
  g_assert_cmpuint (g_strv_length ((char **) kaynak_source_get_aliases (first)), ==, 2);
  entry = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
            kaynak_test_find_descendant (source_row (dialog, 1), ADW_TYPE_ENTRY_ROW)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Kiev, Ukrayna");

  /* adding a name the document has (an alias, in another case) adds
   * nothing */
  add_row = kaynak_test_find_descendant (dialog, ADW_TYPE_ENTRY_ROW);
  type_and_apply (add_row, "ABD");
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (source_row (dialog, 3))));

  /* a new name: a slug id, the first free key (7: the sample has 1–6),
   * a colour unlike the others */
  type_and_apply (add_row, "Rusya Savunma Bakanlığı");
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources + 1);
  {
    KaynakSource *made = kaynak_document_lookup_source (document, "rusya-savunma-bakanligi");

    g_assert_nonnull (made);
    g_assert_cmpuint (kaynak_source_get_shortcut (made), ==, 7);
    g_assert_cmpuint (count_source_rows (dialog), ==, n_sources + 1);
  }

  /* the header's button takes the focus to "New source" */
  add_button = kaynak_test_find_descendant (dialog, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (add_button)), ==, "list-add-symbolic");

  /* each edit is one step back, from the window */
  activate (window, "undo");
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources);
  activate (window, "undo");
  g_assert_cmpuint (g_strv_length ((char **) kaynak_source_get_aliases (first)), ==, 1);
  g_assert_cmpstr (kaynak_source_get_aliases (first)[0], ==, "Ukrayna");
  activate (window, "undo");
  g_assert_cmpint (kaynak_source_get_kind (first), ==, KAYNAK_SOURCE_KIND_NAMED);
  activate (window, "undo");
  g_assert_cmpstr (kaynak_source_get_label (first), ==, old_label);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_document_mark_saved (document);
  destroy_window (window);
}

/* Removing a source that claims use asks where the claims go */
static void
test_sources_dialog_remove_used (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  GListModel *sources = kaynak_document_get_sources (document);
  guint n_sources = g_list_model_get_n_items (sources);
  KaynakClaim *claim;
  GtkWidget *dialog, *remove;
  AdwMessageDialog *ask;
  g_autofree char *claim_id = NULL;

  claim = tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1);
  g_assert_nonnull (claim);
  claim_id = g_strdup (kaynak_claim_get_id (claim));

  dialog = kaynak_sources_dialog_new (GTK_WINDOW (window), document);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* Cancel keeps everything */
  remove = find_button (source_row (dialog, 1), "_Remove Source");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  kaynak_test_flush_events ();
  ask = kaynak_test_find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (ask);
  g_assert_true (adw_message_dialog_has_response (ask, "move"));
  g_assert_true (adw_message_dialog_has_response (ask, "leave"));
  adw_message_dialog_response (ask, "cancel");
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources);

  /* Move, to the first other source offered (Unattributed) */
  remove = find_button (source_row (dialog, 1), "_Remove Source");
  g_signal_emit_by_name (remove, "clicked");
  kaynak_test_flush_events ();
  ask = kaynak_test_find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (ask);
  adw_message_dialog_response (ask, "move");
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, n_sources - 1);
  g_assert_null (kaynak_document_lookup_source (document, "ukraine"));
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (document, claim_id)),
                   ==, "unattributed");

  /* one step back */
  activate (window, "undo");
  g_assert_nonnull (kaynak_document_lookup_source (document, "ukraine"));
  g_assert_cmpstr (kaynak_claim_get_source_id (kaynak_document_lookup_claim (document, claim_id)),
                   ==, "ukraine");

  /* Leave without a source */
  remove = find_button (source_row (dialog, 1), "_Remove Source");
  g_signal_emit_by_name (remove, "clicked");
  kaynak_test_flush_events ();
  ask = kaynak_test_find_message_dialog (GTK_WINDOW (dialog));
  adw_message_dialog_response (ask, "leave");
  kaynak_test_flush_events ();
  g_assert_null (kaynak_claim_get_source_id (kaynak_document_lookup_claim (document, claim_id)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_document_mark_saved (document);
  destroy_window (window);
}

/* Drops @file on @window through its real drop target */
static gboolean
drop_file (KaynakWindow *window,
           GFile        *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          /* what a file manager offers */
          g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (GTK_DROP_TARGET (controller)),
                                                            GDK_TYPE_FILE_LIST));
          g_assert_cmpint (gtk_drop_target_get_actions (GTK_DROP_TARGET (controller)), ==, GDK_ACTION_COPY);
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
          kaynak_test_flush_events ();
          return accepted;
        }
    }

  g_assert_not_reached ();
}

/* A dropped file opens in an empty window, and in a new window when the
 * window holds unsaved work */
static void
test_drop (void)
{
  g_autoptr(GFile) file = sample_file ();
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  guint n_windows;

  g_assert_true (drop_file (window, file));
  g_assert_nonnull (kaynak_window_get_document (window));
  g_assert_cmpuint (kaynak_document_get_length (kaynak_window_get_document (window)), ==, 2017);

  g_assert_nonnull (tag_by_shortcut (window, CLAIM_START, CLAIM_END, 1));
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  {
    g_autoptr(GFile) other = g_file_new_for_path ("/nonexistent-kaynak-dir/other.txt");
    KaynakWindow *opened;

    g_assert_true (drop_file (window, other));
    /* the work stays; the other file went to a new window (which shows
     * why it could not be opened) */
    g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (window)), ==, 1);
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >, n_windows);
    opened = NULL;
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
      if (KAYNAK_IS_WINDOW (l->data) && l->data != window)
        opened = l->data;
    g_assert_nonnull (opened);
    g_assert_null (kaynak_window_get_document (opened));
    for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        gtk_window_destroy (l->data);
    destroy_window (opened);
  }

  kaynak_document_mark_saved (kaynak_window_get_document (window));
  destroy_window (window);
}

/* The window comes back as it was left */
static void
test_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  KaynakWindow *window;
  int width = 0, height = 0;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_test_skip ("the settings schema is not compiled (GSETTINGS_SCHEMA_DIR)");
      return;
    }

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", 777);
  g_settings_set_int (settings, "window-height", 555);
  g_settings_set_boolean (settings, "claim-list-visible", FALSE);

  window = kaynak_window_new (GTK_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);
  gtk_window_present (GTK_WINDOW (window));
  kaynak_test_flush_events ();
  g_assert_false (g_variant_get_boolean (g_action_group_get_action_state (G_ACTION_GROUP (window),
                                                                          "toggle-claim-list")));

  /* showing the list and closing stores both */
  {
    g_autoptr(GFile) file = sample_file ();
    g_assert_true (kaynak_window_load_file (window, file, NULL));
  }
  g_action_group_change_action_state (G_ACTION_GROUP (window), "toggle-claim-list",
                                      g_variant_new_boolean (TRUE));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  kaynak_test_flush_events ();
  gtk_window_close (GTK_WINDOW (window));
  kaynak_test_flush_events ();
  g_assert_true (g_settings_get_boolean (settings, "claim-list-visible"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
}

/* Import… from the window: every article of a doccano file opens, the
 * first here and the rest in new windows, unsaved; a bad file opens
 * nothing and says why. */
static void
test_import (void)
{
  static const char doccano[] =
    "{\"text\": \"Beyaz Saray’dan açıklama geldi.\", \"label\": [[0, 11, \"Beyaz Saray\"]]}\n"
    "{\"text\": \"Kremlin şimdilik sessiz.\", \"label\": [[0, 7, \"Kremlin\"], [8, 24, \"Kremlin\"]]}\n";
  g_autofree char *path = temp_path ("import.jsonl");
  g_autofree char *bad_path = temp_path ("bad.jsonl");
  g_autofree char *other_path = temp_path ("notes.docx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) before = NULL;
  g_autoptr(GList) after = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  KaynakWindow *second = NULL;
  KaynakDocument *document;
  KaynakClaim *claim;

  g_assert_true (g_file_set_contents (path, doccano, -1, NULL));
  before = gtk_window_list_toplevels ();
  g_assert_cmpuint (kaynak_window_import_file (window, file, &error), ==, 2);
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  /* the first article in this window, unsaved, with its claim */
  document = kaynak_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (kaynak_document_get_modified (document));
  g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 1);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "Beyaz Saray");
  g_assert_nonnull (kaynak_document_lookup_source (document, kaynak_claim_get_source_id (claim)));
  g_object_unref (claim);

  /* the second in a new window */
  after = gtk_window_list_toplevels ();
  for (GList *l = after; l != NULL; l = l->next)
    if (KAYNAK_IS_WINDOW (l->data) && l->data != (gpointer) window && !g_list_find (before, l->data))
      second = l->data;
  g_assert_nonnull (second);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (second)), ==, 2);

  /* a broken line: nothing opens, the error names the line */
  g_assert_true (g_file_set_contents (bad_path, "{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}\n", -1, NULL));
  g_assert_cmpuint (kaynak_window_import_file (second, bad, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (second)), ==, 2);

  /* a file of no known kind */
  g_assert_true (g_file_set_contents (other_path, "x", -1, NULL));
  g_assert_cmpuint (kaynak_window_import_file (window, other, &error), ==, 0);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT);

  destroy_window (second);
  destroy_window (window);
  remove_temp (path);
  remove_temp (bad_path);
  remove_temp (other_path);
}

/* brat files as the Flatpak's document portal grants them, each in a
 * folder of its own: chosen together they make one article; the .ann
 * alone is refused with what to choose as well, and nothing opens */
static void
test_import_brat_chosen_together (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-XXXXXX");
  g_autofree char *ann_path = g_build_filename (dir, "1", "haber.ann", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "2", "haber.txt", NULL);
  g_autofree char *ann_dir = g_path_get_dirname (ann_path);
  g_autofree char *txt_dir = g_path_get_dirname (txt_path);
  g_autoptr(GFile) ann = g_file_new_for_path (ann_path);
  g_autoptr(GFile) txt = g_file_new_for_path (txt_path);
  GFile *both[] = { ann, txt };
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  g_auto(GStrv) accels = NULL;

  g_assert_cmpint (g_mkdir_with_parents (ann_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (txt_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (txt_path, "Kremlin yorum yapmadı.\n", -1, NULL));
  g_assert_true (g_file_set_contents (ann_path, "T1\tKremlin 0 7\tKremlin\n", -1, NULL));

  g_assert_cmpuint (kaynak_window_import_files (window, &both[0], 1, &error), ==, 0);
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "“haber.ann” was chosen without “haber.txt”: choose both files, or the folder.");
  g_clear_error (&error);
  g_assert_null (kaynak_window_get_document (window));

  g_assert_cmpuint (kaynak_window_import_files (window, both, G_N_ELEMENTS (both), &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (window)), ==, 1);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.import-folder");
  g_assert_cmpstr (accels[0], ==, "<Shift><Control>i");

  kaynak_document_mark_saved (kaynak_window_get_document (window));
  destroy_window (window);
  kaynak_test_remove_tree (dir);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/window/empty-state", test_empty_state);
  g_test_add_func ("/kaynak/window/bundled-sample", test_bundled_sample);
  g_test_add_func ("/kaynak/window/tag-save-reload", test_tag_save_reload);
  g_test_add_func ("/kaynak/window/undo-redo", test_undo_redo);
  g_test_add_func ("/kaynak/window/delete-undo-toast", test_delete_undo_toast);
  g_test_add_func ("/kaynak/window/retag-and-overlap", test_retag_and_overlap);
  g_test_add_func ("/kaynak/window/unsaved-prompt", test_unsaved_prompt);
  g_test_add_func ("/kaynak/window/unsaved-prompt-save", test_unsaved_prompt_save);
  g_test_add_func ("/kaynak/window/failed-save", test_failed_save);
  g_test_add_func ("/kaynak/window/load-errors", test_load_errors);
  g_test_add_func ("/kaynak/window/bad-corpus", test_bad_corpus);
  g_test_add_func ("/kaynak/window/import", test_import);
  g_test_add_func ("/kaynak/window/import-announces-orphans", test_import_announces_orphans);
  g_test_add_func ("/kaynak/window/import-brat-chosen-together", test_import_brat_chosen_together);
  g_test_add_func ("/kaynak/window/encoding-toast", test_encoding_toast);
  g_test_add_func ("/kaynak/window/orphans-announced", test_orphans_announced);
  g_test_add_func ("/kaynak/window/selection-sync", test_selection_sync);
  g_test_add_func ("/kaynak/window/sources-dialog", test_sources_dialog);
  g_test_add_func ("/kaynak/window/sources-dialog-removing-a-used-source-asks", test_sources_dialog_remove_used);
  g_test_add_func ("/kaynak/window/drop", test_drop);
  g_test_add_func ("/kaynak/window/settings", test_settings);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "window", add_tests);
}
