/* kaynak-claim-pane.h: the details of the selected claim, beside the
 * article under the claim list: its source, status, note and cues, its
 * links to and from other claims, who made it and when.  Every edit is a
 * step of the document's undo history as soon as it is made (a note typed
 * in one go is one step); there is nothing to apply.
 *
 * Signals:
 *  - "claim-followed" (KaynakClaim *claim): a link was activated; the
 *    window selects that claim and shows it in the article.
 *  - "pick-started" (): "Pick in the Article" was chosen; the window lets
 *    the next click on a highlight choose the claim, and then calls
 *    kaynak_claim_pane_finish_pick().
 *  - "pick-cancelled" (): the pane stopped waiting for a pick (Cancel, or
 *    another claim shown).
 *  - "done" (): Escape in the pane; the window gives the article the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-claim-check.h"
#include "kaynak-claim-fields.h"
#include "kaynak-claim-ranges.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_PANE (kaynak_claim_pane_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimPane, kaynak_claim_pane, KAYNAK, CLAIM_PANE, GtkWidget)

GtkWidget   *kaynak_claim_pane_new            (void);
void         kaynak_claim_pane_set_document   (KaynakClaimPane  *self,
                                               KaynakDocument   *document);
/* The claim shown, or NULL for none (the pane says how to choose one) */
void         kaynak_claim_pane_set_claim      (KaynakClaimPane  *self,
                                               KaynakClaim      *claim);
KaynakClaim *kaynak_claim_pane_get_claim      (KaynakClaimPane  *self);
/* Puts the focus on the status (Enter on a claim) */
void         kaynak_claim_pane_focus          (KaynakClaimPane  *self);

/* Opens "Link to…" (Ctrl+L) */
void         kaynak_claim_pane_show_link_popover (KaynakClaimPane *self);

/* What a user does in the pane, for tests: each is one undo step */
void         kaynak_claim_pane_choose_source  (KaynakClaimPane  *self,
                                               const char       *source_id);
void         kaynak_claim_pane_choose_status  (KaynakClaimPane  *self,
                                               KaynakClaimStatus status);
/* Chooses the verdict @verdict_id of the document's scale (NULL: none) as
 * a user would in the status row */
void         kaynak_claim_pane_choose_verdict (KaynakClaimPane  *self,
                                               const char       *verdict_id);
/* The codebook's fields of the claim shown (kaynak-claim-fields.h) */
KaynakClaimFields *kaynak_claim_pane_get_fields (KaynakClaimPane *self);
/* As if typed: one step for the whole text */
void         kaynak_claim_pane_type_note      (KaynakClaimPane  *self,
                                               const char       *note);
/* Links the claim shown to @to; FALSE and the reason shown in the pane
 * when the document refuses (a duplicate, the claim itself) */
gboolean     kaynak_claim_pane_link_to        (KaynakClaimPane  *self,
                                               KaynakLinkType    type,
                                               KaynakClaim      *to);

/* What the pane lists now, as a screen reader reads it (tests): the
 * links ("Confirms: “…” (Ukraine)") and the cues; free with g_strfreev() */
char       **kaynak_claim_pane_dup_link_names (KaynakClaimPane  *self);
char       **kaynak_claim_pane_dup_cue_names  (KaynakClaimPane  *self);
/* The pane's pieces and source and cue ranges (tests) */
KaynakClaimRanges *kaynak_claim_pane_get_ranges (KaynakClaimPane *self);
/* The checkable claim and the evidence (kaynak-claim-check.h) */
KaynakClaimCheck  *kaynak_claim_pane_get_check  (KaynakClaimPane *self);
/* The note as the pane shows it */
char        *kaynak_claim_pane_dup_note       (KaynakClaimPane  *self);

/* The end of "Pick in the Article": @claim clicked, or NULL for
 * cancelled */
void         kaynak_claim_pane_finish_pick    (KaynakClaimPane  *self,
                                               KaynakClaim      *claim);
gboolean     kaynak_claim_pane_get_picking    (KaynakClaimPane  *self);
/* Says @message under the pane's title (a refused cue, a refused link) */
void         kaynak_claim_pane_show_error     (KaynakClaimPane  *self,
                                               const char       *message);

G_END_DECLS
