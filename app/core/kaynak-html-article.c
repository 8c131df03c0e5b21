/* kaynak-html-article.c: a saved web page's article and its details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>

#include "kaynak-error.h"
#include "kaynak-html-article.h"
#include "kaynak-html-text.h"
#include "kaynak-json-ld.h"
#include "kaynak-language.h"

/* The most <article> elements weighed: a page of teasers has dozens, the
 * article is among the first */
#define MAX_ARTICLES 64

/* What one pass over the whole page collects */
typedef struct
{
  GHashTable *meta;            /* "og:title" → content, first wins */
  char       *title;           /* <title> */
  char       *canonical;       /* <link rel="canonical"> */
  GPtrArray  *json_ld;         /* the texts of ld+json scripts */
  GPtrArray  *articles;        /* <article> elements, not left out */
  xmlNode    *article_body;    /* the first itemprop="articleBody" */
  GHashTable *paragraph_weight; /* parent element → bytes of its <p> children */
} Page;

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->meta, g_hash_table_unref);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->canonical, g_free);
  g_clear_pointer (&page->json_ld, g_ptr_array_unref);
  g_clear_pointer (&page->articles, g_ptr_array_unref);
  g_clear_pointer (&page->paragraph_weight, g_hash_table_unref);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* An attribute's value, stripped; NULL when absent or empty */
static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
attribute_is (xmlNode    *node,
              const char *name,
              const char *value)
{
  g_autofree char *found = attribute (node, name);

  return found != NULL && g_ascii_strcasecmp (found, value) == 0;
}

static char *
content_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

static void
collect_element (Page    *page,
                 xmlNode *node,
                 gboolean left_out)
{
  if (is_element (node, "meta"))
    {
      g_autofree char *key = attribute (node, "property");
      g_autofree char *content = attribute (node, "content");

      if (key == NULL)
        key = attribute (node, "name");
      if (key == NULL)
        key = attribute (node, "itemprop");
      if (key != NULL && content != NULL)
        {
          char *lower = g_ascii_strdown (key, -1);

          if (g_hash_table_contains (page->meta, lower))
            g_free (lower);
          else
            g_hash_table_insert (page->meta, lower, g_steal_pointer (&content));
        }
    }
  else if (is_element (node, "title") && page->title == NULL)
    page->title = content_of (node);
  else if (is_element (node, "link") && page->canonical == NULL &&
           attribute_is (node, "rel", "canonical"))
    page->canonical = attribute (node, "href");
  else if (is_element (node, "script") &&
           attribute_is (node, "type", "application/ld+json"))
    g_ptr_array_add (page->json_ld, content_of (node));
  else if (left_out)
    return;
  else if (is_element (node, "article") && page->articles->len < MAX_ARTICLES)
    g_ptr_array_add (page->articles, node);
  else if (is_element (node, "p") && node->parent != NULL)
    {
      gsize weight = kaynak_html_text_weight (node);
      gsize before = GPOINTER_TO_SIZE (g_hash_table_lookup (page->paragraph_weight, node->parent));

      g_hash_table_insert (page->paragraph_weight, node->parent,
                           GSIZE_TO_POINTER (before + weight));
    }

  if (page->article_body == NULL && !left_out && node->type == XML_ELEMENT_NODE &&
      attribute_is (node, "itemprop", "articleBody"))
    page->article_body = node;
}

/* One pass over the page in document order, without recursion.  Inside a
 * left-out part (a nav, an aside, the head) only the page's metadata is
 * taken, never paragraphs or articles. */
static void
collect (Page    *page,
         xmlNode *root)
{
  xmlNode *node = root;
  guint left_out_depth = 0;

  while (node != NULL)
    {
      gboolean left_out_here = node->type == XML_ELEMENT_NODE && kaynak_html_is_left_out (node);

      if (node->type == XML_ELEMENT_NODE)
        collect_element (page, node, left_out_depth > 0 || left_out_here);

      /* A script's text is its content, already taken; <p> weighs its own */
      if (node->type == XML_ELEMENT_NODE && node->children != NULL &&
          !is_element (node, "script") && !is_element (node, "style"))
        {
          if (left_out_here)
            left_out_depth++;
          node = node->children;
          continue;
        }

      for (;;)
        {
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          if (node != NULL && node->type == XML_ELEMENT_NODE && kaynak_html_is_left_out (node) &&
              left_out_depth > 0)
            left_out_depth--;
        }
    }
}

