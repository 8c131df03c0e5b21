/* kaynak-codebook-stats.h: what `kaynak --stats` counts of a codebook:
 * claims per verdict and the values of each field, over one document or
 * added up over many.
 *
 * Counting rules (one home for them):
 *  - every claim (orphans too, as the other counts of --stats) counts once
 *    per verdict, in the scale's order, a verdict the scale no longer
 *    holds after them under its id, and claims without one as "none";
 *  - a claim field counts over the claims, a source field over the
 *    document's sources; each counts as filled or empty;
 *  - one choice: per choice (the definition's order, then values the
 *    definition no longer holds); several choices: per choice, each
 *    claim once per choice it has; yes/no: yes and no; numbers: how
 *    many, least, greatest and mean; dates: how many, earliest and latest;
 *    text and links: filled and empty only;
 *  - documents are added up by the ids of verdicts, fields and choices
 *    (labels of the first document that has them); a document made with
 *    the same codebook adds to the same rows.
 *
 * Linear in the claims, sources and fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

typedef struct _KaynakCodebookStats KaynakCodebookStats;

KaynakCodebookStats *kaynak_codebook_stats_new          (void);
void                 kaynak_codebook_stats_free         (KaynakCodebookStats *self);
void                 kaynak_codebook_stats_add_document (KaynakCodebookStats *self,
                                                         KaynakDocument      *document);
/* TRUE when a document added had a scale or fields (else there is
 * nothing to say beyond Kaynak's statuses) */
gboolean             kaynak_codebook_stats_is_empty     (KaynakCodebookStats *self);
/* The verdict rows, as --stats counts them, for the statistics window's
 * chart: the scale's verdicts in order, then verdicts no longer on it
 * (label = id); "No verdict" is kaynak_codebook_stats_get_no_verdict() */
guint                kaynak_codebook_stats_get_n_verdicts (KaynakCodebookStats *self);
/* Row @i's id and label (owned by @self) and its claims */
void                 kaynak_codebook_stats_get_verdict    (KaynakCodebookStats *self,
                                                           guint                i,
                                                           const char         **id,
                                                           const char         **label,
                                                           guint               *claims);
guint                kaynak_codebook_stats_get_no_verdict (KaynakCodebookStats *self);
/* Indented text lines ("  Verdicts", "    3  Yanlış", …) for the CLI */
void                 kaynak_codebook_stats_append_text  (KaynakCodebookStats *self,
                                                         GString             *out);
/* "verdicts": [{"id","label","claims"}…], "fields": [{"id","label",
 * "type","target","filled","empty", then per type "values": [{"id",
 * "label","count"}…] / "yes","no" / "count","min","max","mean" /
 * "earliest","latest"}…] as members of the builder's open object */
void                 kaynak_codebook_stats_build_json   (KaynakCodebookStats *self,
                                                         JsonBuilder         *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakCodebookStats, kaynak_codebook_stats_free)

G_END_DECLS
