/* kaynak-article-text.c: the article's text view, drawing the selected claim's frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-article-text.h"

struct _KaynakArticleText
{
  GtkTextView parent_instance;

  gboolean    has_frame;
  guint       frame_start;
  guint       frame_end;
  GdkRGBA     frame_color;
};

G_DEFINE_FINAL_TYPE (KaynakArticleText, kaynak_article_text, GTK_TYPE_TEXT_VIEW)

static void
append_frame (GtkSnapshot   *snapshot,
              const GdkRGBA *color,
              int            x0,
              int            x1,
              int            y,
              int            height)
{
  const float widths[4] = { 2, 2, 2, 2 };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };
  GskRoundedRect frame;

  gsk_rounded_rect_init_from_rect (&frame,
                                   &GRAPHENE_RECT_INIT (x0 - 3, y - 1, MAX (1, x1 - x0) + 6, height + 2),
                                   4);
  gtk_snapshot_append_border (snapshot, &frame, widths, colors);
}

static void
kaynak_article_text_snapshot_layer (GtkTextView      *view,
                                    GtkTextViewLayer  layer,
                                    GtkSnapshot      *snapshot)
{
  KaynakArticleText *self = KAYNAK_ARTICLE_TEXT (view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible;
  GtkTextIter iter, end;

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || !self->has_frame ||
      self->frame_start >= self->frame_end)
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) self->frame_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) self->frame_end);

  /* One frame per display line of the claim */
  while (gtk_text_iter_compare (&iter, &end) < 0)
    {
      GtkTextIter line_end = iter;
      GtkTextIter next;
      GdkRectangle a, b;

      if (!gtk_text_view_forward_display_line_end (view, &line_end) ||
          gtk_text_iter_compare (&line_end, &end) > 0)
        line_end = end;

      gtk_text_view_get_iter_location (view, &iter, &a);
      gtk_text_view_get_iter_location (view, &line_end, &b);
      if (a.y > visible.y + visible.height)
        break;
      if (a.y + a.height >= visible.y)
        append_frame (snapshot, &self->frame_color, a.x,
                      b.y == a.y ? b.x : a.x + a.width, a.y, a.height);

      next = line_end;
      if (!gtk_text_view_forward_display_line (view, &next) ||
          gtk_text_iter_compare (&next, &iter) <= 0)
        break;
      iter = next;
    }
}

static void
kaynak_article_text_class_init (KaynakArticleTextClass *klass)
{
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = kaynak_article_text_snapshot_layer;
}

static void
kaynak_article_text_init (KaynakArticleText *self)
{
}

void
kaynak_article_text_set_frame (KaynakArticleText *self,
                               guint              start,
                               guint              end,
                               const GdkRGBA     *color)
{
  gboolean has_frame = start < end;

  g_return_if_fail (KAYNAK_IS_ARTICLE_TEXT (self));

  if (has_frame == self->has_frame && start == self->frame_start &&
      end == self->frame_end && (color == NULL || gdk_rgba_equal (color, &self->frame_color)))
    return;

  self->has_frame = has_frame;
  self->frame_start = start;
  self->frame_end = end;
  if (color != NULL)
    self->frame_color = *color;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
