/* kaynak-document.h: one article and everything annotated on it.
 *
 * The article text is immutable once the document exists (offsets depend on
 * every character).  Claims are kept sorted in document order
 * (kaynak_claim_compare()) and exposed as a GListModel; sources and links
 * too.  Every change to claims, sources and links goes through the
 * functions below, which emit granular signals and record the change in an
 * unbounded undo history.
 *
 * Signals:
 *  - "claim-added"    (KaynakClaim *claim)
 *  - "claim-removed"  (KaynakClaim *claim)
 *  - "claim-changed"  (KaynakClaim *claim, guint old_start, guint old_end)
 *      any field changed; old_start/old_end are the range before the change
 *      (equal to the current one when the range did not move), so a view can
 *      repaint exactly what it highlighted before.
 *  - "source-added"   (KaynakSource *source)
 *  - "source-removed" (KaynakSource *source)
 *  - "source-changed" (KaynakSource *source)
 *  - "link-added"     (KaynakLink *link)
 *  - "link-removed"   (KaynakLink *link)
 *  - "changed"        ()  after any of the above or a metadata change
 *
 * Properties: "title", "url", "outlet", "published", "language", "notes",
 * "fact-check-url"
 * (strings, never NULL), "file" (GFile, where it was loaded from / saved
 * to, may be NULL), "article-file" (GFile of the imported text, may be
 * NULL), "modified" (gboolean, unsaved changes), "can-undo", "can-redo".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-article-details.h"
#include "kaynak-article-state.h"
#include "kaynak-claim.h"
#include "kaynak-link.h"
#include "kaynak-source.h"
#include "kaynak-types.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_DOCUMENT (kaynak_document_get_type ())

G_DECLARE_FINAL_TYPE (KaynakDocument, kaynak_document, KAYNAK, DOCUMENT, GObject)

/* A new document over @text (UTF-8, validated by the caller; copied).
 * @length is in bytes, or -1 for NUL-terminated.  No sources, no claims. */
KaynakDocument *kaynak_document_new              (const char     *text,
                                                  gssize          length);

/* What every new annotation of an article starts with, whichever front
 * end makes it (a .txt opened in the window, the sample, kaynak --new):
 * @sources (NULL: kaynak_source_default_scheme()) checked and added outside
 * the undo history, @author (NULL or "" for none) as the author of the
 * claims to come, and the document marked saved: nothing to lose yet.
 * Fails, changing nothing that matters, on a source the document refuses
 * (kaynak_document_add_source()). */
gboolean        kaynak_document_start_annotation (KaynakDocument *self,
                                                  GPtrArray      *sources,
                                                  const char     *author,
                                                  GError        **error);
/* kaynak_document_new() and kaynak_document_start_annotation() */
KaynakDocument *kaynak_document_new_for_article  (const char     *text,
                                                  gssize          length,
                                                  GPtrArray      *sources,
                                                  const char     *author,
                                                  GError        **error);

/* --- The article -------------------------------------------------------- */
const char     *kaynak_document_get_text         (KaynakDocument *self);
gsize           kaynak_document_get_text_bytes   (KaynakDocument *self);
/* length in Unicode code points */
guint           kaynak_document_get_length       (KaynakDocument *self);
/* lower-case hex SHA-256 of the UTF-8 bytes of the text */
const char     *kaynak_document_get_sha256       (KaynakDocument *self);
/* Byte offset of code point @offset (clamped to the length).  O(1) amortised:
 * the document keeps a sparse index. */
gsize           kaynak_document_offset_to_byte   (KaynakDocument *self,
                                                  guint           offset);
/* Newly allocated copy of code points [start, end), clamped. */
char           *kaynak_document_dup_slice        (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end);
/* Shrinks [*start, *end) so it neither starts nor ends with white space.
 * Returns FALSE (and leaves them alone) if nothing but white space is left. */
gboolean        kaynak_document_trim_range       (KaynakDocument *self,
                                                  guint          *start,
                                                  guint          *end);

/* --- Article details ----------------------------------------------------- */
/* A copy of the title, url, outlet, published, language and fact-check
 * url (transfer full) */
