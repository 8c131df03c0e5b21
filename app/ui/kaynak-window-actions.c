/* kaynak-window-actions.c: the window's commands as GActions, so that
 * buttons, menus, accelerators and the shortcuts window all reach the
 * same code.  Accelerators are set by the application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kaynak-article-details-dialog.h"
#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-export.h"
#include "kaynak-export-dialog.h"
#include "kaynak-file.h"
#include "kaynak-folder-export-dialog.h"
#include "kaynak-help.h"
#include "kaynak-scheme.h"
#include "kaynak-sources-dialog.h"
#include "kaynak-statistics-window.h"
#include "kaynak-window-private.h"

static void
set_enabled (KaynakWindow *self,
             const char   *name,
             gboolean      enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_kaynak_window_update_actions (KaynakWindow *self)
{
  gboolean has_document = self->document != NULL;

  set_enabled (self, "save", has_document);
  set_enabled (self, "save-as", has_document);
  set_enabled (self, "sources", has_document);
  set_enabled (self, "statistics", has_document);
  set_enabled (self, "article-details", has_document);
  set_enabled (self, "load-scheme", has_document);
  set_enabled (self, "compare-with", has_document);
  set_enabled (self, "export", has_document);
  set_enabled (self, "toggle-claim-list", has_document);
  set_enabled (self, "next-claim", has_document);
  set_enabled (self, "previous-claim", has_document);
  set_enabled (self, "undo", has_document && kaynak_document_get_can_undo (self->document));
  set_enabled (self, "redo", has_document && kaynak_document_get_can_redo (self->document));
  set_enabled (self, "reattach-claim", has_document);
  set_enabled (self, "reload-from-disk",
               has_document && kaynak_document_get_file (self->document) != NULL);
  set_enabled (self, "keep-mine", has_document);
  set_enabled (self, "save-again", has_document);
  set_enabled (self, "find", has_document);
  set_enabled (self, "find-next", has_document);
  set_enabled (self, "find-previous", has_document);
  set_enabled (self, "suggest-claims", has_document);
}

/* --- Open ------------------------------------------------------------------ */

