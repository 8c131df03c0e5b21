/* kaynak-folder-export-dialog.c: exporting a whole folder.
 *
 * The export runs in a GTask thread (kaynak_export_files() blocks and uses
 * no main context).  The thread never touches a widget: it records the
 * latest count in the job and queues at most one progress update at a
 * time on the main context, so a folder of thousands of small files does
 * not flood the main loop with idles.  Failures are collected by the
 * thread and read only after the task completed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-error.h"
#include "kaynak-export-dialog.h"
#include "kaynak-folder-export-dialog.h"
#include "kaynak-accessible.h"
#include "kaynak-preferences-window.h"

struct _KaynakFolderExportDialog
{
  AdwWindow             parent_instance;

  GtkButton            *close_button;
  GtkButton            *export_button;
  GtkStack             *stack;
  AdwActionRow         *input_row;
  GtkButton            *input_button;
  AdwComboRow          *states_row;
  AdwComboRow          *format_row;
  AdwActionRow         *csv_spreadsheet_row;
  GtkSwitch            *csv_spreadsheet_switch;
  AdwActionRow         *brat_attribution_row;
  GtkSwitch            *brat_attribution_switch;
  AdwActionRow         *output_row;
  GtkButton            *output_button;
  GtkProgressBar       *progress_bar;
  GtkLabel             *count_label;
  GtkLabel             *file_label;
  GtkButton            *cancel_button;
  AdwStatusPage        *summary_page;
  GtkWidget            *failures_box;
  GtkListBox           *failures_list;

  GFile                *input;
  GFile                *output;
  const KaynakExporter *exporter;
  GSettings            *settings;      /* the format chosen last, or NULL */

  GCancellable         *cancellable;   /* non-NULL while running */
  guint                 cancel_after;
  guint                 n_exported;
  guint                 n_failed;
  gboolean              cancelled;
  /* set in dispose: the template children are gone, a late result is
   * only taken note of */
  gboolean              disposed;
  GPtrArray            *failed_files;
  char                 *summary;
};

G_DEFINE_FINAL_TYPE (KaynakFolderExportDialog, kaynak_folder_export_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The Which Articles row's choices: sets of the core's states, as
 * `kaynak --export --state` takes them; the first is every article */
static const struct
{
  const char *label;
  guint       states;
} state_choices[] = {
  { N_("All Articles"), KAYNAK_ARTICLE_STATES_ALL },
  { N_("Done and Reviewed"),
    KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_DONE) |
    KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_REVIEWED) },
  { N_("Done Only"), KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_DONE) },
  { N_("Reviewed Only"), KAYNAK_ARTICLE_STATE_BIT (KAYNAK_ARTICLE_STATE_REVIEWED) },
};

/* --- The job, shared with the thread -------------------------------------- */

typedef struct
{
  /* set before the thread starts, then read-only */
  const KaynakExporter *exporter;
  GFile                *input;
  GFile                *output;
  gboolean              csv_spreadsheet;
  guint                 states;       /* the articles' states to export */
  KaynakBratStyle       brat_style;
  char                 *fact_checker_name;
  char                 *fact_checker_url;
  gboolean              fact_checker_person;
  guint                 cancel_after;
  GCancellable         *cancellable;
  /* main thread only: referenced at the start, released by the task's
   * callback (on the main thread), so the widget is never finalized in
   * the worker, which may drop the task's last reference */
  KaynakFolderExportDialog *dialog;
  GTask                *task;         /* for the progress idles' refs */

  /* the latest progress, written by the thread */
  gint                  done;
  gint                  total;
  gint                  update_queued;
  GMutex                name_lock;
  char                 *current_name;

  /* written by the thread, read once the task completed */
  guint                 n_exported;
  guint                 n_failed;
  guint                 n_empty;
  guint                 n_state_skipped;  /* left out for their state */
  guint                 n_widened;  /* claims in pieces written as their cover */
  GPtrArray            *failed_files;     /* paths */
  GPtrArray            *failed_messages;  /* reasons */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->input);
  g_clear_object (&job->output);
  g_clear_object (&job->cancellable);
  g_warn_if_fail (job->dialog == NULL);
  g_free (job->fact_checker_name);
  g_free (job->fact_checker_url);
  g_mutex_clear (&job->name_lock);
  g_free (job->current_name);
  g_clear_pointer (&job->failed_files, g_ptr_array_unref);
  g_clear_pointer (&job->failed_messages, g_ptr_array_unref);
  g_free (job);
}