KaynakArticleDetails *kaynak_document_dup_details (KaynakDocument       *self);
/* What a person editing the article's details means: gives the document
 * every field of @details as one undo step (none when nothing changes),
 * with a notify per changed property and "changed".  A publication date or
 * language that changes must pass kaynak_published_date_check() and
 * kaynak_language_tag_check(), else KAYNAK_ERROR_INVALID and nothing
 * changes; a field left as it was is not checked again (a file may carry
 * a date Kaynak would not accept now). */
gboolean        kaynak_document_set_details      (KaynakDocument       *self,
                                                  KaynakArticleDetails *details,
                                                  GError              **error);

/* --- Metadata as loaded (not part of undo; still marks the document
 * modified).  For loaders, importers and new documents; a user's edit goes
 * through kaynak_document_set_details(). ---------------------------------- */
const char     *kaynak_document_get_title        (KaynakDocument *self);
void            kaynak_document_set_title        (KaynakDocument *self,
                                                  const char     *title);
const char     *kaynak_document_get_url          (KaynakDocument *self);
void            kaynak_document_set_url          (KaynakDocument *self,
                                                  const char     *url);
const char     *kaynak_document_get_outlet       (KaynakDocument *self);
void            kaynak_document_set_outlet       (KaynakDocument *self,
                                                  const char     *outlet);
/* ISO 8601 date or date-time, or "" */
const char     *kaynak_document_get_published    (KaynakDocument *self);
void            kaynak_document_set_published    (KaynakDocument *self,
                                                  const char     *published);
/* BCP 47, e.g. "tr", or "" */
const char     *kaynak_document_get_language     (KaynakDocument *self);
void            kaynak_document_set_language     (KaynakDocument *self,
                                                  const char     *language);
/* Where the fact-check of this article is published (ClaimReview's
 * "url"), or "" */
const char     *kaynak_document_get_fact_check_url (KaynakDocument *self);
void            kaynak_document_set_fact_check_url (KaynakDocument *self,
                                                    const char     *url);
/* The article's byline, or "" (not the annotator: see
 * kaynak_document_get_default_author()) */
const char     *kaynak_document_get_article_author (KaynakDocument *self);
void            kaynak_document_set_article_author (KaynakDocument *self,
                                                    const char     *author);
/* When the copy of the article was taken (ISO 8601 date), or "" */
const char     *kaynak_document_get_retrieved    (KaynakDocument *self);
void            kaynak_document_set_retrieved    (KaynakDocument *self,
                                                  const char     *retrieved);
/* The address of an archived copy of the article, or "" */
const char     *kaynak_document_get_archived_url (KaynakDocument *self);
void            kaynak_document_set_archived_url (KaynakDocument *self,
                                                  const char     *url);
const char     *kaynak_document_get_notes        (KaynakDocument *self);
void            kaynak_document_set_notes        (KaynakDocument *self,
                                                  const char     *notes);
GFile          *kaynak_document_get_file         (KaynakDocument *self);
void            kaynak_document_set_file         (KaynakDocument *self,
                                                  GFile          *file);
/* What "file" looked like on disk when the document was read from it or
 * last written to it (see kaynak_disk_watch_stamp_file()), or NULL if not
 * known.  Kept with drafts, so that a document restored after a crash is
 * still compared with the file as the user last had it. */
const char     *kaynak_document_get_file_stamp   (KaynakDocument *self);
void            kaynak_document_set_file_stamp   (KaynakDocument *self,
                                                  const char     *stamp);
GFile          *kaynak_document_get_article_file (KaynakDocument *self);
void            kaynak_document_set_article_file (KaynakDocument *self,
                                                  GFile          *file);
/* Author recorded on new claims (e.g. the user's real name); "" by default */
const char     *kaynak_document_get_default_author (KaynakDocument *self);
void            kaynak_document_set_default_author (KaynakDocument *self,
                                                    const char     *author);

/* --- Saved state --------------------------------------------------------- */
gboolean        kaynak_document_get_modified     (KaynakDocument *self);
/* Call after a successful save or load: the current state is the saved one */
void            kaynak_document_mark_saved       (KaynakDocument *self);
/* The state in memory is not on disk (e.g. a restored draft): modified
 * until the next kaynak_document_mark_saved(), whatever undo does. */
void            kaynak_document_mark_unsaved     (KaynakDocument *self);

