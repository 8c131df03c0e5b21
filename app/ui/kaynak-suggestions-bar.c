/* kaynak-suggestions-bar.c: reviewing suggested claims (see
 * kaynak-suggestions-bar.h).
 *
 * The bar keeps no state of its own about what was accepted or rejected:
 * the document does (claims, and its rejected ranges), and the suggester
 * skips both.  So after every change of the document, by the bar or by
 * undo and redo, the bar asks the suggester again and keeps the current
 * place: the list is always what the suggester says now.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "kaynak-article-text.h"
#include "kaynak-error.h"
#include "kaynak-suggest.h"
#include "kaynak-suggestions-bar.h"
#include "kaynak-source-library.h"

/* How much of a suggestion's words a row shows */
#define ROW_QUOTE_CHARS 90

struct _KaynakSuggestionsBar
{
  GtkWidget          parent_instance;

  GtkRevealer       *revealer;
  GtkLabel          *title_label;
  GtkListBox        *list;

  KaynakArticleView *article_view;
  KaynakDocument    *document;     /* while reviewing */
  KaynakSuggester   *suggester;
  GPtrArray         *suggestions;  /* KaynakSuggestion, in document order */
  guint              current;      /* G_MAXUINT: none */
  gboolean           active;
  gboolean           rebuilding;
  GtkGesture        *click;
};

G_DEFINE_FINAL_TYPE (KaynakSuggestionsBar, kaynak_suggestions_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The user's source library, the one Tag as… offers: its names are found
 * in the article as the document's are.  One that cannot be read only
 * means fewer names (the Sources dialog says why). */
static KaynakSourceLibrary *
user_library (void)
{
  KaynakSourceLibrary *library = kaynak_source_library_get_default ();

  return kaynak_source_library_get_load_error (library) == NULL ? library : NULL;
}

static GtkTextView *
text_view (KaynakSuggestionsBar *self)
{
  return kaynak_article_view_get_text_view (self->article_view);
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* The outlines in the article, the current one thicker */
static void
draw_outlines (KaynakSuggestionsBar *self)
{
  g_autoptr(GArray) ranges = NULL;
  guint n = self->active && self->suggestions != NULL ? self->suggestions->len : 0;

  if (self->article_view == NULL)
    return;
  ranges = g_array_sized_new (FALSE, FALSE, sizeof (KaynakRange), n);
  for (guint i = 0; i < n; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (self->suggestions, i);
      KaynakRange range = { s->start, s->end };

      g_array_append_val (ranges, range);
    }
  kaynak_article_text_set_suggestions (KAYNAK_ARTICLE_TEXT (text_view (self)),
                                       (KaynakRange *) (gpointer) ranges->data, n,
                                       self->current, is_dark ());
}

static void
scroll_to_current (KaynakSuggestionsBar *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view (self));
  KaynakSuggestion *s;
  GtkTextMark *mark;
  GtkTextIter iter;

  if (self->current >= self->suggestions->len)
    return;
  s = g_ptr_array_index (self->suggestions, self->current);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) s->start);
  mark = gtk_text_buffer_get_mark (buffer, "kaynak-suggestion");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "kaynak-suggestion", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (text_view (self), mark, 0.1, FALSE, 0, 0);
}

/* The words of @s, shortened for a row */
static char *
row_quote (KaynakSuggestionsBar *self,
           KaynakSuggestion     *s)
{
  guint end = MIN (s->end, s->start + ROW_QUOTE_CHARS);
  g_autofree char *quote = kaynak_document_dup_slice (self->document, s->start, end);

  g_strdelimit (quote, "\n\t\r", ' ');
  return g_strdup_printf ("“%s%s”", quote, end < s->end ? "…" : "");
}

/* Who @s comes from, as a row says it */
static char *
row_source (KaynakSuggestion *s)
{
  if (s->source_label != NULL)
    /* Translators: who a suggested claim comes from */
    return g_strdup_printf (_("from %s"), s->source_label);
  /* Translators: a suggested claim whose source the text does not name */
  return g_strdup (_("no source named"));
}