static void
set_progress_text (KaynakFolderExportDialog *self,
                   guint                     done,
                   guint                     total)
{
  g_autofree char *text = NULL;

  /* Translators: "12 of 340 articles" while a folder is exported */
  text = g_strdup_printf (ngettext ("%u of %u article", "%u of %u articles", total),
                          done, total);
  gtk_label_set_label (self->count_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
}

static gboolean
apply_progress (gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  KaynakFolderExportDialog *self = job->dialog;
  g_autofree char *name = NULL;

  g_atomic_int_set (&job->update_queued, 0);

  /* Finished already, closed, or a later export started: only the
   * running one draws */
  if (self == NULL || self->disposed || self->cancellable != job->cancellable)
    return G_SOURCE_REMOVE;

  g_mutex_lock (&job->name_lock);
  name = g_strdup (job->current_name);
  g_mutex_unlock (&job->name_lock);

  set_progress_text (self, g_atomic_int_get (&job->done), g_atomic_int_get (&job->total));
  gtk_label_set_label (self->file_label, name != NULL ? name : "");

  return G_SOURCE_REMOVE;
}

static void
queue_progress (ExportJob *job)
{
  if (g_atomic_int_compare_and_exchange (&job->update_queued, 0, 1))
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, apply_progress,
                                g_object_ref (job->task), g_object_unref);
}

static void
record_failure (ExportJob  *job,
                const char *path,
                const char *message)
{
  g_ptr_array_add (job->failed_files, g_strdup (path));
  g_ptr_array_add (job->failed_messages, g_strdup (message));
}

