/* kaynak-article-view-private.h: what the article view's actions
 * (kaynak-article-view-actions.c) share with the view itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-article-view.h"
#include "kaynak-highlighter.h"
#include "kaynak-tag-popover.h"

G_BEGIN_DECLS

struct _KaynakArticleView
{
  GtkWidget           parent_instance;

  /* Template */
  GtkScrolledWindow  *scroller;
  AdwClampScrollable *clamp;
  GtkTextView        *text_view;
  KaynakTagPopover   *popover;

  KaynakDocument     *document;
  GtkTextBuffer      *buffer;
  /* Paints the document's claims into buffer */
  KaynakHighlighter  *highlighter;
  GtkTextMark        *scroll_mark;

  KaynakClaim        *selected_claim;
  /* the next click on a highlight picks its claim ("claim-picked") */
  gboolean            picking;
  char               *caret_description; /* what the article says to a screen reader now */

  /* What the open "Tag as…" popover tags: a range, or else a claim */
  gboolean            popover_has_range;
  guint               popover_start;
  guint               popover_end;
  KaynakClaim        *popover_claim;

  gboolean            dark;
  PangoFontDescription *measured_font;

  double              press_x;
  double              press_y;
  double              release_x;
  double              release_y;
  gboolean            release_dragged;
  guint               release_idle;

  /* A scroll asked for before the text view had its size */
  gboolean            scroll_pending;
  guint               scroll_start;
  guint               scroll_idle;

  /* While the highlighter paints the article in chunks, each frame first
   * paints what the view shows (kaynak_highlighter_paint_now()) */
  guint               paint_tick;
};

/* kaynak-article-view.c */
void         _kaynak_article_view_set_selected_claim    (KaynakArticleView *self,
                                                         KaynakClaim       *claim,
                                                         gboolean           scroll);
void         _kaynak_article_view_clear_text_selection  (KaynakArticleView *self);
void         _kaynak_article_view_clear_popover_target  (KaynakArticleView *self);
/* Where the caret is, in code points */
guint        _kaynak_article_view_get_caret_offset      (KaynakArticleView *self);
/* Gives @claim the source @source_id (when it has another) and selects it */
KaynakClaim *_kaynak_article_view_retag_claim           (KaynakArticleView *self,
                                                         KaynakClaim       *claim,
                                                         const char        *source_id,
                                                         GError           **error);

/* Ends picking and says which claim was picked (NULL: cancelled) */
void         _kaynak_article_view_end_picking           (KaynakArticleView *self,
                                                         KaynakClaim       *claim);

/* kaynak-article-view-actions.c */
/* Installs the actions and binds the template callbacks of the input */
void         _kaynak_article_view_class_init_actions    (GtkWidgetClass    *widget_class);
/* The capture-phase keys on the text view, naming the actions */
void         _kaynak_article_view_add_keys              (KaynakArticleView *self);
/* Enables the actions that have something to act on now */
void         _kaynak_article_view_update_actions        (KaynakArticleView *self);
/* Selects the next or previous claim from the selected one or the caret;
 * FALSE when there is none */
gboolean     _kaynak_article_view_select_neighbour      (KaynakArticleView *self,
                                                         gboolean           forward);

G_END_DECLS
