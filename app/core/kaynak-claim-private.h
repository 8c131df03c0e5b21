/* kaynak-claim-private.h: a claim's values, for the snapshot a save or a
 * draft serialises off the main thread (kaynak-document-snapshot.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-claim.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

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
  char              *author;    /* never NULL */
  char              *created;   /* never NULL */
  char              *modified;  /* never NULL */
  guint              start;
  guint              end;
  KaynakClaimStatus  status;
  guint              orphaned : 1;
  /* members of the file Kaynak does not know, written back as they were;
   * immutable and atomically counted, so shared like the strings */
  KaynakUnknown     *unknown;
} KaynakClaimData;

/* Main thread: a reference to the claim's values as they are now */
KaynakClaimData       *_kaynak_claim_share      (KaynakClaim     *self);
/* Any thread */
void                   _kaynak_claim_data_unref (KaynakClaimData *data);
/* The claim's values, without a reference, for the main thread */
const KaynakClaimData *_kaynak_claim_peek       (KaynakClaim     *self);

G_END_DECLS
