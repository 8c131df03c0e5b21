/* kaynak-article-text.h: the article's GtkTextView, which draws a frame
 * around the selected claim.
 *
 * The frame is drawn above the text rather than made with an underline
 * tag: GTK 4.8 leaves a tag's underline out when the run ends mid-line,
 * and its overline attribute is freed twice.  Drawing also costs no
 * relayout when the selection moves.  Everything else is a plain
 * GtkTextView; the article view (kaynak-article-view.c) sets it up in its
 * template.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_ARTICLE_TEXT (kaynak_article_text_get_type ())

G_DECLARE_FINAL_TYPE (KaynakArticleText, kaynak_article_text, KAYNAK, ARTICLE_TEXT, GtkTextView)

/* Frames code points [start, end) of the buffer in @color, one frame per
 * display line; an empty range removes the frame.  NULL @color keeps the
 * colour the frame had. */
void kaynak_article_text_set_frame (KaynakArticleText *self,
                                    guint              start,
                                    guint              end,
                                    const GdkRGBA     *color);

G_END_DECLS
