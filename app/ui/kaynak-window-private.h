/* kaynak-window-private.h: what the window's actions
 * (kaynak-window-actions.c) share with the window itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kaynak-window.h"
#include "kaynak-claim-list.h"
#include "kaynak-claim-pane.h"
#include "kaynak-disk-bar.h"
#include "kaynak-find-bar.h"
#include "kaynak-suggestions-bar.h"
#include "kaynak-autosave.h"
#include "kaynak-document-file.h"
#include "kaynak-drafts.h"

G_BEGIN_DECLS

struct _KaynakWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwFlap              *flap;
  KaynakArticleView    *article_view;
  KaynakClaimList      *claim_list;
  KaynakClaimPane      *claim_pane;
  GtkToggleButton      *list_toggle;
  GtkButton            *save_button;
  KaynakDiskBar        *disk_bar;
  KaynakFindBar        *find_bar;
  KaynakSuggestionsBar *suggestions_bar;

  KaynakDocument       *document;
  GSettings            *settings;

  AdwToast             *last_toast;
  /* the "Claim deleted" toast: dismissed by the next change, so that its
   * "Undo" never undoes something else */
  AdwToast             *undo_toast;
  GtkWindow            *unsaved_dialog;

  /* The user's wish for the claim list when the window is wide; the flap
   * hides itself when it folds, which is not a wish to remember. */
  gboolean              list_wanted;
  /* set once the user chose Save or Discard: the next close goes through */
  gboolean              close_confirmed;
  /* closing waits for a save or draft being written (the document
   * file's "busy"), then is asked again */
  gboolean              close_after_write;
  /* TRUE while the selection is being mirrored between view and list */
  gboolean              syncing_selection;

  /* Never lose work: what opens, saves and reloads the document, keeps
   * its drafts and watches its file (the window only shows it) */
  KaynakDocumentFile   *document_file;
  /* the orphan last selected in the list: what "Attach to Selection"
   * attaches once the user has selected text in the article */
  KaynakClaim          *reattach_claim;

  /* A folder's progress (kaynak-window-folder.c): the article's state in
   * the header, the folder's list in a flap at the start */
  GtkWidget            *state_squeezer;
  GtkMenuButton        *state_button;
  GtkMenuButton        *state_icon_button;
  GtkWidget            *folder_toggle;
  AdwFlap              *folder_flap;
  struct _KaynakFolderPanel *folder_panel;
};

void     _kaynak_window_install_actions  (KaynakWindow *self);
/* kaynak-window-folder.c: win.article-state, win.open-folder,
 * win.next-unfinished, win.refresh-folder, win.toggle-folder-list (issue
 * 18); _on_document after the window shows another document */
void     _kaynak_window_class_init_folder      (GtkWidgetClass *widget_class);
void     _kaynak_window_install_folder_actions (KaynakWindow   *self);
void     _kaynak_window_folder_on_document     (KaynakWindow   *self);
/* kaynak-window-curate.c: win.compare-with, win.next-difference and
 * win.previous-difference (issue 15, Curation) */
void     _kaynak_window_install_curate_actions (KaynakWindow *self);
/* TRUE while a Compare With… window is open: Save then asks where */
gboolean _kaynak_window_is_curating      (KaynakWindow *self);
/* kaynak-window-import.c: win.import and win.import-folder */
void     _kaynak_window_import_action        (GSimpleAction *action,
                                              GVariant      *param,
                                              gpointer       user_data);
void     _kaynak_window_import_folder_action (GSimpleAction *action,
                                              GVariant      *param,
                                              gpointer       user_data);
/* kaynak-window-suggest.c: win.suggest-claims */
void     _kaynak_window_suggest_claims_action (GSimpleAction *action,
                                               GVariant      *param,
                                               gpointer       user_data);
void     _kaynak_window_update_actions   (KaynakWindow *self);
/* kaynak-window-codebook.c (issue 19): win.use-codebook,
 * win.save-as-codebook; _on_document decides the codebook of a document
 * just shown (a folder's kaynak-codebook.json) and says what changed */
