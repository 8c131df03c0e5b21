/* test-ui-codebook.c: a team's codebook in the real window (issue 19):
 * Use Codebook… makes a codebook the document's in one undo step, and a
 * bad one is refused naming its JSON path; the status row offers the
 * scale's verdicts; each field type is edited by its control, every
 * change one undo step, a value the field refuses said and not stored;
 * the same for a source's fields in the Sources dialog; Save as
 * Codebook… writes one back; a folder's kaynak-codebook.json applies to
 * an article opened from it, and when it changed since a document was
 * made the window says what changed and keeps a verdict that is gone.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-application.h"
#include "kaynak-claim-list.h"
#include "kaynak-document-codebook.h"
#include "kaynak-file.h"
#include "kaynak-sources-dialog.h"
#include "kaynak-test-ui-util.h"
#include "kaynak-window.h"
#include "kaynak-window-private.h"

static KaynakApplication *app;

#define CONFIRMATION "Bunu ABD de doğrulamıştı"

static char *
codebook_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "codebook",
                                "teyit-masasi.kaynak-codebook.json", NULL);
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static KaynakWindow *
open_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  KaynakWindow *window = kaynak_test_ui_new_window (app);

  g_assert_true (kaynak_window_load_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  return window;
}

static KaynakWindow *
open_sample (void)
{
  g_autofree char *path = sample_path ("seed-article.kaynak.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return open_file (file);
}

static void
use_teyit (KaynakWindow *window)
{
  g_autofree char *path = codebook_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (_kaynak_window_use_codebook_file (window, file, &error));
  g_assert_no_error (error);
  kaynak_test_flush_events ();
}

static KaynakClaim *
tag (KaynakWindow *window,
     const char   *words)
{
  KaynakArticleView *view = kaynak_window_get_article_view (window);
  KaynakDocument *document = kaynak_window_get_document (window);
  const char *text = kaynak_document_get_text (document);
  const char *p = strstr (text, words);
  guint start, end;

  g_assert_nonnull (p);
  start = (guint) g_utf8_strlen (text, p - text);
  end = start + (guint) g_utf8_strlen (words, -1);
  kaynak_article_view_set_selection_range (view, start, end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.tag-shortcut", "u", 1));
  kaynak_test_flush_events ();
  return kaynak_document_find_claim_with_range (document, start, end);
}

static void
undo (KaynakWindow *window)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  kaynak_test_flush_events ();
}

static void
close_window (KaynakWindow *window)
{
  kaynak_document_mark_saved (kaynak_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

/* The combo row with the template's id "status_row" among the pane's
 * (source, attribution, status: found by id, not by place) */
static AdwComboRow *
find_status_row (GtkWidget *widget)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), "status_row") == 0)
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *row = find_status_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static AdwComboRow *
status_row (KaynakWindow *window)
{
  AdwComboRow *row = find_status_row (GTK_WIDGET (kaynak_window_get_claim_pane (window)));

  g_assert_nonnull (row);
  return row;
}

static const char *
item_string (AdwComboRow *row,
             guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), position);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* Use Codebook…: the scale in the status row, a verdict chosen there, and
 * each one step of undo */
static void
test_use_codebook_and_verdict (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakClaim *claim = tag (window, CONFIRMATION);
  AdwComboRow *row = status_row (window);

  g_assert_nonnull (claim);
  /* Without a codebook: the five statuses */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, KAYNAK_N_CLAIM_STATUSES);

  use_teyit (window);
  g_assert_cmpstr (kaynak_document_get_codebook_id (document), ==, "teyit-masasi-2026");
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 5);
  /* the scale, then "No Verdict" */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 6);
  g_assert_cmpstr (item_string (row, 0), ==, "Doğru");
  g_assert_cmpstr (item_string (row, 4), ==, "Yanlış");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "_Verdict");

  kaynak_claim_pane_choose_verdict (pane, "yanlis");
  kaynak_test_flush_events ();
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yanlis");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 4);
  /* the verdict's definition under it */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "İddia kanıtlarla çelişiyor.");
  g_assert_cmpuint (kaynak_document_get_format_version (document), ==, 2);

  undo (window);
  g_assert_null (kaynak_claim_get_verdict (claim));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 5);
  /* Use Codebook… was one step: undone, the statuses are back */
  undo (window);
  g_assert_null (kaynak_document_get_codebook_id (document));
  g_assert_cmpuint (kaynak_document_get_verdicts (document)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, KAYNAK_N_CLAIM_STATUSES);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "_Status");

  close_window (window);
}

