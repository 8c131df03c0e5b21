/* test-ui-export.c: the export dialogs and the Preferences window, driven
 * as a user would but without the native choosers: export the open
 * document to a file and into a folder, an export that fails, the
 * fact-checker from Preferences in ClaimReview, a folder export with a
 * broken file, a cancelled one that leaves no half file, and the window's
 * Export action with its toast.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kaynak-application.h"
#include "kaynak-export-dialog.h"
#include "kaynak-file.h"
#include "kaynak-folder-export-dialog.h"
#include "kaynak-preferences-window.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-window.h"

static KaynakApplication *app;

/* --- Helpers ------------------------------------------------------------- */

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "example.kaynak.json", NULL);
}

static KaynakDocument *
load_example (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaynakDocument *document;

  document = kaynak_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);
  return n;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The example saved at @path with its article in @state */
static void
save_example_in_state (const char         *path,
                       KaynakArticleState  state)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  kaynak_document_set_state (document, state);
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
}

static void
copy_example_to (const char *path)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  /* what ClaimReview requires of an article */
  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/kuzey-kore");
  g_assert_true (kaynak_file_save (document, file, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
have_settings (void)
{
  g_autoptr(GSettings) settings = kaynak_preferences_get_settings ();

  if (settings == NULL)
    {
      g_test_skip ("the settings schema is not compiled (GSETTINGS_SCHEMA_DIR)");
      return FALSE;
    }
  return TRUE;
}

static void
on_exported (KaynakExportDialog *dialog,
             GFile              *output,
             GFile             **out)
{
  g_set_object (out, output);
}

/* The first descendant of @widget of @type (with @title when not NULL) */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* --- The Export dialog ---------------------------------------------------- */

static void
test_formats_listed (void)
{
  g_autoptr(KaynakDocument) document = load_example ();
  const KaynakExporter * const *exporters = kaynak_exporters ();
  KaynakExportDialog *dialog;
  static const struct {
    const char *format;
    const char *name;
  } names[] = {
    { "jsonl", "example.jsonl" },
    { "doccano", "example.doccano.jsonl" },
    { "csv", "example.csv" },
    { "conll", "example.conll" },
    { "w3c", "example.jsonld" },
  };

  dialog = KAYNAK_EXPORT_DIALOG (kaynak_export_dialog_new (NULL, document));
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* Every exporter of the registry can be chosen, and says what it is for */
  for (guint i = 0; exporters[i] != NULL; i++)
    {
      g_assert_true (kaynak_export_dialog_set_format (dialog, exporters[i]->name));
      g_assert_true (kaynak_export_dialog_get_exporter (dialog) == exporters[i]);
      g_assert_cmpstr (kaynak_export_format_description (exporters[i]), !=, "");
    }
  g_assert_false (kaynak_export_dialog_set_format (dialog, "no-such-format"));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = NULL;

      g_assert_true (kaynak_export_dialog_set_format (dialog, names[i].format));
      name = kaynak_export_dialog_suggest_name (dialog);
      g_assert_cmpstr (name, ==, names[i].name);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
}

static void
test_export_csv_file (void)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "example.csv", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  dialog = kaynak_export_dialog_new (NULL, document);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &exported);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  g_assert_true (kaynak_export_dialog_set_format (KAYNAK_EXPORT_DIALOG (dialog), "csv"));
  kaynak_export_dialog_set_csv_spreadsheet (KAYNAK_EXPORT_DIALOG (dialog), TRUE);
  g_assert_true (kaynak_export_dialog_export_to (KAYNAK_EXPORT_DIALOG (dialog), output, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  /* Announced with the file, and the dialog is gone */
  g_assert_nonnull (exported);
  g_assert_true (g_file_equal (exported, output));
  g_assert_null (dialog);

  text = read_text (path);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "document_id,"));
  g_assert_nonnull (strstr (text, "Ukrayna"));

  /* Nothing but the file: no temporary left beside it */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  kaynak_test_remove_tree (dir);
}

