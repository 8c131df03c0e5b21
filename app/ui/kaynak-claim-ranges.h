/* kaynak-claim-ranges.h: in the claim details pane, where the claim
 * stands in the article: its pieces (a quotation interrupted by "he
 * said" is one claim in two pieces), the words where its source is named
 * and the words where its cue stands.  Each piece of a claim in several
 * pieces, and each source or cue range, has a button that removes it, one
 * undo step each; a claim's last piece cannot be removed (it has no
 * button).  The buttons in the group headers name the window's commands
 * (win.add-to-claim, win.mark-source-words, win.mark-cue-words), which
 * take the words selected in the article.
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

#define KAYNAK_TYPE_CLAIM_RANGES (kaynak_claim_ranges_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaimRanges, kaynak_claim_ranges, KAYNAK, CLAIM_RANGES, GtkWidget)

/* @document and @claim may be NULL (nothing shown) */
void   kaynak_claim_ranges_set_claim  (KaynakClaimRanges *self,
                                       KaynakDocument    *document,
                                       KaynakClaim       *claim);
/* Reads the claim again (the pane calls it on each document change) */
void   kaynak_claim_ranges_update     (KaynakClaimRanges *self);

/* What the lists say now, as a screen reader reads them (tests): the
 * pieces', source ranges' and cue ranges' words; free with g_strfreev() */
char **kaynak_claim_ranges_dup_piece_names  (KaynakClaimRanges *self);
char **kaynak_claim_ranges_dup_source_names (KaynakClaimRanges *self);
char **kaynak_claim_ranges_dup_cue_names    (KaynakClaimRanges *self);
/* As if the remove button of piece @index were pressed; FALSE when it
 * has none (the only piece) or the document refused */
gboolean kaynak_claim_ranges_remove_piece   (KaynakClaimRanges *self,
                                             guint              index);

G_END_DECLS
