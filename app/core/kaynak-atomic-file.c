/* kaynak-atomic-file.c: replacing a file whole or not at all.
 *
 * Inside a folder held open, after the sweep of what killed writers left
 * (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-file-batch.h"
#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"

/* --- The sweep ------------------------------------------------------------ */

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

GPtrArray *
_kaynak_folder_list (int      dirfd,
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

guint
_kaynak_temp_sweep (int dirfd)
{
  g_autoptr(GPtrArray) names = _kaynak_folder_list (dirfd, TRUE);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_removed = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      struct stat st;
      int fd;

      if (fstatat (dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        continue;
      /* a staging folder has rules of its own (kaynak-file-batch.h) */
      if (S_ISDIR (st.st_mode))
        {
          n_removed += _kaynak_file_batch_recover (dirfd, name);
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
  g_autoptr(GPtrArray) names = _kaynak_folder_list (dirfd, TRUE);

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

/* --- Opening a temporary file in a folder named by path ------------------- */

gboolean
_kaynak_atomic_file_open (KaynakAtomicFile *self,
                          const char       *target,
                          int               mode,
                          int              *saved_errno)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  gboolean ok;
  int dirfd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (dirfd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  _kaynak_temp_sweep (dirfd);
  ok = _kaynak_atomic_file_open_at (self, dirfd, folder, base, mode, saved_errno);
  close (dirfd);
  return ok;
}

/* --- Replacing a file whole (kaynak_file_write_atomic) ------------------- */

/* The failure before the rename (kaynak-test-hooks.h) */
static gboolean fail_before_rename = FALSE;

void
_kaynak_file_set_fail_before_rename (gboolean fail)
{
  fail_before_rename = !!fail;
}

static gboolean
set_save_error (GError     **error,
                const char  *display_name,
                int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), display_name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_atomic_local (const char    *path,
                    const char    *display_name,
                    const void    *data,
                    gsize          length,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_auto(KaynakAtomicFile) file = KAYNAK_ATOMIC_FILE_INIT;
  g_autofree char *resolved = NULL;
  const char *target = path;
  struct stat st;
  gboolean existed;
  int saved_errno;

  /* Save through a symbolic link to the file it names, rather than
   * replacing the link with a file: this is the one file the user named */
  if (lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      resolved = realpath (path, NULL);
      if (resolved != NULL)
        target = resolved;
    }

  existed = stat (target, &st) == 0;
  if (existed && S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: it is a folder"), display_name);
      return FALSE;
    }

  /* opens the folder and sweeps what killed saves left there first */
  if (!_kaynak_atomic_file_open (&file, target, existed ? (int) (st.st_mode & 07777) : -1,
                                 &saved_errno) ||
      !_kaynak_atomic_file_write (&file, data, length, &saved_errno) ||
      !_kaynak_atomic_file_close (&file, &saved_errno))
    return set_save_error (error, display_name, saved_errno);

  if (fail_before_rename)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not save “%s”: interrupted before the file was replaced"),
                   display_name);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!_kaynak_atomic_file_replace (&file, &saved_errno))
    return set_save_error (error, display_name, saved_errno);

  return TRUE;
}

gboolean
kaynak_file_write_atomic (GFile         *file,
                          const void    *data,
                          gsize          length,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  display_name = g_file_get_basename (file);
  if (display_name != NULL)
    {
      char *utf8 = g_filename_display_name (display_name);

      g_free (display_name);
      display_name = utf8;
    }
  else
    display_name = g_file_get_parse_name (file);

  path = g_file_get_path (file);
  if (path != NULL)
    return write_atomic_local (path, display_name, data ? data : "", length,
                               cancellable, error);

  /* Not a local file (e.g. a remote GVfs location): GIO's replace writes a
   * temporary file and renames it where the backend can. */
  if (!g_file_replace_contents (file, data ? data : "", length, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not save “%s”: %s"), display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
