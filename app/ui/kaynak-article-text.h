/* kaynak-article-text.h: the article's GtkTextView, which draws a frame
 * around the selected claim (around each of its pieces) and lines under
 * the words where its source is named and where its cue stands.
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

#include "kaynak-types.h"

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

/* Frames each of @ranges (a claim's pieces) as set_frame() frames one */
void kaynak_article_text_set_frames (KaynakArticleText *self,
                                     const KaynakRange *ranges,
                                     guint              n,
                                     const GdkRGBA     *color);
/* Draws a solid line under each of @source_ranges (where the selected
 * claim's source is named) and a dotted one under each of @cue_ranges
 * (where its cue stands), in the text's colour for the @dark style or the
 * light one; none of either removes them. */
void kaynak_article_text_set_marks  (KaynakArticleText *self,
                                     const KaynakRange *source_ranges,
                                     guint              n_source,
                                     const KaynakRange *cue_ranges,
                                     guint              n_cue,
                                     gboolean           dark);

/* Draws a dashed outline (no fill, so it is never taken for a claim's
 * highlight, whatever the colours) around each of @ranges, the
 * suggestions under review (kaynak-suggestions-bar.h), and a thicker one
 * around @ranges[@current] (G_MAXUINT: none), in the text's colour for the
 * @dark style or the light one; none removes them. */
void kaynak_article_text_set_suggestions (KaynakArticleText *self,
                                          const KaynakRange *ranges,
                                          guint              n,
                                          guint              current,
                                          gboolean           dark);
G_END_DECLS
