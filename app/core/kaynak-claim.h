/* kaynak-claim.h: one claim: a range of the article, who it comes from,
 * and what the annotator thinks of it.
 *
 * Offsets are Unicode code points into the article, start inclusive and end
 * exclusive (as in the W3C Web Annotation model and brat).
 *
 * A KaynakClaim is read-only to the outside: change it through the
 * kaynak_document_*_claim*() functions so the change is undoable and
 * signalled.  "notify" is emitted for every property that changes, so list
 * rows can bind to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kaynak-enums.h"
#include "kaynak-evidence.h"
#include "kaynak-field-values.h"
#include "kaynak-types.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_CLAIM (kaynak_claim_get_type ())

G_DECLARE_FINAL_TYPE (KaynakClaim, kaynak_claim, KAYNAK, CLAIM, GObject)

/* How many code points of context are kept on each side for re-anchoring */
#define KAYNAK_CLAIM_CONTEXT_LENGTH 32

/* A detached claim.  @id NULL makes a random UUID.  The quote, prefix and
 * suffix are filled in by the document when it is added. */
KaynakClaim        *kaynak_claim_new             (const char        *id,
                                                  guint              start,
                                                  guint              end);
/* A deep copy, same id (undo snapshots, editing). */
KaynakClaim        *kaynak_claim_copy            (KaynakClaim       *self);

const char         *kaynak_claim_get_id          (KaynakClaim       *self);
guint               kaynak_claim_get_start       (KaynakClaim       *self);
guint               kaynak_claim_get_end         (KaynakClaim       *self);
/* never NULL */
const char         *kaynak_claim_get_quote       (KaynakClaim       *self);
const char         *kaynak_claim_get_prefix      (KaynakClaim       *self);
const char         *kaynak_claim_get_suffix      (KaynakClaim       *self);
/* NULL when the claim has no source yet */
const char         *kaynak_claim_get_source_id   (KaynakClaim       *self);
KaynakClaimStatus   kaynak_claim_get_status      (KaynakClaim       *self);
/* never NULL, may be "" */
const char         *kaynak_claim_get_note        (KaynakClaim       *self);
/* NULL-terminated, never NULL */
const char * const *kaynak_claim_get_cues        (KaynakClaim       *self);
/* Who agreed on the claim when it was curated ("agreed_by"); NULL-terminated,
 * never NULL, empty when the claim was not curated */
const char * const *kaynak_claim_get_agreed_by   (KaynakClaim       *self);
/* never NULL, may be "" */
const char         *kaynak_claim_get_author      (KaynakClaim       *self);
/* ISO 8601 UTC, e.g. "2026-11-29T14:22:10Z"; never NULL */
const char         *kaynak_claim_get_created     (KaynakClaim       *self);
const char         *kaynak_claim_get_modified    (KaynakClaim       *self);
/* TRUE when the quote could not be found in the article: the claim is
 * kept (with its quote) but has no valid range and is not highlighted. */
gboolean            kaynak_claim_get_orphaned    (KaynakClaim       *self);

/* Setters for detached claims (copies, or claims not yet in a document).
 * On a claim inside a document they bypass undo and ordering; use the
 * document's functions instead. */
void                kaynak_claim_set_range       (KaynakClaim       *self,
                                                  guint              start,
                                                  guint              end);
void                kaynak_claim_set_quote       (KaynakClaim       *self,
                                                  const char        *quote);
void                kaynak_claim_set_prefix      (KaynakClaim       *self,
                                                  const char        *prefix);
void                kaynak_claim_set_suffix      (KaynakClaim       *self,
                                                  const char        *suffix);
void                kaynak_claim_set_source_id   (KaynakClaim       *self,
                                                  const char        *source_id);
void                kaynak_claim_set_status      (KaynakClaim       *self,
                                                  KaynakClaimStatus  status);
void                kaynak_claim_set_note        (KaynakClaim       *self,
                                                  const char        *note);
void                kaynak_claim_set_cues        (KaynakClaim       *self,
                                                  const char * const *cues);
void                kaynak_claim_set_agreed_by   (KaynakClaim       *self,
                                                  const char * const *agreed_by);
void                kaynak_claim_set_author      (KaynakClaim       *self,
                                                  const char        *author);
void                kaynak_claim_set_created     (KaynakClaim       *self,
                                                  const char        *created);
void                kaynak_claim_set_modified    (KaynakClaim       *self,
                                                  const char        *modified);
void                kaynak_claim_set_orphaned    (KaynakClaim       *self,
                                                  gboolean           orphaned);
/* --- Pieces, and where the source and the cue stand (issue 17) ----------- */

/* A claim is one or more pieces: ordered, non-empty, non-overlapping
 * ranges (a quotation interrupted by "he said").  get_start()/get_end()
 * are those of the first and last piece, get_quote() the text between
 * them (the covering range).  A one-piece claim has n_pieces == 1 and
 * piece 0 == [start, end), with the claim's quote, prefix and suffix. */
guint               kaynak_claim_get_n_pieces     (KaynakClaim       *self);
KaynakRange         kaynak_claim_get_piece        (KaynakClaim       *self,
                                                   guint              i);
/* the piece's own words; never NULL */
const char         *kaynak_claim_get_piece_quote  (KaynakClaim       *self,
                                                   guint              i);
/* its context, for re-anchoring; never NULL */
const char         *kaynak_claim_get_piece_prefix (KaynakClaim       *self,
                                                   guint              i);