/* In the thread */
static void
on_file_done (const KaynakExportFileEvent *event,
              gpointer                     user_data)
{
  ExportJob *job = user_data;

  if (event->result == KAYNAK_EXPORT_FILE_FAILED)
    {
      g_autofree char *path = g_file_get_path (event->file);

      record_failure (job, path != NULL ? path : g_file_peek_path (event->file),
                      event->error->message);
    }

  g_mutex_lock (&job->name_lock);
  g_free (job->current_name);
  job->current_name = g_file_get_basename (event->file);
  g_mutex_unlock (&job->name_lock);

  g_atomic_int_set (&job->total, event->total);
  g_atomic_int_set (&job->done, event->done);
  queue_progress (job);

  if (job->cancel_after > 0 && event->done >= job->cancel_after)
    g_cancellable_cancel (job->cancellable);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *input_path = g_file_get_path (job->input);
  const char *paths[] = { input_path, NULL };
  KaynakExportOptions options = { 0 };
  KaynakExportCounts counts = { 0 };
  g_autoptr(KaynakExportOutput) dataset = NULL;

  files = kaynak_export_collect_files (paths, cancellable, problems);
  for (guint i = 0; i < problems->len; i++)
    record_failure (job, input_path, g_ptr_array_index (problems, i));

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (files->len == 0)
    {
      g_autofree char *name = g_file_get_basename (job->input);

      g_task_return_new_error (task, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                               _("There are no Kaynak files (*.kaynak.json) in “%s” or its subfolders."),
                               name);
      return;
    }

  /* The command line's --state filter, the same function */
  if (job->states != KAYNAK_ARTICLE_STATES_ALL)
    {
      job->n_state_skipped = kaynak_export_keep_states (files, job->states, cancellable);
      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (files->len == 0)
        {
          g_task_return_new_error (task, KAYNAK_ERROR, KAYNAK_ERROR_NOT_FOUND,
                                   ngettext ("No article is in the states chosen: %u was skipped for its state.",
                                             "No article is in the states chosen: all %u were skipped for their state.",
                                             job->n_state_skipped),
                                   job->n_state_skipped);
          return;
        }
    }

  g_atomic_int_set (&job->total, files->len);
  queue_progress (job);

  options.csv_spreadsheet = job->csv_spreadsheet;
  options.brat_style = job->brat_style;
  options.fact_checker_name = job->fact_checker_name;
  options.fact_checker_url = job->fact_checker_url;
  options.fact_checker_person = job->fact_checker_person;
  /* Dataset rows name their article relative to the folder exported */
  options.relative_to = job->input;

  /* The one batch export (the command line's too); a dataset is written
   * beside its name and renamed into place only when complete */
  if (job->exporter->kind == KAYNAK_EXPORT_DATASET &&
      (dataset = kaynak_export_output_new (job->output, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!kaynak_export_files (job->exporter, &options, files, dataset,
                            job->exporter->kind == KAYNAK_EXPORT_DATASET ? NULL : job->output,
                            on_file_done, job, &counts, cancellable, &error))
    {
      job->n_failed += counts.n_failed;
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job->n_failed += counts.n_failed;
  job->n_exported = counts.n_exported;
  /* loaded, but nothing to write (ClaimReview: no claim with a verdict) */
  job->n_empty = counts.n_nothing_to_write;
  job->n_widened = counts.n_claims_widened;
  g_task_return_boolean (task, TRUE);
}

/* --- The summary ---------------------------------------------------------- */

static void
add_failure_row (KaynakFolderExportDialog *self,
                 const char               *path,
                 const char               *message)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *escaped_name = g_markup_escape_text (name, -1);
  g_autofree char *escaped_message = g_markup_escape_text (message, -1);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_message);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_tooltip_text (row, path);
  gtk_list_box_append (self->failures_list, row);
}

static void
show_summary (KaynakFolderExportDialog *self,
              ExportJob                *job,
              const GError             *error)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *output_name = g_file_get_basename (job->output);
  const char *icon;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->failures_list))) != NULL)
    gtk_list_box_remove (self->failures_list, child);
  for (guint i = 0; i < job->failed_files->len; i++)
    add_failure_row (self, g_ptr_array_index (job->failed_files, i),
                     g_ptr_array_index (job->failed_messages, i));
  gtk_widget_set_visible (self->failures_box, job->failed_files->len > 0);

  g_ptr_array_set_size (self->failed_files, 0);
  for (guint i = 0; i < job->failed_files->len; i++)
    g_ptr_array_add (self->failed_files, g_strdup (g_ptr_array_index (job->failed_files, i)));

  self->n_exported = job->n_exported;
  self->n_failed = job->n_failed;
  self->cancelled = error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  if (self->cancelled)
    {
      icon = "process-stop-symbolic";
      title = g_strdup (_("Export Cancelled"));
      description = g_strdup (job->exporter->kind == KAYNAK_EXPORT_DATASET
                              ? _("No file was written.")
                              : _("The articles exported before you cancelled are in the folder."));
    }
  else if (error != NULL)
    {
      icon = "dialog-error-symbolic";
      title = g_strdup (_("Export Failed"));
      description = g_strdup (error->message);
    }
  else
    {
      icon = job->n_failed > 0 ? "dialog-warning-symbolic" : "emblem-ok-symbolic";
      title = g_strdup_printf (ngettext ("Exported %u Article", "Exported %u Articles",
                                         job->n_exported),
                               job->n_exported);
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_printf (text, _("Into “%s”."), output_name);
      if (job->n_failed > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, ngettext ("%u file could not be exported.",
                                                  "%u files could not be exported.",
                                                  job->n_failed),
                                  job->n_failed);
        }
      /* with a filter, always said, as `--state` always says it */
      if (job->states != KAYNAK_ARTICLE_STATES_ALL)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, ngettext ("%u article was skipped for its state.",
                                                  "%u articles were skipped for their state.",
                                                  job->n_state_skipped),
                                  job->n_state_skipped);
        }
      if (job->n_empty > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, ngettext ("%u article had nothing to export (no claim with a verdict).",
                                                  "%u articles had nothing to export (no claim with a verdict).",
                                                  job->n_empty),
                                  job->n_empty);
        }
      if (job->n_widened > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, ngettext ("%u claim in pieces was written as the one range covering its pieces, which this format has no way to split.",
                                                  "%u claims in pieces were written as the one range covering their pieces, which this format has no way to split.",
                                                  job->n_widened),
                                  job->n_widened);
        }
      description = g_string_free (g_steal_pointer (&text), FALSE);
    }

  adw_status_page_set_icon_name (self->summary_page, icon);
  adw_status_page_set_title (self->summary_page, title);
  adw_status_page_set_description (self->summary_page, description);
  g_free (self->summary);
  self->summary = g_strconcat (title, "\n", description, NULL);
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KaynakFolderExportDialog) self = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  g_clear_object (&job->dialog);

  if (self->disposed)
    {
      g_clear_object (&self->cancellable);
      return;
    }

  /* The last count, whatever the throttled updates managed to show */
  set_progress_text (self, g_atomic_int_get (&job->done), g_atomic_int_get (&job->total));
  g_clear_object (&self->cancellable);

  show_summary (self, job, error);

  gtk_button_set_label (self->close_button, _("_Close"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->close_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "summary");

  g_signal_emit (self, signals[FINISHED], 0);
}

