/* test-ui-article-view.c: the article view drives the real model: tagging
 * by shortcut and by popover, highlights that cover exactly the claims,
 * overlaps, selection by click and keyboard, delete and undo.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kaynak-article-view.h"
#include "kaynak-document.h"
#include "kaynak-source.h"
#include "kaynak-source-library.h"
#include "kaynak-tag-popover.h"
#include "kaynak-test-scheme.h"
#include "kaynak-test-ui-util.h"

/* "üç binden fazla asker" in the seed article */
#define QUOTE_START 423
#define QUOTE_END   444

typedef struct
{
  KaynakDocument    *document;
  GtkWidget         *window;
  KaynakArticleView *view;
  guint              n_selected;
  KaynakClaim       *last_selected;
  guint              n_deleted;
  KaynakClaim       *last_deleted;
  guint              n_activated;
} Fixture;

static char *
load_sample (gsize *length)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  bytes = g_resources_lookup_data ("/io/github/kaynak/Kaynak/samples/seed-article.txt",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    {
      const char *data = g_bytes_get_data (bytes, length);

      return g_strndup (data, *length);
    }

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "seed-article.txt", NULL);
  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static void
on_claim_selected (KaynakArticleView *view,
                   KaynakClaim       *claim,
                   Fixture           *fixture)
{
  fixture->n_selected++;
  fixture->last_selected = claim;
}

static void
on_claim_deleted (KaynakArticleView *view,
                  KaynakClaim       *claim,
                  Fixture           *fixture)
{
  fixture->n_deleted++;
  g_set_object (&fixture->last_deleted, claim);
}

static void
on_claim_activated (KaynakArticleView *view,
                    KaynakClaim       *claim,
                    Fixture           *fixture)
{
  fixture->n_activated++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) scheme = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  text = load_sample (&length);
  fixture->document = kaynak_document_new (text, (gssize) length);
  g_assert_cmpuint (kaynak_document_get_length (fixture->document), ==, 2017);

  scheme = kaynak_test_six_sources ();
  for (guint i = 0; i < scheme->len; i++)
    {
      g_autoptr(GError) error = NULL;

      kaynak_document_add_source (fixture->document, g_ptr_array_index (scheme, i), &error);
      g_assert_no_error (error);
    }

  fixture->view = KAYNAK_ARTICLE_VIEW (kaynak_article_view_new ());
  g_signal_connect (fixture->view, "claim-selected", G_CALLBACK (on_claim_selected), fixture);
  g_signal_connect (fixture->view, "claim-deleted", G_CALLBACK (on_claim_deleted), fixture);
  g_signal_connect (fixture->view, "claim-activated", G_CALLBACK (on_claim_activated), fixture);
  kaynak_article_view_set_document (fixture->view, fixture->document);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  kaynak_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  kaynak_test_flush_events ();
  g_clear_object (&fixture->last_deleted);
  g_clear_object (&fixture->document);
}

static GtkTextTag *
lookup_tag (Fixture    *fixture,
            const char *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));

  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
}

static GtkTextTag *
source_tag (Fixture    *fixture,
            const char *source_id)
{
  g_autofree char *name = g_strconcat ("kaynak-source:", source_id, NULL);
  GtkTextTag *tag = lookup_tag (fixture, name);

  g_assert_nonnull (tag);
  return tag;
}

static gboolean
has_tag_at (Fixture    *fixture,
            GtkTextTag *tag,
            guint       offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* The tag covers [start, end) and neither neighbour */
static void
assert_covers_exactly (Fixture    *fixture,
                       GtkTextTag *tag,
                       guint       start,
                       guint       end)
{
  if (start > 0)
    g_assert_false (has_tag_at (fixture, tag, start - 1));
  for (guint i = start; i < end; i++)
    g_assert_true (has_tag_at (fixture, tag, i));
  g_assert_false (has_tag_at (fixture, tag, end));
}

static KaynakSource *
shortcut_source (Fixture *fixture,
                 guint    shortcut)
{
  KaynakSource *source = kaynak_document_lookup_shortcut (fixture->document, shortcut);

  g_assert_nonnull (source);
  return source;
}

static KaynakClaim *
press_digit (Fixture *fixture,
             guint    digit)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.tag-shortcut", "u", digit);
  kaynak_test_flush_events ();
  return kaynak_article_view_get_selected_claim (fixture->view);
}

