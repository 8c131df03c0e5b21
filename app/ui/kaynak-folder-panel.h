/* kaynak-folder-panel.h: a folder's articles beside the article (issue 18,
 * "A folder's progress"): each article's title, state, claims and sources
 * used, the folder's progress ("2 of 5 done"), a filter by state.
 *
 * The list is read in a worker thread (kaynak_folder_list(), with a cache
 * by file stamp, so a second reading looks only at what changed) and
 * follows the folder: a GFileMonitor where there is one, and
 * kaynak_folder_panel_refresh() (win.refresh-folder, and after each save).
 * Activating a row emits "article-activated" with its file, for the
 * window to open it the way Open… does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KAYNAK_TYPE_FOLDER_PANEL (kaynak_folder_panel_get_type ())

G_DECLARE_FINAL_TYPE (KaynakFolderPanel, kaynak_folder_panel, KAYNAK, FOLDER_PANEL, GtkWidget)

/* Shows @folder's articles (read in the background) */
void   kaynak_folder_panel_set_folder      (KaynakFolderPanel *self,
                                            GFile             *folder);
/* (transfer none) the folder shown, or NULL */
GFile *kaynak_folder_panel_get_folder      (KaynakFolderPanel *self);
/* Reads the folder again; files whose stamp did not change come from
 * the cache */
void   kaynak_folder_panel_refresh         (KaynakFolderPanel *self);
/* The article after the one of @current (a .kaynak.json or an article
 * file; NULL: from the start) that is neither done nor reviewed, going
 * round; NULL when there is none.  (transfer full) */
GFile *kaynak_folder_panel_next_unfinished (KaynakFolderPanel *self,
                                            GFile             *current,
                                            GFile             *current_article);
/* The progress line as shown, e.g. "2 of 5 done" (for tests) */
const char *kaynak_folder_panel_get_progress (KaynakFolderPanel *self);

G_END_DECLS
