/* kaynak-find-bar.c: Ctrl+F over the article: the search bar, its
 * matches, the current one, and tagging them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-find-bar.h"
#include "kaynak-match-highlighter.h"
#include "kaynak-search.h"

/* A selection longer than this, or over lines, is not what the user
 * wants to find */
#define MAX_PREFILL_CHARS 80

struct _KaynakFindBar
{
  GtkWidget               parent_instance;

  /* Template */
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *entry;
  GtkLabel               *count_label;
  GtkMenuButton          *menu_button;
  GMenu                  *sources_section;

  KaynakArticleView      *article_view;
  KaynakDocument         *document;
  KaynakMatchHighlighter *highlighter;

  gboolean                ignore_accents;
  GArray                 *matches;
  int                     current;
  /* Where the search starts: the first match at or after it is the
   * current one, so the view does not jump away from the reader */
  guint                   anchor;
};

G_DEFINE_FINAL_TYPE (KaynakFindBar, kaynak_find_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE_VIEW,
  PROP_IGNORE_ACCENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MATCHES_TAGGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- The count and the current match ------------------------------------- */

static void
update_count (KaynakFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *count = NULL;
  guint n = self->matches != NULL ? self->matches->len : 0;

  if (text[0] == '\0')
    count = g_strdup ("");
  else if (n == 0)
    count = g_strdup (_("No matches"));
  else
    /* Translators: the current match and how many there are, "3 of 12" */
    count = g_strdup_printf (_("%u of %u"), (guint) self->current + 1, n);

  gtk_label_set_text (self->count_label, count);
  /* said with the entry, so a screen reader hears the count while typing */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count,
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.next", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.previous", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.tag-all", n > 0);
}

static void
select_current (KaynakFindBar *self)
{
  KaynakSearchMatch *match;

  if (self->matches == NULL || self->current < 0 || (guint) self->current >= self->matches->len)
    return;

  match = &g_array_index (self->matches, KaynakSearchMatch, self->current);
  self->anchor = match->start;
  kaynak_match_highlighter_set_current (self->highlighter, self->current);
  /* Selected in the article: closing the bar leaves it ready to tag */
  kaynak_article_view_set_selection_range (self->article_view, match->start, match->end);
}

static void
clear_matches (KaynakFindBar *self)
{
  g_clear_pointer (&self->matches, g_array_unref);
  self->current = -1;
  if (self->highlighter != NULL)
    kaynak_match_highlighter_set_matches (self->highlighter, NULL, -1);
}

static void
search (KaynakFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  clear_matches (self);

  if (self->document != NULL && text[0] != '\0' &&
      gtk_search_bar_get_search_mode (self->search_bar))
    {
      self->matches = kaynak_search_document (self->document, text,
                                              self->ignore_accents ? KAYNAK_SEARCH_IGNORE_ACCENTS : 0);
      if (self->matches->len > 0)
        {
          guint i;

          for (i = 0; i < self->matches->len; i++)
            if (g_array_index (self->matches, KaynakSearchMatch, i).start >= self->anchor)
              break;
          self->current = i < self->matches->len ? (int) i : 0;
        }
      kaynak_match_highlighter_set_matches (self->highlighter, self->matches, self->current);
      select_current (self);
    }

  update_count (self);
}

static void
step (KaynakFindBar *self,
      int            delta)
{
  guint n;

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      kaynak_find_bar_open (self);
      return;
    }
  if (self->matches == NULL || self->matches->len == 0)
    return;

  n = self->matches->len;
  self->current = (int) (((guint) self->current + n + delta) % n);
  select_current (self);
  update_count (self);
}

/* --- The document ----------------------------------------------------------- */

