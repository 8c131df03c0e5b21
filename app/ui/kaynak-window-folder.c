/* kaynak-window-folder.c: a folder's progress in the window (issue 18):
 * the article's state in the header (win.article-state), Open Folder…
 * with the folder's articles in a side list (KaynakFolderPanel, in a flap
 * at the start that folds over the article in a narrow window), Next
 * Unfinished, Refresh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-folder-panel.h"
#include "kaynak-window-private.h"

/* --- The article's state ---------------------------------------------------- */

/* The narrow window's state button shows the state as an icon */
static const char * const state_icons[KAYNAK_N_ARTICLE_STATES] = {
  "document-new-symbolic",
  "document-edit-symbolic",
  "object-select-symbolic",
  "emblem-ok-symbolic",
};

static void
update_state (KaynakWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "article-state");
  KaynakArticleState state = self->document != NULL ? kaynak_document_get_state (self->document)
                                                     : KAYNAK_ARTICLE_STATE_NEW;
  const char *label = self->document != NULL
    ? kaynak_article_state_describe (state, kaynak_document_get_n_claims (self->document))
    : kaynak_article_state_to_label (state);
  g_autofree char *name = g_strdup_printf (_("Article State: %s"), label);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (kaynak_article_state_to_id (state)));
  gtk_menu_button_set_label (self->state_button, label);
  gtk_menu_button_set_icon_name (self->state_icon_button, state_icons[state]);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_icon_button), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_icon_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_visible (self->state_squeezer, self->document != NULL);
}

static void
article_state_change (GSimpleAction *action,
                      GVariant      *value,
                      gpointer       user_data)
{
  KaynakWindow *self = user_data;
  KaynakArticleState state;

  if (self->document == NULL ||
      !kaynak_article_state_from_id (g_variant_get_string (value, NULL), &state))
    return;
  /* one undo step; "changed" brings the header up to date */
  kaynak_document_set_state (self->document, state);
}

/* --- The folder -------------------------------------------------------------- */

static void
reveal_folder (KaynakWindow *self,
               gboolean      reveal)
{
  adw_flap_set_reveal_flap (self->folder_flap, reveal);
}

static void
on_folder_flap_revealed (KaynakWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "toggle-folder-list");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (adw_flap_get_reveal_flap (self->folder_flap)));
}

static void
toggle_folder_list_change (GSimpleAction *action,
                           GVariant      *value,
                           gpointer       user_data)
{
  KaynakWindow *self = user_data;

  reveal_folder (self, g_variant_get_boolean (value));
}

static void
update_folder_actions (KaynakWindow *self)
{
  gboolean has_folder = kaynak_folder_panel_get_folder (self->folder_panel) != NULL;
  static const char * const names[] = { "next-unfinished", "refresh-folder", "toggle-folder-list" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), names[i])),
                                 has_folder);
  gtk_widget_set_visible (self->folder_toggle, has_folder);
}

void
kaynak_window_open_folder (KaynakWindow *self,
                           GFile        *folder)
{
  g_return_if_fail (KAYNAK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  kaynak_folder_panel_set_folder (self->folder_panel, folder);
  update_folder_actions (self);
  reveal_folder (self, TRUE);
}

static void
on_open_folder_response (GtkNativeDialog *native,
                         int              response,
                         KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (folder != NULL)
        kaynak_window_open_folder (self, folder);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
open_folder_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  GFile *current = kaynak_folder_panel_get_folder (self->folder_panel);

  /* The portal's folder chooser also grants a sandboxed Kaynak the folder */
  native = gtk_file_chooser_native_new (_("Open a Folder of Articles"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (current != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), current, NULL);
  g_signal_connect (native, "response", G_CALLBACK (on_open_folder_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_article (KaynakWindow *self,
              GFile        *file)
{
  /* the way Open… opens it: unsaved work keeps its window */
  _kaynak_window_request_open (self, &file, 1);
  /* over the article in a narrow window: out of the way once chosen */
  if (adw_flap_get_folded (self->folder_flap))
    reveal_folder (self, FALSE);
}

static void
on_article_activated (KaynakWindow *self,
                      GFile        *file)
{
  open_article (self, file);
}

static void
next_unfinished_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KaynakWindow *self = user_data;
  g_autoptr(GFile) next = NULL;

  next = kaynak_folder_panel_next_unfinished (self->folder_panel,
                                              self->document ? kaynak_document_get_file (self->document) : NULL,
                                              self->document ? kaynak_document_get_article_file (self->document) : NULL);
  if (next == NULL)
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("No other article of the folder is unfinished")));
      return;
    }
  open_article (self, next);
}

static void
refresh_folder_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KaynakWindow *self = user_data;

  kaynak_folder_panel_refresh (self->folder_panel);
}

