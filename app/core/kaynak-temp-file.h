/* kaynak-temp-file.h: Kaynak's temporary files: named, locked, written
 * and renamed over their targets.
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
 * writer holds a lock (flock) on it until it is renamed: what a killed
 * writer left is known by its name and its free lock, and the next write
 * into the folder removes it (kaynak-leftovers.h).
 *
 * The tests' kill hook acts at the steps of these writes
 * (kaynak-test-hooks.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

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
 * new file's (0666 less the umask).  It sweeps nothing: the caller has,
 * or _kaynak_atomic_file_open() does. */
gboolean _kaynak_atomic_file_open_at (KaynakAtomicFile *self,
                                      int               dirfd,
                                      const char       *folder_path,
                                      const char       *target_name,
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
