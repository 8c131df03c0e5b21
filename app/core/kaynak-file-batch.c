/* kaynak-file-batch.c: new files put in place all together or not at
 * all (see the header).
 *
 * What a staging folder holds, and the journal's format, are in
 * kaynak-file-batch-private.h: the sweep reads them back when a batch is
 * killed (kaynak-leftovers.c).
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

#include "kaynak-error.h"
#include "kaynak-file-batch.h"
#include "kaynak-file-batch-private.h"
#include "kaynak-leftovers.h"
#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"

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
  GString *journal = g_string_new (KAYNAK_JOURNAL_MAGIC "\n");

  for (guint s = 0; s < self->stages->len; s++)
    {
      Stage *stage = g_ptr_array_index (self->stages, s);

      if (stage->stage_name == NULL)
        continue;
      append_record (journal, KAYNAK_JOURNAL_STAGE);
      append_record (journal, stage->stage_path);
      for (guint i = 0; i < stage->names->len; i++)
        {
          g_autofree char *dev = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) stage->dev);
          g_autofree char *ino = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                  (guint64) g_array_index (stage->inodes, ino_t, i));
          g_autofree char *path = g_build_filename (stage->folder_path,
                                                    (char *) g_ptr_array_index (stage->names, i),
                                                    NULL);

          append_record (journal, KAYNAK_JOURNAL_FILE);
          append_record (journal, dev);
          append_record (journal, ino);
          append_record (journal, path);
        }
    }
  return journal;
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
  stage->lock_fd = openat (stage->stage_fd, KAYNAK_STAGE_LOCK_NAME,
                           O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (stage->lock_fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  (void) _kaynak_temp_try_lock (stage->lock_fd);

  pointer = g_strdup (primary_path != NULL ? primary_path : stage->stage_path);
  return write_staged (stage, KAYNAK_STAGE_PRIMARY_NAME, pointer, strlen (pointer), &unused,
                       saved_errno);
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
  if (!write_staged (primary, KAYNAK_STAGE_JOURNAL_NAME, journal->str, journal->len, &unused,
                     &saved_errno))
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
  if (unlinkat (primary->stage_fd, KAYNAK_STAGE_JOURNAL_NAME, 0) != 0)
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
        _kaynak_stage_remove (stage->dirfd, stage->stage_name, stage->stage_fd);
    }
  g_ptr_array_unref (self->stages);
  g_hash_table_unref (self->taken);
  g_ptr_array_unref (self->files);
  g_free (self);
}
