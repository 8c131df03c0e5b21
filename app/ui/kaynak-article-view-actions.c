/* kaynak-article-view-actions.c: what the user does in the article: actions, keys, mouse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-article-view-private.h"
#include "kaynak-error.h"
#include "kaynak-library-ui.h"
#include "kaynak-scheme.h"
#include "kaynak-source-library.h"

/* A press and release further apart than this is a drag, not a click */
#define CLICK_SLOP 4.0

/* --- Going from claim to claim -------------------------------------------- */

static guint
claim_start_at (GListModel *claims,
                guint       position)
{
  g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, position);

  return kaynak_claim_get_start (claim);
}

/* The neighbour of the selected claim in document order, or of the caret
 * when no claim is selected; orphans have no place in the text and are
 * skipped. */
static KaynakClaim *
find_neighbour (KaynakArticleView *self,
                gboolean           forward)
{
  GListModel *claims;
  guint n, pos, lo, hi;
  int i;

  if (self->document == NULL || self->buffer == NULL)
    return NULL;

  claims = kaynak_document_get_claims (self->document);
  n = g_list_model_get_n_items (claims);

  pos = self->selected_claim != NULL
        ? kaynak_document_get_claim_position (self->document, self->selected_claim)
        : G_MAXUINT;

  if (pos != G_MAXUINT)
    i = forward ? (int) pos + 1 : (int) pos - 1;
  else
    {
      guint caret = _kaynak_article_view_get_caret_offset (self);

      /* First claim starting at or after the caret */
      lo = 0;
      hi = n;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (claim_start_at (claims, mid) < caret)
            lo = mid + 1;
          else
            hi = mid;
        }
      i = forward ? (int) lo : (int) lo - 1;
    }

  for (; i >= 0 && (guint) i < n; i += forward ? 1 : -1)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, (guint) i);

      if (!kaynak_claim_get_orphaned (claim))
        return claim; /* the model keeps its reference */
    }

  return NULL;
}

gboolean
_kaynak_article_view_select_neighbour (KaynakArticleView *self,
                                       gboolean           forward)
{
  KaynakClaim *claim = find_neighbour (self, forward);
  GtkTextIter iter;

  if (claim == NULL)
    return FALSE;

  /* Move the caret too, so that a screen reader follows and a following
   * Shift+arrow extends from the claim. */
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, kaynak_claim_get_start (claim));
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  _kaynak_article_view_set_selected_claim (self, claim, TRUE);
  return TRUE;
}

/* --- The answers of "Tag as…" --------------------------------------------- */

static KaynakClaim *
tag_popover_target (KaynakArticleView *self,
                    const char        *source_id,
                    GError           **error)
{
  if (self->popover_has_range)
    return kaynak_article_view_tag_range (self, self->popover_start,
                                          self->popover_end, source_id, error);
  if (self->popover_claim != NULL &&
      kaynak_document_get_claim_position (self->document, self->popover_claim) != G_MAXUINT)
    return _kaynak_article_view_retag_claim (self, self->popover_claim, source_id, error);

  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_RANGE,
                       _("Select some text or a claim to tag."));
  return NULL;
}

