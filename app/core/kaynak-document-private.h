/* kaynak-document-private.h: what the loader and the importers may do that
 * the UI must not: fill a document in bulk without recording undo or
 * emitting per-item signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-codebook.h"
#include "kaynak-document.h"
#include "kaynak-rejection.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

/* Appends without validation, undo or signals.  The caller guarantees ids
 * are unique and ranges valid (or the claim is marked orphaned).  Call
 * _kaynak_document_finish_bulk() once after the last one: it sorts the
 * claims, builds the query index and emits one items-changed per model. */
void     _kaynak_document_bulk_add_source  (KaynakDocument *self,
                                            KaynakSource   *source);
void     _kaynak_document_bulk_add_claim   (KaynakDocument *self,
                                            KaynakClaim    *claim);
void     _kaynak_document_bulk_add_link    (KaynakDocument *self,
                                            KaynakLink     *link);
/* A rejected suggestion read from a file, its range valid (kept in order;
 * a range given twice is kept once) */
void     _kaynak_document_bulk_add_rejection (KaynakDocument  *self,
                                              KaynakRejection *rejection);
void     _kaynak_document_finish_bulk      (KaynakDocument *self);

/* The checks kaynak_document_add_source(), _add_claim() and _add_link()
 * make, for those that fill a document in bulk (kaynak-document-builder.h):
 * a source's label and colour (and, new, its unused id); a claim's unique id, known source, and
 * range and quote (unless orphaned); a link's type and two distinct
 * claims (not whether the same link exists). */
gboolean _kaynak_document_validate_source  (KaynakSource   *source,
                                            GError        **error);
gboolean _kaynak_document_check_new_source (KaynakDocument *self,
                                            KaynakSource   *source,
                                            GError        **error);
gboolean _kaynak_document_check_claim      (KaynakDocument *self,
                                            KaynakClaim    *claim,
                                            GError        **error);
gboolean _kaynak_document_check_link_ends  (KaynakDocument *self,
                                            KaynakLinkType  type,
                                            const char     *from_claim_id,
                                            const char     *to_claim_id,
                                            GError        **error);

/* TRUE if @sha256 (from a file) is the SHA-256 of the document's text,
 * so the loader can tell whether the article changed since it was saved. */
gboolean _kaynak_document_text_matches_hash (KaynakDocument *self,
                                             const char     *sha256);

/* The file's members Kaynak does not know at the top of the file, in
 * "metadata" or in "article" (@level KAYNAK_UNKNOWN_TOP to _ARTICLE):
 * set by the loader, written back by the serialiser; NULL for none */
KaynakUnknown *_kaynak_document_get_unknown (KaynakDocument     *self,
                                             KaynakUnknownLevel  level);
void           _kaynak_document_set_unknown (KaynakDocument     *self,
                                             KaynakUnknownLevel  level,
                                             KaynakUnknown      *unknown);

/* The state as the file has it, for the loader: not recorded, nothing
 * emitted (kaynak-document-state.c) */
/* The codebook's definitions as the file has them, for the loader: not
 * recorded (kaynak-document-codebook.c) */
void           _kaynak_document_load_codebook (KaynakDocument     *self,
                                               KaynakCodebook     *codebook);
void           _kaynak_document_load_state  (KaynakDocument     *self,
                                             KaynakArticleState  state);

G_END_DECLS
