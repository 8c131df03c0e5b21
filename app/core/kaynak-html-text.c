/* kaynak-html-text.c: the readable text of a part of a web page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kaynak-html-text.h"

/* Elements never read as the article's text */
static const char * const left_out_names[] = {
  "script", "style", "noscript", "nav", "header", "footer", "aside",
  "figure", "figcaption", "form", "button", "iframe", "svg", "template",
  "select", "textarea", "input", "object", "embed", "video", "audio",
  "canvas", "map", "head", "title", "meta", "link", "dialog", "menu",
};

/* Words in a class, id or role that mark a part around the article, in
 * the shapes news sites name them ("share-buttons", "img-caption",
 * "photo-credit", "ad-slot" is too short to match safely and not listed) */
static const char * const left_out_words[] = {
  "share", "social", "caption", "credit", "advert", "newsletter",
  "related", "breadcrumb", "navigation", "byline", "comment", "banner",
};

static const char * const block_names[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "section", "article", "main", "pre", "table", "tr", "dd",
  "dt", "dl", "br", "hr", "address", "td", "th", "body",
};

static gboolean
name_in (const xmlChar      *name,
         const char * const *names,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
attribute_names_part (xmlNode    *node,
                      const char *attribute)
{
  g_autofree char *lower = NULL;
  xmlChar *value = xmlGetProp (node, (const xmlChar *) attribute);
  gboolean found = FALSE;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown ((const char *) value, -1);
  xmlFree (value);
  for (gsize i = 0; i < G_N_ELEMENTS (left_out_words) && !found; i++)
    found = strstr (lower, left_out_words[i]) != NULL;
  return found;
}

gboolean
kaynak_html_is_left_out (xmlNode *node)
{
  xmlChar *hidden;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (name_in (node->name, left_out_names, G_N_ELEMENTS (left_out_names)))
    return TRUE;
  hidden = xmlGetProp (node, (const xmlChar *) "hidden");
  if (hidden != NULL)
    {
      xmlFree (hidden);
      return TRUE;
    }
  return attribute_names_part (node, "class") ||
         attribute_names_part (node, "id") ||
         attribute_names_part (node, "role");
}

static gboolean
is_block (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE &&
         name_in (node->name, block_names, G_N_ELEMENTS (block_names));
}

typedef struct
{
  GString *out;
  GString *paragraph;
} Builder;

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B;
}

static void
append_text (Builder    *b,
             const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        {
          if (b->paragraph->len > 0 && b->paragraph->str[b->paragraph->len - 1] != ' ')
            g_string_append_c (b->paragraph, ' ');
        }
      else
        g_string_append_unichar (b->paragraph, c);
    }
}

static void
end_paragraph (Builder *b)
{
  if (b->paragraph->len > 0 && b->paragraph->str[b->paragraph->len - 1] == ' ')
    g_string_truncate (b->paragraph, b->paragraph->len - 1);
  if (b->paragraph->len == 0)
    return;
  if (b->out != NULL)
    {
      if (b->out->len > 0)
        g_string_append (b->out, "\n\n");
      g_string_append_len (b->out, b->paragraph->str, b->paragraph->len);
    }
  g_string_truncate (b->paragraph, 0);
}

/* Walks @root's subtree in document order without recursion */
static void
walk (xmlNode *root,
      Builder *b)
{
  xmlNode *node = root->children;

  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        {
          if (!kaynak_html_is_left_out (node))
            {
              if (is_block (node))
                end_paragraph (b);
              descend = TRUE;
            }
        }
      else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               node->content != NULL)
        append_text (b, (const char *) node->content);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave this node, then every parent that has no next sibling */
      for (;;)
        {
          if (is_block (node))
            end_paragraph (b);
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          if (node == NULL || node == root)
            {
              node = NULL;
              break;
            }
        }
    }
  end_paragraph (b);
}

char *
kaynak_html_text_of (xmlNode *root)
{
  g_autoptr(GString) paragraph = g_string_new (NULL);
  Builder b = { g_string_new (NULL), paragraph };

  g_return_val_if_fail (root != NULL, NULL);

  walk (root, &b);
  return g_string_free (b.out, FALSE);
}

gsize
kaynak_html_text_weight (xmlNode *root)
{
  g_autofree char *text = kaynak_html_text_of (root);

  return strlen (text);
}

char *
kaynak_html_text_paragraphs (const char *text)
{
  g_autoptr(GString) paragraph = g_string_new (NULL);
  Builder b = { g_string_new (NULL), paragraph };
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p)
    {
      const char *eol = strchr (p, '\n');
      g_autofree char *line = g_strndup (p, eol ? (gsize) (eol - p) : strlen (p));

      append_text (&b, line);
      end_paragraph (&b);
      p = eol ? eol + 1 : p + strlen (p);
    }
  return g_string_free (b.out, FALSE);
}
