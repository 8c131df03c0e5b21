/* kaynak-article-summary.h: what a folder's list shows of a Kaynak file
 * (title, state, number of claims, sources used), read without loading
 * it (issue 18).
 *
 * A folder of 1,000 annotated articles must list in well under a second:
 * loading each file would build every claim, re-anchor it and hash the
 * text.  This reads the same bytes with the strict guard first (so a
 * hostile file is refused as the loader refuses it: bad UTF-8, nesting,
 * syntax), then walks the raw JSON for the few members the list needs
 * (kaynak_json_walk_object()), decoding only the strings it keeps.
 *
 * It is not a validation: a file it summarises may still be refused by
 * the loader for a claim past the end of its article.  It agrees with the
 * loader on every file the loader opens (tests/test-folder.c checks that
 * on many files).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-article-state.h"

G_BEGIN_DECLS

typedef struct
{
  char              *title;           /* metadata.title, "" when none */
  KaynakArticleState state;
  guint              n_claims;
  guint              n_sources_used;  /* distinct sources the claims have */
} KaynakArticleSummary;

/* Summarises the bytes of a Kaynak file (a UTF-8 byte order mark at the
 * start is skipped, as the loader does).  FALSE with the loader's errors
 * for a file that is not JSON, not a Kaynak file, from a newer Kaynak, or
 * whose title, state or claims are not what the format says. */
gboolean kaynak_article_summary_read  (const char            *data,
                                       gsize                  length,
                                       KaynakArticleSummary  *summary,
                                       GError               **error);
void     kaynak_article_summary_clear (KaynakArticleSummary  *summary);

G_END_DECLS