static void
on_popover_source_chosen (KaynakArticleView *self,
                          KaynakSource      *source)
{
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;

  if (tag_popover_target (self, kaynak_source_get_id (source), &error) == NULL)
    {
      g_debug ("Not tagged: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* A source of the user's library, added to the document (a copy: its
 * kind, aliases and description, its colour where no source has it) and
 * the selection tagged with it, as one undoable step */
static void
on_popover_library_source_chosen (KaynakArticleView *self,
                                  KaynakSource      *library_source)
{
  g_autoptr(GError) error = NULL;
  KaynakSource *source;
  gboolean ok;

  if (self->document == NULL)
    return;

  kaynak_document_begin_group (self->document);
  source = kaynak_document_take_source (self->document, library_source, &error);
  ok = source != NULL &&
       tag_popover_target (self, kaynak_source_get_id (source), &error) != NULL;
  kaynak_document_end_group (self->document);

  if (!ok)
    {
      kaynak_tag_popover_show_error (self->popover, error->message);
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_popover_new_source (KaynakArticleView *self,
                       const char        *label)
{
  KaynakSource *known;
  g_autoptr(KaynakSource) source = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *existing;
  gboolean ok;

  if (self->document == NULL)
    return;

  /* A name the document already has, as a label or another name, tags
   * with that source: "beyaz saray" typed again never makes a second
   * "Beyaz Saray", nor "ABD" a second United States */
  existing = kaynak_document_find_source_by_name (self->document, label, NULL);
  if (existing != NULL)
    {
      on_popover_source_chosen (self, existing);
      return;
    }

  /* A name the user's library knows brings that source, with its kind
   * and aliases, rather than a bare new one */
  known = kaynak_source_library_find (kaynak_source_library_get_default (), label);
  if (known != NULL)
    {
      on_popover_library_source_chosen (self, known);
      return;
    }

  /* a slug id, the colour most unlike those in use, the first free key */
  source = kaynak_document_make_source (self->document, label, KAYNAK_SOURCE_KIND_NAMED);

  /* One undo step takes back both the source and the claim */
  kaynak_document_begin_group (self->document);
  ok = kaynak_document_add_source (self->document, source, &error) &&
       tag_popover_target (self, kaynak_source_get_id (source), &error) != NULL;
  kaynak_document_end_group (self->document);

  if (!ok)
    {
      kaynak_tag_popover_show_error (self->popover, error->message);
      return;
    }

  /* So that the next article offers it */
  kaynak_library_learn_source (GTK_WIDGET (self), source);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_popover_closed (KaynakArticleView *self)
{
  _kaynak_article_view_clear_popover_target (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* --- The mouse ------------------------------------------------------------ */

static gboolean
on_release_idle (gpointer data)
{
  KaynakArticleView *self = data;
  guint start, end;

  self->release_idle = 0;

  /* Picking the other end of a link: a click on a highlight picks it */
  if (self->picking)
    {
      GtkTextIter iter;
      KaynakClaim *claim = NULL;
      int bx, by;

      if (self->release_dragged || self->buffer == NULL)
        return G_SOURCE_REMOVE;
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                             (int) self->release_x, (int) self->release_y,
                                             &bx, &by);
      if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        claim = kaynak_highlighter_get_claim_at (self->highlighter,
                                                 (guint) gtk_text_iter_get_offset (&iter));
      if (claim != NULL)
        _kaynak_article_view_end_picking (self, claim);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return G_SOURCE_REMOVE;
    }

  /* The text view handled the same release first: a click placed the
   * caret, a drag or a double click left a selection. */
  if (kaynak_article_view_get_selection_range (self, &start, &end))
    kaynak_article_view_show_tag_popover (self);
  else if (!self->release_dragged && self->buffer != NULL)
    {
      GtkTextIter iter;
      int bx, by;

      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                             (int) self->release_x, (int) self->release_y,
                                             &bx, &by);
      if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        kaynak_article_view_select_claim_at_offset (self, (guint) gtk_text_iter_get_offset (&iter));
      else
        _kaynak_article_view_set_selected_claim (self, NULL, FALSE);
    }

  return G_SOURCE_REMOVE;
}

static void
on_drag_begin (KaynakArticleView *self,
               double             x,
               double             y)
{
  self->press_x = x;
  self->press_y = y;
}

static void
on_drag_end (KaynakArticleView *self,
             double             offset_x,
             double             offset_y)
{
  self->release_x = self->press_x + offset_x;
  self->release_y = self->press_y + offset_y;
  self->release_dragged = offset_x * offset_x + offset_y * offset_y > CLICK_SLOP * CLICK_SLOP;

  /* Not on every drag frame, and only once the text view is done */
  if (self->release_idle == 0)
    self->release_idle = g_idle_add_full (G_PRIORITY_DEFAULT, on_release_idle, self, NULL);
}

/* --- Actions and keys -------------------------------------------------------
 *
 * One action per command, each with its own callback.  The keys name the
 * actions from a shortcut controller on the text view in the capture
 * phase: the text view binds Delete, Return, Escape and Menu itself and
 * would otherwise take them first.  It is not on the view itself, so
 * typing in the popover (a child of the view) never tags.
 *
 * Where a command has nothing to act on, its action is disabled, and a
 * disabled action lets its key go on to the text view (the named action
 * does not take it): Menu and Shift+F10 then open the text view's own
 * context menu, and Return, Delete and Escape do what they do in any text
 * view.  _kaynak_article_view_update_actions() keeps that up to date.
 */

static void
tag_shortcut_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);
  guint shortcut = g_variant_get_uint32 (param);
  g_autoptr(GError) error = NULL;
  KaynakSource *source = NULL;

  if (self->document != NULL && shortcut >= 1 && shortcut <= 9)
    source = kaynak_document_lookup_shortcut (self->document, shortcut);

  if (source == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (kaynak_article_view_tag_selection (self, kaynak_source_get_id (source), &error) == NULL)
    {
      g_debug ("Not tagged: %s", error->message);
      gtk_widget_error_bell (widget);
    }
}

static void
tag_source_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (kaynak_article_view_tag_selection (self, g_variant_get_string (param, NULL), &error) == NULL)
    {
      g_debug ("Not tagged: %s", error->message);
      gtk_widget_error_bell (widget);
    }
}

static void
delete_claim_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);
  g_autoptr(KaynakClaim) claim = NULL;
  g_autoptr(GError) error = NULL;

  if (self->selected_claim == NULL || self->document == NULL)
    return;

  claim = g_object_ref (self->selected_claim);
  if (!kaynak_document_remove_claim (self->document, kaynak_claim_get_id (claim), &error))
    {
      g_warning ("Could not remove claim %s: %s", kaynak_claim_get_id (claim), error->message);
      gtk_widget_error_bell (widget);
      return;
    }

  /* claim-removed normally cleared it already */
  _kaynak_article_view_set_selected_claim (self, NULL, FALSE);
  g_signal_emit_by_name (self, "claim-deleted", claim);
}

static void
activate_claim_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);

  if (self->selected_claim != NULL)
    g_signal_emit_by_name (self, "claim-activated", self->selected_claim);
}

