/* kaynak-claim-dialog.h: the details of one claim: its source, status and
 * a note.  Opened by Enter on a selected claim; Apply (Ctrl+Enter, from
 * anywhere in the dialog) changes them in one undo step.  (The full
 * details pane comes in a later issue.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_DIALOG (kaynak_claim_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimDialog, kaynak_claim_dialog, KAYNAK, CLAIM_DIALOG, AdwWindow)

GtkWidget *kaynak_claim_dialog_new        (GtkWindow         *parent,
                                           KaynakDocument    *document,
                                           KaynakClaim       *claim);
/* What the dialog would apply (tests set them as a user would) */
void       kaynak_claim_dialog_set_status (KaynakClaimDialog *self,
                                           KaynakClaimStatus  status);
void       kaynak_claim_dialog_set_note   (KaynakClaimDialog *self,
                                           const char        *note);
/* NULL for "No source" */
void       kaynak_claim_dialog_set_source (KaynakClaimDialog *self,
                                           const char        *source_id);
/* Applies the changes and closes; FALSE (and a message shown) on error */
gboolean   kaynak_claim_dialog_apply      (KaynakClaimDialog *self);

G_END_DECLS
