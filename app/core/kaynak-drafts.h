/* kaynak-drafts.h: autosaved drafts, so a crash or a kill loses at most
 * the last few seconds of work.
 *
 * One draft per open document, named by an id the caller makes when it
 * opens the document (kaynak_drafts_new_id(), a UUID) and keeps for as
 * long as the document is open.  A draft is an ordinary .kaynak.json file
 * (the exact bytes kaynak_file_serialize() makes) with one more top-level
 * member, which the loader ignores like any unknown field:
 *
 *   "draft" : { "id" : "…", "original" : "file:///…/haber.kaynak.json"
 *               or null, "saved" : "2026-11-29T14:22:10.123456Z",
 *               "stamp" : "…", "article" : "file:///…/haber.txt" }
 *
 * "article" (only when known) is the text file the document was made
 * from, so that a restored draft is still saved beside it by default.
 *
 * "stamp" (only with an original, and only when known) is the document's
 * file stamp: what the original looked like when the document was read
 * from it or last saved to it, so that a restored draft is never saved
 * over a change someone made to the original in the meantime.
 *
 * Drafts are written with kaynak_file_write_atomic(): a draft on disk is
 * always a whole one, the previous or the new.  The folder is
 * $XDG_STATE_HOME/kaynak/drafts (~/.local/state/kaynak/drafts) unless the
 * caller gives another (tests do).
 *
 * The window saves a draft a moment after each change, discards it after a
 * real save or when the user closes without saving, and at start-up offers
 * to restore what kaynak_drafts_list() finds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kaynak-document.h"

G_BEGIN_DECLS

#define KAYNAK_DRAFTS_SUFFIX ".kaynak.json"

/* What kaynak_drafts_list() found about one draft. */
typedef struct
{
  char      *id;
  GFile     *file;      /* the draft file itself */
  GFile     *original;  /* where the document was loaded from or saved to,
                         * or NULL for a document never saved */
  char      *original_stamp; /* what @original looked like then (see
                              * kaynak_disk_watch_stamp_file()), or NULL */
  GFile     *article;   /* the article the document was made from, or NULL */
  GDateTime *saved;     /* when the draft was written (UTC) */
  char      *title;     /* the document's title, may be "" */
  guint      n_claims;
  /* Non-NULL if the draft cannot be restored (damaged, from a newer
   * Kaynak…): say so and offer to discard it.  The other fields but id,
   * file and saved (taken from the file's time then) are empty. */
  GError    *error;
} KaynakDraftInfo;

void kaynak_draft_info_free (KaynakDraftInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakDraftInfo, kaynak_draft_info_free)

#define KAYNAK_TYPE_DRAFTS (kaynak_drafts_get_type ())

G_DECLARE_FINAL_TYPE (KaynakDrafts, kaynak_drafts, KAYNAK, DRAFTS, GObject)

/* The drafts in the user's state folder */
KaynakDrafts    *kaynak_drafts_new             (void);
/* The drafts in @folder (created on the first save) */
KaynakDrafts    *kaynak_drafts_new_for_folder  (GFile          *folder);
GFile           *kaynak_drafts_get_folder      (KaynakDrafts   *self);

/* A fresh id for a document being opened (a random UUID). */
char            *kaynak_drafts_new_id          (void);
/* TRUE if @id can name a draft: 1–64 ASCII letters, digits, '-' or '_'
 * (so it can never name a file outside the folder). */
gboolean         kaynak_drafts_id_is_valid     (const char     *id);

/* Writes the draft of @document under @id, replacing the previous one
 * atomically.  Does not change the document (it stays unsaved). */
gboolean         kaynak_drafts_save            (KaynakDrafts   *self,
                                                const char     *id,
                                                KaynakDocument *document,
                                                GError        **error);
/* The same, serialised and written on a worker thread from a snapshot
 * taken now (kaynak-background-write.h): the caller's main thread waits
 * for neither */
void             kaynak_drafts_save_async      (KaynakDrafts        *self,
                                                const char          *id,
                                                KaynakDocument      *document,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean         kaynak_drafts_save_finish     (KaynakDrafts   *self,
                                                GAsyncResult   *result,
                                                GError        **error);
/* Deletes the draft @id (and the temporary files of its saves that a
 * crash cut short).  A draft that does not exist is not an error. */
gboolean         kaynak_drafts_discard         (KaynakDrafts   *self,
                                                const char     *id,
                                                GError        **error);
/* Every draft in the folder, newest first.  Damaged drafts are listed
 * with their error set; they never make the listing fail.  Returns
 * (transfer full) a GPtrArray of KaynakDraftInfo. */
GPtrArray       *kaynak_drafts_list            (KaynakDrafts   *self);
/* Loads the draft @id: a document with the draft's claims, its "file" set
 * to the original location (NULL if it had none), its article file set to
 * the article's (if known), and marked modified, so
 * the user still has to save it.  Fails with G_IO_ERROR_NOT_FOUND when
 * there is no such draft, or with the loader's error. */
KaynakDocument  *kaynak_drafts_restore         (KaynakDrafts   *self,
                                                const char     *id,
                                                GError        **error);

G_END_DECLS
