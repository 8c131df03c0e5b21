/* kaynak-background-write.h: a save or a draft serialised and written on a
 * worker thread, so that the window never waits for either.
 *
 * The caller takes a snapshot on the main thread
 * (kaynak-document-snapshot.h); the worker turns it into bytes and writes
 * them with kaynak_file_write_atomic() (temporary file, fsync, rename: the
 * old file is intact or fully replaced), and the callback runs back on
 * the caller's main context.  Every write started is counted until its
 * file is in place or its temporary file removed, so that the program
 * can wait for them all before it exits
 * (kaynak_background_write_wait_all()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document-snapshot.h"

G_BEGIN_DECLS

/* Runs on the worker: the bytes to write for @snapshot, or NULL and
 * @error */
typedef GBytes *(*KaynakSnapshotBytesFunc) (KaynakDocumentSnapshot  *snapshot,
                                            gpointer                 data,
                                            GError                 **error);

/* Writes what @bytes_func makes of @snapshot (taken: freed on the worker)
 * over @file.  @data is passed to @bytes_func and freed with @data_free. */
void     kaynak_background_write          (GFile                   *file,
                                           KaynakDocumentSnapshot  *snapshot,
                                           KaynakSnapshotBytesFunc  bytes_func,
                                           gpointer                 data,
                                           GDestroyNotify           data_free,
                                           GCancellable            *cancellable,
                                           GAsyncReadyCallback      callback,
                                           gpointer                 user_data);
gboolean kaynak_background_write_finish   (GAsyncResult            *result,
                                           GError                 **error);

/* Blocks until no write started by kaynak_background_write() is still
 * writing (their callbacks run later, or never if the program ends):
 * quitting calls it, so no file is left half-written and no temporary
 * file behind */
void     kaynak_background_write_wait_all (void);
/* How many are writing now */
guint    kaynak_background_write_get_n_writing (void);

G_END_DECLS
