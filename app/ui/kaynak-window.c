/* kaynak-window.c: one document in a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "kaynak-article-import.h"
#include "kaynak-error.h"
#include "kaynak-error-dialog.h"
#include "kaynak-file.h"
#include "kaynak-file-names.h"
#include "kaynak-source.h"
#include "kaynak-sourcing-map.h"
#include "kaynak-text-import.h"
#include "kaynak-window-private.h"
#include "kaynak-bench-probe.h"
#include "kaynak-toast-timeout.h"

#define SAMPLE_RESOURCE "/io/github/kaynak/Kaynak/samples/seed-article.kaynak.json"

G_DEFINE_FINAL_TYPE (KaynakWindow, kaynak_window, ADW_TYPE_APPLICATION_WINDOW)

/* --- Title and state ------------------------------------------------------ */

static char *
dup_display_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();

  if (parent == NULL || (path = g_file_get_path (parent)) == NULL)
    return g_file_get_parse_name (file);

  /* "~/Documents" reads better than "/home/ayse/Documents" */
  if (g_str_has_prefix (path, home) &&
      (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
    return g_strconcat ("~", path + strlen (home), NULL);

  return g_steal_pointer (&path);
}

void
_kaynak_window_update_title (KaynakWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *name;
  GFile *file;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Kaynak"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Kaynak"));
      return;
    }

  name = kaynak_document_get_title (self->document);
  if (name == NULL || name[0] == '\0')
    name = _("Untitled Article");

  /* The bullet is the usual GNOME mark for unsaved changes; the subtitle
   * says it in words for those who do not know the convention. */
  if (kaynak_document_get_modified (self->document))
    title = g_strdup_printf ("• %s", name);
  else
    title = g_strdup (name);

  file = kaynak_document_get_file (self->document);
  if (file != NULL)
    subtitle = dup_display_folder (file);

  if (kaynak_document_get_modified (self->document))
    {
      g_autofree char *folder = g_steal_pointer (&subtitle);

      if (folder != NULL)
        /* Translators: subtitle of the window: folder — state */
        subtitle = g_strdup_printf (_("%s — Unsaved Changes"), folder);
      else
        subtitle = g_strdup (_("Unsaved Changes"));
    }
  else if (subtitle == NULL)
    subtitle = g_strdup (_("Not Saved Yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
on_document_notify (KaynakWindow *self)
{
  _kaynak_window_update_title (self);
  _kaynak_window_update_actions (self);
}

/* "Undo" on a toast must undo what the toast talks about: once anything
 * else changed, the toast loses its button.  (Not adw_toast_dismiss():
 * libadwaita 1.2 can free a toast twice when one is dismissed while
 * another animates, and crashes when the window closes.) */
static void
retire_undo_toast (KaynakWindow *self)
{
  if (self->undo_toast == NULL)
    return;

  adw_toast_set_button_label (self->undo_toast, NULL);
  adw_toast_set_action_name (self->undo_toast, NULL);
  g_clear_object (&self->undo_toast);
}

static void
on_document_changed (KaynakWindow *self)
{
  retire_undo_toast (self);
}

/* --- Toasts and dialogs --------------------------------------------------- */

static void
on_toast_dismissed (KaynakWindow *self,
                    AdwToast     *toast)
{
  if (self->last_toast == toast)
    g_clear_object (&self->last_toast);
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

void
_kaynak_window_add_toast (KaynakWindow *self,
                          AdwToast     *toast)
{
  kaynak_toast_apply_test_timeout (toast);
  g_set_object (&self->last_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

char *
_kaynak_window_dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename != NULL && g_utf8_validate (basename, -1, NULL))
    return g_steal_pointer (&basename);

  return g_file_get_parse_name (file);
}

/* --- Selection between the article and the list --------------------------- */

static void
on_view_claim_selected (KaynakWindow *self,
                        KaynakClaim  *claim)
{
  if (self->syncing_selection)
    return;

  self->syncing_selection = TRUE;
  kaynak_claim_list_select_claim (self->claim_list, claim);
  self->syncing_selection = FALSE;
}

static void
on_list_claim_selected (KaynakWindow *self,
                        KaynakClaim  *claim)
{
  if (self->syncing_selection)
    return;

  self->syncing_selection = TRUE;
  kaynak_article_view_select_claim (self->article_view, claim);
  self->syncing_selection = FALSE;
}

/* In a narrow window the list lies over the article: a claim chosen in
 * it is shown in the article, so the list slides away */
static void
on_list_claim_chosen (KaynakWindow *self,
                      KaynakClaim  *claim)
{
  if (adw_flap_get_folded (self->flap))
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (kaynak_article_view_get_text_view (self->article_view)));
    }
}

/* Enter on a claim: its details are edited in the pane */
static void
on_claim_activated (KaynakWindow *self,
                    KaynakClaim  *claim)
{
  _kaynak_window_focus_claim_pane (self);
}

static void
on_claim_deleted (KaynakWindow *self,
                  KaynakClaim  *claim)
{
  AdwToast *toast = adw_toast_new (_("Claim deleted"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  retire_undo_toast (self);
  g_set_object (&self->undo_toast, toast);
  _kaynak_window_add_toast (self, toast);
}

/* --- Never lose work: drafts and the file on disk ------------------------- */

static guint
lookup_draft_delay (KaynakWindow *self)
{
  const char *env = g_getenv ("KAYNAK_DRAFT_DELAY_MS");
  guint64 value;

  /* Test only: the recovery test cannot wait two seconds per edit, and
   * the settings key refuses less than 250 ms */
  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 600000, &value, NULL))
    return (guint) value;

  if (self->settings != NULL)
    return g_settings_get_uint (self->settings, "draft-delay-ms");

  return KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS;
}

/* Preferences → Drafts: the open document follows at once */
static void
on_draft_delay_changed (KaynakWindow *self)
{
  kaynak_document_file_set_draft_delay (self->document_file, lookup_draft_delay (self));
}

static void
on_draft_error (KaynakWindow *self,
                const GError *error)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  /* The document file says so once until a draft is written again */
  text = g_strdup_printf (_("Unsaved changes cannot be kept safe: %s"), error->message);
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _kaynak_window_add_toast (self, toast);
}

