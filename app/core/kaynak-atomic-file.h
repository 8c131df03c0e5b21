/* kaynak-atomic-file.h: replacing a file whole or not at all.
 *
 * Through a temporary file in the target's folder, renamed over it
 * (kaynak-temp-file.h), after what killed writers left in that folder is
 * swept.
 *
 * The next write into a folder removes the temporary files of Kaynak's
 * name shape that are older than a minute and that no live Kaynak holds
 * (_kaynak_temp_sweep()).  The kernel drops the lock of a killed process,
 * so what a kill leaves is found stale; a save that is still writing, in
 * this or in another Kaynak, keeps its lock and is left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-temp-file.h"

G_BEGIN_DECLS

/* Writes @data over @file atomically and durably: the old file is either
 * intact or fully replaced.  Saves, drafts and exports write through it.
 * A symbolic link named by the user is written through, to the file it
 * names; a file that is not local goes through GIO's own replace.
 * Errors are sentences naming the file ("Could not save “x”: …"). */
gboolean kaynak_file_write_atomic  (GFile         *file,
                                    const void    *data,
                                    gsize          length,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* --- Inside the core: what the writers above and the batch build on ---- */

/* The names in the folder @dirfd (not "." and ".."), or only those of
 * Kaynak's temporary name shape; the folder is read whole before any is
 * touched.  (transfer full) */
GPtrArray *_kaynak_folder_list     (int         dirfd,
                                    gboolean    ours_only);

/* Removes from the folder @dirfd what killed Kaynaks left there: each
 * temporary file (a regular file, never a link) of Kaynak's name shape
 * that is older than KAYNAK_TEMP_STALE_SECONDS and not locked, and each
 * such staging folder of an import, whose articles already put in place
 * are taken back first (kaynak-file-batch.h).  Best effort: what cannot
 * be removed stays, silently.  Returns how many it removed. */
guint    _kaynak_temp_sweep        (int         dirfd);

/* Removes the temporary files for @target_name in @dirfd that no live
 * Kaynak holds, whatever their age (drafts: a discarded draft is never
 * written again). */
void     _kaynak_temp_remove_for   (int         dirfd,
                                    const char *target_name);

/* _kaynak_atomic_file_open_at() (kaynak-temp-file.h) for @target (a
 * path): its folder is opened here, and swept first. */
gboolean _kaynak_atomic_file_open    (KaynakAtomicFile *self,
                                      const char       *target,
                                      int               mode,
                                      int              *saved_errno);

G_END_DECLS
