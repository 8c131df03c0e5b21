/* kaynak-test-hooks.h: the switches only tests turn.
 *
 * Each makes a failure or a limit reachable without a real crash, a full
 * disk or a file of a gigabyte: a kill at a chosen step of a write, a
 * failure just before a rename, lower budgets for what the loader lets
 * json-glib build.  Kept apart from the API so that no caller mistakes
 * one for a feature: the app never sets them, and the command line
 * reaches the kill hook only through KAYNAK_TEST_KILL_IMPORT_AT, for its
 * own tests.  Where each acts is named beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kaynak-types.h"

G_BEGIN_DECLS

/* --- The kill hook (kaynak-temp-file.c) ------------------------------------ */

/* The steps of a write, in order. */
typedef enum {
  KAYNAK_FILE_SAVE_STEP_NONE,
  KAYNAK_FILE_SAVE_STEP_CREATED,  /* the temporary file exists, empty */
  KAYNAK_FILE_SAVE_STEP_CHUNK,    /* chunk k of the data is written */
  KAYNAK_FILE_SAVE_STEP_SYNCED,   /* fsync of the temporary file done */
  KAYNAK_FILE_SAVE_STEP_CLOSED,   /* the temporary file is closed */
  KAYNAK_FILE_SAVE_STEP_RENAMED,  /* renamed over the target; the folder is not synced yet */
  /* a batch of new files (kaynak-file-batch.h) */
  KAYNAK_FILE_SAVE_STEP_JOURNALED, /* every file staged, the journal written */
  KAYNAK_FILE_SAVE_STEP_PLACED,    /* file k renamed into place */
  KAYNAK_FILE_SAVE_STEP_COMMITTED, /* the journal removed: the batch is in place */
} KaynakFileSaveStep;

/* At most this many chunks when the kill hook is set */
#define KAYNAK_FILE_SAVE_CHUNKS 64

/* In a forked child: the next local kaynak_file_write_atomic() raises
 * SIGKILL right after @step, as a crash or kill -9 would land there.  For
 * KAYNAK_FILE_SAVE_STEP_CHUNK the data is then written in
 * _kaynak_file_count_save_chunks() pieces and the kill comes after piece
 * @chunk (1-based; the last one means every byte is written, not synced).
 * For the other steps @chunk is which time the step is reached (0 or 1:
 * the first), e.g. the second file of a batch put in place.
 * KAYNAK_FILE_SAVE_STEP_NONE turns the hook off. */
void  _kaynak_file_set_kill_at        (KaynakFileSaveStep step,
                                       guint              chunk);

/* How many pieces a save of @length bytes is written in when the kill hook
 * is at KAYNAK_FILE_SAVE_STEP_CHUNK: @length / 64 bytes each, rounded up,
 * so at most KAYNAK_FILE_SAVE_CHUNKS (none for an empty file). */
guint _kaynak_file_count_save_chunks  (gsize              length);

/* The points where the hook acts, called by the writers
 * (kaynak-temp-file.c, kaynak-file-batch.c): SIGKILL when the hook is
 * at @step and this is the occurrence it waits for, one comparison of a
 * static variable otherwise. */
void     _kaynak_file_kill_point   (KaynakFileSaveStep step);
/* The kill hook's step and chunk (KAYNAK_FILE_SAVE_STEP_NONE: off) */
KaynakFileSaveStep _kaynak_file_kill_step (guint *chunk);

/* --- Failures and names (kaynak-atomic-file.c, kaynak-temp-file.c) --------- */

/* When set, kaynak_file_write_atomic() fails with an error after writing
 * and syncing the temporary file and before the rename, as a crash or
 * full disk would at that point. */
void  _kaynak_file_set_fail_before_rename (gboolean fail);

/* The next temporary file tries @name first (NULL: random names again),
 * so that a test can plant a link where it will be made. */
void  _kaynak_atomic_file_set_next_temp_name (const char *name);

/* --- Budgets (kaynak-file-parse.c, kaynak-json-guard.c) -------------------- */

/* Lowers the budgets of values that loading allows: those json-glib
 * builds at once, with its lists and objects, and those of all the
 * claims, so that a test need not make tens of megabytes to go over
 * them; 0 restores a default. */
void  _kaynak_file_set_budgets      (guint64 tree_values,
                                     guint64 tree_containers,
                                     guint64 claims_values);
/* The first two of them, for every JSON Kaynak reads (0: the default) */
void  _kaynak_json_guard_set_budget (guint64 values,
                                     guint64 containers);

/* --- Claims read without trees (kaynak-file.c, kaynak-claims-reader.c) --- */

/* FALSE: every claim is read through its json-glib tree, as before the
 * claims reader, so that a test can compare the two on the same file
 * (TRUE, the default, restores it) */
void  _kaynak_file_set_claims_reader (gboolean enabled);

/* --- Claims written without trees (kaynak-file-serialize.c,
 * kaynak-claims-writer.c) ------------------------------------------------ */

/* FALSE: every claim is generated through its json-glib tree, as before
 * the claims writer, so that a test or a benchmark can compare the two
 * (TRUE, the default, restores it) */
void  _kaynak_file_set_claims_writer (gboolean enabled);

/* --- Writes off the main thread (kaynak-background-write.c,
 * kaynak-disk-watch.c) -------------------------------------------------- */

/* Every background write waits @delay_ms on its worker before it starts
 * (0: none), so that a test can close or quit while one is in flight */
void  _kaynak_background_write_set_delay (guint delay_ms);
/* When set, a disk watch made from now on has no file monitor, as in the
 * Flatpak sandbox where the document portal sends no events: only the
 * checks on focus and before a save see another program's change */
void  _kaynak_disk_watch_set_monitor_disabled (gboolean disabled);

/* --- The serialiser's reference (kaynak-file-serialize.c) ------------------ */

/* The document generated by json-glib as one tree: the reference that
 * kaynak_file_serialize(), which generates claim by claim, must match
 * byte for byte. */
GBytes *_kaynak_file_serialize_tree (KaynakDocument *document);

G_END_DECLS