static KaynakClaim *
add_claim (Fixture *fixture,
           guint    start,
           guint    end,
           guint    shortcut)
{
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;

  claim = kaynak_document_create_claim (fixture->document, start, end,
                                        kaynak_source_get_id (shortcut_source (fixture, shortcut)),
                                        &error);
  g_assert_no_error (error);
  g_assert_nonnull (claim);
  kaynak_test_flush_events ();
  return claim;
}

static void
test_text_is_the_article (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;
  g_autofree char *slice = NULL;

  buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 2017);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, QUOTE_START);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, QUOTE_END);
  slice = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_assert_cmpstr (slice, ==, "üç binden fazla asker");
  g_assert_false (gtk_text_view_get_editable (kaynak_article_view_get_text_view (fixture->view)));
  g_assert_true (gtk_text_view_get_cursor_visible (kaynak_article_view_get_text_view (fixture->view)));
}

/* Selections, including sloppy ones with white space around, all become
 * the claim 423–444 */
static void
test_tag_by_shortcut (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    guint start, end;
  } selections[] = {
    { QUOTE_START, QUOTE_END },
    { QUOTE_START - 1, QUOTE_END + 1 },   /* the spaces around it */
    { QUOTE_END, QUOTE_START },           /* selected backwards */
  };

  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      KaynakSource *source = shortcut_source (fixture, 1);
      GtkTextTag *tag = source_tag (fixture, kaynak_source_get_id (source));
      KaynakClaim *claim;
      guint start, end;

      kaynak_article_view_set_selection_range (fixture->view, selections[i].start, selections[i].end);
      g_assert_true (kaynak_article_view_get_selection_range (fixture->view, &start, &end));
      g_assert_cmpuint (start, ==, QUOTE_START);
      g_assert_cmpuint (end, ==, QUOTE_END);

      claim = press_digit (fixture, 1);
      g_assert_nonnull (claim);
      g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 1);
      g_assert_cmpuint (kaynak_claim_get_start (claim), ==, QUOTE_START);
      g_assert_cmpuint (kaynak_claim_get_end (claim), ==, QUOTE_END);
      g_assert_cmpstr (kaynak_claim_get_quote (claim), ==, "üç binden fazla asker");
      g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (source));

      /* Exactly those characters, by the iterator as the brief says too */
      g_assert_false (has_tag_at (fixture, tag, 422));
      g_assert_true (has_tag_at (fixture, tag, 423));
      g_assert_true (has_tag_at (fixture, tag, 443));
      g_assert_false (has_tag_at (fixture, tag, 444));
      assert_covers_exactly (fixture, tag, QUOTE_START, QUOTE_END);
      assert_covers_exactly (fixture, lookup_tag (fixture, "kaynak-selected"), QUOTE_START, QUOTE_END);
      g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-overlap"), 430));

      /* The selection is gone, the new claim is the selected one */
      g_assert_false (kaynak_article_view_get_selection_range (fixture->view, NULL, NULL));
      g_assert_true (fixture->last_selected == claim);
    }
}

static void
test_retag (Fixture       *fixture,
            gconstpointer  data)
{
  KaynakSource *one, *two, *three;
  KaynakClaim *claim, *again;

  one = shortcut_source (fixture, 1);
  two = shortcut_source (fixture, 2);
  three = shortcut_source (fixture, 3);

  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  claim = press_digit (fixture, 1);
  g_assert_nonnull (claim);

  /* Same range selected again: retag, no duplicate */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  again = press_digit (fixture, 2);
  g_assert_true (again == claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (two));
  assert_covers_exactly (fixture, source_tag (fixture, kaynak_source_get_id (two)), QUOTE_START, QUOTE_END);
  g_assert_false (has_tag_at (fixture, source_tag (fixture, kaynak_source_get_id (one)), 430));

  /* No text selection, a selected claim: the digit retags it */
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == claim);
  again = press_digit (fixture, 3);
  g_assert_true (again == claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 1);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (three));
  assert_covers_exactly (fixture, source_tag (fixture, kaynak_source_get_id (three)), QUOTE_START, QUOTE_END);

  /* Undo goes back to source 2, and the colour follows */
  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  assert_covers_exactly (fixture, source_tag (fixture, kaynak_source_get_id (two)), QUOTE_START, QUOTE_END);
  g_assert_false (has_tag_at (fixture, source_tag (fixture, kaynak_source_get_id (three)), 430));
}

static void
test_shortcut_without_source (Fixture       *fixture,
                              gconstpointer  data)
{
  /* The default scheme leaves 9 free */
  g_assert_null (kaynak_document_lookup_shortcut (fixture->document, 9));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  press_digit (fixture, 9);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);
  /* The selection stays for another try */
  g_assert_true (kaynak_article_view_get_selection_range (fixture->view, NULL, NULL));

  /* Only white space selected: nothing */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START - 1, QUOTE_START);
  press_digit (fixture, 1);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);
}