static const char *
meta (Page       *page,
      const char *key)
{
  return g_hash_table_lookup (page->meta, key);
}

/* The first of @candidates that is not NULL or empty */
static const char *
first_of (const char *a,
          const char *b,
          const char *c,
          const char *d)
{
  const char *candidates[] = { a, b, c, d };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] != NULL && *candidates[i] != '\0')
      return candidates[i];
  return NULL;
}

/* Collapsed white space: a title spread over lines in the markup */
static char *
one_line (const char *text)
{
  g_autofree char *paragraphs = kaynak_html_text_paragraphs (text);
  char **lines = g_strsplit (paragraphs, "\n\n", -1);
  char *joined = g_strjoinv (" ", lines);

  g_strfreev (lines);
  return joined;
}

static void
set_text (KaynakArticleDetails *details,
          void                (*set) (KaynakArticleDetails *, const char *),
          const char           *value)
{
  g_autofree char *line = NULL;

  if (value == NULL)
    return;
  line = one_line (value);
  if (*line != '\0')
    set (details, line);
}

static void
set_date (KaynakArticleDetails *details,
          const char           *value)
{
  g_autofree char *day = NULL;

  if (value == NULL)
    return;
  if (kaynak_published_date_check (value, NULL))
    {
      kaynak_article_details_set_published (details, value);
      return;
    }
  /* "2024-10-31T14:30:00.000+0300" and the like: the day is still right */
  day = g_strndup (value, 10);
  if (strlen (day) == 10 && kaynak_published_date_check (day, NULL))
    kaynak_article_details_set_published (details, day);
}

static void
set_url (KaynakArticleDetails *details,
         const char           *a,
         const char           *b,
         const char           *c,
         const char           *d)
{
  const char *candidates[] = { a, b, c, d };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] != NULL && *candidates[i] != '\0' &&
        kaynak_fact_check_url_check (candidates[i], NULL))
      {
        kaynak_article_details_set_url (details, candidates[i]);
        return;
      }
}

static void
set_language (KaynakArticleDetails *details,
              const char           *a,
              const char           *b,
              const char           *c)
{
  const char *candidates[] = { a, b, c };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *tag = NULL;

      if (candidates[i] == NULL || *candidates[i] == '\0')
        continue;
      /* og:locale writes tr_TR */
      tag = g_strdelimit (g_strdup (candidates[i]), "_", '-');
      if (kaynak_language_tag_check (tag, NULL))
        {
          kaynak_article_details_set_language (details, tag);
          return;
        }
    }
}

static gboolean
is_address (const char *value)
{
  return value != NULL && (g_str_has_prefix (value, "http://") ||
                           g_str_has_prefix (value, "https://"));
}

static char *
densest (Page *page)
{
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best = NULL;
  gsize best_weight = 0;

  g_hash_table_iter_init (&iter, page->paragraph_weight);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_SIZE (value) > best_weight ||
        (GPOINTER_TO_SIZE (value) == best_weight && best != NULL &&
         xmlGetLineNo (key) < xmlGetLineNo (best)))
      {
        best = key;
        best_weight = GPOINTER_TO_SIZE (value);
      }
  return best != NULL ? kaynak_html_text_of (best) : g_strdup ("");
}

static char *
article_text (Page *page)
{
  char *best = NULL;
  gsize best_length = 0;

  for (guint i = 0; i < page->articles->len; i++)
    {
      char *text = kaynak_html_text_of (g_ptr_array_index (page->articles, i));
      gsize length = strlen (text);

      if (best == NULL || length > best_length)
        {
          g_free (best);
          best = text;
          best_length = length;
        }
      else
        g_free (text);
    }
  return best;
}

