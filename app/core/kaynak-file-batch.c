/* kaynak-file-batch.c: new files put in place all together or not at
 * all (see the header).
 *
 * A staging folder holds:
 *   lock      locked (flock) by its writer for as long as it runs;
 *   primary   the path of the staging folder that has the journal (its
 *             own for the first folder of a batch);
 *   journal   in the primary only, from the commit until the batch is in
 *             place: "kaynak-batch 1", then NUL-separated records:
 *             "S" PATH (a staging folder) and "F" DEV INO PATH (a file
 *             put in place, and the inode it has);
 *   NAME…     the staged files, under their targets' names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* renameat2() */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-error.h"
#include "kaynak-file-batch.h"
#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"

#define LOCK_NAME     "lock"
#define PRIMARY_NAME  "primary"
#define JOURNAL_NAME  "journal"
#define JOURNAL_MAGIC "kaynak-batch 1"
/* A journal names a few paths per file: far below this */
#define JOURNAL_MAX_SIZE (64 * 1024 * 1024)

typedef struct
{
  char      *folder_path;
  int        dirfd;
  char      *stage_name;   /* NULL until something is staged here */
  char      *stage_path;
  int        stage_fd;
  int        lock_fd;
  GPtrArray *names;        /* staged, in order */
  GArray    *inodes;       /* ino_t of each */
  dev_t      dev;
  guint      n_placed;
} Stage;

struct _KaynakFileBatch
{
  GPtrArray  *stages;      /* Stage, in the order first used */
  GHashTable *taken;       /* "folder\nname" staged */
  GPtrArray  *files;       /* GFile of each target */
  gboolean    journaled;
  gboolean    committed;
};

static void
stage_free (gpointer data)
{
  Stage *stage = data;

  if (stage->stage_fd >= 0)
    close (stage->stage_fd);
  if (stage->lock_fd >= 0)
    close (stage->lock_fd);
  if (stage->dirfd >= 0)
    close (stage->dirfd);
  g_free (stage->folder_path);
  g_free (stage->stage_name);
  g_free (stage->stage_path);
  g_ptr_array_unref (stage->names);
  g_array_unref (stage->inodes);
  g_free (stage);
}

KaynakFileBatch *
kaynak_file_batch_new (void)
{
  KaynakFileBatch *self = g_new0 (KaynakFileBatch, 1);

  self->stages = g_ptr_array_new_with_free_func (stage_free);
  self->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

GPtrArray *
kaynak_file_batch_get_files (KaynakFileBatch *self)
{
  return self->files;
}

/* --- Removing a staging folder -------------------------------------------- */

/* Removes the regular files in the staging folder @stage_fd (never
 * following anything), then the folder @name itself from @dirfd */
static gboolean
remove_stage (int         dirfd,
              const char *name,
              int         stage_fd)
{
  g_autoptr(GPtrArray) names = _kaynak_folder_list (stage_fd, FALSE);

  /* the journal last but for the lock: while it is there, a later
   * sweep finishes what this one could not */
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry_name = g_ptr_array_index (names, i);

      if (!g_str_equal (entry_name, JOURNAL_NAME) && !g_str_equal (entry_name, LOCK_NAME))
        (void) unlinkat (stage_fd, entry_name, 0);
    }
  (void) unlinkat (stage_fd, JOURNAL_NAME, 0);
  (void) unlinkat (stage_fd, LOCK_NAME, 0);
  return unlinkat (dirfd, name, AT_REMOVEDIR) == 0;
}

/* --- The journal ------------------------------------------------------------ */

static void
append_record (GString    *journal,
               const char *field)
{
  g_string_append (journal, field);
  g_string_append_c (journal, '\0');
}

