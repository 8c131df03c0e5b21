/* kaynak-read.h: reading a file the user named, which may be anything: a
 * FIFO that never opens, a device that never ends, a file that grows
 * while it is read.  Shared by the native file and the text import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads all of @file into a new buffer (with a NUL after the data, not
 * counted in *@length).  Refuses, without reading a byte:
 *
 * - a folder: G_IO_ERROR_IS_DIRECTORY;
 * - anything else that is not a regular file (a FIFO, a device, a
 *   socket): G_IO_ERROR_NOT_REGULAR_FILE.  A local file is looked at
 *   before it is opened, opened with O_NONBLOCK (opening a FIFO for
 *   reading blocks until a writer comes, forever in a window) and looked
 *   at again through the opened descriptor, so a FIFO put in its place in
 *   between cannot hang the caller either;
 * - a file of more than @limit bytes: KAYNAK_ERROR_TOO_LARGE, with
 *   *@size set to its size.
 *
 * It reads at most @limit + 1 bytes, so a file that grows while it is
 * read is refused the same way (*@size is then -1: its size is not
 * known).  Other
 * failures keep GIO's code (G_IO_ERROR_NOT_FOUND,
 * G_IO_ERROR_PERMISSION_DENIED…).  Messages are GIO's or strerror()'s:
 * callers say them in their own words. */
guint8 *kaynak_read_file (GFile         *file,
                          gsize          limit,
                          gsize         *length,
                          goffset       *size,
                          GCancellable  *cancellable,
                          GError       **error);

/* Formats a size and the limit it broke for one message, both in the same
 * (IEC) units, and in bytes too when they would print the same: one byte
 * over 256 MiB must not read as "256.0 MiB; the limit is 256.0 MiB". */
void    kaynak_format_size_and_limit (guint64   size,
                                      guint64   limit,
                                      char    **size_text,
                                      char    **limit_text);

G_END_DECLS