/* --- Sources ------------------------------------------------------------- */
/* GListModel of KaynakSource, in the user's order (transfer none) */
GListModel     *kaynak_document_get_sources      (KaynakDocument *self);
KaynakSource   *kaynak_document_lookup_source    (KaynakDocument *self,
                                                  const char     *id);
/* The source whose shortcut is 1–9, or NULL */
KaynakSource   *kaynak_document_lookup_shortcut  (KaynakDocument *self,
                                                  guint           shortcut);
/* The first source whose label is @label once case, Turkish i's and
 * spacing are set aside (kaynak_text_fold()), or NULL */
KaynakSource   *kaynak_document_find_source_by_label (KaynakDocument *self,
                                                      const char     *label);
/* The first source, other than @except_id (may be NULL), one of whose
 * names, its label or an alias, is @name once folded
 * (kaynak_text_fold()): what "New source…" and the Sources dialog pick
 * instead of making a second "Beyaz Saray".  NULL if none. */
KaynakSource   *kaynak_document_find_source_by_name (KaynakDocument *self,
                                                     const char     *name,
                                                     const char     *except_id);
/* An id for a new source called @label: its slug
 * (kaynak_source_slug_for_label()), with "-2", "-3"… if the document has
 * it already.  Ids never change after, whatever the label becomes. */
char           *kaynak_document_dup_new_source_id (KaynakDocument *self,
                                                   const char     *label);
/* A new source for this document, not yet added: @label and @kind, a
 * unique slug id, the palette colour most unlike those in use, and the
 * first free key (or none past nine). */
KaynakSource   *kaynak_document_make_source      (KaynakDocument  *self,
                                                  const char      *label,
                                                  KaynakSourceKind kind);
/* Adds @source (the document takes a reference).  Fails with
 * KAYNAK_ERROR_INVALID if its id is taken, its colour is not #rrggbb or its
 * label is empty.  If its shortcut is already used by another source, the
 * other source loses it (recorded in the same undo step). */
gboolean        kaynak_document_add_source       (KaynakDocument *self,
                                                  KaynakSource   *source,
                                                  GError        **error);
/* Copies every field of @changes (a detached source, e.g. an edited copy)
 * but its id into the source @id. Same validation and shortcut rule, and
 * KAYNAK_ERROR_INVALID if its label or an alias already names another
 * source (kaynak_document_find_source_by_name()). */
gboolean        kaynak_document_update_source    (KaynakDocument *self,
                                                  const char     *id,
                                                  KaynakSource   *changes,
                                                  GError        **error);
/* Removes the source; claims that pointed at it get no source (one undo
 * step). */
gboolean        kaynak_document_remove_source    (KaynakDocument *self,
                                                  const char     *id,
                                                  GError        **error);
/* Removes the source and gives its claims the source @to_id (NULL: no
 * source), in one undo step. */
gboolean        kaynak_document_remove_source_moving_claims (KaynakDocument *self,
                                                             const char     *id,
                                                             const char     *to_id,
                                                             GError        **error);
/* What a person merging sources that name one speaker means
 * ("The Washington Post", "the newspaper", "the influential US daily"):
 * the claims of the sources @other_ids (NULL-terminated, at least one)
 * move to @keep_id, whose other fields stay; the others' labels and
 * aliases become @keep_id's aliases after its own, each name once
 * (compared folded, kaynak_text_fold()); the others are removed.  Cues,
 * notes and links are untouched.  One undo step, which puts every source
 * back where it stood in the list.  KAYNAK_ERROR_NOT_FOUND for an unknown
 * id, KAYNAK_ERROR_INVALID when @keep_id is among the others or there are
 * none; then nothing changes.  (kaynak-document-merge.c) */
gboolean        kaynak_document_merge_sources    (KaynakDocument      *self,
                                                  const char          *keep_id,
                                                  const char * const  *other_ids,
                                                  GError             **error);
/* How many claims each source has, in one pass: source id → count
 * (GUINT_TO_POINTER); sources without claims are absent. */
GHashTable     *kaynak_document_count_claims_by_source (KaynakDocument *self);
/* How many claims have this source (NULL: no source) */
guint           kaynak_document_count_claims_for_source (KaynakDocument *self,
                                                         const char     *source_id);

