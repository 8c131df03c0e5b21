/* kaynak-window.h: one document in a window: the article with its
 * highlights, the claim list beside it, and the commands to open, save,
 * undo and close.
 *
 * The interactive commands are the window's actions (see
 * kaynak-window-actions.c).  The functions below do the same work without
 * dialogs, for the application and for tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kaynak-document.h"
#include "kaynak-drafts.h"
#include "kaynak-article-view.h"
#include "kaynak-claim-pane.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_WINDOW (kaynak_window_get_type ())

G_DECLARE_FINAL_TYPE (KaynakWindow, kaynak_window, KAYNAK, WINDOW, AdwApplicationWindow)

KaynakWindow      *kaynak_window_new               (GtkApplication *application);

/* NULL while the window shows the empty state */
KaynakDocument    *kaynak_window_get_document      (KaynakWindow   *self);
/* Shows @document (NULL: the empty state), replacing what was shown
 * without asking. */
void               kaynak_window_set_document      (KaynakWindow   *self,
                                                    KaynakDocument *document);
/* TRUE when replacing the window's content loses nothing: no document, or
 * one without unsaved changes. */
gboolean           kaynak_window_is_replaceable    (KaynakWindow   *self);

/* Loads @file (*.kaynak.json natively, anything else as a plain-text
 * article with the default sources) and shows it.  Announces an assumed
 * encoding and orphaned claims with a toast; records the file as recent.
 * On failure the window is unchanged and @error says why (no dialog). */
gboolean           kaynak_window_load_file         (KaynakWindow   *self,
                                                    GFile          *file,
                                                    GError        **error);
/* kaynak_window_load_file(), showing an error in a dialog that names the
 * file. */
void               kaynak_window_open_file         (KaynakWindow   *self,
                                                    GFile          *file);
/* Imports a dataset file (doccano .jsonl, brat .ann, W3C .jsonld/.json,
 * chosen by its name) and shows every article found in it as a new,
 * unsaved document: the first in this window when it has nothing to lose,
 * the others in new windows.  Nothing is shown unless the whole file
 * imports.  Returns the number of articles, or 0 with @error set. */
guint              kaynak_window_import_file       (KaynakWindow   *self,
                                                    GFile          *file,
                                                    GError        **error);
/* The same for files and folders chosen together: doccano and W3C files
 * by their names, brat's .ann, .txt and visual.conf files and folders
 * made into articles by kaynak_brat_pair_files() (a file without its
 * other half is an error saying which to choose as well).  Nothing is
 * shown unless every article imports. */
guint              kaynak_window_import_files      (KaynakWindow   *self,
                                                    GFile * const  *files,
                                                    guint           n_files,
                                                    GError        **error);
/* Shows a new, unsaved article of @data, the clipboard's text read as a
 * .txt file's bytes are (kaynak_document_file_open_text()); saving asks
 * where, proposing a name made from its first line.  On failure the
 * window is unchanged and @error says why (no dialog). */
gboolean           kaynak_window_load_text         (KaynakWindow   *self,
                                                    const guint8   *data,
                                                    gsize           length,
                                                    GError        **error);
/* Shows the bundled sample article as a new, unsaved document. */
gboolean           kaynak_window_load_sample       (KaynakWindow   *self,
                                                    GError        **error);

/* Shows the draft @draft_id of @drafts (see kaynak-drafts.h): marked
 * unsaved, with its original file; the draft is kept, under the same id,
 * until the work is saved or discarded. */
gboolean           kaynak_window_restore_draft     (KaynakWindow   *self,
                                                    KaynakDrafts   *drafts,
                                                    const char     *draft_id,
                                                    GError        **error);

/* Saves to @file (no dialog); on failure the document stays modified.
 * Refuses with KAYNAK_ERROR_CHANGED_ON_DISK to replace the document's own
 * file when someone else changed it since it was loaded or saved. */
gboolean           kaynak_window_save_to_file      (KaynakWindow   *self,
                                                    GFile          *file,
                                                    GError        **error);
/* Saves to the document's file, or asks where with Save As when it has
 * none or @ask is TRUE.  Failures are shown in a dialog.  The result is
 * TRUE only when the document was written. */
void               kaynak_window_save_async        (KaynakWindow        *self,
                                                    gboolean             ask,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean           kaynak_window_save_finish       (KaynakWindow        *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

KaynakArticleView *kaynak_window_get_article_view  (KaynakWindow   *self);
/* The claims as the list shows them (after the source filter) */
GListModel        *kaynak_window_get_claim_model   (KaynakWindow   *self);
/* Shows only the claims of @source_id; NULL shows all */
void               kaynak_window_set_source_filter (KaynakWindow   *self,
                                                    const char     *source_id);

/* For tests: the open "Save changes?" dialog (an AdwMessageDialog with the
 * responses "cancel", "discard" and "save"), or NULL. */
GtkWindow         *kaynak_window_get_unsaved_dialog (KaynakWindow  *self);
/* For tests: the last toast shown, or NULL once it was dismissed */
AdwToast          *kaynak_window_get_last_toast    (KaynakWindow   *self);

/* The selected claim's details pane (tests) */
KaynakClaimPane *kaynak_window_get_claim_pane (KaynakWindow *self);

/* Shows @folder's articles in the side list (Open Folder…, issue 18;
 * kaynak-window-folder.c) */
void               kaynak_window_open_folder       (KaynakWindow   *self,
                                                    GFile          *folder);

G_END_DECLS
