/* kaynak-document-impl.h: what the parts of KaynakDocument share, not API.
 *
 * The instance struct, the kinds of change the history records and the
 * signals.  Only the document's own .c files include this header; what the
 * loader, the importers and the tests may do is in
 * kaynak-document-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-claim-index.h"
#include "kaynak-document-private.h"
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

  KaynakHistory    *history;
  guint             metadata_dirty : 1;
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
  N_SIGNALS
};

/* The document's signals (kaynak-document.c registers them) */
extern guint _kaynak_document_signals[N_SIGNALS];

G_END_DECLS
