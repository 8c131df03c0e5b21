/* kaynak-history.h: an unbounded undo and redo history of changes to
 * objects known by id, and where in it the saved state lies.
 *
 * Every change is recorded as (kind, id, before, after, position): the
 * state of one object before and after it.  NULL before means the object
 * was added, NULL after means it was removed.  The kinds, and what a state
 * is, belong to the owner (KaynakDocument records claims, sources and
 * links); the history only keeps them in order and hands them back.
 *
 * Changes recorded between kaynak_history_begin_group() and the matching
 * kaynak_history_end_group() are one step (groups nest).  Undo hands back
 * each change's "before" in reverse order, redo each "after" in order,
 * through the apply function given at creation.  A new step after an undo
 * forks history: the undone steps cannot be redone.
 *
 * The history also knows whether the owner stands where it was last saved
 * (kaynak_history_mark_saved()); a saved state that was undone and then
 * forked away from can never be reached again.
 *
 * Not thread-safe, no signals: the owner asks before and after and tells
 * its own listeners (like GtkTextHistory for GtkTextBuffer).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KaynakHistory KaynakHistory;

/* Brings the object @id of @kind to @state (NULL: the object is absent);
 * @position is what was recorded with the change (e.g. where the object
 * stood in its list). */
typedef void (*KaynakHistoryApply) (gpointer    user_data,
                                    guint       kind,
                                    const char *id,
                                    GObject    *state,
                                    guint       position);

KaynakHistory *kaynak_history_new            (KaynakHistoryApply  apply,
                                              gpointer            user_data);
void           kaynak_history_free           (KaynakHistory      *self);

void           kaynak_history_begin_group    (KaynakHistory      *self);
/* Closes a group.  Returns TRUE when it closed the outermost group and
 * that group recorded something, i.e. a step was added; an empty group
 * adds nothing. */
gboolean       kaynak_history_end_group      (KaynakHistory      *self);
gboolean       kaynak_history_in_group       (KaynakHistory      *self);
/* Marks the open step as part of a run of typing known by @key (e.g. the
 * note of one claim in one spell of typing).  When the step closes right
 * after a step of the same key, with nothing recorded, undone, redone or
 * saved in between, and it changes the same objects, it is merged into
 * that step: its "before" stays, its "after" becomes the new one, so undo
 * takes back the whole run at once, as a text editor undoes words rather
 * than letters.  kaynak_history_end_group() returns TRUE for a merge too. */
void           kaynak_history_set_merge_key  (KaynakHistory      *self,
                                              const char         *key);

/* Records one change in the open group (there must be one, and no undo
 * or redo may be running).  @before and @after are referenced. */
void           kaynak_history_record         (KaynakHistory      *self,
                                              guint               kind,
                                              const char         *id,
                                              GObject            *before,
                                              GObject            *after,
                                              guint               position);

gboolean       kaynak_history_get_can_undo   (KaynakHistory      *self);
gboolean       kaynak_history_get_can_redo   (KaynakHistory      *self);
/* Each applies one step and returns TRUE, or FALSE when there is nothing
 * to undo / redo.  Not inside a group. */
gboolean       kaynak_history_undo           (KaynakHistory      *self);
gboolean       kaynak_history_redo           (KaynakHistory      *self);
/* Forgets the step redo would apply next, if any: a change that failed
 * half-way is undone and then not offered to redo
 * (kaynak-document-disagreements.c) */
void           kaynak_history_drop_redo      (KaynakHistory      *self);
/* TRUE while undo or redo applies a step */
gboolean       kaynak_history_is_applying    (KaynakHistory      *self);

/* Forgets every step.  Whether the owner stands at its saved state does
 * not change; if it does not, that state can no longer be reached. */
void           kaynak_history_clear          (KaynakHistory      *self);

/* The current state is the saved one */
void           kaynak_history_mark_saved     (KaynakHistory      *self);
/* The saved state is unknown (e.g. the file changed on disk): no undo or
 * redo reaches it until the next kaynak_history_mark_saved() */
void           kaynak_history_mark_unsaved   (KaynakHistory      *self);
/* Whether undo and redo have brought the owner back to the saved state */
gboolean       kaynak_history_is_at_saved    (KaynakHistory      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaynakHistory, kaynak_history_free)

G_END_DECLS
