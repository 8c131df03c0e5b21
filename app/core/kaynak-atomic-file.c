/* kaynak-atomic-file.c: replacing a file whole or not at all.
 *
 * Inside a folder held open; with the sweep of what killed writers left,
 * and the points where the tests' kill hook acts (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-file-batch.h"
#include "kaynak-test-hooks.h"

/* --- The kill hook (kaynak-test-hooks.h) ---------------------------------- */

/* Off, it costs one comparison of a static variable per step. */
static KaynakFileSaveStep kill_step = KAYNAK_FILE_SAVE_STEP_NONE;
static guint kill_chunk = 0;
static guint kill_seen = 0;

void
_kaynak_file_set_kill_at (KaynakFileSaveStep step,
                          guint              chunk)
{
  kill_step = step;
  kill_chunk = chunk;
  kill_seen = 0;
}

KaynakFileSaveStep
_kaynak_file_kill_step (guint *chunk)
{
  if (chunk != NULL)
    *chunk = kill_chunk;
  return kill_step;
}

void
_kaynak_file_kill_point (KaynakFileSaveStep step)
{
  /* every step but a chunk counts its occurrences: the kill comes at
   * the one asked for (the first for 0 or 1) */
  if (G_UNLIKELY (kill_step == step) && ++kill_seen >= MAX (kill_chunk, 1))
    raise (SIGKILL);
}

static gsize
save_chunk_size (gsize length)
{
  return MAX ((length + KAYNAK_FILE_SAVE_CHUNKS - 1) / KAYNAK_FILE_SAVE_CHUNKS, 1);
}

guint
_kaynak_file_count_save_chunks (gsize length)
{
  gsize size = save_chunk_size (length);

  return (guint) ((length + size - 1) / size);
}

/* --- Names ---------------------------------------------------------------- */

/* The part of a target's name in its temporary file's name: the name
 * itself, cut (at a character) where the temporary name would pass the
 * 255 bytes a file name may have */
#define TARGET_PART_MAX 200

static char *
target_part (const char *target_name)
{
  gsize length = strlen (target_name);

  if (length <= TARGET_PART_MAX)
    return g_strdup (target_name);
  length = TARGET_PART_MAX;
  /* not in the middle of a UTF-8 character */
  while (length > 0 && ((guchar) target_name[length] & 0xC0) == 0x80)
    length--;
  return g_strndup (target_name, length);
}

static gboolean
is_random_char (char c)
{
  return g_ascii_isalnum (c);
}

gboolean
_kaynak_temp_name_is_ours (const char *name)
{
  gsize length = strlen (name);

  return length > strlen (KAYNAK_TEMP_PREFIX) + strlen (KAYNAK_TEMP_SUFFIX) &&
         g_str_has_prefix (name, KAYNAK_TEMP_PREFIX) &&
         g_str_has_suffix (name, KAYNAK_TEMP_SUFFIX);
}

gboolean
_kaynak_temp_name_is_for (const char *name,
                          const char *target_name)
{
  g_autofree char *part = target_part (target_name);
  gsize prefix = strlen (KAYNAK_TEMP_PREFIX) + strlen (part);
  gsize length = strlen (name);
  const char *random;

  /* PREFIX part "." XXXXXX SUFFIX */
  if (length != prefix + 7 + strlen (KAYNAK_TEMP_SUFFIX) ||
      !g_str_has_prefix (name, KAYNAK_TEMP_PREFIX) ||
      strncmp (name + strlen (KAYNAK_TEMP_PREFIX), part, strlen (part)) != 0 ||
      name[prefix] != '.' || !g_str_has_suffix (name, KAYNAK_TEMP_SUFFIX))
    return FALSE;
  random = name + prefix + 1;
  for (guint i = 0; i < 6; i++)
    if (!is_random_char (random[i]))
      return FALSE;
  return TRUE;
}

static char *next_temp_name = NULL;

void
_kaynak_atomic_file_set_next_temp_name (const char *name)
{
  g_free (next_temp_name);
  next_temp_name = g_strdup (name);
}