static void
on_open_response (GtkNativeDialog *native,
                  int              response,
                  KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      /* Unsaved work is never replaced: it keeps its window and the file
       * opens in a new one, as in other GNOME document apps; a file open
       * elsewhere already has its window brought to the front. */
      if (file != NULL)
        _kaynak_window_request_open (self, &file, 1);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

/* Saved web pages (.html, .mhtml) and PDFs open as articles too
 * (kaynak-article-import.h); by pattern as well as by type, since a
 * portal's chooser may know no type for .mhtml */
static void
add_web_and_pdf (GtkFileFilter *filter)
{
  static const char * const types[] = {
    "text/html", "application/xhtml+xml", "application/x-mimearchive", "multipart/related",
    "message/rfc822", "application/pdf",
  };
  static const char * const patterns[] = { "*.html", "*.htm", "*.xhtml", "*.mhtml", "*.mht", "*.pdf" };

  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    gtk_file_filter_add_mime_type (filter, types[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  GtkFileFilter *filter;

  native = gtk_file_chooser_native_new (_("Open an Article"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  /* The next article is most often beside this one */
  if (self->document != NULL)
    {
      GFile *near = kaynak_document_get_file (self->document);
      g_autoptr(GFile) folder = NULL;

      if (near == NULL)
        near = kaynak_document_get_article_file (self->document);
      if (near != NULL)
        folder = g_file_get_parent (near);
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Articles and Kaynak Files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_pattern (filter, "*" KAYNAK_FILE_SUFFIX);
  add_web_and_pdf (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Web Pages and PDFs"));
  add_web_and_pdf (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Kaynak Files"));
  gtk_file_filter_add_pattern (filter, "*" KAYNAK_FILE_SUFFIX);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);

  g_signal_connect (native, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- File filters, for every chooser of the window ------------------------- */

/* (Import itself is in kaynak-window-import.c) */
void
_kaynak_window_add_file_filter (GtkFileChooserNative *native,
            const char           *name,
            const char * const   *patterns)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
}

/* --- Save ------------------------------------------------------------------ */

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  /* Errors were shown in a dialog already */
  kaynak_window_save_finish (KAYNAK_WINDOW (object), result, NULL);
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  /* curated claims go to a new file, never over the annotator's own */
  kaynak_window_save_async (user_data, _kaynak_window_is_curating (user_data), NULL, on_saved, NULL);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  kaynak_window_save_async (user_data, TRUE, NULL, on_saved, NULL);
}

/* The file changed or vanished on disk (the bar at the top) */
static void
reload_from_disk_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  _kaynak_window_reload_from_disk (user_data);
}

static void
keep_mine_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  _kaynak_window_keep_mine (user_data);
}

static void
save_again_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  kaynak_window_save_async (user_data, FALSE, NULL, on_saved, NULL);
}

static void
close_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

/* --- Editing ---------------------------------------------------------------- */

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakWindow *self = user_data;

  if (self->document != NULL)
    kaynak_document_undo (self->document);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakWindow *self = user_data;

  if (self->document != NULL)
    kaynak_document_redo (self->document);
}

static void
next_claim_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KaynakWindow *self = user_data;

  /* while reviewing suggestions, Alt+Down moves among them */
  if (kaynak_suggestions_bar_get_active (self->suggestions_bar))
    {
      if (!kaynak_suggestions_bar_move (self->suggestions_bar, 1))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!kaynak_article_view_select_next_claim (self->article_view))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
previous_claim_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KaynakWindow *self = user_data;

  if (kaynak_suggestions_bar_get_active (self->suggestions_bar))
    {
      if (!kaynak_suggestions_bar_move (self->suggestions_bar, -1))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (!kaynak_article_view_select_previous_claim (self->article_view))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* An orphan gets the text selected in the article: "" means the orphan
 * selected in the list, an id the one of that row's button */
static void
reattach_claim_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  _kaynak_window_reattach_claim (user_data, g_variant_get_string (param, NULL));
}

static void
sources_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  _kaynak_window_show_sources (user_data);
}

void
_kaynak_window_show_sources (KaynakWindow *self)
{
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  dialog = kaynak_sources_dialog_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Statistics ------------------------------------------------------------- */

static void
on_statistics_destroyed (KaynakWindow *self)
{
  g_object_set_data (G_OBJECT (self), "kaynak-statistics-window", NULL);
}

/* One statistics window per window, left open beside it while the user
 * tags: it follows whatever document the window shows. */
static void
statistics_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkWidget *statistics = g_object_get_data (G_OBJECT (self), "kaynak-statistics-window");

  if (self->document == NULL)
    return;
  if (statistics == NULL)
    {
      statistics = kaynak_statistics_window_new (GTK_WINDOW (self), self->document);
      g_object_bind_property (self->article_view, "document", statistics, "document",
                              G_BINDING_DEFAULT);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (statistics), TRUE);
      g_object_set_data (G_OBJECT (self), "kaynak-statistics-window", statistics);
      g_signal_connect_object (statistics, "destroy", G_CALLBACK (on_statistics_destroyed), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (statistics));
}

/* --- Article details -------------------------------------------------------- */

static void
article_details_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  dialog = kaynak_article_details_dialog_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- Load Scheme ----------------------------------------------------------- */

/* A scheme's sources (or another Kaynak file's) added to the document,
 * skipping those it has, as one step to undo */
static void
on_load_scheme_response (GtkNativeDialog *native,
                         int              response,
                         KaynakWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GPtrArray) sources = NULL;
      g_autoptr(GError) error = NULL;
      guint added = 0;

      sources = kaynak_file_load_scheme (file, &error);
      if (sources != NULL &&
          kaynak_document_load_scheme (self->document, sources, &added, &error))
        {
          g_autofree char *text = NULL;

          if (added == 0)
            text = g_strdup_printf (_("The article has every source of “%s” already"), name);
          else
            text = g_strdup_printf (ngettext ("Added %u source from “%s”",
                                              "Added %u sources from “%s”", added),
                                    added, name);
          _kaynak_window_add_toast (self, adw_toast_new (text));
        }
      else
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Load “%s”"), name);

          kaynak_show_error (GTK_WINDOW (self), heading, error);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
load_scheme_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkFileChooserNative *native;
  static const char * const schemes[] = { "*.json", NULL };
  static const char * const all[] = { "*", NULL };

  if (self->document == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Load Scheme"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Load"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  _kaynak_window_add_file_filter (native, _("Schemes and Kaynak Files"), schemes);
  _kaynak_window_add_file_filter (native, _("All Files"), all);
  g_signal_connect (native, "response", G_CALLBACK (on_load_scheme_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* --- Export ----------------------------------------------------------------- */

static void
on_exported (KaynakExportDialog *dialog,
             GFile              *output,
             KaynakWindow       *self)
{
  guint n_widened = kaynak_export_dialog_get_n_widened (dialog);

  _kaynak_window_add_toast (self, kaynak_exported_toast_new (GTK_WINDOW (self), output));
  /* a format without pieces (doccano) widened claims in pieces */
  if (n_widened > 0)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u claim in pieces was exported as the one range covering its pieces",
                                   "%u claims in pieces were exported as the one range covering their pieces",
                                   n_widened),
                         n_widened);
      AdwToast *toast = adw_toast_new (text);

      /* the file holds less than the document: said until seen */
      adw_toast_set_timeout (toast, 0);
      _kaynak_window_add_toast (self, toast);
    }
}

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  KaynakWindow *self = user_data;
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  /* The window owns the toast overlay: the dialog only says it is done */
  dialog = kaynak_export_dialog_new (GTK_WINDOW (self), self->document);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_folder_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  kaynak_folder_export_dialog_present (GTK_WINDOW (user_data));
}

/* --- The claim list --------------------------------------------------------- */

static void
toggle_claim_list_change_state (GSimpleAction *action,
                                GVariant      *state,
                                gpointer       user_data)
{
  KaynakWindow *self = user_data;
  gboolean visible = g_variant_get_boolean (state);

  /* Only a choice made on a wide window is remembered: on a narrow one the
   * list is an overlay the user opens for a moment. */
  if (!adw_flap_get_folded (self->flap))
    self->list_wanted = visible;

  adw_flap_set_reveal_flap (self->flap, visible);
}

/* The flap shown or hidden, by the toggle, F9 or folding: the toggle's
 * state and tooltip follow (a template callback of the window) */
void
_kaynak_window_on_flap_revealed (KaynakWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "toggle-claim-list");
  gboolean revealed = adw_flap_get_reveal_flap (self->flap);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (revealed));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->list_toggle),
                               revealed ? _("Hide Claim List (F9)") : _("Show Claim List (F9)"));
}

