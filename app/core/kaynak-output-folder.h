/* kaynak-output-folder.h: a folder the user chose for Kaynak to write
 * files of its own names into (the per-article exports).
 *
 * The folder itself is taken as the user named it (a link to a folder
 * is followed once, when it is opened).  Inside it Kaynak writes only
 * regular files, each atomically, and never through a symbolic link: a
 * name that is a link (dangling or not), a folder, a FIFO or a device is
 * refused with a message naming it, and the temporary file is made with
 * O_EXCL | O_NOFOLLOW in the folder itself.  Files are read back (brat's
 * conf files) the same way.  Opening it sweeps what killed Kaynaks left
 * there (kaynak-leftovers.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KaynakOutputFolder KaynakOutputFolder;

/* Creates @folder (with its parents) if it is missing and opens it.
 * Errors: KAYNAK_ERROR_FORMAT with a sentence naming the folder. */
KaynakOutputFolder *kaynak_output_folder_open  (GFile               *folder,
                                                GError             **error);
void                kaynak_output_folder_free  (KaynakOutputFolder  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakOutputFolder, kaynak_output_folder_free)

GFile              *kaynak_output_folder_get_file (KaynakOutputFolder *self);

/* Writes @data as @name (a plain name, no '/'), replacing a regular file
 * of that name.  Refuses (KAYNAK_ERROR_EXISTS) a name that is anything
 * else, before writing a byte. */
gboolean            kaynak_output_folder_write (KaynakOutputFolder  *self,
                                                const char          *name,
                                                const void          *data,
                                                gsize                length,
                                                GError             **error);

/* Reads the regular file @name, at most @limit bytes; NULL with
 * G_IO_ERROR_NOT_FOUND when there is none, KAYNAK_ERROR_EXISTS when the
 * name is a link or not a regular file, KAYNAK_ERROR_TOO_LARGE. */
char               *kaynak_output_folder_read  (KaynakOutputFolder  *self,
                                                const char          *name,
                                                gsize                limit,
                                                gsize               *length,
                                                GError             **error);

G_END_DECLS
