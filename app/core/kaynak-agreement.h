/* kaynak-agreement.h: how far annotators agree on the claims of the same
 * articles: span F1 (exact and overlap), Cohen's or Fleiss' kappa and
 * Krippendorff's alpha on the sources, and the list of disagreements.
 * `kaynak --compare` prints these numbers; anything else that shows
 * agreement must read them from here so that they agree.
 *
 * The rules (one home for them, documented in the README's "Comparing
 * annotators"):
 *
 *  - A span is a claim's covering range [start, end) in code points (a
 *    claim in pieces counts by its cover), with its source class and
 *    status.  Claims are compared as a set: their order is irrelevant.
 *  - Overlap: two spans overlap-match when |A ∩ B| / |A ∪ B| ≥ 0.5 (the
 *    Jaccard ratio in code points, the rule of the suggestion benchmark's
 *    kaynak-span-match.h); they match exactly when start and end are
 *    equal.
 *  - Units: the spans of a document are grouped into units, at most one
 *    span per annotator: among all pairs of spans of different annotators
 *    that overlap-match, the pair with the highest overlap is taken first
 *    (ties: the earlier start, then the lower annotator, then the earlier
 *    span) and joins the two units when they have no annotator in common.
 *    With two annotators this is the usual greedy one-to-one matching.
 *    Every figure below reads these units, so they agree.
 *  - Span F1 of two annotators a, b: 2·M / (|a| + |b|) where M counts
 *    units holding a span of each (overlap F1), or such units where the
 *    two ranges are equal (exact F1); undefined when neither marked
 *    anything.  With three or more annotators: the mean over the pairs
 *    whose F1 is defined.  Per source s: the same with |a| the spans a
 *    gave to s and M the units where both gave s.
 *  - Kappa on sources over matched spans: two annotators, Cohen's kappa
 *    over the units both marked; three or more, Fleiss' kappa over the
 *    units every annotator of the document marked.  Claims without a
 *    source are one more category.  Per source: the same one-against-the-
 *    rest (s or not s).  Undefined when there is no such unit or the
 *    expected agreement is 1 (everyone used one category).
 *  - Krippendorff's alpha (nominal): each unit is a unit of analysis and
 *    an annotator who did not mark it is a missing value; units with one
 *    value do not count.  Undefined when fewer than two values are
 *    pairable or only one category occurs.  Per source: one-against-the-
 *    rest, as kappa.
 *  - Disagreements: one per unit where something differs: a span some
 *    annotator of the document did not mark (missing), different ranges,
 *    different sources, different statuses.
 *
 * Time: O(S log S + P log P) per document, S its spans and P its pairs of
 * overlapping spans of different annotators; memory linear in them.  At
 * most KAYNAK_AGREEMENT_MAX_ANNOTATORS annotators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KAYNAK_AGREEMENT_MAX_ANNOTATORS 64
/* The source class of a claim without a source */
#define KAYNAK_AGREEMENT_NO_SOURCE G_MAXUINT

typedef struct
{
  guint start;
  guint end;
  guint source;   /* a class from kaynak_agreement_add_source(), or KAYNAK_AGREEMENT_NO_SOURCE */
  int   status;   /* KaynakClaimStatus; only compared for equality */
  /* the caller's own number for the span (the claim's position in its
   * document, for curation to find the claim again); carried, not read */
  guint claim;
  /* how the claim is attributed (kaynak_document_claim_attribution_id():
   * its own attribution, else its source's kind), as KaynakSourceKind + 1,
   * 0 for none; only compared for equality (last, so that a span written
   * without it, all zero, agrees with another) */
  int   attribution;
  /* the KaynakSourceType of the claim's source (UNSET, 0, when it has
   * none or does not say); only compared for equality */
  int   source_type;
} KaynakAgreementSpan;

/* A figure that may be undefined (never printed as NaN) */
typedef struct
{
  gboolean defined;
  double   value;
} KaynakAgreementValue;

