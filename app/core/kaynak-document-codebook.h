/* kaynak-document-codebook.h: what a document carries of a team's
 * codebook (issue 19, docs/FORMAT.md version 2): which codebook it was
 * made with (id, name, hash), its own copy of the verdict scale and the
 * field definitions it uses (so it opens and exports the same without the
 * codebook beside it), the claims' verdicts and the claims' and sources'
 * field values.  Every change is one undo step.
 *
 * The contract with the window, the exporters and the statistics is
 * /work/notes/cb-api.md; the names here are those.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-codebook.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

/* Which codebook the document was made with (NULL when none) */
const char *kaynak_document_get_codebook_id   (KaynakDocument *self);
const char *kaynak_document_get_codebook_name (KaynakDocument *self);
const char *kaynak_document_get_codebook_hash (KaynakDocument *self);

/* The document's own copy of the definitions it uses (self-contained):
 * KaynakCodebookValue / KaynakCodebookField, transfer none; empty arrays
 * when it has none (then Kaynak's five statuses are the scale).  The
 * arrays are replaced, not changed, when the definitions change: do not
 * keep them across a change ("codebook-changed"). */
GPtrArray  *kaynak_document_get_verdicts      (KaynakDocument *self);
const KaynakCodebookValue *kaynak_document_find_verdict (KaynakDocument *self,
                                                         const char     *id);
gboolean    kaynak_document_get_rating_range  (KaynakDocument *self,
                                               double         *best,
                                               double         *worst);
GPtrArray  *kaynak_document_get_fields        (KaynakDocument *self);
const KaynakCodebookField *kaynak_document_find_field (KaynakDocument *self,
                                                       const char     *id);
/* The definitions as one (immutable) codebook without sources, or NULL
 * when the document carries none (transfer none) */
KaynakCodebook *kaynak_document_get_codebook  (KaynakDocument *self);

/* Adopt @codebook: its verdicts and fields become the document's, its
 * sources are added or updated by id (the codebook's win; a source's
 * field values in the document stay unless the codebook gives some), the
 * document records id, name and hash.  Values the new definitions no
 * longer hold (a verdict or choice that is gone) are KEPT on the claims
 * and listed in @changes (KaynakCodebookChange, from kaynak_codebook_diff()
 * between what the document carried and @codebook, without the changes
 * of sources, which a document does not carry in its definitions; may be
 * NULL).  One undo step.  The document emits "codebook-changed". */
gboolean    kaynak_document_use_codebook      (KaynakDocument  *self,
                                               KaynakCodebook  *codebook,
                                               GPtrArray      **changes,
                                               GError         **error);
/* A codebook written from the document (its sources, verdicts, fields);
 * KAYNAK_ERROR_INVALID when @id or @name is empty */
KaynakCodebook *kaynak_document_make_codebook (KaynakDocument  *self,
                                               const char      *id,
                                               const char      *name,
                                               GError         **error);

/* Claims: a verdict of the document's scale (NULL: none; an id not on the
 * scale is refused with KAYNAK_ERROR_INVALID); field values (JsonNode,
 * copied) checked with kaynak_codebook_field_check_value() against the
 * document's field, which must be a claim field; value NULL unsets (also
 * a field the document no longer has).  One undo step each. */
gboolean    kaynak_document_set_claim_verdict (KaynakDocument  *self,
                                               const char      *claim_id,
                                               const char      *verdict_id,
                                               GError         **error);
gboolean    kaynak_document_set_claim_field   (KaynakDocument  *self,
                                               const char      *claim_id,
                                               const char      *field_id,
                                               JsonNode        *value,
                                               GError         **error);
/* Sources: field values, as for claims (a source field) */
gboolean    kaynak_document_set_source_field  (KaynakDocument  *self,
                                               const char      *source_id,
                                               const char      *field_id,
                                               JsonNode        *value,
                                               GError         **error);

/* One home for "what verdict does this claim show": the scale's label when
 * the claim has a verdict on the scale, the verdict id itself when it is
 * no longer on the scale, "No verdict" when the document has a scale and
 * the claim no verdict (as the claim details say), else the status's label */
const char *kaynak_document_claim_verdict_label (KaynakDocument *self,
                                                 KaynakClaim    *claim);
/* The same for a field value, for exports and statistics: a choice's label
 * (its id when the choice is gone), several joined by "; ", yes/no as
 * "yes"/"no", a number as %g, else the string (newly allocated; NULL when
 * @value is NULL).  @field may be NULL (a field the document no longer
 * has): the value is then written as it is. */
char       *kaynak_document_dup_field_text    (KaynakDocument            *self,
                                               const KaynakCodebookField *field,
                                               JsonNode                  *value);
/* Values kept that the definitions no longer hold: a list of sentences
 * for people (char *, translated), in document order, claims then sources;
 * empty when none */
GPtrArray  *kaynak_document_list_stale_values (KaynakDocument *self);

/* 2 when the document uses a scale or fields, or a claim or source holds
 * a verdict or a field value (they go beyond version 1's closed lists),
 * else 1 */
guint       kaynak_document_get_format_version (KaynakDocument *self);

G_END_DECLS
