/* kaynak-leftovers.h: what killed writers left in a folder, taken back.
 *
 * A writer killed before its rename leaves its temporary file
 * (kaynak-temp-file.h); an import killed before its commit ended leaves
 * its staging folder, and maybe some of its files put in place
 * (kaynak-file-batch.h).  The next write into that folder (a save, a
 * draft, an export, an import) removes them first: the temporary files
 * of Kaynak's name shape that are older than a minute and that no live
 * Kaynak holds, and the staging folders whose writer's lock is free,
 * after what their journal says was put in place is taken back.  The
 * kernel drops the lock of a killed process, so what a kill leaves is
 * found stale; a write that is still going on, in this or in another
 * Kaynak, keeps its lock and is left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes from the folder @dirfd what killed Kaynaks left there: each
 * temporary file (a regular file, never a link) of Kaynak's name shape
 * that is older than KAYNAK_TEMP_STALE_SECONDS and not locked, and each
 * such staging folder of an import, whose articles already put in place
 * are taken back first.  Best effort: what cannot be removed stays,
 * silently.  Returns how many it removed. */
guint    _kaynak_temp_sweep        (int         dirfd);

/* Removes the temporary files for @target_name in @dirfd that no live
 * Kaynak holds, whatever their age (drafts: a discarded draft is never
 * written again). */
void     _kaynak_temp_remove_for   (int         dirfd,
                                    const char *target_name);

/* Removes the staging folder @name of @dirfd, open as @stage_fd: its
 * files (never following anything), the journal last but for the lock,
 * then the folder.  A batch removes its own so when it ends; the sweep, a
 * killed one's.  TRUE if the folder is gone. */
gboolean _kaynak_stage_remove      (int         dirfd,
                                    const char *name,
                                    int         stage_fd);

G_END_DECLS
