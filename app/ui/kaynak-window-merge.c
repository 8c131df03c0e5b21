/* kaynak-window-merge.c: the window's side of the disagreements a merge
 * left (issue 15, "Teams on git"): the bar that counts them whenever the
 * document changes, and win.review-disagreements, which opens the review
 * window (kaynak-merge-review-window.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-document-disagreements.h"
#include "kaynak-merge-bar.h"
#include "kaynak-merge-review-window.h"
#include "kaynak-window-private.h"

#define REVIEW_KEY "kaynak-merge-review-window"

static void
update_bar (KaynakWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "review-disagreements");
  /* the common case, no records, costs a walk of the claims and no more */
  guint n = self->document != NULL && kaynak_document_has_disagreements (self->document)
            ? kaynak_document_count_disagreements (self->document) : 0;

  kaynak_merge_bar_set_count (self->merge_bar, n);
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), n > 0 ||
                                 g_object_get_data (G_OBJECT (self), REVIEW_KEY) != NULL);
}

void
_kaynak_window_merge_on_document (KaynakWindow *self)
{
  if (self->document != NULL)
    g_signal_connect_object (self->document, "changed",
                             G_CALLBACK (update_bar), self, G_CONNECT_SWAPPED);
  update_bar (self);
}

static void
on_review_destroyed (KaynakWindow *self)
{
  g_object_set_data (G_OBJECT (self), REVIEW_KEY, NULL);
  update_bar (self);
}

static void
review_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkWidget *window;

  if (self->document == NULL)
    return;
  window = g_object_get_data (G_OBJECT (self), REVIEW_KEY);
  if (window == NULL)
    {
      window = kaynak_merge_review_window_new (GTK_WINDOW (self), self->article_view);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
      g_object_set_data (G_OBJECT (self), REVIEW_KEY, window);
      /* _object: it is destroyed with its parent, and on Ctrl+Q after
       * the parent is gone (the same for Compare With… and Statistics) */
      g_signal_connect_object (window, "destroy", G_CALLBACK (on_review_destroyed), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry merge_entries[] = {
  { "review-disagreements", review_action },
};

void
_kaynak_window_install_merge_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), merge_entries, G_N_ELEMENTS (merge_entries), self);
  update_bar (self);
}

void
_kaynak_window_class_init_merge (GtkWidgetClass *widget_class)
{
  g_type_ensure (KAYNAK_TYPE_MERGE_BAR);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, merge_bar);
}
