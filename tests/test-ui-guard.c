/* test-ui-guard.c: never losing work, in the real window: the bar for a
 * file changed or removed on disk and its buttons, the question before
 * saving over someone else's change, drafts written and discarded,
 * re-attaching an orphan, and the recovery dialog.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "kaynak-application.h"
#include "kaynak-disk-bar.h"
#include "kaynak-drafts.h"
#include "kaynak-error.h"
#include "kaynak-file.h"
#include "kaynak-recovery-dialog.h"
#include "kaynak-test-hooks.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-window.h"

/* "üç binden fazla asker" in data/samples/seed-article.txt */
#define CLAIM_START 423
#define CLAIM_END   444

static KaynakApplication *app;
static const char *tmp_dir;   /* kaynak_test_ui_folder () */

/* --- Helpers ------------------------------------------------------------- */

static KaynakDiskBar *
get_disk_bar (KaynakWindow *window)
{
  GtkWidget *bar = kaynak_test_find_descendant (GTK_WIDGET (window), KAYNAK_TYPE_DISK_BAR);

  g_assert_nonnull (bar);
  return KAYNAK_DISK_BAR (bar);
}

static gboolean
dialog_gone (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Answers the dialog and waits until it has closed */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* as its buttons do: answer, then close */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  kaynak_test_wait_until (dialog_gone, dialog);
  g_object_unref (dialog);
}

static void
close_window (KaynakWindow *window)
{
  KaynakDocument *document = kaynak_window_get_document (window);

  /* nothing to ask about */
  if (document != NULL)
    kaynak_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* A .kaynak.json of the sample with one claim, opened in a new window */
static KaynakWindow *
window_with_saved_file (const char  *name,
                        GFile      **file_out)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "seed-article.txt", NULL);
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);
  KaynakDocument *document;

  g_assert_true (kaynak_window_load_file (window, sample_file, &error));
  g_assert_no_error (error);
  document = kaynak_window_get_document (window);
  g_assert_nonnull (kaynak_document_create_claim (document, CLAIM_START, CLAIM_END, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  *file_out = g_steal_pointer (&file);
  return window;
}

static void
append_behind_back (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  FILE *out = fopen (path, "a");

  g_assert_nonnull (out);
  fputs ("\n", out);
  g_assert_cmpint (fclose (out), ==, 0);
}

static gboolean
bar_changed (gpointer data)
{
  return kaynak_disk_bar_get_state (data) == KAYNAK_DISK_BAR_CHANGED;
}

static gboolean
bar_deleted (gpointer data)
{
  return kaynak_disk_bar_get_state (data) == KAYNAK_DISK_BAR_DELETED;
}

/* Saves are written on a worker: the document is marked saved when the
 * write is in place */
static gboolean
document_saved (gpointer data)
{
  return !kaynak_document_get_modified (data);
}

static gboolean
bar_hidden (gpointer data)
{
  return kaynak_disk_bar_get_state (data) == KAYNAK_DISK_BAR_HIDDEN;
}

static gboolean
unsaved_dialog_shown (gpointer data)
{
  return kaynak_window_get_unsaved_dialog (data) != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return kaynak_test_find_message_dialog (data) != NULL;
}

static gboolean
has_drafts (gpointer data)
{
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
  g_autoptr(GPtrArray) infos = kaynak_drafts_list (drafts);

  return infos->len == GPOINTER_TO_UINT (data);
}

/* --- Tests --------------------------------------------------------------- */

static void
test_changed_on_disk (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = window_with_saved_file ("changed.kaynak.json", &file);
  KaynakDiskBar *bar = get_disk_bar (window);
  KaynakDocument *before;

  /* our own save is not news */
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);

  append_behind_back (file);
  kaynak_test_wait_until (bar_changed, bar);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));

  /* no silent overwrite */
  g_assert_false (kaynak_window_save_to_file (window, file, &error));
  g_assert_error (error, KAYNAK_ERROR, KAYNAK_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  /* Keep Mine: the window's version is unsaved work now */
  g_action_group_activate_action (G_ACTION_GROUP (window), "keep-mine", NULL);
  kaynak_test_flush_events ();
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);
  g_assert_true (kaynak_document_get_modified (kaynak_window_get_document (window)));
  /* and, being nowhere on disk now, has a draft at once */
  g_assert_true (has_drafts (GUINT_TO_POINTER (1)));

  /* Reload: the version on disk replaces it, and the draft goes */
  append_behind_back (file);
  kaynak_test_wait_until (bar_changed, bar);
  before = kaynak_window_get_document (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "reload-from-disk", NULL);
  kaynak_test_flush_events ();
  g_assert_true (kaynak_window_get_document (window) != before);
  g_assert_false (kaynak_document_get_modified (kaynak_window_get_document (window)));
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);
  g_assert_cmpuint (kaynak_document_get_n_claims (kaynak_window_get_document (window)), ==, 1);
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));

  close_window (window);
}