static void
on_document_changed (KaynakFindBar *self)
{
  KaynakDocument *document = self->article_view != NULL
    ? kaynak_article_view_get_document (self->article_view) : NULL;

  if (document == self->document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  self->anchor = 0;
  /* The language decides how letters fold (article details can change it) */
  if (document != NULL)
    g_signal_connect_object (document, "notify::language",
                             G_CALLBACK (search), self, G_CONNECT_SWAPPED);
  search (self);
}

void
kaynak_find_bar_set_article_view (KaynakFindBar     *self,
                                  KaynakArticleView *view)
{
  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));
  g_return_if_fail (view == NULL || KAYNAK_IS_ARTICLE_VIEW (view));

  if (view == self->article_view)
    return;

  clear_matches (self);
  if (self->article_view != NULL)
    g_signal_handlers_disconnect_by_data (self->article_view, self);
  g_clear_object (&self->highlighter);
  g_set_object (&self->article_view, view);

  if (view != NULL)
    {
      self->highlighter = kaynak_match_highlighter_new (kaynak_article_view_get_text_view (view));
      g_signal_connect_object (view, "notify::document",
                               G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);
    }
  on_document_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_VIEW]);
}

/* --- Template callbacks ------------------------------------------------------ */

static void
on_search_changed (KaynakFindBar *self)
{
  search (self);
}

static void
on_entry_activate (KaynakFindBar *self)
{
  step (self, +1);
}

static void
on_entry_next (KaynakFindBar *self)
{
  step (self, +1);
}

static void
on_entry_previous (KaynakFindBar *self)
{
  step (self, -1);
}

static void
on_entry_stop (KaynakFindBar *self)
{
  kaynak_find_bar_close (self);
}

static void
on_search_mode_changed (KaynakFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* Closed: the highlights go, the current match stays selected */
  clear_matches (self);
  update_count (self);
  if (self->article_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (kaynak_article_view_get_text_view (self->article_view)));
}

/* "Tag All Matches as" lists the sources the document has now */
static void
on_menu_shown (KaynakFindBar *self)
{
  GListModel *sources;

  g_menu_remove_all (self->sources_section);
  if (self->document == NULL)
    return;

  sources = kaynak_document_get_sources (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KaynakSource) source = g_list_model_get_item (sources, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (kaynak_source_get_label (source), NULL);

      g_menu_item_set_action_and_target (item, "find.tag-all", "s", kaynak_source_get_id (source));
      g_menu_append_item (self->sources_section, item);
    }
}

/* --- Actions ----------------------------------------------------------------- */

static void
next_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  step (KAYNAK_FIND_BAR (widget), +1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  step (KAYNAK_FIND_BAR (widget), -1);
}

static void
close_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  kaynak_find_bar_close (KAYNAK_FIND_BAR (widget));
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  gtk_menu_button_popup (KAYNAK_FIND_BAR (widget)->menu_button);
}

static void
tag_all_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  KaynakFindBar *self = KAYNAK_FIND_BAR (widget);
  const char *source_id = g_variant_get_string (param, NULL);
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *source;
  guint tagged = 0;

  if (self->document == NULL || self->matches == NULL || self->matches->len == 0)
    return;
  source = kaynak_document_lookup_source (self->document, source_id);
  if (source == NULL)
    return;

  /* tagging redraws the article; the matches array stays ours meanwhile */
  matches = g_array_ref (self->matches);
  if (!kaynak_document_tag_matches (self->document, (KaynakSearchMatch *) matches->data,
                                    matches->len, source_id, &tagged, &error))
    {
      g_warning ("Tag All Matches: %s", error->message);
      return;
    }
  g_signal_emit (self, signals[MATCHES_TAGGED], 0, tagged, matches->len,
                 kaynak_source_get_label (source));
}

/* --- Public ------------------------------------------------------------------ */