static void
test_export_brat_folder (void)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *folder = g_build_filename (dir, "brat", NULL);
  g_autofree char *ann = g_build_filename (folder, "example.ann", NULL);
  g_autofree char *txt = g_build_filename (folder, "example.txt", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (folder);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  dialog = kaynak_export_dialog_new (NULL, document);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &exported);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  g_assert_true (kaynak_export_dialog_set_format (KAYNAK_EXPORT_DIALOG (dialog), "brat"));
  g_assert_true (kaynak_export_dialog_export_to (KAYNAK_EXPORT_DIALOG (dialog), output, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  g_assert_nonnull (exported);
  g_assert_true (g_file_test (txt, G_FILE_TEST_IS_REGULAR));
  text = read_text (ann);
  g_assert_true (g_str_has_prefix (text, "T1\t"));

  kaynak_test_remove_tree (dir);
}

static void
test_export_error (void)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "example.jsonl", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWindow *message;

  /* A file where the folder should be: the write must fail */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  dialog = kaynak_export_dialog_new (NULL, document);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &exported);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  g_assert_true (kaynak_export_dialog_set_format (KAYNAK_EXPORT_DIALOG (dialog), "jsonl"));
  g_assert_false (kaynak_export_dialog_export_to (KAYNAK_EXPORT_DIALOG (dialog), output, &error));
  g_assert_nonnull (error);
  kaynak_test_flush_events ();

  /* Not announced, the dialog stays for another try, and the message
   * names the file */
  g_assert_null (exported);
  g_assert_true (gtk_widget_get_visible (dialog));
  message = kaynak_export_dialog_get_error_dialog (KAYNAK_EXPORT_DIALOG (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)),
                            "example.jsonl"));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), ==, error->message);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

