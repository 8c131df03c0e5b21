/* kaynak-match-highlighter.c: the search's matches tagged where they can
 * be seen, following the scrolling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kaynak-match-highlighter.h"

struct _KaynakMatchHighlighter
{
  GObject        parent_instance;

  GtkTextView   *view;          /* weak */
  GtkTextBuffer *buffer;
  GtkAdjustment *vadjustment;
  GtkTextTag    *match_tag;
  GtkTextTag    *current_tag;

  GArray        *matches;
  int            current;

  /* Where the tags are now: [tagged_start, tagged_end) has the match tag
   * on exactly the matches inside it; current_start/end the current tag */
  guint          tagged_start;
  guint          tagged_end;
  gboolean       has_current;
  guint          current_start;
  guint          current_end;

  /* TRUE while we take our own tags off */
  gboolean       removing;
  /* Puts the tags back (and on top) before the next frame, after the
   * claims' highlighter took every tag off a range or made a tag */
  guint          repair_idle;
};

G_DEFINE_FINAL_TYPE (KaynakMatchHighlighter, kaynak_match_highlighter, G_TYPE_OBJECT)

/* Solid colours with dark text: a search hit must not be mistaken for a
 * claim, whose colours are translucent over the page.  GNOME's yellow 2
 * and orange 2 stay readable with black text in both styles. */
static void
update_colors (KaynakMatchHighlighter *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA match, current, text = { 0, 0, 0, 1 };

  if (self->match_tag == NULL)
    return;

  gdk_rgba_parse (&match, dark ? "#f6d32d" : "#f8e45c");
  gdk_rgba_parse (&current, dark ? "#ff7800" : "#ffa348");
  g_object_set (self->match_tag, "background-rgba", &match, "foreground-rgba", &text, NULL);
  g_object_set (self->current_tag, "background-rgba", &current, "foreground-rgba", &text, NULL);
}

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  return tag != NULL ? tag : gtk_text_buffer_create_tag (buffer, name, NULL);
}

/* Later tags win; claims' tags are made as sources are added, so ours
 * are put back on top whenever they are used */
static void
raise_tags (KaynakMatchHighlighter *self)
{
  int top = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer)) - 1;

  if (gtk_text_tag_get_priority (self->match_tag) != top - 1 ||
      gtk_text_tag_get_priority (self->current_tag) != top)
    {
      gtk_text_tag_set_priority (self->match_tag, top);
      gtk_text_tag_set_priority (self->current_tag, top);
    }
}

static void
remove_range (KaynakMatchHighlighter *self,
              GtkTextTag             *tag,
              guint                   start,
              guint                   end)
{
  GtkTextIter a, b;

  if (start >= end)
    return;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, (int) end);
  self->removing = TRUE;
  gtk_text_buffer_remove_tag (self->buffer, tag, &a, &b);
  self->removing = FALSE;
}

/* The first match that ends after @offset */
static guint
first_match_after (GArray *matches,
                   guint   offset)
{
  guint lo = 0, hi = matches->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (matches, KaynakSearchMatch, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The code points in sight, with a screenful either side so that a small
 * scroll finds its matches already tagged */
static gboolean
get_window (KaynakMatchHighlighter *self,
            guint                  *start,
            guint                  *end)
{
  GdkRectangle rect;
  GtkTextIter a, b;
  guint top, bottom, span, length;

  if (self->view == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    return FALSE;

  gtk_text_view_get_visible_rect (self->view, &rect);
  gtk_text_view_get_iter_at_location (self->view, &a, 0, rect.y);
  gtk_text_view_get_iter_at_location (self->view, &b, rect.width, rect.y + rect.height);
  gtk_text_iter_forward_line (&b);
  top = gtk_text_iter_get_offset (&a);
  bottom = gtk_text_iter_get_offset (&b);
  span = MAX (bottom - top, 2000);
  length = gtk_text_buffer_get_char_count (self->buffer);

  *start = top > span ? top - span : 0;
  *end = MIN (length, bottom + span);
  return TRUE;
}

static void
update_current (KaynakMatchHighlighter *self)
{
  GtkTextIter a, b;

  if (self->has_current)
    remove_range (self, self->current_tag, self->current_start, self->current_end);
  self->has_current = FALSE;

  if (self->matches == NULL || self->current < 0 || (guint) self->current >= self->matches->len)
    return;

  self->current_start = g_array_index (self->matches, KaynakSearchMatch, self->current).start;
  self->current_end = g_array_index (self->matches, KaynakSearchMatch, self->current).end;
  self->has_current = TRUE;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, (int) self->current_start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, (int) self->current_end);
  gtk_text_buffer_apply_tag (self->buffer, self->current_tag, &a, &b);
}

/* Re-tags the window in sight (FORCE: even if it did not move) */
static void
update (KaynakMatchHighlighter *self,
        gboolean                force)
{
  guint start = 0, end = 0;
  GtkTextIter a, b;

  if (self->buffer == NULL)
    return;

  if (self->matches == NULL || self->matches->len == 0 || !get_window (self, &start, &end))
    start = end = 0;
  if (!force && start == self->tagged_start && end == self->tagged_end)
    return;

  remove_range (self, self->match_tag, self->tagged_start, self->tagged_end);
  self->tagged_start = start;
  self->tagged_end = end;
  if (start >= end)
    return;

  raise_tags (self);
  for (guint i = first_match_after (self->matches, start); i < self->matches->len; i++)
    {
      KaynakSearchMatch *match = &g_array_index (self->matches, KaynakSearchMatch, i);

      if (match->start >= end)
        break;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, (int) match->start);
      b = a;
      gtk_text_iter_forward_chars (&b, (int) (match->end - match->start));
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &a, &b);
    }
}

