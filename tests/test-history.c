/* test-history.c: the undo history on its own: groups as steps, the order
 * undo and redo hand states back in, forks, and where the saved state is.
 *
 * The owner here is a toy: objects by id, each state a GObject carrying a
 * number, and a log of every state the history applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-history.h"

typedef struct
{
  KaynakHistory *history;
  /* id → current state (GObject), absent when the object is */
  GHashTable    *objects;
  /* "kind:id=value position" of each state applied, ";"-separated */
  GString       *log;
  gboolean       applying_seen;
} Fixture;

static GObject *
state_new (int value)
{
  GObject *state = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (state, "value", GINT_TO_POINTER (value));
  return state;
}

static int
state_value (GObject *state)
{
  return GPOINTER_TO_INT (g_object_get_data (state, "value"));
}

static void
apply (gpointer    user_data,
       guint       kind,
       const char *id,
       GObject    *state,
       guint       position)
{
  Fixture *f = user_data;

  f->applying_seen |= kaynak_history_is_applying (f->history);
  if (f->log->len > 0)
    g_string_append_c (f->log, ';');
  if (state != NULL)
    {
      g_string_append_printf (f->log, "%u:%s=%d@%u", kind, id, state_value (state), position);
      g_hash_table_replace (f->objects, g_strdup (id), g_object_ref (state));
    }
  else
    {
      g_string_append_printf (f->log, "%u:%s=gone@%u", kind, id, position);
      g_hash_table_remove (f->objects, id);
    }
}

/* What the owner does for a change: record it and make it */
static void
change (Fixture    *f,
        const char *id,
        int         value)
{
  GObject *before = g_hash_table_lookup (f->objects, id);
  g_autoptr(GObject) after = value >= 0 ? state_new (value) : NULL;

  kaynak_history_record (f->history, 1, id, before, after, (guint) value);
  if (after != NULL)
    g_hash_table_replace (f->objects, g_strdup (id), g_object_ref (after));
  else
    g_hash_table_remove (f->objects, id);
}

/* One change in a group of its own */
static void
step (Fixture    *f,
      const char *id,
      int         value)
{
  kaynak_history_begin_group (f->history);
  change (f, id, value);
  g_assert_true (kaynak_history_end_group (f->history));
}

static int
value_of (Fixture    *f,
          const char *id)
{
  GObject *state = g_hash_table_lookup (f->objects, id);

  return state != NULL ? state_value (state) : -1;
}

static void
clear_log (Fixture *f)
{
  g_string_truncate (f->log, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->history = kaynak_history_new (apply, f);
  f->objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  f->log = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->history, kaynak_history_free);
  g_clear_pointer (&f->objects, g_hash_table_unref);
  g_string_free (f->log, TRUE);
}

static void
test_fresh (Fixture       *f,
            gconstpointer  data)
{
  g_assert_false (kaynak_history_get_can_undo (f->history));
  g_assert_false (kaynak_history_get_can_redo (f->history));
  g_assert_false (kaynak_history_undo (f->history));
  g_assert_false (kaynak_history_redo (f->history));
  g_assert_true (kaynak_history_is_at_saved (f->history));
  g_assert_false (kaynak_history_in_group (f->history));
  g_assert_false (kaynak_history_is_applying (f->history));
}

/* Nested groups make one step; undo hands the "before" states back last
 * first, redo the "after" states first first */