/* The claim list's one menu button with a menu (the status filter's) */
static GtkMenuButton *
status_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = status_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* With a scale, the claim list's filter offers the scale's verdicts and
 * "No verdict", not the five statuses, and filters by the verdict */
static void
test_filter_by_verdict (void)
{
  KaynakWindow *window = open_sample ();
  KaynakClaimList *list = KAYNAK_CLAIM_LIST (kaynak_test_find_descendant (GTK_WIDGET (window),
                                                                         KAYNAK_TYPE_CLAIM_LIST));
  GListModel *shown = kaynak_claim_list_get_model (list);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  GtkMenuButton *button;
  GMenuModel *menu;
  KaynakClaim *claim;
  guint all;

  use_teyit (window);
  g_assert_nonnull (tag (window, "Kremlin şimdilik sessiz"));
  claim = tag (window, CONFIRMATION);
  g_assert_nonnull (claim);
  kaynak_claim_pane_choose_verdict (pane, "yanlis");
  kaynak_test_flush_events ();
  all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (all, >, 1);

  /* "All Verdicts", the five verdicts, "No verdict" */
  button = status_menu_button (GTK_WIDGET (list));
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 7);

  /* Yanlış is the fifth verdict: only the claim judged so */
  kaynak_claim_list_set_status_filter (list, 4);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  /* "No verdict": every other claim */
  kaynak_claim_list_set_status_filter (list, 5);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all - 1);
  kaynak_claim_list_set_status_filter (list, -1);
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  close_window (window);
}

/* A codebook with a mistake is refused, and the message says where */
static void
test_bad_codebook (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  g_autofree char *path = g_build_filename (kaynak_test_ui_folder (), "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  static const char bad[] =
    "{\"format\": \"kaynak-codebook\", \"version\": 1, \"id\": \"x\", \"name\": \"X\","
    " \"verdicts\": [{\"label\": \"Doğru\"}]}";

  g_assert_true (g_file_set_contents (path, bad, -1, NULL));
  g_assert_false (_kaynak_window_use_codebook_file (window, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "verdicts[0]"));
  g_assert_null (kaynak_document_get_codebook_id (document));
  g_assert_false (kaynak_document_get_can_undo (document));

  close_window (window);
}

static JsonNode *
field (KaynakClaim *claim,
       const char  *id)
{
  return kaynak_claim_get_field (claim, id);
}

/* One control per type; each change one step; a refused value is said */
static void
test_claim_fields (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  KaynakClaim *claim = tag (window, CONFIRMATION);
  KaynakClaimFields *fields = kaynak_claim_pane_get_fields (pane);
  GtkWidget *editor;
  GPtrArray *checks;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fields)));
  use_teyit (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fields)));
  /* a source field is not a claim's */
  g_assert_null (kaynak_claim_fields_get_editor (fields, "guvenilirlik"));

  /* one choice: "Not set", then the choices */
  editor = kaynak_claim_fields_get_editor (fields, "konu");
  g_assert_true (ADW_IS_COMBO_ROW (editor));
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor), 2);
  kaynak_test_flush_events ();
  g_assert_cmpstr (json_node_get_string (field (claim, "konu")), ==, "ekonomi");

  /* yes/no */
  editor = kaynak_claim_fields_get_editor (fields, "sayi-iceriyor");
  g_assert_true (GTK_IS_SWITCH (editor));
  gtk_switch_set_active (GTK_SWITCH (editor), TRUE);
  kaynak_test_flush_events ();
  g_assert_true (json_node_get_boolean (field (claim, "sayi-iceriyor")));

  /* several choices */
  editor = kaynak_claim_fields_get_editor (fields, "etiketler");
  g_assert_true (ADW_IS_EXPANDER_ROW (editor));
  checks = g_object_get_data (G_OBJECT (editor), "checks");
  g_assert_cmpuint (checks->len, ==, 2);
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  kaynak_test_flush_events ();
  g_assert_cmpstr (json_array_get_string_element (json_node_get_array (field (claim, "etiketler")), 0), ==, "kore");

  /* a number, held at the field's minimum */
  editor = kaynak_claim_fields_get_editor (fields, "asker-sayisi");
  g_assert_true (GTK_IS_SPIN_BUTTON (editor));
  g_assert_cmpfloat (gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (editor))), ==, 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor), 12000);
  kaynak_test_flush_events ();
  g_assert_cmpfloat (json_node_get_double (field (claim, "asker-sayisi")), ==, 12000);

  /* a date: one that is not is refused and said */
  editor = kaynak_claim_fields_get_editor (fields, "tarih");
  g_assert_true (ADW_IS_ENTRY_ROW (editor));
  gtk_editable_set_text (GTK_EDITABLE (editor), "28.10.2026");
  g_signal_emit_by_name (editor, "apply");
  kaynak_test_flush_events ();
  g_assert_null (field (claim, "tarih"));
  g_assert_nonnull (kaynak_claim_fields_get_error (fields));
  g_assert_true (gtk_widget_has_css_class (editor, "error"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "2026-10-28");
  g_signal_emit_by_name (editor, "apply");
  kaynak_test_flush_events ();
  g_assert_cmpstr (json_node_get_string (field (claim, "tarih")), ==, "2026-10-28");
  g_assert_null (kaynak_claim_fields_get_error (fields));

  /* a link must be one */
  editor = kaynak_claim_fields_get_editor (fields, "kanit");
  gtk_editable_set_text (GTK_EDITABLE (editor), "not a link");
  g_signal_emit_by_name (editor, "apply");
  kaynak_test_flush_events ();
  g_assert_null (field (claim, "kanit"));
  g_assert_nonnull (kaynak_claim_fields_get_error (fields));
  gtk_editable_set_text (GTK_EDITABLE (editor), "https://example.org/kanit");
  g_signal_emit_by_name (editor, "apply");
  kaynak_test_flush_events ();
  g_assert_cmpstr (json_node_get_string (field (claim, "kanit")), ==, "https://example.org/kanit");

  /* text */
  editor = kaynak_claim_fields_get_editor (fields, "not");
  gtk_editable_set_text (GTK_EDITABLE (editor), "ABD kaynaklı");
  g_signal_emit_by_name (editor, "apply");
  kaynak_test_flush_events ();
  g_assert_cmpstr (json_node_get_string (field (claim, "not")), ==, "ABD kaynaklı");

  /* Each was one step, undone in turn, and the controls follow */
  undo (window);
  g_assert_null (field (claim, "not"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kaynak_claim_fields_get_editor (fields, "not"))), ==, "");
  undo (window);
  g_assert_null (field (claim, "kanit"));
  undo (window);
  g_assert_null (field (claim, "tarih"));
  undo (window);
  g_assert_null (field (claim, "asker-sayisi"));
  undo (window);
  g_assert_null (field (claim, "etiketler"));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 1)));
  undo (window);
  g_assert_null (field (claim, "sayi-iceriyor"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (kaynak_claim_fields_get_editor (fields, "sayi-iceriyor"))));
  undo (window);
  g_assert_null (field (claim, "konu"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kaynak_claim_fields_get_editor (fields, "konu"))), ==, 0);
  g_assert_true (kaynak_document_get_can_undo (document));

  close_window (window);
}