static GString *
journal_new (KaynakFileBatch *self)
{
  GString *journal = g_string_new (JOURNAL_MAGIC "\n");

  for (guint s = 0; s < self->stages->len; s++)
    {
      Stage *stage = g_ptr_array_index (self->stages, s);

      if (stage->stage_name == NULL)
        continue;
      append_record (journal, "S");
      append_record (journal, stage->stage_path);
      for (guint i = 0; i < stage->names->len; i++)
        {
          g_autofree char *dev = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) stage->dev);
          g_autofree char *ino = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                  (guint64) g_array_index (stage->inodes, ino_t, i));
          g_autofree char *path = g_build_filename (stage->folder_path,
                                                    (char *) g_ptr_array_index (stage->names, i),
                                                    NULL);

          append_record (journal, "F");
          append_record (journal, dev);
          append_record (journal, ino);
          append_record (journal, path);
        }
    }
  return journal;
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
  const char *p = data + strlen (JOURNAL_MAGIC "\n");
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

      if (g_str_equal (kind, "F") && i + 3 < fields->len)
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
      else if (g_str_equal (kind, "S") && i + 1 < fields->len)
        i += 2;
      else
        break;
    }

  /* the staging folders after the files: the primary (with this
   * journal) last, by the caller */
  for (guint i = 0; i + 1 < fields->len; i++)
    if (g_str_equal (g_ptr_array_index (fields, i), "S"))
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
                faccessat (stage_fd, JOURNAL_NAME, F_OK, AT_SYMLINK_NOFOLLOW) != 0)
              remove_stage (dirfd, name, stage_fd);
            close (stage_fd);
          }
        close (dirfd);
      }
}

/* --- Recovery of a stale staging folder -------------------------------------- */

gboolean
_kaynak_file_batch_recover (int         dirfd,
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

  lock_fd = openat (stage_fd, LOCK_NAME, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
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
  primary = read_ours (stage_fd, PRIMARY_NAME, 4096, &length);
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
        journal = read_ours (primary_fd, JOURNAL_NAME, JOURNAL_MAX_SIZE, &length);
    }
  if (journal != NULL && g_str_has_prefix (journal, JOURNAL_MAGIC "\n"))
    stale = lock_fd >= 0;
  else
    stale = (g_get_real_time () / G_USEC_PER_SEC) - (gint64) st.st_mtime >= KAYNAK_TEMP_STALE_SECONDS;

  if (!stale)
    removed = FALSE;
  else if (journal != NULL && g_str_has_prefix (journal, JOURNAL_MAGIC "\n"))
    {
      /* Killed while putting files in place: take them back, then the
       * journal goes (its primary folder with it) */
      roll_back_journal (journal, length);
      (void) unlinkat (primary_fd, JOURNAL_NAME, 0);
      removed = remove_stage (dirfd, name, stage_fd) || TRUE;
      if (primary != NULL)
        {
          g_autofree char *primary_folder = g_path_get_dirname (primary);
          g_autofree char *primary_name = g_path_get_basename (primary);
          int primary_dirfd = open (primary_folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

          if (primary_dirfd >= 0)
            {
              remove_stage (primary_dirfd, primary_name, primary_fd);
              close (primary_dirfd);
            }
        }
    }
  else
    /* Killed before the journal (nothing was put in place) or after it
     * was removed (all was): the staged files only go */
    removed = remove_stage (dirfd, name, stage_fd);

  if (primary_fd >= 0)
    close (primary_fd);
  if (lock_fd >= 0)
    close (lock_fd);
  close (stage_fd);
  return removed;
}

/* --- Staging ------------------------------------------------------------------ */

/* "@message: what errno says" (@message is taken) */
static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 char       *message)
{
  g_autofree char *owned = message;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", owned, g_strerror (saved_errno));
  return FALSE;
}

/* The stage of @folder, opened (and swept) the first time */
static Stage *
get_stage (KaynakFileBatch  *self,
           GFile            *folder,
           GError          **error)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GError) local_error = NULL;
  Stage *stage;
  struct stat st;
  int dirfd;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write into “%s”: only local folders can be written to"), name);
      return NULL;
    }
  for (guint i = 0; i < self->stages->len; i++)
    {
      stage = g_ptr_array_index (self->stages, i);
      if (g_str_equal (stage->folder_path, path))
        return stage;
    }

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (folder);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not create the folder “%s”: %s"), name, local_error->message);
      return NULL;
    }
  dirfd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd < 0 || fstat (dirfd, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_file_get_parse_name (folder);

      if (dirfd >= 0)
        close (dirfd);
      set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not open the folder “%s”"), name));
      return NULL;
    }
  /* a killed import's staging folder and articles go first */
  _kaynak_temp_sweep (dirfd);

  stage = g_new0 (Stage, 1);
  stage->folder_path = g_steal_pointer (&path);
  stage->dirfd = dirfd;
  stage->stage_fd = -1;
  stage->lock_fd = -1;
  stage->dev = st.st_dev;
  stage->names = g_ptr_array_new_with_free_func (g_free);
  stage->inodes = g_array_new (FALSE, FALSE, sizeof (ino_t));
  g_ptr_array_add (self->stages, stage);
  return stage;
}