static void
on_changed_on_disk (KaynakWindow *self)
{
  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_CHANGED);
}

static void
on_deleted_on_disk (KaynakWindow *self)
{
  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_DELETED);
}

static void on_held_document (KaynakWindow *self);

static gboolean
close_after_write_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The write the closing window waited for is in place (or failed, and
 * said so): closing goes on, asking about what is still unsaved */
static void
on_busy_changed (KaynakWindow *self)
{
  if (!self->close_after_write || kaynak_document_file_get_busy (self->document_file))
    return;

  self->close_after_write = FALSE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_after_write_idle,
                   g_object_ref (self), g_object_unref);
}

/* In the Flatpak sandbox the file monitor hears nothing through the
 * document portal: coming back to the window is when the user may have
 * changed the file elsewhere, so it is looked at then */
static void
on_active_changed (KaynakWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->document_file != NULL)
    kaynak_document_file_check_disk (self->document_file);
}

/* The window shows what @file holds and says what it notices */
static void
set_document_file (KaynakWindow       *self,
                   KaynakDocumentFile *file)
{
  if (self->document_file != NULL)
    g_signal_handlers_disconnect_by_data (self->document_file, self);
  g_set_object (&self->document_file, file);
  if (file == NULL)
    return;

  kaynak_document_file_set_draft_delay (file, lookup_draft_delay (self));
  g_signal_connect_object (file, "notify::document",
                           G_CALLBACK (on_held_document), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "changed-on-disk",
                           G_CALLBACK (on_changed_on_disk), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "deleted-on-disk",
                           G_CALLBACK (on_deleted_on_disk), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "draft-error",
                           G_CALLBACK (on_draft_error), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "notify::busy",
                           G_CALLBACK (on_busy_changed), self, G_CONNECT_SWAPPED);
}

gboolean
kaynak_window_restore_draft (KaynakWindow  *self,
                             KaynakDrafts  *drafts,
                             const char    *draft_id,
                             GError       **error)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (KAYNAK_IS_DRAFTS (drafts), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  /* Drafts kept elsewhere (tests keep their own): a document file of theirs */
  if (drafts != kaynak_document_file_get_drafts (self->document_file))
    {
      g_autoptr(KaynakDocumentFile) file = NULL;

      if (self->document != NULL)
        {
          g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_INVALID,
                               _("This window already holds a document."));
          return FALSE;
        }
      file = kaynak_document_file_new (drafts);
      set_document_file (self, file);
    }

  /* Unsaved, with its original file, under its own draft id until saved */
  return kaynak_document_file_restore_draft (self->document_file, draft_id, error);
}