/* A source's fields, where the source is edited */
static void
test_source_fields (void)
{
  KaynakWindow *window = open_sample ();
  KaynakDocument *document = kaynak_window_get_document (window);
  GtkWidget *dialog, *fields, *editor;

  use_teyit (window);
  dialog = kaynak_sources_dialog_new (GTK_WINDOW (window), document);
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();

  fields = kaynak_sources_dialog_get_fields (KAYNAK_SOURCES_DIALOG (dialog), "beyaz-saray");
  g_assert_nonnull (fields);
  g_assert_true (gtk_widget_get_visible (fields));
  g_assert_null (kaynak_claim_fields_get_editor (KAYNAK_CLAIM_FIELDS (fields), "konu"));
  editor = kaynak_claim_fields_get_editor (KAYNAK_CLAIM_FIELDS (fields), "guvenilirlik");
  g_assert_true (GTK_IS_SPIN_BUTTON (editor));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (editor))), ==, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor), 4);
  kaynak_test_flush_events ();
  g_assert_cmpfloat (json_node_get_double (kaynak_source_get_field (kaynak_document_lookup_source (document, "beyaz-saray"),
                                                                    "guvenilirlik")), ==, 4);
  undo (window);
  g_assert_null (kaynak_source_get_field (kaynak_document_lookup_source (document, "beyaz-saray"), "guvenilirlik"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

/* A number not set shows no number: its spin button is hidden and "Set"
 * offered; Set gives the number nearest 0 within the bounds (one step),
 * Clear takes it away again (one step), and Undo brings each back */
static void
check_number_unset_and_set (KaynakWindow      *window,
                            KaynakClaimFields *fields,
                            const char        *field_id,
                            const char        *set_name,
                            double             start,
                            JsonNode *       (*get) (KaynakDocument *document))
{
  KaynakDocument *document = kaynak_window_get_document (window);
  GtkWidget *editor = kaynak_claim_fields_get_editor (fields, field_id);
  GtkWidget *set = g_object_get_data (G_OBJECT (editor), "set");
  GtkWidget *clear = g_object_get_data (G_OBJECT (editor), "clear");

  g_assert_true (GTK_IS_SPIN_BUTTON (editor));
  g_assert_true (GTK_IS_BUTTON (set));
  g_assert_null (get (document));
  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_true (gtk_widget_get_visible (set));
  g_assert_false (gtk_widget_get_visible (clear));
  /* its name for screen readers is the tooltip's, read through AT-SPI by
   * the number-not-set journey */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (set), ==, set_name);

  g_signal_emit_by_name (set, "clicked");
  kaynak_test_flush_events ();
  g_assert_nonnull (get (document));
  g_assert_cmpfloat (json_node_get_double (get (document)), ==, start);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_false (gtk_widget_get_visible (set));
  g_assert_true (gtk_widget_get_visible (clear));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor), start + 2);
  kaynak_test_flush_events ();
  g_assert_cmpfloat (json_node_get_double (get (document)), ==, start + 2);

  g_signal_emit_by_name (clear, "clicked");
  kaynak_test_flush_events ();
  g_assert_null (get (document));
  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_true (gtk_widget_get_visible (set));

  undo (window);
  g_assert_cmpfloat (json_node_get_double (get (document)), ==, start + 2);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (editor)), ==, start + 2);
  undo (window);
  g_assert_cmpfloat (json_node_get_double (get (document)), ==, start);
  undo (window);
  g_assert_null (get (document));
  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_true (gtk_widget_get_visible (set));
}

