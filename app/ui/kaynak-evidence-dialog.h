/* kaynak-evidence-dialog.h: a small dialog with the named fields of one
 * piece of a claim's evidence (address, archived copy, date, note), to
 * add one or edit one.  Save hands them to the document, which checks
 * them (kaynak_evidence_check()): a refusal is said in the dialog, which
 * stays open; a success is one undo step and closes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_EVIDENCE_DIALOG (kaynak_evidence_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakEvidenceDialog, kaynak_evidence_dialog, KAYNAK, EVIDENCE_DIALOG, AdwWindow)

/* For the claim @claim_id of @document: a new piece added at the end
 * (@index G_MAXUINT) or piece @index edited */
GtkWidget *kaynak_evidence_dialog_new  (GtkWindow      *parent,
                                        KaynakDocument *document,
                                        const char     *claim_id,
                                        guint           index);
/* As if Save were pressed (tests): TRUE when the document took it */
gboolean   kaynak_evidence_dialog_save (KaynakEvidenceDialog *self);

G_END_DECLS
