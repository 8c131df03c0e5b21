/* kaynak-sources-dialog.h: the document's sources: add, rename, recolour,
 * set the 1–9 shortcut, remove.  Every change goes through the document,
 * so it is undoable from the main window.
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

G_END_DECLS