void
kaynak_find_bar_open (KaynakFindBar *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));

  if (self->article_view != NULL)
    {
      buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (self->article_view));
      gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
      self->anchor = gtk_text_iter_get_offset (&start);

      /* A few words selected in the article are what to find, unless they
       * are the current match already */
      if ((guint) gtk_text_iter_get_offset (&end) > self->anchor &&
          (guint) gtk_text_iter_get_offset (&end) - self->anchor <= MAX_PREFILL_CHARS &&
          gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end) &&
          !gtk_search_bar_get_search_mode (self->search_bar))
        {
          g_autofree char *selected = gtk_text_iter_get_text (&start, &end);

          gtk_editable_set_text (GTK_EDITABLE (self->entry), selected);
        }
    }

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      search (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
kaynak_find_bar_close (KaynakFindBar *self)
{
  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
kaynak_find_bar_is_open (KaynakFindBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_FIND_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
kaynak_find_bar_next (KaynakFindBar *self)
{
  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));

  step (self, +1);
}

void
kaynak_find_bar_previous (KaynakFindBar *self)
{
  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));

  step (self, -1);
}

void
kaynak_find_bar_set_text (KaynakFindBar *self,
                          const char    *text)
{
  g_return_if_fail (KAYNAK_IS_FIND_BAR (self));

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* search-changed follows from the main loop (a timeout, even of 0):
   * search now, so that the caller sees the matches on return */
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  search (self);
}

guint
kaynak_find_bar_get_n_matches (KaynakFindBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_FIND_BAR (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

int
kaynak_find_bar_get_current (KaynakFindBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_FIND_BAR (self), -1);

  return self->current;
}

const char *
kaynak_find_bar_get_count_text (KaynakFindBar *self)
{
  g_return_val_if_fail (KAYNAK_IS_FIND_BAR (self), NULL);

  return gtk_label_get_text (self->count_label);
}

/* --- GObject ----------------------------------------------------------------- */

static void
kaynak_find_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KaynakFindBar *self = KAYNAK_FIND_BAR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      g_value_set_object (value, self->article_view);
      break;
    case PROP_IGNORE_ACCENTS:
      g_value_set_boolean (value, self->ignore_accents);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_find_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KaynakFindBar *self = KAYNAK_FIND_BAR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_VIEW:
      kaynak_find_bar_set_article_view (self, g_value_get_object (value));
      break;
    case PROP_IGNORE_ACCENTS:
      if (self->ignore_accents != g_value_get_boolean (value))
        {
          self->ignore_accents = g_value_get_boolean (value);
          search (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kaynak_find_bar_dispose (GObject *object)
{
  KaynakFindBar *self = KAYNAK_FIND_BAR (object);

  g_clear_pointer (&self->matches, g_array_unref);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  if (self->article_view != NULL)
    g_signal_handlers_disconnect_by_data (self->article_view, self);
  g_clear_object (&self->article_view);
  g_clear_object (&self->highlighter);
  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_FIND_BAR);

  G_OBJECT_CLASS (kaynak_find_bar_parent_class)->dispose (object);
}

static void
kaynak_find_bar_class_init (KaynakFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kaynak_find_bar_get_property;
  object_class->set_property = kaynak_find_bar_set_property;
  object_class->dispose = kaynak_find_bar_dispose;

  properties[PROP_ARTICLE_VIEW] =
    g_param_spec_object ("article-view", NULL, NULL, KAYNAK_TYPE_ARTICLE_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IGNORE_ACCENTS] =
    g_param_spec_boolean ("ignore-accents", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MATCHES_TAGGED] =
    g_signal_new ("matches-tagged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kaynak/Kaynak/ui/kaynak-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, KaynakFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakFindBar, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakFindBar, sources_section);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_next);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);

  gtk_widget_class_install_action (widget_class, "find.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "find.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "find.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "find.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "find.tag-all", "s", tag_all_action);
  gtk_widget_class_install_property_action (widget_class, "find.ignore-accents", "ignore-accents");

  /* While the focus is in the bar */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_ALT_MASK,
                                       "find.ignore-accents", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_ALT_MASK,
                                       "find.show-menu", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kaynak_find_bar_init (KaynakFindBar *self)
{
  self->current = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));
  g_signal_connect_object (gtk_menu_button_get_popover (self->menu_button), "show",
                           G_CALLBACK (on_menu_shown), self, G_CONNECT_SWAPPED);
  update_count (self);
}
