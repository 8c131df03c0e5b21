/* kaynak-document-snapshot.h: what a document holds at one moment, for a
 * save or a draft written on a worker thread while the user goes on.
 *
 * Taken on the main thread in time independent of the article's length
 * and a few nanoseconds per claim: the claims' values are shared, not
 * copied (a claim changed afterwards copies its own first, see
 * kaynak-claim-private.h); the text is one copy; sources and links, a
 * few, are copied.  Nothing in it refers to the document any more, so
 * it may be read and freed on any thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-claim-private.h"
#include "kaynak-codebook.h"
#include "kaynak-document.h"
#include "kaynak-unknown.h"

G_BEGIN_DECLS

typedef struct
{
  char       *title;
  char       *url;
  char       *outlet;
  char       *published;
  char       *language;
  char       *notes;
  char       *fact_check_url;  /* "" when not set */
  KaynakArticleState state;    /* written only when not new */
  char       *article_author;  /* "" when not set */
  char       *retrieved;       /* "" when not set */
  char       *archived_url;    /* "" when not set */
  char       *sha256;
  char       *text;
  GPtrArray  *sources;  /* KaynakSource, copies */
  GPtrArray  *claims;   /* KaynakClaimData, shared, in document order */
  GPtrArray  *links;    /* KaynakLink, copies */
  GPtrArray  *rejections; /* KaynakRejection, shared: they never change */
  /* the top's, the metadata's and the article's members Kaynak does not
   * know (KAYNAK_UNKNOWN_TOP to _ARTICLE), shared: they never change */
  KaynakUnknown *unknown[KAYNAK_UNKNOWN_ARTICLE + 1];
  /* the codebook's definitions (immutable, shared; NULL: none) and the
   * version the file is written as (kaynak_document_get_format_version()) */
  KaynakCodebook *codebook;
  guint       format_version;
  /* For a draft's header (kaynak-drafts.h) */
  GFile      *file;          /* NULL: never saved */
  char       *file_stamp;
  GFile      *article_file;
} KaynakDocumentSnapshot;

/* Main thread */
KaynakDocumentSnapshot *kaynak_document_snapshot_new  (KaynakDocument         *document);
/* Any thread */
void                    kaynak_document_snapshot_free (KaynakDocumentSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakDocumentSnapshot, kaynak_document_snapshot_free)

G_END_DECLS