static void
test_save_asks_before_overwriting (void)
{
  g_autoptr(GFile) file = NULL;
  KaynakWindow *window = window_with_saved_file ("overwrite.kaynak.json", &file);
  KaynakDiskBar *bar = get_disk_bar (window);
  KaynakDocument *document = kaynak_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, NULL, NULL));
  append_behind_back (file);
  kaynak_test_wait_until (bar_changed, bar);

  /* Cancel keeps both versions */
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  kaynak_test_wait_until (dialog_shown, window);
  dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  respond (dialog, "cancel");
  g_assert_true (kaynak_document_get_modified (document));

  /* Overwrite writes ours */
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  kaynak_test_wait_until (dialog_shown, window);
  dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));
  respond (dialog, "overwrite");
  kaynak_test_wait_until (document_saved, document);
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);
  {
    g_autoptr(KaynakDocument) on_disk = kaynak_file_load (file, NULL, NULL, NULL);

    g_assert_nonnull (on_disk);
    g_assert_cmpuint (kaynak_document_get_n_claims (on_disk), ==, 2);
  }

  close_window (window);
}

static void
test_deleted_on_disk (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = window_with_saved_file ("deleted.kaynak.json", &file);
  KaynakDiskBar *bar = get_disk_bar (window);

  g_assert_true (g_file_delete (file, NULL, &error));
  g_assert_no_error (error);
  kaynak_test_wait_until (bar_deleted, bar);

  g_action_group_activate_action (G_ACTION_GROUP (window), "save-again", NULL);
  /* hidden once the save written on a worker is in place */
  kaynak_test_wait_until (bar_hidden, bar);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);

  close_window (window);
}

static void
test_draft_written_and_discarded (void)
{
  g_autoptr(GFile) file = NULL;
  KaynakWindow *window = window_with_saved_file ("draft.kaynak.json", &file);
  KaynakDocument *document = kaynak_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));
  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, NULL, NULL));
  kaynak_test_wait_until (has_drafts, GUINT_TO_POINTER (1));

  /* closing with Discard takes the draft with it (closing first waits
   * for the draft's write to be over: it may be in place on disk and its
   * worker not yet done) */
  gtk_window_close (GTK_WINDOW (window));
  kaynak_test_wait_until (unsaved_dialog_shown, window);
  dialog = ADW_MESSAGE_DIALOG (kaynak_window_get_unsaved_dialog (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  kaynak_test_flush_events ();
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));
}

/* The draft-delay-ms key, not only the test's override, sets the delay,
 * and a change in Preferences reaches a document already open. */
static void
test_draft_delay_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.kaynak.Kaynak");
  g_autoptr(GFile) file = NULL;
  g_autofree char *override = g_strdup (g_getenv ("KAYNAK_DRAFT_DELAY_MS"));
  KaynakWindow *window;
  KaynakDocument *document;

  g_unsetenv ("KAYNAK_DRAFT_DELAY_MS");
  g_settings_set_uint (settings, "draft-delay-ms", 600000);
  window = window_with_saved_file ("delay.kaynak.json", &file);
  document = kaynak_window_get_document (window);

  /* ten minutes: no draft a second after a change */
  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, NULL, NULL));
  kaynak_test_run_for (1000);
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));

  /* the shortest delay: the next change is kept within moments */
  g_settings_set_uint (settings, "draft-delay-ms", 250);
  g_assert_nonnull (kaynak_document_create_claim (document, 6, 10, NULL, NULL));
  kaynak_test_wait_until (has_drafts, GUINT_TO_POINTER (1));

  g_settings_reset (settings, "draft-delay-ms");
  g_setenv ("KAYNAK_DRAFT_DELAY_MS", override, TRUE);
  /* marked saved on closing: the draft goes */
  close_window (window);
  kaynak_test_wait_until (has_drafts, GUINT_TO_POINTER (0));
}