void
_kaynak_window_reload_from_disk (KaynakWindow *self)
{
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || kaynak_document_get_file (self->document) == NULL)
    return;

  /* A version on disk that cannot be read replaces nothing, and the work
   * here keeps its draft; the version read drops the draft of this one */
  if (!kaynak_document_file_reload (self->document_file, &report, &error))
    {
      g_autofree char *name = g_file_get_basename (kaynak_document_get_file (self->document));
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      kaynak_show_error (GTK_WINDOW (self), heading, error);
      return;
    }
  _kaynak_window_announce_report (self, report);
}

void
_kaynak_window_keep_mine (KaynakWindow *self)
{
  g_autoptr(GError) error = NULL;

  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_HIDDEN);

  /* Marked unsaved (closing asks, saving asks before replacing the other
   * version) and its draft written at once: it exists nowhere else */
  if (!kaynak_document_file_keep_mine (self->document_file, &error))
    on_draft_error (self, error);
}

static void
on_list_orphan_selected (KaynakWindow *self,
                         KaynakClaim  *claim)
{
  /* Remembered past the list losing its selection when the user selects
   * text in the article */
  if (claim != NULL && kaynak_claim_get_orphaned (claim))
    g_set_object (&self->reattach_claim, claim);
  else
    g_clear_object (&self->reattach_claim);
}

void
_kaynak_window_reattach_claim (KaynakWindow *self,
                               const char   *claim_id)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim = NULL;
  guint start, end;

  if (self->document == NULL)
    return;

  if (claim_id != NULL && claim_id[0] != '\0')
    claim = kaynak_document_lookup_claim (self->document, claim_id);
  else
    {
      claim = kaynak_claim_list_get_selected_claim (self->claim_list);
      if (claim == NULL || !kaynak_claim_get_orphaned (claim))
        claim = self->reattach_claim;
    }

  if (claim == NULL || !kaynak_claim_get_orphaned (claim) ||
      kaynak_document_get_claim_position (self->document, claim) == G_MAXUINT)
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select a claim marked “Not found in the article” first")));
      return;
    }

  if (!kaynak_article_view_get_selection_range (self->article_view, &start, &end))
    {
      _kaynak_window_add_toast (self, adw_toast_new (_("Select the claim’s text in the article first")));
      return;
    }

  /* one undoable step, as any other change to a claim */
  g_object_ref (claim);
  if (!kaynak_document_set_claim_range (self->document, kaynak_claim_get_id (claim),
                                        start, end, &error))
    _kaynak_window_add_toast (self, adw_toast_new (error->message));
  else
    {
      g_clear_object (&self->reattach_claim);
      kaynak_article_view_select_claim (self->article_view, claim);
      _kaynak_window_add_toast (self, adw_toast_new (_("Claim attached to the selection")));
    }
  g_object_unref (claim);
}

/* --- The document --------------------------------------------------------- */

KaynakDocument *
kaynak_window_get_document (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return self->document;
}

gboolean
kaynak_window_is_replaceable (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);

  return self->document == NULL || !kaynak_document_get_modified (self->document);
}

void
kaynak_window_set_document (KaynakWindow   *self,
                            KaynakDocument *document)
{
  g_return_if_fail (KAYNAK_IS_WINDOW (self));
  g_return_if_fail (document == NULL || KAYNAK_IS_DOCUMENT (document));

  /* Held by the document file, which guards it; on_held_document() then
   * shows it */
  kaynak_document_file_set_document (self->document_file, document);
}

/* The document file holds another document (opened, restored, reloaded,
 * set): show it */