static void
on_scrolled (KaynakMatchHighlighter *self)
{
  update (self, FALSE);
}

static gboolean
repair (gpointer data)
{
  KaynakMatchHighlighter *self = data;

  self->repair_idle = 0;
  if (self->buffer != NULL && self->matches != NULL)
    {
      raise_tags (self);
      update (self, TRUE);
      update_current (self);
    }
  return G_SOURCE_REMOVE;
}

/* The claims' highlighter recomputes a range by taking every tag off it
 * (kaynak-highlighter.c), ours too, and its new source tags start above
 * ours: both are put right once, before the frame is drawn (redrawing
 * is at GDK_PRIORITY_REDRAW, after this) */
static void
queue_repair (KaynakMatchHighlighter *self)
{
  if (self->repair_idle == 0 && self->matches != NULL)
    self->repair_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, repair, self, NULL);
}

static void
on_remove_tag (KaynakMatchHighlighter *self,
               GtkTextTag             *tag)
{
  if (!self->removing && (tag == self->match_tag || tag == self->current_tag))
    queue_repair (self);
}

static void
set_adjustment (KaynakMatchHighlighter *self)
{
  GtkAdjustment *adjustment = NULL;

  if (self->view != NULL)
    adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  if (adjustment == self->vadjustment)
    return;

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_object (adjustment, "value-changed",
                               G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "changed",
                               G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
    }
}

/* A new buffer (another document): the old one keeps no tags of ours
 * that matter, as nothing will show them */
static void
set_buffer (KaynakMatchHighlighter *self)
{
  GtkTextBuffer *buffer = self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;

  if (buffer == self->buffer)
    return;

  if (self->buffer != NULL)
    {
      remove_range (self, self->match_tag, self->tagged_start, self->tagged_end);
      if (self->has_current)
        remove_range (self, self->current_tag, self->current_start, self->current_end);
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      g_signal_handlers_disconnect_by_data (gtk_text_buffer_get_tag_table (self->buffer), self);
    }
  g_clear_handle_id (&self->repair_idle, g_source_remove);
  g_set_object (&self->buffer, buffer);
  self->tagged_start = self->tagged_end = 0;
  self->has_current = FALSE;
  g_clear_pointer (&self->matches, g_array_unref);
  self->current = -1;
  self->match_tag = self->current_tag = NULL;

  if (buffer != NULL)
    {
      self->match_tag = ensure_tag (buffer, KAYNAK_MATCH_TAG);
      self->current_tag = ensure_tag (buffer, KAYNAK_MATCH_CURRENT_TAG);
      update_colors (self);
      g_signal_connect_object (buffer, "remove-tag", G_CALLBACK (on_remove_tag), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (gtk_text_buffer_get_tag_table (buffer), "tag-added",
                               G_CALLBACK (queue_repair), self, G_CONNECT_SWAPPED);
    }
}

void
kaynak_match_highlighter_set_matches (KaynakMatchHighlighter *self,
                                      GArray                 *matches,
                                      int                     current)
{
  g_return_if_fail (KAYNAK_IS_MATCH_HIGHLIGHTER (self));

  set_buffer (self);
  if (self->buffer == NULL)
    return;

  if (matches != NULL)
    g_array_ref (matches);
  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = matches;
  self->current = current;
  update (self, TRUE);
  update_current (self);
}

void
kaynak_match_highlighter_set_current (KaynakMatchHighlighter *self,
                                      int                     current)
{
  g_return_if_fail (KAYNAK_IS_MATCH_HIGHLIGHTER (self));

  if (self->buffer == NULL || current == self->current)
    return;
  self->current = current;
  raise_tags (self);
  update_current (self);
}

void
kaynak_match_highlighter_get_tagged (KaynakMatchHighlighter *self,
                                     guint                  *start,
                                     guint                  *end)
{
  g_return_if_fail (KAYNAK_IS_MATCH_HIGHLIGHTER (self));

  *start = self->tagged_start;
  *end = self->tagged_end;
}

static void
kaynak_match_highlighter_dispose (GObject *object)
{
  KaynakMatchHighlighter *self = KAYNAK_MATCH_HIGHLIGHTER (object);

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
  if (self->buffer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->buffer, self);
      g_signal_handlers_disconnect_by_data (gtk_text_buffer_get_tag_table (self->buffer), self);
    }
  g_clear_handle_id (&self->repair_idle, g_source_remove);
  g_clear_object (&self->buffer);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (kaynak_match_highlighter_parent_class)->dispose (object);
}

static void
kaynak_match_highlighter_class_init (KaynakMatchHighlighterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kaynak_match_highlighter_dispose;
}

static void
kaynak_match_highlighter_init (KaynakMatchHighlighter *self)
{
  self->current = -1;
}

KaynakMatchHighlighter *
kaynak_match_highlighter_new (GtkTextView *view)
{
  KaynakMatchHighlighter *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (KAYNAK_TYPE_MATCH_HIGHLIGHTER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);

  g_signal_connect_object (view, "notify::vadjustment",
                           G_CALLBACK (set_adjustment), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::buffer",
                           G_CALLBACK (set_buffer), self, G_CONNECT_SWAPPED);
  /* The view's size changes what is in sight */
  g_signal_connect_object (view, "map", G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  set_adjustment (self);
  set_buffer (self);
  return self;
}
