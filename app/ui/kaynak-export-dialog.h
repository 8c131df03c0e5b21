/* kaynak-export-dialog.h: Export for the open document: choose a format
 * and its options, then where to write it.
 *
 * Signals:
 *  - "exported" (GFile *output): the export was written (a file for
 *    dataset formats, the folder for per-article formats); the dialog
 *    closes right after.  The window shows kaynak_exported_toast_new()
 *    then, since it owns the toast overlay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"
#include "kaynak-export.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_EXPORT_DIALOG (kaynak_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakExportDialog, kaynak_export_dialog, KAYNAK, EXPORT_DIALOG, AdwWindow)

GtkWidget            *kaynak_export_dialog_new     (GtkWindow       *parent,
                                                    KaynakDocument  *document);
/* "Exported to “NAME”", with Open to show the export in the file manager */
AdwToast             *kaynak_exported_toast_new    (GtkWindow       *parent,
                                                    GFile           *output);

/* What a user would pick, for tests and for the window to preselect.
 * set_format returns FALSE for an unknown exporter name. */
gboolean              kaynak_export_dialog_set_format   (KaynakExportDialog *self,
                                                         const char         *name);
const KaynakExporter *kaynak_export_dialog_get_exporter (KaynakExportDialog *self);
void                  kaynak_export_dialog_set_csv_spreadsheet  (KaynakExportDialog *self,
                                                         gboolean            spreadsheet);

/* The file name the chooser suggests for a dataset format:
 * ARTICLE.<extension> (newly allocated) */
char                 *kaynak_export_dialog_suggest_name (KaynakExportDialog *self);

/* What the chooser's response does, callable without a chooser: exports
 * the document in the chosen format to @output (a file for dataset
 * formats, a folder for per-article ones; every file written atomically).
 * On success emits "exported" and closes the dialog; on failure returns
 * FALSE with @error, shows it in a message dialog naming the file, and
 * leaves the dialog open to try again. */
gboolean              kaynak_export_dialog_export_to    (KaynakExportDialog *self,
                                                         GFile              *output,
                                                         GError            **error);

/* Claims in pieces the last export wrote as the one range covering their
 * pieces (doccano has no pieces): the window says so after "exported" */
guint                 kaynak_export_dialog_get_n_widened (KaynakExportDialog *self);
/* For tests: the open error dialog (an AdwMessageDialog), or NULL */
GtkWindow            *kaynak_export_dialog_get_error_dialog (KaynakExportDialog *self);

/* What a format is for and how it counts offsets, for the format lists of
 * both export dialogs.  Translated; never NULL. */
const char           *kaynak_export_format_description  (const KaynakExporter *exporter);

G_END_DECLS
