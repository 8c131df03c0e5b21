/* kaynak-folder.h: the articles of a folder and how far their work has
 * got (issue 18, "A folder's progress"): the one rule for the window's
 * folder list and `kaynak --stats FOLDER`.
 *
 * An article of a folder is a .kaynak.json file, or an article Kaynak
 * opens (.txt, .html, .htm, .mhtml, .pdf) without a .kaynak.json of the
 * same stem beside it ("haber.txt" and "haber.kaynak.json" are one
 * article): such an article is new, with no claims.  Hidden entries are
 * skipped.  A .kaynak.json is summarised, not loaded
 * (kaynak-article-summary.h); one that cannot be read is listed with its
 * error, never left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-article-state.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_FOLDER_ARTICLE (kaynak_folder_article_get_type ())
G_DECLARE_FINAL_TYPE (KaynakFolderArticle, kaynak_folder_article, KAYNAK, FOLDER_ARTICLE, GObject)

GFile              *kaynak_folder_article_get_file           (KaynakFolderArticle *self);
/* The path below the listed folder ("2026/haber.kaynak.json"), for display */
const char         *kaynak_folder_article_get_name           (KaynakFolderArticle *self);
/* The article details' title, else the file name */
const char         *kaynak_folder_article_get_title          (KaynakFolderArticle *self);
KaynakArticleState  kaynak_folder_article_get_state          (KaynakFolderArticle *self);
guint               kaynak_folder_article_get_n_claims       (KaynakFolderArticle *self);
guint               kaynak_folder_article_get_n_sources_used (KaynakFolderArticle *self);
/* TRUE for a .kaynak.json, FALSE for an article not yet annotated */
gboolean            kaynak_folder_article_get_annotated      (KaynakFolderArticle *self);
/* Why the file could not be read, or NULL */
const char         *kaynak_folder_article_get_error          (KaynakFolderArticle *self);
/* Done or reviewed, and readable */
gboolean            kaynak_folder_article_is_finished        (KaynakFolderArticle *self);

/* Whether a file of this name is an article of a folder (by its
 * extension, any case) */
gboolean            kaynak_folder_is_article_name            (const char          *name);

/* What was read of each .kaynak.json, by its path, with the file's stamp
 * (modification time and size): a second listing reads only the files
 * that changed.  Thread-safe: one listing may run in a worker thread
 * while the window starts another. */
typedef struct _KaynakFolderCache KaynakFolderCache;

KaynakFolderCache  *kaynak_folder_cache_new   (void);
KaynakFolderCache  *kaynak_folder_cache_ref   (KaynakFolderCache *self);
void                kaynak_folder_cache_unref (KaynakFolderCache *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakFolderCache, kaynak_folder_cache_unref)

/* The articles of @folder (its subfolders too when @recursive), in name
 * order, folder by folder (transfer full: a GPtrArray of
 * KaynakFolderArticle).  @cache may be NULL.  Fails (G_IO_ERROR) only
 * when @folder itself cannot be read; a subfolder that cannot be read is
 * skipped. */
GPtrArray          *kaynak_folder_list        (GFile              *folder,
                                               gboolean            recursive,
                                               KaynakFolderCache  *cache,
                                               GCancellable       *cancellable,
                                               GError            **error);

/* How many of @articles are finished (done or reviewed): "212 of 300 done" */
guint               kaynak_folder_count_finished (GPtrArray *articles);

/* The first article after @position (G_MAXUINT: from the start) that is
 * not finished and can be read, going round to the start; G_MAXUINT if
 * there is none. */
guint               kaynak_folder_next_unfinished (GPtrArray *articles,
                                                   guint      position);

G_END_DECLS