static void
update_title (KaynakSuggestionsBar *self)
{
  g_autofree char *title = NULL;
  guint n = self->suggestions != NULL ? self->suggestions->len : 0;

  if (n == 0)
    title = g_strdup (_("No suggestions left in this article"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Suggested Claim",
                                          "%u Suggested Claims", n), n);
  gtk_label_set_label (self->title_label, title);
}

static gboolean
focus_is_inside (KaynakSuggestionsBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
select_index (KaynakSuggestionsBar *self,
              guint                 index,
              gboolean              focus)
{
  GtkListBoxRow *row;

  if (self->suggestions == NULL || index >= self->suggestions->len)
    return;
  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  gtk_list_box_select_row (self->list, row);
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Asks the suggester again; the current one becomes the first suggestion
 * at or after @from (code points) */
static void
rebuild (KaynakSuggestionsBar *self,
         guint                 from)
{
  gboolean focus = focus_is_inside (self);
  GtkWidget *child;
  guint current = G_MAXUINT;

  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = kaynak_suggester_suggest (self->suggester, self->document, user_library ());

  self->rebuilding = TRUE;
  /* GTK 4.8 has no gtk_list_box_remove_all() */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      KaynakSuggestion *s = g_ptr_array_index (self->suggestions, i);
      g_autofree char *quote = row_quote (self, s);
      g_autofree char *source = row_source (s);
      /* Translators: a suggestion's name for screen readers: its number,
       * how many there are, its words and who it comes from */
      g_autofree char *name = g_strdup_printf (_("Suggestion %u of %u: %s — %s"),
                                               i + 1, self->suggestions->len, quote, source);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *quote_label = gtk_label_new (quote);
      GtkWidget *source_label = gtk_label_new (source);

      /* the source on a line of its own, so a narrow window still shows it */
      gtk_label_set_xalign (GTK_LABEL (quote_label), 0);
      gtk_label_set_wrap (GTK_LABEL (quote_label), TRUE);
      gtk_label_set_lines (GTK_LABEL (quote_label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (quote_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (source_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (source_label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (source_label, "caption");
      gtk_widget_add_css_class (source_label, "dim-label");
      gtk_box_append (GTK_BOX (box), quote_label);
      gtk_box_append (GTK_BOX (box), source_label);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_list_box_append (self->list, row);
      if (current == G_MAXUINT && s->start >= from)
        current = i;
    }
  self->rebuilding = FALSE;
  if (current == G_MAXUINT && self->suggestions->len > 0)
    current = self->suggestions->len - 1;
  self->current = current;
  update_title (self);
  draw_outlines (self);
  if (current != G_MAXUINT)
    {
      select_index (self, current, focus);
      scroll_to_current (self);
    }
  else if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static void
on_document_changed (KaynakSuggestionsBar *self)
{
  guint from = 0;

  if (self->current != G_MAXUINT && self->suggestions != NULL &&
      self->current < self->suggestions->len)
    from = ((KaynakSuggestion *) g_ptr_array_index (self->suggestions, self->current))->start;
  rebuild (self, from);
}

static void
on_row_selected (KaynakSuggestionsBar *self,
                 GtkListBoxRow        *row)
{
  if (self->rebuilding || row == NULL)
    return;
  self->current = (guint) gtk_list_box_row_get_index (row);
  draw_outlines (self);
  scroll_to_current (self);
}

static KaynakSuggestion *
current_suggestion (KaynakSuggestionsBar *self)
{
  if (!self->active || self->suggestions == NULL || self->current >= self->suggestions->len)
    return NULL;
  return g_ptr_array_index (self->suggestions, self->current);
}

static void
accept (KaynakSuggestionsBar *self,
        const char           *source_id)
{
  KaynakSuggestion *s = current_suggestion (self);
  g_autoptr(GError) error = NULL;

  if (s == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* the document's "changed" rebuilds the list, which frees @s */
  if (kaynak_suggestion_accept (self->document, s, source_id, user_library (), &error) == NULL)
    {
      g_warning ("Suggestion not accepted: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
}

static void
on_row_activated (KaynakSuggestionsBar *self,
                  GtkListBoxRow        *row)
{
  self->current = (guint) gtk_list_box_row_get_index (row);
  accept (self, NULL);
}

static void
accept_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  accept (KAYNAK_SUGGESTIONS_BAR (widget), NULL);
}

static void
retag_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  KaynakSuggestionsBar *self = KAYNAK_SUGGESTIONS_BAR (widget);
  KaynakSource *source;

  if (self->document == NULL)
    return;
  source = kaynak_document_lookup_shortcut (self->document, g_variant_get_uint32 (param));
  if (source == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  accept (self, kaynak_source_get_id (source));
}

static void
reject_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  KaynakSuggestionsBar *self = KAYNAK_SUGGESTIONS_BAR (widget);
  KaynakSuggestion *s = current_suggestion (self);
  g_autoptr(GError) error = NULL;

  if (s == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (!kaynak_document_reject_range (self->document, s->start, s->end, &error))
    {
      g_warning ("Suggestion not rejected: %s", error->message);
      gtk_widget_error_bell (widget);
    }
}

static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  if (!kaynak_suggestions_bar_move (KAYNAK_SUGGESTIONS_BAR (widget),
                                    g_str_equal (name, "suggest.next") ? 1 : -1))
    gtk_widget_error_bell (widget);
}

static void
done_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  kaynak_suggestions_bar_stop (KAYNAK_SUGGESTIONS_BAR (widget));
}

gboolean
kaynak_suggestions_bar_move (KaynakSuggestionsBar *self,
                             int                   step)
{
  guint target;

  g_return_val_if_fail (KAYNAK_IS_SUGGESTIONS_BAR (self), FALSE);

  if (!self->active || self->suggestions == NULL || self->suggestions->len == 0)
    return FALSE;
  if (self->current == G_MAXUINT)
    target = 0;
  else if (step < 0 && self->current == 0)
    return FALSE;
  else
    target = step < 0 ? self->current - 1 : self->current + 1;
  if (target >= self->suggestions->len)
    return FALSE;
  select_index (self, target, TRUE);
  return TRUE;
}

/* A click in the article on a suggestion's words makes it current */
static void
on_text_released (KaynakSuggestionsBar *self,
                  int                   n_press,
                  double                x,
                  double                y)
{
  GtkTextView *view;
  GtkTextIter iter, start, end;
  int bx, by;
  guint offset;

  if (!self->active || self->suggestions == NULL)
    return;
  view = text_view (self);
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return;
  /* a drag that selected text is not a click on a suggestion */
  if (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &start, &end))
    return;
  offset = (guint) gtk_text_iter_get_offset (&iter);
  for (guint lo = 0, hi = self->suggestions->len; lo < hi;)
    {
      guint mid = lo + (hi - lo) / 2;
      KaynakSuggestion *s = g_ptr_array_index (self->suggestions, mid);

      if (offset < s->start)
        hi = mid;
      else if (offset >= s->end)
        lo = mid + 1;
      else
        {
          select_index (self, mid, TRUE);
          return;
        }
    }
}

static void
on_dark_changed (KaynakSuggestionsBar *self)
{
  if (self->active)
    draw_outlines (self);
}

static void
on_document_replaced (KaynakSuggestionsBar *self)
{
  if (self->active && kaynak_article_view_get_document (self->article_view) != self->document)
    kaynak_suggestions_bar_stop (self);
}

gboolean
kaynak_suggestions_bar_start (KaynakSuggestionsBar  *self,
                              GError               **error)
{
  KaynakDocument *document;
  const char *language;
  g_autoptr(KaynakSuggester) suggester = NULL;

  g_return_val_if_fail (KAYNAK_IS_SUGGESTIONS_BAR (self), FALSE);
  g_return_val_if_fail (self->article_view != NULL, FALSE);

  document = kaynak_article_view_get_document (self->article_view);
  if (document == NULL)
    return FALSE;
  language = kaynak_suggest_language_for (document);
  if (language == NULL)
    {
      g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                           _("Claims are suggested for articles in Turkish or English, and this one "
                             "seems to be in neither. If it is, set its language (tr or en) in "
                             "Article Details."));
      return FALSE;
    }
  suggester = kaynak_suggester_new (language, error);
  if (suggester == NULL)
    return FALSE;

  kaynak_suggestions_bar_stop (self);
  g_set_object (&self->suggester, suggester);
  g_set_object (&self->document, document);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  self->active = TRUE;
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
  rebuild (self, 0);
  return TRUE;
}

void
kaynak_suggestions_bar_stop (KaynakSuggestionsBar *self)
{
  GtkWidget *child;
  gboolean focus;

  g_return_if_fail (KAYNAK_IS_SUGGESTIONS_BAR (self));

  if (!self->active)
    return;
  focus = focus_is_inside (self);
  self->active = FALSE;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->current = G_MAXUINT;
  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->rebuilding = FALSE;
  draw_outlines (self);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  if (focus && self->article_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (text_view (self)));
}

gboolean
kaynak_suggestions_bar_get_active (KaynakSuggestionsBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_SUGGESTIONS_BAR (self), FALSE);
  return self->active;
}

void
kaynak_suggestions_bar_set_article_view (KaynakSuggestionsBar *self,
                                         KaynakArticleView    *view)
{
  g_return_if_fail (KAYNAK_IS_SUGGESTIONS_BAR (self));

  if (view == self->article_view)
    return;
  kaynak_suggestions_bar_stop (self);
  if (self->article_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->article_view, self);
      gtk_widget_remove_controller (GTK_WIDGET (text_view (self)),
                                    GTK_EVENT_CONTROLLER (self->click));
      self->click = NULL;
    }
  g_set_object (&self->article_view, view);
  if (view != NULL)
    {
      g_signal_connect_object (view, "notify::document", G_CALLBACK (on_document_replaced),
                               self, G_CONNECT_SWAPPED);
      self->click = gtk_gesture_click_new ();
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click), GDK_BUTTON_PRIMARY);
      g_signal_connect_object (self->click, "released", G_CALLBACK (on_text_released), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (text_view (self)),
                                 GTK_EVENT_CONTROLLER (self->click));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_VIEW]);
}

