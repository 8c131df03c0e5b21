/* kaynak-json-ld.c: the article a page's JSON-LD describes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "kaynak-json-guard.h"
#include "kaynak-json-ld.h"

/* A page's metadata nests a few levels; anything deeper is not one */
#define MAX_DEPTH 64

static const char * const article_types[] = {
  "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle",
  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
  "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
  "TechArticle", "SocialMediaPosting",
};

void
kaynak_json_ld_article_free (KaynakJsonLdArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->headline);
  g_free (article->article_body);
  g_free (article->author);
  g_free (article->publisher);
  g_free (article->published);
  g_free (article->url);
  g_free (article->language);
  g_free (article);
}

static gboolean
type_is_article (const char *type)
{
  for (gsize i = 0; i < G_N_ELEMENTS (article_types); i++)
    if (g_str_equal (type, article_types[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_article (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return type_is_article (json_node_get_string (type));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *element = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING &&
              type_is_article (json_node_get_string (element)))
            return TRUE;
        }
    }
  return FALSE;
}

/* A string, or the "name" (else "@id") of an object, or those of a list */
static void
append_names (GString  *out,
              JsonNode *node,
              gboolean  id_too)
{
  const char *name = NULL;

  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    name = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonNode *member = json_object_get_member (object, "name");

      if (member == NULL && id_too)
        member = json_object_get_member (object, "@id");
      if (member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
          json_node_get_value_type (member) == G_TYPE_STRING)
        name = json_node_get_string (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        append_names (out, json_array_get_element (array, i), id_too);
      return;
    }

  if (name == NULL)
    return;
  {
    g_autofree char *stripped = g_strstrip (g_strdup (name));

    if (*stripped == '\0')
      return;
    if (out->len > 0)
      g_string_append (out, ", ");
    g_string_append (out, stripped);
  }
}

static char *
names_of (JsonObject *object,
          const char *member,
          gboolean    id_too)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_names (out, json_object_get_member (object, member), id_too);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static KaynakJsonLdArticle *
article_of (JsonObject *object)
{
  KaynakJsonLdArticle *article = g_new0 (KaynakJsonLdArticle, 1);

  article->headline = names_of (object, "headline", FALSE);
  if (*article->headline == '\0')
    {
      g_free (article->headline);
      article->headline = names_of (object, "name", FALSE);
    }
  article->article_body = names_of (object, "articleBody", FALSE);
  article->author = names_of (object, "author", FALSE);
  article->publisher = names_of (object, "publisher", FALSE);
  article->published = names_of (object, "datePublished", FALSE);
  article->url = names_of (object, "url", FALSE);
  if (*article->url == '\0')
    {
      g_free (article->url);
      article->url = names_of (object, "mainEntityOfPage", TRUE);
    }
  article->language = names_of (object, "inLanguage", FALSE);
  return article;
}

/* Depth-first through objects, lists and "@graph", with an explicit stack;
 * the guard has already bounded the depth */
static void
search (JsonNode    *root,
        JsonObject **with_body,
        JsonObject **first)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0 && *with_body == NULL)
    {
      JsonNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = json_array_get_length (array); i > 0; i--)
            g_ptr_array_add (stack, json_array_get_element (array, i - 1));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          JsonNode *graph = json_object_get_member (object, "@graph");

          if (is_article (object))
            {
              JsonNode *body = json_object_get_member (object, "articleBody");

              if (*first == NULL)
                *first = object;
              if (body != NULL && JSON_NODE_HOLDS_VALUE (body) &&
                  json_node_get_value_type (body) == G_TYPE_STRING &&
                  *json_node_get_string (body) != '\0')
                *with_body = object;
            }
          if (graph != NULL)
            g_ptr_array_add (stack, graph);
        }
    }
}

KaynakJsonLdArticle *
kaynak_json_ld_find_article (GPtrArray *scripts)
{
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *with_body = NULL;
  JsonObject *first = NULL;

  g_return_val_if_fail (scripts != NULL, NULL);

  for (guint i = 0; i < scripts->len && with_body == NULL; i++)
    {
      const char *script = g_ptr_array_index (scripts, i);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!kaynak_json_guard_check (script, strlen (script), MAX_DEPTH, NULL) ||
          !json_parser_load_from_data (parser, script, -1, NULL) ||
          json_parser_get_root (parser) == NULL)
        continue;
      search (json_parser_get_root (parser), &with_body, &first);
      /* Kept: first may point into it */
      g_ptr_array_add (parsers, g_steal_pointer (&parser));
    }

  if (with_body != NULL)
    return article_of (with_body);
  if (first != NULL)
    return article_of (first);
  return NULL;
}