gboolean
kaynak_folder_export_dialog_start (KaynakFolderExportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), FALSE);

  if (self->cancellable != NULL || self->input == NULL || self->output == NULL)
    return FALSE;

  self->cancellable = g_cancellable_new ();

  job = g_new0 (ExportJob, 1);
  job->exporter = self->exporter;
  job->input = g_object_ref (self->input);
  job->output = g_object_ref (self->output);
  job->csv_spreadsheet = gtk_switch_get_active (self->csv_spreadsheet_switch);
  job->states = state_choices[adw_combo_row_get_selected (self->states_row)].states;
  job->brat_style = gtk_switch_get_active (self->brat_attribution_switch)
                    ? KAYNAK_BRAT_STYLE_ATTRIBUTION : KAYNAK_BRAT_STYLE_SOURCES;
  kaynak_preferences_get_fact_checker (&job->fact_checker_name, &job->fact_checker_url);
  job->fact_checker_person = kaynak_preferences_get_fact_checker_person ();
  job->cancel_after = self->cancel_after;
  job->cancellable = g_object_ref (self->cancellable);
  job->dialog = g_object_ref (self);
  g_mutex_init (&job->name_lock);
  job->failed_files = g_ptr_array_new_with_free_func (g_free);
  job->failed_messages = g_ptr_array_new_with_free_func (g_free);

  task = g_task_new (NULL, self->cancellable, on_export_done, g_object_ref (self));
  g_task_set_source_tag (task, kaynak_folder_export_dialog_start);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* not a reference: the task owns the job, and the idles hold the task */
  job->task = task;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_label_set_label (self->count_label, _("Looking for Kaynak files…"));
  gtk_label_set_label (self->file_label, "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  /* Cancel is on the page; closing the window meanwhile cancels too */
  gtk_widget_set_sensitive (GTK_WIDGET (self->close_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

void
kaynak_folder_export_dialog_cancel (KaynakFolderExportDialog *self)
{
  g_return_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self));

  if (self->cancellable == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  if (self->disposed)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_label_set_label (self->file_label, _("Cancelling…"));
}

gboolean
kaynak_folder_export_dialog_is_running (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

/* --- Choosing ------------------------------------------------------------- */

static void
update_rows (KaynakFolderExportDialog *self)
{
  gboolean dataset = self->exporter->kind == KAYNAK_EXPORT_DATASET;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;

  if (self->input != NULL)
    input = g_file_get_parse_name (self->input);
  if (self->output != NULL)
    output = g_file_get_parse_name (self->output);

  adw_action_row_set_subtitle (self->input_row, input != NULL ? input : _("None chosen"));
  adw_action_row_set_subtitle (self->output_row,
                               output != NULL ? output
                               : dataset ? _("One file for all the articles")
                                         : _("A folder for the articles’ files"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                               kaynak_export_format_description (self->exporter));
  gtk_widget_set_visible (GTK_WIDGET (self->csv_spreadsheet_row),
                          g_strcmp0 (self->exporter->name, "csv") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->brat_attribution_row),
                          g_strcmp0 (self->exporter->name, "brat") == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button),
                            self->input != NULL && self->output != NULL);
}

void
kaynak_folder_export_dialog_set_input (KaynakFolderExportDialog *self,
                                       GFile                    *folder)
{
  g_return_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self));

  g_set_object (&self->input, folder);
  update_rows (self);
}