static void
on_held_document (KaynakWindow *self)
{
  KaynakDocument *document = kaynak_document_file_get_document (self->document_file);

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  retire_undo_toast (self);

  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::title",
                               G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file",
                               G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-undo",
                               G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo",
                               G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed), self, G_CONNECT_SWAPPED);
    }

  kaynak_disk_bar_set_state (self->disk_bar, KAYNAK_DISK_BAR_HIDDEN);
  g_clear_object (&self->reattach_claim);

  /* The list first: the view may select a claim while it loads */
  kaynak_claim_list_set_document (self->claim_list, document);
  kaynak_article_view_set_document (self->article_view, document);
  kaynak_claim_pane_set_document (self->claim_pane, document);

  gtk_stack_set_visible_child_name (self->stack, document != NULL ? "document" : "empty");
  /* Buttons that can do nothing without a document are not shown */
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->list_toggle), document != NULL);
  if (document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->article_view));

  _kaynak_window_update_title (self);
  _kaynak_window_update_actions (self);
  _kaynak_window_folder_on_document (self);
  _kaynak_window_update_codebook_actions (self);
  _kaynak_window_codebook_on_document (self);
  _kaynak_window_merge_on_document (self);
}

/* The author new claims get: the fact-checker of Preferences */
static char *
dup_author (KaynakWindow *self)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, "fact-checker-name") : NULL;
}

char *
_kaynak_window_dup_author (KaynakWindow *self)
{
  return dup_author (self);
}

/* Everything given explicitly: GTK would otherwise write the program's
 * name and command line, which are unset when the window runs inside a
 * test or a benchmark, and a bookmark without them is invalid. */
void
_kaynak_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *app_exec = g_strdup_printf ("%s %%u", g_get_prgname () ? g_get_prgname () : "kaynak");
  g_autofree char *basename = g_file_get_basename (file);
  GtkRecentData data = { 0, };

  data.display_name = NULL;
  data.mime_type = (char *) (kaynak_file_is_kaynak (file) ? "application/x-kaynak+json"
                             : kaynak_article_mime_type_for_name (basename ? basename : ""));
  data.app_name = (char *) (g_get_application_name () ? g_get_application_name () : "Kaynak");
  data.app_exec = app_exec;

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* Says what opening or importing had to do to put claims back: orphans
 * with a toast that stays, moved claims with a passing one. */
void
_kaynak_window_announce_report (KaynakWindow     *self,
                                KaynakLoadReport *report)
{
  if (report == NULL)
    return;

  if (report->n_orphaned > 0)
    {
      g_autofree char *text = NULL;
      AdwToast *toast;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u claim could not be found in the article and is kept as an orphan",
                                           "%u claims could not be found in the article and are kept as orphans",
                                           report->n_orphaned),
                              report->n_orphaned);
      toast = adw_toast_new (text);
      /* Important enough not to vanish while the user looks elsewhere */
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      _kaynak_window_add_toast (self, toast);
    }
  else if (report->n_reanchored > 0)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u claim was found at a new place in the article",
                                           "%u claims were found at new places in the article",
                                           report->n_reanchored),
                              report->n_reanchored);
      _kaynak_window_add_toast (self, adw_toast_new (text));
    }

  /* Where a claim's source or cue stood, when those words are gone
   * (issue 17); the claims themselves are told above */
  if (report->n_ranges_dropped > 0)
    {
      g_autofree char *text = NULL;
      AdwToast *toast;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The words of %u source or cue are no longer in the article; their place was dropped",
                                           "The words of %u sources or cues are no longer in the article; their places were dropped",
                                           report->n_ranges_dropped),
                              report->n_ranges_dropped);
      toast = adw_toast_new (text);
      /* what was lost stays said until the user has seen it */
      adw_toast_set_timeout (toast, 0);
      _kaynak_window_add_toast (self, toast);
    }
}

gboolean
kaynak_window_load_file (KaynakWindow  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(KaynakLoadReport) report = NULL;
  g_autofree char *author = NULL;
  KaynakTextEncoding encoding = KAYNAK_TEXT_ENCODING_UTF8;

  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* An article starts with the default sources and Preferences' author */
  author = dup_author (self);
  kaynak_document_file_set_new_annotation (self->document_file, NULL, author);
  if (!kaynak_document_file_open (self->document_file, file, &report, &encoding, NULL, error))
    return FALSE;

  _kaynak_window_add_recent (file);

  if (encoding == KAYNAK_TEXT_ENCODING_WINDOWS_1254)
    {
      g_autofree char *text = g_strdup_printf (_("Read as %s"),
                                               kaynak_text_encoding_to_label (encoding));
      _kaynak_window_add_toast (self, adw_toast_new (text));
    }

  _kaynak_window_announce_report (self, report);

  return TRUE;
}