void     _kaynak_window_install_codebook_actions (KaynakWindow *self);
void     _kaynak_window_update_codebook_actions  (KaynakWindow *self);
void     _kaynak_window_codebook_on_document     (KaynakWindow *self);
/* What Use Codebook… and Save as Codebook… do with the file picked */
gboolean _kaynak_window_use_codebook_file        (KaynakWindow *self,
                                                  GFile        *file,
                                                  GError      **error);
gboolean _kaynak_window_save_codebook_file       (KaynakWindow *self,
                                                  GFile        *file,
                                                  GError      **error);
/* The last "codebook changed" dialog shown, or NULL (tests) */
GtkWindow *_kaynak_window_get_codebook_dialog    (KaynakWindow *self);
void     _kaynak_window_on_flap_revealed (KaynakWindow *self);
/* kaynak-window-actions.c: the toast after "Tag All Matches as…" */
void     _kaynak_window_on_matches_tagged (KaynakWindow *self,
                                           guint         n_tagged,
                                           guint         n_matches,
                                           const char   *source_label);
/* A filter of glob @patterns named @name, added to @native's list */
void     _kaynak_window_add_file_filter (GtkFileChooserNative *native,
                                         const char           *name,
                                         const char * const   *patterns);
void     _kaynak_window_add_toast        (KaynakWindow *self,
                                          AdwToast     *toast);
void     _kaynak_window_announce_report  (KaynakWindow     *self,
                                          KaynakLoadReport *report);
/* kaynak-window-details.c: the claim details pane, its links and cues */
void     _kaynak_window_class_init_details (GtkWidgetClass *widget_class);
void     _kaynak_window_install_details_actions (KaynakWindow *self);
/* Add Evidence (kaynak-window-evidence.c) */
void     _kaynak_window_install_evidence_actions (KaynakWindow *self);
/* kaynak-window-pieces.c: Add to Claim, Mark Source Words, Mark Cue Words */
void     _kaynak_window_install_pieces_actions (KaynakWindow *self);
/* kaynak-window-paste.c: New From Clipboard, Ctrl+V on the empty window */
void     _kaynak_window_install_paste_actions (KaynakWindow *self);
void     _kaynak_window_new_from_clipboard    (KaynakWindow *self);
/* The author new claims get (Preferences' fact-checker), or NULL */
char    *_kaynak_window_dup_author            (KaynakWindow *self);
/* Adds [start, end) to where @claim's cue stands, unless it overlaps a
 * range marked already; one undo step */
gboolean _kaynak_window_add_cue_range   (KaynakWindow *self,
                                         KaynakClaim  *claim,
                                         guint         start,
                                         guint         end,
                                         GError      **error);
/* Shows the claim pane (revealing the sidebar) and gives it the focus */
void     _kaynak_window_focus_claim_pane (KaynakWindow *self);
void     _kaynak_window_show_sources     (KaynakWindow *self);
void     _kaynak_window_reload_from_disk (KaynakWindow *self);
void     _kaynak_window_keep_mine        (KaynakWindow *self);
void     _kaynak_window_reattach_claim   (KaynakWindow *self,
                                          const char   *claim_id);
/* Hands @files to the application (app.open-files), which opens each here
 * or in the window that should show it */
void _kaynak_window_request_open (KaynakWindow  *self,
                                  GFile        **files,
                                  guint          n_files);

/* Shared by kaynak-window.c and kaynak-window-save.c */
void  _kaynak_window_update_title        (KaynakWindow *self);
char *_kaynak_window_dup_display_name    (GFile        *file);
void  _kaynak_window_add_recent          (GFile        *file);
/* Asks Save, Discard or Cancel about unsaved work before closing */
void  _kaynak_window_show_unsaved_dialog (KaynakWindow *self);

G_END_DECLS
