/* kaynak-html-article.h: a saved web page as an article: its body and its
 * details.
 *
 * The body is, in this order: JSON-LD's articleBody where the page has
 * one; else the <article> element (the one with most text) or the element
 * marked itemprop="articleBody"; else the densest run of paragraphs (the
 * element whose own <p> children carry the most text).  Its text is read
 * as kaynak-html-text.h says: paragraphs separated by one blank line,
 * scripts, navigation, captions and share bars left out.
 *
 * The details come from the page's head: title (og:title, JSON-LD
 * headline, <title>), outlet (og:site_name, JSON-LD publisher), author
 * (JSON-LD author, <meta name="author">), publication date
 * (article:published_time, JSON-LD datePublished), canonical address
 * (<link rel="canonical">, og:url, JSON-LD url, else @base_url) and
 * language (<html lang>, JSON-LD inLanguage, og:locale).  A value that
 * breaks the rule of its field (kaynak-article-details.h) is left out
 * rather than kept wrong.
 *
 * Parsed with libxml2's HTML parser, which recovers from malformed markup
 * the way browsers do, never touches the network, and honours the charset
 * the page declares (or @charset, the one its MHTML part declares).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-article-details.h"

G_BEGIN_DECLS

/* Largest page read, in bytes: far over any news page with its markup */
#define KAYNAK_HTML_MAX_SIZE (64u * 1024u * 1024u)

/* The article's text (UTF-8, paragraphs joined by "\n\n"), with what the
 * page says of it set on @details (fields it does not say are left as
 * they are).  KAYNAK_ERROR_TOO_LARGE over KAYNAK_HTML_MAX_SIZE,
 * KAYNAK_ERROR_INVALID for a page with no text to annotate. */
char *kaynak_html_article_extract (const char           *data,
                                   gsize                 length,
                                   const char           *charset,
                                   const char           *base_url,
                                   KaynakArticleDetails *details,
                                   GError              **error);

G_END_DECLS
