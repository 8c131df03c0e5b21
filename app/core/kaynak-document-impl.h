/* kaynak-document-impl.h: what the parts of KaynakDocument share, not API.
 *
 * The instance struct, the kinds of change the history records, the
 * signals, and the functions one part calls in another, each with the
 * _kaynak_document_ prefix.  Only the document's own .c files include this
 * header; what the loader, the importers and the tests may do is in
 * kaynak-document-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-claim-index.h"
#include "kaynak-document-private.h"
#include "kaynak-codebook.h"
#include "kaynak-history.h"

G_BEGIN_DECLS

/* --- Undo history --------------------------------------------------------
 *
 * Every change is recorded in the history (kaynak-history.c) as the state
 * of one claim, source or link before and after it.  Added and removed
 * objects are the live objects themselves, so the same KaynakClaim comes
 * back on undo and the views' references stay valid; field changes are
 * copies.  Sources and links also record where they stood in their list,
 * to be put back there.
 */
typedef enum
{
  EDIT_CLAIM,
  EDIT_SOURCE,
  EDIT_LINK,
  /* the article's details, one KaynakArticleDetails (id "details") */
  EDIT_DETAILS,
  /* a rejected suggestion, one KaynakRejection (id "start-end") */
  EDIT_REJECTION,
  /* the article's state of work (kaynak-document-state.c, id "state") */
  EDIT_STATE,
  /* the codebook's definitions, one KaynakCodebook (kaynak-document-codebook.c,
   * id "codebook"; NULL: none) */
  EDIT_CODEBOOK,
} EditKind;

struct _KaynakDocument
{
  GObject           parent_instance;

  char             *text;
  gsize             text_bytes;
  guint             length;
  char             *sha256;
  GArray           *checkpoints;

  char             *title;
  char             *url;
  char             *outlet;
  char             *fact_check_url;
  char             *article_author;
  char             *retrieved;
  char             *archived_url;
  char             *published;
  char             *language;
  char             *notes;
  char             *default_author;
  GFile            *file;
  char             *file_stamp;
  GFile            *article_file;

  GListStore       *sources;
  GHashTable       *sources_by_id;
  KaynakClaimIndex *claims;
  GHashTable       *claims_by_id;
  GListStore       *links;
  GHashTable       *links_by_id;
  guint             n_orphans;
  /* KaynakRejection, in order (kaynak-document-rejections.c) */
  GPtrArray        *rejections;

  KaynakHistory    *history;
  guint             metadata_dirty : 1;

  /* new, in progress, done, reviewed (kaynak-document-state.c) */
  KaynakArticleState state;

  /* the file's members Kaynak does not know at the top, in "metadata"
   * and in "article" (KAYNAK_UNKNOWN_TOP to _ARTICLE), or NULL */
  KaynakUnknown    *unknown[KAYNAK_UNKNOWN_ARTICLE + 1];

  /* the codebook's definitions it carries, without sources, or NULL
   * (kaynak-document-codebook.c) */
  KaynakCodebook   *codebook;
};

enum {
  CLAIM_ADDED,
  CLAIM_REMOVED,
  CLAIM_CHANGED,
  SOURCE_ADDED,
  SOURCE_REMOVED,
  SOURCE_CHANGED,
  LINK_ADDED,
  LINK_REMOVED,
  CHANGED,
  CODEBOOK_CHANGED,
  N_SIGNALS
};

/* The document's signals (kaynak-document.c registers them) */
extern guint _kaynak_document_signals[N_SIGNALS];

/* Gives the document the fields of @details, with a notify for each that
 * changes; nothing recorded (kaynak-document.c) */
void     _kaynak_document_assign_details    (KaynakDocument       *self,
                                             KaynakArticleDetails *details);

/* kaynak-document-rejections.c: puts @rejection in or takes the one with
 * its range out (@state NULL), for the history */
void     _kaynak_document_apply_rejection   (KaynakDocument  *self,
                                             const char      *id,
                                             KaynakRejection *state);

/* kaynak-document-state.c: the state after a claim was made in the open
 * group by kaynak_document_create_claim() (new becomes in progress,
 * recorded), and the state an undo or
 * redo brings back */
/* The claim of @id, or NULL with KAYNAK_ERROR_NOT_FOUND "There is no
 * claim with the id …" (transfer none): every edit of one claim starts so */
KaynakClaim *_kaynak_document_require_claim (KaynakDocument  *self,
                                             const char      *id,
                                             GError         **error);
void     _kaynak_document_claim_added       (KaynakDocument  *self);
void     _kaynak_document_apply_state_step  (KaynakDocument  *self,
                                             GObject         *state);
/* kaynak-document-codebook.c: the definitions an undo or redo brings back
 * (NULL: none), with "codebook-changed" */
void     _kaynak_document_apply_codebook    (KaynakDocument  *self,
                                             GObject         *state);

/* --- Changes (kaynak-document-changes.c) --------------------------------- */

/* The history's apply function (KaynakHistoryApply): brings the object @id
 * to @state (NULL: absent), which is how undo and redo change the model. */
void     _kaynak_document_apply_state       (gpointer        user_data,
                                             guint           kind,
                                             const char     *id,
                                             GObject        *state,
                                             guint           position);

/* Where @source or @link stands in its list, or G_MAXUINT */
guint    _kaynak_document_source_position   (KaynakDocument *self,
                                             KaynakSource   *source);
guint    _kaynak_document_link_position     (KaynakDocument *self,
                                             KaynakLink     *link);

/* Primitive changes: put an object in the model (taking a reference) or
 * take it out, and emit its signal.  Nothing is checked or recorded: the
 * caller has recorded the change first. */
void     _kaynak_document_raw_insert_source (KaynakDocument *self,
                                             KaynakSource   *source,
                                             guint           position);
void     _kaynak_document_raw_remove_source (KaynakDocument *self,
                                             KaynakSource   *source);
void     _kaynak_document_raw_insert_claim  (KaynakDocument *self,
                                             KaynakClaim    *claim);
void     _kaynak_document_raw_remove_claim  (KaynakDocument *self,
                                             KaynakClaim    *claim);
void     _kaynak_document_raw_insert_link   (KaynakDocument *self,
                                             KaynakLink     *link,
                                             guint           position);
void     _kaynak_document_raw_remove_link   (KaynakDocument *self,
                                             KaynakLink     *link);

/* Records one change (@before or @after NULL: the object is added or
 * removed; @position: where a source or link stands in its list) in the
 * current undo step. */
void     _kaynak_document_record            (KaynakDocument *self,
                                             EditKind        kind,
                                             const char     *id,
                                             GObject        *before,
                                             GObject        *after,
                                             guint           position);
/* Recorded changes of a live source or claim to the fields of @state (an
 * edited copy), with its signal; nothing at all when nothing changes.  A
 * claim that changes gets a new modified time. */
void     _kaynak_document_do_change_source  (KaynakDocument *self,
                                             KaynakSource   *live,
                                             KaynakSource   *state);
void     _kaynak_document_do_change_claim   (KaynakDocument *self,
                                             KaynakClaim    *live,
                                             KaynakClaim    *after);

/* kaynak-document-pieces.c: the pieces, source and cue ranges of a claim
 * to be added, checked against the text */
gboolean _kaynak_document_check_claim_spans (KaynakDocument  *self,
                                             KaynakClaim     *claim,
                                             GError         **error);
/* Drops from @claims (by the cover) those whose pieces miss [start, end) */
GPtrArray *_kaynak_document_filter_pieces   (GPtrArray      *claims,
                                             guint           start,
                                             guint           end);

G_END_DECLS