static KaynakClaim *number_claim;

static JsonNode *
claim_number (KaynakDocument *document)
{
  return kaynak_claim_get_field (number_claim, "asker-sayisi");
}

static JsonNode *
source_number (KaynakDocument *document)
{
  return kaynak_source_get_field (kaynak_document_lookup_source (document, "beyaz-saray"), "guvenilirlik");
}

static void
test_number_unset (void)
{
  KaynakWindow *window = open_sample ();
  KaynakClaimPane *pane = kaynak_window_get_claim_pane (window);
  GtkWidget *dialog, *fields;

  number_claim = tag (window, CONFIRMATION);
  use_teyit (window);
  /* the claim's, least 0: Set gives 0 */
  check_number_unset_and_set (window, kaynak_claim_pane_get_fields (pane), "asker-sayisi",
                              "Set “Asker sayısı”", 0, claim_number);

  /* a source's in the Sources dialog, 1 to 5: Set gives 1 */
  dialog = kaynak_sources_dialog_new (GTK_WINDOW (window), kaynak_window_get_document (window));
  gtk_window_present (GTK_WINDOW (dialog));
  kaynak_test_flush_events ();
  fields = kaynak_sources_dialog_get_fields (KAYNAK_SOURCES_DIALOG (dialog), "beyaz-saray");
  check_number_unset_and_set (window, KAYNAK_CLAIM_FIELDS (fields), "guvenilirlik",
                              "Set “Güvenilirlik”", 1, source_number);
  gtk_window_destroy (GTK_WINDOW (dialog));
  number_claim = NULL;
  close_window (window);
}

/* Save as Codebook… writes what the document carries */
static void
test_save_as_codebook (void)
{
  KaynakWindow *window = open_sample ();
  g_autofree char *path = g_build_filename (kaynak_test_ui_folder (), "saved-codebook.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaynakCodebook) codebook = NULL;
  g_autoptr(GError) error = NULL;

  use_teyit (window);
  g_assert_true (_kaynak_window_save_codebook_file (window, file, &error));
  g_assert_no_error (error);
  codebook = kaynak_codebook_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kaynak_codebook_get_id (codebook), ==, "teyit-masasi-2026");
  g_assert_cmpuint (kaynak_codebook_get_verdicts (codebook)->len, ==, 5);
  g_assert_cmpuint (kaynak_codebook_get_fields (codebook)->len, ==, 8);
  g_assert_nonnull (kaynak_codebook_find_verdict (codebook, "yaniltici"));

  close_window (window);
}

static char *
make_folder (const char *name)
{
  g_autofree char *folder = g_build_filename (kaynak_test_ui_folder (), name, NULL);
  g_autofree char *article = sample_path ("seed-article.txt");
  g_autofree char *text = NULL;
  g_autofree char *copy = g_build_filename (folder, "haber.txt", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (article, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));
  return g_steal_pointer (&folder);
}