void
kaynak_folder_export_dialog_set_output (KaynakFolderExportDialog *self,
                                        GFile                    *output)
{
  g_return_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self));

  g_set_object (&self->output, output);
  update_rows (self);
}

void
kaynak_folder_export_dialog_set_csv_spreadsheet (KaynakFolderExportDialog *self,
                                         gboolean                  spreadsheet)
{
  g_return_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->csv_spreadsheet_switch, spreadsheet);
}

gboolean
kaynak_folder_export_dialog_set_states (KaynakFolderExportDialog *self,
                                        guint                     states)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (state_choices); i++)
    if (state_choices[i].states == states)
      {
        adw_combo_row_set_selected (self->states_row, i);
        return TRUE;
      }

  return FALSE;
}

gboolean
kaynak_folder_export_dialog_set_format (KaynakFolderExportDialog *self,
                                        const char               *name)
{
  const KaynakExporter * const *exporters = kaynak_exporters ();

  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; exporters[i] != NULL; i++)
    if (g_strcmp0 (exporters[i]->name, name) == 0)
      {
        adw_combo_row_set_selected (self->format_row, i);
        return TRUE;
      }

  return FALSE;
}

static void
on_format_selected (KaynakFolderExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);
  const KaynakExporter * const *exporters = kaynak_exporters ();
  const KaynakExporter *exporter;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  exporter = exporters[selected];
  /* A dataset file is no output folder, nor the other way round */
  if (self->exporter != NULL && exporter->kind != self->exporter->kind)
    g_clear_object (&self->output);
  self->exporter = exporter;
  update_rows (self);
  /* Chosen last time, first next time (in both Export dialogs) */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "export-format", exporter->name);
}

static void
on_input_response (GtkNativeDialog          *native,
                   int                       response,
                   KaynakFolderExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (folder != NULL)
        kaynak_folder_export_dialog_set_input (self, folder);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
on_input_clicked (KaynakFolderExportDialog *self)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Choose the Folder to Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (self->input != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->input, NULL);

  g_signal_connect (native, "response", G_CALLBACK (on_input_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_output_response (GtkNativeDialog          *native,
                    int                       response,
                    KaynakFolderExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) output = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (output != NULL)
        kaynak_folder_export_dialog_set_output (self, output);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
on_output_clicked (KaynakFolderExportDialog *self)
{
  gboolean dataset = self->exporter->kind == KAYNAK_EXPORT_DATASET;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (dataset ? _("Export As") : _("Export Into a Folder"),
                                        GTK_WINDOW (self),
                                        dataset ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (self->output != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->output, NULL);
  else if (dataset && self->input != NULL)
    {
      /* Suggest FOLDER.jsonl beside the folder exported */
      g_autoptr(GFile) parent = g_file_get_parent (self->input);
      g_autofree char *stem = g_file_get_basename (self->input);
      g_autofree char *name = g_strconcat (stem,
                                           g_strcmp0 (self->exporter->name, "doccano") == 0
                                           ? ".doccano" : "",
                                           self->exporter->extension, NULL);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), parent, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_output_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- Results -------------------------------------------------------------- */

double
kaynak_folder_export_dialog_get_fraction (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), 0.0);

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
kaynak_folder_export_dialog_get_progress_text (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->count_label);
}

guint
kaynak_folder_export_dialog_get_n_exported (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), 0);

  return self->n_exported;
}

guint
kaynak_folder_export_dialog_get_n_failed (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), 0);

  return self->n_failed;
}

