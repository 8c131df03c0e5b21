/* kaynak-article-text.c: the article's text view, drawing the selected claim's frames
 * and the lines under where its source is named and its cue stands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-article-text.h"

struct _KaynakArticleText
{
  GtkTextView parent_instance;

  /* The selected claim's pieces, each framed (one range for most claims) */
  GArray     *frames;        /* of KaynakRange */
  GdkRGBA     frame_color;
  /* Where the selected claim's source is named and its cue stands: a
   * solid line under the one, a dotted line under the other, so that
   * they differ by shape and not by colour alone */
  GArray     *source_marks;  /* of KaynakRange */
  GArray     *cue_marks;     /* of KaynakRange */
  gboolean    dark;
  /* The suggestions under review: dashed outlines, the current one
   * thicker */
  GArray     *suggestions;   /* of KaynakRange */
  guint       current_suggestion;
  gboolean    suggestions_dark;
};

G_DEFINE_FINAL_TYPE (KaynakArticleText, kaynak_article_text, GTK_TYPE_TEXT_VIEW)

typedef enum {
  DRAW_FRAME,
  DRAW_SOLID_LINE,
  DRAW_DOTTED_LINE,
  DRAW_DASHED_FRAME,
  DRAW_THICK_DASHED_FRAME,
} DrawKind;

/* A frame of dashes 6 px long with gaps of 4 px, @width px thick */
static void
append_dashed_frame (GtkSnapshot   *snapshot,
                     const GdkRGBA *color,
                     float          width,
                     int            x0,
                     int            x1,
                     int            y,
                     int            height)
{
  float left = x0 - 3, right = x0 + MAX (1, x1 - x0) + 3;
  float top = y - 1, bottom = y + height + 1 - width;

  for (float x = left; x < right; x += 10)
    {
      float w = MIN (6, right - x);

      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, top, w, width));
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, bottom, w, width));
    }
  for (float yy = top; yy < bottom + width; yy += 10)
    {
      float h = MIN (6, bottom + width - yy);

      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (left, yy, width, h));
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (right - width, yy, width, h));
    }
}

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

/* A line just under the text of one display line: solid, or dots of 2 px
 * with gaps of 2 px */
static void
append_line (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             gboolean       dotted,
             int            x0,
             int            x1,
             int            y,
             int            height)
{
  int base = y + height - 2;

  if (!dotted)
    {
      gtk_snapshot_append_color (snapshot, color,
                                 &GRAPHENE_RECT_INIT (x0, base, MAX (1, x1 - x0), 2));
      return;
    }
  for (int x = x0; x < x1; x += 4)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (x, base, MIN (2, x1 - x), 2));
}

/* Draws [start, end) one display line at a time, only what is in sight */
static void
draw_range (KaynakArticleText *self,
            GtkSnapshot       *snapshot,
            const GdkRectangle *visible,
            guint              start,
            guint              end,
            DrawKind           kind,
            const GdkRGBA     *color)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter, last;

  if (start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &last, (int) end);

  while (gtk_text_iter_compare (&iter, &last) < 0)
    {
      GtkTextIter line_end = iter;
      GtkTextIter next;
      GdkRectangle a, b;

      if (!gtk_text_view_forward_display_line_end (view, &line_end) ||
          gtk_text_iter_compare (&line_end, &last) > 0)
        line_end = last;

      gtk_text_view_get_iter_location (view, &iter, &a);
      gtk_text_view_get_iter_location (view, &line_end, &b);
      if (a.y > visible->y + visible->height)
        break;
      if (a.y + a.height >= visible->y)
        {
          int x1 = b.y == a.y ? b.x : a.x + a.width;

          if (kind == DRAW_FRAME)
            append_frame (snapshot, color, a.x, x1, a.y, a.height);
          else if (kind == DRAW_DASHED_FRAME || kind == DRAW_THICK_DASHED_FRAME)
            append_dashed_frame (snapshot, color, kind == DRAW_THICK_DASHED_FRAME ? 3 : 1.5,
                                 a.x, x1, a.y, a.height);
          else
            append_line (snapshot, color, kind == DRAW_DOTTED_LINE, a.x, x1, a.y, a.height);
        }

      next = line_end;
      if (!gtk_text_view_forward_display_line (view, &next) ||
          gtk_text_iter_compare (&next, &iter) <= 0)
        break;
      iter = next;
    }
}

static void
draw_ranges (KaynakArticleText  *self,
             GtkSnapshot        *snapshot,
             const GdkRectangle *visible,
             GArray             *ranges,
             DrawKind            kind,
             const GdkRGBA      *color)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      const KaynakRange *range = &g_array_index (ranges, KaynakRange, i);

      draw_range (self, snapshot, visible, range->start, range->end, kind, color);
    }
}

