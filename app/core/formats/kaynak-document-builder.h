/* kaynak-document-builder.h: a document filled by an importer in bulk,
 * the way the loader fills one (kaynak-document-private.h): no undo
 * steps, no signals, no sorted insertion per claim, a hash per lookup.
 *
 * Adding claims one at a time through kaynak_document_add_claim() keeps
 * the claims sorted and records an undo step each, and finding a source
 * by its label walked every source: an import of 400,000 labels took 18
 * seconds.  Through the builder it takes time linear in the labels.  The
 * checks are the ones kaynak_document_add_*() make (ranges, unique ids,
 * known sources, valid colours); the claims are sorted once, at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

/* The most claims an import makes, all its articles together: what the
 * native loader's budget of claim values allows (32 million values, 16 a
 * claim), so that an import takes no more memory than loading a Kaynak
 * file can. */
#define KAYNAK_IMPORT_MAX_CLAIMS 2000000

typedef struct _KaynakDocumentBuilder KaynakDocumentBuilder;

KaynakDocumentBuilder *kaynak_document_builder_new      (const char            *text,
                                                         gssize                 length);
void                   kaynak_document_builder_free     (KaynakDocumentBuilder *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakDocumentBuilder, kaynak_document_builder_free)

/* The document being built (transfer none): metadata may be set on it,
 * and it may be looked at (sources, claims by id); add through the
 * builder only. */
KaynakDocument        *kaynak_document_builder_get_document (KaynakDocumentBuilder *self);

/* Adds @source (its id unused so far, its label and colour valid) */
gboolean               kaynak_document_builder_add_source (KaynakDocumentBuilder *self,
                                                           KaynakSource          *source,
                                                           GError               **error);
/* The id of the source labelled @label, made now if there is none: id
 * from the label, the next palette colour and free shortcut key, kind
 * "named" (what every importer gave a label it met). */
const char            *kaynak_document_builder_source_for_label (KaynakDocumentBuilder *self,
                                                                 const char            *label,
                                                                 GError               **error);

/* A new claim over [@start, @end), with its quote and context from the
 * text, created and modified now, and @id (a new one if NULL); added,
 * and returned (transfer none) so that the caller may set its source,
 * status, note…  NULL with KAYNAK_ERROR_RANGE when the range is empty or
 * past the text, KAYNAK_ERROR_INVALID when @id is taken. */
KaynakClaim           *kaynak_document_builder_add_claim_at (KaynakDocumentBuilder *self,
                                                             const char            *id,
                                                             guint                  start,
                                                             guint                  end,
                                                             GError               **error);
/* Adds a claim made by the caller (an orphan, say), checked as
 * kaynak_document_add_claim() checks it. */
gboolean               kaynak_document_builder_add_claim  (KaynakDocumentBuilder *self,
                                                           KaynakClaim           *claim,
                                                           GError               **error);
/* Adds a link; @id (may be NULL) is kept when it is free.  Checked as
 * kaynak_document_add_link() checks it. */
gboolean               kaynak_document_builder_add_link   (KaynakDocumentBuilder *self,
                                                           const char            *id,
                                                           KaynakLinkType         type,
                                                           const char            *from,
                                                           const char            *to,
                                                           GError               **error);
guint                  kaynak_document_builder_get_n_claims (KaynakDocumentBuilder *self);

/* Sorts the claims, builds the index and returns the document, marked
 * saved (transfer full).  The builder is spent. */
KaynakDocument        *kaynak_document_builder_finish     (KaynakDocumentBuilder *self);

G_END_DECLS