static void
test_reattach_orphan (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) edited = NULL;
  KaynakWindow *window = window_with_saved_file ("orphan.kaynak.json", &file);
  KaynakDocument *document;
  KaynakClaim *claim;
  g_autofree char *id = NULL;

  close_window (window);

  /* the claim's quote is nowhere in the article any more */
  path = g_file_get_path (file);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "\"quote\" : \"üç binden fazla asker\"",
                                      "\"quote\" : \"binlerce gösterici sokağa döküldü\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"prefix\" : \"", "\"prefix\" : \"XYZ", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, edited->len, &error));
  g_assert_no_error (error);

  window = kaynak_test_ui_new_window (app);
  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  document = kaynak_window_get_document (window);
  g_assert_cmpuint (kaynak_document_get_n_orphans (document), ==, 1);
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_object_unref (claim);
  id = g_strdup (kaynak_claim_get_id (claim));
  g_assert_true (kaynak_claim_get_orphaned (claim));

  /* nothing selected in the article: nothing happens */
  g_action_group_activate_action (G_ACTION_GROUP (window), "reattach-claim",
                                  g_variant_new_string (id));
  kaynak_test_flush_events ();
  g_assert_true (kaynak_claim_get_orphaned (claim));

  /* the row's button names the claim */
  kaynak_article_view_set_selection_range (kaynak_window_get_article_view (window),
                                           CLAIM_START, CLAIM_END);
  g_action_group_activate_action (G_ACTION_GROUP (window), "reattach-claim",
                                  g_variant_new_string (id));
  kaynak_test_flush_events ();
  claim = kaynak_document_lookup_claim (document, id);
  g_assert_false (kaynak_claim_get_orphaned (claim));
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, CLAIM_START);
  g_assert_cmpuint (kaynak_claim_get_end (claim), ==, CLAIM_END);
  g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "üç binden fazla asker");

  /* one undoable step */
  g_assert_true (kaynak_document_undo (document));
  g_assert_true (kaynak_claim_get_orphaned (kaynak_document_lookup_claim (document, id)));

  /* Ctrl+R's form: the orphan selected in the list */
  kaynak_article_view_set_selection_range (kaynak_window_get_article_view (window),
                                           CLAIM_START, CLAIM_END);
  {
    GListModel *shown = kaynak_window_get_claim_model (window);
    g_autoptr(KaynakClaim) orphan = g_list_model_get_item (shown, 0);
    GtkWidget *list = kaynak_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
    GtkSelectionModel *selection;

    g_assert_nonnull (list);
    selection = gtk_list_view_get_model (GTK_LIST_VIEW (list));
    g_assert_true (gtk_selection_model_select_item (selection, 0, TRUE));
    kaynak_test_flush_events ();
    g_assert_true (kaynak_claim_get_orphaned (orphan));
  }
  kaynak_article_view_set_selection_range (kaynak_window_get_article_view (window),
                                           CLAIM_START, CLAIM_END);
  g_action_group_activate_action (G_ACTION_GROUP (window), "reattach-claim",
                                  g_variant_new_string (""));
  kaynak_test_flush_events ();
  g_assert_false (kaynak_claim_get_orphaned (kaynak_document_lookup_claim (document, id)));

  close_window (window);
}

static void
on_restore (KaynakRecoveryDialog *dialog,
            const char           *id,
            KaynakWindow        **restored)
{
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
  g_autoptr(GError) error = NULL;

  *restored = kaynak_test_ui_new_window (app);
  g_assert_true (kaynak_window_restore_draft (*restored, drafts, id, &error));
  g_assert_no_error (error);
}

