/* kaynak-merge-review-window.c: the disagreements a merge left (see
 * kaynak-merge-review-window.h).
 *
 * The list is read again from the document after every change (a
 * resolution, another edit, an undo), so what is listed is always what
 * the document holds and would save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-accessible.h"
#include "kaynak-document-disagreements.h"
#include "kaynak-error-dialog.h"
#include "kaynak-merge-review-window.h"

struct _KaynakMergeReviewWindow
{
  AdwWindow           parent_instance;

  /* template children */
  GtkLabel           *summary_label;
  GtkListBox         *list;
  GtkButton          *keep_mine_button;

  KaynakArticleView  *view;        /* weak */
  KaynakDocument     *document;
  GPtrArray          *disagreements;   /* KaynakDisagreement, as listed */
  GSimpleActionGroup *actions;
  gulong              changed_id;
  /* TRUE while the list is rebuilt: a row selected then selects nothing */
  gboolean            rebuilding;
};

G_DEFINE_FINAL_TYPE (KaynakMergeReviewWindow, kaynak_merge_review_window, ADW_TYPE_WINDOW)

/* A member of the file as the window names it elsewhere */
static const char *
member_label (KaynakDisagreementTarget  target,
              const char               *name)
{
  static const struct { const char *name; const char *label; } labels[] = {
    { "source", N_("Source") },
    { "status", N_("Status") },
    { "note", N_("Note") },
    { "cues", N_("Cues") },
    { "start", N_("Words") },
    { "author", N_("Author") },
    { "checkable", N_("Checkable claim") },
    { "evidence", N_("Evidence") },
    { "agreed_by", N_("Agreed by") },
    { "source_ranges", N_("Source words") },
    { "cue_ranges", N_("Cue words") },
    { "verdict", N_("Verdict") },
    { "fields", N_("Fields") },
    { "attribution", N_("Attribution") },
    { "label", N_("Name") },
    { "color", N_("Colour") },
    { "shortcut", N_("Shortcut") },
    { "kind", N_("Kind") },
    { "aliases", N_("Aliases") },
    { "description", N_("Description") },
    { "title", N_("Title") },
    { "url", N_("Address") },
    { "outlet", N_("Outlet") },
    { "published", N_("Published") },
    { "language", N_("Language") },
    { "fact_check_url", N_("Fact-check address") },
    { "retrieved", N_("Retrieved") },
    { "archived_url", N_("Archived copy") },
    { "notes", N_("Notes") },
    { "type", N_("Type") },
    { "from", N_("From") },
    { "to", N_("To") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].name, name) == 0)
      return _(labels[i].label);
  return name;
}

/* What a row says: what it is about, then each member, yours and theirs,
 * or what a deletion means for the two buttons */
static char *
row_text (KaynakDisagreement *d)
{
  GString *text = g_string_new (kaynak_disagreement_get_title (d));
  const char * const *members = kaynak_disagreement_get_members (d);

  if (kaynak_disagreement_get_deleted (d))
    g_string_append_printf (text, "\n%s",
                            g_strcmp0 (kaynak_disagreement_get_side (d), "theirs") == 0
                            ? _("They deleted it, you changed it: Keep Mine keeps it, Take Theirs deletes it")
                            : _("You deleted it, they changed it: Keep Mine deletes it, Take Theirs keeps it"));
  for (guint i = 0; members[i] != NULL; i++)
    /* Translators: "Status: yours Supported, theirs Refuted" */
    g_string_append_printf (text, _("\n%s: yours %s, theirs %s"),
                            member_label (kaynak_disagreement_get_target (d), members[i]),
                            kaynak_disagreement_get_ours (d, i), kaynak_disagreement_get_theirs (d, i));
  if (kaynak_disagreement_get_who (d) != NULL)
    /* Translators: who made theirs */
    g_string_append_printf (text, _("\nTheirs by %s"), kaynak_disagreement_get_who (d));
  if (!kaynak_disagreement_get_present (d))
    g_string_append_printf (text, "\n%s", _("It can only be dismissed"));
  else if (!kaynak_disagreement_can_take_theirs (d) && !kaynak_disagreement_get_deleted (d))
    g_string_append_printf (text, "\n%s", _("Theirs cannot be applied here; keep yours or change it by hand"));
  return g_string_free (text, FALSE);
}

static KaynakDisagreement *
selected (KaynakMergeReviewWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int i = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (i < 0 || self->disagreements == NULL || (guint) i >= self->disagreements->len)
    return NULL;
  return g_ptr_array_index (self->disagreements, i);
}

static int
selected_index (KaynakMergeReviewWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

static void
update_actions (KaynakMergeReviewWindow *self)
{
  KaynakDisagreement *d = selected (self);
  GAction *action;

  if (self->actions == NULL)
    return;
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "keep-mine");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), d != NULL);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "take-theirs");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), d != NULL && kaynak_disagreement_can_take_theirs (d));
  /* what is gone can only be dismissed: the button says so */
  gtk_button_set_label (self->keep_mine_button,
                        d != NULL && !kaynak_disagreement_get_present (d) ? _("Dismiss") : _("Keep Mine"));
}