const char         *kaynak_claim_get_piece_suffix (KaynakClaim       *self,
                                                   guint              i);
/* Whether a piece of the claim overlaps [start, end): not the gaps
 * between pieces.  FALSE for an orphan. */
gboolean            kaynak_claim_pieces_overlap   (KaynakClaim       *self,
                                                   guint              start,
                                                   guint              end);
/* Detached claims: sets the pieces (and start/end to the cover); a change
 * of range drops the words of the pieces, which the document fills when
 * the claim is added or its pieces set through it.  @n >= 1; @pieces
 * ordered, non-empty and not overlapping (the document checks). */
void                kaynak_claim_set_pieces       (KaynakClaim       *self,
                                                   const KaynakRange *pieces,
                                                   guint              n);
/* The same with each piece's words and context (NULL arrays or entries:
 * "").  With @n == 1 they are the claim's quote, prefix and suffix; with
 * more, the claim's prefix becomes the first piece's and its suffix the
 * last's, and its quote (the covering text) is the caller's to set. */
void                kaynak_claim_set_pieces_full  (KaynakClaim        *self,
                                                   const KaynakRange  *pieces,
                                                   const char * const *quotes,
                                                   const char * const *prefixes,
                                                   const char * const *suffixes,
                                                   guint               n);

/* Where the claim's source is named and where its cue stands: zero or
 * more ranges each, ordered and not overlapping (a brat Source span may
 * itself be in pieces).  NULL and *n = 0 when none. */
const KaynakRange  *kaynak_claim_get_source_ranges (KaynakClaim      *self,
                                                    guint            *n);
const KaynakRange  *kaynak_claim_get_cue_ranges    (KaynakClaim      *self,
                                                    guint            *n);
/* The words of range @i as the document last saw them (for re-anchoring
 * and the file); "" on a detached claim whose ranges were set without */
const char         *kaynak_claim_get_source_range_quote (KaynakClaim *self,
                                                         guint        i);
const char         *kaynak_claim_get_cue_range_quote    (KaynakClaim *self,
                                                         guint        i);
void                kaynak_claim_set_source_ranges (KaynakClaim       *self,
                                                    const KaynakRange *ranges,
                                                    guint              n);
void                kaynak_claim_set_cue_ranges    (KaynakClaim       *self,
                                                    const KaynakRange *ranges,
                                                    guint              n);
/* The same with each range's words (NULL or NULL entries: "") */
void                kaynak_claim_set_source_ranges_full (KaynakClaim        *self,
                                                         const KaynakRange  *ranges,
                                                         const char * const *quotes,
                                                         guint               n);
void                kaynak_claim_set_cue_ranges_full    (KaynakClaim        *self,
                                                         const KaynakRange  *ranges,
                                                         const char * const *quotes,
                                                         guint               n);

/* Copies every field but the id from @from. */
void                kaynak_claim_assign          (KaynakClaim       *self,
                                                  KaynakClaim       *from);
gboolean            kaynak_claim_equal           (KaynakClaim       *a,
                                                  KaynakClaim       *b);

/* Document order: by start, then longer first (end descending), then id. */
int                 kaynak_claim_compare         (KaynakClaim       *a,
                                                  KaynakClaim       *b);

/* The current time as ISO 8601 UTC with second precision. */
char               *kaynak_timestamp_now         (void);

/* The members of its file Kaynak does not know (kaynak-unknown.h), NULL
 * for none; kept through copies and edits, written back on save */
KaynakUnknown *kaynak_claim_get_unknown (KaynakClaim *self);
void           kaynak_claim_set_unknown (KaynakClaim *self,
                                         KaynakUnknown *unknown);

/* --- The claim as it is checked (issue 18) ------------------------------- */

/* The sentence that stands on its own, as the user wrote it; "" until
 * then (never NULL): the exports then fall back to the quote */
const char         *kaynak_claim_get_checkable  (KaynakClaim       *self);
/* The checkable claim, else the quote: what ClaimReview reviews */
const char         *kaynak_claim_get_checkable_or_quote (KaynakClaim *self);
void                kaynak_claim_set_checkable  (KaynakClaim       *self,
                                                 const char        *checkable);
/* What was found for the claim; NULL when nothing */
const KaynakEvidenceList *kaynak_claim_get_evidence (KaynakClaim   *self);
/* Detached claims: shares @evidence (NULL: none) */
void                kaynak_claim_set_evidence   (KaynakClaim              *self,
                                                 const KaynakEvidenceList *evidence);

/* A codebook's verdict and fields (issue 19; kaynak-document-codebook.h
 * changes them through the document, undoably).  The verdict is an id of
 * the document's scale, NULL when none ("" is none too); a field's value
 * is NULL when unset (transfer none). */
const char         *kaynak_claim_get_verdict    (KaynakClaim       *self);
JsonNode           *kaynak_claim_get_field      (KaynakClaim       *self,
                                                 const char        *field_id);
/* Detached claims */
void                kaynak_claim_set_verdict    (KaynakClaim       *self,
                                                 const char        *verdict);
/* @value copied; NULL unsets */
void                kaynak_claim_set_field      (KaynakClaim       *self,
                                                 const char        *field_id,
                                                 JsonNode          *value);
/* Every value at once (NULL: none; shared) */
KaynakFieldValues  *kaynak_claim_get_fields     (KaynakClaim       *self);
void                kaynak_claim_set_fields     (KaynakClaim       *self,
                                                 KaynakFieldValues *fields);

G_END_DECLS