static void
test_overlap (Fixture       *fixture,
              gconstpointer  data)
{
  GtkTextTag *overlap, *tag_one, *tag_two;
  KaynakClaim *a, *b;

  overlap = lookup_tag (fixture, "kaynak-overlap");
  tag_one = source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 1)));
  tag_two = source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 2)));

  a = add_claim (fixture, QUOTE_START, QUOTE_END, 1);   /* 21 long */
  b = add_claim (fixture, 435, 470, 2);                 /* 35 long */

  assert_covers_exactly (fixture, overlap, 435, QUOTE_END);
  /* The shorter claim's colour shows where both cover */
  assert_covers_exactly (fixture, tag_one, QUOTE_START, QUOTE_END);
  assert_covers_exactly (fixture, tag_two, QUOTE_END, 470);

  /* A click picks the innermost claim */
  g_assert_true (kaynak_article_view_select_claim_at_offset (fixture->view, 440) == a);
  g_assert_true (kaynak_article_view_select_claim_at_offset (fixture->view, 450) == b);
  g_assert_true (kaynak_article_view_select_claim_at_offset (fixture->view, 430) == a);
  g_assert_true (fixture->last_selected == a);
  g_assert_null (kaynak_article_view_select_claim_at_offset (fixture->view, 10));
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  g_assert_null (fixture->last_selected);
  g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-selected"), 430));

  /* Removing one ends the overlap; the rest keeps its colour */
  {
    g_autoptr(GError) error = NULL;

    kaynak_document_remove_claim (fixture->document, kaynak_claim_get_id (a), &error);
    g_assert_no_error (error);
    kaynak_test_flush_events ();
  }
  g_assert_false (has_tag_at (fixture, overlap, 440));
  assert_covers_exactly (fixture, tag_two, 435, 470);
  g_assert_false (has_tag_at (fixture, tag_one, QUOTE_START));

  /* Nested: a claim inside another shows its own colour inside */
  a = add_claim (fixture, 440, 450, 1);
  assert_covers_exactly (fixture, tag_one, 440, 450);
  assert_covers_exactly (fixture, overlap, 440, 450);
  g_assert_true (has_tag_at (fixture, tag_two, 439));
  g_assert_true (has_tag_at (fixture, tag_two, 450));
}

static void
test_moved_claim (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkTextTag *tag;
  KaynakClaim *claim;

  tag = source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 1)));
  claim = add_claim (fixture, 100, 120, 1);
  kaynak_article_view_select_claim (fixture->view, claim);

  kaynak_document_set_claim_range (fixture->document, kaynak_claim_get_id (claim),
                                   QUOTE_START, QUOTE_END, &error);
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  g_assert_false (has_tag_at (fixture, tag, 110));
  assert_covers_exactly (fixture, tag, QUOTE_START, QUOTE_END);
  assert_covers_exactly (fixture, lookup_tag (fixture, "kaynak-selected"), QUOTE_START, QUOTE_END);
}

static void
test_next_previous (Fixture       *fixture,
                    gconstpointer  data)
{
  KaynakClaim *first, *second, *third;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  third = add_claim (fixture, 600, 610, 3);
  first = add_claim (fixture, 100, 110, 1);
  second = add_claim (fixture, QUOTE_START, QUOTE_END, 2);

  /* From the caret at the start */
  buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_false (kaynak_article_view_select_previous_claim (fixture->view));
  g_assert_true (kaynak_article_view_select_next_claim (fixture->view));
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == first);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.next-claim", NULL);
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == second);
  g_assert_true (fixture->last_selected == second);
  assert_covers_exactly (fixture, lookup_tag (fixture, "kaynak-selected"), QUOTE_START, QUOTE_END);
  g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-selected"), 105));

  g_assert_true (kaynak_article_view_select_next_claim (fixture->view));
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == third);
  g_assert_false (kaynak_article_view_select_next_claim (fixture->view));
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == third);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.previous-claim", NULL);
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == second);
  g_assert_true (kaynak_article_view_select_previous_claim (fixture->view));
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == first);

  /* From a caret in the middle, no claim selected */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.clear-selection", NULL);
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 500);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (kaynak_article_view_select_previous_claim (fixture->view));
  g_assert_true (kaynak_article_view_get_selected_claim (fixture->view) == second);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkTextTag *tag;
  KaynakClaim *claim;

  tag = source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 1)));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  claim = press_digit (fixture, 1);
  g_assert_nonnull (claim);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.activate-claim", NULL);
  g_assert_cmpuint (fixture->n_activated, ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.delete-claim", NULL);
  kaynak_test_flush_events ();
  g_assert_cmpuint (fixture->n_deleted, ==, 1);
  g_assert_true (fixture->last_deleted == claim);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  for (guint i = QUOTE_START - 1; i <= QUOTE_END; i++)
    {
      g_assert_false (has_tag_at (fixture, tag, i));
      g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-selected"), i));
    }

  /* Nothing selected: Delete and Enter do nothing */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.delete-claim", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.activate-claim", NULL);
  g_assert_cmpuint (fixture->n_deleted, ==, 1);
  g_assert_cmpuint (fixture->n_activated, ==, 1);

  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 1);
  assert_covers_exactly (fixture, tag, QUOTE_START, QUOTE_END);

  g_assert_true (kaynak_document_redo (fixture->document));
  kaynak_test_flush_events ();
  g_assert_false (has_tag_at (fixture, tag, 430));
}

