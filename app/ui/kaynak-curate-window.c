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

#include "kaynak-curate-window.h"

/* the wavy underline under each difference in the article */
#define DIFFERENCE_TAG "kaynak-curate-difference"

struct _KaynakCurateWindow
{
  AdwWindow           parent_instance;

  /* template children */
  GtkLabel           *summary_label;
  GtkListBox         *list;

  KaynakArticleView  *view;        /* weak */
  KaynakDocument     *document;
  KaynakCuration     *curation;
  GSimpleActionGroup *actions;
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

/* Their span of difference @d: the first other annotator's that has one */
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
  g_ptr_array_add (kinds, NULL);
  joined = g_strjoinv (", ", (char **) kinds->pdata);

  if (d->kinds & KAYNAK_DISAGREEMENT_DIFFERENT_SPAN)
    /* Translators: your words, what differs, the other file, its words */
    return g_strdup_printf (_("“%s”: %s (%s marked “%s”)"), mine, joined, name, their_quote);
  /* Translators: your words, what differs, the other file */
  return g_strdup_printf (_("“%s”: %s in %s"), mine, joined, name);
}

/* The range of difference @i to mark: mine, else theirs */
static gboolean
range_of (KaynakCurateWindow *self,
          guint               i,
          guint              *start,
          guint              *end)
{
  const KaynakDisagreement *d = kaynak_curation_get_difference (self->curation, i);
  guint a = d->spans[0] != NULL ? 0 : their_annotator (self, d);

  if (d->spans[a] == NULL)
    return FALSE;
  *start = d->spans[a]->start;
  *end = d->spans[a]->end;
  return TRUE;
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
  for (guint i = 0; i < n; i++)
    {
      GtkTextIter start, end;
      guint s, e;

      if (!range_of (self, i, &s, &e))
        continue;
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
  gboolean has_theirs = d != NULL && their_annotator (self, d) > 0;
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-mine");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_mine);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "take-theirs");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_theirs);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-both");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_mine && has_theirs);
}

/* The selected difference shown in the article: its words selected */
static void
on_row_selected (GtkListBox         *list,
                 GtkListBoxRow      *row,
                 KaynakCurateWindow *self)
{
  guint start, end;

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
      g_autofree char *text = describe (self, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      gtk_list_box_append (self->list, row);
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
  const KaynakDisagreement *d;

  if (i < 0)
    return;
  d = kaynak_curation_get_difference (self->curation, i);
  /* the document's "changed" rebuilds the list */
  if (!kaynak_curation_resolve (self->curation, i, choice, their_annotator (self, d), &error))
    {
      AdwMessageDialog *dialog =
        ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Resolve"),
                                                    error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
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
}

static void
kaynak_curate_window_init (KaynakCurateWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries,
                                   G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "curate", G_ACTION_GROUP (self->actions));
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
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
  self->changed_id = g_signal_connect_swapped (self->document, "changed",
                                               G_CALLBACK (on_document_changed), self);
  rebuild (self, 0);
  return GTK_WIDGET (self);
}
