/* kaynak-html-text.h: the readable text of a part of a parsed web page,
 * as paragraphs separated by one blank line.
 *
 * What a reader does not read as the article is left out: scripts,
 * styles, navigation, headers and footers, forms and buttons, figures with
 * their captions and credits, and anything whose class, id or role names a
 * share bar, a caption, a credit, an advertisement or related links.
 * Block elements (p, div, headings, list items, quotes, br) end a
 * paragraph; runs of white space become one space.
 *
 * The walks follow the tree's own links instead of recursing, so a page
 * nested a million deep costs time and memory in its size, not a stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The text under @root (not @root's own left-out test: the caller chose
 * it), paragraphs joined by "\n\n"; "" when there is none */
char     *kaynak_html_text_of         (xmlNode    *root);
/* The length in bytes of the text under @root, white space collapsed,
 * left-out parts not counted: how a run of paragraphs is weighed */
gsize     kaynak_html_text_weight     (xmlNode    *root);
/* Whether @node (an element) is one of the parts left out above */
gboolean  kaynak_html_is_left_out     (xmlNode    *node);
/* Plain text (JSON-LD's articleBody) as the same paragraphs: lines
 * trimmed, white space collapsed, empty lines dropped */
char     *kaynak_html_text_paragraphs (const char *text);

G_END_DECLS
