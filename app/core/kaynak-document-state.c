/* kaynak-document-state.c: the article's state of work (new, in progress,
 * done, reviewed; kaynak-article-state.h), an undoable part of the
 * document like its details.
 *
 * The history keeps objects, so a state is recorded as a small object
 * holding it (StateStep, private to this file).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-document-impl.h"

#define STATE_ID "state"

#define STATE_TYPE_STEP (state_step_get_type ())
G_DECLARE_FINAL_TYPE (StateStep, state_step, STATE, STEP, GObject)

struct _StateStep
{
  GObject            parent_instance;
  KaynakArticleState state;
};

G_DEFINE_FINAL_TYPE (StateStep, state_step, G_TYPE_OBJECT)

static void
state_step_class_init (StateStepClass *klass)
{
}

static void
state_step_init (StateStep *self)
{
}

static GObject *
state_step_new (KaynakArticleState state)
{
  StateStep *step = g_object_new (STATE_TYPE_STEP, NULL);

  step->state = state;
  return G_OBJECT (step);
}

KaynakArticleState
kaynak_document_get_state (KaynakDocument *self)
{
  g_return_val_if_fail (KAYNAK_IS_DOCUMENT (self), KAYNAK_ARTICLE_STATE_NEW);
  return self->state;
}

/* Records the change to @state in the open group and makes it */
static void
record_state (KaynakDocument     *self,
              KaynakArticleState  state)
{
  g_autoptr(GObject) before = state_step_new (self->state);
  g_autoptr(GObject) after = state_step_new (state);

  _kaynak_document_record (self, EDIT_STATE, STATE_ID, before, after, 0);
  self->state = state;
}

void
kaynak_document_set_state (KaynakDocument     *self,
                           KaynakArticleState  state)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  g_return_if_fail ((guint) state < KAYNAK_N_ARTICLE_STATES);

  if (self->state == state)
    return;
  kaynak_document_begin_group (self);
  record_state (self, state);
  /* "changed" comes with the end of the group */
  kaynak_document_end_group (self);
}

void
_kaynak_document_claim_added (KaynakDocument *self)
{
  /* The first claim made starts the work: a new article is in progress
   * from then on, in the same undo step, so undoing the claim makes it new
   * again.  Done and reviewed stay as the user set them. */
  if (self->state == KAYNAK_ARTICLE_STATE_NEW)
    record_state (self, KAYNAK_ARTICLE_STATE_IN_PROGRESS);
}

void
_kaynak_document_apply_state_step (KaynakDocument *self,
                                   GObject        *state)
{
  g_return_if_fail (STATE_IS_STEP (state));
  self->state = STATE_STEP (state)->state;
}

void
_kaynak_document_load_state (KaynakDocument     *self,
                             KaynakArticleState  state)
{
  g_return_if_fail (KAYNAK_IS_DOCUMENT (self));
  self->state = state;
}
