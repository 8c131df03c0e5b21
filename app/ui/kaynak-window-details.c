/* kaynak-window-details.c: the window's part of the claim details pane:
 * the pane shows the claim selected in the article or the list, Enter
 * brings the focus into it, a followed link selects its claim, and
 * "Pick in the Article" turns the next click on a highlight into the
 * other end of a link.  Also the commands that act on the pane's claim
 * from anywhere in the window: Add Selection as Cue (Ctrl+K, which also
 * records where the cue stands) and Link to Another Claim (Ctrl+L).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-window-private.h"

/* In a narrow window the sidebar lies over the article: what the user
 * wants to see in the article makes it slide away */
static void
show_article (KaynakWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (kaynak_article_view_get_text_view (self->article_view)));
}

static void
reveal_sidebar (KaynakWindow *self)
{
  if (adw_flap_get_reveal_flap (self->flap))
    return;
  /* Through the action on a wide window, so the wish is remembered */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  else
    g_action_group_change_action_state (G_ACTION_GROUP (self), "toggle-claim-list",
                                        g_variant_new_boolean (TRUE));
}

void
_kaynak_window_focus_claim_pane (KaynakWindow *self)
{
  if (self->document == NULL || kaynak_claim_pane_get_claim (self->claim_pane) == NULL)
    return;

  reveal_sidebar (self);
  kaynak_claim_pane_focus (self->claim_pane);
}

/* The pane shows the selected claim, whoever selected it */
static void
on_selected_claim_changed (KaynakWindow *self)
{
  kaynak_claim_pane_set_claim (self->claim_pane,
                               kaynak_article_view_get_selected_claim (self->article_view));
}

static void
on_pane_claim_followed (KaynakWindow *self,
                        KaynakClaim  *claim)
{
  /* The view tells the list and the pane */
  kaynak_article_view_select_claim (self->article_view, claim);
  if (adw_flap_get_folded (self->flap))
    show_article (self);
}

static void
on_pane_pick_started (KaynakWindow *self)
{
  kaynak_article_view_set_picking (self->article_view, TRUE);
  /* A narrow window hides the pane that says what to do */
  if (adw_flap_get_folded (self->flap))
    _kaynak_window_add_toast (self, adw_toast_new (_("Click the other claim in the article, or press Escape")));
  show_article (self);
}

static void
on_pane_pick_cancelled (KaynakWindow *self)
{
  kaynak_article_view_set_picking (self->article_view, FALSE);
}

/* The claim clicked while picking, or NULL for Escape */
static void
on_view_claim_picked (KaynakWindow *self,
                      KaynakClaim  *claim)
{
  kaynak_claim_pane_finish_pick (self->claim_pane, claim);
  if (claim != NULL && adw_flap_get_folded (self->flap))
    _kaynak_window_add_toast (self, adw_toast_new (_("Link added")));
}

static void
on_pane_done (KaynakWindow *self)
{
  show_article (self);
}

void
_kaynak_window_class_init_details (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_selected_claim_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_claim_followed);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_pick_started);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_pick_cancelled);
  gtk_widget_class_bind_template_callback (widget_class, on_view_claim_picked);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_done);
}

/* --- Commands -------------------------------------------------------------- */

static void
add_cue_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  KaynakWindow *self = user_data;
  KaynakClaim *claim = kaynak_claim_pane_get_claim (self->claim_pane);
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  gboolean ok;
  guint start, end;

  if (self->document == NULL)
    return;
  if (claim == NULL)
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select a claim first, then the words that report it")));
      return;
    }
  if (!kaynak_article_view_get_selection_range (self->article_view, &start, &end))
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select the cue’s words in the article first")));
      return;
    }

  /* The rule for what a cue may be is the document's.  The words and
   * where they stand are one gesture, so one undo step
   * (kaynak-window-pieces.c) */
  words = kaynak_document_dup_slice (self->document, start, end);
  kaynak_document_begin_group (self->document);
  ok = kaynak_document_add_claim_cue (self->document, kaynak_claim_get_id (claim), words, &error) &&
       (kaynak_claim_get_orphaned (claim) ||
        _kaynak_window_add_cue_range (self, claim, start, end, &error));
  kaynak_document_end_group (self->document);
  if (!ok)
    {
      _kaynak_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  /* The words were a cue, not a claim to tag: Tag as… (open after a
   * mouse selection) has nothing left to do */
  kaynak_article_view_hide_tag_popover (self->article_view);
}

static void
link_claim_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KaynakWindow *self = user_data;

  if (self->document == NULL || kaynak_claim_pane_get_claim (self->claim_pane) == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  reveal_sidebar (self);
  kaynak_claim_pane_show_link_popover (self->claim_pane);
}

static const GActionEntry details_entries[] = {
  { "add-cue", add_cue_action },
  { "link-claim", link_claim_action },
};

void
_kaynak_window_install_details_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), details_entries,
                                   G_N_ELEMENTS (details_entries), self);
}

KaynakClaimPane *
kaynak_window_get_claim_pane (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return self->claim_pane;
}