/* A save changes what the list shows of the article (its state, its
 * claims): read the folder again (only that file is read: the others
 * come from the cache) */
static void
on_document_modified (KaynakWindow *self)
{
  if (self->document != NULL && !kaynak_document_get_modified (self->document) &&
      kaynak_folder_panel_get_folder (self->folder_panel) != NULL)
    kaynak_folder_panel_refresh (self->folder_panel);
}

void
_kaynak_window_folder_on_document (KaynakWindow *self)
{
  if (self->document != NULL)
    {
      /* disconnected with the window's others (by data) when it goes */
      g_signal_connect_object (self->document, "changed",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "notify::modified",
                               G_CALLBACK (on_document_modified), self, G_CONNECT_SWAPPED);
    }
  update_state (self);
}

static const GActionEntry folder_entries[] = {
  { "open-folder", open_folder_action },
  { "next-unfinished", next_unfinished_action },
  { "refresh-folder", refresh_folder_action },
  { "toggle-folder-list", NULL, NULL, "false", toggle_folder_list_change },
  { "article-state", NULL, "s", "'new'", article_state_change },
};

void
_kaynak_window_install_folder_actions (KaynakWindow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->stack));

  g_action_map_add_action_entries (G_ACTION_MAP (self), folder_entries,
                                   G_N_ELEMENTS (folder_entries), self);

  /* The folder's list is a flap at the start around everything below the
   * header (the empty page too: a folder is opened before any article).
   * Made here rather than in the template so that the window's template
   * keeps its shape. */
  self->folder_panel = KAYNAK_FOLDER_PANEL (g_object_new (KAYNAK_TYPE_FOLDER_PANEL, NULL));
  self->folder_flap = ADW_FLAP (adw_flap_new ());
  adw_flap_set_fold_policy (self->folder_flap, ADW_FLAP_FOLD_POLICY_AUTO);
  adw_flap_set_swipe_to_open (self->folder_flap, FALSE);
  /* Shown or hidden only as the user says (and after an article is
   * opened from it in a narrow window): not hidden by folding, which a
   * window opened at 360 px does before its first frame */
  adw_flap_set_locked (self->folder_flap, TRUE);
  adw_flap_set_reveal_flap (self->folder_flap, FALSE);
  adw_flap_set_flap (self->folder_flap, GTK_WIDGET (self->folder_panel));
  adw_flap_set_separator (self->folder_flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_widget_set_vexpand (GTK_WIDGET (self->folder_flap), TRUE);
  g_object_ref (self->stack);
  gtk_box_insert_child_after (GTK_BOX (parent), GTK_WIDGET (self->folder_flap), GTK_WIDGET (self->stack));
  gtk_box_remove (GTK_BOX (parent), GTK_WIDGET (self->stack));
  adw_flap_set_content (self->folder_flap, GTK_WIDGET (self->stack));
  g_object_unref (self->stack);

  g_signal_connect_object (self->folder_flap, "notify::reveal-flap",
                           G_CALLBACK (on_folder_flap_revealed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->folder_panel, "article-activated",
                           G_CALLBACK (on_article_activated), self, G_CONNECT_SWAPPED);
  update_folder_actions (self);
  update_state (self);
}

void
_kaynak_window_class_init_folder (GtkWidgetClass *widget_class)
{
  g_type_ensure (KAYNAK_TYPE_FOLDER_PANEL);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, state_squeezer);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, state_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, state_icon_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, folder_toggle);
}
