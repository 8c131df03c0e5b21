/* kaynak-claim-index.h: claims kept sorted in document order, answering
 * "which claims touch offset N" and "which claims lie in a range" in
 * O(log n + k), and exposed as a GListModel.  Internal to the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-claim.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM_INDEX (kaynak_claim_index_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimIndex, kaynak_claim_index, KAYNAK, CLAIM_INDEX, GObject)

KaynakClaimIndex *kaynak_claim_index_new          (void);
guint             kaynak_claim_index_get_n_claims (KaynakClaimIndex *self);
KaynakClaim      *kaynak_claim_index_get          (KaynakClaimIndex *self,
                                                   guint             position);
/* Inserts in order and emits items-changed; returns the position */
guint             kaynak_claim_index_insert       (KaynakClaimIndex *self,
                                                   KaynakClaim      *claim);
/* Position of @claim, found by its current range and id, or G_MAXUINT */
guint             kaynak_claim_index_find         (KaynakClaimIndex *self,
                                                   KaynakClaim      *claim);
/* Removes the claim at @position and emits items-changed */
void              kaynak_claim_index_remove       (KaynakClaimIndex *self,
                                                   guint             position);
/* Appends without ordering or signals; then kaynak_claim_index_sort() */
void              kaynak_claim_index_append       (KaynakClaimIndex *self,
                                                   KaynakClaim      *claim);
/* Sorts after appends and emits one items-changed for everything */
void              kaynak_claim_index_sort         (KaynakClaimIndex *self,
                                                   guint             n_before);
/* Recomputes the query index after a claim's range or orphan state was
 * changed in place without moving (the caller keeps the order valid) */
void              kaynak_claim_index_refresh      (KaynakClaimIndex *self,
                                                   guint             from_position);
GPtrArray        *kaynak_claim_index_at           (KaynakClaimIndex *self,
                                                   guint             offset);
GPtrArray        *kaynak_claim_index_in_range     (KaynakClaimIndex *self,
                                                   guint             start,
                                                   guint             end);

G_END_DECLS