GPtrArray *
kaynak_folder_export_dialog_get_failed_files (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), NULL);

  return self->failed_files;
}

const char *
kaynak_folder_export_dialog_get_summary (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), NULL);

  return self->summary;
}

gboolean
kaynak_folder_export_dialog_was_cancelled (KaynakFolderExportDialog *self)
{
  g_return_val_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self), FALSE);

  return self->cancelled;
}

void
kaynak_folder_export_dialog_cancel_after (KaynakFolderExportDialog *self,
                                          guint                     n)
{
  g_return_if_fail (KAYNAK_IS_FOLDER_EXPORT_DIALOG (self));

  self->cancel_after = n;
}

/* --- GObject -------------------------------------------------------------- */

static gboolean
kaynak_folder_export_dialog_close_request (GtkWindow *window)
{
  KaynakFolderExportDialog *self = KAYNAK_FOLDER_EXPORT_DIALOG (window);

  /* Closing while running means "stop": the task keeps the dialog alive
   * until the thread has noticed, and nothing half-written is left */
  kaynak_folder_export_dialog_cancel (self);

  return GTK_WINDOW_CLASS (kaynak_folder_export_dialog_parent_class)->close_request (window);
}

static void
kaynak_folder_export_dialog_dispose (GObject *object)
{
  KaynakFolderExportDialog *self = KAYNAK_FOLDER_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (kaynak_folder_export_dialog_parent_class)->dispose (object);
}

static void
kaynak_folder_export_dialog_finalize (GObject *object)
{
  KaynakFolderExportDialog *self = KAYNAK_FOLDER_EXPORT_DIALOG (object);

  g_clear_object (&self->input);
  g_clear_object (&self->output);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->failed_files, g_ptr_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (kaynak_folder_export_dialog_parent_class)->finalize (object);
}

static void
kaynak_folder_export_dialog_class_init (KaynakFolderExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kaynak_folder_export_dialog_dispose;
  object_class->finalize = kaynak_folder_export_dialog_finalize;
  window_class->close_request = kaynak_folder_export_dialog_close_request;

  signals[FINISHED] = g_signal_new ("finished",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-folder-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, input_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, input_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, states_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, csv_spreadsheet_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, csv_spreadsheet_switch);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, brat_attribution_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, brat_attribution_switch);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, output_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, summary_page);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, failures_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakFolderExportDialog, failures_list);
  gtk_widget_class_bind_template_callback (widget_class, on_format_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_input_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_output_clicked);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_export_clicked",
                                                G_CALLBACK (kaynak_folder_export_dialog_start));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_cancel_clicked",
                                                G_CALLBACK (kaynak_folder_export_dialog_cancel));

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_folder_export_dialog_init (KaynakFolderExportDialog *self)
{
  const KaynakExporter * const *exporters = kaynak_exporters ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) state_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->failed_files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (state_choices); i++)
    gtk_string_list_append (state_labels, _(state_choices[i].label));
  kaynak_accessible_name_combo_items (self->states_row);
  adw_combo_row_set_model (self->states_row, G_LIST_MODEL (state_labels));

  for (guint i = 0; exporters[i] != NULL; i++)
    gtk_string_list_append (labels, _(exporters[i]->label));
  kaynak_accessible_name_combo_items (self->format_row);
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));

  self->exporter = exporters[0];
  self->settings = kaynak_preferences_get_settings ();
  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "export-format");

      kaynak_folder_export_dialog_set_format (self, last);
      g_settings_bind (self->settings, "export-csv-spreadsheet",
                       self->csv_spreadsheet_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "export-brat-attribution",
                       self->brat_attribution_switch, "active", G_SETTINGS_BIND_DEFAULT);
    }
  update_rows (self);
}

GtkWidget *
kaynak_folder_export_dialog_new (GtkWindow *parent)
{
  return g_object_new (KAYNAK_TYPE_FOLDER_EXPORT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

void
kaynak_folder_export_dialog_present (GtkWindow *parent)
{
  gtk_window_present (GTK_WINDOW (kaynak_folder_export_dialog_new (parent)));
}