static void
kaynak_article_text_snapshot_layer (GtkTextView      *view,
                                    GtkTextViewLayer  layer,
                                    GtkSnapshot      *snapshot)
{
  KaynakArticleText *self = KAYNAK_ARTICLE_TEXT (view);
  GdkRectangle visible;
  /* The text's own colour, a little softened: readable on the light and
   * the dark style, and unlike any source's colour */
  GdkRGBA ink = self->dark ? (GdkRGBA) { 1, 1, 1, 0.85 } : (GdkRGBA) { 0, 0, 0, 0.8 };

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    return;
  if (self->frames->len == 0 && self->source_marks->len == 0 && self->cue_marks->len == 0 &&
      self->suggestions->len == 0)
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  if (self->suggestions->len > 0)
    {
      GdkRGBA outline = self->suggestions_dark ? (GdkRGBA) { 1, 1, 1, 0.85 }
                                               : (GdkRGBA) { 0, 0, 0, 0.8 };

      for (guint i = 0; i < self->suggestions->len; i++)
        {
          const KaynakRange *range = &g_array_index (self->suggestions, KaynakRange, i);

          draw_range (self, snapshot, &visible, range->start, range->end,
                      i == self->current_suggestion ? DRAW_THICK_DASHED_FRAME : DRAW_DASHED_FRAME,
                      &outline);
        }
    }
  draw_ranges (self, snapshot, &visible, self->source_marks, DRAW_SOLID_LINE, &ink);
  draw_ranges (self, snapshot, &visible, self->cue_marks, DRAW_DOTTED_LINE, &ink);
  /* One frame per display line of each piece */
  draw_ranges (self, snapshot, &visible, self->frames, DRAW_FRAME, &self->frame_color);
}

static void
kaynak_article_text_finalize (GObject *object)
{
  KaynakArticleText *self = KAYNAK_ARTICLE_TEXT (object);

  g_clear_pointer (&self->frames, g_array_unref);
  g_clear_pointer (&self->source_marks, g_array_unref);
  g_clear_pointer (&self->cue_marks, g_array_unref);
  g_clear_pointer (&self->suggestions, g_array_unref);

  G_OBJECT_CLASS (kaynak_article_text_parent_class)->finalize (object);
}

static void
kaynak_article_text_class_init (KaynakArticleTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kaynak_article_text_finalize;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = kaynak_article_text_snapshot_layer;
}

static void
kaynak_article_text_init (KaynakArticleText *self)
{
  self->frames = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->source_marks = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->cue_marks = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->suggestions = g_array_new (FALSE, FALSE, sizeof (KaynakRange));
  self->current_suggestion = G_MAXUINT;
}

/* Replaces @array's ranges with @ranges; FALSE when they were the same */
static gboolean
replace_ranges (GArray            *array,
                const KaynakRange *ranges,
                guint              n)
{
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    if (ranges[i].start < ranges[i].end)
      kept++;
  if (kept == array->len)
    {
      guint j = 0;
      gboolean same = TRUE;

      for (guint i = 0; i < n && same; i++)
        if (ranges[i].start < ranges[i].end)
          {
            const KaynakRange *old = &g_array_index (array, KaynakRange, j++);

            same = old->start == ranges[i].start && old->end == ranges[i].end;
          }
      if (same)
        return FALSE;
    }

  g_array_set_size (array, 0);
  for (guint i = 0; i < n; i++)
    if (ranges[i].start < ranges[i].end)
      g_array_append_val (array, ranges[i]);
  return TRUE;
}

void
kaynak_article_text_set_frame (KaynakArticleText *self,
                               guint              start,
                               guint              end,
                               const GdkRGBA     *color)
{
  KaynakRange range = { start, end };

  g_return_if_fail (KAYNAK_IS_ARTICLE_TEXT (self));

  kaynak_article_text_set_frames (self, &range, 1, color);
}

void
kaynak_article_text_set_frames (KaynakArticleText *self,
                                const KaynakRange *ranges,
                                guint              n,
                                const GdkRGBA     *color)
{
  gboolean changed;

  g_return_if_fail (KAYNAK_IS_ARTICLE_TEXT (self));
  g_return_if_fail (n == 0 || ranges != NULL);

  changed = replace_ranges (self->frames, ranges, n);
  if (color != NULL && !gdk_rgba_equal (color, &self->frame_color))
    {
      self->frame_color = *color;
      changed = TRUE;
    }
  if (changed)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kaynak_article_text_set_marks (KaynakArticleText *self,
                               const KaynakRange *source_ranges,
                               guint              n_source,
                               const KaynakRange *cue_ranges,
                               guint              n_cue,
                               gboolean           dark)
{
  gboolean changed;

  g_return_if_fail (KAYNAK_IS_ARTICLE_TEXT (self));

  changed = replace_ranges (self->source_marks, source_ranges, n_source);
  changed = replace_ranges (self->cue_marks, cue_ranges, n_cue) || changed;
  if (self->dark != !!dark)
    {
      self->dark = !!dark;
      changed = TRUE;
    }
  if (changed)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kaynak_article_text_set_suggestions (KaynakArticleText *self,
                                     const KaynakRange *ranges,
                                     guint              n,
                                     guint              current,
                                     gboolean           dark)
{
  g_return_if_fail (KAYNAK_IS_ARTICLE_TEXT (self));
  g_return_if_fail (n == 0 || ranges != NULL);

  g_array_set_size (self->suggestions, 0);
  if (n > 0)
    g_array_append_vals (self->suggestions, ranges, n);
  self->current_suggestion = current;
  self->suggestions_dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