/* --- Claims -------------------------------------------------------------- */
/* GListModel of KaynakClaim in document order (transfer none) */
GListModel     *kaynak_document_get_claims       (KaynakDocument *self);
guint           kaynak_document_get_n_claims     (KaynakDocument *self);
KaynakClaim    *kaynak_document_lookup_claim     (KaynakDocument *self,
                                                  const char     *id);
/* Position of @claim in the claims model, or G_MAXUINT */
guint           kaynak_document_get_claim_position (KaynakDocument *self,
                                                    KaynakClaim    *claim);
/* The claim with exactly this range (not orphaned), or NULL */
KaynakClaim    *kaynak_document_find_claim_with_range (KaynakDocument *self,
                                                       guint           start,
                                                       guint           end);

/* Creates a claim over [start, end) with the given source (NULL for none),
 * fills quote, prefix, suffix, author and times, and adds it.  Fails with
 * KAYNAK_ERROR_RANGE if the range is empty or past the end, and
 * KAYNAK_ERROR_NOT_FOUND for an unknown source.  Returns (transfer none). */
KaynakClaim    *kaynak_document_create_claim     (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end,
                                                  const char     *source_id,
                                                  GError        **error);
/* The one anchor builder: gives @claim the range [start, end) (within the
 * text) and the quote, prefix and suffix (KAYNAK_CLAIM_CONTEXT_LENGTH code
 * points each) the text has there.  Does not add the claim. */
void            kaynak_document_anchor_claim     (KaynakDocument *self,
                                                  KaynakClaim    *claim,
                                                  guint           start,
                                                  guint           end);
/* Only the prefix and suffix around [start, end): for a claim whose
 * range and quote already agree with the text (re-anchoring) */
void            kaynak_document_anchor_context   (KaynakDocument *self,
                                                  KaynakClaim    *claim,
                                                  guint           start,
                                                  guint           end);
/* Pieces (issue 17): sorts @ranges in place and checks them: non-empty,
 * in the article, not overlapping; KAYNAK_ERROR_INVALID otherwise.  The
 * rule of kaynak_document_set_claim_pieces() and of source/cue ranges,
 * for imports that build claims. */
gboolean        kaynak_document_check_ranges     (KaynakDocument    *self,
                                                  KaynakRange       *ranges,
                                                  guint              n,
                                                  GError           **error);
/* The anchor builder for several pieces (checked ranges, @n >= 1): each
 * piece's words and context, the claim's cover and its quote.  One piece
 * is kaynak_document_anchor_claim().  Does not add the claim. */
void            kaynak_document_anchor_pieces    (KaynakDocument    *self,
                                                  KaynakClaim       *claim,
                                                  const KaynakRange *pieces,
                                                  guint              n);
/* Gives @claim these (checked) source or cue ranges with their words */
void            kaynak_document_anchor_source_ranges (KaynakDocument    *self,
                                                      KaynakClaim       *claim,
                                                      const KaynakRange *ranges,
                                                      guint              n);
void            kaynak_document_anchor_cue_ranges    (KaynakDocument    *self,
                                                      KaynakClaim       *claim,
                                                      const KaynakRange *ranges,
                                                      guint              n);
/* What a person tagging [start, end) with @source_id means, the one rule
 * every front end follows: the range is trimmed of white space; if a
 * claim has exactly that range it is retagged (never a second claim over
 * the same words), else a claim is created.  Fails with KAYNAK_ERROR_RANGE
 * when only white space is left, as kaynak_document_create_claim() does
 * otherwise.  Returns the claim (transfer none). */
KaynakClaim    *kaynak_document_tag_range        (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end,
                                                  const char     *source_id,
                                                  GError        **error);
/* Gives @claim the source @source_id (NULL for none) unless it has it
 * already: one undo step, or none when nothing changes. */
gboolean        kaynak_document_retag_claim      (KaynakDocument *self,
                                                  KaynakClaim    *claim,
                                                  const char     *source_id,
                                                  GError        **error);
/* Adds a detached claim as it is (its quote must match; used by imports). */
gboolean        kaynak_document_add_claim        (KaynakDocument *self,
                                                  KaynakClaim    *claim,
                                                  GError        **error);
/* Removes the claim and every link that touches it (one undo step). */
gboolean        kaynak_document_remove_claim     (KaynakDocument *self,
                                                  const char     *id,
                                                  GError        **error);
