/* test-ui-claim-list.c: what selecting a claim costs the claim list does
 * not grow with the document.  Tagging selects the new claim, and the list
 * jumps to its row: GtkListView (GTK 4.8) then binds and measures up to
 * 200 rows around it.  These tests guard the two things that keep that
 * cheap, without timing anything:
 *
 *   - a row's size does not depend on its claim (quote, status), so the
 *     list measures a new row without laying out its text;
 *   - selecting a far claim binds a bounded number of rows, the same in a
 *     list of 2,000 claims as in one of 20,000 (no rebuild of the list);
 *   - a new claim fills only its own row, not the rows GTK binds again
 *     because their position changed.
 *
 * Needs a display (run under xvfb-run); skipped without one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kaynak-claim-list.h"
#include "kaynak-claim-row.h"
#include "kaynak-document-private.h"
#include "kaynak-source.h"
#include "kaynak-test-ui-util.h"

/* GtkListView keeps at most 200 rows (GTK_LIST_VIEW_MAX_LIST_ITEMS) plus
 * a few around its anchor; a jump binds at most those */
#define MAX_ROWS_BOUND_BY_A_JUMP 256

/* A document of @n_claims claims of 20 to 200 characters, one a sentence,
 * with one source */
static KaynakDocument *
make_document (guint n_claims)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KaynakSource) source = NULL;
  KaynakDocument *document;
  guint *starts = g_new (guint, n_claims);
  guint *ends = g_new (guint, n_claims);

  for (guint i = 0; i < n_claims; i++)
    {
      starts[i] = (guint) text->len;
      g_string_append_printf (text, "Claim %u says", i);
      for (guint w = 0; w < (i * 7) % 30; w++)
        g_string_append (text, " something");
      ends[i] = (guint) text->len;
      g_string_append (text, ".\n");
    }

  document = kaynak_document_new (text->str, (gssize) text->len);
  source = kaynak_source_new (NULL, "Kaynak", kaynak_source_palette_color (0), 1,
                              KAYNAK_SOURCE_KIND_NAMED);
  g_assert_true (kaynak_document_add_source (document, source, NULL));
  for (guint i = 0; i < n_claims; i++)
    {
      g_autoptr(KaynakClaim) claim = kaynak_claim_new (NULL, starts[i], ends[i]);
      g_autofree char *quote = kaynak_document_dup_slice (document, starts[i], ends[i]);

      kaynak_claim_set_quote (claim, quote);
      kaynak_claim_set_source_id (claim, kaynak_source_get_id (source));
      _kaynak_document_bulk_add_claim (document, claim);
    }
  _kaynak_document_finish_bulk (document);

  g_free (starts);
  g_free (ends);
  return document;
}

typedef struct
{
  GdkFrameClock *clock;
  gint64         counter;
} FrameWait;

static gboolean
frame_painted (gpointer data)
{
  FrameWait *wait = data;

  return gdk_frame_clock_get_frame_counter (wait->clock) != wait->counter;
}

/* Waits (blocking, not spinning: a loaded machine needs its CPU for the
 * frame) until the window has painted a new frame; fails the test when
 * none comes.  It used to give up silently after 5 s and let the test
 * assert on rows that were never laid out. */
static void
wait_for_frame (GtkWidget *widget)
{
  FrameWait wait = { gtk_widget_get_frame_clock (widget), 0 };

  g_assert_nonnull (wait.clock);
  wait.counter = gdk_frame_clock_get_frame_counter (wait.clock);
  gtk_widget_queue_draw (widget);
  kaynak_test_wait_until (frame_painted, &wait);
}

/* How many rows selecting a claim near the end binds, the list showing
 * the start */
static guint
rows_bound_by_a_far_selection (guint n_claims)
{
  g_autoptr(KaynakDocument) document = make_document (n_claims);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = kaynak_claim_list_new ();
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakClaim) far = g_list_model_get_item (claims, n_claims - 10);
  guint before, bound;

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 600);
  gtk_window_set_child (GTK_WINDOW (window), list);
  kaynak_claim_list_set_document (KAYNAK_CLAIM_LIST (list), document);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 3; i++)
    wait_for_frame (window);

  before = _kaynak_claim_row_get_n_binds ();
  kaynak_claim_list_select_claim (KAYNAK_CLAIM_LIST (list), far);
  for (int i = 0; i < 3; i++)
    wait_for_frame (window);
  bound = _kaynak_claim_row_get_n_binds () - before;

  /* the jump happened: the far claim is selected and its row is bound */
  g_assert_true (kaynak_claim_list_get_selected_claim (KAYNAK_CLAIM_LIST (list)) == far);
  g_assert_cmpuint (bound, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
  return bound;
}

static void
test_far_selection_binds_bounded_rows (void)
{
  guint small = rows_bound_by_a_far_selection (2000);
  guint large = rows_bound_by_a_far_selection (20000);

  g_test_message ("rows bound by a far selection: %u of 2,000 claims, %u of 20,000",
                  small, large);
  g_assert_cmpuint (small, <=, MAX_ROWS_BOUND_BY_A_JUMP);
  g_assert_cmpuint (large, <=, MAX_ROWS_BOUND_BY_A_JUMP);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (KAYNAK_IS_CLAIM_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

/* The rows the list holds, in their order, show consecutive claims of the
 * model: none shows a claim that moved, left, or is not its own */
static void
assert_rows_follow_model (GtkWidget      *list,
                          KaynakDocument *document)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GListModel *claims = kaynak_document_get_claims (document);
  guint first;

  collect_rows (list, rows);
  g_assert_cmpuint (rows->len, >, 10);
  first = kaynak_document_get_claim_position (document,
                                              kaynak_claim_row_get_claim (rows->pdata[0]));
  g_assert_cmpuint (first, !=, G_MAXUINT);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(KaynakClaim) claim = g_list_model_get_item (claims, first + i);

      g_assert_true (kaynak_claim_row_get_claim (rows->pdata[i]) == claim);
    }
}