static void
put_codebook (const char *folder,
              gboolean    without_yaniltici)
{
  g_autofree char *path = codebook_path ();
  g_autofree char *target = g_build_filename (folder, KAYNAK_CODEBOOK_FOLDER_NAME, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  if (without_yaniltici)
    {
      const char *line = strstr (text, "    { \"id\" : \"yaniltici\"");
      const char *end;
      g_autoptr(GString) changed = g_string_new (NULL);

      g_assert_nonnull (line);
      end = strchr (line, '\n');
      g_string_append_len (changed, text, line - text);
      g_string_append (changed, end + 1);
      g_free (text);
      text = g_string_free (g_steal_pointer (&changed), FALSE);
    }
  g_assert_true (g_file_set_contents (target, text, -1, NULL));
}

/* An article opened from a folder with kaynak-codebook.json gets it */
static void
test_folder_codebook (void)
{
  g_autofree char *folder = make_folder ("paylasilan");
  g_autofree char *article = g_build_filename (folder, "haber.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (article);
  KaynakWindow *window;
  KaynakDocument *document;

  put_codebook (folder, FALSE);
  window = open_file (file);
  document = kaynak_window_get_document (window);
  g_assert_cmpstr (kaynak_document_get_codebook_id (document), ==, "teyit-masasi-2026");
  g_assert_nonnull (kaynak_document_lookup_source (document, "beyaz-saray"));
  /* nothing changed, nothing to say */
  g_assert_null (_kaynak_window_get_codebook_dialog (window));

  close_window (window);
}

/* The folder's codebook changed since the document was made: the window
 * says so, and the verdict that is gone is shown and kept */
static void
test_codebook_changed (void)
{
  g_autofree char *folder = make_folder ("degisen");
  g_autofree char *article = g_build_filename (folder, "haber.txt", NULL);
  g_autofree char *saved = g_build_filename (folder, "haber.kaynak.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (article);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GError) error = NULL;
  KaynakWindow *window;
  KaynakDocument *document;
  KaynakClaim *claim;
  AdwComboRow *row;
  GtkWindow *dialog;
  const char *body;

  put_codebook (folder, FALSE);
  window = open_file (file);
  document = kaynak_window_get_document (window);
  claim = tag (window, CONFIRMATION);
  kaynak_claim_pane_choose_verdict (kaynak_window_get_claim_pane (window), "yaniltici");
  kaynak_test_flush_events ();
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");
  g_assert_true (kaynak_window_save_to_file (window, saved_file, &error));
  g_assert_no_error (error);
  close_window (window);

  put_codebook (folder, TRUE);
  window = open_file (saved_file);
  document = kaynak_window_get_document (window);
  dialog = _kaynak_window_get_codebook_dialog (window);
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "Yanıltıcı"));
  g_assert_null (kaynak_document_find_verdict (document, "yaniltici"));
  claim = g_list_model_get_item (kaynak_document_get_claims (document), 0);
  g_object_unref (claim);
  g_assert_cmpstr (kaynak_claim_get_verdict (claim), ==, "yaniltici");

  kaynak_article_view_select_claim (kaynak_window_get_article_view (window), claim);
  kaynak_test_flush_events ();
  row = status_row (window);
  g_assert_cmpstr (item_string (row, adw_combo_row_get_selected (row)), ==,
                   "yaniltici (no longer on the scale)");

  gtk_window_destroy (dialog);
  close_window (window);
}

static void
add_tests (void)
{
  app = kaynak_test_ui_application ();

  g_test_add_func ("/kaynak/ui-codebook/use-codebook-and-verdict", test_use_codebook_and_verdict);
  g_test_add_func ("/kaynak/ui-codebook/filter-by-verdict", test_filter_by_verdict);
  g_test_add_func ("/kaynak/ui-codebook/bad-codebook-names-its-path", test_bad_codebook);
  g_test_add_func ("/kaynak/ui-codebook/claim-fields-by-type", test_claim_fields);
  g_test_add_func ("/kaynak/ui-codebook/source-fields", test_source_fields);
  g_test_add_func ("/kaynak/ui-codebook/number-not-set-shows-no-number", test_number_unset);
  g_test_add_func ("/kaynak/ui-codebook/save-as-codebook", test_save_as_codebook);
  g_test_add_func ("/kaynak/ui-codebook/folder-codebook-applies", test_folder_codebook);
  g_test_add_func ("/kaynak/ui-codebook/changed-codebook-said-and-kept", test_codebook_changed);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "ui-codebook", add_tests);
}
