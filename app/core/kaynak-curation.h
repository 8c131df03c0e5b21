/* kaynak-curation.h: curating one's own document against other
 * annotators' files of the same article (issue 15, "Curation"): the
 * differences between them, and Keep Mine, Take Theirs or Keep Both on
 * each, as edits of one's own document.
 *
 * What counts as a difference is the agreement's rule
 * (kaynak-agreement.h: units, missing span, different span, source or
 * status), read from kaynak_agreement_files_new_for_documents() so that
 * the window and `kaynak --compare` never disagree about it.  Annotator 0
 * is one's own document; the others are only read.
 *
 * Each resolution is one undo step of one's own document, and records in
 * the claim it keeps or takes who agreed on it ("agreed_by", the names of
 * the annotators whose claim has the same range, source and status).  A
 * curated claim (one with agreed_by) no longer counts as a difference, so
 * the list is whatever the document is now: refresh it after any edit,
 * undo included.
 *
 * Time: linear in the claims (and the agreement's O(S log S)) per refresh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-agreement.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_CURATION_KEEP_MINE,
  KAYNAK_CURATION_TAKE_THEIRS,
  KAYNAK_CURATION_KEEP_BOTH,
} KaynakCurationChoice;

/* What a difference is, for its mark in the margin: a claim only mine
 * has, one only others have, or one both have but not alike */
typedef enum
{
  KAYNAK_CURATION_ONLY_MINE,
  KAYNAK_CURATION_ONLY_THEIRS,
  KAYNAK_CURATION_DIFFER,
} KaynakCurationKind;

typedef struct _KaynakCuration KaynakCuration;

/* @mine is edited by the resolutions (a reference is kept); @theirs
 * (n_theirs ≥ 1) are only read.  The names name the annotators in
 * messages and in agreed_by.  Refused with KAYNAK_ERROR_INVALID, naming
 * the file, when one of @theirs annotates another article (SHA-256). */
KaynakCuration *kaynak_curation_new        (KaynakDocument         *mine,
                                            const char             *my_name,
                                            KaynakDocument * const *theirs,
                                            const char * const     *their_names,
                                            guint                   n_theirs,
                                            GError                **error);
void            kaynak_curation_free       (KaynakCuration         *self);

/* Mine and theirs: 1 + n_theirs */
guint           kaynak_curation_get_n_annotators   (KaynakCuration *self);
const char     *kaynak_curation_get_annotator_name (KaynakCuration *self,
                                                    guint           annotator);

/* Reads mine again as it is now */
void            kaynak_curation_refresh    (KaynakCuration         *self);
guint           kaynak_curation_get_n_differences (KaynakCuration *self);
/* spans[a]->claim is the claim's position in annotator a's document */
const KaynakDisagreement *kaynak_curation_get_difference (KaynakCuration *self,
                                                          guint           i);
/* The claim behind difference @i of @annotator, NULL if it marked none
 * there (transfer full) */
KaynakClaim    *kaynak_curation_dup_claim  (KaynakCuration         *self,
                                            guint                   i,
                                            guint                   annotator);

/* The document of @annotator (0: mine; transfer none) */
KaynakDocument *kaynak_curation_get_document (KaynakCuration *self,
                                              guint           annotator);
KaynakCurationKind kaynak_curation_get_kind  (KaynakCuration *self,
                                              guint           i);
/* The range that stands for difference @i in the article: mine, else that
 * of the first other annotator who marked it */
void            kaynak_curation_get_range  (KaynakCuration         *self,
                                            guint                   i,
                                            guint                  *start,
                                            guint                  *end);
/* The other annotators (≥ 1) who marked difference @i, in their order,
 * those who marked it alike (range, source, status) once: the versions
 * Take Theirs can choose from (transfer full, a GArray of guint) */
GArray         *kaynak_curation_list_versions (KaynakCuration *self,
                                               guint           i);

/* One undo step of mine, then a refresh.  @annotator (≥ 1) is whose claim
 * Take Theirs and Keep Both take; Keep Mine ignores it.  Keep Mine where
 * mine marked nothing leaves their claim out: it records their ranges in
 * mine's rejected suggestions ("this passage is not a claim", which the
 * suggester respects as well), and a difference whose every range mine
 * rejected is settled; undoing it brings the difference back.
 * KAYNAK_ERROR_INVALID when Take Theirs or Keep Both has nothing of
 * @annotator's to take. */
gboolean        kaynak_curation_resolve    (KaynakCuration         *self,
                                            guint                   i,
                                            KaynakCurationChoice    choice,
                                            guint                   annotator,
                                            GError                **error);

/* Records agreed_by on each of mine's claims that every annotator marked
 * alike (the units without a difference) and that has no record yet (a
 * claim taken from theirs keeps its own), as one undo step; FALSE when
 * there was nothing to record */
gboolean        kaynak_curation_record_agreements (KaynakCuration *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakCuration, kaynak_curation_free)

G_END_DECLS