static void
test_group_is_one_step (Fixture       *f,
                        gconstpointer  data)
{
  kaynak_history_begin_group (f->history);
  change (f, "a", 1);
  kaynak_history_begin_group (f->history);
  g_assert_true (kaynak_history_in_group (f->history));
  change (f, "b", 2);
  g_assert_false (kaynak_history_end_group (f->history));
  change (f, "a", 3);
  g_assert_true (kaynak_history_end_group (f->history));
  g_assert_false (kaynak_history_in_group (f->history));

  g_assert_true (kaynak_history_get_can_undo (f->history));
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_cmpstr (f->log->str, ==, "1:a=1@3;1:b=gone@2;1:a=gone@1");
  g_assert_cmpint (value_of (f, "a"), ==, -1);
  g_assert_cmpint (value_of (f, "b"), ==, -1);
  g_assert_false (kaynak_history_get_can_undo (f->history));
  g_assert_true (kaynak_history_get_can_redo (f->history));
  g_assert_true (f->applying_seen);
  g_assert_false (kaynak_history_is_applying (f->history));

  clear_log (f);
  g_assert_true (kaynak_history_redo (f->history));
  g_assert_cmpstr (f->log->str, ==, "1:a=1@1;1:b=2@2;1:a=3@3");
  g_assert_cmpint (value_of (f, "a"), ==, 3);
  g_assert_cmpint (value_of (f, "b"), ==, 2);
  g_assert_false (kaynak_history_redo (f->history));
}

/* The very objects recorded come back, not copies */
static void
test_states_are_the_recorded_objects (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GObject) added = state_new (7);

  kaynak_history_begin_group (f->history);
  kaynak_history_record (f->history, 4, "x", NULL, added, 12);
  g_assert_true (kaynak_history_end_group (f->history));

  g_assert_true (kaynak_history_undo (f->history));
  g_assert_true (kaynak_history_redo (f->history));
  g_assert_cmpstr (f->log->str, ==, "4:x=gone@12;4:x=7@12");
  g_assert_true (g_hash_table_lookup (f->objects, "x") == added);
}

static void
test_empty_group_adds_nothing (Fixture       *f,
                               gconstpointer  data)
{
  step (f, "a", 1);
  g_assert_true (kaynak_history_undo (f->history));

  kaynak_history_begin_group (f->history);
  kaynak_history_begin_group (f->history);
  g_assert_false (kaynak_history_end_group (f->history));
  g_assert_false (kaynak_history_end_group (f->history));

  /* ...and so does not fork: what was undone can still be redone */
  g_assert_false (kaynak_history_get_can_undo (f->history));
  g_assert_true (kaynak_history_get_can_redo (f->history));
}

static void
test_new_step_drops_redo (Fixture       *f,
                          gconstpointer  data)
{
  step (f, "a", 1);
  step (f, "a", 2);
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, 1);

  step (f, "b", 5);
  g_assert_false (kaynak_history_get_can_redo (f->history));
  g_assert_false (kaynak_history_redo (f->history));

  g_assert_true (kaynak_history_undo (f->history));
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_false (kaynak_history_undo (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, -1);
  g_assert_cmpint (value_of (f, "b"), ==, -1);
}

static void
test_saved_state (Fixture       *f,
                  gconstpointer  data)
{
  step (f, "a", 1);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_mark_saved (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));

  /* Away and back, both ways */
  step (f, "a", 2);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_undo (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));
  kaynak_history_undo (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_redo (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));

  /* Undo past the saved state, then a new step: it is gone for good */
  kaynak_history_undo (f->history);
  step (f, "b", 3);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_undo (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_redo (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));

  /* A new save point is reachable again */
  kaynak_history_mark_saved (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));
}

/* A fork after the saved state (the saved step still on the undo stack)
 * keeps it reachable */
static void
test_fork_after_saved_state (Fixture       *f,
                             gconstpointer  data)
{
  step (f, "a", 1);
  kaynak_history_mark_saved (f->history);
  step (f, "a", 2);
  kaynak_history_undo (f->history);
  step (f, "a", 3);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_undo (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));
}

static void
test_mark_unsaved (Fixture       *f,
                   gconstpointer  data)
{
  kaynak_history_mark_saved (f->history);
  step (f, "a", 1);
  kaynak_history_mark_unsaved (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  kaynak_history_undo (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));

  kaynak_history_mark_saved (f->history);
  g_assert_true (kaynak_history_is_at_saved (f->history));
}

