/* kaynak-leftovers.c: what killed writers left in a folder, taken back.
 *
 * Stale temporary files, and stale staging folders of imports through
 * their journal (see the header; the journal's format is in
 * kaynak-file-batch-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "kaynak-file-batch-private.h"
#include "kaynak-leftovers.h"
#include "kaynak-temp-file.h"

/* --- Looking in a folder -------------------------------------------------- */

/* Opens the regular file @name of @dirfd without following a link, and
 * makes sure it is still what @st described; -1 otherwise. */
static int
open_entry (int                dirfd,
            const char        *name,
            const struct stat *st)
{
  /* read-write: NFS takes an exclusive flock() for a write lock, which
   * a read-only descriptor may not hold */
  int flags = O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
  struct stat opened;
  int fd = openat (dirfd, name, flags);

  if (fd < 0)
    return -1;
  if (fstat (fd, &opened) != 0 || opened.st_dev != st->st_dev || opened.st_ino != st->st_ino)
    {
      close (fd);
      return -1;
    }
  return fd;
}

/* The names in the folder @dirfd (not "." and ".."), or only those of
 * Kaynak's temporary name shape; the folder is read whole before any is
 * touched.  (transfer full) */
static GPtrArray *
folder_list (int      dirfd,
             gboolean ours_only)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  int fd = dup (dirfd);
  DIR *dir;
  struct dirent *entry;

  if (fd < 0)
    return names;
  if ((dir = fdopendir (fd)) == NULL)
    {
      close (fd);
      return names;
    }
  rewinddir (dir);
  while ((entry = readdir (dir)) != NULL)
    if (ours_only ? _kaynak_temp_name_is_ours (entry->d_name)
                  : !g_str_equal (entry->d_name, ".") && !g_str_equal (entry->d_name, ".."))
      g_ptr_array_add (names, g_strdup (entry->d_name));
  closedir (dir);
  return names;
}

/* --- Staging folders of killed imports ------------------------------------ */

gboolean
_kaynak_stage_remove (int         dirfd,
                      const char *name,
                      int         stage_fd)
{
  g_autoptr(GPtrArray) names = folder_list (stage_fd, FALSE);

  /* the journal last but for the lock: while it is there, a later
   * sweep finishes what this one could not */
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry_name = g_ptr_array_index (names, i);

      if (!g_str_equal (entry_name, KAYNAK_STAGE_JOURNAL_NAME) &&
          !g_str_equal (entry_name, KAYNAK_STAGE_LOCK_NAME))
        (void) unlinkat (stage_fd, entry_name, 0);
    }
  (void) unlinkat (stage_fd, KAYNAK_STAGE_JOURNAL_NAME, 0);
  (void) unlinkat (stage_fd, KAYNAK_STAGE_LOCK_NAME, 0);
  return unlinkat (dirfd, name, AT_REMOVEDIR) == 0;
}

/* Reads a small regular file of ours at @name in @dirfd, never through a
 * link; NULL if there is none (or it is not such a file) */