static void
clear_selection_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KaynakArticleView *self = KAYNAK_ARTICLE_VIEW (widget);

  if (self->picking)
    {
      _kaynak_article_view_end_picking (self, NULL);
      return;
    }
  _kaynak_article_view_clear_text_selection (self);
  _kaynak_article_view_set_selected_claim (self, NULL, FALSE);
}

static void
next_claim_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  if (!_kaynak_article_view_select_neighbour (KAYNAK_ARTICLE_VIEW (widget), TRUE))
    gtk_widget_error_bell (widget);
}

static void
previous_claim_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  if (!_kaynak_article_view_select_neighbour (KAYNAK_ARTICLE_VIEW (widget), FALSE))
    gtk_widget_error_bell (widget);
}

static void
show_tag_popover_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  kaynak_article_view_show_tag_popover (KAYNAK_ARTICLE_VIEW (widget));
}

/* Enables the actions that have something to act on now: a selected claim,
 * or text selected (for "Tag as…", more than white space) */
void
_kaynak_article_view_update_actions (KaynakArticleView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_claim = self->selected_claim != NULL;
  gboolean has_text = self->buffer != NULL && gtk_text_buffer_get_has_selection (self->buffer);
  gboolean has_range = has_text && kaynak_article_view_get_selection_range (self, NULL, NULL);

  gtk_widget_action_set_enabled (widget, "article.delete-claim", has_claim);
  gtk_widget_action_set_enabled (widget, "article.activate-claim", has_claim);
  gtk_widget_action_set_enabled (widget, "article.clear-selection",
                                 has_claim || has_text || self->picking);
  gtk_widget_action_set_enabled (widget, "article.show-tag-popover", has_claim || has_range);
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        modifiers,
         const char            *action,
         GVariant              *args)
{
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                               gtk_named_action_new (action));
  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