typedef struct
{
  guint                n_spans;    /* spans counted, all annotators */
  guint                n_units;    /* units with at least one of them */
  KaynakAgreementValue exact_f1;
  KaynakAgreementValue overlap_f1;
  KaynakAgreementValue kappa;      /* Cohen's (2 annotators) or Fleiss' */
  KaynakAgreementValue alpha;
} KaynakAgreementFigures;

typedef enum
{
  KAYNAK_DISAGREEMENT_MISSING_SPAN    = 1 << 0,
  KAYNAK_DISAGREEMENT_DIFFERENT_SPAN  = 1 << 1,
  KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE = 1 << 2,
  KAYNAK_DISAGREEMENT_DIFFERENT_STATUS = 1 << 3,
  /* the same source, attributed otherwise (another source is said as
   * DIFFERENT_SOURCE alone) */
  KAYNAK_DISAGREEMENT_DIFFERENT_ATTRIBUTION = 1 << 4,
  /* the same source, said to be of another type */
  KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE_TYPE = 1 << 5,
} KaynakDisagreementKind;

typedef struct
{
  guint                   document;
  KaynakDisagreementKind  kinds;
  /* one per annotator of the agreement: the span it marked, NULL if it
   * did not (or has no file for the document) */
  const KaynakAgreementSpan **spans;
} KaynakDisagreement;

typedef struct _KaynakAgreement KaynakAgreement;

KaynakAgreement *kaynak_agreement_new            (guint               n_annotators);
void             kaynak_agreement_free           (KaynakAgreement    *self);
guint            kaynak_agreement_get_n_annotators (KaynakAgreement  *self);

/* A source class, e.g. one per group of sources with the same id or name;
 * returns its number, from 0 */
guint            kaynak_agreement_add_source     (KaynakAgreement    *self,
                                                  const char         *label);
guint            kaynak_agreement_get_n_sources  (KaynakAgreement    *self);
const char      *kaynak_agreement_get_source_label (KaynakAgreement  *self,
                                                    guint             source);

/* One article: @spans[a] holds @n_spans[a] spans of annotator a, in any
 * order (copied); @spans[a] NULL when annotator a has no file for it (it
 * then counts in nothing of this document).  Computes the document's
 * units at once.  Returns the document's number. */
guint            kaynak_agreement_add_document   (KaynakAgreement            *self,
                                                  const char                 *name,
                                                  const KaynakAgreementSpan * const *spans,
                                                  const guint                *n_spans);
guint            kaynak_agreement_get_n_documents (KaynakAgreement *self);
const char      *kaynak_agreement_get_document_name (KaynakAgreement *self,
                                                     guint            document);
/* How many annotators have a file for @document */
guint            kaynak_agreement_get_document_n_annotators (KaynakAgreement *self,
                                                             guint            document);

/* Whether annotator @annotator has a file for @document */
gboolean         kaynak_agreement_get_document_has_annotator (KaynakAgreement *self,
                                                              guint            document,
                                                              guint            annotator);

/* All documents together (F1 and kappa pooled over their units) */
void             kaynak_agreement_get_overall    (KaynakAgreement        *self,
                                                  KaynakAgreementFigures *figures);
void             kaynak_agreement_get_document   (KaynakAgreement        *self,
                                                  guint                   document,
                                                  KaynakAgreementFigures *figures);
/* One source class over all documents, one-against-the-rest */
void             kaynak_agreement_get_source     (KaynakAgreement        *self,
                                                  guint                   source,
                                                  KaynakAgreementFigures *figures);

/* The disagreements of all documents, in document order then by start;
 * valid until @self is freed.  (transfer container) of KaynakDisagreement */
GPtrArray       *kaynak_agreement_list_disagreements (KaynakAgreement *self);
/* Every unit, in the same order, as a KaynakDisagreement whose kinds are
 * 0 where all the annotators of the document agree: curation records who
 * agreed on a claim as well as resolving what differs.  Same ownership. */
GPtrArray       *kaynak_agreement_list_units     (KaynakAgreement *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakAgreement, kaynak_agreement_free)

G_END_DECLS