void
_kaynak_window_request_open (KaynakWindow  *self,
                             GFile        **files,
                             guint          n_files)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GVariantBuilder uris;

  /* Which window shows each file is the application's to decide
   * (kaynak_application_open_files(): the window that has it already, this
   * one for the first if it has nothing to lose, else others) */
  if (app == NULL || !g_action_group_has_action (G_ACTION_GROUP (app), "open-files"))
    {
      /* a window on its own, as in the UI tests */
      if (n_files > 0)
        kaynak_window_open_file (self, files[0]);
      return;
    }

  g_variant_builder_init (&uris, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);

      g_variant_builder_add (&uris, "s", uri);
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-files",
                                  g_variant_new ("(asu)", &uris,
                                                 gtk_application_window_get_id (GTK_APPLICATION_WINDOW (self))));
}

void
kaynak_window_open_file (KaynakWindow *self,
                         GFile        *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KAYNAK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!kaynak_window_load_file (self, file, &error))
    {
      g_autofree char *name = _kaynak_window_dup_display_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      kaynak_show_error (GTK_WINDOW (self), heading, error);
    }
}

gboolean
kaynak_window_load_sample (KaynakWindow  *self,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KaynakDocument) document = NULL;
  g_autofree char *author = NULL;

  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), FALSE);

  /* The sample travels inside the binary, so it is there however Kaynak
   * was installed or run; it has no file, so Save As asks where to keep
   * the work (in the Documents folder by default).  It is the Kaynak file
   * data/samples/seed-article.kaynak.json: the article with its own
   * sources (Ukraine, the White House, the Kremlin…), no claims. */
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  document = kaynak_file_load_bytes (bytes, NULL, error);
  if (document == NULL)
    return FALSE;
  author = dup_author (self);
  if (author != NULL && author[0] != '\0')
    kaynak_document_set_default_author (document, author);
  kaynak_document_set_title (document, _("Sample Article"));
  kaynak_document_mark_saved (document);

  kaynak_window_set_document (self, document);

  return TRUE;
}

static void
kaynak_window_save_state (KaynakWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "claim-list-visible", self->list_wanted);
  g_settings_set_int (self->settings, "claim-list-width",
                      gtk_widget_get_width (GTK_WIDGET (self->claim_list)) > 0
                      ? gtk_widget_get_width (GTK_WIDGET (self->claim_list))
                      : g_settings_get_int (self->settings, "claim-list-width"));
}

static void
kaynak_window_restore_state (KaynakWindow *self)
{
  int width, height, list_width;

  if (self->settings == NULL)
    {
      self->list_wanted = TRUE;
      return;
    }

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width >= 360 && height >= 294)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->list_wanted = g_settings_get_boolean (self->settings, "claim-list-visible");
  list_width = g_settings_get_int (self->settings, "claim-list-width");
  gtk_widget_set_size_request (GTK_WIDGET (self->claim_list), CLAMP (list_width, 220, 640), -1);
}

static gboolean
kaynak_window_close_request (GtkWindow *window)
{
  KaynakWindow *self = KAYNAK_WINDOW (window);

  /* Never lose work, never leave a temporary file: a save or a draft
   * being written lands first (quitting closes every window this way) */
  if (self->document_file != NULL && kaynak_document_file_get_busy (self->document_file))
    {
      self->close_after_write = TRUE;
      return TRUE;
    }

  if (!self->close_confirmed &&
      self->document != NULL &&
      kaynak_document_get_modified (self->document))
    {
      _kaynak_window_show_unsaved_dialog (self);
      return TRUE;
    }

  kaynak_window_save_state (self);

  return GTK_WINDOW_CLASS (kaynak_window_parent_class)->close_request (window);
}

GtkWindow *
kaynak_window_get_unsaved_dialog (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return self->unsaved_dialog;
}

AdwToast *
kaynak_window_get_last_toast (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return self->last_toast;
}

KaynakArticleView *
kaynak_window_get_article_view (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return self->article_view;
}

GListModel *
kaynak_window_get_claim_model (KaynakWindow *self)
{
  g_return_val_if_fail (KAYNAK_IS_WINDOW (self), NULL);

  return kaynak_claim_list_get_model (self->claim_list);
}