/* Writes @data as @name into @stage_fd */
static gboolean
write_staged (Stage       *stage,
              const char  *name,
              const void  *data,
              gsize        length,
              ino_t       *inode,
              int         *saved_errno)
{
  g_auto(KaynakAtomicFile) file = KAYNAK_ATOMIC_FILE_INIT;
  struct stat st;

  if (!_kaynak_atomic_file_open_at (&file, stage->stage_fd, stage->stage_path, name, -1,
                                    saved_errno) ||
      !_kaynak_atomic_file_write (&file, data, length, saved_errno) ||
      !_kaynak_atomic_file_close (&file, saved_errno) ||
      !_kaynak_atomic_file_replace (&file, saved_errno))
    return FALSE;
  if (fstatat (stage->stage_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  *inode = st.st_ino;
  return TRUE;
}

/* Makes the staging folder of @stage: named, locked, pointing to the
 * primary (@primary_path, NULL for this one) */
static gboolean
open_stage (Stage       *stage,
            const char  *primary_path,
            int         *saved_errno)
{
  static const char letters[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *pointer = NULL;
  ino_t unused;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char random[7];

      for (guint i = 0; i < 6; i++)
        random[i] = letters[g_random_int_range (0, sizeof letters - 1)];
      random[6] = '\0';
      g_free (stage->stage_name);
      stage->stage_name = g_strconcat (KAYNAK_TEMP_PREFIX "import.", random,
                                       KAYNAK_TEMP_SUFFIX, NULL);
      if (mkdirat (stage->dirfd, stage->stage_name, 0700) == 0)
        break;
      if (errno != EEXIST)
        {
          *saved_errno = errno;
          g_clear_pointer (&stage->stage_name, g_free);
          return FALSE;
        }
    }
  stage->stage_path = g_build_filename (stage->folder_path, stage->stage_name, NULL);
  stage->stage_fd = openat (stage->dirfd, stage->stage_name,
                            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (stage->stage_fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  stage->lock_fd = openat (stage->stage_fd, LOCK_NAME,
                           O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (stage->lock_fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  (void) _kaynak_temp_try_lock (stage->lock_fd);

  pointer = g_strdup (primary_path != NULL ? primary_path : stage->stage_path);
  return write_staged (stage, PRIMARY_NAME, pointer, strlen (pointer), &unused, saved_errno);
}

static gboolean
name_taken (KaynakFileBatch  *self,
            Stage            *stage,
            const char       *name,
            GError          **error)
{
  g_autofree char *key = g_strconcat (stage->folder_path, "\n", name, NULL);
  g_autofree char *path = g_build_filename (stage->folder_path, name, NULL);
  g_autofree char *display = g_filename_display_name (path);
  struct stat st;

  /* fstatat without following: a link there, dangling or not, is taken */
  if (g_hash_table_contains (self->taken, key) ||
      fstatat (stage->dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” already exists"), display);
      return TRUE;
    }
  return FALSE;
}

gboolean
kaynak_file_batch_check_name (KaynakFileBatch  *self,
                              GFile            *folder,
                              const char       *name,
                              GError          **error)
{
  Stage *stage;

  g_return_val_if_fail (!self->journaled, FALSE);

  if ((stage = get_stage (self, folder, error)) == NULL)
    return FALSE;
  return !name_taken (self, stage, name, error);
}

gboolean
kaynak_file_batch_add (KaynakFileBatch  *self,
                       GFile            *folder,
                       const char       *name,
                       const void       *data,
                       gsize             length,
                       GError          **error)
{
  Stage *stage;
  ino_t inode;
  int saved_errno;

  g_return_val_if_fail (!self->journaled, FALSE);

  if ((stage = get_stage (self, folder, error)) == NULL ||
      name_taken (self, stage, name, error))
    return FALSE;

  if (stage->stage_name == NULL)
    {
      const char *primary = NULL;

      for (guint i = 0; i < self->stages->len && primary == NULL; i++)
        primary = ((Stage *) g_ptr_array_index (self->stages, i))->stage_path;
      if (!open_stage (stage, primary, &saved_errno))
        return set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not write into the folder “%s”"), stage->folder_path));
    }

  if (!write_staged (stage, name, data, length, &inode, &saved_errno))
    {
      g_autofree char *path = g_build_filename (stage->folder_path, name, NULL);

      (void) unlinkat (stage->stage_fd, name, 0);
      return set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not save “%s”"), path));
    }
  g_ptr_array_add (stage->names, g_strdup (name));
  g_array_append_val (stage->inodes, inode);
  g_hash_table_add (self->taken, g_strconcat (stage->folder_path, "\n", name, NULL));
  g_ptr_array_add (self->files, g_file_get_child (folder, name));
  return TRUE;
}

/* --- Commit ------------------------------------------------------------------- */

static Stage *
primary_stage (KaynakFileBatch *self)
{
  for (guint i = 0; i < self->stages->len; i++)
    {
      Stage *stage = g_ptr_array_index (self->stages, i);

      if (stage->stage_name != NULL)
        return stage;
    }
  return NULL;
}

/* Renames without replacing: renameat2's RENAME_NOREPLACE, or where the
 * file system has none, a look first (then a name taken in between is
 * replaced: only a file made in that instant) */
static int
rename_no_replace (int         from_fd,
                   const char *name,
                   int         to_fd)
{
  struct stat st;

  if (renameat2 (from_fd, name, to_fd, name, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return -1;
  if (fstatat (to_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0)
    {
      errno = EEXIST;
      return -1;
    }
  return renameat (from_fd, name, to_fd, name);
}

/* Takes back what this batch put in place (in this process) */
static void
take_back (KaynakFileBatch *self)
{
  for (guint s = 0; s < self->stages->len; s++)
    {
      Stage *stage = g_ptr_array_index (self->stages, s);

      for (guint i = 0; i < stage->n_placed; i++)
        {
          const char *name = g_ptr_array_index (stage->names, i);
          struct stat st;

          if (fstatat (stage->dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
              st.st_ino == g_array_index (stage->inodes, ino_t, i))
            (void) unlinkat (stage->dirfd, name, 0);
        }
      stage->n_placed = 0;
    }
}

gboolean
kaynak_file_batch_commit (KaynakFileBatch  *self,
                          GError          **error)
{
  Stage *primary = primary_stage (self);
  g_autoptr(GString) journal = NULL;
  ino_t unused;
  int saved_errno;

  g_return_val_if_fail (!self->committed, FALSE);

  if (primary == NULL)
    {
      self->committed = TRUE;
      return TRUE;
    }

  journal = journal_new (self);
  if (!write_staged (primary, JOURNAL_NAME, journal->str, journal->len, &unused, &saved_errno))
    return set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not write into the folder “%s”"), primary->folder_path));
  self->journaled = TRUE;
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_JOURNALED);

  for (guint s = 0; s < self->stages->len; s++)
    {
      Stage *stage = g_ptr_array_index (self->stages, s);

      for (guint i = 0; i < stage->names->len; i++)
        {
          const char *name = g_ptr_array_index (stage->names, i);

          if (rename_no_replace (stage->stage_fd, name, stage->dirfd) != 0)
            {
              g_autofree char *path = g_build_filename (stage->folder_path, name, NULL);
              g_autofree char *display = g_filename_display_name (path);

              saved_errno = errno;
              take_back (self);
              if (saved_errno == EEXIST)
                g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                             _("“%s” already exists"), display);
              else
                set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not save “%s”"), display));
              return FALSE;
            }
          stage->n_placed++;
          _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_PLACED);
        }
      _kaynak_sync_folder_fd (stage->dirfd);
    }

  /* The moment the batch is in place */
  if (unlinkat (primary->stage_fd, JOURNAL_NAME, 0) != 0)
    {
      saved_errno = errno;
      take_back (self);
      return set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Could not write into the folder “%s”"), primary->folder_path));
    }
  _kaynak_sync_folder_fd (primary->stage_fd);
  self->committed = TRUE;
  _kaynak_file_kill_point (KAYNAK_FILE_SAVE_STEP_COMMITTED);
  return TRUE;
}

void
kaynak_file_batch_free (KaynakFileBatch *self)
{
  if (self == NULL)
    return;

  if (!self->committed)
    take_back (self);
  /* The primary (which may hold the journal) last */
  for (guint s = self->stages->len; s > 0; s--)
    {
      Stage *stage = g_ptr_array_index (self->stages, s - 1);

      if (stage->stage_name != NULL && stage->stage_fd >= 0)
        remove_stage (stage->dirfd, stage->stage_name, stage->stage_fd);
    }
  g_ptr_array_unref (self->stages);
  g_hash_table_unref (self->taken);
  g_ptr_array_unref (self->files);
  g_free (self);
}
