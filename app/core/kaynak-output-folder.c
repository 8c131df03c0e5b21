/* kaynak-output-folder.c: writing files of Kaynak's own names into a
 * chosen folder, never through a link (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "kaynak-error.h"
#include "kaynak-leftovers.h"
#include "kaynak-output-folder.h"
#include "kaynak-temp-file.h"

struct _KaynakOutputFolder
{
  GFile *file;
  char  *path;
  char  *display_name;
  int    dirfd;
};

KaynakOutputFolder *
kaynak_output_folder_open (GFile   *folder,
                           GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (folder);
  g_autofree char *path = g_file_get_path (folder);
  KaynakOutputFolder *self;
  int dirfd;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("Could not create the folder “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("“%s” is not a folder."), name);
      return NULL;
    }
  if (path == NULL)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("Could not write into “%s”: only local folders can be written to"), name);
      return NULL;
    }
  dirfd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd < 0)
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_FORMAT,
                   _("Could not create the folder “%s”: %s"), name, g_strerror (errno));
      return NULL;
    }
  _kaynak_temp_sweep (dirfd);

  self = g_new0 (KaynakOutputFolder, 1);
  self->file = g_object_ref (folder);
  self->path = g_steal_pointer (&path);
  self->display_name = g_steal_pointer (&name);
  self->dirfd = dirfd;
  return self;
}

void
kaynak_output_folder_free (KaynakOutputFolder *self)
{
  if (self == NULL)
    return;
  close (self->dirfd);
  g_object_unref (self->file);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self);
}

GFile *
kaynak_output_folder_get_file (KaynakOutputFolder *self)
{
  return self->file;
}

/* Whether @name may be written or read as a regular file of the folder:
 * absent (*@exists FALSE), or a regular file, looked at without following
 * a link.  The refusal names the entry. */
static gboolean
check_entry (KaynakOutputFolder  *self,
             const char          *name,
             gboolean            *exists,
             struct stat         *st,
             GError             **error)
{
  g_autofree char *display = g_filename_display_name (name);

  *exists = FALSE;
  if (fstatat (self->dirfd, name, st, AT_SYMLINK_NOFOLLOW) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("Could not save “%s”: %s"), display, g_strerror (errno));
      return FALSE;
    }
  *exists = TRUE;
  if (S_ISLNK (st->st_mode))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” in “%s” is a symbolic link: Kaynak writes only files of its own "
                     "in a folder it exports to, never through a link. Remove the link or "
                     "export into another folder."),
                   display, self->display_name);
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_EXISTS,
                   _("“%s” in “%s” is not a regular file, so Kaynak does not write over it. "
                     "Remove it or export into another folder."),
                   display, self->display_name);
      return FALSE;
    }
  return TRUE;
}

gboolean
kaynak_output_folder_write (KaynakOutputFolder  *self,
                            const char          *name,
                            const void          *data,
                            gsize                length,
                            GError             **error)
{
  g_auto(KaynakAtomicFile) file = KAYNAK_ATOMIC_FILE_INIT;
  g_autofree char *display = g_filename_display_name (name);
  gboolean exists;
  struct stat st;
  int saved_errno;

  g_return_val_if_fail (strchr (name, '/') == NULL, FALSE);

  if (!check_entry (self, name, &exists, &st, error))
    return FALSE;
  /* The rename below would replace a link put there meanwhile by the
   * file, not write through it: the check above is for the message */
  if (!_kaynak_atomic_file_open_at (&file, self->dirfd, self->path, name,
                                    exists ? (int) (st.st_mode & 07777) : -1, &saved_errno) ||
      !_kaynak_atomic_file_write (&file, data, length, &saved_errno) ||
      !_kaynak_atomic_file_close (&file, &saved_errno) ||
      !_kaynak_atomic_file_replace (&file, &saved_errno))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

char *
kaynak_output_folder_read (KaynakOutputFolder  *self,
                           const char          *name,
                           gsize                limit,
                           gsize               *length,
                           GError             **error)
{
  g_autofree char *display = g_filename_display_name (name);
  g_autoptr(GString) data = NULL;
  gboolean exists;
  struct stat st, opened;
  char buffer[65536];
  gssize n;
  int fd;

  if (!check_entry (self, name, &exists, &st, error))
    return NULL;
  if (!exists)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” does not exist"), display);
      return NULL;
    }
  fd = openat (self->dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 || fstat (fd, &opened) != 0 || !S_ISREG (opened.st_mode))
    {
      int saved_errno = fd < 0 ? errno : EINVAL;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not open “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  data = g_string_new (NULL);
  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 || data->len + n > limit)
        {
          int saved_errno = n < 0 ? errno : EFBIG;

          close (fd);
          if (n < 0)
            g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                         _("Could not open “%s”: %s"), display, g_strerror (saved_errno));
          else
            {
              g_autofree char *most = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

              g_set_error (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                           _("“%s” is too large to open (the limit is %s)"), display, most);
            }
          return NULL;
        }
      g_string_append_len (data, buffer, n);
    }
  close (fd);
  *length = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}
