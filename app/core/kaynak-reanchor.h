/* kaynak-reanchor.h: putting saved claims back on a changed article.
 *
 * The article may have changed since the claims were saved; the load
 * report tells what putting them back did.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-anchor.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

/* What loading had to do besides reading: re-anchored or orphaned claims. */
struct _KaynakLoadReport
{
  /* TRUE if the article no longer matches the stored sha256 */
  gboolean   text_changed;
  guint      n_reanchored;
  guint      n_orphaned;
  /* source or cue ranges whose words are gone: dropped (issue 17) */
  guint      n_ranges_dropped;
  /* One plain sentence per claim that was moved or orphaned, with its JSON
   * path, e.g. "claims[3] “asker”: the quote is not in the article; kept
   * as an orphan" */
  GPtrArray *messages;
};

KaynakLoadReport *kaynak_load_report_new  (void);
void              kaynak_load_report_free (KaynakLoadReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakLoadReport, kaynak_load_report_free)

/* --- Inside the core: the loader and the W3C import ----------------------- */

/* What re-anchoring did to the claim at @path ("claims[3]" in a Kaynak
 * file, a JSON path in a W3C collection), told in @report (nothing when
 * NULL) in the same words and counted: an orphan in n_orphaned, the
 * others in n_reanchored.  Quotes are shortened for the message. */
void    _kaynak_load_report_orphan      (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote);
void    _kaynak_load_report_found_again (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         guint             start,
                                         guint             end);
void    _kaynak_load_report_moved       (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         guint             old_start,
                                         guint             old_end,
                                         guint             start,
                                         guint             end);
void    _kaynak_load_report_edited      (KaynakLoadReport *report,
                                         const char       *path,
                                         const char       *quote,
                                         const char       *new_quote,
                                         guint             start,
                                         guint             end);

/* A claim in pieces one of whose pieces, @piece_quote, is gone: an orphan,
 * counted in n_orphaned */
void    _kaynak_load_report_piece_orphan (KaynakLoadReport *report,
                                          const char       *path,
                                          const char       *quote,
                                          const char       *piece_quote);
/* A source (@cue FALSE) or cue range whose words are gone, dropped;
 * counted in n_ranges_dropped */
void    _kaynak_load_report_range_dropped (KaynakLoadReport *report,
                                           const char       *path,
                                           gboolean          cue,
                                           const char       *quote);

/* A claim as its file saved it, to be put back on the article */
typedef struct
{
  KaynakClaim *claim;       /* owned; the array's clear function unrefs it */
  const char  *quote;       /* the claim's own quote */
  gsize        quote_bytes;
  guint        start;       /* as saved */
  guint        end;
  guint        index;       /* in the file's "claims" list: "claims[3]" in the report */
  gboolean     orphaned;    /* as saved */
} KaynakSavedClaim;

/* The clear function of an array of KaynakSavedClaim */
void    _kaynak_saved_claim_clear (gpointer data);

/* Puts each claim of @claims (KaynakSavedClaim) back on the text of
 * @document, in time linear in the text and the quotes when nothing moved:
 * a quote at its offsets stays (with its context refreshed when
 * @text_changed), one that moved is looked for, one not found is kept as
 * an orphan; an orphan saved with this very text is not looked for again,
 * so that save → load → save keeps the file.  Tells @report (when not
 * NULL) each move, edit and orphan. */
void    _kaynak_reanchor_claims   (KaynakDocument   *document,
                                   GArray           *claims,
                                   gboolean          text_changed,
                                   KaynakLoadReport *report);

/* --- Shared by re-anchoring's parts --------------------------------------- */

/* "claims[3]" */
char     *_kaynak_reanchor_entry_path     (const KaynakSavedClaim *entry);
/* Whether the text around [start, end) agrees with @prefix or @suffix on
 * at least one side (the code points nearest the quote) */
gboolean  _kaynak_reanchor_context_agrees (KaynakDocument *document,
                                           const char     *prefix,
                                           const char     *suffix,
                                           guint           start,
                                           guint           end);

/* kaynak-reanchor-pieces.c: a claim in pieces put back, each piece with
 * its own words and context (@cover_at: the claim's quote stands at its
 * offsets); an orphan if any piece is lost.  @anchor_text is made when
 * first needed; @shift is where the claims before it went. */
void      _kaynak_reanchor_pieces         (KaynakDocument    *document,
                                           KaynakAnchorText **anchor_text,
                                           KaynakSavedClaim  *entry,
                                           gboolean           cover_at,
                                           gboolean           text_changed,
                                           gint64            *shift,
                                           KaynakLoadReport  *report);
/* The claim's source and cue ranges moved with it (after the claim is put
 * back): each found at its old offsets moved as the claim moved, at them
 * unmoved, or as the same words nearest there; dropped and reported if
 * not. */
void      _kaynak_reanchor_ranges         (KaynakDocument    *document,
                                           KaynakSavedClaim  *entry,
                                           KaynakLoadReport  *report);

G_END_DECLS
