/* kaynak-history.c: undo and redo in steps of (before, after) states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-history.h"

typedef struct
{
  guint     kind;
  char     *id;
  GObject  *before;
  GObject  *after;
  guint     position;
} Edit;

/* One undo step: the edits of one outermost group, in the order made */
typedef struct
{
  GPtrArray *edits;
  /* kaynak_history_set_merge_key(), or NULL */
  char      *merge_key;
} Step;

struct _KaynakHistory
{
  KaynakHistoryApply  apply;
  gpointer            user_data;

  GPtrArray          *undo_stack;
  GPtrArray          *redo_stack;
  Step               *open_step;
  guint               group_depth;
  /* The saved state is the one after the first saved_depth steps of the
   * undo stack, when saved_valid */
  guint               saved_depth;
  guint               saved_valid : 1;
  guint               applying : 1;
  /* The top of the undo stack may take in the next step of its merge key:
   * nothing was undone, redone or saved since it was recorded */
  guint               merge_open : 1;
};

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->id);
  g_clear_object (&edit->before);
  g_clear_object (&edit->after);
  g_free (edit);
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->edits);
  g_free (step->merge_key);
  g_free (step);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->edits = g_ptr_array_new_with_free_func (edit_free);
  return step;
}

KaynakHistory *
kaynak_history_new (KaynakHistoryApply apply,
                    gpointer           user_data)
{
  KaynakHistory *self;

  g_return_val_if_fail (apply != NULL, NULL);

  self = g_new0 (KaynakHistory, 1);
  self->apply = apply;
  self->user_data = user_data;
  self->undo_stack = g_ptr_array_new_with_free_func (step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (step_free);
  self->saved_valid = TRUE;
  return self;
}

void
kaynak_history_free (KaynakHistory *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);
  g_clear_pointer (&self->open_step, step_free);
  g_free (self);
}

/* --- Groups ------------------------------------------------------------- */

/* The edit of @step on the same object as @edit, or NULL */
static Edit *
find_edit (Step *step,
           Edit *edit)
{
  for (guint i = 0; i < step->edits->len; i++)
    {
      Edit *other = g_ptr_array_index (step->edits, i);

      if (other->kind == edit->kind && g_strcmp0 (other->id, edit->id) == 0)
        return other;
    }
  return NULL;
}

/* Merges @step into the top of the undo stack when both belong to one run
 * of typing (kaynak_history_set_merge_key()) and change the same objects,
 * each of them changed (not added or removed) in both */
static gboolean
merge_into_top (KaynakHistory *self,
                Step          *step)
{
  Step *top;

  if (step->merge_key == NULL || !self->merge_open || self->undo_stack->len == 0 ||
      self->redo_stack->len > 0)
    return FALSE;

  top = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  if (g_strcmp0 (top->merge_key, step->merge_key) != 0 || top->edits->len != step->edits->len)
    return FALSE;

  for (guint i = 0; i < step->edits->len; i++)
    {
      Edit *edit = g_ptr_array_index (step->edits, i);
      Edit *older = find_edit (top, edit);

      if (older == NULL || edit->before == NULL || edit->after == NULL ||
          older->before == NULL || older->after == NULL)
        return FALSE;
    }

  for (guint i = 0; i < step->edits->len; i++)
    {
      Edit *edit = g_ptr_array_index (step->edits, i);
      Edit *older = find_edit (top, edit);

      g_set_object (&older->after, edit->after);
    }
  return TRUE;
}

void
kaynak_history_set_merge_key (KaynakHistory *self,
                              const char    *key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->open_step != NULL);

  g_free (self->open_step->merge_key);
  self->open_step->merge_key = g_strdup (key);
}

void
kaynak_history_begin_group (KaynakHistory *self)
{
  g_return_if_fail (self != NULL);

  if (self->group_depth++ == 0)
    self->open_step = step_new ();
}

