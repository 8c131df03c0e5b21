/* kaynak-scorecard.h: an article's source-evaluation scorecard, the way
 * Stony Brook's Center for News Literacy teaches students to judge the
 * sources of a report (IMVAIN: Independent or self-interested, Multiple or
 * single, Verifies or asserts, Authoritative/Informed or not, Named or
 * anonymous).  The statistics view, `kaynak --stats` and the HTML report
 * all read these numbers, so they agree.
 *
 * When it applies: the document carries (kaynak-document-codebook.h) the
 * field definitions of the "Source evaluation (IMVAIN)" codebook
 * (data/codebooks/imvain.kaynak-codebook.json), recognised by their ids,
 * not by the codebook's id, so that a teacher's own codebook made from it
 * ("Save as Codebook…", other fields added) still gets its scorecard:
 *  - "independence", a one-choice field on sources with the choice
 *    "self-interested", and
 *  - "verification", a one-choice field on claims with the choice
 *    "asserts".
 * "authority" (one choice on sources, with "not-authoritative") is counted
 * when it is there too.  A document without both gets no scorecard.
 *
 * Counting rules (one home for them):
 *  - every claim counts, orphans too, as kaynak-sourcing-stats.h counts;
 *  - multiple or single: a claim rests on a single source unless a
 *    "confirms" link goes to it from a claim of another source (a claim
 *    with a source the document has, other than the claim's own; a claim
 *    without a source confirms nothing and is confirmed by any sourced
 *    claim).  Only links from the confirming claim to the confirmed one
 *    count: "A confirms B" is B's corroboration, not A's;
 *  - named or anonymous: the claim's attribution
 *    (kaynak_document_claim_attribution(): its own, else its source's
 *    kind); the share is of the attributed claims, every attribution but
 *    "unattributed";
 *  - independent or self-interested, authoritative or not: of the sources
 *    that have at least one claim; a source without a value is "not rated";
 *  - verifies or asserts: of all claims; a claim without a value is "not
 *    rated".
 *
 * Linear in the claims, sources and links.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-document.h"

G_BEGIN_DECLS

/* The field and choice ids of data/codebooks/imvain.kaynak-codebook.json */
#define KAYNAK_SCORECARD_CODEBOOK_ID        "kaynak-imvain"
#define KAYNAK_SCORECARD_FIELD_INDEPENDENCE "independence"
#define KAYNAK_SCORECARD_SELF_INTERESTED    "self-interested"
#define KAYNAK_SCORECARD_FIELD_AUTHORITY    "authority"
#define KAYNAK_SCORECARD_NOT_AUTHORITATIVE  "not-authoritative"
#define KAYNAK_SCORECARD_FIELD_VERIFICATION "verification"
#define KAYNAK_SCORECARD_ASSERTS            "asserts"

typedef struct
{
  guint    claims;
  /* no confirming link from a claim of another source */
  guint    single_source_claims;
  /* attribution other than "unattributed", and of those anonymous */
  guint    attributed_claims;
  guint    anonymous_claims;
  /* sources with at least one claim */
  guint    sources;
  guint    self_interested_sources;
  guint    unrated_independence;      /* sources with claims, no value */
  gboolean has_authority;             /* the document has the field */
  guint    not_authoritative_sources;
  guint    unrated_authority;
  guint    asserting_claims;
  guint    unrated_verification;      /* claims without a value */
} KaynakScorecard;

/* Whether @document carries the fields the scorecard counts (see above) */
gboolean         kaynak_scorecard_applies (KaynakDocument  *document);

/* @document's scorecard, or NULL when it does not apply */
KaynakScorecard *kaynak_scorecard_new     (KaynakDocument  *document);
void             kaynak_scorecard_free    (KaynakScorecard *scorecard);

/* One line of the scorecard as people read it; the window, the command
 * line and the HTML report show these rows in this order. */
typedef struct
{
  const char *id;         /* stable, for JSON: "single-source", … */
  char       *label;      /* "Claims resting on a single source" (translated) */
  guint       count;
  guint       of;         /* what the share is of */
  guint       unrated;    /* of those, not rated yet (0 where nothing is rated) */
  gboolean    rated;      /* a row of a student's judgement (has "not rated") */
  char       *value;      /* "3 of 7 · 42.9 %", "0 of 0" (translated) */
  char       *left;       /* "2 not rated yet", or "" (translated) */
} KaynakScorecardRow;

/* The rows of @scorecard (KaynakScorecardRow, transfer full):
 * single-source, anonymous, self-interested, asserts, and
 * not-authoritative when the document has that field */
GPtrArray       *kaynak_scorecard_dup_rows (KaynakScorecard *scorecard);

/* @count as a share of @of in percent, 0 when @of is 0 */
double           kaynak_scorecard_share    (guint count,
                                            guint of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakScorecard, kaynak_scorecard_free)

G_END_DECLS
