/* kaynak-document-disagreements.h: the disagreements `kaynak --merge` left
 * in a document (docs/FORMAT.md, "Disagreements left by a merge"), read
 * into a list, and each resolved as one undo step.
 *
 * The merge keeps ours and records theirs in the "disagreements" member of
 * a claim or a source, or of the file for the article's details and the
 * links.  Kaynak keeps those members as members it does not interpret
 * (kaynak-unknown.h); this unit is the one place that reads them and takes
 * them out.  Resolving one:
 *
 *  - keep ours: the record goes, nothing else changes;
 *  - take theirs: theirs' values are applied through the document's own
 *    setters (so they are checked as an edit by hand is), and the record
 *    goes, in the same undo step.  For a record that says one side deleted
 *    the object and the other edited it, "ours" and "theirs" are the two
 *    choices: keep the object or delete it.
 *
 * Every member a merge records can be taken (those Kaynak does not know
 * are put back as theirs wrote them, kaynak-disagreement-members.c); a
 * link taken from theirs keeps its id and place.  A record whose claim,
 * source or link is no longer in the document, or that names a member
 * no edit changes (a claim's "created", an "id": a record edited by
 * hand), can only be dismissed (keep ours); a value the setter refuses is
 * said when it is taken, and nothing changes.  Undo brings the
 * record back with the values.  A saved file loses the resolved records
 * and keeps the others.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_DISAGREEMENT_CLAIM,
  KAYNAK_DISAGREEMENT_SOURCE,
  KAYNAK_DISAGREEMENT_METADATA,
  KAYNAK_DISAGREEMENT_LINK,
} KaynakDisagreementTarget;

typedef struct _KaynakDisagreement KaynakDisagreement;

/* The document's disagreements, in the order of the file (the article's
 * details and links first, then sources, then claims in the text's
 * order): a new array of KaynakDisagreement (transfer full; free the
 * array).  Empty when there are none.  Linear in the document's size. */
GPtrArray   *kaynak_document_collect_disagreements (KaynakDocument *document);
/* Whether any object of the document holds a record; cheap (no
 * serialisation), for the window's check on every change */
gboolean     kaynak_document_has_disagreements     (KaynakDocument *document);
/* How many there are (the banner's count) */
guint        kaynak_document_count_disagreements   (KaynakDocument *document);

void         kaynak_disagreement_free        (KaynakDisagreement *self);

KaynakDisagreementTarget
             kaynak_disagreement_get_target  (KaynakDisagreement *self);
/* The id of the claim, source or link it is about; NULL for the details */
const char  *kaynak_disagreement_get_object_id (KaynakDisagreement *self);
/* "ours" or "theirs": the side whose values the record holds, or, for a
 * deletion, the side that deleted the object */
const char  *kaynak_disagreement_get_side    (KaynakDisagreement *self);
gboolean     kaynak_disagreement_get_deleted (KaynakDisagreement *self);
/* FALSE when its claim, source or link is gone: it can only be dismissed */
gboolean     kaynak_disagreement_get_present (KaynakDisagreement *self);
/* Whether take theirs can apply theirs' values */
gboolean     kaynak_disagreement_can_take_theirs (KaynakDisagreement *self);
/* What it is about, for a person: "Claim “üç binden fazla asker”",
 * "Source “Kremlin”", "The article’s details", "Link 3f1c…", or
 * "A claim that is no longer in the article" */
const char  *kaynak_disagreement_get_title   (KaynakDisagreement *self);
/* The members it is about, as the file names them ("status", "source";
 * "start" for a claim's place), NULL-terminated; empty for a deletion */
const char * const *kaynak_disagreement_get_members (KaynakDisagreement *self);
/* Each side's value of member @i, for a person: a status's label, a
 * source's label, a claim's quote for its place, "(none)" for absent */
const char  *kaynak_disagreement_get_ours    (KaynakDisagreement *self,
                                              guint               i);
const char  *kaynak_disagreement_get_theirs  (KaynakDisagreement *self,
                                              guint               i);
/* Who made theirs: the "author" theirs' record names, else NULL */
const char  *kaynak_disagreement_get_who     (KaynakDisagreement *self);

/* Resolves @disagreement (from a collect of this document, which may have
 * changed since: it is found again by its record) as one undo step.
 * KAYNAK_ERROR_NOT_FOUND when the record is no longer there; for take
 * theirs, KAYNAK_ERROR_INVALID when theirs cannot be applied (nothing
 * changes then). */
gboolean     kaynak_document_keep_ours       (KaynakDocument     *document,
                                              KaynakDisagreement *disagreement,
                                              GError            **error);
gboolean     kaynak_document_take_theirs     (KaynakDocument     *document,
                                              KaynakDisagreement *disagreement,
                                              GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakDisagreement, kaynak_disagreement_free)

G_END_DECLS
