/* kaynak-document-attribution.h: how a claim is attributed, and what a
 * source is (issue 19).
 *
 * A source keeps its kind (named, official statement, anonymous, no
 * comment, unattributed), and that kind is the default for its claims; a
 * claim may say otherwise ("the White House" on the record in one
 * paragraph, "an official who asked not to be named" in the next).  This
 * is the one home of that rule: statistics, exports and the window ask
 * kaynak_document_claim_attribution().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

/* The claim's own attribution, else its source's kind, else unattributed
 * (a claim without a source, or whose source is gone) */
KaynakSourceKind kaynak_document_claim_attribution     (KaynakDocument    *self,
                                                        KaynakClaim       *claim);
/* The same as the exports write it (the JSONL and CSV kind columns): the
 * kind's id, or NULL when the claim has neither its own attribution nor
 * a source (a column that was empty for it stays empty) */
const char      *kaynak_document_claim_attribution_id  (KaynakDocument    *self,
                                                        KaynakClaim       *claim);
/* Sets (@set TRUE, to @kind) or unsets (@set FALSE: its source's kind
 * applies again) the claim's own attribution.  One undo step; nothing is
 * recorded when nothing changes. */
gboolean         kaynak_document_set_claim_attribution (KaynakDocument    *self,
                                                        const char        *claim_id,
                                                        gboolean           set,
                                                        KaynakSourceKind   kind,
                                                        GError           **error);
/* Sets what the source of @source_id is (UNSET: not said).  One undo
 * step, through kaynak_document_update_source(). */
gboolean         kaynak_document_set_source_type       (KaynakDocument    *self,
                                                        const char        *source_id,
                                                        KaynakSourceType   type,
                                                        GError           **error);

G_END_DECLS