gboolean        kaynak_document_set_claim_source (KaynakDocument *self,
                                                  const char     *id,
                                                  const char     *source_id,
                                                  GError        **error);
gboolean        kaynak_document_set_claim_status (KaynakDocument *self,
                                                  const char     *id,
                                                  KaynakClaimStatus status,
                                                  GError        **error);
gboolean        kaynak_document_set_claim_note   (KaynakDocument *self,
                                                  const char     *id,
                                                  const char     *note,
                                                  GError        **error);
/* As kaynak_document_set_claim_note(), for a note as it is typed: the
 * changes of one spell of typing (@spell: a number the caller keeps and
 * changes for each spell, e.g. each time the note gets the focus), made
 * one after the other with nothing else recorded, undone or saved between
 * them, are one undo step. */
gboolean        kaynak_document_type_claim_note  (KaynakDocument *self,
                                                  const char     *id,
                                                  const char     *note,
                                                  guint           spell,
                                                  GError        **error);
gboolean        kaynak_document_set_claim_cues   (KaynakDocument *self,
                                                  const char     *id,
                                                  const char * const *cues,
                                                  GError        **error);
/* Who agreed on the claim when it was curated (docs/FORMAT.md "agreed_by");
 * NULL or empty: none.  One undo step. */
gboolean        kaynak_document_set_claim_agreed_by (KaynakDocument *self,
                                                     const char     *id,
                                                     const char * const *agreed_by,
                                                     GError        **error);
/* The longest cue, in code points: a cue is a few words */
#define KAYNAK_CUE_MAX_LENGTH 80
/* Adds @cue, words of the article that mark the claim as reported
 * ("iddia edilmişti", "doğrulamıştı"), to the claim's cues: white space
 * inside (a line break in a selection) becomes one space, and the ends are
 * trimmed.  Fails with KAYNAK_ERROR_INVALID when nothing is left, when it
 * is longer than KAYNAK_CUE_MAX_LENGTH, or when the claim has that cue
 * already.  One undo step.  (kaynak-claim-cues.c) */
gboolean        kaynak_document_add_claim_cue    (KaynakDocument *self,
                                                  const char     *id,
                                                  const char     *cue,
                                                  GError        **error);
/* Removes the cue @cue; KAYNAK_ERROR_NOT_FOUND when the claim has none
 * such.  One undo step. */
gboolean        kaynak_document_remove_claim_cue (KaynakDocument *self,
                                                  const char     *id,
                                                  const char     *cue,
                                                  GError        **error);
/* Moves the claim to [start, end) and refreshes quote/prefix/suffix; also
 * re-attaches an orphan.  The claim is one piece afterwards. */
gboolean        kaynak_document_set_claim_range  (KaynakDocument *self,
                                                  const char     *id,
                                                  guint           start,
                                                  guint           end,
                                                  GError        **error);

/* Undoable, one step each, signalled as other claim edits are.
 * set_claim_pieces validates (ordered after sorting, non-empty,
 * non-overlapping, in the article), refreshes each piece's quote and
 * context and the claim's cover; KAYNAK_ERROR_INVALID otherwise.  It also
 * re-attaches an orphan. */
gboolean        kaynak_document_set_claim_pieces (KaynakDocument    *self,
                                                  const char        *id,
                                                  const KaynakRange *pieces,
                                                  guint              n,
                                                  GError           **error);
/* Adds [start, end) as a piece (white space at its ends trimmed as
 * create_claim trims); refused when it overlaps a piece the claim has, or
 * the claim is an orphan. */
gboolean        kaynak_document_add_claim_piece  (KaynakDocument    *self,
                                                  const char        *id,
                                                  guint              start,
                                                  guint              end,
                                                  GError           **error);
/* Removes piece @index; refused (KAYNAK_ERROR_INVALID) when it is the
 * only one. */
gboolean        kaynak_document_remove_claim_piece (KaynakDocument  *self,
                                                    const char      *id,
                                                    guint            index,
                                                    GError         **error);
/* Where the claim's source is named and where its cue stands (@n == 0:
 * none); the same rules as pieces, words refreshed from the text */
gboolean        kaynak_document_set_claim_source_ranges (KaynakDocument    *self,
                                                         const char        *id,
                                                         const KaynakRange *ranges,
                                                         guint              n,
                                                         GError           **error);
