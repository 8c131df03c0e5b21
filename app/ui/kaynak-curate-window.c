/* kaynak-curate-window.c: Compare With… (see kaynak-curate-window.h).
 *
 * The list is rebuilt from the curation after every change of the
 * document (a resolution, another edit, an undo): the curation reads the
 * document again, so what is listed is always what the document is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-curate-margin.h"
#include "kaynak-curate-window.h"
#include "kaynak-error-dialog.h"

/* the wavy underline under each difference in the article */
#define DIFFERENCE_TAG "kaynak-curate-difference"

struct _KaynakCurateWindow
{
  AdwWindow           parent_instance;

  /* template children */
  GtkLabel           *summary_label;
  GtkListBox         *list;
  GtkButton          *keep_mine_button;
  GtkWidget          *from_box;
  GtkDropDown        *from_drop;

  KaynakArticleView  *view;        /* weak */
  KaynakDocument     *document;
  KaynakCuration     *curation;
  GSimpleActionGroup *actions;
  GtkWidget          *margin;      /* the text view's left gutter while curating */
  /* the versions of the selected difference (annotators, kaynak-curation.h) */
  GArray             *versions;
  gulong              changed_id;
  /* TRUE while the list is rebuilt: a row selected then marks nothing */
  gboolean            rebuilding;
};

G_DEFINE_FINAL_TYPE (KaynakCurateWindow, kaynak_curate_window, ADW_TYPE_WINDOW)

static GtkTextBuffer *
article_buffer (KaynakCurateWindow *self)
{
  if (self->view == NULL)
    return NULL;
  return gtk_text_view_get_buffer (kaynak_article_view_get_text_view (self->view));
}

/* Whose version Take Theirs and Keep Both take: the one chosen under
 * "Take From" (the first other annotator who marked it, unless another
 * is chosen); 0 when no one else marked it */
static guint
chosen_annotator (KaynakCurateWindow *self)
{
  guint v = gtk_drop_down_get_selected (self->from_drop);

  if (self->versions == NULL || self->versions->len == 0)
    return 0;
  if (v >= self->versions->len)
    v = 0;
  return g_array_index (self->versions, guint, v);
}

/* The first other annotator who marked difference @d */
static guint
their_annotator (KaynakCurateWindow       *self,
                 const KaynakDisagreement *d)
{
  guint n = kaynak_curation_get_n_annotators (self->curation);

  for (guint a = 1; a < n; a++)
    if (d->spans[a] != NULL)
      return a;
  return 0;
}

static char *
quote_of (KaynakCurateWindow *self,
          guint               i,
          guint               annotator)
{
  g_autoptr(KaynakClaim) claim = kaynak_curation_dup_claim (self->curation, i, annotator);

  return claim != NULL ? g_strdup (kaynak_claim_get_quote (claim)) : NULL;
}

/* The names of the annotators who marked difference @i as @annotator
 * did, e.g. "b.kaynak.json, d.kaynak.json" */
static char *
names_alike (KaynakCurateWindow *self,
             guint               i,
             guint               annotator)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self->curation, i);
  const KaynakAgreementSpan *span = d->spans[annotator];
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint a = 1; a < kaynak_curation_get_n_annotators (self->curation); a++)
    {
      const KaynakAgreementSpan *s = d->spans[a];

      if (s != NULL && s->start == span->start && s->end == span->end &&
          s->source == span->source && s->status == span->status &&
          s->attribution == span->attribution && s->source_type == span->source_type)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                                kaynak_curation_get_annotator_name (self->curation, a));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* One version of difference @i, as @annotator marked it: "b.kaynak.json,
 * d.kaynak.json: “…”, Kremlin" */
static char *
version_text (KaynakCurateWindow *self,
              guint               i,
              guint               annotator)
{
  g_autoptr(KaynakClaim) claim = kaynak_curation_dup_claim (self->curation, i, annotator);
  KaynakDocument *document = kaynak_curation_get_document (self->curation, annotator);
  const char *id = kaynak_claim_get_source_id (claim);
  KaynakSource *source = id != NULL ? kaynak_document_lookup_source (document, id) : NULL;
  g_autofree char *names = names_alike (self, i, annotator);

  /* Translators: the annotators' files, their words, the source and the
   * claim's status */
  return g_strdup_printf (_("%s: “%s”, %s, %s"), names, kaynak_claim_get_quote (claim),
                          source != NULL ? kaynak_source_get_label (source) : _("no source"),
                          kaynak_claim_status_to_label (kaynak_claim_get_status (claim)));
}

