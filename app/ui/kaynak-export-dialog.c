/* kaynak-export-dialog.c: exporting the open document.
 *
 * One radio row per exporter (in the registry's menu order), the options
 * of the chosen one, then a native chooser: a file for dataset formats, a
 * folder for per-article formats.  One document exports in a moment, so
 * it is written on the main thread; only "Export a Folder…" needs a
 * thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-export-dialog.h"
#include "kaynak-file.h"
#include "kaynak-file-names.h"
#include "kaynak-preferences-window.h"

struct _KaynakExportDialog
{
  AdwWindow        parent_instance;

  GtkButton       *export_button;
  GtkListBox      *format_list;
  AdwActionRow    *csv_spreadsheet_row;
  GtkSwitch       *csv_spreadsheet_switch;
  AdwActionRow    *brat_attribution_row;
  GtkSwitch       *brat_attribution_switch;
  AdwActionRow    *fact_checker_row;
  AdwActionRow    *output_row;

  KaynakDocument  *document;
  GSettings       *settings;
  const KaynakExporter *exporter;
  GtkWindow       *error_dialog;
  /* exporter name → GtkCheckButton */
  GHashTable      *checks;
  /* claims in pieces the last export wrote as their covering range */
  guint            n_widened;
};

G_DEFINE_FINAL_TYPE (KaynakExportDialog, kaynak_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- What each format is for --------------------------------------------- */

static const struct {
  const char *name;
  const char *description;
} descriptions[] = {
  { "jsonl", N_("For scripts and NLP tools. Offsets in characters (code points).") },
  { "doccano", N_("For the doccano annotation tool. Offsets in characters (code points).") },
  { "csv", N_("For spreadsheets. Offsets in characters (code points).") },
  { "conll", N_("For training taggers: B-, I-, O- tags by source. No offsets.") },
  { "w3c", N_("For annotation tools and archives. Offsets in characters (code points).") },
  { "brat", N_("For the brat annotation tool, into a folder. Offsets in characters of the .txt.") },
  { "claimreview", N_("For publishing fact-checks: the claims with a verdict, into a folder. No offsets.") },
  { "html", N_("To read, print or share, into a folder. No offsets.") },
};

const char *
kaynak_export_format_description (const KaynakExporter *exporter)
{
  g_return_val_if_fail (exporter != NULL, "");

  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    if (g_strcmp0 (descriptions[i].name, exporter->name) == 0)
      return _(descriptions[i].description);

  /* A format added to the registry later still gets a useful line */
  return exporter->kind == KAYNAK_EXPORT_DATASET ? _("One file for the article.")
                                                 : _("Files for the article, into a folder.");
}

/* --- Options ------------------------------------------------------------- */

static void
update_options (KaynakExportDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *url = NULL;
  gboolean is_csv = g_strcmp0 (self->exporter->name, "csv") == 0;
  gboolean is_claimreview = g_strcmp0 (self->exporter->name, "claimreview") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->csv_spreadsheet_row), is_csv);
  gtk_widget_set_visible (GTK_WIDGET (self->fact_checker_row), is_claimreview);
  gtk_widget_set_visible (GTK_WIDGET (self->brat_attribution_row),
                          g_strcmp0 (self->exporter->name, "brat") == 0);

  if (is_claimreview)
    {
      g_autofree char *subtitle = NULL;

      kaynak_preferences_get_fact_checker (&name, &url);
      if (name == NULL && url == NULL)
        subtitle = g_strdup (_("Not set: the reviews will have no author"));
      else if (url == NULL)
        subtitle = g_strdup (name);
      else if (name == NULL)
        subtitle = g_strdup (url);
      else
        subtitle = g_strdup_printf ("%s · %s", name, url);
      adw_action_row_set_subtitle (self->fact_checker_row, subtitle);
    }

  adw_action_row_set_subtitle (self->output_row,
                               self->exporter->kind == KAYNAK_EXPORT_DATASET
                               ? _("You choose the file next")
                               : _("You choose a folder next; its files of the same names are replaced"));
}

static void
on_check_toggled (GtkCheckButton     *check,
                  KaynakExportDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  self->exporter = g_object_get_data (G_OBJECT (check), "exporter");
  update_options (self);
  /* Chosen last time, first next time */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "export-format", self->exporter->name);
}

