/* kaynak-json-ld.h: what a web page's JSON-LD (schema.org) says about the
 * article it carries.
 *
 * News sites describe their article in <script type="application/ld+json">
 * as a NewsArticle (or Article, ReportageNews, BlogPosting…), alone, in a
 * list or in an "@graph".  The first such object with an articleBody is
 * taken, else the first such object.  Each script is checked by
 * kaynak-json-guard.h before it is parsed, so a hostile one is skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *headline;
  char *article_body;
  char *author;       /* names, joined by ", " */
  char *publisher;
  char *published;
  char *url;
  char *language;
} KaynakJsonLdArticle;

/* Looks for the article in @scripts (the texts of the page's JSON-LD
 * scripts, in order); NULL when none describes one */
KaynakJsonLdArticle *kaynak_json_ld_find_article (GPtrArray           *scripts);
void                 kaynak_json_ld_article_free (KaynakJsonLdArticle *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakJsonLdArticle, kaynak_json_ld_article_free)

G_END_DECLS