/* "“Kremlin yorum yapmadı”: another source" and the like */
static char *
describe (KaynakCurateWindow *self,
          guint               i)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self->curation, i);
  guint theirs = their_annotator (self, d);
  const char *name = theirs > 0 ? kaynak_curation_get_annotator_name (self->curation, theirs) : "";
  g_autofree char *mine = quote_of (self, i, 0);
  g_autofree char *their_quote = theirs > 0 ? quote_of (self, i, theirs) : NULL;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (mine == NULL)
    /* Translators: %s is another annotator's file, then the words */
    return g_strdup_printf (_("Only %s marked “%s”"), name, their_quote);
  if (theirs == 0)
    return g_strdup_printf (_("Only you marked “%s”"), mine);

  if (d->kinds & KAYNAK_DISAGREEMENT_MISSING_SPAN)
    g_ptr_array_add (kinds, (gpointer) _("not marked by everyone"));
  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_SPAN)
    g_ptr_array_add (kinds, (gpointer) _("another span"));
  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE)
    g_ptr_array_add (kinds, (gpointer) _("another source"));
  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_STATUS)
    g_ptr_array_add (kinds, (gpointer) _("another status"));
  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_ATTRIBUTION)
    g_ptr_array_add (kinds, (gpointer) _("another attribution"));
  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_SOURCE_TYPE)
    g_ptr_array_add (kinds, (gpointer) _("another source type"));
  g_ptr_array_add (kinds, NULL);
  joined = g_strjoinv (", ", (char **) kinds->pdata);

  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_SPAN)
    /* Translators: your words, what differs, the other file, its words */
    return g_strdup_printf (_("“%s”: %s (%s marked “%s”)"), mine, joined, name, their_quote);
  /* Translators: your words, what differs, the other file */
  return g_strdup_printf (_("“%s”: %s in %s"), mine, joined, name);
}

/* What a row and a margin mark say of difference @i: the difference, and
 * with several other files each version and who marked it */
static char *
row_text (KaynakCurateWindow *self,
          guint               i)
{
  g_autofree char *first = describe (self, i);
  g_autoptr(GArray) versions = NULL;
  GString *text;

  if (kaynak_curation_get_n_annotators (self->curation) <= 2)
    return g_steal_pointer (&first);
  text = g_string_new (first);
  versions = kaynak_curation_list_versions (self->curation, i);
  for (guint v = 0; v < versions->len; v++)
    {
      g_autofree char *line = version_text (self, i, g_array_index (versions, guint, v));

      g_string_append_printf (text, "\n%s", line);
    }
  return g_string_free (text, FALSE);
}

/* The range of difference @i to mark: mine, else theirs */
static gboolean
range_of (KaynakCurateWindow *self,
          guint               i,
          guint              *start,
          guint              *end)
{
  kaynak_curation_get_range (self->curation, i, start, end);
  return *end > *start;
}

static void
clear_marks (KaynakCurateWindow *self)
{
  GtkTextBuffer *buffer = article_buffer (self);
  GtkTextIter start, end;

  /* the view may show another document's buffer by now, without the tag */
  if (buffer == NULL ||
      gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), DIFFERENCE_TAG) == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, DIFFERENCE_TAG, &start, &end);
}

/* Every difference underlined in the article: a few, at most one per claim */
static void
mark_all (KaynakCurateWindow *self)
{
  GtkTextBuffer *buffer = article_buffer (self);
  guint n = kaynak_curation_get_n_differences (self->curation);

  if (buffer == NULL)
    return;
  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), DIFFERENCE_TAG) == NULL)
    gtk_text_buffer_create_tag (buffer, DIFFERENCE_TAG,
                                "underline", PANGO_UNDERLINE_ERROR,
                                "underline-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 1.0 },
                                NULL);
  clear_marks (self);
  if (self->margin != NULL)
    kaynak_curate_margin_clear (KAYNAK_CURATE_MARGIN (self->margin));
  for (guint i = 0; i < n; i++)
    {
      GtkTextIter start, end;
      guint s, e;

      if (!range_of (self, i, &s, &e))
        continue;
      if (self->margin != NULL)
        {
          g_autofree char *text = row_text (self, i);
          /* Translators: "Difference 2 of 5: “…”: another source" */
          g_autofree char *description = g_strdup_printf (_("Difference %u of %u: %s"),
                                                          i + 1, n, text);

          kaynak_curate_margin_add (KAYNAK_CURATE_MARGIN (self->margin), s,
                                    kaynak_curation_get_kind (self->curation, i), i, description);
        }
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) s);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) e);
      gtk_text_buffer_apply_tag_by_name (buffer, DIFFERENCE_TAG, &start, &end);
    }
}