static void
build_format_rows (KaynakExportDialog *self)
{
  const KaynakExporter * const *exporters = kaynak_exporters ();
  GtkCheckButton *group = NULL;

  for (guint i = 0; exporters[i] != NULL; i++)
    {
      const KaynakExporter *exporter = exporters[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      if (group == NULL)
        group = GTK_CHECK_BUTTON (check);
      g_object_set_data (G_OBJECT (check), "exporter", (gpointer) exporter);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(exporter->label));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   kaynak_export_format_description (exporter));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->format_list, row);

      g_hash_table_insert (self->checks, (gpointer) exporter->name, check);
    }
}

gboolean
kaynak_export_dialog_set_format (KaynakExportDialog *self,
                                 const char         *name)
{
  GtkCheckButton *check;

  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), FALSE);

  check = g_hash_table_lookup (self->checks, name);
  if (check == NULL)
    return FALSE;

  gtk_check_button_set_active (check, TRUE);
  return TRUE;
}

const KaynakExporter *
kaynak_export_dialog_get_exporter (KaynakExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), NULL);

  return self->exporter;
}

void
kaynak_export_dialog_set_csv_spreadsheet (KaynakExportDialog *self,
                                  gboolean            spreadsheet)
{
  g_return_if_fail (KAYNAK_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->csv_spreadsheet_switch, spreadsheet);
}

/* --- Exporting ------------------------------------------------------------ */

GtkWindow *
kaynak_export_dialog_get_error_dialog (KaynakExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), NULL);

  return self->error_dialog;
}

static void
show_error (KaynakExportDialog *self,
            GFile              *output,
            const GError       *error)
{
  g_autofree char *name = g_file_get_basename (output);
  g_autofree char *heading = g_strdup_printf (_("Could Not Export to “%s”"), name);

  if (self->error_dialog != NULL)
    gtk_window_destroy (self->error_dialog);

  g_set_weak_pointer (&self->error_dialog, kaynak_show_error (GTK_WINDOW (self), heading, error));
}

static gboolean
export_per_document (KaynakExportDialog        *self,
                     const KaynakExportOptions *options,
                     GFile                     *folder,
                     GError                   **error)
{
  g_autoptr(KaynakExportWriter) writer = NULL;

  writer = kaynak_export_writer_new_folder (self->exporter, options, folder, error);
  if (writer == NULL)
    return FALSE;

  if (!kaynak_export_writer_add (writer, self->document, error))
    return FALSE;

  if (!kaynak_export_writer_finish (writer, error))
    return FALSE;

  /* ClaimReview writes nothing for an article without verdicts: a
   * "success" that leaves the folder empty would mislead */
  if (kaynak_export_writer_get_n_files (writer) == 0)
    {
      if (g_strcmp0 (self->exporter->name, "claimreview") == 0)
        g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                             _("No claim has a verdict yet, and ClaimReview only publishes claims with one. No file was written."));
      else
        g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                             _("The article has no claim this format can export. No file was written."));
      return FALSE;
    }

  return TRUE;
}

gboolean
kaynak_export_dialog_export_to (KaynakExportDialog  *self,
                                GFile               *output,
                                GError             **error)
{
  g_autofree char *fact_checker_name = NULL;
  g_autofree char *fact_checker_url = NULL;
  g_autoptr(GError) local_error = NULL;
  KaynakExportOptions options = { 0 };
  gboolean ok;

  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);

  kaynak_preferences_get_fact_checker (&fact_checker_name, &fact_checker_url);
  options.csv_spreadsheet = gtk_switch_get_active (self->csv_spreadsheet_switch);
  options.brat_style = gtk_switch_get_active (self->brat_attribution_switch)
                       ? KAYNAK_BRAT_STYLE_ATTRIBUTION : KAYNAK_BRAT_STYLE_SOURCES;
  options.fact_checker_name = fact_checker_name;
  options.fact_checker_url = fact_checker_url;
  options.fact_checker_person = kaynak_preferences_get_fact_checker_person ();
  /* A dataset of one article names it beside the dataset */
  options.relative_to = g_file_get_parent (output);

  if (self->exporter->kind == KAYNAK_EXPORT_DATASET)
    {
      g_autoptr(GBytes) bytes = NULL;

      bytes = kaynak_export_document_to_bytes_widened (self->exporter, &options, self->document,
                                                       &self->n_widened, &local_error);
      ok = bytes != NULL &&
           kaynak_file_write_atomic (output,
                                     g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     NULL, &local_error);
    }
  else
    ok = export_per_document (self, &options, output, &local_error);

  g_clear_object (&options.relative_to);

  if (!ok)
    {
      show_error (self, output, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_signal_emit (self, signals[EXPORTED], 0, output);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

guint
kaynak_export_dialog_get_n_widened (KaynakExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), 0);
  return self->n_widened;
}

