/* kaynak-document-file.h: an open document and its place on disk, with
 * every step that keeps work from being lost.
 *
 * After GtkSourceFile and its loader and saver: the window shows the
 * document a KaynakDocumentFile holds and asks it to open, save, reload or
 * keep the user's version; it never touches the disk itself.  GTK-free, so
 * the command line opens and saves through it too.
 *
 *  - Opening reads a Kaynak file, or starts an annotation of an article
 *    (kaynak_document_start_annotation()), choosing by the one rule of
 *    kaynak_file_is_kaynak(); the file's stamp is taken before it is read,
 *    so a change made while it is read still counts as someone else's.
 *  - While a document is held, a draft is written a moment after each
 *    change (KaynakAutosave) and the file is watched (KaynakDiskWatch):
 *    "changed-on-disk" and "deleted-on-disk" say what another program did.
 *  - Saving over the file it came from refuses, with
 *    KAYNAK_ERROR_CHANGED_ON_DISK, to replace a change made by someone
 *    else, unless told to (KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES): the
 *    saver owns that check, looking at the file at each save (in the
 *    Flatpak sandbox the file monitor never fires).  A save removes the
 *    draft.
 *  - Saves and drafts are serialised and written on a worker thread
 *    (kaynak_document_file_save_async(), KaynakAutosave): the main thread
 *    only takes a snapshot.  A save asked for while one is written waits
 *    its turn; "busy" is TRUE while anything is written or waiting, and
 *    closing waits for it to turn FALSE.
 *  - Reloading takes the version on disk and drops the draft of the one
 *    held; keeping one's own marks it unsaved and writes its draft at once.
 *  - A draft left by a crash is restored under its id, so that a second
 *    crash before the work is saved still finds it.
 *
 * Signals:
 *  - "changed-on-disk" (), "deleted-on-disk" (): the held document's file
 *    changed or went away (from the disk watch);
 *  - "draft-error" (const GError *error): a draft could not be written
 *    (said once until one is written again).
 * The "document" property changes when another document is held; "busy"
 * (boolean) says a save or a draft is being written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"
#include "kaynak-drafts.h"
#include "kaynak-file.h"
#include "kaynak-text-import.h"

G_BEGIN_DECLS

#define KAYNAK_TYPE_DOCUMENT_FILE (kaynak_document_file_get_type ())

G_DECLARE_FINAL_TYPE (KaynakDocumentFile, kaynak_document_file, KAYNAK, DOCUMENT_FILE, GObject)

typedef enum {
  KAYNAK_DOCUMENT_SAVE_NONE = 0,
  /* the user chose to replace a version someone else saved meanwhile */
  KAYNAK_DOCUMENT_SAVE_OVERWRITE_CHANGES = 1 << 0,
} KaynakDocumentSaveFlags;

/* Drafts go to @drafts (NULL: the user's drafts folder) */
KaynakDocumentFile *kaynak_document_file_new           (KaynakDrafts        *drafts);

KaynakDocument     *kaynak_document_file_get_document  (KaynakDocumentFile  *self);
KaynakDrafts       *kaynak_document_file_get_drafts    (KaynakDocumentFile  *self);
/* What an article opened from now on starts with (see
 * kaynak_document_start_annotation()): @sources (NULL: the default scheme)
 * and @author (NULL: none) */
void                kaynak_document_file_set_new_annotation (KaynakDocumentFile *self,
                                                             GPtrArray          *sources,
                                                             const char         *author);
/* How many milliseconds after the last change a draft is written */
void                kaynak_document_file_set_draft_delay (KaynakDocumentFile *self,
                                                        guint               delay_ms);

/* Opens @file: a Kaynak file as saved, anything else as an article to
 * annotate, started as kaynak_document_file_set_new_annotation() said.  On
 * success the document is held (and *@report, when given, says what
 * re-anchoring did; *@encoding how an article was read); on failure what
 * was held stays. */
gboolean            kaynak_document_file_open          (KaynakDocumentFile  *self,
                                                        GFile               *file,
                                                        KaynakLoadReport   **report,
                                                        KaynakTextEncoding  *encoding,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
/* Holds a new annotation of the text @data (the clipboard's), read as
 * kaynak_text_import_data() reads it and started as
 * kaynak_document_file_set_new_annotation() said, with the language
 * detected as for an opened file.  It has no file: it is marked unsaved,
 * since the text is nowhere else, and saving asks where.  On failure what
 * was held stays. */
gboolean            kaynak_document_file_open_text     (KaynakDocumentFile  *self,
                                                        const guint8        *data,
                                                        gsize                length,
                                                        KaynakTextEncoding  *encoding,
                                                        GError             **error);
/* Holds @document, made elsewhere (the sample, an import; NULL for none):
 * it gets a draft of its own from its first change */
void                kaynak_document_file_set_document  (KaynakDocumentFile  *self,
                                                        KaynakDocument      *document);
/* Holds the document of the draft @draft_id, unsaved and pointing at its
 * original file; its draft stays under the same id until it is saved */
gboolean            kaynak_document_file_restore_draft (KaynakDocumentFile  *self,
                                                        const char          *draft_id,
                                                        GError             **error);

/* Saves the held document to @file (NULL: its own file), atomically.  See
 * above for KAYNAK_ERROR_CHANGED_ON_DISK. */
gboolean            kaynak_document_file_save          (KaynakDocumentFile  *self,
                                                        GFile               *file,
                                                        KaynakDocumentSaveFlags flags,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
/* The same, serialised and written on a worker thread from a snapshot
 * taken when its turn comes (after the saves asked for before it).  On
 * success the document's file is @file, and it is marked saved unless it
 * was changed while it was written.  Failures are those of
 * kaynak_document_file_save(), and the document stays modified. */
void                kaynak_document_file_save_async    (KaynakDocumentFile      *self,
                                                        GFile                   *file,
                                                        KaynakDocumentSaveFlags  flags,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
gboolean            kaynak_document_file_save_finish   (KaynakDocumentFile  *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* TRUE while a save or a draft is being written or waits its turn */
gboolean            kaynak_document_file_get_busy      (KaynakDocumentFile  *self);
/* Runs the main context until nothing is being written (the callbacks of
 * what was have run): for the command line and tests; the window waits
 * for "busy" instead */
void                kaynak_document_file_wait          (KaynakDocumentFile  *self);
/* Looks at the held document's file now, without waiting for its
 * monitor (the window does when it gains focus): emits
 * "changed-on-disk" or "deleted-on-disk" as the monitor would.  TRUE if
 * the file is as last read or saved. */
gboolean            kaynak_document_file_check_disk    (KaynakDocumentFile  *self);

/* Reads the held document's file again and holds that; the draft of the
 * version held before is dropped.  On failure nothing changes. */
gboolean            kaynak_document_file_reload        (KaynakDocumentFile  *self,
                                                        KaynakLoadReport   **report,
                                                        GError             **error);
/* The user keeps the version held over the one on disk: it is marked
 * unsaved (closing asks, saving asks before replacing the other) and its
 * draft written at once, since it now exists nowhere else */
gboolean            kaynak_document_file_keep_mine     (KaynakDocumentFile  *self,
                                                        GError             **error);
/* The user discarded the held work (closing without saving): its draft goes */
void                kaynak_document_file_discard_draft (KaynakDocumentFile  *self);

G_END_DECLS
