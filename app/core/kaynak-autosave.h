/* kaynak-autosave.h: writes a draft of a document a moment after each
 * change, so a crash or a kill loses at most that moment.
 *
 * One KaynakAutosave per open document.  It listens to the document's
 * "changed" signal and, after "delay" milliseconds without another change,
 * writes the draft @draft_id with kaynak_drafts_save_async(): serialised
 * and written on a worker thread, so the window never waits for it.  A
 * draft wanted while one is being written follows it; one discarded then
 * is removed once the write is in place.  A real save (the
 * document's "modified" turning FALSE) deletes the draft, and so does
 * kaynak_autosave_discard() (closing without saving).  Leaving a draft
 * behind is what happens when the program dies: nothing is written or
 * deleted on dispose.
 *
 * A draft that cannot be written is reported with the "error" signal
 * (GError *), once until a draft is written again, so the window can say
 * so once instead of at every keystroke.  "saved" is emitted after each
 * draft written.
 *
 * The delay is a property, not read from GSettings here: the core has no
 * schema.  The window passes the draft-delay-ms key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"
#include "kaynak-drafts.h"

G_BEGIN_DECLS

#define KAYNAK_AUTOSAVE_DEFAULT_DELAY_MS 2000

#define KAYNAK_TYPE_AUTOSAVE (kaynak_autosave_get_type ())

G_DECLARE_FINAL_TYPE (KaynakAutosave, kaynak_autosave, KAYNAK, AUTOSAVE, GObject)

/* @draft_id must satisfy kaynak_drafts_id_is_valid(); NULL makes a new
 * one.  A restored draft passes its own id, so the next draft replaces it. */
KaynakAutosave *kaynak_autosave_new          (KaynakDocument *document,
                                              KaynakDrafts   *drafts,
                                              const char     *draft_id);

KaynakDocument *kaynak_autosave_get_document (KaynakAutosave *self);
KaynakDrafts   *kaynak_autosave_get_drafts   (KaynakAutosave *self);
const char     *kaynak_autosave_get_draft_id (KaynakAutosave *self);

guint           kaynak_autosave_get_delay    (KaynakAutosave *self);
void            kaynak_autosave_set_delay    (KaynakAutosave *self,
                                              guint           delay_ms);

/* TRUE while a draft save is scheduled */
gboolean        kaynak_autosave_get_pending  (KaynakAutosave *self);

/* TRUE while a draft is being written on a worker ("writing") */
gboolean        kaynak_autosave_get_writing  (KaynakAutosave *self);

/* Writes the draft now, on this thread (after the one being written, if
 * any), if the document has unsaved changes (cancelling the
 * scheduled save).  Failures are returned, not signalled. */
gboolean        kaynak_autosave_flush        (KaynakAutosave *self,
                                              GError        **error);
/* Cancels the scheduled save and deletes the draft: the user closed the
 * document without saving, on purpose.  Failures go to "error". */
void            kaynak_autosave_discard      (KaynakAutosave *self);

G_END_DECLS