/* The fact-checker typed into Preferences is the author of the reviews */
static void
test_preferences_reach_claimreview (void)
{
  g_autoptr(KaynakDocument) document = load_example ();
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *preferences, *name_row, *url_row, *kind_row, *spin;
  GtkWidget *dialog;

  if (!have_settings ())
    return;

  kaynak_document_set_fact_check_url (document, "https://example.org/dogrulama/kuzey-kore");
  settings = kaynak_preferences_get_settings ();
  preferences = kaynak_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  kaynak_test_flush_events ();

  name_row = find_widget (preferences, ADW_TYPE_ENTRY_ROW, "Name");
  url_row = find_widget (preferences, ADW_TYPE_ENTRY_ROW, "Web Address");
  kind_row = find_widget (preferences, ADW_TYPE_COMBO_ROW, "Kind");
  spin = find_widget (preferences, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (name_row);
  g_assert_nonnull (url_row);
  g_assert_nonnull (kind_row);
  g_assert_nonnull (spin);

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Örnek Doğrulama");
  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://example.org/dogrulama");
  /* An organisation unless told otherwise; stored by name */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), 1);
  /* The delay is shown in seconds and stored in milliseconds */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 5.5);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_settings_get_uint (settings, "draft-delay-ms"), ==, 5500);
  {
    g_autofree char *name = g_settings_get_string (settings, "fact-checker-name");
    g_autofree char *kind = g_settings_get_string (settings, "fact-checker-kind");
    g_assert_cmpstr (name, ==, "Örnek Doğrulama");
    g_assert_cmpstr (kind, ==, "person");
  }
  gtk_window_destroy (GTK_WINDOW (preferences));

  dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  output = g_file_new_for_path (dir);
  json_path = g_build_filename (dir, "example.claimreview.jsonld", NULL);

  dialog = kaynak_export_dialog_new (NULL, document);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  g_assert_true (kaynak_export_dialog_set_format (KAYNAK_EXPORT_DIALOG (dialog), "claimreview"));
  g_assert_true (kaynak_export_dialog_export_to (KAYNAK_EXPORT_DIALOG (dialog), output, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  text = read_text (json_path);
  g_assert_nonnull (strstr (text, "Örnek Doğrulama"));
  g_assert_nonnull (strstr (text, "https://example.org/dogrulama"));
  g_assert_nonnull (strstr (text, "\"author\": {\n      \"@type\": \"Person\",\n"
                                  "      \"name\": \"Örnek Doğrulama\""));

  /* Cleared again: no name is invented; the author is the site of the
   * fact-check address */
  g_settings_reset (settings, "fact-checker-name");
  g_settings_reset (settings, "fact-checker-url");
  g_settings_reset (settings, "fact-checker-kind");
  g_settings_reset (settings, "draft-delay-ms");
  g_clear_pointer (&text, g_free);
  dialog = kaynak_export_dialog_new (NULL, document);
  g_assert_true (kaynak_export_dialog_set_format (KAYNAK_EXPORT_DIALOG (dialog), "claimreview"));
  g_assert_true (kaynak_export_dialog_export_to (KAYNAK_EXPORT_DIALOG (dialog), output, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  text = read_text (json_path);
  g_assert_null (strstr (text, "Örnek Doğrulama"));
  g_assert_nonnull (strstr (text, "\"author\": {\n      \"@type\": \"Organization\",\n"
                                  "      \"url\": \"https://example.org\""));

  kaynak_test_remove_tree (dir);
}

/* --- Export a Folder ------------------------------------------------------ */

static void
wait_until_finished (KaynakFolderExportDialog *dialog)
{
  while (kaynak_folder_export_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  kaynak_test_flush_events ();
}

static void
test_folder_export (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *input = g_build_filename (dir, "articles", NULL);
  g_autofree char *sub = g_build_filename (input, "october", NULL);
  g_autofree char *a = g_build_filename (input, "a.kaynak.json", NULL);
  g_autofree char *b = g_build_filename (sub, "b.kaynak.json", NULL);
  g_autofree char *broken = g_build_filename (input, "c.kaynak.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *corpus = g_build_filename (out, "corpus.jsonl", NULL);
  g_autoptr(GFile) input_file = g_file_new_for_path (input);
  g_autoptr(GFile) output_file = g_file_new_for_path (corpus);
  g_autofree char *text = NULL;
  KaynakFolderExportDialog *dialog;
  GPtrArray *failed;
  gboolean finished = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  copy_example_to (a);
  copy_example_to (b);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"kaynak\", ", -1, NULL));

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  g_signal_connect_swapped (dialog, "finished", G_CALLBACK (g_nullify_pointer), &finished);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* Nothing to start before both ends are chosen */
  g_assert_false (kaynak_folder_export_dialog_start (dialog));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "jsonl"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);

  finished = TRUE;
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  g_assert_true (kaynak_folder_export_dialog_is_running (dialog));
  g_assert_false (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);
  /* "finished" was emitted: g_nullify_pointer set the flag to FALSE */
  g_assert_false (finished);

  /* The progress reached the end */
  g_assert_cmpfloat (kaynak_folder_export_dialog_get_fraction (dialog), ==, 1.0);
  g_assert_cmpstr (kaynak_folder_export_dialog_get_progress_text (dialog), ==, "3 of 3 articles");

  /* Two exported, the broken one listed with its path */
  g_assert_false (kaynak_folder_export_dialog_was_cancelled (dialog));
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 2);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_failed (dialog), ==, 1);
  failed = kaynak_folder_export_dialog_get_failed_files (dialog);
  g_assert_cmpuint (failed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (failed, 0), ==, broken);
  g_assert_true (g_str_has_prefix (kaynak_folder_export_dialog_get_summary (dialog),
                                   "Exported 2 Articles\n"));

  /* One dataset with the claims of both documents, nothing else beside it */
  text = read_text (corpus);
  g_assert_nonnull (strstr (text, "\"document_path\":\"a.kaynak.json\""));
  g_assert_nonnull (strstr (text, "\"document_path\":\"october/b.kaynak.json\""));
  g_assert_cmpuint (count_entries (out), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

/* Which Articles: the command line's --state filter in the dialog; the
 * row is chosen as a user chooses it, the export then holds only the
 * articles in those states and the summary counts the others */
static void
test_folder_export_states (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *input = g_build_filename (dir, "articles", NULL);
  g_autofree char *corpus = g_build_filename (dir, "corpus.jsonl", NULL);
  g_autoptr(GFile) input_file = g_file_new_for_path (input);
  g_autoptr(GFile) output_file = g_file_new_for_path (corpus);
  static const struct { const char *name; KaynakArticleState state; } articles[] = {
    { "new.kaynak.json", KAYNAK_ARTICLE_STATE_NEW },
    { "working.kaynak.json", KAYNAK_ARTICLE_STATE_IN_PROGRESS },
    { "done.kaynak.json", KAYNAK_ARTICLE_STATE_DONE },
    { "reviewed.kaynak.json", KAYNAK_ARTICLE_STATE_REVIEWED },
  };
  KaynakFolderExportDialog *dialog;
  AdwComboRow *row;
  guint states;

  g_assert_cmpint (g_mkdir_with_parents (input, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (input, articles[i].name, NULL);
      save_example_in_state (path, articles[i].state);
    }

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "jsonl"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);

  /* The row, named for screen readers, offers every article by default */
  row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Which Articles"));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (row)), ==,
                   "All Articles");

  /* Done Only, chosen in the row: one article in the file, three skipped */
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (row)); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), i);
      if (g_str_equal (gtk_string_object_get_string (item), "Done Only"))
        adw_combo_row_set_selected (row, i);
    }
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 1);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_failed (dialog), ==, 0);
  g_assert_nonnull (strstr (kaynak_folder_export_dialog_get_summary (dialog),
                            "3 articles were skipped for their state."));
  {
    g_autofree char *text = read_text (corpus);
    g_assert_nonnull (strstr (text, "\"document_path\":\"done.kaynak.json\""));
    g_assert_null (strstr (text, "new.kaynak.json"));
    g_assert_null (strstr (text, "working.kaynak.json"));
    g_assert_null (strstr (text, "reviewed.kaynak.json"));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* Done and reviewed, as `--state done,reviewed` says it */
  g_assert_true (kaynak_article_states_parse ("done,reviewed", &states, NULL));
  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "jsonl"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);
  g_assert_true (kaynak_folder_export_dialog_set_states (dialog, states));
  /* a set the row does not offer is refused */
  g_assert_false (kaynak_folder_export_dialog_set_states (dialog, KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_NEW)));
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 2);
  g_assert_nonnull (strstr (kaynak_folder_export_dialog_get_summary (dialog),
                            "2 articles were skipped for their state."));
  {
    g_autofree char *text = read_text (corpus);
    g_assert_nonnull (strstr (text, "\"document_path\":\"done.kaynak.json\""));
    g_assert_nonnull (strstr (text, "\"document_path\":\"reviewed.kaynak.json\""));
    g_assert_null (strstr (text, "new.kaynak.json"));
    g_assert_null (strstr (text, "working.kaynak.json"));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* No article in the states chosen: a failure that says why */
  kaynak_test_remove_tree (input);
  g_assert_cmpint (g_mkdir_with_parents (input, 0700), ==, 0);
  {
    g_autofree char *path = g_build_filename (input, "new.kaynak.json", NULL);
    save_example_in_state (path, KAYNAK_ARTICLE_STATE_NEW);
  }
  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "jsonl"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);
  g_assert_true (kaynak_folder_export_dialog_set_states (dialog, states));
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 0);
  g_assert_cmpstr (kaynak_folder_export_dialog_get_summary (dialog), ==,
                   "Export Failed\nNo article is in the states chosen: 1 was skipped for its state.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  kaynak_test_remove_tree (dir);
}

