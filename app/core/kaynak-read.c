/* kaynak-read.c: reading a file the user named (see the header).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kaynak-error.h"
#include "kaynak-read.h"

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

static gboolean
is_directory_error (GError **error)
{
  set_errno_error (error, EISDIR);
  return FALSE;
}

static gboolean
not_regular_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("Not a regular file"));
  return FALSE;
}

static gboolean
check_mode (mode_t    mode,
            GError  **error)
{
  if (S_ISDIR (mode))
    return is_directory_error (error);
  if (!S_ISREG (mode))
    return not_regular_error (error);
  return TRUE;
}

static gboolean
check_size (goffset   announced,
            gsize     limit,
            goffset  *size,
            GError  **error)
{
  *size = announced;
  if (announced <= (goffset) limit)
    return TRUE;
  g_set_error_literal (error, KAYNAK_ERROR, KAYNAK_ERROR_TOO_LARGE,
                       _("The file is too large"));
  return FALSE;
}

/* One read(2)-like step: bytes read, 0 at the end, -1 with @error set */
typedef gssize (*ReadFunc) (gpointer       source,
                            guint8        *buffer,
                            gsize          count,
                            GCancellable  *cancellable,
                            GError       **error);

static gssize
read_fd (gpointer       source,
         guint8        *buffer,
         gsize          count,
         GCancellable  *cancellable,
         GError       **error)
{
  int fd = GPOINTER_TO_INT (source);
  gssize n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  do
    n = read (fd, buffer, MIN (count, (gsize) G_MAXSSIZE));
  while (n < 0 && errno == EINTR);

  if (n < 0)
    set_errno_error (error, errno);
  return n;
}

static gssize
read_stream (gpointer       source,
             guint8        *buffer,
             gsize          count,
             GCancellable  *cancellable,
             GError       **error)
{
  return g_input_stream_read (source, buffer, count, cancellable, error);
}

/* Reads to the end, but never more than @limit + 1 bytes.  @announced is
 * the size the file said it had: the buffer starts one byte larger, to
 * notice a file that grew, and doubles from there. */
static guint8 *
read_all (ReadFunc       read_func,
          gpointer       source,
          goffset        announced,
          gsize          limit,
          gsize         *length,
          goffset       *size,
          GCancellable  *cancellable,
          GError       **error)
{
  gsize capacity = (gsize) CLAMP (announced, 0, (goffset) limit) + 1;
  guint8 *data = g_malloc (capacity + 1);
  gsize used = 0;

  for (;;)
    {
      gssize n;

      if (used == capacity)
        {
          if (capacity > limit)
            {
              /* It grew past the limit while it was read: how far is
               * not known */
              g_free (data);
              check_size ((goffset) capacity, limit, size, error);
              *size = -1;
              return NULL;
            }
          capacity = capacity > limit / 2 ? limit + 1 : capacity * 2;
          data = g_realloc (data, capacity + 1);
        }

      n = read_func (source, data + used, capacity - used, cancellable, error);
      if (n < 0)
        {
          g_free (data);
          return NULL;
        }
      if (n == 0)
        break;
      used += n;
    }

  data[used] = '\0';
  *length = used;
  return data;
}

static guint8 *
read_local (const char    *path,
            gsize          limit,
            gsize         *length,
            goffset       *size,
            GCancellable  *cancellable,
            GError       **error)
{
  struct stat st;
  guint8 *data;
  int flags;
  int fd;

  /* Look before opening: a FIFO is never opened, a device never touched */
  if (g_stat (path, &st) != 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (!check_mode (st.st_mode, error))
    return NULL;

  /* Opening a FIFO for reading waits for a writer, unless O_NONBLOCK:
   * one may have been put there since the look above. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  /* What was opened is what counts, not what has the name now */
  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno);
      close (fd);
      return NULL;
    }
  if (!check_mode (st.st_mode, error) ||
      !check_size (st.st_size, limit, size, error))
    {
      close (fd);
      return NULL;
    }

  /* A regular file reads the same either way; a network file system
   * might not, so it is read in the ordinary, blocking way. */
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  data = read_all (read_fd, GINT_TO_POINTER (fd), st.st_size, limit,
                   length, size, cancellable, error);
  close (fd);
  return data;
}

/* A file with no local path (a GVfs location): GIO's own type and size */
static guint8 *
read_gio (GFile         *file,
          gsize          limit,
          gsize         *length,
          goffset       *size,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  goffset announced = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      is_directory_error (error);
      return NULL;
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_MOUNTABLE:
      not_regular_error (error);
      return NULL;
    default:
      break;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    announced = g_file_info_get_size (info);
  if (!check_size (announced, limit, size, error))
    return NULL;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  return read_all (read_stream, stream, announced, limit, length, size,
                   cancellable, error);
}

guint8 *
kaynak_read_file (GFile         *file,
                  gsize          limit,
                  gsize         *length,
                  goffset       *size,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const char *path;
  goffset local_size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (length != NULL, NULL);
  g_return_val_if_fail (limit < G_MAXSIZE - 1, NULL);

  if (size == NULL)
    size = &local_size;
  *size = 0;

  path = g_file_peek_path (file);
  if (path != NULL)
    return read_local (path, limit, length, size, cancellable, error);

  return read_gio (file, limit, length, size, cancellable, error);
}

void
kaynak_format_size_and_limit (guint64   size,
                              guint64   limit,
                              char    **size_text,
                              char    **limit_text)
{
  *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  if (g_str_equal (*size_text, *limit_text))
    {
      g_free (*size_text);
      g_free (*limit_text);
      *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
      *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
    }
}
