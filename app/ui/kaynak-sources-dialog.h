/* kaynak-sources-dialog.h: the document's sources: add (a name the
 * document has opens that source instead), and for each its name, kind,
 * other names, description, colour and 1–9 key; remove, asking where the
 * claims of a used source go.  Every change goes through the document as
 * one step, undoable from the dialog (Ctrl+Z outside a text field) and
 * from the main window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_SOURCES_DIALOG (kaynak_sources_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakSourcesDialog, kaynak_sources_dialog, KAYNAK, SOURCES_DIALOG, AdwWindow)

GtkWidget *kaynak_sources_dialog_new (GtkWindow      *parent,
                                      KaynakDocument *document);
/* The codebook's fields of the source @source_id as its row edits them
 * (a KaynakClaimFields, hidden while the document has no source fields);
 * NULL when the dialog has no such source (tests) */
GtkWidget *kaynak_sources_dialog_get_fields (KaynakSourcesDialog *self,
                                             const char          *source_id);

G_END_DECLS
