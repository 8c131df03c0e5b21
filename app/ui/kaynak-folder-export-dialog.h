/* kaynak-folder-export-dialog.h: "Export a Folder…": every *.kaynak.json
 * under a folder into one dataset file or a folder of per-article files,
 * in a worker thread with progress, Cancel and a summary of what failed.
 *
 * Signals:
 *  - "finished" (): the export ended (done, failed or cancelled) and the
 *    summary is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-export.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_FOLDER_EXPORT_DIALOG (kaynak_folder_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakFolderExportDialog, kaynak_folder_export_dialog, KAYNAK, FOLDER_EXPORT_DIALOG, AdwWindow)

GtkWidget *kaynak_folder_export_dialog_new     (GtkWindow *parent);
void       kaynak_folder_export_dialog_present (GtkWindow *parent);

/* What the choosers and rows set, callable without them (tests) */
void       kaynak_folder_export_dialog_set_input   (KaynakFolderExportDialog *self,
                                                    GFile                    *folder);
/* FALSE for an unknown exporter name.  Switching between a dataset and a
 * per-article format forgets the output (a file is not a folder). */
gboolean   kaynak_folder_export_dialog_set_format  (KaynakFolderExportDialog *self,
                                                    const char               *name);
void       kaynak_folder_export_dialog_set_output  (KaynakFolderExportDialog *self,
                                                    GFile                    *output);
/* The Which Articles row: a set of KAYNAK_ARTICLE_STATE_BIT()s, one of
 * its choices (KAYNAK_ARTICLE_STATES_ALL, the default: every article);
 * FALSE for a set it does not offer */
gboolean   kaynak_folder_export_dialog_set_states  (KaynakFolderExportDialog *self,
                                                    guint                     states);
void       kaynak_folder_export_dialog_set_csv_spreadsheet (KaynakFolderExportDialog *self,
                                                    gboolean                  spreadsheet);

/* The Export button: starts the export in a thread and shows the
 * progress.  FALSE when the input or output is missing or an export runs. */
gboolean   kaynak_folder_export_dialog_start       (KaynakFolderExportDialog *self);
/* The Cancel button while running */
void       kaynak_folder_export_dialog_cancel      (KaynakFolderExportDialog *self);
gboolean   kaynak_folder_export_dialog_is_running  (KaynakFolderExportDialog *self);

/* What the progress page and the summary show */
double      kaynak_folder_export_dialog_get_fraction      (KaynakFolderExportDialog *self);
const char *kaynak_folder_export_dialog_get_progress_text (KaynakFolderExportDialog *self);
guint       kaynak_folder_export_dialog_get_n_exported    (KaynakFolderExportDialog *self);
guint       kaynak_folder_export_dialog_get_n_failed      (KaynakFolderExportDialog *self);
/* The failed files' paths, in the order they failed (transfer none) */
GPtrArray  *kaynak_folder_export_dialog_get_failed_files  (KaynakFolderExportDialog *self);
/* The summary's title and description */
const char *kaynak_folder_export_dialog_get_summary       (KaynakFolderExportDialog *self);
/* TRUE when the last export ended by cancellation */
gboolean    kaynak_folder_export_dialog_was_cancelled     (KaynakFolderExportDialog *self);

/* For tests: the worker cancels itself once @n files are done, as if the
 * user pressed Cancel right then (0: never). */
void        kaynak_folder_export_dialog_cancel_after      (KaynakFolderExportDialog *self,
                                                           guint                     n);

G_END_DECLS