static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  add_claim (fixture, 100, 110, 1);
  g_assert_nonnull (kaynak_article_view_select_claim_at_offset (fixture->view, 105));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.clear-selection", NULL);
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  g_assert_false (kaynak_article_view_get_selection_range (fixture->view, NULL, NULL));
}

static KaynakTagPopover *
find_popover (Fixture *fixture)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (KAYNAK_IS_TAG_POPOVER (child))
      return KAYNAK_TAG_POPOVER (child);

  g_assert_not_reached ();
  return NULL;
}

/* What the view's keys do with @keyval, as its shortcut controller would
 * on a key press: TRUE when the view took the key, FALSE when it goes on
 * to the text view (which binds Delete, Return, Escape and Menu itself). */
static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  modifiers)
{
  GtkWidget *text = GTK_WIDGET (kaynak_article_view_get_text_view (fixture->view));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (text);
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  GtkShortcutController *keys = NULL;
  gboolean handled;

  for (guint i = 0; keys == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          g_strcmp0 (gtk_event_controller_get_name (controller), "kaynak-article-keys") == 0)
        keys = GTK_SHORTCUT_CONTROLLER (controller);
    }
  g_assert_nonnull (keys);
  /* before the text view's own bindings */
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (keys)),
                   ==, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (keys)); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (keys), i);

      if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
        continue;

      handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                              GTK_SHORTCUT_ACTION_EXCLUSIVE, text,
                                              gtk_shortcut_get_arguments (shortcut));
      kaynak_test_flush_events ();
      return handled;
    }

  g_assert_not_reached ();
  return FALSE;
}

/* Keys with nothing to act on go on to the text view: Menu opens its
 * context menu, Return, Delete and Escape are its own */
