/* kaynak-file-batch.h: new files put in place all together or not at
 * all, a kill included (what an import writes).
 *
 * Each file is first written, whole and synced, into a hidden staging
 * folder beside its target (".~kaynak-import.XXXXXX.tmp", locked by the
 * writer).  At the commit a journal listing every target (and the inode
 * of the file meant for it) is written and synced, the files are renamed
 * into place (never over an existing name), and the journal is removed:
 * that removal is the moment the batch is in place.  A writer killed
 * before it leaves a staging folder and maybe some of its files in place;
 * the next write into that folder (kaynak-leftovers.h's sweep) finds
 * the staging folder unlocked and, when it has a journal, takes those
 * files back (only a file that is still the one written, by its inode)
 * and removes the staging folders.  So a rerun of a killed import finds
 * the folder as it was before, and succeeds.
 *
 * Files whose targets lie in several folders (an import beside each of
 * its inputs) share one journal, in the first folder's staging folder;
 * the others point to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KaynakFileBatch KaynakFileBatch;

KaynakFileBatch *kaynak_file_batch_new        (void);
/* Without a commit, everything staged is removed (and what a failed
 * commit had put in place taken back). */
void             kaynak_file_batch_free       (KaynakFileBatch  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakFileBatch, kaynak_file_batch_free)

/* FALSE with KAYNAK_ERROR_EXISTS when @name is taken in @folder: by
 * anything there (a symbolic link too, dangling or not) or by a file of
 * this batch.  @folder is created if it is missing, and what killed
 * writers left in it is swept first, so that a killed import's articles
 * do not stand in the way of its rerun.  Other errors: @folder cannot be
 * made or opened (G_IO_ERROR). */
gboolean         kaynak_file_batch_check_name (KaynakFileBatch  *self,
                                               GFile            *folder,
                                               const char       *name,
                                               GError          **error);
/* Stages @data as @name in @folder (checked as above). */
gboolean         kaynak_file_batch_add        (KaynakFileBatch  *self,
                                               GFile            *folder,
                                               const char       *name,
                                               const void       *data,
                                               gsize             length,
                                               GError          **error);
/* Puts every staged file in place, or none (a name taken meanwhile:
 * KAYNAK_ERROR_EXISTS; what was put in place is taken back). */
gboolean         kaynak_file_batch_commit     (KaynakFileBatch  *self,
                                               GError          **error);
/* The targets, in the order added (transfer none) */
GPtrArray       *kaynak_file_batch_get_files  (KaynakFileBatch  *self);

G_END_DECLS