static int
selected_index (KaynakCurateWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

static void
update_actions (KaynakCurateWindow *self)
{
  int i = selected_index (self);
  const KaynakDisagreement *d = i >= 0 ? kaynak_curation_get_difference (self->curation, i) : NULL;
  gboolean has_mine = d != NULL && d->spans[0] != NULL;
  gboolean has_theirs = chosen_annotator (self) > 0;
  GAction *action;

  if (self->actions == NULL)
    return;
  /* Keep Mine of a claim only they marked leaves theirs out */
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-mine");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), d != NULL);
  gtk_button_set_label (self->keep_mine_button, d == NULL || has_mine ? _("Keep Mine") : _("Leave Out"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->keep_mine_button),
                               d == NULL || has_mine
                               ? _("Keep Your Claim and Record Who Agreed (Alt+M)")
                               : _("Leave Their Claim Out of Yours (Alt+M)"));
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "take-theirs");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_theirs);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-both");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_mine && has_theirs);
}

/* "Take From" offers the versions of the selected difference when there
 * is more than one to choose from */
static void
update_versions (KaynakCurateWindow *self)
{
  int i = selected_index (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->versions, g_array_unref);
  if (i >= 0)
    self->versions = kaynak_curation_list_versions (self->curation, i);
  for (guint v = 0; self->versions != NULL && v < self->versions->len; v++)
    {
      g_autofree char *text = version_text (self, i, g_array_index (self->versions, guint, v));

      gtk_string_list_append (names, text);
    }
  gtk_drop_down_set_model (self->from_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->from_drop, 0);
  gtk_widget_set_visible (self->from_box, self->versions != NULL && self->versions->len > 1);
}

/* The selected difference shown in the article: its words selected */
static void
on_row_selected (GtkListBox         *list,
                 GtkListBoxRow      *row,
                 KaynakCurateWindow *self)
{
  guint start, end;

  /* the list empties itself as the window goes */
  if (self->curation == NULL)
    return;
  update_versions (self);
  update_actions (self);
  if (self->rebuilding || row == NULL || self->view == NULL)
    return;
  if (range_of (self, gtk_list_box_row_get_index (row), &start, &end))
    kaynak_article_view_set_selection_range (self->view, start, end);
}

static void
rebuild (KaynakCurateWindow *self,
         int                 select)
{
  guint n;
  GtkWidget *child;

  self->rebuilding = TRUE;
  kaynak_curation_refresh (self->curation);
  n = kaynak_curation_get_n_differences (self->curation);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = row_text (self, i);
      gtk_list_box_append (self->list, kaynak_accessible_text_row_new (text));
    }

  if (n == 0)
    gtk_label_set_text (self->summary_label,
                        _("No differences left. Save As… records who agreed on each claim."));
  else
    {
      g_autofree char *summary =
        g_strdup_printf (ngettext ("%u difference", "%u differences", n), n);
      gtk_label_set_text (self->summary_label, summary);
    }

  mark_all (self);
  if (n == 0)
    update_versions (self);
  if (n > 0)
    gtk_list_box_select_row (self->list,
                             gtk_list_box_get_row_at_index (self->list,
                                                            CLAMP (select, 0, (int) n - 1)));
  self->rebuilding = FALSE;
  update_actions (self);
}

static void
on_document_changed (KaynakCurateWindow *self)
{
  rebuild (self, MAX (selected_index (self), 0));
}

gboolean
kaynak_curate_window_step (KaynakCurateWindow *self,
                          int                 delta)
{
  int i = selected_index (self) + delta;
  GtkListBoxRow *row;

  g_return_val_if_fail (KAYNAK_IS_CURATE_WINDOW (self), FALSE);

  if (selected_index (self) < 0)
    i = delta > 0 ? 0 : (int) kaynak_curation_get_n_differences (self->curation) - 1;
  row = i >= 0 ? gtk_list_box_get_row_at_index (self->list, i) : NULL;
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->list, row);
  return TRUE;
}

static void
resolve (KaynakCurateWindow   *self,
         KaynakCurationChoice  choice)
{
  int i = selected_index (self);
  g_autoptr(GError) error = NULL;

  if (i < 0)
    return;
  /* the document's "changed" rebuilds the list */
  if (!kaynak_curation_resolve (self->curation, i, choice, chosen_annotator (self), &error))
    kaynak_show_error (GTK_WINDOW (self), _("Could Not Resolve"), error);
}

static void
keep_mine_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  resolve (user_data, KAYNAK_CURATION_KEEP_MINE);
}

static void
take_theirs_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  resolve (user_data, KAYNAK_CURATION_TAKE_THEIRS);
}

static void
keep_both_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  resolve (user_data, KAYNAK_CURATION_KEEP_BOTH);
}

/* Never the annotator's own file silently: always Save As */
static void
save_as_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KaynakCurateWindow *self = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  kaynak_curation_record_agreements (self->curation);
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.save-as", NULL);
}