static void
test_keys_pass_to_the_text_view (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const struct {
    guint           keyval;
    GdkModifierType modifiers;
  } idle_keys[] = {
    { GDK_KEY_Delete, 0 }, { GDK_KEY_KP_Delete, 0 },
    { GDK_KEY_Return, 0 }, { GDK_KEY_KP_Enter, 0 }, { GDK_KEY_ISO_Enter, 0 },
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_Menu, 0 }, { GDK_KEY_F10, GDK_SHIFT_MASK },
  };
  KaynakTagPopover *popover;
  KaynakClaim *claim;

  popover = find_popover (fixture);

  /* Nothing selected */
  for (guint i = 0; i < G_N_ELEMENTS (idle_keys); i++)
    g_assert_false (press_key (fixture, idle_keys[i].keyval, idle_keys[i].modifiers));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* The digits and Alt+arrows are always the view's (a bell when there is
   * nothing to tag or no claim to go to) */
  g_assert_true (press_key (fixture, GDK_KEY_1, 0));
  g_assert_true (press_key (fixture, GDK_KEY_KP_2, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_true (press_key (fixture, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);

  /* Only white space selected: nothing to tag, but Escape clears it.
   * (Each key right after the selection is made: another test on the same
   * display that selects text takes the PRIMARY selection, and GTK then
   * clears this one.) */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START - 1, QUOTE_START);
  g_assert_false (press_key (fixture, GDK_KEY_Menu, 0));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START - 1, QUOTE_START);
  g_assert_false (press_key (fixture, GDK_KEY_Delete, 0));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START - 1, QUOTE_START);
  g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
  g_assert_false (gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view))));
  g_assert_false (press_key (fixture, GDK_KEY_Escape, 0));

  /* Words selected: Menu and Shift+F10 open "Tag as…", a digit tags */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  g_assert_true (press_key (fixture, GDK_KEY_F10, GDK_SHIFT_MASK));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (GTK_POPOVER (popover));
  kaynak_test_flush_events ();
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  g_assert_true (press_key (fixture, GDK_KEY_1, 0));
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, QUOTE_START);

  /* A claim selected: Return, Menu and Delete are the view's */
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpuint (fixture->n_activated, ==, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Menu, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (GTK_POPOVER (popover));
  kaynak_test_flush_events ();
  g_assert_true (press_key (fixture, GDK_KEY_Delete, 0));
  g_assert_cmpuint (fixture->n_deleted, ==, 1);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);

  /* ...and once it is gone, the text view's again */
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  g_assert_false (press_key (fixture, GDK_KEY_Delete, 0));
  g_assert_false (press_key (fixture, GDK_KEY_Return, 0));
  g_assert_cmpuint (fixture->n_activated, ==, 1);

  /* Escape with a claim selected clears it, then lets go */
  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  /* (the caret is after the claim) */
  g_assert_true (press_key (fixture, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_nonnull (kaynak_article_view_get_selected_claim (fixture->view));
  g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
  g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
  g_assert_false (press_key (fixture, GDK_KEY_Escape, 0));
}

static void
test_popover (Fixture       *fixture,
              gconstpointer  data)
{
  KaynakTagPopover *popover;
  KaynakSource *four, *created;
  KaynakClaim *claim;
  guint n_sources;

  n_sources = g_list_model_get_n_items (kaynak_document_get_sources (fixture->document));
  popover = find_popover (fixture);
  four = shortcut_source (fixture, 4);

  /* Choose an existing source */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_signal_emit_by_name (popover, "source-chosen", four);
  kaynak_test_flush_events ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (four));

  /* "New source…" on another selection: a source and a claim, one undo */
  kaynak_article_view_set_selection_range (fixture->view, 100, 110);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  g_signal_emit_by_name (popover, "new-source", "Kremlin");
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (fixture->document)), ==, n_sources + 1);
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  g_assert_cmpuint (kaynak_claim_get_start (claim), ==, 100);
  created = kaynak_document_lookup_source (fixture->document, kaynak_claim_get_source_id (claim));
  g_assert_nonnull (created);
  g_assert_cmpstr (kaynak_source_get_label (created), ==, "Kremlin");
  g_assert_true (kaynak_color_is_valid (kaynak_source_get_color (created)));
  /* The six sources take 1–6 */
  g_assert_cmpuint (kaynak_source_get_shortcut (created), ==, 7);
  assert_covers_exactly (fixture, source_tag (fixture, kaynak_source_get_id (created)), 100, 110);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 2);

  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (fixture->document)), ==, n_sources);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 1);

  /* Nothing to tag: no popover */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.clear-selection", NULL);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

/* The source of each row of Tag as…, top to bottom */
static GPtrArray *
popover_order (KaynakTagPopover *popover)
{
  GtkWidget *list_box = kaynak_test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX);
  GPtrArray *order = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_ptr_array_add (order, g_object_get_data (G_OBJECT (row), "kaynak-source"));
  return order;
}

/* Tag as… lists the sources by key, then the others by use, most used
 * first; a name typed that is another name of a source tags with it */
static void
test_popover_order (Fixture       *fixture,
                    gconstpointer  data)
{
  KaynakTagPopover *popover = find_popover (fixture);
  KaynakSource *five = shortcut_source (fixture, 5);
  KaynakSource *six = shortcut_source (fixture, 6);
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(GPtrArray) order = NULL;
  const char *aliases[] = { "Sessizlik", NULL };
  KaynakClaim *claim;

  /* keys 5 and 6 taken away: those two come after the keyed four, in the
   * document's order while neither is used */
  changes = kaynak_source_copy (five);
  kaynak_source_set_shortcut (changes, 0);
  kaynak_source_set_aliases (changes, aliases);
  g_assert_true (kaynak_document_update_source (fixture->document, kaynak_source_get_id (five), changes, NULL));
  g_clear_object (&changes);
  changes = kaynak_source_copy (six);
  kaynak_source_set_shortcut (changes, 0);
  g_assert_true (kaynak_document_update_source (fixture->document, kaynak_source_get_id (six), changes, NULL));

  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  order = popover_order (popover);
  g_assert_cmpuint (order->len, ==, 6);
  g_assert_true (g_ptr_array_index (order, 3) == shortcut_source (fixture, 4));
  g_assert_true (g_ptr_array_index (order, 4) == five);
  g_assert_true (g_ptr_array_index (order, 5) == six);
  gtk_popover_popdown (GTK_POPOVER (popover));
  kaynak_test_flush_events ();

  /* the sixth used twice, the fifth not: the sixth comes first */
  g_assert_nonnull (kaynak_document_create_claim (fixture->document, 0, 5, kaynak_source_get_id (six), NULL));
  g_assert_nonnull (kaynak_document_create_claim (fixture->document, 10, 20, kaynak_source_get_id (six), NULL));
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  g_clear_pointer (&order, g_ptr_array_unref);
  order = popover_order (popover);
  g_assert_true (g_ptr_array_index (order, 0) == shortcut_source (fixture, 1));
  g_assert_true (g_ptr_array_index (order, 4) == six);
  g_assert_true (g_ptr_array_index (order, 5) == five);

  /* "sessizlik", the fifth's other name, tags with it: no new source */
  g_signal_emit_by_name (popover, "new-source", "SESSİZLİK");
  kaynak_test_flush_events ();
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  g_assert_cmpstr (kaynak_claim_get_source_id (claim), ==, kaynak_source_get_id (five));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (fixture->document)), ==, 6);
}