gboolean
kaynak_history_end_group (KaynakHistory *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->group_depth > 0, FALSE);

  if (--self->group_depth > 0)
    return FALSE;

  step = g_steal_pointer (&self->open_step);
  if (step->edits->len == 0)
    {
      step_free (step);
      return FALSE;
    }

  if (merge_into_top (self, step))
    {
      step_free (step);
      return TRUE;
    }

  /* A new change forks history: what was undone cannot be redone, and if
   * the saved state was among it, it can no longer be reached. */
  if (self->redo_stack->len > 0)
    {
      if (self->saved_depth > self->undo_stack->len)
        self->saved_valid = FALSE;
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  g_ptr_array_add (self->undo_stack, step);
  self->merge_open = step->merge_key != NULL;

  return TRUE;
}

gboolean
kaynak_history_in_group (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->group_depth > 0;
}

void
kaynak_history_record (KaynakHistory *self,
                       guint          kind,
                       const char    *id,
                       GObject       *before,
                       GObject       *after,
                       guint          position)
{
  Edit *edit;

  g_return_if_fail (self != NULL);
  /* Changes made by applying a step are that step, not new ones */
  g_assert (!self->applying);
  g_assert (self->open_step != NULL);

  edit = g_new0 (Edit, 1);
  edit->kind = kind;
  edit->id = g_strdup (id);
  edit->before = before != NULL ? g_object_ref (before) : NULL;
  edit->after = after != NULL ? g_object_ref (after) : NULL;
  edit->position = position;
  g_ptr_array_add (self->open_step->edits, edit);
}

/* --- Undo and redo ------------------------------------------------------ */

gboolean
kaynak_history_get_can_undo (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->undo_stack->len > 0;
}

gboolean
kaynak_history_get_can_redo (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->redo_stack->len > 0;
}

/* Takes the last step of @from, applies it, and puts it on @to */
static gboolean
travel (KaynakHistory *self,
        GPtrArray     *from,
        GPtrArray     *to,
        gboolean       backwards)
{
  Step *step;

  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  self->merge_open = FALSE;

  self->applying = TRUE;
  for (guint i = 0; i < step->edits->len; i++)
    {
      guint index = backwards ? step->edits->len - 1 - i : i;
      Edit *edit = g_ptr_array_index (step->edits, index);

      self->apply (self->user_data, edit->kind, edit->id,
                   backwards ? edit->before : edit->after, edit->position);
    }
  self->applying = FALSE;

  g_ptr_array_add (to, step);
  return TRUE;
}

gboolean
kaynak_history_undo (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return travel (self, self->undo_stack, self->redo_stack, TRUE);
}

gboolean
kaynak_history_redo (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return travel (self, self->redo_stack, self->undo_stack, FALSE);
}

void
kaynak_history_drop_redo (KaynakHistory *self)
{
  g_return_if_fail (self != NULL);

  if (self->redo_stack->len > 0)
    g_ptr_array_set_size (self->redo_stack, self->redo_stack->len - 1);
}

gboolean
kaynak_history_is_applying (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->applying;
}

void
kaynak_history_clear (KaynakHistory *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->group_depth == 0);

  self->saved_valid = kaynak_history_is_at_saved (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->saved_depth = 0;
  self->merge_open = FALSE;
}

/* --- The saved state ---------------------------------------------------- */

void
kaynak_history_mark_saved (KaynakHistory *self)
{
  g_return_if_fail (self != NULL);

  self->saved_depth = self->undo_stack->len;
  self->saved_valid = TRUE;
  /* Merging into the saved step would change the saved state */
  self->merge_open = FALSE;
}

void
kaynak_history_mark_unsaved (KaynakHistory *self)
{
  g_return_if_fail (self != NULL);

  self->saved_valid = FALSE;
}

gboolean
kaynak_history_is_at_saved (KaynakHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->saved_valid && self->saved_depth == self->undo_stack->len;
}