/* --- The chooser ---------------------------------------------------------- */

static GFile *
document_folder (KaynakDocument *document)
{
  GFile *file = kaynak_document_get_file (document);

  if (file == NULL)
    file = kaynak_document_get_article_file (document);

  return file != NULL ? g_file_get_parent (file) : NULL;
}

char *
kaynak_export_dialog_suggest_name (KaynakExportDialog *self)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (KAYNAK_IS_EXPORT_DIALOG (self), NULL);

  stem = kaynak_document_dup_stem (self->document);
  /* doccano shares .jsonl with JSON Lines; keep the two apart on disk */
  if (g_strcmp0 (self->exporter->name, "doccano") == 0)
    return g_strconcat (stem, ".doccano", self->exporter->extension, NULL);

  return g_strconcat (stem, self->exporter->extension, NULL);
}

static void
on_chooser_response (GtkNativeDialog    *native,
                     int                 response,
                     KaynakExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) output = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      /* Errors are shown in a message dialog over this one */
      if (output != NULL)
        kaynak_export_dialog_export_to (self, output, NULL);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
on_export_clicked (KaynakExportDialog *self)
{
  g_autoptr(GFile) folder = document_folder (self->document);
  gboolean dataset = self->exporter->kind == KAYNAK_EXPORT_DATASET;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (dataset ? _("Export As") : _("Export Into a Folder"),
                                        GTK_WINDOW (self),
                                        dataset ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  if (dataset)
    {
      g_autofree char *name = kaynak_export_dialog_suggest_name (self);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- GObject -------------------------------------------------------------- */

static void
kaynak_export_dialog_dispose (GObject *object)
{
  KaynakExportDialog *self = KAYNAK_EXPORT_DIALOG (object);

  g_clear_weak_pointer (&self->error_dialog);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (kaynak_export_dialog_parent_class)->dispose (object);
}

static void
kaynak_export_dialog_class_init (KaynakExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_export_dialog_dispose;

  signals[EXPORTED] = g_signal_new ("exported",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, format_list);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, csv_spreadsheet_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, csv_spreadsheet_switch);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, brat_attribution_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, brat_attribution_switch);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, fact_checker_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakExportDialog, output_row);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_export_dialog_init (KaynakExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_hash_table_new (g_str_hash, g_str_equal);
  build_format_rows (self);

  /* The format chosen last time (the first one until the user picks
   * another), before the settings are followed: setting it saves it */
  self->exporter = kaynak_exporters ()[0];
  kaynak_export_dialog_set_format (self, self->exporter->name);
  self->settings = kaynak_preferences_get_settings ();
  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "export-format");

      kaynak_export_dialog_set_format (self, last);
      g_settings_bind (self->settings, "export-csv-spreadsheet",
                       self->csv_spreadsheet_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "export-brat-attribution",
                       self->brat_attribution_switch, "active", G_SETTINGS_BIND_DEFAULT);
      /* The fact-checker row follows the Preferences opened from it */
      g_signal_connect_swapped (self->settings, "changed",
                                G_CALLBACK (update_options), self);
    }
  update_options (self);
}

GtkWidget *
kaynak_export_dialog_new (GtkWindow      *parent,
                          KaynakDocument *document)
{
  KaynakExportDialog *self;

  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (document), NULL);

  self = g_object_new (KAYNAK_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->document = g_object_ref (document);

  return GTK_WIDGET (self);
}

/* Open shows the export in the file manager: the folder a per-article
 * export wrote into, or the folder that holds the dataset file.  Through
 * gtk_show_uri(), which goes through the portal in a sandbox. */
static void
on_open_clicked (AdwToast  *toast,
                 GtkWindow *parent)
{
  GFile *output = g_object_get_data (G_OBJECT (toast), "kaynak-output");
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  if (g_file_query_file_type (output, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    folder = g_object_ref (output);
  else
    folder = g_file_get_parent (output);
  if (folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

AdwToast *
kaynak_exported_toast_new (GtkWindow *parent,
                           GFile     *output)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (output), NULL);

  name = g_file_get_basename (output);
  title = g_strdup_printf (_("Exported to “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kaynak-output", g_object_ref (output),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_clicked), parent, 0);

  return toast;
}
