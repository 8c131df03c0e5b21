/* kaynak-claim-private.h: a claim's values, for the snapshot a save or a
 * draft serialises off the main thread (kaynak-document-snapshot.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-claim.h"
#include "kaynak-evidence.h"
#include "kaynak-field-values.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

/* A claim's pieces, or its source or cue ranges: ranges with their
 * words (and, for pieces, their context for re-anchoring).  One counted
 * allocation, never changed once made: claims, copies and snapshots share
 * it (g_atomic_rc_box). */
typedef struct
{
  guint        n;
  KaynakRange *ranges;    /* n, in the same allocation */
  char       **quotes;    /* n, never NULL */
  char       **prefixes;  /* n, never NULL (pieces only; "" otherwise) */
  char       **suffixes;
} KaynakClaimSpans;

/* What a claim holds.  Shared values are never changed: the claim copies
 * them before its next change (see kaynak-claim.c), so a reference taken
 * with _kaynak_claim_share() may be read from any thread. */
typedef struct
{
  gatomicrefcount    ref;
  char              *id;
  char              *quote;     /* never NULL */
  char              *prefix;    /* never NULL */
  char              *suffix;    /* never NULL */
  char              *source_id; /* NULL: no source */
  char              *note;      /* never NULL */
  char             **cues;      /* NULL: none */
  /* who agreed on the claim when it was curated (Compare With…); NULL: none */
  char             **agreed_by;
  char              *author;    /* never NULL */
  char              *created;   /* never NULL */
  char              *modified;  /* never NULL */
  guint              start;
  guint              end;
  KaynakClaimStatus  status;
  guint              orphaned : 1;
  /* NULL: one piece, [start, end) with quote, prefix and suffix */
  KaynakClaimSpans  *pieces;
  KaynakClaimSpans  *source_ranges;  /* NULL: none */
  KaynakClaimSpans  *cue_ranges;     /* NULL: none */
  /* members of the file Kaynak does not know, written back as they were;
   * immutable and atomically counted, so shared like the strings */
  KaynakUnknown     *unknown;
  /* The claim as it is checked (issue 18): the sentence that stands on
   * its own ("" until the user writes it) and what was found for it */
  char               *checkable;  /* never NULL */
  KaynakEvidenceList *evidence;   /* NULL: none */
  /* A codebook's verdict and field values (issue 19, file version 2) */
  char               *verdict;    /* NULL: none */
  KaynakFieldValues  *fields;     /* NULL: none */
} KaynakClaimData;

/* The spans' value (kaynak-claim-spans.c).  NULL string arrays, or NULL
 * in them, are "". */
KaynakClaimSpans *_kaynak_claim_spans_new   (const KaynakRange        *ranges,
                                             const char * const       *quotes,
                                             const char * const       *prefixes,
                                             const char * const       *suffixes,
                                             guint                     n);
KaynakClaimSpans *_kaynak_claim_spans_ref   (KaynakClaimSpans         *spans);
/* Any thread; NULL is fine */
void              _kaynak_claim_spans_unref (KaynakClaimSpans         *spans);
/* NULL-aware, deep */
gboolean          _kaynak_claim_spans_equal (const KaynakClaimSpans   *a,
                                             const KaynakClaimSpans   *b);
/* Whether @spans (NULL: none) has exactly these ranges */
gboolean          _kaynak_claim_spans_same_ranges (const KaynakClaimSpans *spans,
                                                   const KaynakRange      *ranges,
                                                   guint                   n);
/* Whether a range of @spans (not NULL; ordered, not overlapping) overlaps
 * [start, end); O(log n) */
gboolean          _kaynak_claim_spans_overlap (const KaynakClaimSpans *spans,
                                               guint                   start,
                                               guint                   end);

/* Main thread: a reference to the claim's values as they are now */
KaynakClaimData       *_kaynak_claim_share      (KaynakClaim     *self);
/* Any thread */
void                   _kaynak_claim_data_unref (KaynakClaimData *data);
/* The claim's values, without a reference, for the main thread */
const KaynakClaimData *_kaynak_claim_peek       (KaynakClaim     *self);

G_END_DECLS
