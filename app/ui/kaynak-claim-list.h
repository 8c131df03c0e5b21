/* kaynak-claim-list.h: the document's claims in document order, filtered
 * by source, status and text, beside the article.
 *
 * Signals:
 *  - "claim-selected" (KaynakClaim *claim): the user selected a row
 *    (click or keyboard); not emitted by kaynak_claim_list_select_claim().
 *  - "claim-activated" (KaynakClaim *claim): Enter or a double click on a
 *    row (the window opens the claim's details).
 *  - "claim-chosen" (KaynakClaim *claim): a click chose the row, after
 *    "claim-selected" (a narrow window hides the list to show the claim).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_LIST (kaynak_claim_list_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimList, kaynak_claim_list, KAYNAK, CLAIM_LIST, GtkWidget)

GtkWidget   *kaynak_claim_list_new               (void);
void         kaynak_claim_list_set_document      (KaynakClaimList *self,
                                                  KaynakDocument  *document);
/* The claims shown (after the filter), transfer none */
GListModel  *kaynak_claim_list_get_model         (KaynakClaimList *self);
/* Selects @claim's row and scrolls to it (NULL or a filtered-out claim
 * clears the selection), without emitting "claim-selected". */
void         kaynak_claim_list_select_claim      (KaynakClaimList *self,
                                                  KaynakClaim     *claim);
KaynakClaim *kaynak_claim_list_get_selected_claim (KaynakClaimList *self);
/* NULL shows every claim */
void         kaynak_claim_list_set_source_filter (KaynakClaimList *self,
                                                  const char      *source_id);
const char  *kaynak_claim_list_get_source_filter (KaynakClaimList *self);
/* -1 shows every status, else a KaynakClaimStatus */
void         kaynak_claim_list_set_status_filter (KaynakClaimList *self,
                                                  int              status);
int          kaynak_claim_list_get_status_filter (KaynakClaimList *self);
/* Shows the claims whose quote or note has @text (NULL or "": all),
 * case-insensitively by the article's language, as Ctrl+F finds it */
void         kaynak_claim_list_set_text_filter   (KaynakClaimList *self,
                                                  const char      *text);
/* Whether any of the three filters hides claims */
gboolean     kaynak_claim_list_is_filtered       (KaynakClaimList *self);
/* Every claim again */
void         kaynak_claim_list_clear_filters     (KaynakClaimList *self);

G_END_DECLS