static char *
make_temp_name (const char *target_name)
{
  static const char letters[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *part = target_part (target_name);
  char random[7];

  if (next_temp_name != NULL)
    {
      char *name = next_temp_name;

      next_temp_name = NULL;
      return name;
    }
  for (guint i = 0; i < 6; i++)
    random[i] = letters[g_random_int_range (0, sizeof letters - 1)];
  random[6] = '\0';
  return g_strconcat (KAYNAK_TEMP_PREFIX, part, ".", random, KAYNAK_TEMP_SUFFIX, NULL);
}

/* --- Locks and the sweep -------------------------------------------------- */

gboolean
_kaynak_temp_try_lock (int fd)
{
  int result;

  do
    result = flock (fd, LOCK_EX | LOCK_NB);
  while (result != 0 && errno == EINTR);
  return result == 0;
}

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

/* --- Replacing a file ------------------------------------------------------ */

void
_kaynak_sync_folder_fd (int dirfd)
{
  (void) fsync (dirfd);
}

gboolean
_kaynak_atomic_file_open_at (KaynakAtomicFile *self,
                             int               dirfd,
                             const char       *folder_path,
                             const char       *target_name,
                             int               mode,
                             int              *saved_errno)
{
  int fd = -1;

  self->dirfd = fcntl (dirfd, F_DUPFD_CLOEXEC, 0);
  if (self->dirfd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }

  /* O_EXCL never opens what is there, a link included: another name is
   * tried then */
  for (guint attempt = 0; attempt < 100 && fd < 0; attempt++)
    {
      g_free (self->temp_name);
      self->temp_name = make_temp_name (target_name);
      fd = openat (self->dirfd, self->temp_name,
                   O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST)
        break;
    }
  if (fd < 0)
    {
      *saved_errno = errno;
      g_clear_pointer (&self->temp_name, g_free);
      return FALSE;
    }
  self->fd = fd;
  self->temp_path = g_build_filename (folder_path, self->temp_name, NULL);
  self->target_name = g_strdup (target_name);

  /* Held until the rename, through a second descriptor that outlives the
   * close: a sweep in another Kaynak leaves the file alone meanwhile */
  if (_kaynak_temp_try_lock (fd))
    self->lock_fd = fcntl (fd, F_DUPFD_CLOEXEC, 0);

  /* Keep the permissions of the file being replaced */
  if (mode >= 0)
    (void) fchmod (fd, (mode_t) mode);
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_CREATED);
  return TRUE;
}

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

gboolean
_kaynak_atomic_file_write (KaynakAtomicFile *self,
                           const void       *data,
                           gsize             length,
                           int              *saved_errno)
{
  const guint8 *p = data;
  gsize left = length;
  guint chunk = 0;
  /* With the kill hook at a chunk, write in chunks so that it can land
   * between any two of them; otherwise in as few calls as the system
   * takes. */
  gboolean chunked = _kaynak_file_kill_step (&chunk) == KAYNAK_FILE_SAVE_STEP_CHUNK;
  gsize most = chunked ? save_chunk_size (length) : (gsize) G_MAXSSIZE;

  while (left > 0)
    {
      gssize n = write (self->fd, p, MIN (left, most));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      p += n;
      left -= n;
      if (G_UNLIKELY (chunked) && length - left >= MIN ((gsize) chunk * most, length))
        raise (SIGKILL);
    }
  return TRUE;
}

gboolean
_kaynak_atomic_file_close (KaynakAtomicFile *self,
                           int              *saved_errno)
{
  int fd = self->fd;

  if (fsync (fd) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_SYNCED);

  /* close() reports delayed write errors on some file systems (NFS) */
  self->fd = -1;
  if (close (fd) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_CLOSED);
  return TRUE;
}

gboolean
_kaynak_atomic_file_replace (KaynakAtomicFile *self,
                             int              *saved_errno)
{
  if (renameat (self->dirfd, self->temp_name, self->dirfd, self->target_name) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  g_clear_pointer (&self->temp_name, g_free);
  g_clear_pointer (&self->temp_path, g_free);
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_RENAMED);

  _kaynak_sync_folder_fd (self->dirfd);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
  return TRUE;
}

void
_kaynak_atomic_file_clear (KaynakAtomicFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  if (self->temp_name != NULL && self->dirfd >= 0)
    (void) unlinkat (self->dirfd, self->temp_name, 0);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
  if (self->dirfd >= 0)
    close (self->dirfd);
  self->dirfd = -1;
  g_clear_pointer (&self->temp_name, g_free);
  g_clear_pointer (&self->temp_path, g_free);
  g_clear_pointer (&self->target_name, g_free);
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