static void
test_recovery_dialog (void)
{
  g_autoptr(KaynakDrafts) drafts = kaynak_drafts_new ();
  g_autoptr(KaynakDocument) one = kaynak_document_new ("Bir iki üç dört beş.", -1);
  g_autoptr(KaynakDocument) two = kaynak_document_new ("Altı yedi sekiz.", -1);
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GFile) original = g_file_new_build_filename (tmp_dir, "gone.kaynak.json", NULL);
  g_autoptr(GError) error = NULL;
  KaynakWindow *restored = NULL;
  KaynakRecoveryDialog *dialog;
  KaynakWindow *parent = kaynak_test_ui_new_window (app);

  g_assert_nonnull (kaynak_document_create_claim (one, 0, 3, NULL, NULL));
  g_assert_nonnull (kaynak_document_create_claim (one, 4, 7, NULL, NULL));
  kaynak_document_set_file (one, original);
  g_assert_true (kaynak_drafts_save (drafts, "draft-one", one, &error));
  g_assert_no_error (error);
  g_assert_true (kaynak_drafts_save (drafts, "draft-two", two, &error));
  g_assert_no_error (error);

  infos = kaynak_drafts_list (drafts);
  g_assert_cmpuint (infos->len, ==, 2);
  dialog = KAYNAK_RECOVERY_DIALOG (kaynak_recovery_dialog_new (GTK_WINDOW (parent), drafts, infos));
  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "restore", G_CALLBACK (on_restore), &restored);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_recovery_dialog_get_n_drafts (dialog), ==, 2);

  kaynak_recovery_dialog_respond (dialog, "draft-two", FALSE);
  g_assert_cmpuint (kaynak_recovery_dialog_get_n_drafts (dialog), ==, 1);
  g_assert_true (has_drafts (GUINT_TO_POINTER (1)));

  kaynak_recovery_dialog_respond (dialog, "draft-one", TRUE);
  kaynak_test_flush_events ();
  g_assert_nonnull (restored);
  g_assert_cmpuint (kaynak_recovery_dialog_get_n_drafts (dialog), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    KaynakDocument *document = kaynak_window_get_document (restored);

    g_assert_cmpuint (kaynak_document_get_n_claims (document), ==, 2);
    g_assert_true (kaynak_document_get_modified (document));
    g_assert_true (g_file_equal (kaynak_document_get_file (document), original));
  }
  /* kept until the work is saved */
  g_assert_true (has_drafts (GUINT_TO_POINTER (1)));
  {
    g_autoptr(GFile) target = g_file_new_build_filename (tmp_dir, "kept.kaynak.json", NULL);

    g_assert_true (kaynak_window_save_to_file (restored, target, &error));
    g_assert_no_error (error);
  }
  kaynak_test_flush_events ();
  g_assert_true (has_drafts (GUINT_TO_POINTER (0)));

  g_object_unref (dialog);
  close_window (restored);
  close_window (parent);
}

/* Active, presenting it again while it is not: with no window manager
 * the X focus may still be on a window just destroyed */
static gboolean
window_active (gpointer data)
{
  if (gtk_window_is_active (data))
    return TRUE;
  gtk_window_present (data);
  return FALSE;
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Ctrl+S is written on a worker; closing the window (as quitting does)
 * right after waits for it to land, and then closes without asking: the
 * saved file has the claim, and no temporary file is left */
static void
test_close_waits_for_save (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(KaynakDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  KaynakWindow *window = window_with_saved_file ("close-waits.kaynak.json", &file);
  KaynakDocument *document = kaynak_window_get_document (window);
  GFileInfo *info;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, NULL, NULL));

  _kaynak_background_write_set_delay (1000);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  gtk_window_close (GTK_WINDOW (window));
  /* still open, with nothing asked: the save is being written (the
   * window answers the close request at once) */
  g_assert_nonnull (window);
  g_assert_null (kaynak_window_get_unsaved_dialog (window));
  _kaynak_background_write_set_delay (0);

  kaynak_test_wait_until (pointer_cleared, &window);
  on_disk = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_n_claims (on_disk), ==, 2);

  parent = g_file_get_parent (file);
  children = g_file_enumerate_children (parent, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_assert_false (g_str_has_prefix (g_file_info_get_name (info), ".~"));
      g_object_unref (info);
    }
}

