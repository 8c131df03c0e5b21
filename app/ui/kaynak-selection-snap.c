/* kaynak-selection-snap.c: mouse selections that snap to whole words
 * (see the header).
 *
 * GTK's own drag selection moves the insert mark to the pointer on each
 * motion and leaves the selection bound where the drag began; after each
 * such move the range between the place the drag began and the pointer
 * is widened to words, the insert mark staying on the pointer's side.
 * The place the drag began is remembered, not read back, since the bound
 * itself is moved by the snapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-selection-snap.h"
#include "kaynak-word-snap.h"

struct _KaynakSelectionSnap
{
  GObject        parent_instance;

  GtkTextBuffer *buffer;
  gboolean       dragging;   /* the first button is down */
  guint          n_press;    /* of that press: 1 single, 2 double… */
  gboolean       exact;      /* Alt is held: the characters as dragged */
  int            anchor;     /* where the drag began, -1 before it is known */
  gboolean       snapping;   /* the marks are being moved here */
};

G_DEFINE_FINAL_TYPE (KaynakSelectionSnap, kaynak_selection_snap, G_TYPE_OBJECT)

static void
kaynak_selection_snap_dispose (GObject *object)
{
  KaynakSelectionSnap *self = KAYNAK_SELECTION_SNAP (object);

  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (kaynak_selection_snap_parent_class)->dispose (object);
}

static void
kaynak_selection_snap_class_init (KaynakSelectionSnapClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kaynak_selection_snap_dispose;
}

static void
kaynak_selection_snap_init (KaynakSelectionSnap *self)
{
  self->anchor = -1;
}

/* Only KAYNAK_WORD_SNAP_REACH characters either side of the edge are
 * copied out of the buffer: a drag over a long article costs the same */
static guint
snap_edge (GtkTextBuffer *buffer,
           guint          offset,
           gboolean       is_start)
{
  guint from = offset > KAYNAK_WORD_SNAP_REACH ? offset - KAYNAK_WORD_SNAP_REACH : 0;
  g_autofree char *slice = NULL;
  g_autofree gunichar *chars = NULL;
  GtkTextIter a, b;
  glong n = 0;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) from);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) (offset + KAYNAK_WORD_SNAP_REACH));
  /* a slice keeps one character per offset, whatever is in the buffer */
  slice = gtk_text_buffer_get_slice (buffer, &a, &b, TRUE);
  chars = g_utf8_to_ucs4_fast (slice, -1, &n);

  return from + kaynak_word_snap_edge (chars, (guint) n, offset - from, is_start);
}

static void
select_range (KaynakSelectionSnap *self,
        guint                insert,
        guint                bound)
{
  GtkTextIter i, b;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &i, (int) insert);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, (int) bound);
  self->snapping = TRUE;
  gtk_text_buffer_select_range (self->buffer, &i, &b);
  self->snapping = FALSE;
}

static void
on_mark_set (KaynakSelectionSnap *self,
             GtkTextIter         *location,
             GtkTextMark         *mark,
             GtkTextBuffer       *buffer)
{
  GtkTextIter bound_iter;
  guint pointer, bound, start, end;

  if (!self->dragging || self->snapping || self->n_press != 1 ||
      mark != gtk_text_buffer_get_insert (buffer))
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &bound_iter, gtk_text_buffer_get_selection_bound (buffer));
  bound = (guint) gtk_text_iter_get_offset (&bound_iter);
  pointer = (guint) gtk_text_iter_get_offset (location);

  /* The press placed the caret (or, with Shift, kept the bound): that is
   * where the drag began */
  if (self->anchor < 0)
    self->anchor = (int) bound;

  start = MIN ((guint) self->anchor, pointer);
  end = MAX ((guint) self->anchor, pointer);

  if (self->exact || start == end)
    {
      /* Alt pressed after the bound was snapped: back to where it began */
      if (bound != (guint) self->anchor)
        select_range (self, pointer, (guint) self->anchor);
      return;
    }

  start = snap_edge (buffer, start, TRUE);
  end = snap_edge (buffer, end, FALSE);

  /* The insert mark stays on the pointer's side: GTK scrolls to it */
  if (pointer >= (guint) self->anchor)
    {
      if (pointer != end || bound != start)
        select_range (self, end, start);
    }
  else if (pointer != start || bound != end)
    select_range (self, start, end);
}

static void
set_buffer (KaynakSelectionSnap *self,
            GtkTextBuffer       *buffer)
{
  if (self->buffer == buffer)
    return;
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_set_object (&self->buffer, buffer);
  if (buffer != NULL)
    g_signal_connect_object (buffer, "mark-set", G_CALLBACK (on_mark_set), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->dragging = FALSE;
}

static void
on_buffer_changed (GtkTextView         *view,
                   GParamSpec          *pspec,
                   KaynakSelectionSnap *self)
{
  set_buffer (self, gtk_text_view_get_buffer (view));
}

static gboolean
on_event (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          KaynakSelectionSnap      *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  gboolean alt = (gdk_event_get_modifier_state (event) & GDK_ALT_MASK) != 0;

  /* Seen before the text view's own gestures, and never taken from them */
  if (type == GDK_BUTTON_PRESS && gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    {
      self->dragging = TRUE;
      self->anchor = -1;
      self->exact = alt;
    }
  else if (type == GDK_MOTION_NOTIFY && self->dragging)
    self->exact = alt;
  else if (type == GDK_BUTTON_RELEASE && gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    self->dragging = FALSE;

  return GDK_EVENT_PROPAGATE;
}

/* Only for the count: a double click selects words GTK's way */
static void
on_pressed (GtkGestureClick     *gesture,
            int                  n_press,
            double               x,
            double               y,
            KaynakSelectionSnap *self)
{
  self->n_press = (guint) n_press;
}

void
kaynak_selection_snap_attach (GtkTextView *view)
{
  KaynakSelectionSnap *self;
  GtkEventController *legacy;
  GtkGesture *click;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  self = g_object_new (KAYNAK_TYPE_SELECTION_SNAP, NULL);
  /* the view owns it */
  g_object_set_data_full (G_OBJECT (view), "kaynak-selection-snap", self, g_object_unref);

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (on_event), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), legacy);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (view, "notify::buffer", G_CALLBACK (on_buffer_changed), self, 0);
  set_buffer (self, gtk_text_view_get_buffer (view));
}
