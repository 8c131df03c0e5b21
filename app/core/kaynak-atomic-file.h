/* kaynak-atomic-file.h: replacing a file whole or not at all.
 *
 * Through a temporary file in the target's folder, renamed over it
 * (kaynak-temp-file.h), once what killed writers left in that folder is
 * swept (kaynak-leftovers.h).
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

/* --- Inside the core ------------------------------------------------------ */

/* _kaynak_atomic_file_open_at() (kaynak-temp-file.h) for @target (a
 * path): its folder is opened here, and swept first. */
gboolean _kaynak_atomic_file_open    (KaynakAtomicFile *self,
                                      const char       *target,
                                      int               mode,
                                      int              *saved_errno);

G_END_DECLS
