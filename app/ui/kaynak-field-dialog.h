/* kaynak-field-dialog.h: a field of the personal codebook added or edited
 * in Preferences: its name, description, what it describes (claims or
 * sources), its type, its choices (added, renamed, moved, removed) or its
 * bounds.  Saved as one step of the codebook's undo history; Save is
 * offered only when the codebook would take the field, and the reason is
 * shown otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_FIELD_DIALOG (kaynak_field_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakFieldDialog, kaynak_field_dialog, KAYNAK, FIELD_DIALOG, AdwWindow)

/* Edits the field @id of the personal codebook, or makes a new one (@id
 * NULL).  @page is where the toast after saving is shown. */
KaynakFieldDialog *kaynak_field_dialog_new (GtkWindow  *parent,
                                            GtkWidget  *page,
                                            const char *id);

G_END_DECLS
