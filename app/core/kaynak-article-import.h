/* kaynak-article-import.h: an article file of any kind Kaynak reads, as a
 * new document: plain text (kaynak-text-import.h), a saved web page
 * (.html, .htm: kaynak-html-article.h), an MHTML page (.mhtml, .mht:
 * kaynak-mhtml.h) or a PDF (kaynak-pdf-text.h).
 *
 * The kind is told by the file's name alone: looking inside first would
 * mean opening a pipe or a device before kaynak-read.h can refuse it, and
 * a PDF named .txt is refused as binary with a message.  Whatever
 * the kind, the document's "retrieved" detail is set to today: the day
 * this copy of the article was taken into Kaynak.  The one function the
 * window, kaynak --new and kaynak --import text all open articles with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"
#include "kaynak-text-import.h"

G_BEGIN_DECLS

typedef enum
{
  KAYNAK_ARTICLE_KIND_TEXT,
  KAYNAK_ARTICLE_KIND_HTML,
  KAYNAK_ARTICLE_KIND_MHTML,
  KAYNAK_ARTICLE_KIND_PDF,
} KaynakArticleKind;

/* The kind a file of this @name is read as (by its extension) */
KaynakArticleKind kaynak_article_kind_for_name (const char *name);

/* The MIME type a file of this @name is known by (for the recent files
 * list): text/plain, text/html, multipart/related or application/pdf */
const char       *kaynak_article_mime_type_for_name (const char *name);

/* Reads @file as its kind says; errors name the file ("Cannot import
 * “x.html”. …").  *@encoding, when given, says how a plain-text article
 * was read (UTF-8 for the others: they declare theirs). */
KaynakDocument   *kaynak_article_import_file   (GFile              *file,
                                                KaynakTextEncoding *encoding,
                                                GCancellable       *cancellable,
                                                GError            **error);

/* Today as the "retrieved" detail takes it: YYYY-MM-DD, local time */
char             *kaynak_article_retrieved_today (void);

G_END_DECLS
