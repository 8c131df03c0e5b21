/* kaynak-claim-check.h: in the claim details pane, the claim as it is
 * checked (issue 18): the checkable claim, one sentence that stands on
 * its own, and the evidence found for it.
 *
 * The checkable claim's field shows the highlighted words until the user
 * writes something else: only a sentence that differs from the words is
 * saved (docs/FORMAT.md "checkable"), so the exports fall back to the
 * words, and a sentence typed in one go is one undo step.  The evidence
 * is a list, each piece with buttons that move it up or down and remove
 * it (one undo step each); activating a piece edits it and "Add Evidence"
 * (win.add-evidence, Ctrl+Alt+E) adds one, in a small dialog
 * (kaynak-evidence-dialog.h).
 *
 * Like the pane, it holds no state of its own: it reads the claim again
 * on each change of the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_CHECK (kaynak_claim_check_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimCheck, kaynak_claim_check, KAYNAK, CLAIM_CHECK, GtkWidget)

/* @document and @claim may be NULL (nothing shown) */
void   kaynak_claim_check_set_claim     (KaynakClaimCheck *self,
                                         KaynakDocument   *document,
                                         KaynakClaim      *claim);
/* Reads the claim again (the pane calls it on each document change) */
void   kaynak_claim_check_update        (KaynakClaimCheck *self);
/* Opens the dialog that adds a piece of evidence (or, @index, edits it);
 * returns it, NULL when no claim is shown */
GtkWidget *kaynak_claim_check_edit_evidence (KaynakClaimCheck *self,
                                             guint             index);

/* What a user does (tests): the checkable claim as if typed, one step */
void   kaynak_claim_check_type_checkable (KaynakClaimCheck *self,
                                          const char       *text);
/* The field's text as shown (free it) */
char  *kaynak_claim_check_dup_checkable_text (KaynakClaimCheck *self);
/* The evidence rows as a screen reader reads them; free with g_strfreev() */
char **kaynak_claim_check_dup_evidence_names (KaynakClaimCheck *self);

G_END_DECLS