static void
test_folder_export_per_document (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *input = g_build_filename (dir, "articles", NULL);
  g_autofree char *a = g_build_filename (input, "a.kaynak.json", NULL);
  g_autofree char *b = g_build_filename (input, "b.kaynak.json", NULL);
  g_autofree char *out = g_build_filename (dir, "reports", NULL);
  g_autofree char *report = g_build_filename (out, "b.html", NULL);
  g_autoptr(GFile) input_file = g_file_new_for_path (input);
  g_autoptr(GFile) output_file = g_file_new_for_path (out);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dir);
  KaynakFolderExportDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (input, 0700), ==, 0);
  copy_example_to (a);
  copy_example_to (b);

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  kaynak_folder_export_dialog_set_input (dialog, input_file);

  /* An output chosen for a dataset is forgotten on switching to a format
   * that writes a folder */
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "csv"));
  kaynak_folder_export_dialog_set_output (dialog, dataset_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "html"));
  g_assert_false (kaynak_folder_export_dialog_start (dialog));

  kaynak_folder_export_dialog_set_output (dialog, output_file);
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);

  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 2);
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_failed (dialog), ==, 0);
  g_assert_true (g_file_test (report, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  /* ClaimReview writes nothing for an article without a verdict: it is
   * neither counted as exported nor as failed, and the summary says so */
  {
    g_autofree char *c = g_build_filename (input, "c.kaynak.json", NULL);
    g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);
    g_autoptr(GFile) reviews_file = g_file_new_for_path (reviews);
    g_autoptr(GFile) c_file = g_file_new_for_path (c);
    g_autoptr(KaynakDocument) bare = kaynak_document_new ("Bir haber, hiç iddia yok.", -1);
    g_autoptr(GError) error = NULL;

    g_assert_true (kaynak_file_save (bare, c_file, NULL, &error));
    g_assert_no_error (error);

    dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
    kaynak_folder_export_dialog_set_input (dialog, input_file);
    g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "claimreview"));
    kaynak_folder_export_dialog_set_output (dialog, reviews_file);
    g_assert_true (kaynak_folder_export_dialog_start (dialog));
    wait_until_finished (dialog);

    g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 2);
    g_assert_cmpuint (kaynak_folder_export_dialog_get_n_failed (dialog), ==, 0);
    g_assert_cmpuint (count_entries (reviews), ==, 2);
    g_assert_nonnull (strstr (kaynak_folder_export_dialog_get_summary (dialog),
                              "1 article had nothing to export"));
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