/* Every widget of @type under @root, depth first */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static guint
n_rows (GtkListBox *box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (box, n) != NULL)
    n++;
  return n;
}

/* As a name is typed into "New source…", Tag as… offers the library's
 * sources that match it by label or alias (in any case) and that the
 * document does not have; choosing one adds a copy with its kind and
 * aliases and tags, in one step; Enter on its whole name does the same */
static void
test_popover_offers_the_library (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char * const abd[] = { "ABD", NULL };
  KaynakSourceLibrary *library = kaynak_source_library_get_default ();
  KaynakTagPopover *popover = find_popover (fixture);
  g_autoptr(KaynakSource) us = kaynak_source_new ("united-states", "United States", "#1c71d8", 0,
                                                  KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  guint n_sources = g_list_model_get_n_items (kaynak_document_get_sources (fixture->document));
  GtkListBox *library_box;
  GtkEditable *entry;
  KaynakSource *taken;
  KaynakClaim *claim;

  kaynak_source_set_aliases (us, abd);
  g_assert_true (kaynak_source_library_remember (library, us, NULL));

  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  collect (GTK_WIDGET (popover), GTK_TYPE_ENTRY, entries);
  collect (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX, boxes);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpuint (boxes->len, ==, 2);
  entry = GTK_EDITABLE (g_ptr_array_index (entries, 0));
  library_box = g_ptr_array_index (boxes, 1);

  /* nothing typed, nothing offered; a name of the document's own, neither */
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (library_box)));
  gtk_editable_set_text (entry, "named");
  kaynak_test_flush_events ();
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (library_box)));

  gtk_editable_set_text (entry, "Abd");
  kaynak_test_flush_events ();
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (library_box)));
  g_assert_cmpuint (n_rows (library_box), ==, 1);
  g_signal_emit_by_name (library_box, "row-activated", gtk_list_box_get_row_at_index (library_box, 0));
  kaynak_test_flush_events ();

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (fixture->document)), ==, n_sources + 1);
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  taken = kaynak_document_lookup_source (fixture->document, kaynak_claim_get_source_id (claim));
  g_assert_nonnull (taken);
  g_assert_true (taken != us);
  g_assert_cmpstr (kaynak_source_get_label (taken), ==, "United States");
  g_assert_cmpint (kaynak_source_get_kind (taken), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);
  g_assert_cmpstrv (kaynak_source_get_aliases (taken), abd);

  /* one step takes back the source and the claim */
  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (kaynak_document_get_sources (fixture->document)), ==, n_sources);
  g_assert_cmpuint (kaynak_document_get_n_claims (fixture->document), ==, 0);

  /* Enter on the library source's name, in capitals: that source, not a
   * bare new one */
  kaynak_article_view_set_selection_range (fixture->view, QUOTE_START, QUOTE_END);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  g_signal_emit_by_name (popover, "new-source", "UNITED STATES");
  kaynak_test_flush_events ();
  claim = kaynak_article_view_get_selected_claim (fixture->view);
  g_assert_nonnull (claim);
  taken = kaynak_document_lookup_source (fixture->document, kaynak_claim_get_source_id (claim));
  g_assert_cmpstr (kaynak_source_get_label (taken), ==, "United States");
  g_assert_cmpint (kaynak_source_get_kind (taken), ==, KAYNAK_SOURCE_KIND_OFFICIAL_STATEMENT);

  /* once the document has it, it is the document's row that is offered */
  kaynak_article_view_set_selection_range (fixture->view, 100, 110);
  kaynak_article_view_show_tag_popover (fixture->view);
  kaynak_test_flush_events ();
  gtk_editable_set_text (entry, "abd");
  kaynak_test_flush_events ();
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (library_box)));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
test_source_changes (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KaynakSource) changes = NULL;
  g_autoptr(GError) error = NULL;
  KaynakSource *one;
  GtkTextTag *tag;
  GdkRGBA *rgba = NULL;
  char *id;

  one = shortcut_source (fixture, 1);
  id = g_strdup (kaynak_source_get_id (one));
  tag = source_tag (fixture, id);
  add_claim (fixture, QUOTE_START, QUOTE_END, 1);

  changes = kaynak_source_copy (one);
  kaynak_source_set_color (changes, "#ff0000");
  kaynak_document_update_source (fixture->document, id, changes, &error);
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  g_object_get (tag, "background-rgba", &rgba, NULL);
  g_assert_cmpfloat_with_epsilon (rgba->red, 1.0, 0.001);
  g_assert_cmpfloat_with_epsilon (rgba->green, 0.0, 0.001);
  g_assert_cmpfloat (rgba->alpha, <, 0.9);   /* translucent */
  gdk_rgba_free (rgba);

  /* Removing the source greys its claims */
  kaynak_document_remove_source (fixture->document, id, &error);
  g_assert_no_error (error);
  kaynak_test_flush_events ();
  {
    g_autofree char *name = g_strconcat ("kaynak-source:", id, NULL);

    g_assert_null (lookup_tag (fixture, name));
  }
  assert_covers_exactly (fixture, lookup_tag (fixture, "kaynak-no-source"), QUOTE_START, QUOTE_END);

  /* and undo brings the colour back */
  g_assert_true (kaynak_document_undo (fixture->document));
  kaynak_test_flush_events ();
  assert_covers_exactly (fixture, source_tag (fixture, id), QUOTE_START, QUOTE_END);
  g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-no-source"), 430));
  g_free (id);
}

