/* kaynak-temp-file.c: Kaynak's temporary files (see the header).
 *
 * Their names, their locks, and the steps of writing one and renaming it
 * over its target, with the points where the tests' kill hook acts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "kaynak-temp-file.h"
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

/* --- The lock ------------------------------------------------------------- */

gboolean
_kaynak_temp_try_lock (int fd)
{
  int result;

  do
    result = flock (fd, LOCK_EX | LOCK_NB);
  while (result != 0 && errno == EINTR);
  return result == 0;
}

/* --- Replacing a file ----------------------------------------------------- */

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