static char *
read_ours (int         dirfd,
           const char *name,
           gsize       limit,
           gsize      *length)
{
  struct stat st;
  char *data;
  gsize done = 0;
  int fd = openat (dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid () ||
      (guint64) st.st_size > limit)
    {
      close (fd);
      return NULL;
    }
  data = g_malloc (st.st_size + 1);
  while (done < (gsize) st.st_size)
    {
      gssize n = read (fd, data + done, st.st_size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += n;
    }
  close (fd);
  data[done] = '\0';
  *length = done;
  return data;
}

/* Undoes what the journal @data says was put in place, and removes every
 * staging folder it names.  Only a regular file of ours that is still
 * the inode written is taken back: a file someone put there since stays. */
static void
roll_back_journal (const char *data,
                   gsize       length)
{
  const char *p = data + strlen (KAYNAK_JOURNAL_MAGIC "\n");
  const char *end = data + length;
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();

  while (p < end)
    {
      const char *nul = memchr (p, '\0', end - p);

      if (nul == NULL)
        break;
      g_ptr_array_add (fields, (gpointer) p);
      p = nul + 1;
    }

  for (guint i = 0; i < fields->len; )
    {
      const char *kind = g_ptr_array_index (fields, i);

      if (g_str_equal (kind, KAYNAK_JOURNAL_FILE) && i + 3 < fields->len)
        {
          guint64 dev = g_ascii_strtoull (g_ptr_array_index (fields, i + 1), NULL, 10);
          guint64 ino = g_ascii_strtoull (g_ptr_array_index (fields, i + 2), NULL, 10);
          const char *path = g_ptr_array_index (fields, i + 3);
          struct stat st;

          if (g_path_is_absolute (path) && lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
              st.st_uid == geteuid () && (guint64) st.st_dev == dev && (guint64) st.st_ino == ino)
            (void) unlink (path);
          i += 4;
        }
      else if (g_str_equal (kind, KAYNAK_JOURNAL_STAGE) && i + 1 < fields->len)
        i += 2;
      else
        break;
    }

  /* the staging folders after the files: the primary (with this
   * journal) last, by the caller */
  for (guint i = 0; i + 1 < fields->len; i++)
    if (g_str_equal (g_ptr_array_index (fields, i), KAYNAK_JOURNAL_STAGE))
      {
        const char *path = g_ptr_array_index (fields, i + 1);
        g_autofree char *folder = g_path_get_dirname (path);
        g_autofree char *name = g_path_get_basename (path);
        int dirfd, stage_fd;

        if (!g_path_is_absolute (path) || !_kaynak_temp_name_is_ours (name) ||
            (dirfd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
          continue;
        stage_fd = openat (dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (stage_fd >= 0)
          {
            struct stat st;

            if (fstat (stage_fd, &st) == 0 && st.st_uid == geteuid () &&
                faccessat (stage_fd, KAYNAK_STAGE_JOURNAL_NAME, F_OK,
                           AT_SYMLINK_NOFOLLOW) != 0)
              _kaynak_stage_remove (dirfd, name, stage_fd);
            close (stage_fd);
          }
        close (dirfd);
      }
}

/* The staging folder @name in @dirfd, which has Kaynak's temporary name
 * shape, looked at as stale (its writer's lock is free, and it has a
 * journal or is older than a minute) and if so taken back and removed.
 * Returns TRUE if it was. */
static gboolean
recover_stage (int         dirfd,
               const char *name)
{
  g_autofree char *primary = NULL;
  g_autofree char *journal = NULL;
  gsize length = 0;
  gboolean stale = FALSE;
  gboolean removed;
  struct stat st;
  int stage_fd, lock_fd, primary_fd = -1;

  stage_fd = openat (dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (stage_fd < 0)
    return FALSE;
  /* someone else's folder of that name is not ours to judge */
  if (fstat (stage_fd, &st) != 0 || st.st_uid != geteuid ())
    {
      close (stage_fd);
      return FALSE;
    }

  lock_fd = openat (stage_fd, KAYNAK_STAGE_LOCK_NAME,
                    O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (lock_fd >= 0 && !_kaynak_temp_try_lock (lock_fd))
    {
      /* its writer is alive */
      close (lock_fd);
      close (stage_fd);
      return FALSE;
    }

  /* The lock is taken before anything else is written: with a journal
   * its writer is gone for sure; without one it may be between making
   * the folder and locking it, unless it is old */
  primary = read_ours (stage_fd, KAYNAK_STAGE_PRIMARY_NAME, 4096, &length);
  if (primary != NULL && g_path_is_absolute (primary))
    {
      g_autofree char *primary_folder = g_path_get_dirname (primary);
      g_autofree char *primary_name = g_path_get_basename (primary);
      int primary_dirfd = open (primary_folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

      if (primary_dirfd >= 0 && _kaynak_temp_name_is_ours (primary_name))
        primary_fd = openat (primary_dirfd, primary_name,
                             O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (primary_dirfd >= 0)
        close (primary_dirfd);
      if (primary_fd >= 0)
        journal = read_ours (primary_fd, KAYNAK_STAGE_JOURNAL_NAME, KAYNAK_JOURNAL_MAX_SIZE,
                             &length);
    }
  if (journal != NULL && g_str_has_prefix (journal, KAYNAK_JOURNAL_MAGIC "\n"))
    stale = lock_fd >= 0;
  else
    stale = (g_get_real_time () / G_USEC_PER_SEC) - (gint64) st.st_mtime >= KAYNAK_TEMP_STALE_SECONDS;

  if (!stale)
    removed = FALSE;
  else if (journal != NULL && g_str_has_prefix (journal, KAYNAK_JOURNAL_MAGIC "\n"))
    {
      /* Killed while putting files in place: take them back, then the
       * journal goes (its primary folder with it) */
      roll_back_journal (journal, length);
      (void) unlinkat (primary_fd, KAYNAK_STAGE_JOURNAL_NAME, 0);
      removed = _kaynak_stage_remove (dirfd, name, stage_fd) || TRUE;
      if (primary != NULL)
        {
          g_autofree char *primary_folder = g_path_get_dirname (primary);
          g_autofree char *primary_name = g_path_get_basename (primary);
          int primary_dirfd = open (primary_folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

          if (primary_dirfd >= 0)
            {
              _kaynak_stage_remove (primary_dirfd, primary_name, primary_fd);
              close (primary_dirfd);
            }
        }
    }
  else
    /* Killed before the journal (nothing was put in place) or after it
     * was removed (all was): the staged files only go */
    removed = _kaynak_stage_remove (dirfd, name, stage_fd);

  if (primary_fd >= 0)
    close (primary_fd);
  if (lock_fd >= 0)
    close (lock_fd);
  close (stage_fd);
  return removed;
}

/* --- The sweep ------------------------------------------------------------ */

guint
_kaynak_temp_sweep (int dirfd)
{
  g_autoptr(GPtrArray) names = folder_list (dirfd, TRUE);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_removed = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      struct stat st;
      int fd;

      if (fstatat (dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        continue;
      /* a staging folder has rules of its own (recover_stage(), above) */
      if (S_ISDIR (st.st_mode))
        {
          n_removed += recover_stage (dirfd, name);
          continue;
        }
      if (!S_ISREG (st.st_mode) || now - (gint64) st.st_mtime < KAYNAK_TEMP_STALE_SECONDS ||
          (fd = open_entry (dirfd, name, &st)) < 0)
        continue;
      if (_kaynak_temp_try_lock (fd))
        n_removed += unlinkat (dirfd, name, 0) == 0;
      close (fd);
    }
  return n_removed;
}

void
_kaynak_temp_remove_for (int         dirfd,
                         const char *target_name)
{
  g_autoptr(GPtrArray) names = folder_list (dirfd, TRUE);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      struct stat st;
      int fd;

      if (!_kaynak_temp_name_is_for (name, target_name) ||
          fstatat (dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG (st.st_mode) ||
          (fd = open_entry (dirfd, name, &st)) < 0)
        continue;
      if (_kaynak_temp_try_lock (fd))
        (void) unlinkat (dirfd, name, 0);
      close (fd);
    }
}
