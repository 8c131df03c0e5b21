/* kaynak-article-details.h: what is known about the article itself: its
 * title, web address, outlet, publication date and language, and the
 * address of the fact-check published about it (ClaimReview's "url").
 *
 * A plain value object.  The document keeps its details in its own fields;
 * a KaynakArticleDetails is a copy of them, edited by the details dialog and
 * handed back to kaynak_document_set_details(), and what the undo history
 * records as the before and after of such an edit.
 *
 * The rules for the two fields with a syntax live here and in
 * kaynak-language.h, in core, so that the dialog, the command line and the
 * document all check them the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_ARTICLE_DETAILS (kaynak_article_details_get_type ())

G_DECLARE_FINAL_TYPE (KaynakArticleDetails, kaynak_article_details, KAYNAK, ARTICLE_DETAILS, GObject)

/* Every field "" */
KaynakArticleDetails *kaynak_article_details_new           (void);
KaynakArticleDetails *kaynak_article_details_copy          (KaynakArticleDetails *self);
gboolean              kaynak_article_details_equal         (KaynakArticleDetails *a,
                                                            KaynakArticleDetails *b);

/* Strings, never NULL; a NULL value is stored as "" */
const char *kaynak_article_details_get_title     (KaynakArticleDetails *self);
void        kaynak_article_details_set_title     (KaynakArticleDetails *self,
                                                  const char           *title);
const char *kaynak_article_details_get_url       (KaynakArticleDetails *self);
void        kaynak_article_details_set_url       (KaynakArticleDetails *self,
                                                  const char           *url);
const char *kaynak_article_details_get_outlet    (KaynakArticleDetails *self);
void        kaynak_article_details_set_outlet    (KaynakArticleDetails *self,
                                                  const char           *outlet);
const char *kaynak_article_details_get_published (KaynakArticleDetails *self);
void        kaynak_article_details_set_published (KaynakArticleDetails *self,
                                                  const char           *published);
const char *kaynak_article_details_get_language  (KaynakArticleDetails *self);
void        kaynak_article_details_set_language  (KaynakArticleDetails *self,
                                                  const char           *language);

/* The web address of the page where the fact-check of this article is
 * published: what every ClaimReview of it must carry as its "url" */
const char *kaynak_article_details_get_fact_check_url (KaynakArticleDetails *self);
void        kaynak_article_details_set_fact_check_url (KaynakArticleDetails *self,
                                                       const char           *url);

/* Who wrote the article (a byline, "" when unknown) */
const char *kaynak_article_details_get_author    (KaynakArticleDetails *self);
void        kaynak_article_details_set_author    (KaynakArticleDetails *self,
                                                  const char           *author);
/* When this copy of the article was taken (from the web, a PDF, a file),
 * a date the way kaynak_published_date_check() accepts, or "" */
const char *kaynak_article_details_get_retrieved (KaynakArticleDetails *self);
void        kaynak_article_details_set_retrieved (KaynakArticleDetails *self,
                                                  const char           *retrieved);
/* The address of an archived copy of the article (a web archive's), or "";
 * checked as kaynak_fact_check_url_check() checks an address */
const char *kaynak_article_details_get_archived_url (KaynakArticleDetails *self);
void        kaynak_article_details_set_archived_url (KaynakArticleDetails *self,
                                                     const char           *url);

/* Whether @url is "" or an absolute http or https address with a host;
 * KAYNAK_ERROR_INVALID with a message a user can act on otherwise. */
gboolean    kaynak_fact_check_url_check          (const char           *url,
                                                  GError              **error);

/* Whether @published is "" or an ISO 8601 date the way the file keeps it:
 * YYYY-MM-DD (a day that exists), YYYY-MM, YYYY, or a full date-time
 * (2024-03-05T14:30:00+03:00).  On failure the KAYNAK_ERROR_INVALID
 * message says what is wrong in words a user can act on. */
gboolean    kaynak_published_date_check          (const char           *published,
                                                  GError              **error);

G_END_DECLS