static void
test_folder_export_cancel (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *input = g_build_filename (dir, "articles", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *corpus = g_build_filename (out, "corpus.csv", NULL);
  g_autoptr(GFile) input_file = g_file_new_for_path (input);
  g_autoptr(GFile) output_file = g_file_new_for_path (corpus);
  KaynakFolderExportDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (input, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%03u.kaynak.json", i);
      g_autofree char *path = g_build_filename (input, name, NULL);
      copy_example_to (path);
    }

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "csv"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);

  /* As if Cancel were pressed while the tenth article is exported */
  kaynak_folder_export_dialog_cancel_after (dialog, 10);
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);

  g_assert_true (kaynak_folder_export_dialog_was_cancelled (dialog));
  g_assert_true (g_str_has_prefix (kaynak_folder_export_dialog_get_summary (dialog),
                                   "Export Cancelled\n"));
  /* Not a half dataset, not a temporary file: nothing */
  g_assert_false (g_file_test (corpus, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (out), ==, 0);

  /* The Cancel button itself, pressed right after the start */
  kaynak_folder_export_dialog_cancel_after (dialog, 0);
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  kaynak_folder_export_dialog_cancel (dialog);
  wait_until_finished (dialog);
  g_assert_true (kaynak_folder_export_dialog_was_cancelled (dialog));
  g_assert_cmpuint (count_entries (out), ==, 0);

  /* Closing the dialog while it runs cancels too, and the late result
   * is taken calmly by the closed dialog */
  g_object_ref (dialog);
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  wait_until_finished (dialog);
  g_assert_cmpuint (count_entries (out), ==, 0);
  g_object_unref (dialog);

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  g_assert_true (kaynak_folder_export_dialog_set_format (dialog, "csv"));
  kaynak_folder_export_dialog_set_output (dialog, output_file);

  /* And without cancelling, the same export completes */
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);
  g_assert_false (kaynak_folder_export_dialog_was_cancelled (dialog));
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 60);
  g_assert_cmpstr (kaynak_folder_export_dialog_get_progress_text (dialog), ==, "60 of 60 articles");
  g_assert_cmpuint (count_entries (out), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

static void
test_folder_export_empty (void)
{
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *out = g_build_filename (dir, "corpus.jsonl", NULL);
  g_autoptr(GFile) input_file = g_file_new_for_path (dir);
  g_autoptr(GFile) output_file = g_file_new_for_path (out);
  KaynakFolderExportDialog *dialog;

  dialog = KAYNAK_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_new (NULL));
  kaynak_folder_export_dialog_set_input (dialog, input_file);
  kaynak_folder_export_dialog_set_output (dialog, output_file);
  g_assert_true (kaynak_folder_export_dialog_start (dialog));
  wait_until_finished (dialog);

  g_assert_false (kaynak_folder_export_dialog_was_cancelled (dialog));
  g_assert_cmpuint (kaynak_folder_export_dialog_get_n_exported (dialog), ==, 0);
  g_assert_true (g_str_has_prefix (kaynak_folder_export_dialog_get_summary (dialog),
                                   "Export Failed\nThere are no Kaynak files"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

/* --- The window ------------------------------------------------------------ */

static KaynakExportDialog *
find_export_dialog (void)
{
  /* transfer none */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (KAYNAK_IS_EXPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return KAYNAK_EXPORT_DIALOG (window);
    }
  return NULL;
}

static void
test_window_export_action (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = kaynak_test_make_temp_dir ("kaynak-ui-export-XXXXXX");
  g_autofree char *out = g_build_filename (dir, "example.conll", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  KaynakWindow *window;
  KaynakExportDialog *dialog;
  AdwToast *toast;

  window = kaynak_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  kaynak_test_flush_events ();

  /* Nothing to export in the empty state */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-folder"));

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  kaynak_test_flush_events ();
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  g_assert_true (kaynak_export_dialog_set_format (dialog, "conll"));
  g_assert_true (kaynak_export_dialog_export_to (dialog, output, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();

  g_assert_null (find_export_dialog ());
  toast = kaynak_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Exported to “example.conll”");
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  /* The accelerators the menu and the shortcuts window promise */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export");
    g_assert_cmpstr (accels[0], ==, "<Control>e");
  }
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export-folder");
    g_assert_cmpstr (accels[0], ==, "<Shift><Control>e");
  }
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
    g_assert_cmpstr (accels[0], ==, "<Control>comma");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
  kaynak_test_remove_tree (dir);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/export/formats-listed", test_formats_listed);
  g_test_add_func ("/kaynak/export/csv-file", test_export_csv_file);
  g_test_add_func ("/kaynak/export/brat-folder", test_export_brat_folder);
  g_test_add_func ("/kaynak/export/error", test_export_error);
  g_test_add_func ("/kaynak/export/preferences-reach-claimreview", test_preferences_reach_claimreview);
  g_test_add_func ("/kaynak/export/folder/three-documents", test_folder_export);
  g_test_add_func ("/kaynak/export/folder/per-document", test_folder_export_per_document);
  g_test_add_func ("/kaynak/export/folder/cancel", test_folder_export_cancel);
  g_test_add_func ("/kaynak/export/folder/states", test_folder_export_states);
  g_test_add_func ("/kaynak/export/folder/empty-folder", test_folder_export_empty);
  g_test_add_func ("/kaynak/export/window-action", test_window_export_action);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "export", add_tests);
}
