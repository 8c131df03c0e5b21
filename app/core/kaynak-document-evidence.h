/* kaynak-document-evidence.h: a claim as it is checked, changed through
 * the document: its checkable sentence and its evidence list, each change
 * one undo step (issue 18).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"
#include "kaynak-evidence.h"

G_BEGIN_DECLS

/* The longest checkable claim, in bytes: one sentence, with room */
#define KAYNAK_CHECKABLE_MAX_LENGTH 4000

/* Sets the claim's checkable sentence ("" or NULL: none, the exports use
 * the quote).  White space at the ends is trimmed and line breaks become
 * spaces: it is one sentence.  One undo step. */
gboolean kaynak_document_set_claim_checkable  (KaynakDocument        *self,
                                               const char            *id,
                                               const char            *checkable,
                                               GError               **error);
/* The same as it is typed: the changes of one @spell of typing are one
 * undo step (see kaynak_document_type_claim_note()) */
gboolean kaynak_document_type_claim_checkable (KaynakDocument        *self,
                                               const char            *id,
                                               const char            *checkable,
                                               guint                  spell,
                                               GError               **error);

/* Each checks @item (kaynak_evidence_check()) and is one undo step.
 * add: at @position (G_MAXUINT: the end); fails with KAYNAK_ERROR_INVALID
 * when the claim has KAYNAK_EVIDENCE_MAX_ITEMS already.  @i and @to must
 * be positions in the claim's list (KAYNAK_ERROR_NOT_FOUND otherwise). */
gboolean kaynak_document_add_claim_evidence     (KaynakDocument        *self,
                                                 const char            *id,
                                                 guint                  position,
                                                 const KaynakEvidence  *item,
                                                 GError               **error);
gboolean kaynak_document_replace_claim_evidence (KaynakDocument        *self,
                                                 const char            *id,
                                                 guint                  i,
                                                 const KaynakEvidence  *item,
                                                 GError               **error);
gboolean kaynak_document_move_claim_evidence    (KaynakDocument        *self,
                                                 const char            *id,
                                                 guint                  i,
                                                 guint                  to,
                                                 GError               **error);
gboolean kaynak_document_remove_claim_evidence  (KaynakDocument        *self,
                                                 const char            *id,
                                                 guint                  i,
                                                 GError               **error);

/* The sentence as it is kept: ends trimmed, line breaks and tabs one
 * space (newly allocated) */
char    *kaynak_checkable_normalize             (const char            *text);

G_END_DECLS