gboolean        kaynak_document_set_claim_cue_ranges    (KaynakDocument    *self,
                                                         const char        *id,
                                                         const KaynakRange *ranges,
                                                         guint              n,
                                                         GError           **error);

/* Claims (not orphaned) with start <= offset < end, in document order;
 * a claim in pieces only where one of its pieces holds @offset, not in the
 * gaps between.  O(log n + k).  Returns (transfer container) a GPtrArray of KaynakClaim. */
GPtrArray      *kaynak_document_claims_at        (KaynakDocument *self,
                                                  guint           offset);
/* Claims (not orphaned) one of whose pieces overlaps [start, end), in
 * document order. */
GPtrArray      *kaynak_document_claims_in_range  (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end);
/* Number of orphaned claims */
guint           kaynak_document_get_n_orphans    (KaynakDocument *self);

/* --- The state of work (issue 18; kaynak-document-state.c) ---------------
 * New until the first claim is made (kaynak_document_create_claim(), which
 * tagging, suggestions, Tag All Matches and curation call), which makes it
 * in progress in the same undo step; a claim added as it is
 * (kaynak_document_add_claim(): imports, tools building a document)
 * leaves the state alone.  Done and reviewed are the user's word.  Setting it is
 * one undo step (none when it does not change) and emits "changed". */
KaynakArticleState kaynak_document_get_state     (KaynakDocument     *self);
void            kaynak_document_set_state        (KaynakDocument     *self,
                                                  KaynakArticleState  state);

/* --- Rejected suggestions (issue 15) --------------------------------------
 *
 * Ranges whose suggestion the user rejected, kept in the file
 * ("rejected_suggestions", docs/FORMAT.md) so that kaynak_suggester_suggest()
 * never proposes them again.  Rejecting is one undo step; undoing it
 * forgets the rejection.  A rejection is of one place, with the words
 * around it: the same words elsewhere are still suggested.  When the
 * article changed on disk, the loader finds each one again as it does a
 * claim (its words with their context), and drops those it cannot find. */
/* KaynakRejection, in order of start then end (transfer none) */
GPtrArray      *kaynak_document_get_rejections   (KaynakDocument *self);
/* Whether [start, end) itself was rejected */
gboolean        kaynak_document_is_rejected      (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end);
/* Remembers [start, end) as rejected (one undo step; nothing when it is
 * already).  KAYNAK_ERROR_INVALID for an empty range or one past the
 * text. */
gboolean        kaynak_document_reject_range     (KaynakDocument *self,
                                                  guint           start,
                                                  guint           end,
                                                  GError        **error);

/* --- Links --------------------------------------------------------------- */
/* GListModel of KaynakLink (transfer none) */
GListModel     *kaynak_document_get_links        (KaynakDocument *self);
KaynakLink     *kaynak_document_lookup_link      (KaynakDocument *self,
                                                  const char     *id);
/* Both claims must exist and differ; a duplicate (same type, from, to) is
 * refused.  Returns (transfer none). */
KaynakLink     *kaynak_document_add_link         (KaynakDocument *self,
                                                  KaynakLinkType  type,
                                                  const char     *from_claim_id,
                                                  const char     *to_claim_id,
                                                  GError        **error);
gboolean        kaynak_document_remove_link      (KaynakDocument *self,
                                                  const char     *id,
                                                  GError        **error);

/* --- Undo ---------------------------------------------------------------- */
gboolean        kaynak_document_get_can_undo     (KaynakDocument *self);
gboolean        kaynak_document_get_can_redo     (KaynakDocument *self);
/* Each returns FALSE when there is nothing to undo / redo */
gboolean        kaynak_document_undo             (KaynakDocument *self);
gboolean        kaynak_document_redo             (KaynakDocument *self);
/* Forgets undo and redo, e.g. after setting up a new document with its
 * default sources: its starting state is not a change the user can undo. */
void            kaynak_document_clear_history    (KaynakDocument *self);
/* Groups the changes between begin and end into one undo step (nestable).
 * end_group returns TRUE when it closed the outermost group and a step was
 * added (a caller that failed half-way can then take the step back). */
void            kaynak_document_begin_group      (KaynakDocument *self);
gboolean        kaynak_document_end_group        (KaynakDocument *self);

G_END_DECLS