void
kaynak_window_set_source_filter (KaynakWindow *self,
                                 const char   *source_id)
{
  g_return_if_fail (KAYNAK_IS_WINDOW (self));

  kaynak_claim_list_set_source_filter (self->claim_list, source_id);
}

/* --- Drag and drop -------------------------------------------------------- */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KaynakWindow  *self)
{
  GdkFileList *list = g_value_get_boxed (value);
  g_autoptr(GSList) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  if (list == NULL)
    return FALSE;

  /* The first file replaces what is here if that loses nothing, the others
   * get windows of their own */
  files = gdk_file_list_get_files (list);
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  _kaynak_window_request_open (self, (GFile **) array->pdata, array->len);

  return files != NULL;
}

/* --- The claim list's visibility ------------------------------------------ */

static void
on_flap_folded (KaynakWindow *self)
{
  /* Coming back to a wide window shows the list again if the user wanted
   * it; folding hid it without asking. */
  if (!adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, self->list_wanted);
}

/* --- GObject ------------------------------------------------------------- */

static void
kaynak_window_dispose (GObject *object)
{
  KaynakWindow *self = KAYNAK_WINDOW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->undo_toast);
  set_document_file (self, NULL);
  g_clear_object (&self->reattach_claim);

  gtk_widget_dispose_template (GTK_WIDGET (self), KAYNAK_TYPE_WINDOW);

  G_OBJECT_CLASS (kaynak_window_parent_class)->dispose (object);
}

static void
kaynak_window_class_init (KaynakWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kaynak_window_dispose;
  window_class->close_request = kaynak_window_close_request;

  g_type_ensure (KAYNAK_TYPE_ARTICLE_VIEW);
  g_type_ensure (KAYNAK_TYPE_CLAIM_LIST);
  g_type_ensure (KAYNAK_TYPE_CLAIM_PANE);
  g_type_ensure (KAYNAK_TYPE_DISK_BAR);
  g_type_ensure (KAYNAK_TYPE_SOURCING_MAP);
  g_type_ensure (KAYNAK_TYPE_FIND_BAR);
  g_type_ensure (KAYNAK_TYPE_SUGGESTIONS_BAR);
  /* named in the template's drop target */
  g_type_ensure (GDK_TYPE_FILE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kaynak/Kaynak/ui/kaynak-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, claim_list);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, claim_pane);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, list_toggle);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, disk_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, KaynakWindow, suggestions_bar);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_matches_tagged",
                                                G_CALLBACK (_kaynak_window_on_matches_tagged));

  gtk_widget_class_bind_template_callback (widget_class, on_view_claim_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_claim_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_orphan_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_claim_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_claim_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_claim_deleted);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_folded);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_flap_revealed",
                                                G_CALLBACK (_kaynak_window_on_flap_revealed));
  gtk_widget_class_bind_template_callback (widget_class, on_drop);
  _kaynak_window_class_init_details (widget_class);
  _kaynak_window_class_init_folder (widget_class);
  _kaynak_window_class_init_merge (widget_class);
}

static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
kaynak_window_init (KaynakWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Before the flap is set up: its notify::reveal-flap updates an action */
  _kaynak_window_install_actions (self);
  _kaynak_window_install_details_actions (self);
  _kaynak_window_install_evidence_actions (self);
  _kaynak_window_install_pieces_actions (self);
  _kaynak_window_install_folder_actions (self);
  _kaynak_window_install_paste_actions (self);
  _kaynak_window_install_codebook_actions (self);

  self->settings = lookup_settings ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::draft-delay-ms",
                             G_CALLBACK (on_draft_delay_changed), self, G_CONNECT_SWAPPED);
  /* Opening, saving, drafts and the disk: the document file's (the user's
   * drafts folder) */
  {
    g_autoptr(KaynakDocumentFile) file = kaynak_document_file_new (NULL);

    set_document_file (self, file);
  }
  kaynak_window_restore_state (self);
  adw_flap_set_reveal_flap (self->flap, self->list_wanted);

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);

  _kaynak_window_update_title (self);
  _kaynak_window_update_actions (self);

  /* Frame timestamps for kaynak-ui-bench, when it asks for them */
  kaynak_bench_probe_attach (self);
}

KaynakWindow *
kaynak_window_new (GtkApplication *application)
{
  return g_object_new (KAYNAK_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