static void
test_dark_style (Fixture       *fixture,
                 gconstpointer  data)
{
  AdwStyleManager *style;
  GtkTextTag *tag;
  GdkRGBA *light = NULL, *dark = NULL;

  style = adw_style_manager_get_default ();
  tag = source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 1)));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  kaynak_test_flush_events ();
  g_object_get (tag, "background-rgba", &light, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  kaynak_test_flush_events ();
  g_object_get (tag, "background-rgba", &dark, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  kaynak_test_flush_events ();

  /* Same hue, more of it on a dark background */
  g_assert_cmpfloat_with_epsilon (light->red, dark->red, 0.001);
  g_assert_cmpfloat (dark->alpha, >, light->alpha);
  gdk_rgba_free (light);
  gdk_rgba_free (dark);
}

/* Claims that exist before the view sees the document are painted in
 * bulk; the result must be what incremental painting gives. */
static void
test_open_with_claims (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct {
    guint start, end, shortcut;
  } claims[] = {
    { 0, 40, 1 },
    { 20, 60, 2 },            /* overlaps the first */
    { 30, 35, 3 },            /* inside both */
    { 60, 80, 4 },            /* touches the second */
    { QUOTE_START, QUOTE_END, 0 },  /* no source */
  };
  GtkTextBuffer *buffer;
  guint length;

  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *source_id = NULL;

      if (claims[i].shortcut != 0)
        source_id = kaynak_source_get_id (shortcut_source (fixture, claims[i].shortcut));
      kaynak_document_create_claim (fixture->document, claims[i].start, claims[i].end,
                                    source_id, &error);
      g_assert_no_error (error);
    }
  kaynak_test_flush_events ();

  /* What the incremental path painted, tag by tag, character by character */
  buffer = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));
  length = (guint) gtk_text_buffer_get_char_count (buffer);
  {
    g_autoptr(GPtrArray) incremental = g_ptr_array_new_with_free_func (g_free);
    GtkTextBuffer *bulk;

    for (guint offset = 0; offset < 100 || (offset >= 400 && offset < 460); offset++)
      {
        GtkTextIter iter;
        GSList *tags;
        GString *names = g_string_new (NULL);

        if (offset == 100)
          offset = 400;
        gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
        tags = gtk_text_iter_get_tags (&iter);
        for (GSList *l = tags; l != NULL; l = l->next)
          {
            g_autofree char *name = NULL;

            g_object_get (l->data, "name", &name, NULL);
            if (g_strcmp0 (name, "kaynak-selected") != 0)
              g_string_append_printf (names, "%s ", name);
          }
        g_slist_free (tags);
        g_ptr_array_add (incremental, g_string_free (names, FALSE));
      }

    /* Reopen: a document switch clears the selection and paints in bulk */
    kaynak_article_view_set_document (fixture->view, NULL);
    g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));
    g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view))), ==, 0);
    /* Nothing to tag: no crash, no claim */
    press_digit (fixture, 1);
    kaynak_article_view_set_document (fixture->view, fixture->document);
    kaynak_test_flush_events ();
    g_assert_null (kaynak_article_view_get_selected_claim (fixture->view));

    bulk = gtk_text_view_get_buffer (kaynak_article_view_get_text_view (fixture->view));
    g_assert_cmpuint ((guint) gtk_text_buffer_get_char_count (bulk), ==, length);
    for (guint offset = 0, i = 0; offset < 100 || (offset >= 400 && offset < 460); offset++, i++)
      {
        GtkTextIter iter;
        GSList *tags;
        GString *names = g_string_new (NULL);

        if (offset == 100)
          offset = 400;
        gtk_text_buffer_get_iter_at_offset (bulk, &iter, (int) offset);
        tags = gtk_text_iter_get_tags (&iter);
        for (GSList *l = tags; l != NULL; l = l->next)
          {
            g_autofree char *name = NULL;

            g_object_get (l->data, "name", &name, NULL);
            g_string_append_printf (names, "%s ", name);
          }
        g_slist_free (tags);
        g_assert_cmpstr (names->str, ==, g_ptr_array_index (incremental, i));
        g_string_free (names, TRUE);
      }
  }

  /* Spot checks of the rule itself */
  g_assert_true (has_tag_at (fixture, source_tag (fixture, kaynak_source_get_id (shortcut_source (fixture, 3))), 32));
  g_assert_true (has_tag_at (fixture, lookup_tag (fixture, "kaynak-overlap"), 32));
  g_assert_true (has_tag_at (fixture, lookup_tag (fixture, "kaynak-overlap"), 25));
  g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-overlap"), 45));
  g_assert_false (has_tag_at (fixture, lookup_tag (fixture, "kaynak-overlap"), 60));
  assert_covers_exactly (fixture, lookup_tag (fixture, "kaynak-no-source"), QUOTE_START, QUOTE_END);

  /* The state tags stay above every source tag, also one added later */
  {
    g_autoptr(KaynakSource) late = kaynak_source_new (NULL, "Late", "#123456", 0, KAYNAK_SOURCE_KIND_NAMED);
    g_autoptr(GError) error = NULL;
    GtkTextTag *late_tag;

    kaynak_document_add_source (fixture->document, late, &error);
    g_assert_no_error (error);
    late_tag = source_tag (fixture, kaynak_source_get_id (late));
    g_assert_cmpint (gtk_text_tag_get_priority (lookup_tag (fixture, "kaynak-overlap")), >,
                     gtk_text_tag_get_priority (late_tag));
    g_assert_cmpint (gtk_text_tag_get_priority (lookup_tag (fixture, "kaynak-selected")), >,
                     gtk_text_tag_get_priority (lookup_tag (fixture, "kaynak-overlap")));
  }
}