/* Tagging near the top of the list inserts a row before ~200 bound ones;
 * GTK 4.8 binds each of those again for its new position.  Only the new
 * claim's row is filled: the others keep their claims (and the undo that
 * takes the claim away shifts them back without filling any). */
static void
test_new_claim_fills_only_its_row (void)
{
  g_autoptr(KaynakDocument) document = make_document (2000);
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakSource) source = g_list_model_get_item (kaynak_document_get_sources (document), 0);
  g_autoptr(KaynakClaim) third = g_list_model_get_item (claims, 3);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = kaynak_claim_list_new ();
  g_autoptr(GError) error = NULL;
  KaynakClaim *claim;
  guint before;

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 600);
  gtk_window_set_child (GTK_WINDOW (window), list);
  kaynak_claim_list_set_document (KAYNAK_CLAIM_LIST (list), document);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 3; i++)
    wait_for_frame (window);
  assert_rows_follow_model (list, document);

  /* "Claim", the first word of the fourth claim: a new claim, the window
   * then selects it */
  before = _kaynak_claim_row_get_n_binds ();
  claim = kaynak_document_tag_range (document, kaynak_claim_get_start (third),
                                     kaynak_claim_get_start (third) + 5,
                                     kaynak_source_get_id (source), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kaynak_document_get_claim_position (document, claim), <, 10);
  kaynak_claim_list_select_claim (KAYNAK_CLAIM_LIST (list), claim);
  for (int i = 0; i < 3; i++)
    wait_for_frame (window);
  g_test_message ("rows filled by a new claim near the top: %u",
                  _kaynak_claim_row_get_n_binds () - before);
  g_assert_cmpuint (_kaynak_claim_row_get_n_binds () - before, <=, 2);
  g_assert_true (kaynak_claim_list_get_selected_claim (KAYNAK_CLAIM_LIST (list)) == claim);
  assert_rows_follow_model (list, document);

  before = _kaynak_claim_row_get_n_binds ();
  g_assert_true (kaynak_document_undo (document));
  for (int i = 0; i < 3; i++)
    wait_for_frame (window);
  g_assert_cmpuint (_kaynak_claim_row_get_n_binds () - before, <=, 2);
  assert_rows_follow_model (list, document);

  gtk_window_destroy (GTK_WINDOW (window));
  kaynak_test_flush_events ();
}

static void
measure_row (KaynakDocument *document,
             KaynakClaim    *claim,
             int             sizes[4])
{
  GtkWidget *row = g_object_ref_sink (kaynak_claim_row_new ());
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), row);
  kaynak_claim_row_bind (KAYNAK_CLAIM_ROW (row), document, claim);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &sizes[0], &sizes[1], NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 300, &sizes[2], &sizes[3], NULL, NULL);
  kaynak_claim_row_bind (KAYNAK_CLAIM_ROW (row), NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (row);
}

/* The list measures every row it binds (width, then height for the
 * list's width); a row whose size follows its text lays that text out
 * several times per bind.  Claims of the same source that differ in
 * their quote (a few words or two hundred characters) and status get
 * rows of one size. */
static void
test_row_size_ignores_text (void)
{
  g_autoptr(KaynakDocument) document = make_document (40);
  GListModel *claims = kaynak_document_get_claims (document);
  g_autoptr(KaynakClaim) short_claim = g_list_model_get_item (claims, 0);
  g_autoptr(KaynakClaim) long_claim = g_list_model_get_item (claims, 29);
  int a[4], b[4];

  g_assert_cmpuint (kaynak_claim_get_end (short_claim) - kaynak_claim_get_start (short_claim), <, 20);
  g_assert_cmpuint (kaynak_claim_get_end (long_claim) - kaynak_claim_get_start (long_claim), >, 200);
  kaynak_claim_set_status (long_claim, KAYNAK_CLAIM_STATUS_UNVERIFIABLE);

  measure_row (document, short_claim, a);
  measure_row (document, long_claim, b);
  for (int i = 0; i < 4; i++)
    g_assert_cmpint (a[i], ==, b[i]);
  /* a row of two quote lines and a caption line */
  g_assert_cmpint (a[2], >, 0);
}

static void
add_tests (void)
{
  g_test_add_func ("/kaynak/claim-list/row-size-ignores-text", test_row_size_ignores_text);
  g_test_add_func ("/kaynak/claim-list/far-selection-binds-bounded-rows",
                   test_far_selection_binds_bounded_rows);
  g_test_add_func ("/kaynak/claim-list/new-claim-fills-only-its-row",
                   test_new_claim_fills_only_its_row);
}

int
main (int   argc,
      char *argv[])
{
  return kaynak_test_ui_main (argc, argv, "claim-list", add_tests);
}