static void
kaynak_suggestions_bar_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KaynakSuggestionsBar *self = KAYNAK_SUGGESTIONS_BAR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      g_value_set_object (value, self->article_view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_suggestions_bar_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KaynakSuggestionsBar *self = KAYNAK_SUGGESTIONS_BAR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      kaynak_suggestions_bar_set_article_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_suggestions_bar_dispose (GObject *object)
{
  KaynakSuggestionsBar *self = KAYNAK_SUGGESTIONS_BAR (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  if (self->article_view != NULL)
    g_signal_handlers_disconnect_by_data (self->article_view, self);
  g_clear_object (&self->article_view);
  g_clear_object (&self->suggester);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_SUGGESTIONS_BAR);

  G_OBJECT_CLASS (kaynak_suggestions_bar_parent_class)->dispose (object);
}

static void
kaynak_suggestions_bar_class_init (KaynakSuggestionsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kaynak_suggestions_bar_get_property;
  object_class->set_property = kaynak_suggestions_bar_set_property;
  object_class->dispose = kaynak_suggestions_bar_dispose;

  properties[PROP_ARTICLE_VIEW] =
    g_param_spec_object ("article-view", NULL, NULL, KAYNAK_TYPE_ARTICLE_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-suggestions-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakSuggestionsBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, KaynakSuggestionsBar, title_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakSuggestionsBar, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "suggest.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "suggest.retag", "u", retag_action);
  gtk_widget_class_install_action (widget_class, "suggest.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "suggest.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "suggest.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "suggest.done", NULL, done_action);

  /* While the focus is in the bar (Enter is the list's row activation) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "suggest.reject", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "suggest.reject", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "suggest.done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "suggest.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "suggest.previous", NULL);
  for (guint u = 1; u <= 9; u++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + u, 0, "suggest.retag", "u", u);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + u, 0, "suggest.retag", "u", u);
    }

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kaynak_suggestions_bar_init (KaynakSuggestionsBar *self)
{
  self->current = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}