/* Clearing forgets the steps but not whether the state is the saved one */
static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  step (f, "a", 1);
  step (f, "a", 2);
  kaynak_history_undo (f->history);
  kaynak_history_mark_saved (f->history);

  kaynak_history_clear (f->history);
  g_assert_false (kaynak_history_get_can_undo (f->history));
  g_assert_false (kaynak_history_get_can_redo (f->history));
  g_assert_true (kaynak_history_is_at_saved (f->history));

  /* Not at the saved state when cleared: never again until saved */
  step (f, "a", 3);
  kaynak_history_clear (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  step (f, "a", 4);
  kaynak_history_undo (f->history);
  g_assert_false (kaynak_history_is_at_saved (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, 3);
}

/* Steps of one merge key that follow each other are one step; anything
 * between (another step, undo, saving) starts a new one */
static void
test_merge_key (Fixture       *f,
                gconstpointer  data)
{
  step (f, "a", 0);
  for (int value = 1; value <= 3; value++)
    {
      kaynak_history_begin_group (f->history);
      kaynak_history_set_merge_key (f->history, "note a");
      change (f, "a", value);
      g_assert_true (kaynak_history_end_group (f->history));
    }
  g_assert_cmpint (value_of (f, "a"), ==, 3);
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, 0);
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_false (kaynak_history_get_can_undo (f->history));
  g_assert_true (kaynak_history_redo (f->history));
  g_assert_true (kaynak_history_redo (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, 3);

  /* After a redo, the run does not go on */
  kaynak_history_begin_group (f->history);
  kaynak_history_set_merge_key (f->history, "note a");
  change (f, "a", 4);
  g_assert_true (kaynak_history_end_group (f->history));
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_cmpint (value_of (f, "a"), ==, 3);
  g_assert_true (kaynak_history_redo (f->history));

  /* Another key, or another object, is another step */
  kaynak_history_begin_group (f->history);
  kaynak_history_set_merge_key (f->history, "note b");
  change (f, "a", 5);
  g_assert_true (kaynak_history_end_group (f->history));
  kaynak_history_begin_group (f->history);
  kaynak_history_set_merge_key (f->history, "note b");
  change (f, "b", 1);
  g_assert_true (kaynak_history_end_group (f->history));
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_cmpint (value_of (f, "b"), ==, -1);
  g_assert_cmpint (value_of (f, "a"), ==, 5);
  g_assert_true (kaynak_history_redo (f->history));

  /* Saving ends the run: the saved state stays reachable */
  kaynak_history_mark_saved (f->history);
  kaynak_history_begin_group (f->history);
  kaynak_history_set_merge_key (f->history, "note b");
  change (f, "b", 2);
  g_assert_true (kaynak_history_end_group (f->history));
  g_assert_false (kaynak_history_is_at_saved (f->history));
  g_assert_true (kaynak_history_undo (f->history));
  g_assert_true (kaynak_history_is_at_saved (f->history));
  g_assert_cmpint (value_of (f, "b"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kaynak/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fresh-has-nothing-to-undo", test_fresh);
  ADD ("nested-groups-are-one-step", test_group_is_one_step);
  ADD ("undo-brings-back-the-recorded-objects", test_states_are_the_recorded_objects);
  ADD ("empty-group-adds-nothing", test_empty_group_adds_nothing);
  ADD ("new-step-drops-redo", test_new_step_drops_redo);
  ADD ("saved-state-lost-by-a-fork-before-it", test_saved_state);
  ADD ("saved-state-kept-by-a-fork-after-it", test_fork_after_saved_state);
  ADD ("unknown-saved-state-is-never-reached", test_mark_unsaved);
  ADD ("clear-keeps-whether-saved", test_clear);
  ADD ("steps-of-one-run-of-typing-merge", test_merge_key);

#undef ADD

  return g_test_run ();
}
