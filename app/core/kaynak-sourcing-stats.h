/* kaynak-sourcing-stats.h: who is quoted how much in one article: claims
 * per source, per source kind and per status, and the share of the
 * article's characters each source covers.  The statistics view, its
 * chart and its "Copy as CSV" all read these numbers, so they agree.
 *
 * Counting rules (one home for them):
 *  - every claim counts once in "claims": per its source (or "No source"
 *    when it has none, or names a source the document does not have), per
 *    its attribution (the claim's own, else its source's kind: issue 19;
 *    "No source" when it has neither), and per its status.  Orphaned claims (quote not
 *    found in the article) count there too, as `kaynak --stats` counts
 *    them, and are also counted apart in "orphans";
 *  - "characters" of a source are the code points covered by at least one
 *    of its placed (not orphaned) claims: overlapping claims of one source
 *    count once; a claim in pieces covers its pieces, not the words
 *    between them.  Each source is counted on its own, so a character inside
 *    claims of two sources counts for both, and the shares of the sources
 *    can add up to more than 100 %.  "attributed characters" counts each
 *    character covered by a claim with a source once, whichever sources,
 *    leaving out claims attributed as "unattributed" (which say that
 *    nobody is named: their source keeps its own row and share);
 *  - shares are of the article's length in code points (not bytes); an
 *    empty article has every share 0.
 *
 * Linear in the claims and sources: one pass over the claims, which the
 * document keeps sorted by start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-codebook-stats.h"
#include "kaynak-document.h"

G_BEGIN_DECLS

typedef struct
{
  /* the source's id, label, colour and kind; id NULL for "No source"
   * (label "No source", translated; colour NULL) */
  char             *source_id;
  char             *label;
  char             *color;
  KaynakSourceKind  kind;
  guint             claims;
  guint             orphans;
  guint             characters;
} KaynakSourcingRow;

typedef struct
{
  /* the article's length in code points */
  guint      length;
  guint      claims;
  guint      orphans;
  /* code points covered by a claim whose source is not of the kind
   * "unattributed", each counted once */
  guint      attributed_characters;
  /* KaynakSourcingRow: every source of the document in its order (also
   * those with no claims), then "No source" when a claim has none */
  GArray    *rows;
  guint      by_kind[KAYNAK_N_SOURCE_KINDS];
  /* claims without a source, which have no kind */
  guint      no_kind;
  guint      by_status[KAYNAK_N_CLAIM_STATUSES];
} KaynakSourcingStats;

KaynakSourcingStats *kaynak_sourcing_stats_new    (KaynakDocument      *document);
void                 kaynak_sourcing_stats_free   (KaynakSourcingStats *stats);

/* @characters as a share of @stats' article, in percent (0 for an empty
 * article) */
double               kaynak_sourcing_stats_share  (KaynakSourcingStats *stats,
                                                   guint                characters);

/* The numbers as one RFC 4180 table (kaynak-csv.h, defused for
 * spreadsheets since it is pasted into them), UTF-8, no byte order mark:
 *
 *   section,id,label,kind,claims,orphaned,characters,share_percent
 *   source,<id>,<label>,<kind id>,<n>,<n>,<n>,<share>   one per row of stats
 *   kind,<kind id>,<kind label>,,<n>,,,                 one per kind
 *   kind,,No source,,<n>,,,                             when a claim has none
 *   status,<status id>,<status label>,,<n>,,,           one per status, or
 *   verdict,<verdict id>,<verdict label>,,<n>,,,        one per verdict of
 *   verdict,,No verdict,,<n>,,,                         @verdicts, and then
 *                                                       claims without one
 *   total,article,<"Article">,,<claims>,<orphans>,<length>,100.0
 *   total,attributed,<"Attributed to a source">,,,,<n>,<share>
 *
 * The "No source" row of the sources has an empty id and kind.  Shares
 * have one decimal and a point, whatever the locale.  Labels are
 * translated; ids are stable for scripts.
 *
 * @verdicts (nullable): the document's claims per verdict
 * (kaynak-codebook-stats.h), counted once for the statistics window and
 * its CSV alike; when it holds verdict rows (the document has a scale)
 * they replace the status rows, else the status rows are written. */
char                *kaynak_sourcing_stats_to_csv (KaynakSourcingStats *stats,
                                                   KaynakCodebookStats *verdicts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakSourcingStats, kaynak_sourcing_stats_free)

G_END_DECLS