/* Broken markup is recovered from as browsers do, silently; nothing is
 * fetched from the network */
#define PARSE_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                       HTML_PARSE_NONET | HTML_PARSE_COMPACT)

static GOnce init_once = G_ONCE_INIT;

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

char *
kaynak_html_article_extract (const char           *data,
                             gsize                 length,
                             const char           *charset,
                             const char           *base_url,
                             KaynakArticleDetails *details,
                             GError              **error)
{
  g_autoptr(KaynakJsonLdArticle) json_ld = NULL;
  g_autofree char *text = NULL;
  g_autofree char *lang = NULL;
  Page page = { 0 };
  xmlDoc *doc;
  xmlNode *root;
  const char *author;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (KAYNAK_IS_ARTICLE_DETAILS (details), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > KAYNAK_HTML_MAX_SIZE)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                   _("The page is larger than %u MB, more than any article with its markup"),
                   KAYNAK_HTML_MAX_SIZE / (1024u * 1024u));
      return NULL;
    }

  /* libxml2 sets up its globals on first use; done once here, since the
   * window may open articles on more than one thread */
  g_once (&init_once, init_libxml, NULL);
  doc = htmlReadMemory (data, (int) length, NULL, charset, PARSE_OPTIONS);
  /* A charset iconv does not know (an MHTML part may name anything): the
   * page's own declaration, else libxml2's guess, rather than nothing */
  if (doc == NULL && charset != NULL)
    doc = htmlReadMemory (data, (int) length, NULL, NULL, PARSE_OPTIONS);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("It is not a web page Kaynak can read"));
      return NULL;
    }

  page.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  page.json_ld = g_ptr_array_new_with_free_func (g_free);
  page.articles = g_ptr_array_new ();
  page.paragraph_weight = g_hash_table_new (NULL, NULL);
  collect (&page, root);
  json_ld = kaynak_json_ld_find_article (page.json_ld);

  if (json_ld != NULL && *json_ld->article_body != '\0')
    text = kaynak_html_text_paragraphs (json_ld->article_body);
  if ((text == NULL || *text == '\0') && page.articles->len > 0)
    {
      g_free (text);
      text = article_text (&page);
    }
  if ((text == NULL || *text == '\0') && page.article_body != NULL)
    {
      g_free (text);
      text = kaynak_html_text_of (page.article_body);
    }
  if (text == NULL || *text == '\0')
    {
      g_free (text);
      text = densest (&page);
    }

  if (*text == '\0')
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                   _("The page has no article text: no JSON-LD articleBody, no "
                     "<article> element and no paragraphs"));
      page_clear (&page);
      xmlFreeDoc (doc);
      return NULL;
    }

  set_text (details, kaynak_article_details_set_title,
            first_of (meta (&page, "og:title"), json_ld ? json_ld->headline : NULL,
                      page.title, meta (&page, "twitter:title")));
  set_text (details, kaynak_article_details_set_outlet,
            first_of (meta (&page, "og:site_name"), json_ld ? json_ld->publisher : NULL,
                      meta (&page, "application-name"), NULL));
  author = meta (&page, "article:author");
  set_text (details, kaynak_article_details_set_author,
            first_of (json_ld ? json_ld->author : NULL, meta (&page, "author"),
                      is_address (author) ? NULL : author, NULL));
  set_date (details, first_of (meta (&page, "article:published_time"),
                               json_ld ? json_ld->published : NULL,
                               meta (&page, "datepublished"),
                               first_of (meta (&page, "pubdate"), meta (&page, "date"),
                                         meta (&page, "dc.date"), NULL)));
  set_url (details, page.canonical, meta (&page, "og:url"),
           json_ld ? json_ld->url : NULL, base_url);
  lang = attribute (root, "lang");
  if (lang == NULL)
    lang = attribute (root, "xml:lang");
  set_language (details, lang, json_ld ? json_ld->language : NULL, meta (&page, "og:locale"));

  page_clear (&page);
  xmlFreeDoc (doc);
  return g_steal_pointer (&text);
}
