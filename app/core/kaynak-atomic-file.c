/* kaynak-atomic-file.c: replacing a file whole or not at all.
 *
 * Inside a folder held open, after the sweep of what killed writers left
 * (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kaynak-atomic-file.h"
#include "kaynak-leftovers.h"
#include "kaynak-temp-file.h"
#include "kaynak-test-hooks.h"

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