/* A save that fails on the worker says so as a failed save always did,
 * and the work stays unsaved */
static void
test_background_save_failure (void)
{
  g_autoptr(GFile) file = NULL;
  KaynakWindow *window = window_with_saved_file ("fails.kaynak.json", &file);
  KaynakDocument *document = kaynak_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_nonnull (kaynak_document_create_claim (document, 0, 5, NULL, NULL));
  _kaynak_file_set_fail_before_rename (TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  kaynak_test_wait_until (dialog_shown, window);
  _kaynak_file_set_fail_before_rename (FALSE);

  dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save “fails.kaynak.json”");
  g_assert_true (kaynak_document_get_modified (document));
  respond (dialog, "close");

  close_window (window);
}

/* With no file monitor (the Flatpak sandbox's document portal sends no
 * events), another program's change is noticed when the window gains
 * focus, and a save still asks before replacing it */
static void
test_changed_without_monitor (void)
{
  g_autoptr(GFile) file = NULL;
  KaynakWindow *window;
  KaynakDiskBar *bar;
  AdwMessageDialog *dialog;

  _kaynak_disk_watch_set_monitor_disabled (TRUE);
  window = window_with_saved_file ("no-monitor.kaynak.json", &file);
  bar = get_disk_bar (window);

  append_behind_back (file);
  kaynak_test_run_for (500);
  g_assert_cmpint (kaynak_disk_bar_get_state (bar), ==, KAYNAK_DISK_BAR_HIDDEN);

  /* Focus coming back to the window: the bar says so (the window's
   * handler is run as GTK runs it, on notify::is-active; under Xvfb
   * with no window manager the window is active once presented, so it
   * is notified again here) */
  gtk_window_present (GTK_WINDOW (window));
  kaynak_test_wait_until (window_active, window);
  g_object_notify (G_OBJECT (window), "is-active");
  kaynak_test_wait_until (bar_changed, bar);

  /* Before a save: asked, as ever */
  g_assert_nonnull (kaynak_document_create_claim (kaynak_window_get_document (window),
                                                  0, 5, NULL, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  kaynak_test_wait_until (dialog_shown, window);
  dialog = kaynak_test_find_message_dialog (GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  respond (dialog, "cancel");
  g_assert_true (kaynak_document_get_modified (kaynak_window_get_document (window)));

  _kaynak_disk_watch_set_monitor_disabled (FALSE);
  close_window (window);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();
  tmp_dir = kaynak_test_ui_folder ();

  g_test_add_func ("/kaynak/window-guard/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/kaynak/window-guard/save-asks-before-overwriting", test_save_asks_before_overwriting);
  g_test_add_func ("/kaynak/window-guard/deleted-on-disk", test_deleted_on_disk);
  g_test_add_func ("/kaynak/window-guard/close-waits-for-save", test_close_waits_for_save);
  g_test_add_func ("/kaynak/window-guard/background-save-failure", test_background_save_failure);
  g_test_add_func ("/kaynak/window-guard/changed-without-monitor", test_changed_without_monitor);
  g_test_add_func ("/kaynak/window-guard/draft-written-and-discarded", test_draft_written_and_discarded);
  g_test_add_func ("/kaynak/window-guard/draft-delay-setting", test_draft_delay_setting);
  g_test_add_func ("/kaynak/window-guard/reattach-orphan", test_reattach_orphan);
  g_test_add_func ("/kaynak/window-guard/recovery-dialog", test_recovery_dialog);
}

int
main (int   argc,
      char *argv[])
{
  /* drafts written soon after a change, before GLib reads the
   * environment */
  g_setenv ("KAYNAK_DRAFT_DELAY_MS", "50", TRUE);
  return kaynak_test_ui_main (argc, argv, "window-guard", add_tests);
}