static void
test_accessibility (Fixture       *fixture,
                    gconstpointer  data)
{
  /* The text view is what a screen reader lands on; it has a name */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (kaynak_article_view_get_text_view (fixture->view))));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (kaynak_article_view_get_text_view (fixture->view))) ||
                 !gtk_window_is_active (GTK_WINDOW (fixture->window)));
}

static void
add_tests (void)
{
#define ADD(name, func) \
  g_test_add ("/kaynak/article-view/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-the-article", test_text_is_the_article);
  ADD ("tag-by-shortcut", test_tag_by_shortcut);
  ADD ("retag", test_retag);
  ADD ("shortcut-without-source", test_shortcut_without_source);
  ADD ("overlap", test_overlap);
  ADD ("moved-claim", test_moved_claim);
  ADD ("next-previous", test_next_previous);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("escape", test_escape);
  ADD ("popover", test_popover);
  ADD ("popover-by-key-then-use", test_popover_order);
  ADD ("tag-as-offers-the-library", test_popover_offers_the_library);
  ADD ("keys-pass-to-the-text-view", test_keys_pass_to_the_text_view);
  ADD ("source-changes", test_source_changes);
  ADD ("dark-style", test_dark_style);
  ADD ("open-with-claims", test_open_with_claims);
  ADD ("accessibility", test_accessibility);

#undef ADD
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "article-view", add_tests);
}
