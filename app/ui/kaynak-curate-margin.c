/* kaynak-curate-margin.c: the differences' marks in the article's margin
 * (see kaynak-curate-margin.h).
 *
 * The marks are buttons, children of this widget, placed at the text
 * view's line of their offset each time it is allocated: the text view
 * allocates its gutter with itself, and this widget asks again when the
 * view scrolls or its layout grows (the adjustment's "changed"), so the
 * marks stay beside their lines.  Placing them is linear in the marks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-curate-margin.h"

/* the width of one mark, and how many fit beside one line */
#define MARK_WIDTH  14
#define MARK_GAP    2
#define MARKS_A_LINE 2

typedef struct
{
  GtkWidget *button;
  guint      offset;
  guint      index;
} Mark;

struct _KaynakCurateMargin
{
  GtkWidget      parent_instance;

  GtkTextView   *view;         /* weak */
  GtkAdjustment *vadjustment;
  GArray        *marks;
  guint          reallocate_id;
};

G_DEFINE_FINAL_TYPE (KaynakCurateMargin, kaynak_curate_margin, GTK_TYPE_WIDGET)

enum
{
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
mark_clear (gpointer data)
{
  Mark *mark = data;

  gtk_widget_unparent (mark->button);
}

static void
kaynak_curate_margin_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MARK_GAP + MARKS_A_LINE * (MARK_WIDTH + MARK_GAP);
  else
    *minimum = *natural = 0;
}

static void
kaynak_curate_margin_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  KaynakCurateMargin *self = KAYNAK_CURATE_MARGIN (widget);
  GtkTextBuffer *buffer = self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
  int last_y = G_MININT, in_line = 0;

  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);
      GtkTextIter iter;
      GdkRectangle rect;
      int y, h;
      gboolean shown;

      if (buffer == NULL)
        {
          gtk_widget_set_child_visible (mark->button, FALSE);
          continue;
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) mark->offset);
      gtk_text_view_get_iter_location (self->view, &iter, &rect);
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_LEFT,
                                             rect.x, rect.y, NULL, &y);
      h = MAX (rect.height, MARK_WIDTH);
      /* the marks come in the article's order: those of one line follow
       * each other */
      in_line = y == last_y ? in_line + 1 : 0;
      last_y = y;
      shown = in_line < MARKS_A_LINE && y + h > 0 && y < height;
      gtk_widget_set_child_visible (mark->button, shown);
      if (shown)
        gtk_widget_size_allocate (mark->button,
                                  &(GtkAllocation) {
                                    MARK_GAP + in_line * (MARK_WIDTH + MARK_GAP), y,
                                    MARK_WIDTH, h },
                                  -1);
    }
}

static gboolean
reallocate (gpointer data)
{
  KaynakCurateMargin *self = data;

  self->reallocate_id = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* The text view changes its adjustment while it allocates itself too,
 * when asking for another allocation would come too late for this frame
 * (GTK would draw the margin unallocated): ask just after, before the
 * next frame.  A scroll comes from an event, and its frame has the marks
 * where they belong. */
static void
on_adjustment_changed (KaynakCurateMargin *self)
{
  if (self->reallocate_id == 0)
    self->reallocate_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reallocate, self, NULL);
}

static void
set_vadjustment (KaynakCurateMargin *self)
{
  GtkAdjustment *adjustment = self->view != NULL
                              ? gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view)) : NULL;

  if (adjustment == self->vadjustment)
    return;
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->vadjustment, self);
      g_clear_object (&self->vadjustment);
    }
  if (adjustment == NULL)
    return;
  self->vadjustment = g_object_ref (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self);
  g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (on_adjustment_changed), self);
}

static void
on_clicked (GtkButton          *button,
            KaynakCurateMargin *self)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->button == GTK_WIDGET (button))
        {
          g_signal_emit (self, signals[ACTIVATED], 0, mark->index);
          return;
        }
    }
}

void
kaynak_curate_margin_clear (KaynakCurateMargin *self)
{
  g_return_if_fail (KAYNAK_IS_CURATE_MARGIN (self));
  g_array_set_size (self->marks, 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
kaynak_curate_margin_add (KaynakCurateMargin *self,
                          guint               offset,
                          KaynakCurationKind  kind,
                          guint               index,
                          const char         *description)
{
  /* a sign as well as a colour: the kind is not told by colour alone */
  static const char * const signs[] = { "−", "+", "≠" };
  static const char * const classes[] = { "only-mine", "only-theirs", "differ" };
  Mark mark = { NULL, offset, index };

  g_return_if_fail (KAYNAK_IS_CURATE_MARGIN (self));
  g_return_if_fail ((guint) kind < G_N_ELEMENTS (signs));

  mark.button = gtk_button_new_with_label (signs[kind]);
  /* the keyboard reaches the differences by F8 and the list; Tab through
   * the article does not stop in the margin */
  gtk_widget_set_focusable (mark.button, FALSE);
  gtk_widget_set_focus_on_click (mark.button, FALSE);
  gtk_widget_add_css_class (mark.button, "curate-mark");
  gtk_widget_add_css_class (mark.button, classes[kind]);
  gtk_widget_set_tooltip_text (mark.button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark.button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  g_signal_connect (mark.button, "clicked", G_CALLBACK (on_clicked), self);
  gtk_widget_set_parent (mark.button, GTK_WIDGET (self));
  g_array_append_val (self->marks, mark);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

guint
kaynak_curate_margin_get_n_marks (KaynakCurateMargin *self)
{
  g_return_val_if_fail (KAYNAK_IS_CURATE_MARGIN (self), 0);
  return self->marks->len;
}

static void
kaynak_curate_margin_dispose (GObject *object)
{
  KaynakCurateMargin *self = KAYNAK_CURATE_MARGIN (object);

  g_clear_handle_id (&self->reallocate_id, g_source_remove);
  if (self->marks != NULL)
    g_array_set_size (self->marks, 0);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (kaynak_curate_margin_parent_class)->dispose (object);
}

static void
kaynak_curate_margin_finalize (GObject *object)
{
  KaynakCurateMargin *self = KAYNAK_CURATE_MARGIN (object);

  g_array_unref (self->marks);

  G_OBJECT_CLASS (kaynak_curate_margin_parent_class)->finalize (object);
}

static void
kaynak_curate_margin_class_init (KaynakCurateMarginClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_curate_margin_dispose;
  object_class->finalize = kaynak_curate_margin_finalize;
  widget_class->measure = kaynak_curate_margin_measure;
  widget_class->size_allocate = kaynak_curate_margin_size_allocate;

  /* a mark was clicked: the number of its difference */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "curatemargin");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kaynak_curate_margin_init (KaynakCurateMargin *self)
{
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_set_clear_func (self->marks, mark_clear);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Differences in the margin"), -1);
}

GtkWidget *
kaynak_curate_margin_new (GtkTextView *view)
{
  KaynakCurateMargin *self = g_object_new (KAYNAK_TYPE_CURATE_MARGIN, NULL);

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_set_weak_pointer (&self->view, view);
  g_signal_connect_swapped (view, "notify::vadjustment", G_CALLBACK (set_vadjustment), self);
  set_vadjustment (self);
  return GTK_WIDGET (self);
}
