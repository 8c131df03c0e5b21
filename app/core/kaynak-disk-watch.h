/* kaynak-disk-watch.h: notices when the file of an open document is
 * changed or removed by someone else (another window, another annotator,
 * a sync client), and refuses to let a save overwrite such a change
 * silently.
 *
 * The watch remembers what the file looked like when it was loaded or last
 * saved by us (etag, modification time and size) and watches it with a
 * GFileMonitor; it also looks when asked (the window asks when it gains
 * focus, the saver before each save), since in the Flatpak sandbox the
 * monitor never fires through the document portal.  After the monitor reports anything (and a short settling
 * time, as a write comes in several events), the file is looked at again:
 *
 *  - "changed-on-disk" ()  it exists and differs from what we remember;
 *  - "deleted" ()          it is gone (deleted or moved away).
 *
 * Each is emitted once per new state of the file.  Our own saves are not
 * reported: call kaynak_disk_watch_note_saved() right after writing, and
 * the events the write causes find the file just as remembered.  A new
 * "file" on the document (Save As) is watched instead, from its state at
 * that moment.  A restored draft is compared with the file as it was when
 * the draft's document was loaded or last saved (the document's
 * "file-stamp", which drafts keep), so someone else's change made while
 * Kaynak was not running is not saved over either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_DISK_WATCH (kaynak_disk_watch_get_type ())

G_DECLARE_FINAL_TYPE (KaynakDiskWatch, kaynak_disk_watch, KAYNAK, DISK_WATCH, GObject)

/* Watches @document's "file" (if any), compared with its "file-stamp"
 * when it has one (set it from kaynak_disk_watch_stamp_file() taken
 * before reading the file; drafts keep it), else with the file as it is
 * now.  The watch keeps the document's stamp up to date after saves. */
KaynakDiskWatch *kaynak_disk_watch_new               (KaynakDocument  *document);

/* What @file looks like now (etag, modification time, size, inode) as an
 * opaque line of text for kaynak_document_set_file_stamp(), or NULL if it
 * is not there or cannot be looked at.  Take it before reading the file:
 * a change made while it is read then still counts as a change. */
char            *kaynak_disk_watch_stamp_file        (GFile           *file);

KaynakDocument  *kaynak_disk_watch_get_document      (KaynakDiskWatch *self);

/* We just wrote the document's file: what is on disk now is ours. */
void             kaynak_disk_watch_note_saved        (KaynakDiskWatch *self);

/* Our own save of the file is being written (TRUE) or is over (FALSE):
 * meanwhile the monitor's events and kaynak_disk_watch_check() look at
 * nothing, as the file is half ours; call kaynak_disk_watch_note_saved()
 * before turning it off after a save that succeeded. */
void             kaynak_disk_watch_set_writing       (KaynakDiskWatch *self,
                                                      gboolean         writing);

/* Looks at the file now (without waiting for the monitor: the window does
 * when it gains focus, as in the Flatpak sandbox the monitor sees nothing
 * through the document portal) and emits the
 * signals as needed.  Returns TRUE if the file is as remembered. */
gboolean         kaynak_disk_watch_check             (KaynakDiskWatch *self);

/* TRUE if the document's file may be written: it is as remembered, or it
 * no longer exists (saving puts it back), or the document has no file.
 * Otherwise FALSE with KAYNAK_ERROR_CHANGED_ON_DISK (or the G_IO_ERROR
 * that kept us from looking). */
gboolean         kaynak_disk_watch_check_before_save (KaynakDiskWatch *self,
                                                      GError         **error);

/* Milliseconds to let a burst of monitor events settle (default 150). */
void             kaynak_disk_watch_set_settle_delay  (KaynakDiskWatch *self,
                                                      guint            delay_ms);

G_END_DECLS
