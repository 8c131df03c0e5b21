/* kaynak-article-details.c: the article's details as a value, and the rule
 * for a publication date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kaynak-article-details.h"
#include "kaynak-error.h"

struct _KaynakArticleDetails
{
  GObject  parent_instance;

  char    *title;
  char    *url;
  char    *outlet;
  char    *published;
  char    *language;
  char    *fact_check_url;
  char    *author;
  char    *retrieved;
  char    *archived_url;
};

G_DEFINE_FINAL_TYPE (KaynakArticleDetails, kaynak_article_details, G_TYPE_OBJECT)

static void
kaynak_article_details_finalize (GObject *object)
{
  KaynakArticleDetails *self = KAYNAK_ARTICLE_DETAILS (object);

  g_free (self->title);
  g_free (self->url);
  g_free (self->outlet);
  g_free (self->published);
  g_free (self->language);
  g_free (self->fact_check_url);
  g_free (self->author);
  g_free (self->retrieved);
  g_free (self->archived_url);

  G_OBJECT_CLASS (kaynak_article_details_parent_class)->finalize (object);
}

static void
kaynak_article_details_class_init (KaynakArticleDetailsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_article_details_finalize;
}

static void
kaynak_article_details_init (KaynakArticleDetails *self)
{
  self->title = g_strdup ("");
  self->url = g_strdup ("");
  self->outlet = g_strdup ("");
  self->published = g_strdup ("");
  self->language = g_strdup ("");
  self->fact_check_url = g_strdup ("");
  self->author = g_strdup ("");
  self->retrieved = g_strdup ("");
  self->archived_url = g_strdup ("");
}

KaynakArticleDetails *
kaynak_article_details_new (void)
{
  return g_object_new (KAYNAK_TYPE_ARTICLE_DETAILS, NULL);
}

#define FIELD(name)                                                        \
const char *                                                              \
kaynak_article_details_get_##name (KaynakArticleDetails *self)            \
{                                                                         \
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (self), NULL);          \
  return self->name;                                                      \
}                                                                         \
void                                                                      \
kaynak_article_details_set_##name (KaynakArticleDetails *self,            \
                                   const char           *value)           \
{                                                                         \
  g_return_if_fail (KAYNAK_IS_ARTICLE_DETAILS (self));                    \
  g_free (self->name);                                                    \
  self->name = g_strdup (value ? value : "");                             \
}

FIELD (title)
FIELD (url)
FIELD (outlet)
FIELD (published)
FIELD (language)
FIELD (fact_check_url)
FIELD (author)
FIELD (retrieved)
FIELD (archived_url)

KaynakArticleDetails *
kaynak_article_details_copy (KaynakArticleDetails *self)
{
  KaynakArticleDetails *copy;

  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (self), NULL);

  copy = kaynak_article_details_new ();
  kaynak_article_details_set_title (copy, self->title);
  kaynak_article_details_set_url (copy, self->url);
  kaynak_article_details_set_outlet (copy, self->outlet);
  kaynak_article_details_set_published (copy, self->published);
  kaynak_article_details_set_language (copy, self->language);
  kaynak_article_details_set_fact_check_url (copy, self->fact_check_url);
  kaynak_article_details_set_author (copy, self->author);
  kaynak_article_details_set_retrieved (copy, self->retrieved);
  kaynak_article_details_set_archived_url (copy, self->archived_url);
  return copy;
}

gboolean
kaynak_article_details_equal (KaynakArticleDetails *a,
                              KaynakArticleDetails *b)
{
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (a), FALSE);
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (b), FALSE);

  return g_str_equal (a->title, b->title) &&
         g_str_equal (a->url, b->url) &&
         g_str_equal (a->outlet, b->outlet) &&
         g_str_equal (a->published, b->published) &&
         g_str_equal (a->language, b->language) &&
         g_str_equal (a->fact_check_url, b->fact_check_url) &&
         g_str_equal (a->author, b->author) &&
         g_str_equal (a->retrieved, b->retrieved) &&
         g_str_equal (a->archived_url, b->archived_url);
}

/* --- The fact-check's web address --------------------------------------- */

gboolean
kaynak_fact_check_url_check (const char  *url,
                             GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (url != NULL, FALSE);

  if (*url == '\0')
    return TRUE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  /* Google and Fact Check Explorer link to it: it must be a page on the
   * web, with a host, not a file or a relative path */
  if (uri == NULL || scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   /* Translators: the example address may be translated */
                   _("“%s” is not a web address. Write the page’s full address, "
                     "e.g. https://example.org/dogrulama/haber"),
                   url);
      return FALSE;
    }
  return TRUE;
}

/* --- The publication date ------------------------------------------------ */

/* Reads exactly @n ASCII digits at *p */
static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }
  *p += n;
  *value = v;
  return TRUE;
}

static gboolean
date_error (GError     **error,
            const char  *published)
{
  g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
               /* Translators: the date must stay in this form; do not translate
                * YYYY-MM-DD, the example shows it */
               _("“%s” is not a date. Write it as YYYY-MM-DD, e.g. 2024-03-05"),
               published);
  return FALSE;
}

gboolean
kaynak_published_date_check (const char  *published,
                             GError     **error)
{
  const char *p = published;
  guint year, month = 1, day = 1;

  g_return_val_if_fail (published != NULL, FALSE);

  if (*published == '\0')
    return TRUE;

  /* Read by hand rather than with GDateTime alone: it wants a time and a
   * zone, while a publication date is usually just a day, and its failure
   * says nothing about what is wrong. */
  if (!read_digits (&p, 4, &year))
    return date_error (error, published);
  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month))
        return date_error (error, published);
      if (month < 1 || month > 12)
        {
          g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                       _("“%s” has no month %02u: months go from 01 to 12"),
                       published, month);
          return FALSE;
        }
      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day))
            return date_error (error, published);
          if (year == 0 || day < 1 || day > g_date_get_days_in_month (month, year))
            {
              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           /* Translators: “2023-02-29”: month 02 of 2023 has 28 days */
                           _("“%s” is not a day: month %02u of %04u has %u days"),
                           published, month, year,
                           year == 0 ? 31 : g_date_get_days_in_month (month, year));
              return FALSE;
            }
        }
    }
  if (year == 0)
    return date_error (error, published);

  if (*p == '\0')
    return TRUE;

  if (*p == 'T' && p - published == 10)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (published, utc);

      if (when != NULL)
        return TRUE;
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The time in “%s” is not valid. Write it as "
                     "YYYY-MM-DDTHH:MM:SS with a zone, e.g. 2024-03-05T14:30:00+03:00, "
                     "or give the day alone"),
                   published);
      return FALSE;
    }

  return date_error (error, published);
}
