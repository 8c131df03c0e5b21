/* kaynak-atomic-file.h: replacing a file whole or not at all.
 *
 * Inside a folder held open, and with the temporary files that doing so
 * leaves when Kaynak is killed.
 *
 * Every file Kaynak writes (a save, a draft, an export, an imported
 * article) is first written to a temporary file in the target's folder,
 * synced, closed and renamed over the target, then the folder is synced:
 * the target is the old file or the new one, never a part.  The folder is
 * named once and held open; the temporary file is made in it with
 * O_CREAT | O_EXCL | O_NOFOLLOW and renamed with renameat(), so neither
 * ever goes through a symbolic link planted in the folder.
 *
 * A kill between the creation and the rename leaves the temporary file.
 * So its name is Kaynak's own, ".~kaynak-NAME.XXXXXX.tmp", and the
 * writer holds a lock (flock) on it until it is renamed: the next write
 * into that folder removes the temporary files of that name shape that
 * are older than a minute and that no live Kaynak holds
 * (_kaynak_temp_sweep()).  The kernel drops the lock of a killed process,
 * so what a kill leaves is found stale; a save that is still writing, in
 * this or in another Kaynak, keeps its lock and is left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @data over @file atomically and durably: the old file is either
 * intact or fully replaced.  Saves, drafts and exports write through it.
 * A symbolic link named by the user is written through, to the file it
 * names; a file that is not local goes through GIO's own replace.
 * Errors are sentences naming the file ("Could not save “x”: …"). */
gboolean kaynak_file_write_atomic  (GFile         *file,
                                    const void    *data,
                                    gsize          length,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* --- Inside the core: what the writers above and the batch build on ---- */

/* The name shape of every temporary file and staging folder Kaynak
 * makes: PREFIX, then what it is for, then SUFFIX. */
#define KAYNAK_TEMP_PREFIX ".~kaynak-"
#define KAYNAK_TEMP_SUFFIX ".tmp"
/* A temporary file or staging folder younger than this is never taken
 * for stale: its writer may be between creating it and locking it. */
#define KAYNAK_TEMP_STALE_SECONDS 60

/* TRUE when @name has the shape of Kaynak's temporary files and staging
 * folders. */
gboolean _kaynak_temp_name_is_ours (const char *name);
/* TRUE when @name is a temporary file for the target @target_name (as
 * made by _kaynak_atomic_file_open_at()). */
gboolean _kaynak_temp_name_is_for  (const char *name,
                                    const char *target_name);

/* The names in the folder @dirfd (not "." and ".."), or only those of
 * Kaynak's temporary name shape; the folder is read whole before any is
 * touched.  (transfer full) */
GPtrArray *_kaynak_folder_list     (int         dirfd,
                                    gboolean    ours_only);

/* Removes from the folder @dirfd what killed Kaynaks left there: each
 * temporary file (a regular file, never a link) of Kaynak's name shape
 * that is older than KAYNAK_TEMP_STALE_SECONDS and not locked, and each
 * such staging folder of an import, whose articles already put in place
 * are taken back first (kaynak-file-batch.h).  Best effort: what cannot
 * be removed stays, silently.  Returns how many it removed. */
guint    _kaynak_temp_sweep        (int         dirfd);

/* Removes the temporary files for @target_name in @dirfd that no live
 * Kaynak holds, whatever their age (drafts: a discarded draft is never
 * written again). */
void     _kaynak_temp_remove_for   (int         dirfd,
                                    const char *target_name);

/* Locks @fd (flock, exclusive) without waiting; FALSE if another holds
 * it.  A file system without locks counts as held: nothing is taken for
 * stale there. */
gboolean _kaynak_temp_try_lock     (int         fd);

/* A file being replaced atomically in a folder.  Until replaced, clearing
 * it closes and removes the temporary file.  Failures give errno in
 * *@saved_errno: each caller says them in its own words. */
typedef struct
{
  int   dirfd;         /* the folder, a descriptor of our own */
  int   fd;            /* the temporary file, open; -1 once closed */
  int   lock_fd;       /* holds the temporary file's lock until the rename */
  char *temp_name;     /* in the folder; NULL once renamed */
  char *temp_path;     /* the same with the folder's path, for messages and signal handlers */
  char *target_name;
} KaynakAtomicFile;

#define KAYNAK_ATOMIC_FILE_INIT { -1, -1, -1, NULL, NULL, NULL }

/* Creates and locks the temporary file for @target_name in the folder
 * @dirfd (duplicated, not taken), whose path is @folder_path; @mode (e.g.
 * the permissions of the file being replaced) is given to it, or -1 for a
 * new file's (0666 less the umask). */
gboolean _kaynak_atomic_file_open_at (KaynakAtomicFile *self,
                                      int               dirfd,
                                      const char       *folder_path,
                                      const char       *target_name,
                                      int               mode,
                                      int              *saved_errno);
/* The same, for @target (a path): its folder is opened here. */
gboolean _kaynak_atomic_file_open    (KaynakAtomicFile *self,
                                      const char       *target,
                                      int               mode,
                                      int              *saved_errno);
/* Writes all of @data to the temporary file, in pieces when the kill hook
 * is at a chunk. */
gboolean _kaynak_atomic_file_write   (KaynakAtomicFile *self,
                                      const void       *data,
                                      gsize             length,
                                      int              *saved_errno);
/* fsync, then close: the data is on disk (the lock stays) */
gboolean _kaynak_atomic_file_close   (KaynakAtomicFile *self,
                                      int              *saved_errno);
/* Renames it over the target, syncs the folder, drops the lock */
gboolean _kaynak_atomic_file_replace (KaynakAtomicFile *self,
                                      int              *saved_errno);
/* Closes and removes what is left (nothing after a replace) */
void     _kaynak_atomic_file_clear   (KaynakAtomicFile *self);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KaynakAtomicFile, _kaynak_atomic_file_clear)

/* fsync of a folder: makes a rename in it durable.  Some file systems
 * cannot sync a folder; the data is on disk already then. */
void     _kaynak_sync_folder_fd      (int dirfd);

G_END_DECLS