void
_kaynak_article_view_add_keys (KaynakArticleView *self)
{
  static const struct {
    guint            keyval;
    GdkModifierType  modifiers;
    const char      *action;
  } keys[] = {
    { GDK_KEY_Delete, 0, "article.delete-claim" },
    { GDK_KEY_KP_Delete, 0, "article.delete-claim" },
    { GDK_KEY_Return, 0, "article.activate-claim" },
    { GDK_KEY_KP_Enter, 0, "article.activate-claim" },
    { GDK_KEY_ISO_Enter, 0, "article.activate-claim" },
    { GDK_KEY_Escape, 0, "article.clear-selection" },
    { GDK_KEY_Down, GDK_ALT_MASK, "article.next-claim" },
    { GDK_KEY_KP_Down, GDK_ALT_MASK, "article.next-claim" },
    { GDK_KEY_Up, GDK_ALT_MASK, "article.previous-claim" },
    { GDK_KEY_KP_Up, GDK_ALT_MASK, "article.previous-claim" },
    { GDK_KEY_Menu, 0, "article.show-tag-popover" },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "article.show-tag-popover" },
  };
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller),
                                              GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (controller), "kaynak-article-keys");

  for (guint n = 1; n <= 9; n++)
    {
      add_key (controller, GDK_KEY_0 + n, 0, "article.tag-shortcut", g_variant_new_uint32 (n));
      add_key (controller, GDK_KEY_KP_0 + n, 0, "article.tag-shortcut", g_variant_new_uint32 (n));
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    add_key (controller, keys[i].keyval, keys[i].modifiers, keys[i].action, NULL);

  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (controller));

  /* The window's Add Selection as Cue (Ctrl+K) takes the words Tag as…
   * was opened for: GTK 4.8 runs no application accelerator while a
   * popover has the focus, so the popover names the action itself */
  controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (controller), "kaynak-tag-popover-keys");
  add_key (controller, GDK_KEY_k, GDK_CONTROL_MASK, "win.add-cue", NULL);
  /* ... and so do Add to Claim, Mark Source Words and Mark Cue Words */
  add_key (controller, GDK_KEY_j, GDK_CONTROL_MASK, "win.add-to-claim", NULL);
  add_key (controller, GDK_KEY_u, GDK_CONTROL_MASK, "win.mark-source-words", NULL);
  add_key (controller, GDK_KEY_k, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.mark-cue-words", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self->popover), GTK_EVENT_CONTROLLER (controller));
}

void
_kaynak_article_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "article.tag-shortcut", "u", tag_shortcut_cb);
  gtk_widget_class_install_action (widget_class, "article.tag-source", "s", tag_source_cb);
  gtk_widget_class_install_action (widget_class, "article.delete-claim", NULL, delete_claim_cb);
  gtk_widget_class_install_action (widget_class, "article.activate-claim", NULL, activate_claim_cb);
  gtk_widget_class_install_action (widget_class, "article.clear-selection", NULL, clear_selection_cb);
  gtk_widget_class_install_action (widget_class, "article.next-claim", NULL, next_claim_cb);
  gtk_widget_class_install_action (widget_class, "article.previous-claim", NULL, previous_claim_cb);
  gtk_widget_class_install_action (widget_class, "article.show-tag-popover", NULL, show_tag_popover_cb);

  gtk_widget_class_bind_template_callback (widget_class, on_drag_begin);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_end);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_source_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_new_source);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_library_source_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_closed);
}