/* A claim's disagreement selects the claim in the article */
static void
on_row_selected (GtkListBox              *list,
                 GtkListBoxRow           *row,
                 KaynakMergeReviewWindow *self)
{
  KaynakDisagreement *d;

  if (self->disagreements == NULL)
    return;
  update_actions (self);
  d = selected (self);
  if (self->rebuilding || d == NULL || self->view == NULL)
    return;
  if (kaynak_disagreement_get_target (d) == KAYNAK_DISAGREEMENT_CLAIM &&
      kaynak_disagreement_get_present (d))
    {
      KaynakClaim *claim = kaynak_document_lookup_claim (self->document, kaynak_disagreement_get_object_id (d));

      if (claim != NULL)
        kaynak_article_view_select_claim (self->view, claim);
    }
}

static void
rebuild (KaynakMergeReviewWindow *self,
         int                      select)
{
  GtkWidget *child;
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->list)) != NULL;
  guint n;

  self->rebuilding = TRUE;
  g_clear_pointer (&self->disagreements, g_ptr_array_unref);
  self->disagreements = kaynak_document_collect_disagreements (self->document);
  n = self->disagreements->len;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = row_text (g_ptr_array_index (self->disagreements, i));
      gtk_list_box_append (self->list, kaynak_accessible_text_row_new (text));
    }

  if (n == 0)
    gtk_label_set_text (self->summary_label,
                        _("No disagreements left. Save to write the file without them."));
  else
    {
      g_autofree char *summary =
        g_strdup_printf (ngettext ("%u disagreement from a merge", "%u disagreements from a merge", n), n);
      gtk_label_set_text (self->summary_label, summary);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->summary_label), -1);

  if (n > 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, CLAMP (select, 0, (int) n - 1));

      gtk_list_box_select_row (self->list, row);
      /* the keyboard stays in the list after a resolution removed a row */
      if (select < 0)
        gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (row));
      else if (had_focus)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  self->rebuilding = FALSE;
  update_actions (self);
  on_row_selected (self->list, NULL, self);
}

static void
on_document_changed (KaynakMergeReviewWindow *self)
{
  rebuild (self, MAX (selected_index (self), 0));
}

static void
resolve (KaynakMergeReviewWindow *self,
         gboolean                 theirs)
{
  KaynakDisagreement *d = selected (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (d == NULL)
    return;
  /* the document's "changed" rebuilds the list */
  ok = theirs ? kaynak_document_take_theirs (self->document, d, &error)
              : kaynak_document_keep_ours (self->document, d, &error);
  if (!ok)
    kaynak_show_error (GTK_WINDOW (self), _("Could Not Resolve"), error);
}

static void
keep_mine_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  resolve (user_data, FALSE);
}

static void
take_theirs_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  resolve (user_data, TRUE);
}

/* Ctrl+Z and Ctrl+Shift+Z (the application's accelerators for win.undo
 * and win.redo) undo and redo the document's steps here too, where the
 * resolutions are made */
static void
undo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KaynakMergeReviewWindow *self = user_data;

  kaynak_document_undo (self->document);
}

static void
redo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KaynakMergeReviewWindow *self = user_data;

  kaynak_document_redo (self->document);
}

/* Ctrl+S saves the document from here too (the main window's win.save) */
static void
save_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (user_data));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.save", NULL);
}

static const GActionEntry window_entries[] = {
  { "undo", undo_action },
  { "redo", redo_action },
  { "save", save_action },
};

static const GActionEntry entries[] = {
  { "keep-mine", keep_mine_action },
  { "take-theirs", take_theirs_action },
};

static void
kaynak_merge_review_window_dispose (GObject *object)
{
  KaynakMergeReviewWindow *self = KAYNAK_MERGE_REVIEW_WINDOW (object);

  if (self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_pointer (&self->disagreements, g_ptr_array_unref);
  g_clear_object (&self->actions);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (kaynak_merge_review_window_parent_class)->dispose (object);
}

static void
kaynak_merge_review_window_class_init (KaynakMergeReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kaynak_merge_review_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-merge-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeReviewWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeReviewWindow, list);
  gtk_widget_class_bind_template_child (widget_class, KaynakMergeReviewWindow, keep_mine_button);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kaynak_merge_review_window_init (KaynakMergeReviewWindow *self)
{
  g_autoptr(GSimpleActionGroup) window_actions = g_simple_action_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "review", G_ACTION_GROUP (self->actions));
  g_action_map_add_action_entries (G_ACTION_MAP (window_actions), window_entries,
                                   G_N_ELEMENTS (window_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (window_actions));
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
}

GtkWidget *
kaynak_merge_review_window_new (GtkWindow         *parent,
                                KaynakArticleView *view)
{
  /* in the application, so that its accelerators (Alt+M…) reach it */
  KaynakMergeReviewWindow *self = g_object_new (KAYNAK_TYPE_MERGE_REVIEW_WINDOW,
                                                "transient-for", parent,
                                                "application", gtk_window_get_application (parent),
                                                NULL);

  g_set_weak_pointer (&self->view, view);
  /* the disagreements are this document's: another one shown in the
   * window ends the review */
  g_signal_connect_object (view, "notify::document", G_CALLBACK (gtk_window_destroy), self,
                           G_CONNECT_SWAPPED);
  self->document = g_object_ref (kaynak_article_view_get_document (view));
  self->changed_id = g_signal_connect_swapped (self->document, "changed",
                                               G_CALLBACK (on_document_changed), self);
  rebuild (self, -1);
  return GTK_WIDGET (self);
}