/* Ctrl+Z and Ctrl+Shift+Z (the application's accelerators for win.undo
 * and win.redo) undo and redo the document's steps here too, where the
 * resolutions are made */
static void
undo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KaynakCurateWindow *self = user_data;

  kaynak_document_undo (self->document);
}

static void
redo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KaynakCurateWindow *self = user_data;

  kaynak_document_redo (self->document);
}

static const GActionEntry history_entries[] = {
  { "undo", undo_action },
  { "redo", redo_action },
};

static const GActionEntry entries[] = {
  { "keep-mine", keep_mine_action },
  { "take-theirs", take_theirs_action },
  { "keep-both", keep_both_action },
  { "save-as", save_as_action },
};

static void
kaynak_curate_window_dispose (GObject *object)
{
  KaynakCurateWindow *self = KAYNAK_CURATE_WINDOW (object);

  clear_marks (self);
  if (self->margin != NULL && self->view != NULL)
    {
      GtkTextView *text_view = kaynak_article_view_get_text_view (self->view);
      GtkWidget *gutter = gtk_text_view_get_gutter (text_view, GTK_TEXT_WINDOW_LEFT);

      /* GTK 4.8 returns the gutter's own holder, our margin inside it */
      if (gutter != NULL && (gutter == self->margin || gtk_widget_get_parent (self->margin) == gutter))
        gtk_text_view_set_gutter (text_view, GTK_TEXT_WINDOW_LEFT, NULL);
    }
  g_clear_object (&self->margin);
  g_clear_pointer (&self->versions, g_array_unref);
  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_pointer (&self->curation, kaynak_curation_free);
  g_clear_object (&self->actions);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (kaynak_curate_window_parent_class)->dispose (object);
}

static void
kaynak_curate_window_class_init (KaynakCurateWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_curate_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-curate-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakCurateWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakCurateWindow, list);
  gtk_widget_class_bind_template_child (widget_class, KaynakCurateWindow, keep_mine_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakCurateWindow, from_box);
  gtk_widget_class_bind_template_child (widget_class, KaynakCurateWindow, from_drop);
}

/* The versions' words are long: shown whole in the list, shortened on
 * the button */
static void
setup_version (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_version (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  wrap)
{
  GtkStringObject *text = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (text));
}

static GtkListItemFactory *
version_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_version), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_version), GINT_TO_POINTER (wrap));
  return factory;
}

static void
kaynak_curate_window_init (KaynakCurateWindow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = version_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = version_factory (TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_factory (self->from_drop, button_factory);
  gtk_drop_down_set_list_factory (self->from_drop, list_factory);
  kaynak_accessible_name_drop_down_button (GTK_WIDGET (self->from_drop), _("Take From"));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "curate", G_ACTION_GROUP (self->actions));
  {
    g_autoptr(GSimpleActionGroup) history = g_simple_action_group_new ();

    g_action_map_add_action_entries (G_ACTION_MAP (history), history_entries,
                                     G_N_ELEMENTS (history_entries), self);
    gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (history));
  }
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect_swapped (self->from_drop, "notify::selected", G_CALLBACK (update_actions), self);
}

/* A mark clicked in the margin: its difference selected, as F8 would */
static void
on_margin_activated (KaynakCurateWindow *self,
                     guint               index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) index);

  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
}

GtkWidget *
kaynak_curate_window_new (GtkWindow         *parent,
                          KaynakArticleView *view,
                          KaynakCuration    *curation,
                          const char        *title)
{
  /* in the application, so that its accelerators (Alt+M…) reach it */
  KaynakCurateWindow *self = g_object_new (KAYNAK_TYPE_CURATE_WINDOW,
                                           "transient-for", parent,
                                           "application", gtk_window_get_application (parent),
                                           "title", title,
                                           NULL);

  g_set_weak_pointer (&self->view, view);
  /* the differences are those of this document: another one shown in the
   * window ends the curation (its marks go with it) */
  g_signal_connect_object (view, "notify::document", G_CALLBACK (gtk_window_destroy), self,
                           G_CONNECT_SWAPPED);
  self->document = g_object_ref (kaynak_article_view_get_document (view));
  self->curation = curation;
  self->margin = g_object_ref_sink (kaynak_curate_margin_new (kaynak_article_view_get_text_view (view)));
  g_signal_connect_swapped (self->margin, "activated", G_CALLBACK (on_margin_activated), self);
  gtk_text_view_set_gutter (kaynak_article_view_get_text_view (view), GTK_TEXT_WINDOW_LEFT,
                            self->margin);
  self->changed_id = g_signal_connect_swapped (self->document, "changed",
                                               G_CALLBACK (on_document_changed), self);
  rebuild (self, 0);
  return GTK_WIDGET (self);
}