/* --- Find in the article (kaynak-find-bar.c) -------------------------------- */

static void
find_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  KaynakWindow *self = user_data;

  kaynak_find_bar_open (self->find_bar);
}

static void
find_next_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  KaynakWindow *self = user_data;

  kaynak_find_bar_next (self->find_bar);
}

static void
find_previous_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  KaynakWindow *self = user_data;

  kaynak_find_bar_previous (self->find_bar);
}

void
_kaynak_window_on_matches_tagged (KaynakWindow *self,
                                  guint         n_tagged,
                                  guint         n_matches,
                                  const char   *source_label)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (n_tagged == n_matches)
    /* Translators: "12 matches tagged as Kremlin" */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match tagged as %s",
                                          "%u matches tagged as %s", n_tagged),
                             n_tagged, source_label);
  else
    /* Translators: "10 matches tagged as Kremlin, 2 were claims already" */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u match tagged as %s, %u were claims already",
                                          "%u matches tagged as %s, %u were claims already",
                                          n_tagged),
                             n_tagged, source_label, n_matches - n_tagged);
  toast = adw_toast_new (title);
  _kaynak_window_add_toast (self, toast);
}

/* win.help (F1): a window action rather than an app one, so that a
 * failure is said over the window the user pressed F1 in */
static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  kaynak_help_show (GTK_WINDOW (user_data));
}

static const GActionEntry win_entries[] = {
  { "open", open_action },
  { "save", save_action },
  { "save-as", save_as_action },
  { "close", close_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "next-claim", next_claim_action },
  { "previous-claim", previous_claim_action },
  { "sources", sources_action },
  { "statistics", statistics_action },
  { "article-details", article_details_action },
  { "load-scheme", load_scheme_action },
  { "reattach-claim", reattach_claim_action, "s" },
  { "reload-from-disk", reload_from_disk_action },
  { "keep-mine", keep_mine_action },
  { "save-again", save_again_action },
  { "export", export_action },
  { "import", _kaynak_window_import_action },
  { "import-folder", _kaynak_window_import_folder_action },
  { "export-folder", export_folder_action },
  { "toggle-claim-list", NULL, NULL, "true", toggle_claim_list_change_state },
  { "help", help_action },
  { "find", find_action },
  { "find-next", find_next_action },
  { "find-previous", find_previous_action },
  { "suggest-claims", _kaynak_window_suggest_claims_action },
};

void
_kaynak_window_install_actions (KaynakWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
  _kaynak_window_install_curate_actions (self);
  _kaynak_window_install_merge_actions (self);

  _kaynak_window_on_flap_revealed (self);
}
